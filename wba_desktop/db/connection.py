"""The team database (PostgreSQL): its address, its password in the OS keyring, and a
probe that says in German whether it can be used.

The address (host, port, database, user) is a per-user setting; the password is
never written to a settings file: it goes to the operating system's credential store
through ``keyring`` (Windows Credential Manager, macOS Keychain, Secret Service), or
is asked for at every start when the user does not want it kept or the system has no
credential store.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "WBA Desktop Teamdatenbank"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamDatabase:
    """Where the team database is; everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL, with the password if given (never stored like this)."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def key(self) -> str:
        """The keyring entry's name: one password per user, server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def label(self) -> str:
        return f"{self.database} auf {self.host}:{self.port} (Benutzer {self.user})"

    @classmethod
    def from_url(cls, url: str) -> TeamDatabase | None:
        """The team database of a PostgreSQL URL; None for SQLite or nonsense."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            return None
        if parsed.get_backend_name() != "postgresql" or not parsed.host:
            return None
        return cls(
            host=parsed.host,
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
        )


def has_password(url: str) -> bool:
    try:
        return bool(make_url(url).password)
    except ArgumentError:
        return False


def without_password(url: str) -> str:
    """``url`` as it may be stored in a settings file."""
    try:
        return make_url(url).set(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        return url


def saved_password(team: TeamDatabase) -> str | None:
    """The password kept in the OS keyring, or None (none kept, or no keyring here)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, team.key)
    except Exception:  # no backend, locked store, D-Bus missing: ask the user instead
        log.info("no password from the keyring", exc_info=True)
        return None


def save_password(team: TeamDatabase, password: str) -> bool:
    """Keep ``password`` in the OS keyring; False when this system has none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, team.key, password)
        return True
    except Exception:
        log.warning("password not kept: no usable keyring", exc_info=True)
        return False


def forget_password(team: TeamDatabase) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, team.key)
    except Exception:  # nothing kept, or no keyring: nothing to forget
        log.debug("no password to forget", exc_info=True)


def keyring_available() -> bool:
    """Whether this system has a credential store keyring can use."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False
