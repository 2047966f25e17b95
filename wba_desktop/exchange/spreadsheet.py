"""Reading spreadsheets safely: xlsx/xls/ods through calamine, CSV through ``csv``.

``read_workbook(path)`` tells what a file is and which sheets it has;
``read_rows(path, sheet)`` returns the cells of one sheet as a list of rows, where
``rows[i]`` is spreadsheet row ``i + 1`` and ``rows[i][j]`` column ``j`` (A = 0),
so messages can name cells the way the user sees them. Cells are ``str`` (stripped),
``int``, ``float``, ``date``, ``datetime``, ``bool`` or ``None``. Cells merged over
several rows carry the value into every row they cover.

Every problem ends in :class:`ImportFileError` with a German message; see
:mod:`wba_desktop.exchange.filecheck` for the checks made before a reader runs.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import zipfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from wba_desktop.exchange import filecheck as fc
from wba_desktop.exchange import sheet_extent, xmlcheck
from wba_desktop.exchange.bulk import paused_gc  # re-exported for the importers
from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

log = logging.getLogger(__name__)

#: Excel's own limit of characters in one cell.
MAX_CELL_CHARS = 32_767
#: Largest CSV file read (100,000 rows of a contact list are about 30 MB).
MAX_TEXT_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_ROWS = 100_000
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class SheetSource:
    """What a file is: ``kind`` (xlsx, xls, ods, csv) and the names of its sheets."""

    path: Path
    kind: str
    sheets: tuple[str, ...]
    default_sheet: str
    encoding: str = ""
    delimiter: str = ""


def cell_name(row: int, column: int) -> str:
    """``cell_name(0, 2)`` -> ``"C1"`` (both 0-based)."""
    letters = ""
    n = column + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _not_a_spreadsheet(path: Path, detail: str = "") -> ImportFileError:
    extra = f" ({detail})" if detail else ""
    return ImportFileError(
        _(
            "Die Datei „{name}“ ist keine lesbare Tabelle{extra}. Unterstützt werden "
            "Excel (.xlsx, .xls), OpenDocument (.ods) und CSV."
        ).format(name=path.name, extra=extra)
    )


def _kind(path: Path) -> str:
    kind = fc.sniff_kind(path)
    suffix = path.suffix.lower()
    if kind == "encrypted":
        raise ImportFileError(
            _(
                "Die Datei „{name}“ ist mit einem Kennwort geschützt. Bitte in Excel ohne "
                "Kennwort speichern (Datei › Informationen › Arbeitsmappe schützen) und erneut "
                "importieren."
            ).format(name=path.name)
        )
    if kind == "xlsb":
        raise ImportFileError(
            _(
                "„{name}“ ist eine binäre Excel-Arbeitsmappe (.xlsb). Bitte in Excel als "
                ".xlsx speichern und erneut importieren."
            ).format(name=path.name)
        )
    if kind == "html":
        if suffix in (".xls", ".xlsx", ".ods"):
            raise _not_a_spreadsheet(
                path,
                _("eine Webseite mit Excel-Endung; bitte in Excel öffnen und als .xlsx speichern"),
            )
        raise _not_a_spreadsheet(path, "HTML/XML")
    if kind in ("zip", "ole"):
        raise _not_a_spreadsheet(path, _("ein Archiv oder Office-Dokument ohne Tabelle"))
    if kind == "text" and suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise _not_a_spreadsheet(path, _("der Inhalt passt nicht zur Endung; beschädigt?"))
    return "csv" if kind == "text" else kind


def _calamine():
    import python_calamine

    return python_calamine


def _open_workbook(path: Path):
    cal = _calamine()
    try:
        return cal.CalamineWorkbook.from_path(str(path))
    except cal.PasswordError as exc:
        raise ImportFileError(
            _(
                "Die Datei „{name}“ ist mit einem Kennwort geschützt. Bitte ohne Kennwort "
                "speichern und erneut importieren."
            ).format(name=path.name)
        ) from exc
    except Exception as exc:  # calamine raises several types for broken files
        log.info("calamine could not open %s: %s", path, exc)
        raise _not_a_spreadsheet(path, _("beschädigt oder unbekanntes Format")) from exc


@contextmanager
def _in_german(path: Path):
    """What the system says in English about reading ``path``, said in German (the
    file may vanish or be locked between the checks and the reader)."""
    try:
        yield
    except OSError as exc:
        raise fc.unreadable(path, exc) from exc
    except zipfile.BadZipFile as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt (ZIP-Archiv).").format(name=path.name)
        ) from exc


def read_workbook(path: str | Path) -> SheetSource:
    """The kind of ``path`` and its worksheets (charts and macro sheets left out)."""
    path = Path(path)
    with _in_german(path):
        kind = _kind(path)
        if kind == "csv":
            text = _decode(path)
            return SheetSource(
                path,
                "csv",
                (path.stem,),
                path.stem,
                encoding=text.encoding,
                delimiter=text.delimiter,
            )
        return _sheets(path, kind)


def _sheets(path: Path, kind: str, max_rows: int = DEFAULT_MAX_ROWS) -> SheetSource:
    if kind in ("xlsx", "ods"):
        fc.check_zip(path)
        xmlcheck.check_xml_parts(path)  # defusedxml, before any other reader
    if kind == "ods":  # calamine parses every table of an ods when opening it
        for table, extent in sheet_extent.ods_extents(path).items():
            sheet_extent.check_extent(extent, table, max_rows)
    cal = _calamine()
    wb = _open_workbook(path)
    with wb:
        sheets, visible = [], []
        for meta in wb.sheets_metadata:
            if meta.typ == cal.SheetTypeEnum.WorkSheet:
                sheets.append(meta.name)
                if meta.visible == cal.SheetVisibleEnum.Visible:
                    visible.append(meta.name)
    if not sheets:
        raise _not_a_spreadsheet(path, _("keine Tabellenblätter"))
    return SheetSource(path, kind, tuple(sheets), (visible or sheets)[0])


def read_rows(
    path: str | Path, sheet: str | None = None, *, max_rows: int = DEFAULT_MAX_ROWS
) -> list[list[Any]]:
    """The cells of ``sheet`` (default: the first visible one), checked and limited."""
    path = Path(path)
    with _in_german(path), paused_gc():  # 20,000 new rows: no full collector passes
        return _read_rows(path, sheet, max_rows)


def _read_rows(path: Path, sheet: str | None, max_rows: int) -> list[list[Any]]:
    kind = _kind(path)
    if kind == "csv":
        return _csv_rows(path, max_rows)
    source = _sheets(path, kind, max_rows)
    name = sheet if sheet is not None else source.default_sheet
    if name not in source.sheets:
        choices = ", ".join(f"„{s}“" for s in source.sheets)
        raise ImportFileError(
            _("Die Datei „{name}“ hat kein Blatt „{name2}“. Vorhanden: {choices}.").format(
                name=path.name, name2=name, choices=choices
            )
        )
    if kind == "xlsx":
        member = fc.xlsx_sheet_parts(path).get(name)
        if member is None:
            raise _not_a_spreadsheet(path, _("Blatt „{name}“ nicht gefunden").format(name=name))
        sheet_extent.check_extent(sheet_extent.xlsx_extent(path, member, max_rows), name, max_rows)
        fc.verify_xml_parts(path, skip=member)
    wb = _open_workbook(path)
    try:
        with wb:
            ws = wb.get_sheet_by_name(name)
            rows = _sheet_rows(ws, max_rows + 1)
            merged = ws.merged_cell_ranges or []
    except Exception as exc:  # calamine raises several types for broken sheets
        log.info("calamine could not read %s/%s: %s", path, name, exc)
        raise _not_a_spreadsheet(
            path, _("Blatt „{name}“ ist beschädigt").format(name=name)
        ) from exc
    if len(rows) > max_rows:
        raise ImportFileError(
            _(
                "Das Blatt „{name}“ hat mehr als {max_rows} Zeilen. Bitte die Tabelle aufteilen."
            ).format(name=name, max_rows=fmt.integer(max_rows))
        )
    limit = MAX_CELL_CHARS
    for r, row in enumerate(rows):  # short text inline: 300,000 cells add up
        rows[r] = [
            (v.strip() or None) if v.__class__ is str and len(v) < limit else _cell(v, r, c)
            for c, v in enumerate(row)
        ]
    _fill_merged(rows, merged)
    return rows


def _sheet_rows(ws, limit: int) -> list[list[Any]]:
    """The sheet's first ``limit`` rows as ``to_python(skip_empty_area=False)`` gives
    them, but row by row: ``to_python`` builds the whole list holding the GIL (a
    quarter of a second for 20,000 rows, the window frozen meanwhile). ``iter_rows``
    starts at row 1 but at the first used column: the columns before it are added."""
    start = ws.start
    if start is None:  # an empty sheet
        return []
    pad = [""] * start[1]
    rows = list(islice(ws.iter_rows(), limit))
    if pad:
        rows = [pad + row for row in rows]
    return rows


def _cell(value: Any, r: int, c: int) -> Any:
    """calamine's value as the import wants it: stripped text or None, whole numbers int."""
    kind = value.__class__
    if kind is str:
        if len(value) >= MAX_CELL_CHARS:  # calamine cuts longer text at Excel's maximum
            raise ImportFileError(
                _(
                    "Zelle {c} enthält zu viel Text (mindestens "
                    "{max_cell_chars} Zeichen, das Maximum von Excel; der Rest wäre "
                    "abgeschnitten). Bitte kürzen und erneut importieren."
                ).format(c=cell_name(r, c), max_cell_chars=fmt.integer(MAX_CELL_CHARS))
            )
        return value.strip() or None
    if kind is float:
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if kind is timedelta:  # a time of day formatted as a duration
        return (datetime.min + value).time() if value < timedelta(days=1) else str(value)
    if kind in (int, date, datetime, time, bool) or value is None:
        return value
    return str(value)


