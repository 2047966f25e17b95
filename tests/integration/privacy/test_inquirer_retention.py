"""Automatic anonymisation of private inquirers N months (setting, default 6) after
their last inquiry was closed or cancelled, when none is open any more: exactly the
due ones, the same way as an erasure (ledger, free texts of the inquiries)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.integration.privacy import inquirers as lq
from wba_desktop.errors import ValidationError
from wba_desktop.models import Person
from wba_desktop.models.lotsen import Inquiry
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.lotsen.retention import months_before

TODAY = date(2026, 7, 15)


@pytest.fixture
def folk(services) -> dict[str, int]:
    def closed(first: str, on: date, status: str = lq.CLOSED) -> int:
        pid = lq.inquirer(services, first, "Fragesteller")
        lq.inquiry(
            services, pid, status=status, received_on=date(2025, 1, 2), closed_on=on,
            description=f"{first} sucht Rat",
        )  # fmt: skip
        return pid

    out = {
        "seven": closed("Sieben", date(2025, 12, 15)),
        "five": closed("Fünf", date(2026, 2, 15)),
        "exactly": closed("Genau", date(2026, 1, 15)),
        "cancelled": closed("Abbruch", date(2025, 11, 3), lq.CANCELLED),
        "thirteen": closed("Dreizehn", date(2025, 6, 1)),
    }
    out["open"] = closed("Offen", date(2025, 10, 1))
    lq.inquiry(services, out["open"], status=lq.REFERRED, received_on=date(2026, 1, 5))
    # a company's contact person in the directory: never anonymised by this
    contact = services.people.create(PersonData(first_name="Kurt", last_name="Firmenkontakt")).id
    lq.inquiry(services, contact, status=lq.CLOSED, closed_on=date(2025, 1, 10))
    out["contact"] = contact
    return out


def test_due_are_exactly_those_past_the_months(services, folk):
    due = dict(services.inquirer_retention.due(TODAY))
    assert set(due) == {folk[k] for k in ("seven", "exactly", "cancelled", "thirteen")}
    assert due[folk["seven"]] == date(2025, 12, 15)
    services.settings.set("lotsen_anonymise_months", 12)
    assert {pid for pid, _d in services.inquirer_retention.due(TODAY)} == {folk["thirteen"]}


def test_anonymise_due_anonymises_them_like_an_erasure(services, folk):
    assert services.inquirer_retention.anonymise_due(TODAY) == 4
    with services.uow() as uow:
        s = uow.session
        gone = set(s.scalars(select(Person.id).where(Person.anonymised_on.is_not(None))))
        assert gone == {folk[k] for k in ("seven", "exactly", "cancelled", "thirteen")}
        descriptions = dict(s.execute(select(Inquiry.person_id, Inquiry.description)).all())
        assert descriptions[folk["seven"]] == "[gelöscht]"
        assert descriptions[folk["five"]] == "Fünf sucht Rat"
        assert s.get(Person, folk["contact"]).last_name == "Firmenkontakt"
    assert sorted(services.erasure.ledger_ids()) == sorted(gone)
    assert services.inquirer_retention.due(TODAY) == []
    assert services.inquirer_retention.anonymise_due(TODAY) == 0  # nothing twice


def test_an_inquirer_without_inquiry_counts_from_the_record(services):
    pid = lq.inquirer(services, "Waise", "Ohneanfrage")
    assert services.inquirer_retention.due(date.today()) == []
    later = months_before(date.today(), -7)
    assert [p for p, _d in services.inquirer_retention.due(later)] == [pid]


def test_months_setting(services):
    retention = services.inquirer_retention
    assert retention.months() == 6
    retention.set_months(12)
    assert retention.months() == 12 and services.settings.get("lotsen_anonymise_months") == 12
    for wrong in (0, 61, "7", True):
        with pytest.raises(ValidationError) as refused:
            retention.set_months(wrong)
        assert "Monaten" in refused.value.errors["lotsen_anonymise_months"]
    assert retention.months() == 12


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 7, 15), 6, date(2026, 1, 15)),
        (date(2026, 8, 31), 6, date(2026, 2, 28)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 10), 13, date(2024, 12, 10)),
        (date(2026, 1, 31), -1, date(2026, 2, 28)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
