"""Contact history of a Verbund (advice sessions, talks, visits, events), newest first.

``ActivityDialog`` also works without a Verbund, for the organisation and person forms.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.activities import ActivityData, ActivityInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.verbuende.figures_tab import CountEdit
from wba_desktop.vocab import ACTIVITY_KINDS, ADVICE

COLUMNS = (
    Column("happened_on", "Datum", 90),
    Column("kind", "Art", 100),
    Column("organisation", "Organisation", 200),
    Column("person", "Person", 160),
    Column("subject", "Betreff", 220),
    Column("note", "Notiz", 200),
)


class ActivityRow:
    """Flat view of an ActivityInfo for the table."""

    def __init__(self, a: ActivityInfo) -> None:
        d = a.data
        self.info, self.id, self.happened_on, self.kind = a, a.id, d.happened_on, d.kind
        self.organisation, self.person = a.organisation_name, a.person_name
        self.subject = d.subject or a.event_title
        self.note = " ".join(d.note.split())  # one line in the table


class ActivityDialog(QDialog):
    """Record or edit one contact. With ``verbund_id`` the Verbund is fixed; without,
    it can be chosen (or left empty). ``organisation``/``person`` ((id, label)) pre-fill
    the pickers of a new entry."""

    def __init__(
        self,
        services: Services,
        verbund_id: int | None = None,
        existing: ActivityInfo | None = None,
        *,
        organisation: tuple[int, str] | None = None,
        person: tuple[int, str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._services = services
        self._verbund_id = verbund_id
        self._existing = existing
        self.saved: ActivityInfo | None = None
        self.setWindowTitle(
            self.tr("Kontakt bearbeiten") if existing else self.tr("Kontakt erfassen")
        )
        self.setMinimumWidth(500)

        self.happened_on = OptionalDateEdit(self)
        self.happened_on.set_value(date.today())
        self.kind = QComboBox(self)
        self.kind.addItems(ACTIVITY_KINDS)
        self.kind.setCurrentText(ADVICE)
        self.organisation = RecordPicker(services.organisations.choices, self)
        self.person = RecordPicker(services.people.choices, self)
        self.subject = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(80)
        self.participants = CountEdit(self)
        self.participants.setToolTip(self.tr("Bei Veranstaltungen: wie viele teilnahmen"))
        self.verbund = QComboBox(self)

        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self.happened_on)
        form.addRow(self.tr("&Art:"), self.kind)
        if verbund_id is not None:
            name = services.verbuende.get(verbund_id).label
            form.addRow(self.tr("Verbund:"), QLabel(f"<b>{name}</b>", self))
            self.verbund.hide()
        else:
            self.verbund.addItem(self.tr("(kein Verbund)"), None)
            for vid, label in services.verbuende.choices():
                self.verbund.addItem(label, vid)
            form.addRow(self.tr("&Verbund:"), self.verbund)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Betreff:"), self.subject)
        form.addRow(self.tr("&Notiz:"), self.note)
        form.addRow(self.tr("&Teilnehmende:"), self.participants)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {
                "happened_on": self.happened_on,
                "kind": self.kind,
                "organisation_id": self.organisation,
                "person_id": self.person,
                "verbund_id": self.verbund,
                "participants": self.participants,
            },
        )
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        if organisation:
            self.organisation.set_current(*organisation)
        if person:
            self.person.set_current(*person)
        if existing:
            self._load(existing)

    def _load(self, a: ActivityInfo) -> None:
        d = a.data
        self.happened_on.set_value(d.happened_on)
        self.kind.setCurrentText(d.kind)
        if d.organisation_id is not None:
            self.organisation.set_current(d.organisation_id, a.organisation_name)
        if d.person_id is not None:
            self.person.set_current(d.person_id, a.person_name)
        self.subject.setText(d.subject)
        self.note.setPlainText(d.note)
        self.participants.set_value(d.participants)
        self.verbund.setCurrentIndex(max(self.verbund.findData(d.verbund_id), 0))

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        unpicked = {}
        for key, picker, label in (
            ("organisation_id", self.organisation, self.tr("Organisation")),
            ("person_id", self.person, self.tr("Person")),
        ):
            if picker.current_id() is None and picker.text().strip():
                unpicked[key] = label + self.tr(": Bitte aus der Liste wählen.")
        if unpicked:
            self.errors.show(unpicked)
            return
        data = ActivityData(
            happened_on=self.happened_on.value(),
            kind=self.kind.currentText(),
            subject=self.subject.text(),
            note=self.note.toPlainText(),
            organisation_id=self.organisation.current_id(),
            person_id=self.person.current_id(),
            verbund_id=self._verbund_id
            if self._verbund_id is not None
            else self.verbund.currentData(),
            participants=self.participants.value(),
        )
        try:
            self.saved = self._services.activities.save(
                data, self._existing.id if self._existing else None
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return
        self.accept()


class ActivitiesTab(QWidget):
    """Emits ``changed`` after every write."""

    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._verbund_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = RecordListModel(COLUMNS, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, compact=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_activity())
        on_delete_key(self.table, self.remove_activity)
        self.add_button = QPushButton(self.tr("Kontakt erfassen …"), self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.add_button.clicked.connect(lambda: self.add_activity())
        self.edit_button.clicked.connect(self.edit_activity)
        self.remove_button.clicked.connect(self.remove_activity)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_verbund(self, verbund_id: int | None) -> None:
        self._verbund_id = verbund_id
        self.reload()

    def reload(self) -> None:
        rows: list[ActivityRow] = []
        if self._verbund_id is not None:
            history = self._services.activities.history(verbund_id=self._verbund_id)
            rows = [ActivityRow(a) for a in history]
        self.model.set_rows(rows)
        advice = sum(1 for r in rows if r.kind == ADVICE)
        self.summary.setText(
            ""
            if self._verbund_id is None
            else self.tr("%1 Einträge, davon %2 Beratungen")
            .replace("%1", str(len(rows)))
            .replace("%2", str(advice))
        )
        self._update_buttons()

    def current(self) -> ActivityInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).info if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._verbund_id is not None)
        has_row = self.current() is not None
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add_activity(self) -> ActivityDialog | None:
        if self._verbund_id is None:
            return None
        dialog = ActivityDialog(self._services, self._verbund_id, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def edit_activity(self) -> ActivityDialog | None:
        a = self.current()
        if a is None or self._verbund_id is None:
            return None
        dialog = ActivityDialog(self._services, self._verbund_id, a, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def remove_activity(self) -> None:
        a = self.current()
        if a is None:
            return

        def delete() -> None:
            self._services.activities.delete(a.id)
            self._after_write()

        d = a.data
        what = " – ".join(x for x in (d.kind, a.organisation_name or a.person_name) if x)
        confirm(
            self,
            self.tr("Eintrag löschen"),
            self.tr("Den Eintrag vom %1 (%2) löschen?")
            .replace("%1", f"{d.happened_on:%d.%m.%Y}")
            .replace("%2", what),
            self.tr("Löschen"),
            delete,
        )
