"""Settings declared once with type and default, split into preferences and UI state.

Both are QSettings INI files in the data directory, so tests that point
``WBA_DATA_DIR`` at a temporary folder never see the user's real settings:

* ``einstellungen.ini``: the user's preferences (name, language, database, backups),
  versioned by ``SETTINGS_VERSION``;
* ``oberflaeche.ini``: what the window remembers by itself (geometry, dock and
  toolbar state, table columns, the last area), versioned by ``UI_VERSION``. It can be
  thrown away at any time ("Fensteranordnung zurücksetzen") without losing a
  preference.

Keys under ``ui/`` and ``tables/`` belong to the UI state; :meth:`Settings.get` and
:meth:`Settings.set` route them to the right file. Upgrade steps run on opening:
version 2 moved the UI state out of ``einstellungen.ini`` into ``oberflaeche.ini``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from wba_desktop import paths

log = logging.getLogger(__name__)

#: the version of the preferences file (einstellungen.ini)
SETTINGS_VERSION = 2
#: the version of the UI state file (oberflaeche.ini)
UI_VERSION = 1
PREFS_FILE = "einstellungen.ini"
UI_FILE = "oberflaeche.ini"
#: key prefixes of the UI state
UI_PREFIXES = ("ui/", "tables/")
VERSION_KEY = "meta/version"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


# user preferences
MAIL_SEPARATOR = Setting("prefs/mail_separator", str, ";")
#: the name others see as "changed by" and in "also working on the database"
USER_NAME = Setting("prefs/user_name", str, "")
#: the language of the user interface and the messages ("de" or "en"), read at start
LANGUAGE = Setting("prefs/language", str, "de")
#: the languages offered, with their names as their speakers write them
LANGUAGES = (("de", "Deutsch"), ("en", "English"))
#: the database to open when none is given on the command line ("" = the own file)
DATABASE_URL = Setting("database/url", str, "")
# backups of the own database file (per PC: the file lives here)
BACKUP_KEEP = Setting("backup/keep", int, 10)
BACKUP_MAX_AGE_DAYS = Setting("backup/max_age_days", int, 0)  # 0: no age limit
BACKUP_DAILY = Setting("backup/daily", bool, True)
# log files of this PC: rotated files older than this are deleted at the start
LOG_RETENTION_DAYS = Setting("logs/retention_days", int, 90)
# UI state (kept in oberflaeche.ini)
WINDOW_GEOMETRY = Setting("ui/window_geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("ui/window_state", QByteArray, QByteArray())
LAST_AREA = Setting("ui/last_area", str, "organisations")


def is_ui_key(key: str) -> bool:
    return key.startswith(UI_PREFIXES)


def _sibling(prefs: QSettings) -> QSettings:
    """The UI state file next to ``prefs`` (in memory-only setups: ``prefs`` itself)."""
    name = prefs.fileName()
    if prefs.format() != QSettings.Format.IniFormat or not name:
        return prefs
    return QSettings(str(Path(name).with_name(UI_FILE)), QSettings.Format.IniFormat)


class Settings:
    """The preferences and the UI state, each in its own file.

    ``Settings()`` opens both files in the data directory; ``Settings(prefs)`` takes
    the UI state file from the same folder as ``prefs``; ``Settings(prefs, ui)`` takes
    both as given."""

    def __init__(self, qsettings: QSettings | None = None, ui: QSettings | None = None) -> None:
        if qsettings is None:
            folder = paths.data_dir()
            qsettings = QSettings(str(folder / PREFS_FILE), QSettings.Format.IniFormat)
            if ui is None:
                ui = QSettings(str(folder / UI_FILE), QSettings.Format.IniFormat)
        self._q = qsettings
        self._ui = ui if ui is not None else _sibling(qsettings)
        #: after a reset the window must not write its state back until the next start
        self._ui_frozen = False
        self._upgrade()

    # -- versions and upgrade steps ---------------------------------------------------
    def _upgrade(self) -> None:
        version = int(self._q.value(VERSION_KEY, 0) or 0)
        if version < 2 and self._ui is not self._q:
            self._move_ui_state()
        if version < SETTINGS_VERSION:
            self._q.setValue(VERSION_KEY, SETTINGS_VERSION)
        if self._ui is not self._q and int(self._ui.value(VERSION_KEY, 0) or 0) < UI_VERSION:
            self._ui.setValue(VERSION_KEY, UI_VERSION)

    def _move_ui_state(self) -> None:
        """Version 2: the UI state leaves the preferences for its own file."""
        moved = [key for key in self._q.allKeys() if is_ui_key(key)]
        for key in moved:
            if not self._ui.contains(key):
                self._ui.setValue(key, self._q.value(key))
            self._q.remove(key)
        if moved:
            self._ui.sync()
            log.info("Settings upgrade: %d UI state entries moved to %s", len(moved), UI_FILE)

    def _store(self, key: str) -> QSettings:
        return self._ui if is_ui_key(key) else self._q

    # -- values ----------------------------------------------------------------------
    def get(self, setting: Setting) -> Any:
        value = self._store(setting.key).value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if setting.type in (int, str) and not isinstance(value, setting.type):
            try:
                return setting.type(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._put(setting.key, value)

    def _put(self, key: str, value: Any) -> None:
        if is_ui_key(key) and self._ui_frozen:
            return
        self._store(key).setValue(key, value)

    # free-form UI state for tables (keyed by table name)
    def table_state(self, name: str) -> QByteArray | None:
        value = self._ui.value(f"tables/{name}/header")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_table_state(self, name: str, state: QByteArray) -> None:
        self._put(f"tables/{name}/header", state)

    def hidden_columns(self, name: str, default: list[str]) -> list[str]:
        value = self._ui.value(f"tables/{name}/hidden")
        if value is None:
            return list(default)
        if isinstance(value, str):
            return [v for v in value.split(",") if v]
        return [str(v) for v in value]

    def set_hidden_columns(self, name: str, keys: list[str]) -> None:
        self._put(f"tables/{name}/hidden", ",".join(keys))

    # splitter positions (keyed by a name the view chooses)
    def splitter_state(self, name: str) -> QByteArray | None:
        value = self._ui.value(f"ui/splitters/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._put(f"ui/splitters/{name}", state)

    # -- the UI state as a whole -------------------------------------------------------
    def has_ui_state(self) -> bool:
        return any(is_ui_key(key) for key in self._ui.allKeys())

    def reset_ui_state(self) -> None:
        """Forget window geometry, docks, table columns and the last area. The window
        keeps its current arrangement until it closes and does not save it then: the
        next start opens with the defaults."""
        for key in self._ui.allKeys():
            if is_ui_key(key):
                self._ui.remove(key)
        self._ui.sync()
        self._ui_frozen = True

    def files(self) -> tuple[str, str]:
        """(preferences file, UI state file)."""
        return self._q.fileName(), self._ui.fileName()

    def sync(self) -> None:
        self._q.sync()
        if self._ui is not self._q:
            self._ui.sync()
