"""German formatting of numbers, money, percentages, dates, date ranges and lists.

Everything a user reads goes through here, on Babel's CLDR data for ``de_DE``, so
that "12.345", "0,43", "43 %", "1.234,50 €", "01.03.2026", "01.–05.03.2026" and
"A, B und C" are written one way everywhere. Numbers and dates keep the German form in
English too (the data is German); only the words ("ab", "bis", "und") follow the
language. Never format German numbers by replacing characters in a finished message:
that also changes file names and other text in it ("Kontakte, alt.xlsx").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel.core import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_interval as _babel_interval
from babel.lists import format_list as _babel_list
from babel.numbers import format_currency as _babel_currency
from babel.numbers import parse_pattern

from wba_desktop.i18n import _, language

LOCALE = "de_DE"

Number = int | float | Decimal


@lru_cache(maxsize=1)
def _locale() -> Locale:
    """``de_DE`` parsed once (Babel parses a locale name and a pattern at every call,
    which cost more than the formatting: thousands of numbers in a health check)."""
    return Locale.parse(LOCALE)


@lru_cache(maxsize=64)
def _pattern(pattern: str):
    return parse_pattern(pattern)


def _apply(value: Number, pattern: str) -> str:
    """What ``babel.numbers.format_decimal``/``format_percent`` do with their defaults."""
    return _pattern(pattern).apply(
        value, _locale(), decimal_quantization=True, group_separator=True, numbering_system="latn"
    )


def integer(n: Number) -> str:
    """A whole number with thousands separators: 20000 -> "20.000"."""
    return _apply(round(n), "#,##0")


def decimal(x: Number, places: int = 2) -> str:
    """A number with a fixed count of decimals and a decimal comma: 0.432 -> "0,43"."""
    return _apply(x, "#,##0" + ("." + "0" * places if places > 0 else ""))


def number(x: Number, max_places: int = 2) -> str:
    """A number with at most ``max_places`` decimals, trailing zeros dropped:
    1.5 -> "1,5", 2.0 -> "2", 1234.567 -> "1.234,57"."""
    return _apply(x, "#,##0" + ("." + "#" * max_places if max_places > 0 else ""))


def percent(share: Number, places: int = 0) -> str:
    """A share (0.43 = 43 %) as German percent with a non-breaking space: "43 %"."""
    return _apply(share, "#,##0" + ("." + "0" * places if places > 0 else "") + "\u00a0%")


def money(amount: Number, currency: str = "EUR") -> str:
    """An amount of money: 1234.5 -> "1.234,50 €"."""
    return _babel_currency(amount, currency, locale=_locale())


def count(n: int, one: str, many: str) -> str:
    """A count with its noun in the right number: "1 Organisation", "2.500 Organisationen";
    the nouns (German, marked with ``N_`` by the caller) are read in the language in use."""
    return f"{integer(n)} {_(one) if n == 1 else _(many)}"


def day(d: date | datetime | None, empty: str = "") -> str:
    """A date as TT.MM.JJJJ ("01.03.2026"); ``empty`` for None."""
    if d is None:
        return empty
    if isinstance(d, datetime):
        d = d.date()
    return _babel_date(d, "dd.MM.yyyy", locale=_locale())


def day_range(start: date | None, end: date | None, empty: str = "") -> str:
    """A period as German readers write it: "01.–05.03.2026", "28.02.–03.03.2026",
    "15.12.2025–10.01.2026"; an open end reads "ab 01.03.2026", an open start
    "bis 05.03.2026"."""
    if start is None and end is None:
        return empty
    if end is None:
        return _("ab {day}").format(day=day(start))
    if start is None:
        return _("bis {day}").format(day=day(end))
    if start == end:
        return day(start)
    if end < start:
        return f"{day(start)}–{day(end)}"
    # CLDR puts thin spaces around the dash across months ("28.02. – 03.03.2026"); the
    # dash of a German date range stands without spaces, as it does within a month
    return _babel_interval(start, end, "yMd", locale=_locale()).replace("\u2009–\u2009", "–")


def listing(items: Iterable[str], conjunction: str = "und") -> str:
    """Items joined as German text: "A", "A und B", "A, B und C" (or "oder"); in English
    "A, B and C" (the language of :mod:`wba_desktop.i18n`)."""
    words = [str(i) for i in items]
    if not words:
        return ""
    locale = "en_GB" if language() == "en" else LOCALE
    if conjunction == "oder":
        return _babel_list(words, style="or", locale=locale)
    return _babel_list(words, locale=locale)


def yes_no(flag: bool) -> str:
    """ "ja" or "nein" in the language in use."""
    return _("ja") if flag else _("nein")
