"""Keep exported text from turning into spreadsheet formulas (CSV/formula injection).

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(OWASP's list; the full-width forms too, which some Excel locales also accept) may be
run as a formula when a spreadsheet opens the file. The xlsx writer stores such
values as plain string cells; CSV has no cell types, so :func:`csv_safe` prefixes
them with a single quote, as OWASP recommends.
"""

from __future__ import annotations

from typing import Any

#: First characters that make a spreadsheet read a value as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def is_formula_like(text: Any) -> bool:
    """True for a string a spreadsheet might evaluate (``=1+1``, ``+49 340 …``, ``@cmd``)."""
    return isinstance(text, str) and bool(text) and text[0] in FORMULA_STARTS


def csv_safe(value: Any) -> Any:
    """``value``, or for formula-like text the text behind a single quote (``'=1+1``).

    A phone number ``+49 340 502200`` becomes ``'+49 340 502200``: still readable, and
    Excel no longer tries to compute it.
    """
    if is_formula_like(value):
        return "'" + value
    return value
