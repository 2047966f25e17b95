"""Stored node positions, so the network looks the same on the next start.

Positions are kept per organisation id in ``netz-positionen.json`` in the data directory
(the schema has no table for them yet). The file holds the positions of every
organisation ever laid out, so a filtered view (one district) reuses the places
the organisations have in the whole picture. Writing is atomic (temporary file,
then rename); a missing or broken file reads as "no positions" (logged), never as
an error: the layout simply starts fresh.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

Point = tuple[float, float]
#: the same file the network area of the app uses
FILE_NAME = "netz-positionen.json"
FORMAT_VERSION = 1


class PositionStore(Protocol):
    """Where positions live between runs: keyed by organisation id."""

    def load(self) -> dict[int, Point]:
        """All stored positions (empty when there are none)."""
        ...

    def update(self, positions: Mapping[int, Point]) -> None:
        """Store ``positions``, keeping stored ones of other organisations."""
        ...

    def clear(self) -> None:
        """Forget every stored position."""
        ...


def load_positions(path: str | os.PathLike[str]) -> dict[int, Point]:
    """Positions from ``path``; ``{}`` for a missing, unreadable or foreign file."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("positions file %s unreadable, starting fresh: %s", path, exc)
        return {}
    items = raw.get("positions") if isinstance(raw, dict) else None
    if not isinstance(items, dict):
        log.warning("positions file %s has no positions, starting fresh", path)
        return {}
    result: dict[int, Point] = {}
    for key, value in items.items():
        try:
            x, y = value
            result[int(key)] = (float(x), float(y))
        except (TypeError, ValueError):
            continue  # one bad entry does not spoil the others
    return result


def save_positions(path: str | os.PathLike[str], positions: Mapping[int, Point]) -> None:
    """Write ``positions`` to ``path`` atomically (rounded to 1/1000 of an edge length)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "version": FORMAT_VERSION,
        "unit": "ideale Kantenlänge",
        "positions": {
            str(int(k)): [round(float(x), 3), round(float(y), 3)]
            for k, (x, y) in sorted(positions.items())
        },
    }
    fd, tmp = tempfile.mkstemp(prefix=".positions-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class JsonPositionStore:
    """``PositionStore`` on one JSON file; re-reads the file only when it changed."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._cache: dict[int, Point] | None = None
        self._stamp: tuple[int, int] | None = None

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def load(self) -> dict[int, Point]:
        stamp = self._file_stamp()
        if self._cache is None or stamp != self._stamp:
            self._cache = load_positions(self.path) if stamp else {}
            self._stamp = stamp
        return dict(self._cache)

    def update(self, positions: Mapping[int, Point]) -> None:
        merged = self.load()
        merged.update((int(k), (float(x), float(y))) for k, (x, y) in positions.items())
        save_positions(self.path, merged)
        self._cache, self._stamp = merged, self._file_stamp()

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        self._cache, self._stamp = {}, None
