"""„Behalten …“ on the review list: why the data stays, and when to look again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from wba_desktop.text import format as fmt
from wba_desktop.views.common.date_edit import OptionalDateEdit


class KeepDialog(QDialog):
    """Asks for a reason and the next review date; ``reason()``/``next_review()``."""

    def __init__(self, count: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("keepDialog")
        self.setWindowTitle(self.tr("Daten behalten"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Warum bleiben die Daten der %1 gespeichert, und wann soll wieder geprüft werden?"
            ).replace("%1", fmt.count(count, "ausgewählten Person", "ausgewählten Personen")),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("keepReason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("z. B. Mitglied im Beirat bis 2028"))
        form.addRow(self.tr("&Grund:"), self.reason_edit)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.setObjectName("keepUntil")
        self.date_edit.set_value(date.today() + timedelta(days=365))
        form.addRow(self.tr("&Nächste Überprüfung:"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Behalten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(480, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_edit.text()

    def next_review(self) -> date | None:
        return self.date_edit.value()
