"""The Beirat (advisory board) of a Verbund: who sits in it, with which function, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.members import BoardSeatData, BoardSeatInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel

FUNCTIONS = ("Vorsitz", "stellv. Vorsitz", "Mitglied")

COLUMNS = (
    Column("person", QT_TR_NOOP("Person"), 200),
    Column("organisation", QT_TR_NOOP("Organisation"), 240),
    Column("function", QT_TR_NOOP("Funktion"), 130),
    Column("since", QT_TR_NOOP("seit"), 95),
    Column("until", QT_TR_NOOP("bis"), 95),
)


@dataclass(frozen=True)
class SeatRow:
    """Flat view of a BoardSeatInfo for the table."""

    id: int
    person: str
    organisation: str
    function: str
    since: date | None
    until: date | None
    info: BoardSeatInfo

    @classmethod
    def of(cls, s: BoardSeatInfo) -> SeatRow:
        d = s.data
        return cls(s.id, s.person_name, s.organisation_name, d.function, d.since, d.until, s)

    @property
    def former(self) -> bool:
        return self.until is not None and self.until < date.today()


class BoardSeatDialog(QDialog):
    """Add or edit one Beirat seat: person, function, period."""

    def __init__(
        self,
        services: Services,
        verbund_id: int,
        existing: BoardSeatInfo | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardSeatDialog")
        self._services = services
        self._verbund_id = verbund_id
        self._existing = existing
        self.saved: BoardSeatData | None = None
        self.setWindowTitle(
            self.tr("Beiratssitz bearbeiten") if existing else self.tr("Person in den Beirat")
        )
        self.setMinimumWidth(460)

        self.person = RecordPicker(services.people.choices, self)
        self.function = QComboBox(self)
        self.function.setEditable(True)
        self.function.addItems(FUNCTIONS)
        self.function.setCurrentText("Mitglied")
        self.since = OptionalDateEdit(self)
        self.until = OptionalDateEdit(self)

        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Funktion:"), self.function)
        form.addRow(self.tr("&Seit:"), self.since)
        form.addRow(self.tr("&Bis:"), self.until)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {"person_id": self.person, "function": self.function, "until": self.until},
        )
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        if existing:
            self.person.set_current(existing.data.person_id, existing.person_name)
            self.function.setCurrentText(existing.data.function)
            self.since.set_value(existing.data.since)
            self.until.set_value(existing.data.until)

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        data = BoardSeatData(
            person_id=self.person.current_id(),
            function=self.function.currentText(),
            since=self.since.value(),
            until=self.until.value(),
        )
        seat_id = self._existing.id if self._existing else None
        members = self._services.verbund_members

        def saved(_nothing: None) -> None:
            self.saved = data  # the service returns nothing: keep what was saved
            self.accept()

        op(
            self,
            lambda: members.save_board_seat(self._verbund_id, data, seat_id),
            form=self.errors,
        ).success(saved).run()


class BoardTab(RecordTab):
    """Emits ``changed`` after every write and ``open_person(id)`` from the context menu."""

    open_person = Signal(int)

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            RecordListModel(COLUMNS, is_muted=lambda r: r.former),
            title=self.tr("Beirat"),
            table_name="boardTable",
            add=self.tr("Person hinzufügen …"),
            remove=self.tr("Entfernen"),
            parent=parent,
        )
        self.open_action = QAction(self.tr("Person öffnen"), self)
        self.open_action.triggered.connect(self._open_person)
        self.use_context_menu(self.open_action)

    set_verbund = RecordTab.set_owner

    def load(self, verbund_id: int) -> list[SeatRow]:
        return [SeatRow.of(s) for s in self._services.verbund_members.board(verbund_id)]

    def summary_text(self, rows: list[SeatRow]) -> str:
        if not rows:
            return self.tr("Noch kein Beirat eingetragen.")
        current = [r for r in rows if not r.former]
        text = self.tr("%1 Personen im Beirat").replace("%1", str(len(current)))
        chair = next((r.person for r in current if r.function == "Vorsitz"), "")
        if chair:
            text += self.tr(" · Vorsitz: %1").replace("%1", chair)
        return text

    def make_dialog(self, row: SeatRow | None) -> BoardSeatDialog:
        existing = row.info if row is not None else None
        return BoardSeatDialog(self._services, self.owner_id, existing, self)

    def delete(self, row: SeatRow) -> None:
        self._services.verbund_members.delete_board_seat(row.id)

    def delete_question(self, row: SeatRow) -> DeleteQuestion:
        return DeleteQuestion(
            self.tr("Aus dem Beirat entfernen"),
            self.tr(
                "%1 aus dem Beirat entfernen? Wer ausgeschieden ist, bekommt besser ein "
                "Datum unter „Bis“, damit die Geschichte erhalten bleibt."
            ).replace("%1", row.person),
            self.tr("Entfernen"),
        )

    add_seat, edit_seat, remove_seat = RecordTab.add, RecordTab.edit, RecordTab.remove

    def _open_person(self) -> None:
        row = self.current()
        if row is not None and row.info.data.person_id is not None:
            self.open_person.emit(row.info.data.person_id)
