"""Add the selected people to a static Verteiler, or to a new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.ops import op


class AddToVerteilerDialog(QDialog):
    """After ``accept()``: ``list_id`` and ``added`` (how many were new)."""

    def __init__(self, services: Services, person_ids: list[int], parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._ids = list(person_ids)
        self.list_id: int | None = None
        self.added = 0
        self.setWindowTitle(self.tr("Zu Verteiler hinzufügen"))
        self.setMinimumWidth(440)
        static = [v for v in services.verteiler.list_all() if v.kind == "static"]
        self.existing_choice = QRadioButton(self.tr("&Vorhandener Verteiler:"), self)
        self.new_choice = QRadioButton(self.tr("&Neuer Verteiler:"), self)
        group = QButtonGroup(self)
        group.addButton(self.existing_choice)
        group.addButton(self.new_choice)
        self.existing = QComboBox(self)
        for v in static:
            self.existing.addItem(f"{v.name} ({v.members})", v.id)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("z. B. Einladung Fachtag Energie"))
        self.new_name.textEdited.connect(lambda _t: self.new_choice.setChecked(True))
        (self.existing_choice if static else self.new_choice).setChecked(True)
        self.existing_choice.setEnabled(bool(static))
        self.existing.setEnabled(bool(static))
        grid = QGridLayout()
        grid.addWidget(self.existing_choice, 0, 0)
        grid.addWidget(self.existing, 0, 1)
        grid.addWidget(self.new_choice, 1, 0)
        grid.addWidget(self.new_name, 1, 1)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {"name": self.new_name})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hinzufügen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%n markierte Person(en) hinzufügen zu:").replace(
                    "%n", str(len(self._ids))
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def save(self) -> None:
        verteiler, ids = self._services.verteiler, self._ids
        if self.new_choice.isChecked():
            name = self.new_name.text()
            call = lambda: verteiler.create_with_members(name, ids)  # noqa: E731
        else:
            list_id = self.existing.currentData()
            call = lambda: (list_id, verteiler.add_members(list_id, ids))  # noqa: E731

        def added(result: tuple[int, int]) -> None:
            self.list_id, self.added = result
            self.accept()

        op(self, call, form=self.errors).success(added).run()
