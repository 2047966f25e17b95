"""The Verbünde area: all Verbünde with phase and health on top, the chosen one
below in tabs (overview with health check, members, Beirat, phases, tasks, key
figures, contact history, timeline)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.health import FIX_ACTIVITIES, FIX_EVENTS, FIX_MEMBERS
from wba_desktop.services.verbuende.records import VerbundFilter
from wba_desktop.views.common.conflict_dialog import guarded
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.flow_bar import FlowLayout, labelled
from wba_desktop.views.common.record_table import confirm, open_dialog, setup_table
from wba_desktop.views.common.sizing import ScrollBody, fit_placeholder, scrolling, show_rows
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.verbuende.activities_tab import ActivitiesTab
from wba_desktop.views.verbuende.board_tab import BoardTab
from wba_desktop.views.verbuende.events_tab import VerbundEventsTab
from wba_desktop.views.verbuende.figures_tab import FiguresTab
from wba_desktop.views.verbuende.health_panel import HealthPanel
from wba_desktop.views.verbuende.members_tab import MembersTab
from wba_desktop.views.verbuende.overview_model import OverviewModel, OverviewRow
from wba_desktop.views.verbuende.phases_tab import PhasesTab
from wba_desktop.views.verbuende.tasks_tab import TasksTab
from wba_desktop.views.verbuende.timeline_tab import TimelineTab
from wba_desktop.views.verbuende.verbund_dialog import VerbundDialog
from wba_desktop.vocab import PHASES, VERBUND_TYPES, WBA_REGIONS

ALL = QT_TR_NOOP("Alle")


def _combo(parent, items) -> QComboBox:
    box = QComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.addItem(tr(ALL), None)
    for label, data in items:
        box.addItem(label, data)
    return box


class VerbundView(QWidget):
    """Emits ``open_organisation(id)``, ``open_person(id)``, ``counts_changed(text)``,
    ``changed()`` and ``add_members_requested(verbund_id)`` (pick in the directory)."""

    open_organisation = Signal(int)
    open_person = Signal(int)
    counts_changed = Signal(str)

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset(
        {"verbuende", "organisations", "people", "activities", "events", "settings", "reference"}
    )
    add_members_requested = Signal(int)
    new_event_requested = Signal(int)
    open_event = Signal(int)

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verbundView")
        self._services = services
        self._runner = runner
        self._reports: dict = {}  # health reports of the overview, by Verbund id
        self.loaded = False

        # -- filter bar and overview ---------------------------------------------------
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Verbund oder Koordination suchen …"))
        self.text.setClearButtonEnabled(True)
        self.phase = _combo(self, [(cell(p), p) for p in PHASES])
        self.type = _combo(self, [(cell(t), t) for t in VERBUND_TYPES])
        self.wba_region = _combo(self, [(cell(r), r) for r in WBA_REGIONS])
        self.district = _combo(self, [(r.name, r.id) for r in services.reference.regions()])
        self.new_button = QPushButton(self.tr("Neuer Verbund …"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_verbund)
        bar = FlowLayout()  # wraps at the minimum window instead of cutting the boxes
        fit_placeholder(self.text)
        bar.addWidget(self.text)
        for label, box in (
            (self.tr("Phase:"), self.phase),
            (self.tr("Typ:"), self.type),
            (self.tr("WBA-Region:"), self.wba_region),
            (self.tr("Landkreis:"), self.district),
        ):
            bar.addWidget(labelled(label, box, self))
            box.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.new_button)
        self.text.textChanged.connect(lambda _t: self.reload())

        self.model = OverviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("verbundTable")
        self.table.setModel(self.model)
        setup_table(self.table, self.model.columns)
        show_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.edit_verbund())

        # -- detail ------------------------------------------------------------------------
        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)  # long names must not widen the window
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dialogSubtitle")
        self.subtitle.setWordWrap(True)  # phase, health, members, districts: may be long
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.report_button = QPushButton(self.tr("Bericht (Excel) …"), self)
        self.delete_button = QPushButton(self.tr("Löschen …"), self)
        self.edit_button.clicked.connect(self.edit_verbund)
        self.report_button.clicked.connect(lambda: self.export_report())
        self.delete_button.clicked.connect(self.delete_verbund)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        for b in (self.edit_button, self.report_button, self.delete_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("verbundTabs")
        self.health = HealthPanel(self)
        self.members = MembersTab(services, self)
        self.board = BoardTab(services, self)
        self.phases = PhasesTab(services, self)
        self.tasks = TasksTab(services, self)
        self.figures = FiguresTab(services, self)
        self.activities = ActivitiesTab(services, self)
        self.events = VerbundEventsTab(services, self)
        self.timeline = TimelineTab(services, runner, self)
        self._parts = [
            (self.health, self.tr("Überblick")),
            (self.members, self.tr("Mitglieder")),
            (self.board, self.tr("Beirat")),
            (self.phases, self.tr("Phasen")),
            (self.tasks, self.tr("Aufgaben")),  # all nine tabs fit 1024 px
            (self.figures, self.tr("Kennzahlen")),
            (self.activities, self.tr("Kontakte")),
            (self.events, self.tr("Veranstaltungen")),
            (self.timeline, self.tr("Zeitleiste")),
        ]
        for widget, label in self._parts:
            self.tabs.addTab(widget, label)
        self.fix_targets = {
            FIX_MEMBERS: self.members,
            FIX_ACTIVITIES: self.activities,
            FIX_EVENTS: self.events,
        }
        self.health.fix_requested.connect(self.show_fix)
        self.members.open_organisation.connect(self.open_organisation.emit)
        self.members.add_from_directory.connect(
            lambda: self.current_id() and self.add_members_requested.emit(self.current_id())
        )
        self.events.new_event_requested.connect(self.new_event_requested.emit)
        self.events.open_event.connect(self.open_event.emit)
        if hasattr(self.board, "open_person"):
            self.board.open_person.connect(self.open_person.emit)

        detail = ScrollBody(self)  # scrolls only when the window is too low for it
        dv = QVBoxLayout(detail)
        dv.setContentsMargins(0, 4, 0, 0)
        dv.addLayout(head)
        dv.addWidget(self.tabs, 1)
        top = QWidget(self)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addLayout(bar)
        tv.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(scrolling(detail, self))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 550])  # the list keeps four rows; the tabs get the rest
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._show_current()

    # -- loading -----------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def current_filter(self) -> VerbundFilter:
        def one(box: QComboBox) -> tuple:
            value = box.currentData()
            return () if value is None else (value,)

        return VerbundFilter(
            text=self.text.text().strip(),
            phases=one(self.phase),
            types=one(self.type),
            region_ids=one(self.district),
            wba_regions=one(self.wba_region),
        )

    def reload(self, select_id: int | None = None) -> None:
        self.loaded = True
        keep = select_id if select_id is not None else self.current_id()
        rows = self._services.verbuende.rows(self.current_filter())
        self._reports = self._services.health.check_many([r.id for r in rows])
        self.model.set_rows([OverviewRow.build(r, self._reports[r.id]) for r in rows])
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        ids = [r.id for r in self.model.rows()]
        if ids:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_current()
        total = len(self._services.verbuende.choices())
        self.counts_changed.emit(
            self.tr("%1 von %2 Verbünden").replace("%1", str(len(ids))).replace("%2", str(total))
        )

    def current(self) -> OverviewRow | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current()
        return row.id if row else None

    def reset_filters(self) -> None:
        widgets = (self.text, self.phase, self.type, self.wba_region, self.district)
        for w in widgets:
            w.blockSignals(True)
        self.text.clear()
        for box in widgets[1:]:
            box.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self.reload()

    def select_id(self, verbund_id: int) -> bool:
        """Select the Verbund; when the filter hides it, the filter is cleared first."""
        if verbund_id not in [r.id for r in self.model.rows()]:
            self.reset_filters()
        for i, r in enumerate(self.model.rows()):
            if r.id == verbund_id:
                self.table.selectRow(i)
                return True
        return False

    def _show_current(self) -> None:
        row = self.current()
        for b in (self.edit_button, self.report_button, self.delete_button):
            b.setEnabled(row is not None)
        verbund_id = row.id if row else None
        if row is None:
            self.title.setText(self.tr("Weiterbildungsverbünde"))
            self.subtitle.setText(
                self.tr("Noch kein Verbund gewählt. Legen Sie mit „Neuer Verbund“ einen an.")
                if not self.model.rowCount()
                else ""
            )
            self.health.clear()
        else:
            detail = self._services.verbuende.get(row.id)
            self.title.setText(detail.label)
            health, members = self.tr("Gesundheit"), self.tr("Mitglieder")
            self.subtitle.setText(
                f"{cell(row.phase)} · {health} {row.health} · "
                f"{row.members} {members} · {row.districts or '–'}"
            )
            report = self._reports.get(row.id) or self._services.health.check(row.id)
            self.health.show_verbund(detail, report, row.members)
        for widget, _label in self._parts[1:]:
            widget.set_verbund(verbund_id)

    def show_fix(self, key: str) -> None:
        target = self.fix_targets.get(key)
        if target is not None:
            self.tabs.setCurrentWidget(target)
        if key == FIX_ACTIVITIES and hasattr(self.activities, "add_activity"):
            self.activities.add_activity()

    # -- commands ----------------------------------------------------------------------
    def _run(self, dialog: VerbundDialog) -> VerbundDialog:
        def saved() -> None:
            # the change bus has refreshed the list; show what was saved
            self.select_id(dialog.saved_id)

        # what was saved counts, however the dialog was closed
        return open_dialog(dialog, saved, lambda d: d.saved_id is not None, accepted_only=False)

    def new_verbund(self) -> VerbundDialog:
        return self._run(VerbundDialog(self._services, parent=self))

    def edit_verbund(self) -> VerbundDialog | None:
        vid = self.current_id()
        if vid is None:
            return None
        return self._run(VerbundDialog(self._services, vid, parent=self))

    def delete_verbund(self) -> None:
        row = self.current()
        if row is None:
            return

        def delete() -> None:
            guarded(
                self,
                self.tr("Verbund löschen"),
                self.tr("löschen"),
                lambda v: self._services.verbuende.delete(row.id, expected_version=v),
                row.version,
            )

        confirm(
            self,
            self.tr("Verbund löschen"),
            self.tr(
                "„%1“ mit Mitgliedschaften, Phasen, Aufgaben und Kennzahlen löschen? "
                "Die Organisationen und Personen bleiben erhalten. Ein beendeter Verbund "
                "bleibt besser in der Phase „Beendet“ stehen."
            ).replace("%1", row.name),
            self.tr("Löschen"),
            delete,
        )

    def export_report(self, path=None) -> None:
        row = self.current()
        if row is None:
            return

        reports = self._services.verbund_reports
        export_file(
            self,
            self._runner,
            self.tr("Verbundbericht speichern"),
            f"Verbundbericht {row.short_name or row.name}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
            lambda p: reports.write_report(row.id, p),
            chosen_path=path,
        )
