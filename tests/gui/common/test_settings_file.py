"""The settings files: preferences in einstellungen.ini, the UI state in
oberflaeche.ini; a version-1 file (everything in one) is upgraded by moving the UI
state out, keeping every preference; a reset empties the UI state only and keeps the
window from writing it back."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from wba_desktop import paths
from wba_desktop.views.common import settings as keys
from wba_desktop.views.common.settings import Settings

#: what version 1 of the app wrote: preferences and UI state in one file
VERSION_1 = {
    "meta/version": 1,
    "prefs/user_name": "Jördis Beispiel",
    "prefs/mail_separator": ",",
    "backup/keep": 7,
    "ui/window_geometry": QByteArray(b"GEOMETRY-1"),
    "ui/last_area": "events",
    "tables/organisations/header": QByteArray(b"HEADER-1"),
    "tables/organisations/hidden": "email,phone",
}


def _ini(name: str) -> QSettings:
    return QSettings(str(paths.data_dir() / name), QSettings.Format.IniFormat)


def test_version_1_file_is_split_into_preferences_and_ui_state():
    old = _ini(keys.PREFS_FILE)
    for key, value in VERSION_1.items():
        old.setValue(key, value)
    old.sync()
    del old
    assert not (paths.data_dir() / keys.UI_FILE).exists()
    st = Settings()
    # read through the Settings API: nothing lost
    assert st.get(keys.USER_NAME) == "Jördis Beispiel"
    assert st.get(keys.MAIL_SEPARATOR) == ","
    assert st.get(keys.BACKUP_KEEP) == 7
    assert st.get(keys.WINDOW_GEOMETRY) == QByteArray(b"GEOMETRY-1")
    assert st.get(keys.LAST_AREA) == "events"
    assert st.table_state("organisations") == QByteArray(b"HEADER-1")
    assert st.hidden_columns("organisations", []) == ["email", "phone"]
    st.sync()
    # and on disk: the UI state left the preferences for its own, versioned file
    prefs, ui = _ini(keys.PREFS_FILE), _ini(keys.UI_FILE)
    assert int(prefs.value("meta/version")) == keys.SETTINGS_VERSION == 2
    assert int(ui.value("meta/version")) == keys.UI_VERSION
    assert not [k for k in prefs.allKeys() if k.startswith(("ui/", "tables/"))]
    assert prefs.value("prefs/user_name") == "Jördis Beispiel"
    assert ui.value("ui/last_area") == "events"
    assert ui.value("tables/organisations/header") == QByteArray(b"HEADER-1")
    # opening again changes nothing
    again = Settings()
    assert again.get(keys.LAST_AREA) == "events" and again.get(keys.BACKUP_KEEP) == 7


def test_new_values_go_to_their_own_file():
    st = Settings()
    st.set(keys.LANGUAGE, "en")
    st.set(keys.LAST_AREA, "network")
    st.set_table_state("people", QByteArray(b"H"))
    st.set_splitter_state("events", QByteArray(b"S"))
    st.sync()
    prefs, ui = _ini(keys.PREFS_FILE), _ini(keys.UI_FILE)
    assert prefs.value("prefs/language") == "en" and not ui.contains("prefs/language")
    assert ui.value("ui/last_area") == "network" and not prefs.contains("ui/last_area")
    assert ui.contains("tables/people/header") and not prefs.contains("tables/people/header")
    assert ui.value("ui/splitters/events") == QByteArray(b"S")
    assert Settings().splitter_state("events") == QByteArray(b"S")


def test_reset_forgets_the_ui_state_and_keeps_the_preferences():
    st = Settings()
    st.set(keys.USER_NAME, "Ole Testmann")
    st.set(keys.WINDOW_GEOMETRY, QByteArray(b"G"))
    st.set_hidden_columns("organisations", ["email"])
    st.sync()
    assert st.has_ui_state()
    st.reset_ui_state()
    assert not st.has_ui_state()
    # the window closing afterwards does not write its arrangement back
    st.set(keys.WINDOW_GEOMETRY, QByteArray(b"G2"))
    st.set_table_state("organisations", QByteArray(b"H2"))
    st.sync()
    fresh = Settings()
    assert fresh.get(keys.WINDOW_GEOMETRY).isEmpty()
    assert fresh.table_state("organisations") is None
    assert fresh.hidden_columns("organisations", ["x"]) == ["x"]
    assert fresh.get(keys.USER_NAME) == "Ole Testmann"
