"""Extras › Einstellungen, the pages beyond name and database: our agency's letterhead,
the team's thresholds, the language, the data folder, the window-arrangement reset, and
that every page fits the dialog at the smallest window size without a cut control."""

from __future__ import annotations

import sys
from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from tests.gui.conftest import answer, type_text
from wba_desktop import paths
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.team_settings import FollowUpDefaults, Letterhead
from wba_desktop.views.common import settings as keys
from wba_desktop.views.directory.activity_dialog import ActivityDialog
from wba_desktop.views.shell import restart, settings_dialog

LEFT = Qt.MouseButton.LeftButton


def _save(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)


def _agency(services) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    return services.organisations.create(
        OrganisationData(
            name="Weiterbildungsagentur Birkenau",
            type_id=types["Sonstige"],
            street="Espenweg 4",
            postcode="06108",
            city="Halle (Saale)",
            email="info@wba-birkenau.example",
        )
    ).id


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def _open(qtbot, window, page: str):
    dialog = window.database_commands.show_settings()
    qtbot.waitExposed(dialog)
    index = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == page)
    dialog.tabs.setCurrentIndex(index)
    return dialog


def test_choosing_the_agency_brings_its_address_and_an_edited_one_is_kept(qtbot, window, services):
    org_id = _agency(services)
    dialog = _open(qtbot, window, "Agentur")
    page = dialog.agency_page
    page.agency.setFocus()
    type_text(qtbot, page.agency, "Birkenau")
    page.agency.refresh_choices()
    [(_id, label)] = services.organisations.choices("Birkenau")
    assert page.agency.choose(label)
    assert page.edits["street"].text() == "Espenweg 4"
    assert page.edits["city"].text() == "Halle (Saale)"
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.agency.own_organisation() == (org_id, "Weiterbildungsagentur Birkenau")
    assert services.letterhead.stored() is None  # as the directory has it: follows it

    dialog = _open(qtbot, window, "Agentur")
    page = dialog.agency_page
    assert page.edits["postcode"].text() == "06108"
    _retype(qtbot, page.edits["street"], "Postfach 11 22")
    _retype(qtbot, page.edits["postcode"], "06019")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.letterhead.letterhead() == Letterhead(
        "Weiterbildungsagentur Birkenau",
        "Postfach 11 22",
        "06019",
        "Halle (Saale)",
        "info@wba-birkenau.example",
        "",
    )
    # "Adresse aus dem Verzeichnis übernehmen" goes back to the directory's address
    dialog = _open(qtbot, window, "Agentur")
    assert dialog.agency_page.edits["street"].text() == "Postfach 11 22"
    qtbot.mouseClick(dialog.agency_page.take_over, LEFT)
    assert dialog.agency_page.edits["street"].text() == "Espenweg 4"
    _save(qtbot, dialog)
    assert services.letterhead.stored() is None


def test_a_bad_postcode_is_named_and_nothing_is_saved(qtbot, window, services):
    dialog = _open(qtbot, window, "Agentur")
    page = dialog.agency_page
    type_text(qtbot, page.edits["name"], "WBA Birkenau")
    type_text(qtbot, page.edits["postcode"], "123")
    type_text(qtbot, page.edits["email"], "info(at)wba")
    dialog.tabs.setCurrentIndex(0)
    type_text(qtbot, dialog.name, "Ole Testmann")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    text = dialog.banner.text()
    assert "PLZ: „123“ ist keine Postleitzahl aus 5 Ziffern." in text
    assert "E-Mail: „info(at)wba“ ist keine gültige E-Mail-Adresse." in text
    assert dialog.tabs.currentWidget() is page  # the refused field's page comes forward
    assert services.letterhead.stored() is None
    assert window.settings.get(keys.USER_NAME) == ""  # nothing saved at all
    dialog.reject()


