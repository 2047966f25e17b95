"""The Beirat (advisory board) of a Verbund: who sits in it, with which function, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.members import BoardSeatData, BoardSeatInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel

FUNCTIONS = ("Vorsitz", "stellv. Vorsitz", "Mitglied")

COLUMNS = (
    Column("person", "Person", 200),
    Column("organisation", "Organisation", 240),
    Column("function", "Funktion", 130),
    Column("since", "seit", 95),
    Column("until", "bis", 95),
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
        try:
            self._services.verbund_members.save_board_seat(self._verbund_id, data, seat_id)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return
        self.saved = data
        self.accept()


class BoardTab(QWidget):
    """Emits ``changed`` after every write and ``open_person(id)`` from the context menu."""

    changed = Signal()
    open_person = Signal(int)

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._verbund_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = RecordListModel(COLUMNS, is_muted=lambda r: r.former, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("boardTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, compact=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_seat())
        on_delete_key(self.table, self.remove_seat)

        self.add_button = QPushButton(self.tr("Person hinzufügen …"), self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.add_button.clicked.connect(self.add_seat)
        self.edit_button.clicked.connect(self.edit_seat)
        self.remove_button.clicked.connect(self.remove_seat)
        self.open_action = QAction(self.tr("Person öffnen"), self)
        self.edit_action = QAction(self.tr("Bearbeiten …"), self)
        self.remove_action = QAction(self.tr("Entfernen"), self)
        self.open_action.triggered.connect(self._open_person)
        self.edit_action.triggered.connect(self.edit_seat)
        self.remove_action.triggered.connect(self.remove_seat)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.open_action, self.edit_action, self.remove_action])

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
        rows: list[SeatRow] = []
        if self._verbund_id is not None:
            rows = [SeatRow.of(s) for s in self._services.verbund_members.board(self._verbund_id)]
        self.model.set_rows(rows)
        current = [r for r in rows if not r.former]
        chair = next((r.person for r in current if r.function == "Vorsitz"), "")
        if self._verbund_id is None:
            text = ""
        elif not rows:
            text = self.tr("Noch kein Beirat eingetragen.")
        else:
            text = self.tr("%1 Personen im Beirat").replace("%1", str(len(current)))
            if chair:
                text += self.tr(" · Vorsitz: %1").replace("%1", chair)
        self.summary.setText(text)
        self._update_buttons()

    def current(self) -> SeatRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._verbund_id is not None)
        has_row = self.current() is not None
        for w in (self.edit_button, self.remove_button):
            w.setEnabled(has_row)
        for a in (self.open_action, self.edit_action, self.remove_action):
            a.setEnabled(has_row)

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add_seat(self) -> BoardSeatDialog | None:
        if self._verbund_id is None:
            return None
        dialog = BoardSeatDialog(self._services, self._verbund_id, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def edit_seat(self) -> BoardSeatDialog | None:
        row = self.current()
        if row is None or self._verbund_id is None:
            return None
        dialog = BoardSeatDialog(self._services, self._verbund_id, row.info, self)
        return open_dialog(dialog, self._after_write, has_saved)

    def remove_seat(self) -> None:
        row = self.current()
        if row is None:
            return

        def delete() -> None:
            try:
                self._services.verbund_members.delete_board_seat(row.id)
            except ServiceError as exc:
                inform(self, self.tr("Beirat"), str(exc), error=True)
                return
            self._after_write()

        confirm(
            self,
            self.tr("Aus dem Beirat entfernen"),
            self.tr(
                "%1 aus dem Beirat entfernen? Wer ausgeschieden ist, bekommt besser ein "
                "Datum unter „Bis“, damit die Geschichte erhalten bleibt."
            ).replace("%1", row.person),
            self.tr("Entfernen"),
            delete,
        )

    def _open_person(self) -> None:
        row = self.current()
        if row is not None and row.info.data.person_id is not None:
            self.open_person.emit(row.info.data.person_id)
