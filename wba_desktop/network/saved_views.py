"""Saved views („Ansichten“) of the network and the map, shared on the database.

A view is a name and its settings as JSON (table ``saved_view``): for the network the
filter panel's state (filters, colouring, sizing, grouping, focus and steps) under
``"panel"`` and the visible area as ``"view_rect"`` (x0, y0, x1, y1 in layout
coordinates). The service neither knows nor checks the panel's keys: a view saved by
a newer program version with an option this one lacks still opens, the option is
ignored. ``options_of`` turns a view's panel state into ``GraphOptions`` for the
exports that run without the window (picture, HTML page).

Names are unique across kinds (the table's rule); saving under an existing name
overwrites only when asked (``overwrite=True``, after the user confirmed), else it is
a ``ConflictError`` naming the view. Every write reaches the areas through the change
topic "saved_views", so another user's new view appears after the next refresh.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import SavedView
from wba_desktop.network.options import GraphOptions
from wba_desktop.services.validation import clean_text
from wba_desktop.text import clean as text_rules
from wba_desktop.text.fold import sort_key

log = logging.getLogger(__name__)

KINDS = ("netz", "karte")
NETWORK = "netz"
NAME_LIMIT = 100
#: a view's settings are a few hundred bytes; this keeps a runaway state out
SETTINGS_LIMIT = 200_000
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class ViewInfo:
    """One saved view, as the views bar lists it."""

    id: int
    name: str
    kind: str
    settings: dict[str, Any]
    created_by: str
    updated_at: datetime

    @property
    def panel(self) -> dict[str, Any]:
        """The filter panel's state (``{}`` when the view has none)."""
        panel = self.settings.get("panel")
        return panel if isinstance(panel, dict) else {}

    @property
    def view_rect(self) -> tuple[float, float, float, float] | None:
        """The visible area (x0, y0, x1, y1), or None when the view keeps no zoom."""
        return view_rect_of(self.settings)


def view_rect_of(settings: Mapping[str, Any]) -> tuple[float, float, float, float] | None:
    """A usable ``view_rect`` from ``settings``: four finite numbers with x0 < x1 and
    y0 < y1; None for anything else."""
    rect = settings.get("view_rect")
    if not isinstance(rect, list | tuple) or len(rect) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in rect)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)) or x0 >= x1 or y0 >= y1:
        return None
    return x0, y0, x1, y1


def _info(row: SavedView) -> ViewInfo:
    try:
        settings = json.loads(row.settings or "{}")
    except ValueError:
        log.warning("saved view %s has broken settings; opened as empty", row.id)
        settings = {}
    if not isinstance(settings, dict):
        settings = {}
    return ViewInfo(row.id, row.name, row.kind, settings, row.created_by, row.updated_at)


