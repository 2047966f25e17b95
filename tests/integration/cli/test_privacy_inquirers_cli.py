"""``privacy anonymise-inquirers [--dry-run]``: the dry run lists the due inquirers by
number and changes nothing; the run anonymises exactly them; nobody due is exit 1."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests import databases
from tests.integration.privacy import inquirers as lq
from wba_desktop import cli
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.models import Person
from wba_desktop.services.bundle import Services


@pytest.fixture
def db(tmp_path, _sqlite_template):
    path = tmp_path / "wba.sqlite3"
    databases.copy_sqlite(_sqlite_template, path)
    engine = create_db_engine(f"sqlite:///{path}")
    services = Services.create(UnitOfWorkFactory(engine))
    old = lq.inquirer(services, "Alma", "Altfall")
    lq.inquiry(services, old, status=lq.CLOSED, closed_on=date(2024, 5, 2), description="Frage")
    recent = lq.inquirer(services, "Rita", "Neufall")
    lq.inquiry(services, recent, status=lq.CLOSED, closed_on=date.today() - timedelta(days=30))
    engine.dispose()
    return path, old, recent


def _anonymised(path) -> set[int]:
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        with Services.create(UnitOfWorkFactory(engine)).uow() as uow:
            rows = uow.session.query(Person.id).filter(Person.anonymised_on.is_not(None))
            return {pid for (pid,) in rows}
    finally:
        engine.dispose()


def test_dry_run_then_run_then_nothing_left(db, capsys):
    path, old, recent = db
    args = ["privacy", "anonymise-inquirers", "--db", str(path)]
    assert cli.main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 Ratsuchende/r fällig (Anonymisierung 6 Monate nach Abschluss)" in out
    assert f"Nr. {old}: letzte Anfrage abgeschlossen am 02.05.2024" in out
    assert "Altfall" not in out and "Probelauf" in out
    assert _anonymised(path) == set()

    assert cli.main(args) == 0
    assert "1 Ratsuchende/r unwiderruflich anonymisiert." in capsys.readouterr().out
    assert _anonymised(path) == {old}

    assert cli.main(["privacy", "ratsuchende-anonymisieren", "--db", str(path)]) == 1
    assert "Keine Ratsuchenden fällig" in capsys.readouterr().out
    assert recent not in _anonymised(path)
