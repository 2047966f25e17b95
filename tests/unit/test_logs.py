"""The log file: where it is, that it rotates, and how bugs are written into it."""

from __future__ import annotations

import logging
import logging.handlers
import sys

import pytest

from wba_desktop import logs


@pytest.fixture
def clean_root():
    """setup_logging changes the root logger: put back what was there."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    levels = {h: h.level for h in handlers}
    yield root
    logs.shutdown_logging()
    root.setLevel(level)
    for h in handlers:
        h.setLevel(levels[h])


def test_the_log_is_written_in_the_data_directory(clean_root, _data_dir):
    path = logs.setup_logging()
    assert path == _data_dir / "logs" / "wba-desktop.log"
    logging.getLogger("wba_desktop.test").info("Eintrag für Köthen")
    text = path.read_text(encoding="utf-8")
    assert "INFO wba_desktop.test" in text and "Eintrag für Köthen" in text
    assert logs.setup_logging() == path  # a second call adds no second handler
    logging.getLogger("wba_desktop.test").info("noch einer")
    assert path.read_text(encoding="utf-8").count("noch einer") == 1


def test_the_log_rotates_and_keeps_five_old_files(clean_root, _data_dir):
    path = logs.setup_logging(max_bytes=2_000)
    writer = logging.getLogger("wba_desktop.test")
    for i in range(400):
        writer.info("Zeile %04d %s", i, "x" * 60)
    folder = path.parent
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["wba-desktop.log"] + [f"wba-desktop.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 2_000 for p in folder.iterdir())
    assert "Zeile 0399" in path.read_text(encoding="utf-8")  # the newest in the current


def test_the_default_size_is_one_megabyte():
    assert logs.MAX_BYTES == 1_000_000 and logs.BACKUP_COUNT == 5


def test_another_data_directory_closes_the_old_file(clean_root, tmp_path):
    first = logs.setup_logging(tmp_path / "a")
    second = logs.setup_logging(tmp_path / "b")
    logging.getLogger("wba_desktop.test").warning("nur im zweiten")
    assert "nur im zweiten" in second.read_text(encoding="utf-8")
    assert not first.exists() or "nur im zweiten" not in first.read_text(encoding="utf-8")
    ours = [h for h in clean_root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(ours) == 1


def test_the_console_shows_no_more_than_before(clean_root, tmp_path):
    """The command line's stderr handler stays at WARNING when the file wants INFO."""
    console = logging.StreamHandler(sys.stderr)
    clean_root.addHandler(console)
    clean_root.setLevel(logging.WARNING)
    try:
        logs.setup_logging(tmp_path)
        assert clean_root.level == logging.INFO
        assert console.level == logging.WARNING
    finally:
        clean_root.removeHandler(console)


def test_an_uncaught_exception_is_logged_with_its_traceback(clean_root, _data_dir):
    path = logs.setup_logging()

    def failing():
        raise KeyError("Verbund 7")

    try:
        failing()
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
    text = logs.log_exception(exc_type, exc, tb, where="Arbeiter-1")
    written = path.read_text(encoding="utf-8")
    assert "uncaught exception in Arbeiter-1" in written
    assert "Traceback (most recent call last)" in written and "in failing" in written
    assert "KeyError: 'Verbund 7'" in text
    assert logs.exception_summary(exc_type, exc) == "KeyError: 'Verbund 7'"


def _raise(message: str):
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()


def test_the_same_exception_many_times_is_shown_three_times():
    gate = logs.RepeatFilter(limit=3)
    same = logs.signature(*_raise("kaputt"))
    assert same == logs.signature(*_raise("kaputt"))  # same type, text and line
    assert [gate.should_show(same) for _ in range(5)] == [True, True, True, False, False]
    other = logs.signature(*_raise("anders"))
    assert gate.should_show(other)  # another exception starts a new run
    assert gate.should_show(same)


def test_pruning_keeps_the_current_file(tmp_path):
    for name in ("wba-desktop.log", "wba-desktop.log.1"):
        (tmp_path / name).write_text("x")
    assert logs.prune_log_files(1, tmp_path, now=10**10) == 1
    assert (tmp_path / "wba-desktop.log").exists()
