"""Is the database file sound? Cheap checks before it is used, and the German answers.

Three levels, cheapest first:

- ``header_problems``: the first 100 bytes of a SQLite file (magic string, page size,
  page count) against its size; catches a file that is not SQLite at all and a
  truncated one in microseconds, without opening it.
- ``quick_check``: SQLite's ``PRAGMA quick_check`` reads every page (about 125 ms on
  the large demo, 65 MB), so it runs in the CLI before a command, before an upgrade,
  and at the GUI's start only for files up to ``QUICK_CHECK_AT_START_BYTES``.
- ``integrity_check`` (``wba-desktop check``): also compares every index with its table.

A damaged database ends as ``DamagedDatabaseError``, whose German message summarises
what is broken and names the newest backup (``newest_backup``). ``open_failure`` turns
what the driver said on opening into the German ``DatabaseError`` it deserves.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from wba_desktop.db.engine import DatabaseBusyError, DatabaseError, ServerUnreachableError
from wba_desktop.errors import DamagedError
from wba_desktop.i18n import N_, _

log = logging.getLogger(__name__)

#: The GUI runs ``quick_check`` at start only for files up to this size (about 60 ms);
#: a larger file is checked before an upgrade, and by ``wba-desktop check``.
QUICK_CHECK_AT_START_BYTES = 32 * 1024 * 1024

_MAGIC = b"SQLite format 3\x00"


class DamagedDatabaseError(DatabaseError, DamagedError):
    """The database file is damaged. ``problems`` lists what is broken (German lines),
    ``backup`` is the newest backup to restore, if there is one."""

    def __init__(self, message: str, problems: list[str], backup: Path | None) -> None:
        super().__init__(message)
        self.problems = problems
        self.backup = backup


def sqlite_path(engine: Engine) -> Path | None:
    """The file of a SQLite engine; None for PostgreSQL and in-memory databases."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return None
    return Path(engine.url.database)


