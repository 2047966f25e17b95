"""(De)activating several organisations or people at once: one unit of work, all or none."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _


def set_active_many(
    uow_factory: UnitOfWorkFactory, model: type, ids: Sequence[int], active: bool, noun: str
) -> int:
    """Set ``active`` on the ``model`` rows with these ids; returns how many changed.
    ``noun`` names one of them in the message for a row deleted meanwhile."""
    wanted = list(dict.fromkeys(ids))
    with uow_factory() as uow:
        rows = uow.session.scalars(select(model).where(model.id.in_(wanted))).all()
        if len(rows) != len(wanted):
            raise NotFoundError(
                _("Mindestens {noun} wurde nicht gefunden (inzwischen gelöscht?).").format(
                    noun=noun
                )
            )
        changed = [r for r in rows if r.active != active]
        for r in changed:
            r.active = active
        uow.commit()
    return len(changed)
