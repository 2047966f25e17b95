"""An English user meets English messages from real service calls: validation, an
import row's reasons and a broken file in the CLI; German stays the default.

All organisations and people here are invented.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wba_desktop import i18n
from wba_desktop.cli import main
from wba_desktop.errors import ValidationError
from wba_desktop.exchange.mapping import suggest
from wba_desktop.models import Organisation
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.importing.service import ImportService

ROWS = [
    ["Firma", "Ort", "Vorname", "Nachname", "E-Mail"],
    ["Beispiel Metallbau GmbH", "Musterstadt", "Erika", "Probe", "erika(at)beispiel"],
]


@pytest.fixture(autouse=True)
def german_afterwards():
    yield
    i18n.set_language("de")


def _save_nameless(services) -> ValidationError:
    types = services.reference.organisation_types()
    with pytest.raises(ValidationError) as caught:
        services.organisations.create(OrganisationData(name="  ", type_id=types[0].id))
    return caught.value


def _organisations(uow_factory) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(Organisation))


def test_validation_in_english_and_german(services, uow_factory):
    before = _organisations(uow_factory)
    i18n.set_language("en")
    err = _save_nameless(services)
    assert err.errors == {"name": "Name: Please fill in."}
    assert str(err) == "Name: Please fill in."
    i18n.set_language("de")
    assert _save_nameless(services).errors == {"name": "Name: Bitte ausfüllen."}
    assert _organisations(uow_factory) == before  # nothing saved


def test_several_fields_at_once_in_english(services):
    i18n.set_language("en")
    with pytest.raises(ValidationError) as caught:
        services.organisations.create(
            OrganisationData(name="Beispiel GmbH", postcode="123", email="x@", influence=9)
        )
    errors = caught.value.errors
    assert errors["type_id"] == "Kind: Please choose a kind of organisation."
    assert errors["postcode"] == "Postcode: „123“ is not a postcode of 5 digits."
    assert errors["email"] == "E-mail: „x@“ is not a valid e-mail address."
    assert errors["influence"] == "Influence: Please choose a value from 1 to 5."


def _reasons(services) -> list[str]:
    plan = ImportService(services.uow).plan(ROWS, suggest(ROWS))
    (row,) = plan.rejected
    return row.reasons


def test_import_row_error_in_english_and_german(services):
    i18n.set_language("en")
    assert _reasons(services) == [
        "Row 2, Column E „E-Mail“: „erika(at)beispiel“ is not a valid e-mail address."
    ]
    i18n.set_language("de")
    assert _reasons(services) == [
        "Zeile 2, Spalte E „E-Mail“: „erika(at)beispiel“ ist keine gültige E-Mail-Adresse."
    ]


def test_cli_error_in_english(db_url, tmp_path, capsys, monkeypatch):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 kaputt")
    monkeypatch.setenv("WBA_LANGUAGE", "en")
    assert main(["--db", db_url, "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == "Error: The file „kaputt.xlsx“ is damaged (not a valid ZIP archive).\n"
    monkeypatch.delenv("WBA_LANGUAGE")
    assert main(["--db", db_url, "import", str(path)]) == 2
    assert capsys.readouterr().err.startswith("Fehler: Die Datei „kaputt.xlsx“ ist beschädigt")
