"""The forms of the programme tab: ``SessionDialog`` edits one programme item with its
speakers, ``AssignDialog`` puts participants who said yes into a workshop.

Times are entered on the event's day (a day combo appears for events over several
days); the service checks that the item lies within the event and its places.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from html import escape

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.events.programme import SessionData, SessionInfo, overlaps
from wba_desktop.services.events.records import OCCUPYING, EventDetail
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import add_vocab, cell, set_vocab, vocab_value
from wba_desktop.views.events.event_dialog import buddy_label, line
from wba_desktop.vocab import SESSION_KINDS, SESSION_ROLES

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
#: set on the dialog, so a red error frame on the list keeps the row spacing
LIST_STYLE = (
    "QTreeWidget { background: #ffffff; alternate-background-color: #f3f6f9; }"
    " QTreeWidget::item { padding: 3px 0; }"
)


def list_widget(parent, headers: list[str], widths: tuple[int, ...]) -> QTreeWidget:
    """A flat list with columns, roomy rows and alternating colours."""
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    for i, width in enumerate(widths):
        tree.setColumnWidth(i, width)
    return tree


class SessionDialog(QDialog):
    """Add or edit a programme item of ``event``; ``start`` presets a new item's start."""

    def __init__(
        self,
        services: Services,
        event: EventDetail,
        existing: SessionInfo | None = None,
        parent=None,
        *,
        start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setStyleSheet(LIST_STYLE)
        self._services, self._event, self._existing = services, event, existing
        self.saved: SessionInfo | None = None
        edit = self.tr("Programmpunkt bearbeiten")
        self.setWindowTitle(edit if existing else self.tr("Neuer Programmpunkt"))
        self.setMinimumWidth(600)
        self.title = QLineEdit(self)
        self.kind = QComboBox(self)
        add_vocab(self.kind, SESSION_KINDS)
        self.day = QComboBox(self)
        d = event.starts_at.date()
        while d <= event.ends_at.date():
            self.day.addItem(f"{WEEKDAYS[d.weekday()]} {d:%d.%m.%Y}", d)
            d += timedelta(days=1)
        self.day.setVisible(self.day.count() > 1)
        self.start, self.end = QTimeEdit(self), QTimeEdit(self)
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        within = QLabel(self.tr("Uhr (Veranstaltung: %1)").replace("%1", event.period), self)
        within.setStyleSheet("color: #5b6b7a;")
        times = line(self.day, self.start, QLabel("–", self), self.end, within, grow=within)
        self.room = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("keine Begrenzung"))
        self.capacity.setMinimumWidth(140)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(60)
        self.speakers = list_widget(self, [self.tr("Person"), self.tr("Rolle")], (300,))
        self.speakers.setMinimumHeight(100)
        self.speaker_picker = RecordPicker(services.people.choices, self)
        self.speaker_picker.setPlaceholderText(self.tr("Person suchen und hinzufügen …"))
        self.speaker_picker.picked.connect(self._speaker_picked)
        self.role = QComboBox(self)
        add_vocab(self.role, SESSION_ROLES)
        self.remove_speaker_button = QPushButton(self.tr("Entfernen"), self)
        self.remove_speaker_button.clicked.connect(self.remove_speaker)
        picker = self.speaker_picker
        add_row = line(picker, self.role, self.remove_speaker_button, grow=picker)
        form = QFormLayout()
        form.addRow(self.tr("&Titel: *"), self.title)
        form.addRow(self.tr("&Art:"), self.kind)
        form.addRow(buddy_label(self.tr("&Zeit: *"), self.start), times)
        form.addRow(self.tr("&Raum:"), self.room)
        form.addRow(buddy_label(self.tr("&Plätze:"), self.capacity), line(self.capacity))
        form.addRow(self.tr("&Beschreibung:"), self.description)
        form.addRow(buddy_label(self.tr("&Mitwirkende:"), picker), add_row)
        form.addRow("", self.speakers)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {
                "title": self.title,
                "kind": self.kind,
                "starts_at": self.start,
                "ends_at": self.end,
                "capacity": self.capacity,
                "speakers": self.speakers,
            },
        )
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._fill(existing, start or event.starts_at)
        self._last_start = self.start.time()
        self.start.timeChanged.connect(self._start_moved)

    def _fill(self, s: SessionInfo | None, start: datetime) -> None:
        if s is None:
            end = min(start + timedelta(hours=1), self._event.ends_at)
            if end.date() != start.date():
                end = datetime.combine(start.date(), time(23, 59))
        else:
            start, end = s.starts_at, s.ends_at
            self.title.setText(s.title)
            set_vocab(self.kind, s.kind)
            self.room.setText(s.room)
            self.capacity.setValue(s.capacity or 0)
            self.description.setPlainText(s.description)
            for p in s.speakers:
                self.add_speaker(p.person_id, p.name, p.role)
        self.day.setCurrentIndex(max(0, self.day.findData(start.date())))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))

    def _start_moved(self, new: QTime) -> None:
        """A later start moves the end along, so the length stays."""
        delta, self._last_start = self._last_start.secsTo(new), new
        end = self.end.time().addSecs(delta)
        if delta and end > new:
            self.end.setTime(end)

    def _speaker_picked(self, person_id: int) -> None:
        name = self.speaker_picker.text().split(" – ")[0]
        self.add_speaker(person_id, name, vocab_value(self.role))
        self.speaker_picker.clear()

    def add_speaker(self, person_id: int, name: str, role: str) -> None:
        if person_id in dict(self.speaker_list()):
            return
        item = QTreeWidgetItem(self.speakers, [name, cell(role)])
        item.setData(0, Qt.ItemDataRole.UserRole, person_id)
        item.setData(1, Qt.ItemDataRole.UserRole, role)  # stored; the text is its label

    def remove_speaker(self) -> None:
        item = self.speakers.currentItem()
        if item is not None:
            self.speakers.takeTopLevelItem(self.speakers.indexOfTopLevelItem(item))

    def speaker_list(self) -> list[tuple[int, str]]:
        items = (self.speakers.topLevelItem(i) for i in range(self.speakers.topLevelItemCount()))
        return [
            (i.data(0, Qt.ItemDataRole.UserRole), i.data(1, Qt.ItemDataRole.UserRole))
            for i in items
        ]

    def data(self) -> SessionData:
        day = self.day.currentData()

        def at(t: QTime) -> datetime:
            return datetime.combine(day, time(t.hour(), t.minute()))

        return SessionData(
            title=self.title.text(),
            kind=vocab_value(self.kind),
            starts_at=at(self.start.time()),
            ends_at=at(self.end.time()),
            room=self.room.text(),
            capacity=self.capacity.value() or None,
            description=self.description.toPlainText(),
            speakers=tuple(self.speaker_list()),
        )

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        data, session_id = self.data(), self._existing.id if self._existing else None
        programme = self._services.programme
        op(
            self, lambda: programme.save_session(self._event.id, data, session_id), form=self.errors
        ).success(accept_saved(self)).run()


