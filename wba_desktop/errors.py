"""Errors a user can cause. Messages are German and name the field; they are marked for
the catalog (:mod:`wba_desktop.i18n`) and read in the language in use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from wba_desktop.i18n import _


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


@dataclass(frozen=True)
class FieldConflict:
    """One field of a record saved by someone else meanwhile: the raw values (for
    merging) and how each reads (for the conflict dialog). ``original`` is what the
    user loaded (None with ``original_text`` "" when the caller did not say)."""

    name: str
    label: str
    mine: Any
    theirs: Any
    original: Any
    mine_text: str
    theirs_text: str
    original_text: str

    @property
    def changed_by_me(self) -> bool:
        """The user changed this field too (or, with no original known, differs)."""
        return self.mine != self.original

    @property
    def changed_by_them(self) -> bool:
        return self.theirs != self.original


class StaleEdit(ConflictError):
    """A save, deactivation or deletion met a newer version than the one the user
    loaded. ``fields`` lists what the other save changed (and, with no original known,
    every field where mine and theirs differ); ``theirs`` is the whole stored form (None
    when the record is gone), ``current_version`` the version to save against after
    the user decided, ``changed_by``/``changed_at`` (naive UTC) who saved last and
    when, as far as known ("" / None otherwise)."""

    def __init__(
        self,
        message: str,
        *,
        record_label: str,
        fields: Sequence[FieldConflict] = (),
        theirs: Any = None,
        changed_by: str = "",
        changed_at: datetime | None = None,
        current_version: int | None = None,
        deleted: bool = False,
    ) -> None:
        super().__init__(message)
        self.record_label = record_label
        self.fields = list(fields)
        self.theirs = theirs
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version
        self.deleted = deleted

    def resolve(self, mine: Any, take_theirs: Iterable[str]) -> Any:
        """``mine`` (a form dataclass) with the fields named in ``take_theirs`` set to
        the stored values: what to save against ``current_version``."""
        names = set(take_theirs)
        return replace(mine, **{f.name: f.theirs for f in self.fields if f.name in names})


class DeletedMeanwhile(StaleEdit, NotFoundError):
    """The record the user edits was deleted meanwhile (``deleted`` is True)."""

    def __init__(self, message: str, *, record_label: str) -> None:
        super().__init__(message, record_label=record_label, deleted=True)


class BusyError(ServiceError):
    """The database is locked by another program or another WBA Desktop; try again."""


class ReadOnlyError(ServiceError):
    """The database is read-only (file or folder without write permission, or a read-only
    server); it can be read, but nothing can be saved."""


class ConnectionLostError(ServiceError):
    """The connection to the database server broke off mid-operation; nothing was saved,
    and the same action can be tried again once the server answers."""


class PermissionDeniedError(ServiceError):
    """The team database refused the action: the login lacks the privilege (its role,
    see ``wba-desktop team-setup``); nothing was changed."""


class DamagedError(ServiceError):
    """The database file is damaged; the user should restore a backup."""


class InUseError(ServiceError):
    """The record is referenced and cannot be deleted (deactivate it instead)."""


class DuplicatesFound(ServiceError):
    """Creating would make a likely duplicate; ``candidates`` lists the existing records."""

    def __init__(self, candidates: Sequence[Any]) -> None:
        self.candidates = list(candidates)
        names = ", ".join(getattr(c, "label", str(c)) for c in self.candidates[:5])
        super().__init__(_("Möglicherweise schon vorhanden: {names}").format(names=names))
