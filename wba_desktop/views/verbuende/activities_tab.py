"""Contact history of a Verbund (advice sessions, talks, visits, events), newest first.

``ActivityDialog`` also works without a Verbund, for the organisation and person forms.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.activities import ActivityData, ActivityInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.shell.ops import accept_saved, op
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
        activity_id = self._existing.id if self._existing else None
        activities = self._services.activities
        op(self, lambda: activities.save(data, activity_id), form=self.errors).success(
            accept_saved(self)
        ).run()


class ActivitiesTab(RecordTab):
    """Emits ``changed`` after every write."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            RecordListModel(COLUMNS),
            title=self.tr("Kontakte und Beratungen"),
            table_name="activityTable",
            add=self.tr("Kontakt erfassen …"),
            remove=self.tr("Entfernen"),
            parent=parent,
        )

    set_verbund = RecordTab.set_owner

    def load(self, verbund_id: int) -> list[ActivityRow]:
        history = self._services.activities.history(verbund_id=verbund_id)
        return [ActivityRow(a) for a in history]

    def summary_text(self, rows: list[ActivityRow]) -> str:
        advice = sum(1 for r in rows if r.kind == ADVICE)
        return (
            self.tr("%1 Einträge, davon %2 Beratungen")
            .replace("%1", str(len(rows)))
            .replace("%2", str(advice))
        )

    def make_dialog(self, row: ActivityRow | None) -> ActivityDialog:
        existing = row.info if row is not None else None
        return ActivityDialog(self._services, self.owner_id, existing, parent=self)

    def delete(self, row: ActivityRow) -> None:
        self._services.activities.delete(row.id)

    def delete_question(self, row: ActivityRow) -> DeleteQuestion:
        a, d = row.info, row.info.data
        what = " – ".join(x for x in (d.kind, a.organisation_name or a.person_name) if x)
        return DeleteQuestion(
            self.tr("Eintrag löschen"),
            self.tr("Den Eintrag vom %1 (%2) löschen?")
            .replace("%1", f"{d.happened_on:%d.%m.%Y}")
            .replace("%2", what),
            self.tr("Löschen"),
        )

    add_activity, edit_activity = RecordTab.add, RecordTab.edit
    remove_activity = RecordTab.remove
