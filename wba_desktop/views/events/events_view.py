"""The Veranstaltungen area: events as a list or a month calendar on top, the chosen
event below in tabs (programme, invitations, checklist, follow-up)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.conflict_dialog import guarded
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.flow_bar import FlowLayout, labelled, together
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import confirm, open_dialog, setup_table
from wba_desktop.views.common.sizing import ScrollBody, fit_placeholder, scrolling, show_rows
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.events.checklist_tab import ChecklistTab
from wba_desktop.views.events.event_dialog import EventDialog
from wba_desktop.views.events.events_model import EventRow, EventsModel
from wba_desktop.views.events.followup_tab import FollowUpTab
from wba_desktop.views.events.invitation_outgoing import calendar_texts, show_calendar_texts
from wba_desktop.views.events.invitations_tab import InvitationsTab
from wba_desktop.views.events.month_calendar import MonthCalendar
from wba_desktop.views.events.programme_tab import ProgrammeTab
from wba_desktop.vocab import EVENT_STATUSES, EVENT_TYPES, WBA_REGIONS

PERIODS = (
    (QT_TR_NOOP("Kommende"), "future"),
    (QT_TR_NOOP("Vergangene"), "past"),
    (QT_TR_NOOP("Alle"), "all"),
)


def _combo(parent, items, first: str = QT_TR_NOOP("Alle")) -> QComboBox:
    box = QComboBox(parent)
    # long entries ("Format für junge Menschen") must not widen the window
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.addItem(tr(first), None)
    for value in items:
        box.addItem(cell(value), value)
    return box


class EventsView(QWidget):
    open_person = Signal(int)
    counts_changed = Signal(str)

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset({"events", "verbuende", "people", "organisations", "verteiler"})

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsView")
        self._services = services
        self._runner = runner
        self.loaded = False
        self._rows: list[EventRow] = []

        # -- filter bar ----------------------------------------------------------------
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Veranstaltung, Ort oder Verbund suchen …"))
        self.text.setClearButtonEnabled(True)
        self.period = QComboBox(self)
        for label, key in PERIODS:
            self.period.addItem(self.tr(label), key)
        self.status = _combo(self, EVENT_STATUSES)
        self.type = _combo(self, EVENT_TYPES)
        self.wba_region = _combo(self, WBA_REGIONS)
        self.list_button = QPushButton(self.tr("Liste"), self)
        self.month_button = QPushButton(self.tr("Monat"), self)
        self.mode = QButtonGroup(self)
        for i, b in enumerate((self.list_button, self.month_button)):
            b.setCheckable(True)
            self.mode.addButton(b, i)
        self.list_button.setChecked(True)
        self.new_button = QPushButton(self.tr("Neue Veranstaltung …"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(lambda: self.new_event())
        bar = FlowLayout()  # wraps at the minimum window instead of cutting the boxes
        fit_placeholder(self.text)
        bar.addWidget(self.text)
        for label, box in (
            (self.tr("Zeitraum:"), self.period),
            (self.tr("Status:"), self.status),
            (self.tr("Art:"), self.type),
            (self.tr("WBA-Region:"), self.wba_region),
        ):
            bar.addWidget(labelled(label, box, self))
            box.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(together(self, self.list_button, self.month_button))
        bar.addWidget(self.new_button)
        self.text.textChanged.connect(lambda _t: self.reload())
        self.mode.idToggled.connect(lambda _i, on: on and self._mode_changed())

        # -- list and month pages ------------------------------------------------------------
        self.model = EventsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("eventsTable")
        self.table.setModel(self.model)
        setup_table(self.table, self.model.columns)
        show_rows(self.table)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _i: self.edit_event())
        self.calendar = MonthCalendar(self)
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("dayList")
        self.day_title = QLabel(self)
        self.day_title.setObjectName("cardTitle")
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.day_list.currentRowChanged.connect(lambda _r: self._show_current())
        self.day_list.itemActivated.connect(lambda _i: self.edit_event())
        month_page = QWidget(self)
        mh = QHBoxLayout(month_page)
        mh.setContentsMargins(0, 0, 0, 0)
        mh.addWidget(self.calendar, 3)
        side = QVBoxLayout()
        side.addWidget(self.day_title)
        side.addWidget(self.day_list, 1)
        mh.addLayout(side, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(month_page)

        # -- detail ----------------------------------------------------------------------------
        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)  # long titles must not widen the window
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dialogSubtitle")
        self.subtitle.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("conflictWarning")
        self.warning.setStyleSheet(
            "QLabel#conflictWarning { background:#fff4e0; color:#7a4b00; border:1px solid "
            "#f0c36d; border-radius:4px; padding:4px 8px; }"
        )
        self.warning.hide()
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        for status in EVENT_STATUSES:
            action = QAction(cell(status), self)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            self.status_menu.addAction(action)
        self.status_button.setMenu(self.status_menu)
        self.ics_button = QPushButton(self)
        show_calendar_texts(self.ics_button, "")
        self.delete_button = QPushButton(self.tr("Löschen …"), self)
        self.edit_button.clicked.connect(lambda: self.edit_event())
        self.ics_button.clicked.connect(lambda: self.export_calendar())
        self.delete_button.clicked.connect(self.delete_event)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        for b in (self.edit_button, self.status_button, self.ics_button, self.delete_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("eventTabs")
        self.programme = ProgrammeTab(services, runner, self)
        self.invitations = InvitationsTab(services, runner, self)
        self.checklist = ChecklistTab(services, self)
        self.followup = FollowUpTab(services, runner, self)
        self._parts = (
            (self.invitations, self.tr("Einladungen")),
            (self.programme, self.tr("Programm")),
            (self.checklist, self.tr("Checkliste")),
            (self.followup, self.tr("Nachbereitung")),
        )
        for widget, label in self._parts:
            self.tabs.addTab(widget, label)
            if hasattr(widget, "open_person"):
                widget.open_person.connect(self.open_person.emit)

        top = QWidget(self)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addLayout(bar)
        tv.addWidget(self.pages, 1)
        detail = ScrollBody(self)  # scrolls only when the window is too low for it
        dv = QVBoxLayout(detail)
        dv.setContentsMargins(0, 4, 0, 0)
        dv.addLayout(head)
        dv.addWidget(self.warning)
        dv.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(scrolling(detail, self))
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 570])  # the list keeps four rows; the tabs get the rest
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._show_current()

    # -- loading -----------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def month_mode(self) -> bool:
        return self.month_button.isChecked()

    def _range(self) -> tuple[date | None, date | None]:
        if self.month_mode():
            first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
            return first - timedelta(days=7), first + timedelta(days=45)
        key = self.period.currentData()
        today = date.today()
        if key == "future":
            return today, None
        if key == "past":
            return None, today - timedelta(days=1)
        return None, None

    def reload(self, select_id: int | None = None) -> None:
        self.loaded = True
        keep = select_id if select_id is not None else self.current_id()
        start, end = self._range()
        events = self._services.events.list_events(
            start=start,
            end=end,
            text=self.text.text(),
            status=self.status.currentData(),
            type=self.type.currentData(),
            wba_region=self.wba_region.currentData(),
        )
        if self.period.currentData() == "past" and not self.month_mode():
            events = list(reversed(events))
        # the warning looks at every planned event, not only those the filters show
        conflicts = self._services.events.same_day_notes(start, end)
        self._rows = [EventRow.build(e, conflicts.get(e.id, "")) for e in events]
        self.model.set_rows(self._rows)
        self.calendar.set_events(self._rows)
        ids = [r.id for r in self._rows]
        if keep in ids:
            self.select_id(keep)
        elif ids and not self.month_mode():
            self.table.selectRow(0)
        self._day_changed()
        self._show_current()
        self.counts_changed.emit(
            self.tr("%1 Veranstaltungen").replace("%1", fmt.integer(len(self._rows)))
        )

    def _mode_changed(self) -> None:
        self.pages.setCurrentIndex(1 if self.month_mode() else 0)
        self.period.setEnabled(not self.month_mode())
        # the month needs room for its day cells; the list is fine with less
        total = sum(self.splitter.sizes()) or 800
        top = int(total * (0.58 if self.month_mode() else 0.35))
        self.splitter.setSizes([top, total - top])
        self.reload()

    def _day_changed(self) -> None:
        q = self.calendar.selectedDate()
        day = date(q.year(), q.month(), q.day())
        self.day_title.setText(day.strftime("%d.%m.%Y"))
        self.day_list.blockSignals(True)
        self.day_list.clear()
        for r in self.calendar.events_on(day):
            item = QListWidgetItem(f"{r.time_text}  {r.title}\n{cell(r.status)} · {r.place}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.conflict:
                item.setToolTip(r.conflict)
            self.day_list.addItem(item)
        self.day_list.blockSignals(False)
        if self.day_list.count():
            self.day_list.setCurrentRow(0)
        if self.month_mode():
            self._show_current()

    def current_id(self) -> int | None:
        if self.month_mode():
            item = self.day_list.currentItem()
            return item.data(Qt.ItemDataRole.UserRole) if item else None
        index = self.table.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        return row.id if row else None

    def select_id(self, event_id: int) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.id == event_id:
                self.table.selectRow(i)
                self.calendar.setSelectedDate(QDate(r.day.year, r.day.month, r.day.day))

    def _show_current(self) -> None:
        event_id = self.current_id()
        for b in (self.edit_button, self.status_button, self.ics_button, self.delete_button):
            b.setEnabled(event_id is not None)
        row = next((r for r in self._rows if r.id == event_id), None)
        if row is None:
            self.title.setText(self.tr("Veranstaltungen"))
            self.subtitle.setText(
                self.tr("Keine Veranstaltung gewählt. Planen Sie mit „Neue Veranstaltung“ eine.")
            )
            self.warning.hide()
        else:
            self.title.setText(row.title)
            parts = [row.date_text, row.time_text, cell(row.type), cell(row.status), row.place]
            self.subtitle.setText(" · ".join(p for p in parts if p))
            self.warning.setText("⚠ " + row.conflict)
            self.warning.setVisible(bool(row.conflict))
        show_calendar_texts(self.ics_button, row.status if row is not None else "")
        for widget, _label in self._parts:
            widget.set_event(event_id)

    # -- commands ----------------------------------------------------------------------
    def _run(self, dialog: EventDialog) -> EventDialog:
        def saved() -> None:
            # the change bus has refreshed the list; show what was saved
            self.select_id(dialog.saved_id)

        # what was saved counts, however the dialog was closed
        return open_dialog(dialog, saved, lambda d: d.saved_id is not None, accepted_only=False)

    def new_event(self, verbund_ids: tuple[int, ...] = ()) -> EventDialog:
        return self._run(EventDialog(self._services, parent=self, verbund_ids=verbund_ids))

    def edit_event(self) -> EventDialog | None:
        event_id = self.current_id()
        if event_id is None:
            return None
        return self._run(EventDialog(self._services, event_id, parent=self))

    def set_status(self, status: str) -> None:
        event_id = self.current_id()
        if event_id is None:
            return
        op(
            self,
            lambda: self._services.events.set_status(event_id, status),
            title=self.tr("Status"),
        ).run()

    def delete_event(self) -> None:
        event_id = self.current_id()
        row = next((r for r in self._rows if r.id == event_id), None)
        if row is None:
            return

        def delete() -> None:
            guarded(
                self,
                self.tr("Veranstaltung löschen"),
                self.tr("löschen"),
                lambda v: self._services.events.delete(row.id, expected_version=v),
                row.version,
            )

        confirm(
            self,
            self.tr("Veranstaltung löschen"),
            self.tr(
                "„%1“ mit Programm, Einladungsliste und Checkliste löschen? Die Teilnahmen "
                "verschwinden dann auch aus der Kontakthistorie und den Kennzahlen der Verbünde. "
                "Eine Veranstaltung, die nicht stattfindet, setzen Sie besser auf „abgesagt“."
            ).replace("%1", row.title),
            self.tr("Löschen"),
            delete,
        )

    def export_calendar(self, path=None) -> QFileDialog | None:
        """Save the event's calendar file (for a cancelled event: the cancellation);
        the file dialog, unless ``path`` is given."""
        event_id = self.current_id()
        if event_id is None:
            return None
        exports = self._services.event_exports
        event = self._services.events.get(event_id)
        texts = calendar_texts(event.status)  # a cancelled event's file is the cancellation
        return export_file(
            self,
            self._runner,
            texts["title"],
            f"{texts['prefix']}{event.title}.ics",
            self.tr("iCalendar-Datei (*.ics)"),
            lambda p: exports.export(event_id, p, "ics"),
            chosen_path=path,
        )
