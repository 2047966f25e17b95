"""What an export writes: a titled table of typed columns and a stream of rows.

Services build an :class:`ExportTable` (rows fetched lazily, in chunks); the writers
(xlsx, csv) consume it once. Values in a row are ``str``, ``int``, ``float``,
``date``, ``datetime`` (naive, local time) or ``None``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from wba_desktop.errors import ServiceError
from wba_desktop.i18n import _

#: "decimal": a number with decimals, kept a number (Excel shows it "0,432" on German
#: Windows through the cell's number format)
ColumnKind = Literal["text", "date", "datetime", "int", "decimal"]

#: ``progress(done, total, text)``: called now and then while writing.
Progress = Callable[[int, int, str], None]
#: ``cancel() -> bool``: polled while writing; True stops and removes the file.
Cancel = Callable[[], bool]

#: Rows between two progress reports / cancel checks.
REPORT_EVERY = 500

SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class ExportError(ServiceError):
    """The file could not be written (folder missing, file open in Excel, disk full)."""


class ExportCancelled(ServiceError):
    """The user cancelled; the half-written file has been removed."""

    def __init__(self) -> None:
        super().__init__("Der Export wurde abgebrochen; es wurde keine Datei geschrieben.")


@dataclass(frozen=True)
class ExportColumn:
    """One column: ``key`` names the field, ``header`` is what the user reads."""

    key: str
    header: str
    kind: ColumnKind = "text"


@dataclass
class ExportTable:
    """A table to write. ``rows`` is consumed once; ``total`` is the expected row
    count (for progress); ``description`` says in words which filter produced it."""

    title: str
    sheet_name: str
    columns: list[ExportColumn]
    rows: Iterable[list[Any]]
    total: int
    description: str = ""
    #: the people whose data the rows hold (logged as a disclosure when written)
    person_ids: Sequence[int] = ()
    #: people left out for data protection, per reason (restricted, without consent …)
    left_out: dict[str, int] = field(default_factory=dict)
    #: the purpose the list was made for (Newsletter, …), if any
    purpose: str | None = None

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


def sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A valid Excel sheet name: no ``[]:*?/\\``, at most 31 characters, not starting
    or ending with an apostrophe, unique (case-insensitive) among ``taken``."""
    clean = _SHEET_FORBIDDEN.sub(" ", name or "").strip().strip("'").strip()
    clean = re.sub(r"\s+", " ", clean) or "Tabelle"
    used = {t.lower() for t in taken}
    candidate = clean[:SHEET_NAME_MAX].rstrip()
    n = 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate = clean[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        n += 1
    return candidate


def columns(spec: str) -> list[ExportColumn]:
    """ExportColumns from ``"key:Header[:kind], ..."`` (kind defaults to text)."""
    out = []
    for item in spec.split(","):
        key, header, *kind = item.strip().split(":")
        out.append(ExportColumn(key, header, *kind))
    return out


def local_time(value: datetime | None) -> datetime | None:
    """Stored naive UTC -> naive local time (Excel cells carry no time zone)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def format_date(value: date | datetime | None) -> str:
    """TT.MM.JJJJ, or TT.MM.JJJJ HH:MM for a datetime (as given: local time)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def report(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress is not None:
        progress(done, max(total, done), text)


def cancelled(cancel: Cancel | None) -> bool:
    return cancel is not None and bool(cancel())


@contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Write to a temporary file beside ``path`` and move it into place at the end.

    On any error, and on :class:`ExportCancelled`, the temporary file is deleted, so
    a half-written export never appears (and an older file of that name survives).
    """
    target = Path(path)
    tmp = target.with_name(f".~{target.stem}.{os.getpid()}.tmp{target.suffix}")
    try:
        yield tmp
        os.replace(tmp, target)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            _(
                "„{name}“ kann nicht geschrieben werden: keine Berechtigung, oder die "
                "Datei ist noch in einem anderen Programm (Excel?) geöffnet."
            ).format(name=target.name)
        ) from exc
    except FileNotFoundError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            _("Den Ordner „{parent}“ gibt es nicht.").format(parent=target.parent)
        ) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            _("„{name}“ konnte nicht geschrieben werden: {exc}").format(name=target.name, exc=exc)
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
