"""Engine, unit of work and migrations. No Qt."""

from wba_desktop.db.engine import DatabaseError, create_db_engine, german_order
from wba_desktop.db.uow import UnitOfWork, UnitOfWorkFactory

__all__ = ["DatabaseError", "UnitOfWork", "UnitOfWorkFactory", "create_db_engine", "german_order"]
