"""Where the app keeps its files, and how to find shipped resources.

The data directory follows the platform convention (``%APPDATA%`` on Windows,
``~/.local/share`` on Linux). ``--db`` or ``WBA_DATABASE_URL`` override the
database location; ``WBA_DATA_DIR`` moves the whole data directory (tests use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DB = "WBA_DATABASE_URL"
ENV_DATA_DIR = "WBA_DATA_DIR"
DB_FILENAME = "wba.sqlite3"


def data_dir() -> Path:
    """The user's data directory for WBA Desktop, created on demand."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("WBA Desktop", "WBA Sachsen-Anhalt", roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(cli_value: str | None = None) -> str:
    """The database URL: ``--db`` first, then the environment, then the default file.

    A plain path (``C:\\Daten\\wba.sqlite3``) becomes a SQLite URL.
    """
    value = cli_value or os.environ.get(ENV_DB)
    if not value:
        return "sqlite:///" + (data_dir() / DB_FILENAME).as_posix()
    if "://" in value:
        return value
    return "sqlite:///" + Path(value).expanduser().resolve().as_posix()


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL from :func:`database_url` (None for another database or
    one in memory), without SQLAlchemy."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    name = url[len(prefix) :].split("?", 1)[0]
    return Path(name) if name and name != ":memory:" else None


def resource_root() -> Path:
    """The ``resources`` folder, from source, an installed checkout or a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
