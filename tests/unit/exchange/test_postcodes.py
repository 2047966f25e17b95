"""Postcodes that lost their leading zero in a spreadsheet, and "PLZ Ort" cells."""

from __future__ import annotations

import pytest

from wba_desktop.exchange.cells import normalise_postcode, split_postcode_city
from wba_desktop.services.importing.rows import cell_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6844", "06844"),
        ("1067", "01067"),
        ("9999", "09999"),
        (" 6108 ", "06108"),
        ("39104", "39104"),  # Magdeburg needs no zero
        ("06844", "06844"),
        ("0684", "0684"),  # no German postcode: left for the check to refuse
        ("123", "123"),
        ("D-39104", "D-39104"),
        ("", ""),
    ],
)
def test_normalise_postcode(text, expected):
    assert normalise_postcode(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6844", ("06844", "")),  # a bare number is a postcode, never a city
        ("39104", ("39104", "")),
        ("D-39104", ("39104", "")),
        ("6844 Dessau-Roßlau", ("06844", "Dessau-Roßlau")),
        ("39104 Magdeburg", ("39104", "Magdeburg")),
        ("Magdeburg", ("", "Magdeburg")),
        ("123", ("", "123")),
    ],
)
def test_split_postcode_city(text, expected):
    assert split_postcode_city(text) == expected


def test_number_cells_in_postcode_columns():
    assert cell_text(6844, "postcode") == "06844"
    assert cell_text(6844, "postcode_city") == "06844"
    assert split_postcode_city(cell_text(6844, "postcode_city")) == ("06844", "")
    assert cell_text(39104, "postcode") == "39104"
    assert cell_text(123, "postcode") == "123"  # not zero-padded into a fake postcode
