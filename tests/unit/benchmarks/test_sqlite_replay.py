"""The import write's peer replays exactly the rows the write inserted: records of
tables that refer to each other (parents first), link rows without an id, and
full-text entries; nothing that was there before, nothing updated."""

from __future__ import annotations

import shutil
import sqlite3

from benchmarks import sqlite_replay


def _db(path):
    con = sqlite3.connect(path)
    con.executescript(
        """
        PRAGMA foreign_keys=ON;
        CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT);
        CREATE TABLE affiliation (id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES person(id),
            organisation_id INTEGER REFERENCES organisation(id));
        CREATE TABLE person_tag (person_id INTEGER REFERENCES person(id), tag TEXT,
            PRIMARY KEY (person_id, tag));
        CREATE VIRTUAL TABLE search_person USING fts5(key, tokenize='trigram');
        INSERT INTO organisation VALUES (1, 'Altwerk');
        INSERT INTO person VALUES (1, 'Altmann');
        INSERT INTO search_person(rowid, key) VALUES (1, 'altmann');
        """
    )
    con.commit()
    return con


def test_replays_what_was_inserted_and_nothing_else(tmp_path):
    db = tmp_path / "db.sqlite3"
    con = _db(db)
    before = tmp_path / "before.sqlite3"
    shutil.copyfile(db, before)
    marks = sqlite_replay.marks(db)
    con.executescript(
        """
        PRAGMA foreign_keys=ON;
        UPDATE person SET last_name = 'Altmann-Neu' WHERE id = 1;
        INSERT INTO organisation VALUES (2, 'Neuwerk');
        INSERT INTO person VALUES (2, 'Quellbach');
        INSERT INTO affiliation VALUES (1, 2, 2);
        INSERT INTO person_tag VALUES (2, 'Presse');
        INSERT INTO search_person(rowid, key) VALUES (2, 'quellbach');
        """
    )
    con.commit()
    rows = sqlite_replay.inserted(db, marks)
    assert rows["person"] == (["id", "last_name"], [(2, "Quellbach")])
    assert rows["search_person"] == (["rowid", "key"], [(2, "quellbach")])
    assert set(rows) == {"organisation", "person", "affiliation", "person_tag", "search_person"}
    assert sqlite_replay.count(rows) == 5
    assert sqlite_replay.replay(before, rows) > 0
    peer = sqlite3.connect(before)
    assert peer.execute("SELECT id, last_name FROM person ORDER BY id").fetchall() == [
        (1, "Altmann"),  # the update is not replayed
        (2, "Quellbach"),
    ]
    assert peer.execute("SELECT * FROM affiliation").fetchall() == [(1, 2, 2)]
    found = "SELECT rowid FROM search_person WHERE search_person MATCH '\"llbach\"'"
    assert peer.execute(found).fetchall() == [(2,)]
    con.close()
    peer.close()
