"""The person dialog's button „Auskunft (Art. 15) …“: the access report of the person
shown, saved as PDF or Excel (in the dialog's button row, beside Speichern)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.translation import tr
from wba_desktop.views.privacy.access_save import ask_access_file, write_access_report


class AccessButton(QPushButton):
    """Asks where to save and writes the report of ``person_id()`` in the background."""

    def __init__(self, services: Services, person_id, person_name, parent) -> None:
        super().__init__(tr("Auskunft (Art. 15) …"), parent)
        self.setObjectName("accessButton")
        self.setAutoDefault(False)
        self.setToolTip(
            tr("Alles, was über diese Person gespeichert ist, als PDF oder Excel-Datei")
        )
        self._services = services
        self._person_id = person_id
        self._person_name = person_name
        self.written = None
        self.clicked.connect(self.ask_file)

    def ask_file(self):
        if self._person_id() is None:
            return None
        return ask_access_file(self.window(), self._person_name(), ".pdf", self.save_to)

    def save_to(self, path: Path) -> None:
        """Write the report to ``path`` in the background (the tests call this)."""
        person_id = self._person_id()
        if person_id is not None:
            write_access_report(
                self.window(), self._services, str(person_id), Path(path), self._written
            )

    def _written(self, result) -> None:
        self.written = result


def add_access_button(dialog, services: Services) -> AccessButton:
    """Put the button at the left of the record dialog's button row; it is enabled
    once the person is saved (``dialog.person_id``)."""
    button = AccessButton(
        services,
        lambda: dialog.person_id,
        lambda: dialog.title.text(),
        dialog,
    )
    dialog.button_row.insertWidget(0, button)
    return button
