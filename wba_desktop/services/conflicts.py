"""What to tell a user whose save, deactivation or deletion met a newer version of the
record: which fields the other save changed (mine / theirs / original), who saved it
and when. The areas give the field labels and how an id reads; this module compares
and words it (:class:`~wba_desktop.errors.StaleEdit`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields as dc_fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from wba_desktop.errors import DeletedMeanwhile, FieldConflict, StaleEdit
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

T = TypeVar("T")

#: how a value reads: ``show(field_name, value)``
Shower = Callable[[str, Any], str]


def plain(value: Any) -> str:
    """A field value as a German reader reads it ("" for nothing)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, float | Decimal):
        return fmt.number(value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(plain(v) for v in value))
    return str(value)


def _same(a: Any, b: Any) -> bool:
    """Equal as a form means it: lists of tags or ids in any order are the same."""
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


def field_conflicts(
    mine: Any,
    theirs: Any,
    original: Any | None,
    labels: Mapping[str, str],
    show: Shower | None = None,
) -> list[FieldConflict]:
    """The fields (in the order of ``labels``) the other save changed, i.e. where
    theirs differs from the original, unless mine already equals theirs; with no
    original known, every field where mine and theirs differ."""
    show = show or (lambda _name, value: plain(value))
    names = {f.name for f in dc_fields(mine)}
    out = []
    for name, label in labels.items():
        if name not in names:
            continue
        m, t = getattr(mine, name), getattr(theirs, name)
        o = getattr(original, name) if original is not None else m
        if _same(m, t) or (original is not None and _same(t, o)):
            continue
        out.append(
            FieldConflict(
                name=name,
                label=_(label),  # the areas' German labels, read as the catalog has them
                mine=m,
                theirs=t,
                original=o if original is not None else None,
                mine_text=show(name, m),
                theirs_text=show(name, t),
                original_text=show(name, o) if original is not None else "",
            )
        )
    return out


def when(changed_at: datetime | None) -> str:
    """A stored UTC stamp as local date and time: "am 03.05.2026 um 14:12"."""
    if changed_at is None:
        return ""
    local = changed_at.replace(tzinfo=UTC).astimezone()
    return _("am {day:%d.%m.%Y} um {day:%H:%M}").format(day=local)


def changed_text(label: str, changed_by: str, changed_at: datetime | None) -> str:
    """„X“ wurde inzwischen von NAME am … geändert."""
    who = _(" von {changed_by}").format(changed_by=changed_by) if changed_by else ""
    stamp = f" {when(changed_at)}" if changed_at else ""
    return _("„{label}“ wurde inzwischen{who}{stamp} geändert.").format(
        label=label, who=who, stamp=stamp
    )


def stale_edit(
    record: Any,
    label: str,
    *,
    mine: Any = None,
    theirs: Any = None,
    original: Any = None,
    labels: Mapping[str, str] | None = None,
    show: Shower | None = None,
) -> StaleEdit:
    """The conflict for ``record`` (a versioned, timestamped model row loaded now).
    Give ``mine``/``theirs`` (form dataclasses) and ``labels`` for a save; leave them
    out for a deactivation or deletion."""
    changed_by = getattr(record, "updated_by", "") or ""
    changed_at = getattr(record, "updated_at", None)
    found = []
    if mine is not None and theirs is not None and labels:
        found = field_conflicts(mine, theirs, original, labels, show)
    message = changed_text(label, changed_by, changed_at)
    if mine is not None:
        message += _(" Nichts wurde gespeichert.")
    return StaleEdit(
        message,
        record_label=label,
        fields=found,
        theirs=theirs,
        changed_by=changed_by,
        changed_at=changed_at,
        current_version=record.version,
        deleted=False,
    )


def deleted(label: str) -> DeletedMeanwhile:
    """The record the user edits is gone. ``label`` names it ("Die Organisation")."""
    return DeletedMeanwhile(
        _("{label} wurde inzwischen gelöscht. Nichts wurde gespeichert.").format(label=label),
        record_label=label,
    )


def check_version(record: Any, expected: int | None, make: Callable[[], StaleEdit]) -> None:
    """Raise ``make()`` when ``expected`` is given and the stored version differs."""
    if expected is not None and record.version != expected:
        raise make()


def save_tagged(
    uow_factory: Any,
    load: Callable[[Any], Any],
    apply: Callable[[Any, Any], None],
    detail: Callable[[Any], T],
) -> T:
    """Save a form over a tagged record (organisation, person) in one unit of work:
    ``load(session)`` returns the record at the version the user loaded (or raises the
    detailed conflict), ``apply(record, session)`` writes the form, ``detail(record)``
    is the answer. A save of the tags (or an organisation's coverage) alone counts
    as a change (new version). Someone saving between the check and the write is
    answered like a stale save: ``load`` runs again and raises the detailed
    conflict."""
    from sqlalchemy.orm.exc import StaleDataError

    from wba_desktop.db.uow import CHANGED
    from wba_desktop.errors import ConflictError
    from wba_desktop.models.base import utcnow

    with uow_factory() as uow:
        record = load(uow.session)
        links = _links(record)
        apply(record, uow.session)
        if _links(record) != links:
            record.updated_at = utcnow()
        try:
            uow.commit()
            return detail(record)
        except StaleDataError:
            pass
    with uow_factory() as uow:
        load(uow.session)
    raise ConflictError(_(CHANGED))


def _links(record: Any) -> tuple[list[str], list[int]]:
    """The many-to-many values a form saves: tag names, covered district ids."""
    tags = sorted(t.name for t in record.tags)
    return tags, sorted(r.id for r in getattr(record, "coverage", ()))
