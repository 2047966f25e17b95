"""Record or edit one entry of the contact history (advice, talk, visit …): from a
Verbund's contact tab with the Verbund fixed, or from the organisation and person forms.
A contact may carry a follow-up ("Wiedervorlage"): a due date, who takes care of it
(the names seen so far and one's own to choose from) and when it was done."""

from __future__ import annotations

from datetime import date, timedelta

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
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.activities import ActivityData, ActivityInfo
from wba_desktop.views.common.count_edit import CountEdit
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import add_vocab, set_vocab, vocab_value
from wba_desktop.vocab import ACTIVITY_KINDS, ADVICE


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
        add_vocab(self.kind, ACTIVITY_KINDS)
        set_vocab(self.kind, ADVICE)
        self.organisation = RecordPicker(services.organisations.choices, self)
        self.person = RecordPicker(services.people.choices, self)
        self.subject = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(80)
        self.participants = CountEdit(self)
        self.participants.setToolTip(self.tr("Bei Veranstaltungen: wie viele teilnahmen"))
        self.verbund = QComboBox(self)
        self.due_on = OptionalDateEdit(self)
        self.due_on.setSpecialValueText(self.tr("keine"))
        self.due_on.setToolTip(self.tr("Wann wieder an diesen Kontakt gedacht werden soll"))
        # the team's default follow-up period (Extras › Einstellungen › Schwellenwerte)
        self._follow_up_days = services.follow_up_defaults.defaults().activity_days
        self.due_in_two_weeks = QPushButton(self._in_days_text(self._follow_up_days), self)
        self.due_in_two_weeks.clicked.connect(self._due_in_two_weeks)
        self.responsible = QComboBox(self)
        self.responsible.setEditable(True)
        self.responsible.addItems(self._responsible_names(services))
        self.responsible.setCurrentText("")
        self.responsible.lineEdit().setPlaceholderText(self.tr("wer sich darum kümmert"))
        self.done_on = OptionalDateEdit(self)
        self.done_on.setSpecialValueText(self.tr("offen"))
        self.done_today = QPushButton(self.tr("heute erledigt"), self)
        self.done_today.clicked.connect(lambda: self.done_on.set_value(date.today()))

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
        form.addRow(
            self._label(self.tr("&Wiedervorlage am:"), self.due_on),
            _row(self.due_on, self.due_in_two_weeks),
        )
        form.addRow(self.tr("&Zuständig:"), self.responsible)
        form.addRow(
            self._label(self.tr("&Erledigt am:"), self.done_on), _row(self.done_on, self.done_today)
        )
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
                "due_on": self.due_on,
                "responsible": self.responsible,
                "done_on": self.done_on,
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
        set_vocab(self.kind, d.kind)
        if d.organisation_id is not None:
            self.organisation.set_current(d.organisation_id, a.organisation_name)
        if d.person_id is not None:
            self.person.set_current(d.person_id, a.person_name)
        self.subject.setText(d.subject)
        self.note.setPlainText(d.note)
        self.participants.set_value(d.participants)
        self.verbund.setCurrentIndex(max(self.verbund.findData(d.verbund_id), 0))
        self.due_on.set_value(d.due_on)
        self.responsible.setCurrentText(d.responsible)
        self.done_on.set_value(d.done_on)

    def _label(self, text: str, buddy) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # the mnemonic works (and shows) only with a buddy
        return label

    @staticmethod
    def _responsible_names(services: Services) -> list[str]:
        """One's own name (from the settings) first, then the names seen so far."""
        own = services.uow.user_name or ""
        seen = services.followups.responsible_names()
        return ([own] if own else []) + [n for n in seen if n.casefold() != own.casefold()]

    def _in_days_text(self, days: int) -> str:
        """„in 2 Wochen“, „in 10 Tagen“: the follow-up button's label."""
        if days == 1:
            return self.tr("morgen")
        if days == 7:
            return self.tr("in einer Woche")
        if days % 7 == 0:
            return self.tr("in %1 Wochen").replace("%1", str(days // 7))
        return self.tr("in %1 Tagen").replace("%1", str(days))

    def _due_in_two_weeks(self) -> None:
        start = max(self.happened_on.value() or date.today(), date.today())
        self.due_on.set_value(start + timedelta(days=self._follow_up_days))
        if not self.responsible.currentText().strip() and self.responsible.count():
            self.responsible.setCurrentIndex(0)

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
            kind=vocab_value(self.kind),
            subject=self.subject.text(),
            note=self.note.toPlainText(),
            organisation_id=self.organisation.current_id(),
            person_id=self.person.current_id(),
            verbund_id=self._verbund_id
            if self._verbund_id is not None
            else self.verbund.currentData(),
            participants=self.participants.value(),
            due_on=self.due_on.value(),
            responsible=self.responsible.currentText(),
            done_on=self.done_on.value(),
        )
        activity_id = self._existing.id if self._existing else None
        activities = self._services.activities
        op(self, lambda: activities.save(data, activity_id), form=self.errors).success(
            accept_saved(self)
        ).run()


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