class SavedViewService:
    """List, save (create or overwrite), rename and delete saved views."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def list(self, kind: str = NETWORK) -> list[ViewInfo]:
        """The views of ``kind``, by name (German order)."""
        _check_kind(kind)
        with self._uow() as uow:
            rows = uow.session.scalars(select(SavedView).where(SavedView.kind == kind)).all()
            return sorted((_info(r) for r in rows), key=lambda v: sort_key(v.name))

    def get(self, view_id: int) -> ViewInfo:
        with self._uow() as uow:
            row = uow.session.get(SavedView, view_id)
            if row is None:
                raise NotFoundError(_("Diese Ansicht gibt es nicht mehr."))
            return _info(row)

    def save(
        self,
        name: str,
        settings: Mapping[str, Any],
        kind: str = NETWORK,
        overwrite: bool = False,
    ) -> ViewInfo:
        """Create the view ``name`` or, with ``overwrite``, replace the one of that
        name. Without ``overwrite`` an existing name is a ``ConflictError``."""
        _check_kind(kind)
        name = _check_name(name)
        text = _settings_text(settings)
        with self._uow() as uow:
            row = _by_name(uow.session, name)
            if row is not None and row.kind != kind:
                raise ValidationError(
                    {
                        "name": _(
                            "Name der Ansicht: „{name}“ heißt schon eine Ansicht der Karte."
                        ).format(name=name)
                    }
                    if row.kind == "karte"
                    else {
                        "name": _(
                            "Name der Ansicht: „{name}“ heißt schon eine Netz-Ansicht."
                        ).format(name=name)
                    }
                )
            if row is not None and not overwrite:
                raise ConflictError(_("Eine Ansicht „{name}“ gibt es schon.").format(name=row.name))
            if row is None:
                row = SavedView(name=name, kind=kind, created_by=uow_user(self._uow))
                uow.session.add(row)
            row.settings = text
            uow.session.flush()
            info = _info(row)
            uow.commit()
        return info

    def rename(self, view_id: int, new_name: str) -> ViewInfo:
        name = _check_name(new_name)
        with self._uow() as uow:
            row = uow.session.get(SavedView, view_id)
            if row is None:
                raise NotFoundError(_("Diese Ansicht gibt es nicht mehr."))
            other = _by_name(uow.session, name)
            if other is not None and other.id != row.id:
                raise ValidationError(
                    {
                        "name": _("Name der Ansicht: Eine Ansicht „{name}“ gibt es schon.").format(
                            name=other.name
                        )
                    }
                )
            row.name = name
            uow.session.flush()
            info = _info(row)
            uow.commit()
        return info

    def delete(self, view_id: int) -> None:
        with self._uow() as uow:
            row = uow.session.get(SavedView, view_id)
            if row is None:
                return  # deleted by someone else meanwhile: the wish is fulfilled
            uow.session.delete(row)
            uow.commit()


def uow_user(uow_factory: UnitOfWorkFactory) -> str:
    return (getattr(uow_factory, "user_name", "") or "")[:NAME_LIMIT]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(
            {"kind": _("Art der Ansicht: „{kind}“ gibt es nicht.").format(kind=kind)}
        )


def _check_name(name: str) -> str:
    cleaned = clean_text(name)
    if not cleaned:
        raise ValidationError({"name": _("Name der Ansicht: Bitte einen Namen angeben.")})
    message = text_rules.check("Name der Ansicht", cleaned, NAME_LIMIT)
    if message:
        raise ValidationError({"name": message})
    return cleaned


def _by_name(session, name: str) -> SavedView | None:
    """The view called ``name``, ignoring case (two views differing only in case
    would confuse everyone)."""
    stmt = select(SavedView).where(func.lower(SavedView.name) == name.lower())
    return session.scalars(stmt).first()


def _settings_text(settings: Mapping[str, Any]) -> str:
    if not isinstance(settings, Mapping):
        raise ValidationError({"settings": _("Einstellungen der Ansicht: kein gültiger Inhalt.")})
    data = {"version": SETTINGS_VERSION, **dict(settings)}
    try:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            {"settings": _("Einstellungen der Ansicht: nicht speicherbar.")}
        ) from exc
    if len(text) > SETTINGS_LIMIT:
        raise ValidationError({"settings": _("Einstellungen der Ansicht: zu umfangreich.")})
    return text


# -- a view's panel state as graph options (exports without the window) ---------------


def _ids(value: Any) -> tuple:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(v for v in value if isinstance(v, int | str) and not isinstance(v, bool))


def _int(value: Any, default: int, low: int, high: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return default


def options_of(panel: Mapping[str, Any], today: date | None = None) -> GraphOptions:
    """``GraphOptions`` for a saved panel state; unknown keys are ignored, missing or
    broken ones take the defaults (the whole network of today)."""
    as_of = today or date.today()
    if isinstance(panel.get("as_of"), str):
        with contextlib.suppress(ValueError):
            as_of = date.fromisoformat(panel["as_of"])
    focus = panel.get("focus")
    return GraphOptions(
        type_ids=tuple(i for i in _ids(panel.get("kinds")) if isinstance(i, int)),
        region_ids=tuple(i for i in _ids(panel.get("districts")) if isinstance(i, int)),
        wba_regions=tuple(str(i) for i in _ids(panel.get("wba_regions"))),
        tag_ids=tuple(i for i in _ids(panel.get("tags")) if isinstance(i, int)),
        relation_type_ids=tuple(i for i in _ids(panel.get("relation_types")) if isinstance(i, int)),
        min_strength=_int(panel.get("min_strength"), 1, 1, 3),
        as_of=as_of,
        include_inactive=bool(panel.get("include_inactive")),
        focus_id=focus if isinstance(focus, int) and not isinstance(focus, bool) else None,
        depth=_int(panel.get("depth"), 1, 1, 3),
        include_people=bool(panel.get("include_people")),
    )
