"""Engine, unit of work and migrations. No Qt.

The package's names load on first use, so that a module of its own that needs no
SQLAlchemy (``db.revisions``, read by the start page's first look) stays light."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wba_desktop.db.engine import DatabaseError, create_db_engine, german_order
    from wba_desktop.db.uow import UnitOfWork, UnitOfWorkFactory

__all__ = ["DatabaseError", "UnitOfWork", "UnitOfWorkFactory", "create_db_engine", "german_order"]

_HOME = {
    "DatabaseError": "engine",
    "create_db_engine": "engine",
    "german_order": "engine",
    "UnitOfWork": "uow",
    "UnitOfWorkFactory": "uow",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
