"""Text keys for German names: search folding, DIN 5007-1 sorting, duplicate keys."""

from __future__ import annotations

import pytest

from wba_desktop.text.fold import name_key, search_key, sort_key

# -- search_key ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Köthen", "koethen"),
        ("Straße", "strasse"),
        ("Müller", "mueller"),
        ("Éclair", "eclair"),
        ("ÄÖÜ", "aeoeue"),
        ("GROẞ", "gross"),  # capital sharp s
        ("Dessau-Roßlau", "dessau-rosslau"),
        ("Crème brûlée", "creme brulee"),
    ],
)
def test_search_key_folds_case_umlauts_and_accents(text, expected):
    assert search_key(text) == expected


def test_search_key_of_place_contains_folded_form():
    assert "koethen" in search_key("Köthen (Anhalt)")


def test_search_key_treats_decomposed_umlaut_like_composed():
    decomposed = "Ko\u0308then"  # o + combining diaeresis, as some macOS/PDF text has it
    assert search_key(decomposed) == search_key("Köthen") == "koethen"


def test_search_key_folds_and_trims_whitespace():
    assert search_key("  Große \t  Straße\n 1  ") == "grosse strasse 1"


def test_search_key_joins_parts_and_skips_empty_ones():
    assert search_key("Müller", None, "", "Köthen") == "mueller koethen"
    assert search_key() == ""
    assert search_key(None, "") == ""


def test_search_key_same_for_both_german_spellings():
    assert search_key("Mueller Strassenbau") == search_key("Müller Straßenbau")


# -- sort_key (DIN 5007-1) --------------------------------------------------------


def test_sort_key_din_5007_1_umlaut_sorts_with_base_letter():
    words = ["Zeitz", "Ärzte", "Apfel", "Öl", "Ober"]
    assert sorted(words, key=sort_key) == ["Apfel", "Ärzte", "Ober", "Öl", "Zeitz"]


def test_plain_code_point_sort_would_be_wrong():
    """Guards the test above: without the key, Ä and Ö land after Z."""
    words = ["Zeitz", "Ärzte", "Apfel", "Öl", "Ober"]
    assert sorted(words)[-2:] == ["Ärzte", "Öl"]


def test_sort_key_ignores_case_and_accents():
    assert sort_key("ÖL") == sort_key("öl") == "ol"
    assert sort_key("Éclair") == "eclair"


def test_sort_key_sharp_s_as_ss():
    assert sort_key("Straße") == "strasse"
    assert sorted(["Strasse 2", "Straße 1"], key=sort_key) == ["Straße 1", "Strasse 2"]


def test_sort_key_district_names_in_german_order():
    names = ["Burgenlandkreis", "Börde", "Anhalt-Bitterfeld", "Altmarkkreis Salzwedel"]
    assert sorted(names, key=sort_key) == [
        "Altmarkkreis Salzwedel",
        "Anhalt-Bitterfeld",
        "Börde",
        "Burgenlandkreis",
    ]


def test_sort_key_folds_whitespace_and_joins_parts():
    assert sort_key("  Müller ", None, " Anna  Maria ") == "muller anna maria"


# -- name_key (duplicate detection) -----------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Müller Straßenbau GmbH", "Mueller Strassenbau"),
        ("Kinderhilfe e.V.", "Kinderhilfe"),
        ("Kinderhilfe eV", "Kinderhilfe"),
        ("Bildungswerk gGmbH", "Bildungswerk"),
        ("Müller GmbH & Co. KG", "Mueller"),
        ("Holding AG", "holding"),
        ("Start UG (haftungsbeschränkt)", "Start"),
        ("  IHK   Halle-Dessau ", "IHK Halle Dessau"),
    ],
)
def test_name_key_ignores_legal_form_punctuation_and_spelling(a, b):
    assert name_key(a) == name_key(b)
    assert name_key(a)  # never reduced to nothing for a real name


def test_name_key_values():
    assert name_key("Müller Straßenbau GmbH") == "mueller strassenbau"
    assert name_key("Kinderhilfe e.V.") == "kinderhilfe"


def test_name_key_keeps_real_differences():
    assert name_key("Müller Straßenbau GmbH") != name_key("Müller Tiefbau GmbH")
    assert name_key("Verein Harz") != name_key("Verein Börde")


def test_name_key_does_not_strip_legal_form_letters_inside_words():
    # "ag", "ev", "co" are only removed as whole words
    assert name_key("Agrarhof") == "agrarhof"
    assert name_key("Eventagentur") == "eventagentur"
    assert name_key("Coburger Bildung") == "coburger bildung"


def test_name_key_keeps_co_unless_it_is_part_of_co_kg():
    assert name_key("Team Co-Working") == "team co working"
    assert name_key("Altmark Solartechnik GmbH & Co. KG") == "altmark solartechnik"


def test_name_key_of_empty():
    assert name_key(None) == ""
    assert name_key("  ") == ""


def test_name_key_ignores_spaced_e_v():
    # regression: "e. V." left "e v" in the key (dot and space became two spaces)
    assert name_key("Kinderhilfe e. V.") == name_key("Kinderhilfe e.V.") == "kinderhilfe"
    assert name_key("Förderverein  e.  V.") == "foerderverein"