def _too_long(r: int, c: int, length: int, name: str = "") -> ImportFileError:
    where = _(" der Datei „{name}“").format(name=name) if name else ""
    return ImportFileError(
        _(
            "Zelle {c} enthält {length} Zeichen; erlaubt sind "
            "höchstens {max_cell_chars} (wie in Excel). Bitte kürzen{where} und "
            "erneut importieren."
        ).format(
            c=cell_name(r, c),
            length=fmt.integer(length),
            max_cell_chars=fmt.integer(MAX_CELL_CHARS),
            where=where,
        )
    )


def _fill_merged(rows: list[list[Any]], merged) -> None:
    """Copy the value of a merged range spanning several rows into each covered cell."""
    for (r0, c0), (r1, c1) in merged:
        if r1 <= r0 or r0 >= len(rows):
            continue  # one row: a title or a wide header, leave it in its first cell
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, c1 + 1):
                if c < len(rows[r]) and rows[r][c] is None:
                    rows[r][c] = value


# -- CSV ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    text: str
    encoding: str
    delimiter: str


_ODD_CP1252 = re.compile(r"(?<=[^\W\d_])[„“”…•›‹‰†‡ˆ˜™¤¦¨¬¯´¸](?=[^\W\d_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _decode(path: Path) -> _Text:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise ImportFileError(
            _(
                "Die Datei „{name}“ ist mit {size} MB zu groß für den "
                "Import (höchstens {max_text_bytes} MB)."
            ).format(
                name=path.name,
                size=fmt.integer(size // 2**20),
                max_text_bytes=fmt.integer(MAX_TEXT_BYTES // 2**20),
            )
        )
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(path, data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(path, data, "utf-16"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _cp1252(path, data), "cp1252"
    if _CONTROL.search(text[:1_000_000]):
        raise _unknown_encoding(path, _("enthält Steuerzeichen; keine Textdatei?"))
    return _Text(text, encoding, _sniff_delimiter(text))


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _unknown_encoding(
            path, _("ungültige Zeichen für {upper}").format(upper=encoding.upper())
        ) from exc


def _cp1252(path: Path, data: bytes) -> str:
    """Windows-1252 only if the text looks like it: no undefined bytes, no „ inside words."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _unknown_encoding(path, _("weder UTF-8 noch Windows-1252")) from exc
    if _ODD_CP1252.search(text):
        raise _unknown_encoding(path, _("weder UTF-8 noch Windows-1252"))
    return text


def _unknown_encoding(path: Path, detail: str) -> ImportFileError:
    return ImportFileError(
        _(
            "Die Zeichenkodierung der Datei „{name}“ ist unbekannt ({detail}). Bitte in "
            "Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern."
        ).format(name=path.name, detail=detail)
    )


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent field count."""
    sample = text[:65_536].splitlines()[:50]
    best, best_score = ";", (0, 0.0, 0)
    for delim in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delim) if any(r)]
        except csv.Error:
            continue
        if not counts:
            continue
        width, freq = Counter(counts).most_common(1)[0]
        score = (int(width > 1), round(freq / len(counts), 1), width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path, max_rows: int) -> list[list[Any]]:
    decoded = _decode(path)
    # csv refuses fields over 128 KiB with an English error; a field is at most the
    # file (MAX_TEXT_BYTES, in memory anyway), and MAX_CELL_CHARS below names the cell
    if csv.field_size_limit() < MAX_TEXT_BYTES:
        csv.field_size_limit(MAX_TEXT_BYTES)
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=decoded.delimiter)
    rows: list[list[Any]] = []
    try:
        for r, record in enumerate(reader):
            if r >= max_rows:
                raise ImportFileError(
                    _("Die Datei „{name}“ hat mehr als {max_rows} Zeilen. Bitte aufteilen.").format(
                        name=path.name, max_rows=fmt.integer(max_rows)
                    )
                )
            row = []
            for c, value in enumerate(record):
                if len(value) > MAX_CELL_CHARS:
                    raise _too_long(r, c, len(value), path.name)
                row.append(value.strip() or None)
            rows.append(row)
    except csv.Error as exc:  # its text is English: not shown
        log.info("csv could not read %s: %s", path, exc)
        raise ImportFileError(
            _(
                "Die Datei „{name}“ lässt sich in Zeile {line_num} nicht "
                "lesen: eine Zelle ist zu lang oder ein Anführungszeichen fehlt."
            ).format(name=path.name, line_num=fmt.integer(reader.line_num))
        ) from exc
    return rows
