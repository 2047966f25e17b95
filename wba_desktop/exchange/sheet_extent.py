"""How big a sheet is, read from the file before anything is unpacked whole: the rows
and columns of an xlsx sheet (streamed with expat) and of an ods table; a sheet over
the import's limits is refused with a German message naming it."""

from __future__ import annotations

import re
import xml.parsers.expat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from wba_desktop.exchange.filecheck import (
    MAX_CELLS,
    MAX_COLUMNS,
    ImportFileError,
    stream_member,
)
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt


@dataclass(frozen=True)
class Extent:
    """Rows and columns spanned by the cells that hold something (1-based, inclusive)."""

    rows: int
    columns: int


_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,9})"[^>/]*>')
_WIDE_CELL = re.compile(rb'<c r="([A-Z]{2,3})[0-9]{1,9}"[^>/]*>')
_PREFIXED = re.compile(rb"<\w+:(?:c|row)[\s>/]")


def column_index(letters: str) -> int:
    """``"A"`` -> 1, ``"Z"`` -> 26, ``"AA"`` -> 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def xlsx_extent(path: Path, member: str, max_rows: int) -> Extent:
    """Rows and columns a worksheet spans (an upper bound), measured on its XML before
    calamine reads it.

    It reads the ``r="B12"`` references that Excel, LibreOffice and openpyxl always
    write. A chunk whose cells all lie in columns A-Z and in rows with fewer digits
    than ``max_rows`` counts as 26 columns by ``10**(digits - 1) - 1`` rows, found by one
    regex search; other chunks are measured exactly. A sheet with cells lacking
    references, or with prefixed element names, is measured with expat.
    """
    digits = len(str(max_rows))
    bound = 10 ** (digits - 1) - 1
    beyond = re.compile(rb'<c r="(?:[A-Z]{2,3}[0-9]|[A-Z][1-9][0-9]{%d,})' % (digits - 1))
    rows = cols = 0
    carry = b""
    with zipfile.ZipFile(path) as zf:
        for i, chunk in enumerate(stream_member(zf, member, path.name)):
            data = carry + chunk
            cut = data.rfind(b"<")
            data, carry = data[:cut], data[cut:]
            referenced = data.count(b'<c r="')
            if (i == 0 and _PREFIXED.search(data)) or referenced != data.count(b"<c ") + data.count(
                b"<c>"
            ):
                return _xlsx_extent_expat(zf, member, path.name)
            if not referenced:
                continue
            if not beyond.search(data):
                rows, cols = max(rows, bound), max(cols, 26)
                continue
            found = _CELL_ROW.findall(data)
            if found:
                rows = max(rows, max(map(int, set(found))))
                cols = max(cols, 26)
            for letters in set(_WIDE_CELL.findall(data)):
                cols = max(cols, column_index(letters.decode()))
    return Extent(rows, cols)


def _xlsx_extent_expat(zf: zipfile.ZipFile, member: str, name: str) -> Extent:
    """Exact extent following calamine's rules (a cell without ``r`` follows the last)."""
    state = {"row": 0, "col": 0, "rows": 0, "cols": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(":")[2]
        if local == "row":
            r = attrs.get("r")
            state["row"] = int(r) if r and r.isdigit() else state["row"] + 1
            state["col"] = 0
        elif local == "c":
            ref = attrs.get("r", "")
            m = re.fullmatch(r"([A-Z]{1,3})(\d{1,9})", ref)
            if m:
                state["col"], state["row"] = column_index(m[1]), int(m[2])
            else:
                state["col"] += 1
            state["rows"] = max(state["rows"], state["row"])
            state["cols"] = max(state["cols"], state["col"])

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        for chunk in stream_member(zf, member, name):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt ({member}).").format(name=name, member=member)
        ) from exc
    return Extent(state["rows"], state["cols"])


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def ods_extents(path: Path) -> dict[str, Extent]:
    """Per table of an ods: the extent of cells with content, repetitions counted."""
    result: dict[str, Extent] = {}
    st = {"table": "", "rows": 0, "rep": 1, "col": 0, "row_cols": 0, "last": 0, "cols": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{_TABLE} table":
            st.update(table=attrs.get(f"{_TABLE} name", ""), rows=0, last=0, cols=0)
        elif tag == f"{_TABLE} table-row":
            st.update(rep=_int(attrs.get(f"{_TABLE} number-rows-repeated")), col=0, row_cols=0)
        elif tag in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            st["col"] += _int(attrs.get(f"{_TABLE} number-columns-repeated"))
            if f"{_OFFICE} value-type" in attrs:
                st["row_cols"] = st["col"]

    def end(tag: str) -> None:
        if tag == f"{_TABLE} table-row":
            st["rows"] += st["rep"]
            if st["row_cols"]:
                st["last"] = st["rows"]
                st["cols"] = max(st["cols"], st["row_cols"])
        elif tag == f"{_TABLE} table":
            result[st["table"]] = Extent(st["last"], st["cols"])

    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with zipfile.ZipFile(path) as zf:
            for chunk in stream_member(zf, "content.xml", path.name):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except (xml.parsers.expat.ExpatError, KeyError) as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt (content.xml).").format(name=path.name)
        ) from exc
    return result


def _int(value: str | None) -> int:
    try:
        return max(int(value), 1) if value else 1
    except ValueError:
        return 1


def check_extent(extent: Extent, sheet: str, max_rows: int) -> None:
    """Refuse sheets larger than the limits, before the reader allocates them."""
    if extent.rows > max_rows:
        raise ImportFileError(
            _(
                "Das Blatt „{sheet}“ hat {rows} Zeilen; höchstens "
                "{max_rows} werden importiert. Bitte die Tabelle aufteilen."
            ).format(sheet=sheet, rows=fmt.integer(extent.rows), max_rows=fmt.integer(max_rows))
        )
    if extent.columns > MAX_COLUMNS:
        raise ImportFileError(
            _(
                "Das Blatt „{sheet}“ reicht bis Spalte {columns}; höchstens "
                "{max_columns} Spalten werden gelesen."
            ).format(
                sheet=sheet,
                columns=fmt.integer(extent.columns),
                max_columns=fmt.integer(MAX_COLUMNS),
            )
        )
    if extent.rows * extent.columns > MAX_CELLS:
        raise ImportFileError(
            _(
                "Das Blatt „{sheet}“ ist zu groß ({rows} Zeilen × "
                "{columns} Spalten). Bitte leere Bereiche löschen oder die "
                "Tabelle aufteilen."
            ).format(
                sheet=sheet, rows=fmt.integer(extent.rows), columns=fmt.integer(extent.columns)
            )
        )
