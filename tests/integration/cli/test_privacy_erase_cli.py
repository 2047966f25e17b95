"""``privacy erase PERSON [--yes]``: refusal without --yes, ambiguous names listed, an
e-mail or "Vorname Nachname" found, the person anonymised, a second time refused."""

from __future__ import annotations

import pytest

from tests import databases
from tests.integration.privacy import rich_person
from wba_desktop import cli
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.people import PersonData


@pytest.fixture
def db(tmp_path, _sqlite_template):
    path = tmp_path / "wba.sqlite3"
    databases.copy_sqlite(_sqlite_template, path)
    engine = create_db_engine(f"sqlite:///{path}")
    services = Services.create(UnitOfWorkFactory(engine))
    rich = rich_person.build(services)
    services.people.create(PersonData(last_name="Beispielmann", first_name="Olga"))
    engine.dispose()
    return path, rich


def _person(path, pid):
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        return Services.create(UnitOfWorkFactory(engine)).people.get(pid).data
    finally:
        engine.dispose()


def test_without_yes_says_what_would_go(db, capsys):
    path, rich = db
    code = cli.main(["privacy", "erase", rich_person.EMAIL, "--db", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"„Dr. {rich_person.FIRST} {rich_person.LAST}“ würde anonymisiert" in out
    assert "1 Zuordnung zu einer Organisation" in out and "Mit --yes" in err
    assert _person(path, rich.person_id).email == rich_person.EMAIL


def test_ambiguous_lists_and_changes_nothing(db, capsys):
    path, rich = db
    code = cli.main(["privacy", "erase", "Beispielmann", "--yes", "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "mehrere Personen" in err and "Otto Beispielmann" in err and "Olga" in err
    assert _person(path, rich.other_id).last_name == "Beispielmann"


def test_erase_by_name_then_twice(db, capsys):
    path, rich = db
    name = f"{rich_person.FIRST} {rich_person.LAST}"
    assert cli.main(["privacy", "erase", name, "--yes", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"„Person {rich.person_id} (anonymisiert)“ wurde unwiderruflich anonymisiert" in out
    assert rich_person.LAST.encode() not in path.read_bytes()
    # by name it is not found any more; by id the second time is refused
    assert cli.main(["privacy", "erase", name, "--yes", "--db", str(path)]) == 2
    assert "keine Person" in capsys.readouterr().err
    code = cli.main(["privacy", "erase", str(rich.person_id), "--yes", "--db", str(path)])
    assert code == 2
    assert "bereits am" in capsys.readouterr().err
    assert cli.main(["privacy", "erase", "424242", "--yes", "--db", str(path)]) == 2
    assert "Nummer 424242" in capsys.readouterr().err
