"""The list of people not yet informed (Art. 14): who is on it, the Serienbrief of the
information letter, marking as informed (and refusing a date in the future)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import select, update

from tests.integration.services.privacy_support import make_namesakes
from wba_desktop.errors import ValidationError
from wba_desktop.models import Disclosure, Person


@pytest.fixture
def pair(uow_factory):
    a, b = make_namesakes(uow_factory)
    old = datetime.now() - timedelta(days=45)
    with uow_factory() as uow:
        uow.session.execute(update(Person).values(created_at=old))
        uow.commit()
    return a, b


def _set(uow_factory, person_id, **values) -> None:
    with uow_factory() as uow:
        uow.session.execute(update(Person).where(Person.id == person_id).values(**values))
        uow.commit()


def test_who_is_listed(services, uow_factory, pair):
    a, b = pair
    rows = services.uninformed.rows()
    assert {r.id for r in rows} == {a.id, b.id}
    row = next(r for r in rows if r.id == a.id)
    assert (row.organisation, row.email, row.data_source) == (
        "Werkstatt -A-",
        a.email,
        "Visitenkarte -A-",
    )
    assert row.created_at.date() == (datetime.now() - timedelta(days=45)).date()
    _set(uow_factory, a.id, created_at=datetime.now() - timedelta(days=10))  # a month not over
    _set(uow_factory, b.id, informed_on=date(2026, 1, 2))
    assert services.uninformed.rows() == []
    _set(uow_factory, a.id, created_at=datetime.now() - timedelta(days=31))
    _set(uow_factory, a.id, anonymised_on=date.today())
    assert services.uninformed.rows() == []


def test_letters_and_marking(services, uow_factory, pair, tmp_path):
    a, b = pair
    result = services.uninformed.export_letters([a.id], tmp_path / "brief.xlsx")
    assert result.rows == 1
    ws = openpyxl.load_workbook(result.path).worksheets[0]
    header = [c.value for c in ws[1]]
    for field in ("Vorname", "Nachname", "Anrede", "Briefanrede", "Adresszeile 1"):
        assert field in header
    values = dict(zip(header, [c.value for c in ws[2]], strict=False))
    assert values["Briefanrede"] == "Sehr geehrte Frau Quastenberg,"
    assert values["Adresszeile 1"] == "Werkstatt -A-"
    with uow_factory() as uow:
        assert uow.session.scalar(select(Disclosure.what).order_by(Disclosure.id.desc()))
    with pytest.raises(ValidationError, match="Zukunft"):
        services.uninformed.mark_informed([a.id], date.today() + timedelta(days=1))
    with pytest.raises(ValidationError):
        services.uninformed.export_letters([], tmp_path / "leer.xlsx")
    assert services.uninformed.mark_informed([a.id]) == 1
    assert services.uninformed.mark_informed([a.id]) == 0  # informed already: date kept
    assert [r.id for r in services.uninformed.rows()] == [b.id]
    with uow_factory() as uow:
        assert uow.session.get(Person, a.id).informed_on == date.today()
