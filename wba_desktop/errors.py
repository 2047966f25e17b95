"""Errors a user can cause. Messages are German and name the field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class ServiceError(Exception):
    """Base for errors shown to the user as they are."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(ServiceError):
    """One or more fields are invalid. ``errors`` maps field name to German message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """The record was changed by someone else since it was loaded."""


class BusyError(ServiceError):
    """The database is locked by another program or another WBA Desktop; try again."""


class ReadOnlyError(ServiceError):
    """The database is read-only (file or folder without write permission, or a read-only
    server); it can be read, but nothing can be saved."""


class ConnectionLostError(ServiceError):
    """The connection to the database server broke off mid-operation; nothing was saved,
    and the same action can be tried again once the server answers."""


class DamagedError(ServiceError):
    """The database file is damaged; the user should restore a backup."""


class InUseError(ServiceError):
    """The record is referenced and cannot be deleted (deactivate it instead)."""


class DuplicatesFound(ServiceError):
    """Creating would make a likely duplicate; ``candidates`` lists the existing records."""

    def __init__(self, candidates: Sequence[Any]) -> None:
        self.candidates = list(candidates)
        names = ", ".join(getattr(c, "label", str(c)) for c in self.candidates[:5])
        super().__init__(f"Möglicherweise schon vorhanden: {names}")
