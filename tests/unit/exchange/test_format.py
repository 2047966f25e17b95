"""Pure formatting logic of the office exchange: mail merge, mailto batches, formula
safety, sheet names, vCard text. No database, no disk."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import unquote, urlsplit

import pytest

from wba_desktop.exchange import mailmerge as mm
from wba_desktop.exchange.mailto import (
    MailtoTooLong,
    address_text,
    mailto_batches,
    unique_addresses,
)
from wba_desktop.exchange.safety import csv_safe, is_formula_like
from wba_desktop.exchange.table import format_date, sheet_name
from wba_desktop.exchange.vcard import VCardPerson, file_stem, fold, unique_names, vcard_text

# -- mail merge ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("salutation", "expected"), [("Frau", "Frau"), ("Herr", "Herrn"), ("", ""), ("divers", "")]
)
def test_anrede(salutation, expected):
    assert mm.anrede(salutation) == expected


@pytest.mark.parametrize(
    ("salutation", "title", "last", "expected"),
    [
        ("Frau", "Dr.", "Heinze", "Sehr geehrte Frau Dr. Heinze,"),
        ("Herr", "", "Quandt", "Sehr geehrter Herr Quandt,"),
        ("Herr", "Prof. Dr.", "Quandt", "Sehr geehrter Herr Prof. Dr. Quandt,"),
        ("Frau", "Dipl.-Ing.", "Zettl", "Sehr geehrte Frau Zettl,"),
        ("Frau", "Dr.-Ing.", "Zettl", "Sehr geehrte Frau Dr. Zettl,"),
        ("", "Dr.", "Heinze", "Sehr geehrte Damen und Herren,"),
        ("Frau", "", "", "Sehr geehrte Damen und Herren,"),
    ],
)
def test_briefanrede(salutation, title, last, expected):
    assert mm.briefanrede(salutation, title, last) == expected


def test_din5008_full_address():
    lines = mm.din5008_lines(
        "Fantasiewerk Beispielstadt GmbH",
        "Personalentwicklung",
        "Frau",
        "Prof. Dr.",
        "Quirina",
        "Heinze",
        "Erfundene Straße 7",
        "06999",
        "Beispielstadt",
    )
    assert lines == [
        "Fantasiewerk Beispielstadt GmbH",
        "Frau Prof. Dr. Quirina Heinze",
        "Personalentwicklung",
        "Erfundene Straße 7",
        "06999 Beispielstadt",
        "",
    ]


def test_din5008_has_no_blank_lines_in_between_and_six_entries():
    lines = mm.din5008_lines("", "", "Herr", "", "Udo", "Xander", "", "39999", "Musterort")
    assert lines == ["Herrn Udo Xander", "39999 Musterort", "", "", "", ""]
    first_blank = lines.index("")
    assert all(line == "" for line in lines[first_blank:])


def test_din5008_organisation_only():
    lines = mm.din5008_lines("Verein Erdacht e. V.", "", "", "", "", "", "Weg 1", "", "Ort")
    assert lines == ["Verein Erdacht e. V.", "Weg 1", "Ort", "", "", ""]


def test_mail_merge_fields_for_an_organisation():
    fields = mm.mail_merge_fields("Verein Erdacht e. V.", street="Weg 1", city="Ort")
    assert len(fields) == len(mm.HEADERS) == 8
    assert fields[:2] == ["", "Sehr geehrte Damen und Herren,"]


# -- mailto ------------------------------------------------------------------------------


def _addresses(n: int) -> list[tuple[str, str]]:
    return [(f"Jörg Erfunden {i}", f"person.{i:03d}@beispiel-verband.example") for i in range(n)]


def test_300_addresses_split_below_2000_characters():
    batches = mailto_batches(_addresses(300))
    assert len(batches) > 1
    assert all(len(b.url) < 2000 for b in batches)
    carried = [a for b in batches for a in b.addresses]
    assert carried == [a for _, a in _addresses(300)]
    for b in batches:
        query = urlsplit(b.url).query
        assert b.url.startswith("mailto:?bcc=")
        assert unquote(query.removeprefix("bcc=")).split(";") == b.addresses


def test_names_never_reach_the_url():
    url = mailto_batches(_addresses(3))[0].url
    assert "J%C3%B6rg" not in url and "Jörg" not in url and "Erfunden" not in url


def test_comma_separator_and_sender_as_to():
    batches = mailto_batches(
        ["a@x.example", "b@y.example", "Me@Home.example"], ",", sender="me@home.example"
    )
    assert len(batches) == 1
    assert batches[0].url == "mailto:me@home.example?bcc=a@x.example,b@y.example"
    assert batches[0].addresses == ["a@x.example", "b@y.example"]
    with pytest.raises(ValueError):
        mailto_batches(["a@x.example"], separator="|")


def test_subject_and_body_are_percent_encoded():
    url = mailto_batches(
        ["a+tag@x.example"], subject="Einladung: Netzwerk & Größe?", body="Hallo,\nbis bald"
    )[0].url
    assert url == (
        "mailto:?bcc=a%2Btag@x.example"
        "&subject=Einladung%3A%20Netzwerk%20%26%20Gr%C3%B6%C3%9Fe%3F"
        "&body=Hallo%2C%0D%0Abis%20bald"
    )


def test_subject_counts_towards_the_limit():
    long_subject = "x" * 1500
    batches = mailto_batches(_addresses(100), subject=long_subject)
    assert all(len(b.url) < 2000 for b in batches)
    assert sum(len(b.addresses) for b in batches) == 100
    with pytest.raises(MailtoTooLong):
        mailto_batches(_addresses(2), subject="y" * 1990)


def test_dedupe_ignores_case_and_blanks():
    raw = ["A@X.example", "a@x.example", " ", "", ("Name", "b@y.example"), ("Ohne", "")]
    assert unique_addresses(raw) == ["A@X.example", "b@y.example"]
    batches = mailto_batches(raw)
    assert batches[0].addresses == ["A@X.example", "b@y.example"]
    assert mailto_batches([]) == []


def test_address_text_for_the_clipboard():
    assert address_text(["a@x.example", "A@x.example", "b@y.example"]) == (
        "a@x.example; b@y.example"
    )
    assert address_text(["a@x.example", "b@y.example"], ",") == "a@x.example, b@y.example"


# -- formula safety ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\t=x", "\r=x", "＝1+1"])
def test_formula_like_values_are_neutralised(value):
    assert is_formula_like(value)
    assert csv_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Halle (Saale)", "", "a=b", "0345 123", None, 42, "'quoted"])
def test_plain_values_pass(value):
    assert not is_formula_like(value)
    assert csv_safe(value) == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+49 3445 78937", "03445 78937"),
        ("+49 (0)345 1234-56", "0345 1234-56"),
        ("+49-340-502200", "0340-502200"),
        ("+49 170 000000", "0170 000000"),
        ("+493445 78937", "03445 78937"),
    ],
)
def test_german_phone_numbers_go_into_csv_in_national_form(value, expected):
    assert csv_safe(value) == expected


@pytest.mark.parametrize("value", ["+43 1 234567", "+49 345 =1+2", "+49", "+4930 x"])
def test_other_plus_values_keep_the_guard(value):
    assert csv_safe(value) == "'" + value


# -- sheet names and dates -----------------------------------------------------------------


def test_sheet_names_are_valid_and_unique():
    name = sheet_name("Verteiler: Einladung [Süd] / Netzwerktreffen*?")
    assert len(name) <= 31
    assert not set(name) & set("[]:*?/\\")
    assert sheet_name("Personen", ["personen"]) == "Personen (2)"
    assert len(sheet_name("x" * 40, ["x" * 31])) <= 31
    assert sheet_name("'''") == "Tabelle"


def test_format_date():
    assert format_date(date(2024, 3, 5)) == "05.03.2024"
    assert format_date(datetime(2024, 3, 5, 7, 9)) == "05.03.2024 07:09"
    assert format_date(None) == ""


# -- vCard ---------------------------------------------------------------------------------


def _person(**kw) -> VCardPerson:
    base = dict(
        last_name="Müller-Lüdenscheidt",
        first_name="Jörg",
        title="Dr.",
        organisation="Erfundene Kammer; Süd, Halle",
        department="Weiterbildung",
        function="Leiter Beratung, Förderung",
        email="joerg@kammer.example",
        phone="+49 345 000000",
        mobile="+49 170 000000",
        street="Gräfestraße 1",
        postcode="06999",
        city="Beispielstadt",
        updated_at=datetime(2024, 5, 1, 10, 0),
        id=7,
    )
    base.update(kw)
    return VCardPerson(**base)


def test_vcard_lines_and_escaping():
    text = vcard_text(_person())
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    lines = text.replace("\r\n ", "").split("\r\n")
    assert "N;CHARSET=UTF-8:Müller-Lüdenscheidt;Jörg;;Dr.;" in lines
    assert "FN;CHARSET=UTF-8:Dr. Jörg Müller-Lüdenscheidt" in lines
    assert "ORG;CHARSET=UTF-8:Erfundene Kammer\\; Süd\\, Halle;Weiterbildung" in lines
    assert "TITLE;CHARSET=UTF-8:Leiter Beratung\\, Förderung" in lines
    assert "EMAIL;TYPE=INTERNET,WORK:joerg@kammer.example" in lines
    assert "TEL;TYPE=WORK,VOICE:+49 345 000000" in lines
    assert "TEL;TYPE=CELL:+49 170 000000" in lines
    assert "ADR;CHARSET=UTF-8;TYPE=WORK:;;Gräfestraße 1;Beispielstadt;;06999;" in lines
    assert "REV:2024-05-01T10:00:00Z" in lines
    assert not any(line.startswith("NOTE") for line in lines)


def test_vcard_lines_are_folded_by_octets():
    text = vcard_text(_person(function="Ä" * 60, organisation="ö" * 200))
    physical = text.split("\r\n")
    assert max(len(line.encode("utf-8")) for line in physical) <= 75
    assert "TITLE;CHARSET=UTF-8:" + "Ä" * 60 in text.replace("\r\n ", "")


def test_fold_never_splits_a_character():
    folded = fold("x" + "€" * 50)
    for part in folded.split("\r\n"):
        part.encode("utf-8").decode("utf-8")
        assert len(part.encode("utf-8")) <= 75


def test_vcard_file_names_are_safe_and_unique():
    people = [
        _person(last_name="Groß", first_name="Jürgen"),
        _person(last_name="groß", first_name="jürgen"),
        _person(last_name="CON", first_name=""),
        _person(last_name="A/B:C*?", first_name="D"),
    ]
    names = [n for n, _ in unique_names(people)]
    assert names == ["Gross_Juergen.vcf", "gross_juergen_2.vcf", "_CON.vcf", "A_B_C_D.vcf"]
    assert file_stem(_person(last_name="ééé", first_name="")) == "eee"
