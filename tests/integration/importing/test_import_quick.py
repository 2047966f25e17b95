"""The import preview's quick paths give exactly what the full checks give.

The planner takes shortcuts for the common row: a person whose fields all pass is built
without ``people.validate`` (``rows._plain_person``), and rows repeating the cells of an
organisation linked by name and city reuse that link (``Planner._org_links``). Here a
messy file is planned with and without the shortcuts, and every row, organisation and
person of both plans must be the same. All names are invented.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from wba_desktop.exchange.mapping import suggest
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing import planner as planner_module
from wba_desktop.services.importing import rows as rows_module
from wba_desktop.services.importing.service import ImportService

HEADER = [
    "Firma", "PLZ Ort", "Anrede", "Titel", "Vorname", "Nachname", "Name", "E-Mail", "Telefon",
    "Mobil", "Notizen", "Funktion",
]  # fmt: skip
FIRMS = [
    ("Metallbau Zöllner GmbH", "06108 Halle (Saale)"),
    ("Metallbau Zöllner GmbH", "39104 Magdeburg"),  # same name, another city
    ("Metallbau Zöllner GmbH", ""),  # same name, no address
    ("Bildungswerk Elbaue", "06366 Köthen (Anhalt)"),
    ("Pflegedienst Sonnenschein e.V.", "06844 Dessau-Roßlau"),
    ("", ""),
]
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
        firm, place = rng.choice(FIRMS)
        full = rng.choice(FULL) if rng.random() < 0.2 else ""
        first, last = ("", "") if full else (rng.choice(FIRST), rng.choice(LAST))
        row = [
            firm, place, rng.choice(SALUTATIONS), rng.choice(TITLES), first, last, full,
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
    if isinstance(value, OrganisationData | PersonData) or dataclasses.is_dataclass(value):
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
    assert {"full_name", "last_name", "salutation", "notes"} <= set(mapping.columns.values())
    service = ImportService(services.uow)
    quick = service.plan(rows, mapping)

    monkeypatch.setattr(rows_module, "_plain_person", lambda *args: None)
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


def test_the_quick_person_is_taken_for_most_plain_rows(services, monkeypatch):
    """The shortcut is really used (else the test above compares the full path twice)."""
    calls = {"quick": 0, "built": 0}
    plain = rows_module._plain_person

    def counting(*args):
        calls["quick"] += 1
        data = plain(*args)
        calls["built"] += data is not None
        return data

    monkeypatch.setattr(rows_module, "_plain_person", counting)
    ImportService(services.uow).plan(rows := messy_rows(300, 5), suggest(rows))
    assert calls["built"] > 20 and calls["quick"] > calls["built"]
