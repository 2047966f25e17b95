"""Column mapping for the import: header row, suggestions, splitting, saving and reuse."""

from __future__ import annotations

import pytest

from wba_desktop.exchange.cells import (
    NameParts,
    normalise_salutation,
    split_full_name,
    split_postcode_city,
)
from wba_desktop.exchange.mapping import (
    FIELDS,
    Mapping,
    field_for_header,
    find_header_row,
    suggest,
    suggest_mapping,
)

TITLED = [
    ["Partnerliste Weiterbildungsagentur Ost", None, None, None],
    ["Stand: 05/2024, vertraulich", None, None, None],
    [None, None, None, None],
    ["Firma", "Ansprechpartner", "E-Mail", "PLZ Ort"],
    ["Bildungswerk Elbaue", "Frau Dr. Änne Mühlberg", "a.m@elbaue.example", "06366 Köthen"],
]  # fmt: skip


def test_header_row_is_found_below_title_and_blank_rows():
    assert find_header_row(TITLED) == 3


def test_header_row_defaults_to_first_text_row_when_nothing_is_known():
    rows = [[None], ["Spalte eins", "Spalte zwei"], ["a", "b"]]
    assert find_header_row(rows) == 1
    assert find_header_row([]) == 0


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Firma", "org_name"),
        ("Organisation", "org_name"),
        ("Einrichtung", "org_name"),
        ("Name der Einrichtung", "org_name"),
        ("Ansprechpartner", "full_name"),
        ("Vorname", "first_name"),
        ("Nachname", "last_name"),
        ("Anrede", "salutation"),
        ("Titel", "title"),
        ("Funktion", "function"),
        ("E-Mail", "email"),
        ("Mail", "email"),
        ("E-Mail-Adresse", "email"),
        ("E-Mail Ansprechpartner", "email"),
        ("Telefon", "phone"),
        ("Tel.", "phone"),
        ("Tel.-Nr.", "phone"),
        ("Mobil", "mobile"),
        ("Handy", "mobile"),
        ("Straße", "street"),
        ("Straße und Hausnummer", "street"),
        ("Strasse geschäftlich", "street"),
        ("PLZ", "postcode"),
        ("Ort", "city"),
        ("PLZ Ort", "postcode_city"),
        ("PLZ/Ort", "postcode_city"),
        ("Landkreis", "region"),
        ("Art", "org_type"),
        ("Website", "website"),
        ("Homepage", "website"),
        ("Bemerkung", "notes"),
        ("Bemerkungen", "notes"),
        ("Company", "org_name"),
        ("Organization", "org_name"),
        ("First name", "first_name"),
        ("Last Name", "last_name"),
        ("Email", "email"),
        ("Phone", "phone"),
        ("Street", "street"),
        ("Zip", "postcode"),
        ("ZIP Code", "postcode"),
        ("City", "city"),
        ("Job title", "function"),
        ("Fax", None),
        ("Bundesland", None),
        ("", None),
    ],
)
def test_field_suggested_for_header(header, field):
    assert field_for_header(header) == field


def test_every_suggested_field_has_a_german_label():
    assert {"org_name", "full_name", "postcode_city", "org_email"} <= set(FIELDS)
    assert all(FIELDS.values())


def test_name_next_to_first_name_is_the_last_name():
    assert suggest_mapping(["Name", "Vorname", "E-Mail"]) == {
        0: "last_name",
        1: "first_name",
        2: "email",
    }


def test_name_next_to_company_is_the_full_person_name():
    assert suggest_mapping(["Firma", "Name", "Mail"]) == {0: "org_name", 1: "full_name", 2: "email"}


def test_a_list_of_organisations_gives_contact_data_to_the_organisation():
    mapping = suggest_mapping(["Name", "Straße", "PLZ", "Ort", "E-Mail", "Telefon"])
    assert mapping == {
        0: "org_name",
        1: "street",
        2: "postcode",
        3: "city",
        4: "org_email",
        5: "org_phone",
    }


def test_each_field_is_suggested_once():
    assert suggest_mapping(["Nachname", "Telefon", "Telefon"]) == {0: "last_name", 1: "phone"}


