"""Whether a database address can be used, in German: for the settings dialog's
"Verbindung prüfen" and for the start with a team database."""

from __future__ import annotations

from dataclasses import dataclass

from wba_desktop.db.connection import (
    DEFAULT_PORT,
    TeamDatabase,
    forget_password,
    keyring_available,
    save_password,
    saved_password,
    without_password,
)
from wba_desktop.db.engine import DatabaseError, create_db_engine
from wba_desktop.db.migrate import HEAD_REVISION, KNOWN_REVISIONS, current_revision
from wba_desktop.i18n import _

# the views reach the team database's address and password through this module
__all__ = [
    "DEFAULT_PORT",
    "ProbeResult",
    "TeamDatabase",
    "forget_password",
    "keyring_available",
    "probe",
    "save_password",
    "saved_password",
    "without_password",
]


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    message: str


def probe(url: str) -> ProbeResult:
    """Connect to ``url`` and read its schema revision, changing nothing."""
    try:
        engine = create_db_engine(url, create_folder=False)
    except DatabaseError as exc:
        return ProbeResult(False, str(exc))
    try:
        rev = current_revision(engine)
    except DatabaseError as exc:
        return ProbeResult(False, str(exc))
    finally:
        engine.dispose()
    if rev is None:
        return ProbeResult(
            True,
            _(
                "Verbindung in Ordnung. Die Datenbank ist noch leer; WBA Desktop richtet sie "
                "beim ersten Start ein."
            ),
        )
    if rev not in KNOWN_REVISIONS:
        return ProbeResult(
            False,
            _(
                "Die Datenbank stammt von einer neueren Version von WBA Desktop. Bitte zuerst "
                "WBA Desktop aktualisieren."
            ),
        )
    if rev != HEAD_REVISION:
        return ProbeResult(
            True,
            _(
                "Verbindung in Ordnung. Die Datenbank wird beim nächsten Start auf den neuesten "
                "Stand gebracht (vorher wird eine Sicherung angelegt)."
            ),
        )
    return ProbeResult(True, "Verbindung in Ordnung: eine WBA-Desktop-Datenbank.")
