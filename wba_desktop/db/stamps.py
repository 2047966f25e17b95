"""Who saved a record last: before every flush the unit of work writes the user name
(from the settings, else the login name) into ``updated_by`` of each new or changed
:class:`~wba_desktop.models.base.Timestamped` record, so a conflict can say who changed
it."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from wba_desktop.models.base import Timestamped

log = logging.getLogger(__name__)

#: the length of the ``updated_by`` column
NAME_LIMIT = 100


def login_name() -> str:
    """The operating system's login name, or "" where it cannot be told (no passwd
    entry in a container, no USERNAME on Windows)."""
    try:
        return getpass.getuser()
    except Exception:  # getuser raises OSError, KeyError or ImportError by platform
        log.debug("no login name", exc_info=True)
        return ""


def stamp_listener(user_name: Callable[[], str]) -> Callable[..., None]:
    """A ``before_flush`` listener that stamps ``user_name()`` on new records and on
    records whose own columns changed (a change of a linked collection alone is no
    save of the record)."""

    def before_flush(session: Session, _flush_context, _instances) -> None:
        name = (user_name() or "")[:NAME_LIMIT]
        for obj in session.new:
            if isinstance(obj, Timestamped):
                obj.updated_by = name
        for obj in session.dirty:
            if isinstance(obj, Timestamped) and session.is_modified(obj, include_collections=False):
                obj.updated_by = name

    return before_flush
