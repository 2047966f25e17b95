"""Each benchmark measures on its own copy: what it writes never reaches the cache."""

from __future__ import annotations

import sqlite3

from benchmarks.common import working_copy


def test_writes_to_the_copy_leave_the_cached_file_as_it_was(tmp_path):
    cached = tmp_path / "cache" / "large.sqlite3"
    cached.parent.mkdir()
    con = sqlite3.connect(cached)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()  # left in the write-ahead log: the copy must still hold it
    work = tmp_path / "work"
    work.mkdir()
    copy = working_copy(cached, work)
    assert copy.parent == work and copy.name == "large.sqlite3"
    other = sqlite3.connect(copy)
    assert other.execute("SELECT x FROM t").fetchall() == [(1,)]
    other.execute("INSERT INTO t VALUES (2)")
    other.commit()
    other.close()
    assert con.execute("SELECT count(*) FROM t").fetchone() == (1,)
    con.close()
