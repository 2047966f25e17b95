"""Field checks shared by the services: cleaned values and German messages."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.errors import ValidationError
from wba_desktop.services import validation as v


@pytest.fixture
def c() -> v.Collector:
    return v.Collector()


# -- Collector ------------------------------------------------------------------


def test_collector_keeps_first_message_per_field_and_raises_all(c):
    c.add("email", "E-Mail: erste")
    c.add("email", "E-Mail: zweite")
    c.add("postcode", "PLZ: falsch")
    with pytest.raises(ValidationError) as info:
        c.raise_if_any()
    assert info.value.errors == {"email": "E-Mail: erste", "postcode": "PLZ: falsch"}
    assert "E-Mail: erste" in str(info.value) and "PLZ: falsch" in str(info.value)


def test_collector_without_errors_does_not_raise(c):
    c.raise_if_any()
    assert c.errors == {}


def test_check_required_names_the_field(c):
    v.check_required(c, "name", "Name", "")
    v.check_required(c, "city", "Ort", "Köthen")
    assert list(c.errors) == ["name"]
    assert c.errors["name"].startswith("Name:")


def test_clean_text():
    assert v.clean_text("  Köthen \n") == "Köthen"
    assert v.clean_text(None) == ""


# -- e-mail ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("info@ihk-halle.de", "info@ihk-halle.de"),
        ("  kontakt@wba-sachsen-anhalt.de ", "kontakt@wba-sachsen-anhalt.de"),
        ("K.Heinze@Example.DE", "K.Heinze@example.de"),  # only the domain is folded
        ("post@müller-bau.de", "post@müller-bau.de"),  # IDN domain
    ],
)
def test_valid_email_is_cleaned(c, raw, cleaned):
    assert v.clean_email(c, "email", raw) == cleaned
    assert c.errors == {}


@pytest.mark.parametrize(
    "raw", ["foo@", "@example.de", "ohne-at.de", "a b@example.de", "x@y", "info@@ihk.de"]
)
def test_invalid_email_is_rejected_with_german_message(c, raw):
    assert v.clean_email(c, "email", raw) == raw.strip()
    assert set(c.errors) == {"email"}
    message = c.errors["email"]
    assert message.startswith("E-Mail:")
    assert raw.strip() in message
    assert "gültige" in message


def test_empty_email_is_allowed(c):
    assert v.clean_email(c, "email", "   ") == ""
    assert v.clean_email(c, "email", None) == ""
    assert c.errors == {}


def test_email_error_uses_given_field_key(c):
    v.clean_email(c, "contact_email", "kaputt")
    assert list(c.errors) == ["contact_email"]


# -- phone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("0340 502200", "+49 340 502200"),
        ("0391/5693-0", "+49 391 56930"),
        ("(0345) 1234567", "+49 345 1234567"),
        ("+49 (0)345 1234567", "+49 345 1234567"),
        ("0049 340 502200", "+49 340 502200"),
        ("0171 1234567", "+49 171 1234567"),
    ],
)
def test_phone_is_normalised_to_international_format(c, raw, cleaned):
    assert v.clean_phone(c, "phone", "Telefon", raw) == cleaned
    assert c.errors == {}


@pytest.mark.parametrize("raw", ["12", "abc", "0340"])
def test_invalid_phone_is_rejected_naming_the_field(c, raw):
    assert v.clean_phone(c, "phone", "Telefon", raw) == raw
    assert set(c.errors) == {"phone"}
    assert c.errors["phone"].startswith("Telefon:")
    assert raw in c.errors["phone"]


def test_phone_label_is_used_in_message(c):
    v.clean_phone(c, "mobile", "Mobil", "12")
    assert c.errors["mobile"].startswith("Mobil:")


def test_empty_phone_is_allowed(c):
    assert v.clean_phone(c, "phone", "Telefon", "") == ""
    assert v.clean_phone(c, "phone", "Telefon", None) == ""
    assert c.errors == {}


# -- postcode -------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["06366", " 39104 "])
def test_valid_postcode(c, raw):
    assert v.clean_postcode(c, "postcode", raw) == raw.strip()
    assert c.errors == {}


@pytest.mark.parametrize("raw", ["1234", "ABCDE", "123456", "0636 6", "D-06366"])
def test_invalid_postcode_is_rejected_with_plz(c, raw):
    v.clean_postcode(c, "postcode", raw)
    assert set(c.errors) == {"postcode"}
    assert c.errors["postcode"].startswith("PLZ:")
    assert "5 Ziffern" in c.errors["postcode"]


def test_empty_postcode_is_allowed(c):
    assert v.clean_postcode(c, "postcode", "") == ""
    assert c.errors == {}


# -- period, range, choice --------------------------------------------------------


def test_period_with_end_before_start_is_rejected(c):
    v.check_period(c, date(2024, 5, 1), date(2024, 4, 30))
    assert set(c.errors) == {"valid_until"}
    message = c.errors["valid_until"]
    assert message.startswith("Bis:")
    assert "30.04.2024" in message and "01.05.2024" in message


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2024, 5, 1), date(2024, 5, 1)),
        (date(2024, 5, 1), date(2025, 1, 1)),
        (None, date(2024, 1, 1)),
        (date(2024, 1, 1), None),
        (None, None),
    ],
)
def test_valid_or_open_periods_pass(c, start, end):
    v.check_period(c, start, end)
    assert c.errors == {}


@pytest.mark.parametrize(
    ("value", "ok"), [(None, True), (1, True), (5, True), (0, False), (6, False)]
)
def test_check_range(c, value, ok):
    v.check_range(c, "influence", "Einfluss", value, 1, 5)
    if ok:
        assert c.errors == {}
    else:
        assert c.errors["influence"] == "Einfluss: Bitte einen Wert von 1 bis 5 wählen."


def test_check_choice(c):
    v.check_choice(c, "salutation", "Anrede", "Frau", ("Frau", "Herr", ""))
    v.check_choice(c, "stance", "Haltung", "", ("Offen",))
    assert c.errors == {}
    v.check_choice(c, "salutation", "Anrede", "Mx", ("Frau", "Herr", ""))
    assert c.errors["salutation"].startswith("Anrede:")


# -- website ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("www.ihk-halle.de", "https://www.ihk-halle.de"),
        ("  ihk-halle.de ", "https://ihk-halle.de"),
        ("http://example.de", "http://example.de"),
        ("HTTPS://Example.de", "HTTPS://Example.de"),
        ("", ""),
        (None, ""),
    ],
)
def test_website_gets_https_scheme_only_when_missing(raw, cleaned):
    assert v.clean_website(raw) == cleaned


@pytest.mark.parametrize(
    "raw",
    ["max muster@firma.de", "max@firma .de", "max\t@firma.de", "max.firma.de", "max\u00a0@x.de"],
)
def test_the_quick_email_refusal_is_the_librarys_answer(c, raw):
    """Addresses with a space or without „@“ are refused before email_validator is
    asked; it refuses them too."""
    from email_validator import EmailNotValidError, validate_email

    with pytest.raises(EmailNotValidError):
        validate_email(raw, check_deliverability=False)
    assert v.clean_email(c, "email", raw) == raw
    assert c.errors["email"] == f"E-Mail: „{raw}“ ist keine gültige E-Mail-Adresse."


def test_check_texts_finds_what_the_one_test_for_all_fields_would_miss():
    """All texts are tested at once first; a text too long for its own (short) column,
    a NUL or half a Unicode character in any field is still named by its field."""
    from wba_desktop.models import Person
    from wba_desktop.services.directory.people import PersonData

    def errors(**values) -> dict[str, str]:
        c = v.Collector()
        v.check_texts(
            c, PersonData(**{"last_name": "Kräuter", "first_name": "Änne", **values}), Person
        )
        return c.errors

    assert errors(title="Dr.", notes="Lange Notiz " * 500) == {}  # a text column: no limit
    assert set(errors(salutation="F" * 11)) == {"salutation"}  # 10 characters at most
    assert set(errors(title="Prof.\x00")) == {"title"}
    assert set(errors(first_name="Jörg\ud800")) == {"first_name"}
    assert errors(title="Dr. rer. nat.") == {}
