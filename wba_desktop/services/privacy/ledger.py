"""The erasure ledger outside the database: ``loeschprotokoll.json`` in the data folder.

A restored backup brings back people erased after it was written; the ledger lists the
erasures (ids and dates, no names) so they are applied again. It lives in two places:
the ``erasure_ledger`` table (which a restore or load keeps, see ``db/load.py`` and
``db/restore.py``) and this file, which no restore touches.

Each entry holds the person's id, the day of the erasure and the moment the person's
record was created (``created``: a fingerprint, no personal data). The fingerprint keeps
an entry from being applied to someone else who carries the same id in another database
restored on this computer (the demo, a colleague's file): only a record with the same
id AND the same creation time is the one that was erased.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "loeschprotokoll.json"


@dataclass(frozen=True)
class LedgerEntry:
    person_id: int
    erased_on: date
    created: str = ""  # ISO time the person's record was created ("" unknown)

    def matches(self, created_at: datetime | None) -> bool:
        """True when a record created at ``created_at`` is the one erased."""
        if not self.created or created_at is None:
            return True
        return fingerprint(created_at) == self.created


def fingerprint(created_at: datetime | None) -> str:
    """The creation time to the second (both backends round-trip that exactly)."""
    return created_at.replace(microsecond=0).isoformat() if created_at else ""


def default_path() -> Path:
    from wba_desktop import paths

    return paths.data_dir() / FILE_NAME


def read(path: Path) -> list[LedgerEntry]:
    """The entries of the file; none when it is missing or unreadable (logged)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        log.warning("erasure ledger %s unreadable", path, exc_info=True)
        return []
    out = []
    for item in raw.get("erasures", []) if isinstance(raw, dict) else []:
        try:
            out.append(
                LedgerEntry(
                    int(item["person_id"]),
                    date.fromisoformat(item["erased_on"]),
                    str(item.get("created", "")),
                )
            )
        except (KeyError, TypeError, ValueError):
            log.warning("erasure ledger: entry skipped: %r", item)
    return out


def append(path: Path, entries: list[LedgerEntry]) -> None:
    """Add ``entries`` (an id already listed with the same fingerprint is not repeated);
    written to a temporary file first and then renamed, so a crash never leaves half a
    file."""
    path = Path(path)
    have = read(path)
    known = {(e.person_id, e.created) for e in have}
    new = [e for e in entries if (e.person_id, e.created) not in known]
    if not new:
        return
    body = {
        "hinweis": "Löschprotokoll von WBA Desktop: nur Nummern und Daten, keine Namen.",
        "erasures": [
            {"person_id": e.person_id, "erased_on": e.erased_on.isoformat(), "created": e.created}
            for e in [*have, *new]
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".loeschprotokoll-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(body, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
