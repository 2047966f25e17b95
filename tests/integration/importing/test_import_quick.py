"""The import preview's quick paths give exactly what the full checks give.

The planner takes shortcuts for the common row: a person or organisation whose fields
all pass is built without ``people.validate`` or ``organisations.validate``
(``rows._plain_person``, ``rows._plain_organisation``), and rows repeating the cells of an
organisation linked by name and city reuse that link (``Planner._org_links``). Here a
messy file is planned with and without the shortcuts, and every row, organisation and
person of both plans must be the same. All names are invented.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from wba_desktop.exchange.mapping import suggest
from wba_desktop.services.importing import planner as planner_module
from wba_desktop.services.importing import rows as rows_module
from wba_desktop.services.importing.service import ImportService

HEADER = [
    "Firma", "Kurzname", "Art", "Straße", "Hausnummer", "PLZ Ort", "Landkreis", "Website",
    "E-Mail Zentrale", "Telefon Zentrale", "Branche", "Bemerkung Organisation", "Anrede",
    "Titel", "Vorname", "Nachname", "Name", "E-Mail", "Telefon", "Mobil", "Notizen",
    "Funktion",
]  # fmt: skip
FIRMS = [
    ("Metallbau Zöllner GmbH", "MZ", "Unternehmen", "Hauptstraße", "7", "06108 Halle (Saale)",
     "", "www.zoellner.example", "info@zoellner.example", "0345 1234567", "Metall", ""),
    ("Metallbau Zöllner GmbH", "", "", "", "", "39104 Magdeburg", "", "", "", "", "", ""),
    ("Metallbau Zöllner GmbH", "", "Firma", "", "", "", "", "", "", "", "", ""),
    ("Bildungswerk Elbaue", "BWE", "Träger", "Am Anger", "2a", "06366 Köthen (Anhalt)",
     "Anhalt-Bitterfeld", "https://elbaue.example", "", "03496 123456", "", "Partner seit 2019"),
    ("Pflegedienst Sonnenschein e.V.", "", "Raumschiff", "", "", "06844 Dessau-Roßlau",
     "Atlantis", "", "zentrale(at)sonne", "12", "", ""),
    ("Kaputt\x00 GmbH", "", "", "", "", "0636 Köthen", "", "", "", "", "", "Rückruf\x00"),
    ("N" * 210, "K" * 40, "", "S" * 130, "", "06108 Halle (Saale)", "", "", "", "", "b" * 300, ""),
    (" Werkstatt\u200b Süd ", "", "Verein", "", "", "0636 Köthen", "HZ", "", "", "", "", ""),
    ("", "", "Unternehmen", "Nebenweg", "", "39104 Magdeburg", "", "", "", "", "", ""),
]  # fmt: skip
SALUTATIONS = ["", "Frau", "Herrn", "Hr.", "Frau Dr.", "Mx", "Eure Exzellenz", " Herr "]
TITLES = ["", "Dr.", "Prof. Dr.", "x" * 70]
FIRST = ["Änne", "Jörg", "Ute", "", " Till ", "Zoë", "A\u0308nne", "\u200bLea", "Ines\u202e"]
LAST = [
    "Mühlberg", "Kräuter", "Brösel", "", "\u200b", "Schön\x00feld", "y" * 130, "Große ",
    "Pötschke\ud800",
]  # fmt: skip
FULL = ["", "Frau Dr. Änne Mühlberg", "Kräuter, Jörg", "Karl von der Heide", "Herr"]
EMAILS = [
    "", "a.b@firma.example", "A.B@Firma.Example", "kaputt(at)firma", "ä@x.example",
    "a b@x.example", "a@x.test", " c.d@firma.example ",
]  # fmt: skip
PHONES = ["", "0345 1234567", "+49 391 502200", "12", "0171/1234567", "0800 1234567", "0340-5022"]
NOTES = ["", "kennt die Kammer gut", "Rückruf\x00", "z" * 300]
FUNCTIONS = ["", "Geschäftsführung", "f" * 130]


def messy_rows(n: int, seed: int) -> list[list]:
    rng = random.Random(seed)
    rows: list[list] = [["Partnerliste (erfunden)"], [], HEADER]
    for _ in range(n):
        firm = list(rng.choice(FIRMS))
        if rng.random() < 0.1:  # the same organisation written a little differently
            firm[rng.randrange(1, len(firm))] = rng.choice(["", "x", "06108 Halle (Saale)"])
        full = rng.choice(FULL) if rng.random() < 0.2 else ""
        first, last = ("", "") if full else (rng.choice(FIRST), rng.choice(LAST))
        row = [
            *firm, rng.choice(SALUTATIONS), rng.choice(TITLES), first, last, full,
            rng.choice(EMAILS), rng.choice(PHONES), rng.choice(PHONES), rng.choice(NOTES),
            rng.choice(FUNCTIONS),
        ]  # fmt: skip
        rows.append([cell or None for cell in row])
        if rng.random() < 0.3:  # the same row again, as lists exported twice have it
            rows.append(list(rows[-1]))
    return rows


class _Forgetful(dict):
    """A link cache that keeps nothing: every row is linked the full way."""

    def __setitem__(self, key, value) -> None:
        return None


def _plain(value):
    if dataclasses.is_dataclass(value):  # rows, planned records, their data
        return {k: _plain(v) for k, v in vars(value).items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _picture(plan) -> dict:
    return {
        "rows": [_plain(r) for r in plan.rows],
        "orgs": [_plain(o) for o in plan.organisations],
        "people": [_plain(p) for p in plan.people],
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_quick_paths_plan_what_the_full_checks_plan(services, monkeypatch, seed):
    rows = messy_rows(400, seed)
    mapping = suggest(rows)
    fields = {"full_name", "last_name", "salutation", "notes", "org_email", "org_notes"}
    assert fields <= set(mapping.columns.values())
    service = ImportService(services.uow)
    quick = service.plan(rows, mapping)

    monkeypatch.setattr(rows_module, "_plain_person", lambda *args: None)
    monkeypatch.setattr(rows_module, "_plain_organisation", lambda *args: None)
    init = planner_module.Planner.__init__

    def forgetful_init(self, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        self._org_links = _Forgetful()

    monkeypatch.setattr(planner_module.Planner, "__init__", forgetful_init)
    full = service.plan(rows, mapping)

    assert _picture(quick) == _picture(full)
    statuses = {r.status for r in quick.rows}
    assert statuses == {"new", "match", "rejected"}  # every kind of row was planned
    assert any(r.warnings for r in quick.rows)


def test_the_quick_paths_are_taken_for_plain_rows(services, monkeypatch):
    """The shortcuts are really used (else the test above compares the full path twice)."""
    calls = {name: [0, 0] for name in ("_plain_person", "_plain_organisation")}

    def counting(name):
        quick = getattr(rows_module, name)

        def call(*args):
            data = quick(*args)
            calls[name][0] += 1
            calls[name][1] += data is not None
            return data

        return call

    for name in calls:
        monkeypatch.setattr(rows_module, name, counting(name))
    ImportService(services.uow).plan(rows := messy_rows(300, 5), suggest(rows))
    for tried, built in calls.values():
        assert built >= 2 and tried > built
