"""The one guard for text going into a spreadsheet: xlsx cells and CSV fields.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(OWASP's list; the full-width forms too, which some Excel locales also accept) may be
run as a formula when a spreadsheet opens the file. Every writer of the app puts its
text through this module:

* xlsx: :func:`put` (a cell of a normal workbook) and :func:`xlsx_value` (a value for
  a write-only sheet) store such text as a string cell with ``quotePrefix``, so Excel
  keeps it text also when it is edited; characters XML cannot carry are removed.
* CSV has no cell types: :func:`csv_safe` writes a German phone number in its
  national form (``+49 3445 78937`` → ``03445 78937``, which needs no guard and is
  what a German letter shows) and puts a single quote before any other formula-like
  text, as OWASP recommends (``'=1+2``, ``'+43 1 234``).
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

#: First characters that make a spreadsheet read a value as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")

#: ``+49``, an optional ``(0)``, then digits in groups (space, hyphen or slash).
_GERMAN_PHONE = re.compile(r"\+49[ \-/]*(?:\(0\)[ \-/]*)?0?(\d[\d \-/]*\d)")


def is_formula_like(text: Any) -> bool:
    """True for a string a spreadsheet might evaluate (``=1+1``, ``+49 340 …``, ``@cmd``)."""
    return isinstance(text, str) and bool(text) and text[0] in FORMULA_STARTS


def needs_care(text: str) -> bool:
    """True for non-empty text that is formula-like or holds unprintable characters
    (a cheap test for the fast path of large exports)."""
    return bool(text) and (text[0] in FORMULA_STARTS or not text.isprintable())


def xlsx_text(text: str) -> str:
    """``text`` without the control characters XML (and so xlsx) cannot carry."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def german_national(text: str) -> str | None:
    """A German number in international form in national form (``+49 345 1234`` →
    ``0345 1234``, ``+49 (0)345-1234`` → ``0345-1234``), else None."""
    match = _GERMAN_PHONE.fullmatch(text.strip())
    return "0" + match.group(1) if match else None


def csv_safe(value: Any) -> Any:
    """``value`` as a CSV field may carry it: a German phone number in national form,
    other formula-like text behind a single quote (``'=1+1``); anything else as is."""
    if not is_formula_like(value):
        return value
    national = german_national(value)
    if national is not None:
        return national
    return "'" + value


def put(cell: Cell, value: Any) -> Cell:
    """Set ``cell`` (of a normal or write-only sheet) to ``value``; text is cleaned and
    formula-like text stays a string cell with ``quotePrefix``. Returns the cell."""
    if isinstance(value, str):
        value = xlsx_text(value)
    cell.value = value
    if cell.data_type == "f" or is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def put_at(ws, row: int, column: int, value: Any) -> Cell:
    """:func:`put` into the cell at ``row``/``column`` of a normal sheet."""
    return put(ws.cell(row=row, column=column), value)


def xlsx_value(ws, value: Any) -> Any:
    """What a write-only sheet's ``append`` may take for ``value``: plain values as
    they are, cleaned text, or a guarded string cell for formula-like text."""
    if not isinstance(value, str) or not needs_care(value):
        return value
    value = xlsx_text(value)
    if is_formula_like(value):
        return put(WriteOnlyCell(ws), value)
    return value
