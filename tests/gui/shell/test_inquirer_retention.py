"""The inquirers' retention on screen: „Ratsuchende anonymisieren nach … Monaten“ in
the settings (typed, saved on the database, shown again), and the anonymisation run
in the background after the start only with write and erase permission."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.integration.privacy import inquirers as lq
from wba_desktop.models import Person

LEFT = Qt.MouseButton.LeftButton
SHOTS = os.environ.get("WBA_P2_SHOTS")  # a folder: save screenshots there


def _anonymised(services, pid: int) -> bool:
    with services.uow() as uow:
        return uow.session.get(Person, pid).anonymised_on is not None


def _due(services) -> int:
    pid = lq.inquirer(services, "Greta", "Altanfrage")
    lq.inquiry(services, pid, status=lq.CLOSED, closed_on=date(2024, 1, 5), description="Frage")
    return pid


def test_months_typed_saved_and_shown_again(qtbot, window, services):
    dialog = window.database_commands.show_settings()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.privacy)
    box = dialog.privacy.inquirer_months
    assert box.value() == 6 and box.suffix() == " Monaten"
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "settings_privacy_default_size.png"))
        dialog.resize(1280, 800)
        dialog.grab().save(os.path.join(SHOTS, "settings_privacy_inquirers.png"))
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "12")
    assert box.value() == 12
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    assert services.settings.get("lotsen_anonymise_months") == 12
    assert services.inquirer_retention.months() == 12

    again = window.database_commands.show_settings()
    qtbot.waitExposed(again)
    assert again.privacy.inquirer_months.value() == 12
    again.privacy.inquirer_months.selectAll()
    qtbot.keyClicks(again.privacy.inquirer_months, "99")  # the box takes no more than 60
    assert again.privacy.inquirer_months.value() <= 60
    again.reject()


def test_start_anonymises_the_due_in_the_background(qtbot, window, services):
    due = _due(services)
    waiting = lq.inquirer(services, "Otto", "Offenefrage")
    lq.inquiry(services, waiting, status=lq.REFERRED)
    window.database_commands.after_start()
    qtbot.waitUntil(lambda: _anonymised(services, due), timeout=10000)
    assert not _anonymised(services, waiting)
    qtbot.waitUntil(lambda: "anonymisiert" in window.statusBar().currentMessage(), timeout=5000)
    assert (
        window.statusBar().currentMessage() == "1 Ratsuchende/r nach Ablauf der Frist anonymisiert."
    )


def test_no_anonymisation_without_erase_permission(qtbot, window, services):
    due = _due(services)
    services.__dict__["permissions"] = replace(services.permissions, can_erase=False)
    window.database_commands.after_start()
    qtbot.wait(500)
    assert not _anonymised(services, due)
