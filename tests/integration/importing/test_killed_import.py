"""Kill trials of the import: a process running a real import of 1,500 rows (1,500
organisations and 1,500 people, linked; through ``Services.importer``: plan, then apply
with its "vor-import" backup and one transaction) is killed (SIGKILL) at random moments,
20 times. Afterwards every database passes ``PRAGMA integrity_check`` and
``foreign_key_check``, holds either none or all of the imported organisations, people
and affiliations (counted: never a part), opens at the newest revision, and every
listed backup is complete and holds the content from before the import.

The kill moments follow the duration of the import, measured by one undisturbed run
and then by the trials (``tests.kill_trials.KillMoments``), so that the backup, the
rows, the flush, the commit and the time after it all get kills. The child's SQLite
cache is tiny, so the flush writes its pages to the -wal file as it goes (as a big
import does): some kills land while uncommitted pages are on disk, which must be
rolled back. (A pause in the progress callback would only stretch the row loop, which
writes nothing.) All people and organisations are invented."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from tests import databases
from tests.kill_trials import KillMoments, run_child
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.backup import BEFORE_IMPORT, list_backups
from wba_desktop.db.migrate import HEAD_REVISION, ensure_schema
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisation_rules import OrganisationData
from wba_desktop.services.directory.people import PersonData

CHILD = """
import sys
from sqlalchemy import event
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.services.bundle import Services
from tests.kill_trials import done, started

target, source = sys.argv[1:3]
engine = create_db_engine("sqlite:///" + target)


@event.listens_for(engine, "connect")
def small_cache(dbapi_connection, _record):
    # a cache too small for the import: its pages go to the -wal file while it writes
    dbapi_connection.execute("PRAGMA cache_size=16")


ensure_schema(engine)  # as the app does at the start: the file is in WAL mode now
importer = Services.create(UnitOfWorkFactory(engine)).importer
rows = read_rows(source)
plan = importer.plan(rows, suggest(rows))
assert not plan.rejected, plan.rejected[:3]
started()
importer.apply(plan)
done()
"""

ROWS = 1500
TRIALS = 20
OLD = 4  # organisations, people and affiliations before the import

FIRST = ["Jürgen", "Käthe", "Björn", "Ülrike", "Sönke", "Märta", "Gökhan", "Ines"]
LAST = ["Größe", "Lüdecke", "Krämer", "Wöhlert", "Pötschke", "Schäfer", "Brösel", "Zöllner"]
CITIES = [("06108", "Halle (Saale)"), ("39104", "Magdeburg"), ("06844", "Dessau-Roßlau")]


def _old_content(services: Services) -> None:
    """OLD invented organisations, each with one person."""
    kind = services.reference.organisation_types()[0].id
    for i in range(OLD):
        org = services.organisations.create(
            OrganisationData(name=f"Altbestand {i} Bildungswerk e.V.", type_id=kind, city="Halle")
        )
        person = services.people.create(
            PersonData(first_name="Änne", last_name=f"Altmann{i}", email=f"alt{i}@alt.example")
        )
        services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))


def _import_file(path: Path) -> Path:
    """ROWS rows, each a new organisation with a new person, as Excel writes a German CSV."""
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Firma", "Vorname", "Nachname", "E-Mail", "PLZ", "Ort", "Funktion"])
        for i in range(ROWS):
            postcode, city = CITIES[i % len(CITIES)]
            last = f"{LAST[i % len(LAST)]}-{i}"
            out.writerow(
                [f"Werkstatt {LAST[i // 7 % len(LAST)]} Nr. {i} GmbH", FIRST[i % len(FIRST)],
                 last, f"kontakt{i}@werkstatt{i}.example", postcode, city, "Geschäftsführung"]
            )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory, _sqlite_template):
    """(the database before the import, the file to import)."""
    root = tmp_path_factory.mktemp("killimport")
    old = root / "vorher.sqlite3"
    engine = create_db_engine(databases.copy_sqlite(_sqlite_template, old))
    _old_content(Services.create(UnitOfWorkFactory(engine)))
    engine.dispose()
    databases.self_contained(old)
    return old, _import_file(root / "kontakte.csv")


def _data(folder: Path) -> dict[str, str]:
    """The child's environment: its data folder (the backups go there)."""
    return {"WBA_DATA_DIR": str(folder)}


def _state(path: Path) -> tuple[str, list, tuple[int, int, int]]:
    """(integrity check, broken links, (organisations, people, affiliations))."""
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        counts = tuple(
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("organisation", "person", "affiliation")
        )
    finally:
        con.close()
    return integrity, broken, counts


@pytest.mark.slow
def test_a_killed_import_leaves_none_or_all_of_its_rows(files, tmp_path):
    old, source = files
    before = (OLD, OLD, OLD)
    after = (OLD + ROWS, OLD + ROWS, OLD + ROWS)
    probe = tmp_path / "probe.sqlite3"
    probe.write_bytes(old.read_bytes())
    # one undisturbed run tells how long the import takes on this machine
    took = run_child(CHILD, [probe.as_posix(), source.as_posix()], env=_data(tmp_path / "probe"))
    assert _state(probe) == ("ok", [], after)
    moments = KillMoments(took, TRIALS, "import")
    outcomes = {before: 0, after: 0}
    finished = while_writing = 0
    for i, moment in enumerate(moments):
        target = tmp_path / f"ziel{i}.sqlite3"
        target.write_bytes(old.read_bytes())
        data = tmp_path / f"daten{i}"
        took = run_child(CHILD, [target.as_posix(), source.as_posix()], moment, _data(data))
        moments.update(moment, took)
        finished += took is not None
        wal = target.with_name(target.name + "-wal")
        written = wal.stat().st_size if wal.exists() else 0  # before SQLite tidies it up
        integrity, broken, counts = _state(target)
        assert integrity == "ok" and not broken, (i, moment, integrity, broken[:5])
        assert counts in outcomes, (i, moment, counts)  # all or nothing
        outcomes[counts] += 1
        while_writing += counts == before and written > 0
        engine = create_db_engine(databases.sqlite_url(target))
        try:
            assert ensure_schema(engine) == HEAD_REVISION, i
        finally:
            engine.dispose()
        assert _state(target)[2] == counts, i
        backups = list_backups(data / "backups", target.stem)
        for info in backups:  # a listed backup is complete and from before the import
            assert info.reason == BEFORE_IMPORT, (i, info)
            assert _state(info.path) == ("ok", [], before), (i, info)
        if counts == after:
            assert backups, i  # nothing is written before the backup is
    summary = (round(moments.duration, 2), outcomes, finished, while_writing)
    assert outcomes[before] >= 1 and outcomes[after] >= 1, summary
    assert finished < TRIALS, summary  # some kills landed inside the import
    # and some while it was writing: uncommitted pages in the -wal file, rolled back
    assert while_writing >= 1, summary
