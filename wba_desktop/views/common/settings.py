"""Settings declared once with type and default, split into preferences and UI state.

Stored with QSettings as an INI file in the data directory, so tests that point
``WBA_DATA_DIR`` at a temporary folder never see the user's real settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from wba_desktop import paths

SETTINGS_VERSION = 1


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
#: the database to open when none is given on the command line ("" = the own file)
DATABASE_URL = Setting("database/url", str, "")
# backups of the own database file (per PC: the file lives here)
BACKUP_KEEP = Setting("backup/keep", int, 10)
BACKUP_MAX_AGE_DAYS = Setting("backup/max_age_days", int, 0)  # 0: no age limit
BACKUP_DAILY = Setting("backup/daily", bool, True)
# log files of this PC: rotated files older than this are deleted at the start
LOG_RETENTION_DAYS = Setting("logs/retention_days", int, 90)
# UI state
WINDOW_GEOMETRY = Setting("ui/window_geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("ui/window_state", QByteArray, QByteArray())
LAST_AREA = Setting("ui/last_area", str, "organisations")


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            path = paths.data_dir() / "einstellungen.ini"
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._q = qsettings
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._q.value("meta/version", 0) or 0)
        if version < SETTINGS_VERSION:
            # first version: nothing to convert yet, only stamp it
            self._q.setValue("meta/version", SETTINGS_VERSION)

    def get(self, setting: Setting) -> Any:
        value = self._q.value(setting.key, setting.default)
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
        self._q.setValue(setting.key, value)

    # free-form UI state for tables (keyed by table name)
    def table_state(self, name: str) -> QByteArray | None:
        value = self._q.value(f"tables/{name}/header")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_table_state(self, name: str, state: QByteArray) -> None:
        self._q.setValue(f"tables/{name}/header", state)

    def hidden_columns(self, name: str, default: list[str]) -> list[str]:
        value = self._q.value(f"tables/{name}/hidden")
        if value is None:
            return list(default)
        if isinstance(value, str):
            return [v for v in value.split(",") if v]
        return [str(v) for v in value]

    def set_hidden_columns(self, name: str, keys: list[str]) -> None:
        self._q.setValue(f"tables/{name}/hidden", ",".join(keys))

    def sync(self) -> None:
        self._q.sync()