def test_english_headers():
    headers = ["Company", "First Name", "Last Name", "E-mail Address", "Business Phone", "City"]
    assert suggest_mapping(headers) == {
        0: "org_name",
        1: "first_name",
        2: "last_name",
        3: "email",
        4: "phone",
        5: "city",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06366 Köthen (Anhalt)", ("06366", "Köthen (Anhalt)")),
        ("39104  Magdeburg", ("39104", "Magdeburg")),
        ("D-06844 Dessau-Roßlau", ("06844", "Dessau-Roßlau")),
        ("6366 Köthen", ("06366", "Köthen")),
        ("Halle (Saale)", ("", "Halle (Saale)")),
        ("", ("", "")),
    ],
)
def test_split_postcode_city(text, expected):
    assert split_postcode_city(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Änne Müller", NameParts("", "Dr.", "Änne", "Müller")),
        ("Müller, Änne", NameParts("", "", "Änne", "Müller")),
        ("Müller, Dr. Änne", NameParts("", "Dr.", "Änne", "Müller")),
        ("Frau Prof. Dr. Änne Lüdtke", NameParts("Frau", "Prof. Dr.", "Änne", "Lüdtke")),
        ("Herrn Karl-Heinz von der Heide", NameParts("Herr", "", "Karl-Heinz", "von der Heide")),
        ("Dipl.-Ing. Ölaf Zöllner", NameParts("", "Dipl.-Ing.", "Ölaf", "Zöllner")),
        ("Änne Müller, M.A.", NameParts("", "M.A.", "Änne", "Müller")),
        ("Müller", NameParts("", "", "", "Müller")),
        ("Ingo Emmerich", NameParts("", "", "Ingo", "Emmerich")),
        ("", NameParts()),
    ],
)  # fmt: skip
def test_split_full_name(text, expected):
    assert split_full_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herrn", ("Herr", "", True)),
        ("Herr", ("Herr", "", True)),
        ("Hr.", ("Herr", "", True)),
        ("Fr.", ("Frau", "", True)),
        ("frau", ("Frau", "", True)),
        ("Mrs", ("Frau", "", True)),
        ("Herrn Dr.", ("Herr", "Dr.", True)),
        ("", ("", "", True)),
        ("Familie", ("", "", False)),
    ],
)
def test_normalise_salutation(text, expected):
    assert normalise_salutation(text) == expected


def test_mapping_json_round_trip():
    mapping = suggest(TITLED, sheet="Partner")
    again = Mapping.from_json(mapping.to_json())
    assert again == mapping
    assert again.header_row == 3
    assert again.columns == {0: "org_name", 1: "full_name", 2: "email", 3: "postcode_city"}
    assert '"Firma"' in mapping.to_json()  # readable, umlauts as they are


def test_broken_mapping_json_is_a_value_error():
    with pytest.raises(ValueError):
        Mapping.from_json("{kein json")
    with pytest.raises(ValueError):
        Mapping.from_json('{"columns": [{"field": "org_name"}]}')


def test_unknown_fields_in_a_saved_mapping_are_dropped():
    text = '{"header_row": 0, "columns": [{"column": 0, "header": "X", "field": "shoe_size"}]}'
    assert Mapping.from_json(text).columns == {}


def test_reused_mapping_finds_its_columns_by_header_text():
    saved = Mapping(
        header_row=0,
        columns={0: "org_name", 1: "email", 2: "notes"},
        headers={0: "Firma", 1: "E-Mail", 2: "Notizfeld"},
    )
    other = [
        ["Export vom 01.06."],
        ["Notizfeld", "Firma", "Ort", "E-Mail"],
        ["egal", "Elbaue GmbH", "Köthen", "info@elbaue.example"],
    ]
    adapted = saved.adapt(other)
    assert adapted.header_row == 1
    assert adapted.columns == {0: "notes", 1: "org_name", 3: "email"}


def test_reused_mapping_without_known_headers_stays_as_it_was():
    saved = Mapping(0, {0: "org_name"}, {0: "Firma"})
    assert saved.adapt([["A", "B"], ["x", "y"]]) is saved