class AssignDialog(QDialog):
    """Tick who of those who said yes takes part in ``session``; people ticked here
    leave a parallel session. Over the session's places nothing is saved."""

    def __init__(
        self, services: Services, session: SessionInfo, sessions: list[SessionInfo], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setStyleSheet(LIST_STYLE)
        self._services, self._session = services, session
        self.setWindowTitle(self.tr("Teilnehmende zuordnen"))
        self.resize(780, 520)
        parallel = {
            o.title
            for o in sessions
            if o.id != session.id
            and overlaps(session.starts_at, session.ends_at, o.starts_at, o.ends_at)
        }
        head = QLabel(
            f"<b>{escape(session.title)}</b> · {session.starts_at:%H:%M}–"
            f"{session.ends_at:%H:%M}" + (f" · {escape(session.room)}" if session.room else ""),
            self,
        )
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name oder Organisation filtern …"))
        self.search.textChanged.connect(self._filter)
        headers = [self.tr("Person"), self.tr("Organisation"), self.tr("Schon eingeteilt in")]
        self.people = list_widget(self, headers, (200, 240))
        self._before: set[int] = set()
        for r in services.invitation_queries.rows(session.event_id, status=OCCUPYING):
            elsewhere = ", ".join(t for t in r.sessions if t in parallel)
            item = QTreeWidgetItem(self.people, [r.name, r.organisation, elsewhere])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            here = session.title in r.sessions
            item.setCheckState(0, Qt.CheckState.Checked if here else Qt.CheckState.Unchecked)
            if here:
                self._before.add(r.id)
            if elsewhere:
                item.setForeground(2, QColor("#8a5a00"))
                item.setToolTip(2, self.tr("Angehakt wechselt die Person hierher."))
        self.people.itemChanged.connect(lambda *_: self._count())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("placesCount")
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {"session_id": self.people})
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        for w in (head, self.banner, self.search, self.people, self.count_label, self._buttons):
            layout.addWidget(w, 1 if w is self.people else 0)
        if not self.people.topLevelItemCount():
            self.count_label.setText(self.tr("Noch hat niemand zugesagt."))
        else:
            self._count()

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.people.topLevelItem(i) for i in range(self.people.topLevelItemCount())]

    def checked(self) -> list[int]:
        return [
            i.data(0, Qt.ItemDataRole.UserRole)
            for i in self._items()
            if i.checkState(0) == Qt.CheckState.Checked
        ]

    def check(self, name: str, on: bool = True) -> None:
        item = next(i for i in self._items() if i.text(0) == name)
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for i in self._items():
            hay = f"{i.text(0)} {i.text(1)}".lower()
            i.setHidden(not all(w in hay for w in words))

    def _count(self) -> None:
        n, cap = len(self.checked()), self._session.capacity
        if cap is None:
            self.count_label.setText(self.tr("%1 Personen eingeteilt").replace("%1", str(n)))
            return
        text = self.tr("%1 von %2 Plätzen belegt").replace("%1", str(n)).replace("%2", str(cap))
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b03a2e; font-weight: 600;" if n > cap else "")

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        chosen, session_id = list(self.checked()), self._session.id
        op(
            self,
            lambda: self._services.programme.set_attendees(session_id, chosen),
            form=self.errors,
        ).success(lambda _r: self.accept()).run()