def test_thresholds_are_saved_for_the_team_and_used_by_the_contact_form(qtbot, window, services):
    dialog = _open(qtbot, window, "Schwellenwerte")
    t = dialog.thresholds
    _retype(qtbot, t.activity_days, "21")
    _retype(qtbot, t.referral_days, "10")
    _retype(qtbot, t.share, "75")
    _retype(qtbot, t.advice, "9")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.follow_up_defaults.defaults() == FollowUpDefaults(21, 10)
    health = services.health.thresholds()
    assert (health.agreement_share, health.advice_months, health.event_months) == (0.75, 9, 12)

    form = ActivityDialog(services, parent=window)
    qtbot.addWidget(form)
    assert form.due_in_two_weeks.text() == "in 3 Wochen"
    qtbot.mouseClick(form.due_in_two_weeks, LEFT)
    assert form.due_on.value() == date.today() + timedelta(days=21)
    form.reject()
    # shown again as saved
    again = _open(qtbot, window, "Schwellenwerte")
    assert again.thresholds.activity_days.value() == 21
    assert again.thresholds.share.value() == 75
    again.reject()


def test_language_is_stored_and_applies_at_the_next_start(qtbot, window, settings):
    dialog = _open(qtbot, window, "Allgemein")
    assert dialog.language.currentText() == "Deutsch"
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "English"
    _save(qtbot, dialog)
    assert settings.get(keys.LANGUAGE) == "en"
    text = answer(qtbot, "Später")
    assert "Die neue Sprache gilt ab dem nächsten Start von WBA Desktop." in text
    assert window.isVisible()
    again = _open(qtbot, window, "Allgemein")
    assert again.language.currentData() == "en"
    again.reject()


def test_restart_now_closes_the_window_and_starts_the_program_again(
    qtbot, window, settings, monkeypatch
):
    started = []
    monkeypatch.setattr(
        restart.QProcess, "startDetached", lambda program, args: started.append((program, args))
    )
    monkeypatch.setattr(restart.sys, "argv", ["wba-desktop", "--db", "/tmp/x.sqlite3"])
    dialog = _open(qtbot, window, "Allgemein")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _save(qtbot, dialog)
    answer(qtbot, "Jetzt neu starten")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert started == [(sys.executable, ["-m", "wba_desktop", "--db", "/tmp/x.sqlite3"])]
    assert settings.get(keys.LANGUAGE) == "en"


def test_data_folder_is_shown_and_opened(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        settings_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    dialog = _open(qtbot, window, "Daten")
    label = dialog.findChild(QLabel, "dataFolder")
    assert label.text() == str(paths.data_dir())
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "openDataFolder"), LEFT)
    assert [u.toLocalFile() for u in opened] == [str(paths.data_dir())]
    dialog.reject()


def test_reset_button_clears_the_window_arrangement(qtbot, window, settings):
    window.show_area("people")
    window.save_state()  # geometry, window state, columns, last area
    ui_file = QSettings(str(paths.data_dir() / keys.UI_FILE), QSettings.Format.IniFormat)
    assert ui_file.contains("ui/window_geometry") and ui_file.contains("ui/last_area")
    settings.set(keys.USER_NAME, "Ole Testmann")
    dialog = _open(qtbot, window, "Allgemein")
    qtbot.mouseClick(dialog.reset_layout, LEFT)
    assert "nächsten Start" in dialog.reset_result.text()
    assert not dialog.reset_layout.isEnabled()
    dialog.reject()  # the reset does not wait for „Speichern“
    window.save_state()  # what closing the window does
    ui_file.sync()
    assert not [k for k in ui_file.allKeys() if k.startswith(("ui/", "tables/"))]
    assert settings.get(keys.WINDOW_GEOMETRY) == QByteArray()
    assert settings.get(keys.USER_NAME) == "Ole Testmann"


def _cut_off(root: QWidget) -> list[str]:
    """Controls and one-line labels narrower or lower than they need."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.parent().inherits("QLineEdit"):  # clear buttons
            continue
        one_line = isinstance(w, QLabel) and not w.wordWrap()
        if one_line or isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox)):
            need = w.sizeHint()
            if w.width() < need.width() or w.height() < need.height() - 1:
                found.append(f"{type(w).__name__} {w.objectName()!r} {w.size()} < {need}")
    return found


def test_every_page_fits_at_the_smallest_window(qtbot, window):
    window.resize(1024, 640)
    dialog = window.database_commands.show_settings()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 600
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        page = dialog.tabs.widget(i)
        assert page.minimumSizeHint().height() <= page.height(), dialog.tabs.tabText(i)
        assert _cut_off(dialog) == [], dialog.tabs.tabText(i)
    dialog.reject()
