"""German formatting in ``wba_desktop.text.format``: numbers, money, percent, counts,
dates, date ranges and lists, as a German office user writes them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from wba_desktop.text import format as fmt

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (999, "999"),
        (1_000, "1.000"),
        (20_000, "20.000"),
        (1_234_567, "1.234.567"),
        (-1_500, "-1.500"),
        (2.6, "3"),  # rounded to a whole number
    ],
)
def test_integer_has_thousands_dots(value, expected):
    assert fmt.integer(value) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (0.432, 2, "0,43"),
        (0.4325, 3, "0,432"),
        (0.0, 3, "0,000"),
        (1234.5, 2, "1.234,50"),
        (Decimal("12.5"), 1, "12,5"),
        (3, 0, "3"),
    ],
)
def test_decimal_uses_a_decimal_comma_and_fixed_places(value, places, expected):
    assert fmt.decimal(value, places) == expected


def test_number_drops_trailing_zeros():
    assert fmt.number(1.5) == "1,5"
    assert fmt.number(2.0) == "2"
    assert fmt.number(1234.567) == "1.234,57"
    assert fmt.number(0.12345, max_places=3) == "0,123"


def test_percent_with_a_non_breaking_space():
    assert fmt.percent(0.43) == f"43{NBSP}%"
    assert fmt.percent(0.5) == f"50{NBSP}%"
    assert fmt.percent(1) == f"100{NBSP}%"
    assert fmt.percent(0.4321, 1) == f"43,2{NBSP}%"
    assert fmt.percent(12.5) == f"1.250{NBSP}%"


def test_money_in_euro():
    assert fmt.money(1234.5) == f"1.234,50{NBSP}€"
    assert fmt.money(0) == f"0,00{NBSP}€"
    assert fmt.money(Decimal("1234567.891")) == f"1.234.567,89{NBSP}€"


def test_count_picks_singular_or_plural():
    assert fmt.count(1, "Organisation", "Organisationen") == "1 Organisation"
    assert fmt.count(0, "Person", "Personen") == "0 Personen"
    assert fmt.count(2, "Person", "Personen") == "2 Personen"
    assert fmt.count(2_500, "Organisation", "Organisationen") == "2.500 Organisationen"


def test_day():
    assert fmt.day(date(2026, 3, 1)) == "01.03.2026"
    assert fmt.day(datetime(2026, 12, 31, 23, 30)) == "31.12.2026"
    assert fmt.day(None) == ""
    assert fmt.day(None, "–") == "–"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 3, 1), date(2026, 3, 5), "01.–05.03.2026"),  # same month
        (date(2026, 2, 28), date(2026, 3, 3), "28.02.–03.03.2026"),  # same year
        (date(2025, 12, 15), date(2026, 1, 10), "15.12.2025–10.01.2026"),
        (date(2026, 3, 1), date(2026, 3, 1), "01.03.2026"),  # one day
        (date(2026, 3, 1), None, "ab 01.03.2026"),  # open end
        (None, date(2026, 3, 5), "bis 05.03.2026"),  # open start
        (date(2026, 3, 5), date(2026, 3, 1), "05.03.2026–01.03.2026"),  # reversed: as given
    ],
)
def test_day_range(start, end, expected):
    assert fmt.day_range(start, end) == expected


def test_day_range_without_any_date():
    assert fmt.day_range(None, None) == ""
    assert fmt.day_range(None, None, empty="–") == "–"


def test_listing_with_und():
    assert fmt.listing([]) == ""
    assert fmt.listing(["Halle (Saale)"]) == "Halle (Saale)"
    assert fmt.listing(["Börde", "Harz"]) == "Börde und Harz"
    assert fmt.listing(["Börde", "Harz", "Salzlandkreis"]) == "Börde, Harz und Salzlandkreis"
    assert fmt.listing(iter(["A", "B", "C", "D"])) == "A, B, C und D"


def test_listing_with_oder():
    assert fmt.listing([], "oder") == ""
    assert fmt.listing(["A"], "oder") == "A"
    assert fmt.listing(["A", "B"], "oder") == "A oder B"
    assert fmt.listing(["A", "B", "C"], "oder") == "A, B oder C"


def test_listing_keeps_commas_inside_items():
    assert fmt.listing(["Kontakte, alt.xlsx", "Neu.xlsx"]) == "Kontakte, alt.xlsx und Neu.xlsx"
