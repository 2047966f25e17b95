"""Create or edit a relation from one organisation's point of view.

The kind list shows each directed type twice, once per direction ("ist Mitglied von",
"hat als Mitglied"), so the user never has to think about source and target.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.relations import RelationData, RelationInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import cell

STRENGTHS = ((1, "1 – lose"), (2, "2 – regelmäßig"), (3, "3 – eng"))


class RelationDialog(QDialog):
    def __init__(
        self,
        services: Services,
        this: tuple[int, str],
        existing: RelationInfo | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._this_id, this_name = this
        self._existing = existing
        self.saved: RelationInfo | None = None
        self.setWindowTitle(
            self.tr("Beziehung bearbeiten") if existing else self.tr("Neue Beziehung")
        )
        self.setMinimumWidth(480)

        self.kind = QComboBox(self)
        for t in services.reference.relation_types():
            self.kind.addItem(cell(t.forward_label), (t.id, True))
            if t.directed and t.reverse_label:
                self.kind.addItem(cell(t.reverse_label), (t.id, False))
        self.other = RecordPicker(
            lambda text: services.organisations.choices(text, exclude_id=self._this_id), self
        )
        self.valid_from = OptionalDateEdit(self)
        self.valid_until = OptionalDateEdit(self)
        self.strength = QComboBox(self)
        for value, label in STRENGTHS:
            self.strength.addItem(label, value)
        self.strength.setCurrentIndex(1)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), QLabel(f"<b>{this_name}</b>", self))
        form.addRow(self.tr("&Beziehung:"), self.kind)
        form.addRow(self.tr("&Mit:"), self.other)
        form.addRow(self.tr("&Stärke:"), self.strength)
        form.addRow(self.tr("&Von:"), self.valid_from)
        form.addRow(self.tr("&Bis:"), self.valid_until)
        form.addRow(self.tr("&Notiz:"), self.note)

        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {
                "target_id": self.other,
                "source_id": self.other,
                "type_id": self.kind,
                "valid_until": self.valid_until,
                "strength": self.strength,
            },
        )
        buttons = save_cancel_buttons(self)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if existing:
            self._load(existing)

    def _load(self, r: RelationInfo) -> None:
        outgoing = r.source_id == self._this_id or not r.directed
        index = self.kind.findData((r.type_id, outgoing))
        self.kind.setCurrentIndex(max(index, 0))
        self.other.set_current(r.other_id, r.other_name)
        self.strength.setCurrentIndex(self.strength.findData(r.strength))
        self.valid_from.set_value(r.valid_from)
        self.valid_until.set_value(r.valid_until)
        self.note.setPlainText(r.note)

    def select_kind(self, label: str) -> None:
        self.kind.setCurrentIndex(self.kind.findText(cell(label)))

    def save_button(self):
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        type_id, outgoing = self.kind.currentData() or (None, True)
        other = self.other.current_id()
        if other is None:
            self.errors.show(
                {"target_id": self.tr("Mit: Bitte eine Organisation aus der Liste wählen.")}
            )
            return
        source, target = (self._this_id, other) if outgoing else (other, self._this_id)
        data = RelationData(
            source_id=source,
            target_id=target,
            type_id=type_id,
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            strength=self.strength.currentData(),
            note=self.note.toPlainText(),
        )
        existing = self._existing.id if self._existing else None
        op(
            self,
            lambda: self._services.relations.save(data, existing, perspective_id=self._this_id),
            form=self.errors,
        ).success(accept_saved(self)).run()