def header_problems(path: Path) -> list[str]:
    """What the SQLite header of ``path`` says is wrong (German); [] for a sound header,
    a missing or empty file (SQLite starts a new database in it) and one that cannot be
    read (opening it says so)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return []
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:  # missing or not readable: SQLite's own answer says which
        return []
    if len(head) < 100 or not head.startswith(_MAGIC):
        return [_(NOT_SQLITE)]
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [_("Der Dateikopf ist beschädigt (ungültige Seitengröße).")]
    pages = int.from_bytes(head[28:32], "big")
    # the page count in the header is valid when written by SQLite 3.7.0 or later
    counted = head[24:28] == head[92:96] and pages > 0
    if counted and size < pages * page_size:
        return [
            _(
                "Die Datei ist abgeschnitten: {size} statt {page_size} "
                "(unvollständig kopiert oder gespeichert)."
            ).format(size=_mb(size), page_size=_mb(pages * page_size))
        ]
    if size % page_size:
        return [_("Die Datei ist abgeschnitten (die letzte Seite ist unvollständig).")]
    return []


def _mb(n: int) -> str:
    from wba_desktop.text import format as fmt

    return f"{fmt.decimal(n / 1_048_576, 1)} MB"


def quick_check(engine: Engine, full: bool = False) -> list[str]:
    """The German summary of SQLite's ``quick_check`` (``integrity_check`` when
    ``full``); [] when sound or not SQLite. Reads only; never writes."""
    path = sqlite_path(engine)
    if path is None:
        return []
    problems = header_problems(path)
    if problems:
        return problems
    pragma = "integrity_check" if full else "quick_check"
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(f"PRAGMA {pragma}"))
            # one row may hold several lines (``*** in database main ***`` and the fault)
            lines = [line for r in rows for line in str(r[0]).splitlines()]
            names = _root_pages(conn) if lines != ["ok"] else {}
    except DBAPIError as exc:
        if _is_damage(exc):
            return [_damage_line(exc)]
        raise
    if lines == ["ok"]:
        return []
    log.info("%s of %s:\n%s", pragma, path, "\n".join(lines))
    return summarise(lines, names)


def _root_pages(conn) -> dict[int, str]:
    try:
        rows = conn.execute(text("SELECT rootpage, type, name FROM sqlite_master"))
        return {int(r[0]): f"{'Index' if r[1] == 'index' else 'Tabelle'} „{r[2]}“" for r in rows}
    except DBAPIError:
        return {}


_TREE = re.compile(r"Tree (\d+) page", re.I)
_INDEX = re.compile(r"index (\w+)", re.I)
_NEVER_USED = re.compile(r"never used|freelist|free list", re.I)
_PAGE = re.compile(r"^Page (\d+)", re.I)


def summarise(lines: list[str], names: dict[int, str] | None = None) -> list[str]:
    """SQLite's integrity report (English, one line per fault) as a few German lines:
    which tables and indexes are affected, and how many faults there are."""
    names = names or {}
    lines = [line for entry in lines for line in entry.splitlines()]
    tables: dict[str, int] = {}
    indexes: dict[str, int] = {}
    unused = other = 0
    for line in lines:
        if line.startswith("*** in database"):
            continue
        if tree := _TREE.search(line):
            where = names.get(int(tree.group(1)), f"Datenbankseite {tree.group(1)}")
            tables[where] = tables.get(where, 0) + 1
        elif idx := _INDEX.search(line):
            where = _("Index „{group}“").format(group=idx.group(1))
            indexes[where] = indexes.get(where, 0) + 1
        elif _NEVER_USED.search(line):
            unused += 1
        elif page := _PAGE.search(line):
            where = f"Datenbankseite {page.group(1)}"
            tables[where] = tables.get(where, 0) + 1
        else:
            other += 1
    out = [
        _("{where}: {n} (Daten beschädigt)").format(where=where, n=_faults(n))
        for where, n in tables.items()
    ]
    out += [
        _("{where}: {n} (passt nicht zur Tabelle)").format(where=where, n=_faults(n))
        for where, n in indexes.items()
    ]
    if unused:
        out.append(_("{unused} in der Seitenverwaltung der Datei").format(unused=_faults(unused)))
    if other or not out:
        out.append(f"{_faults(max(other, 1))} anderer Art")
    return out


def _faults(n: int) -> str:
    from wba_desktop.text import format as fmt

    return fmt.count(n, N_("Fehler"), N_("Fehler"))


def _is_damage(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    name = getattr(orig, "sqlite_errorname", "")
    msg = str(orig).lower()
    return name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or (
        "malformed" in msg or "file is not a database" in msg
    )


NOT_SQLITE = N_("Die Datei ist keine SQLite-Datenbank, oder ihr Anfang ist beschädigt.")


def _damage_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in msg:
        return _(NOT_SQLITE)
    return _("Die Dateistruktur ist beschädigt; SQLite kann sie nicht vollständig lesen.")


def newest_backup(folder: Path, stem: str) -> Path | None:
    """The newest backup ``{stem}-YYYYMMDD-HHMMSS-….sqlite3`` in ``folder`` (the naming of
    the app's backups), by the time in its name; None when there is none."""
    pattern = re.compile(re.escape(stem) + r"-(\d{8}-\d{6})")
    found: list[tuple[str, float, Path]] = []
    try:
        candidates = list(folder.glob(f"{stem}-*.sqlite3"))
    except OSError:
        return None
    for path in candidates:
        m = pattern.match(path.name)
        if m and path.is_file():
            found.append((m.group(1), path.stat().st_mtime, path))
    return max(found)[2] if found else None


def backup_hint(backup: Path | None) -> str:
    """The German sentence pointing at ``backup`` (or saying there is none)."""
    if backup is None:
        return _(
            "Im Sicherungsordner liegt keine Sicherung dieser Datenbank; bitte eine Kopie "
            "aus der Datensicherung Ihres Rechners zurückholen."
        )
    m = re.search(r"-(\d{8}-\d{6})", backup.name)
    when = ""
    if m:
        from wba_desktop.text import format as fmt

        stamp = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        when = f" vom {fmt.day(stamp.date())}, {stamp:%H:%M} Uhr"
    return _(
        "Die neueste Sicherung ist „{backup}“{when}; bitte sie wiederherstellen "
        "(„wba-desktop restore DATEI“ oder im Programm „Sicherung wiederherstellen …“)."
    ).format(backup=backup, when=when)


def damaged(engine: Engine, problems: list[str], backup_dir: Path | None) -> DamagedDatabaseError:
    """The German error for a damaged SQLite database of ``engine``."""
    path = sqlite_path(engine)
    backup = newest_backup(backup_dir, path.stem) if path and backup_dir else None
    listed = "\n".join(f"  – {p}" for p in problems)
    if problems == [_(NOT_SQLITE)]:
        lead = _(
            "Die Datei „{path}“ kann nicht geöffnet werden: sie ist keine SQLite-Datenbank, "
            "also keine von WBA Desktop (eine andere Datei, oder ihr Anfang ist beschädigt). "
            "WBA Desktop ändert nichts an ihr. Bitte die richtige Datei wählen; war es die "
            "eigene Datenbank: "
        ).format(path=path)
        return DamagedDatabaseError(lead + backup_hint(backup), problems, backup)
    return DamagedDatabaseError(
        _(
            "Die Datenbank „{path}“ ist beschädigt; WBA Desktop arbeitet nicht mit ihr und "
            "ändert nichts an der Datei.\n{listed}\n{backup}"
        ).format(path=path, listed=listed, backup=backup_hint(backup)),
        problems,
        backup,
    )


def verify(engine: Engine, backup_dir: Path | None, *, full: bool = False) -> None:
    """Raise ``DamagedDatabaseError`` when ``quick_check`` finds the file damaged."""
    problems = quick_check(engine, full=full)
    if problems:
        raise damaged(engine, problems, backup_dir)


def open_failure(engine: Engine, exc: BaseException, backup_dir: Path | None) -> DatabaseError:
    """The German ``DatabaseError`` for what the driver said on opening ``engine``: a
    damaged file, a lock held elsewhere, a server that does not answer."""
    orig = getattr(exc, "orig", exc)
    msg = str(orig).lower()
    if engine.dialect.name == "sqlite":
        if _is_damage(exc):
            return damaged(engine, [_damage_line(exc)], backup_dir)
        if "locked" in msg:
            return DatabaseBusyError(_(BUSY_AT_OPEN))
        return DatabaseError(
            _(
                "Die Datenbank „{engine}“ kann nicht geöffnet werden "
                "({orig}). Bitte prüfen, ob die Datei vorhanden und lesbar ist."
            ).format(engine=sqlite_path(engine), orig=_first_line(orig))
        )
    code = getattr(orig, "sqlstate", None) or ""
    if code in ("55P03", "40P01") or "lock timeout" in msg:
        return DatabaseBusyError(_(BUSY_AT_OPEN))
    return server_failure(engine, orig)


BUSY_AT_OPEN = N_(
    "Die Datenbank ist gerade von einem anderen Programm oder einem anderen WBA Desktop "
    "gesperrt. Bitte in einigen Sekunden noch einmal versuchen; nichts wurde geändert."
)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def server_failure(engine: Engine, orig: BaseException) -> DatabaseError:
    """The German error for a PostgreSQL server that cannot be used, naming host/port:
    ``ServerUnreachableError`` when it does not answer (trying again may help), a plain
    ``DatabaseError`` when it refuses the login or lacks the database."""
    url = engine.url
    host, port, db, user = url.host or "localhost", url.port or 5432, url.database, url.username
    where = _("„{host}:{port}“").format(host=host, port=port)
    msg = str(orig).lower()
    if "password authentication failed" in msg or "no password supplied" in msg:
        return DatabaseError(
            _(
                "Der Datenbankserver {where} hat die Anmeldung als „{user}“ abgelehnt. "
                "Bitte Benutzername und Passwort prüfen."
            ).format(where=where, user=user)
        )
    if f'database "{db}" does not exist' in msg:
        return DatabaseError(
            _(
                "Auf dem Datenbankserver {where} gibt es die Datenbank „{db}“ nicht. Bitte den "
                "Namen der Datenbank prüfen oder sie von der Administration anlegen lassen."
            ).format(where=where, db=db)
        )
    if "permission denied" in msg or "not permitted" in msg:
        return DatabaseError(
            _(
                "„{user}“ darf auf dem Datenbankserver {where} die Datenbank „{db}“ nicht "
                "öffnen. Bitte die Rechte von der Administration einrichten lassen."
            ).format(user=user, where=where, db=db)
        )
    reason = next((_(german) for words, german in _REASONS if words in msg), _first_line(orig))
    return ServerUnreachableError(
        _(
            "Der Datenbankserver {where} ist nicht erreichbar ({reason}). Bitte prüfen: "
            "Stimmen Servername und Port? Läuft der Server? Besteht eine Netzwerkverbindung "
            "(ggf. VPN)? Bei Bedarf die Administration fragen."
        ).format(where=where, reason=reason),
        host,
        port,
    )


_REASONS = (
    ("connection refused", N_("Verbindung abgelehnt: an diesem Port antwortet kein Server")),
    ("timeout expired", N_("keine Antwort innerhalb der Wartezeit")),
    ("timed out", N_("keine Antwort innerhalb der Wartezeit")),
    ("could not translate host name", N_("den Servernamen kennt das Netzwerk nicht")),
    ("name or service not known", N_("den Servernamen kennt das Netzwerk nicht")),
    ("no route to host", N_("keine Netzwerkverbindung zum Server")),
    ("network is unreachable", N_("keine Netzwerkverbindung zum Server")),
    ("the database system is starting up", N_("der Server startet gerade")),
    ("the database system is shutting down", N_("der Server wird gerade beendet")),
    ("server closed the connection", N_("der Server hat die Verbindung beendet")),
)
