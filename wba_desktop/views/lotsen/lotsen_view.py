"""The Lotsen desk area („Anfragen“): the inquiries with filters on the left, the chosen
inquiry on the right (its matches, referrals and history), and the report in a tab.

„Neue Anfrage …“ (Strg+Umschalt+A in the main window) opens the intake form; after
saving, the new inquiry is selected and its matching partners are shown at once.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from wba_desktop.services.lotsen.inquiry_list import InquiryFilter
from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import open_dialog, setup_table
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.lotsen.inquiry_panel import InquiryPanel
from wba_desktop.views.lotsen.intake_dialog import IntakeDialog
from wba_desktop.views.lotsen.report_view import ReportView
from wba_desktop.vocab import STATUSES, WBA_REGIONS

COLUMNS = (
    Column("number", QT_TR_NOOP("Nr."), 86),
    Column("received_on", QT_TR_NOOP("Eingang"), 80),
    Column("status", QT_TR_NOOP("Status"), 104, format=cell),
    Column("inquirer", QT_TR_NOOP("Wer fragt"), 160),
    Column("district", QT_TR_NOOP("Landkreis"), 118),
    Column("topics", QT_TR_NOOP("Themen"), 220),
    Column("coordinator", QT_TR_NOOP("Zuständig"), 130),
    Column("next_follow_up", QT_TR_NOOP("Wiedervorlage"), 100),
)
#: the status filter's entry for every inquiry not closed nor cancelled
OPEN_ONLY = "__open__"
#: the period filter: label, days back (None: all)
PERIODS = (
    (QT_TR_NOOP("Letzte 12 Monate"), 365),
    (QT_TR_NOOP("Letzte 3 Monate"), 92),
    (QT_TR_NOOP("Alle"), None),
    (QT_TR_NOOP("Zeitraum …"), -1),
)


def _combo(parent, items, first: str = QT_TR_NOOP("Alle")) -> QComboBox:
    box = QComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(7)
    box.addItem(tr(first), None)
    for label, data in items:
        box.addItem(label, data)
    return box


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class LotsenView(QWidget):
    open_organisation = Signal(int)
    open_person = Signal(int)
    counts_changed = Signal(str)

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset({"inquiries", "organisations", "activities", "reference"})

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lotsenView")
        self._services = services
        self._runner = runner
        self.loaded = False

        # -- filters ----------------------------------------------------------------------
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Nr., Unternehmen oder Anliegen suchen …"))
        self.text.setClearButtonEnabled(True)
        self.status = _combo(self, [(cell(s), s) for s in STATUSES])
        self.status.insertItem(1, self.tr("offen (neu bis vermittelt)"), OPEN_ONLY)
        self.topic = _combo(self, [(t.name, t.id) for t in services.offers.topics(False)])
        self.region = _combo(self, [(r.name, r.id) for r in services.reference.regions()])
        self.wba_region = _combo(self, [(cell(w), w) for w in WBA_REGIONS])
        self.coordinator = _combo(self, [(n, pid) for pid, n in services.inquiries.coordinators()])
        self.period = QComboBox(self)
        for label, days in PERIODS:
            self.period.addItem(self.tr(label), days)
        self.date_from = QDateEdit(QDate.currentDate().addYears(-1), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.reload())
        self.new_button = QPushButton(self.tr("Neue Anfrage …"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(lambda: self.new_inquiry())
        top = QHBoxLayout()
        top.addWidget(self.text, 3)
        top.addWidget(QLabel(self.tr("Zeitraum:"), self))
        top.addWidget(self.period, 1)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        top.addWidget(self.new_button)
        second = QHBoxLayout()
        for label, box in (
            (self.tr("Status:"), self.status),
            (self.tr("Thema:"), self.topic),
            (self.tr("Landkreis:"), self.region),
            (self.tr("WBA-Region:"), self.wba_region),
            (self.tr("Zuständig:"), self.coordinator),
        ):
            second.addWidget(QLabel(label, self))
            second.addWidget(box, 1)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(self._period_changed)
        # typing waits for a pause: no query per keystroke on thousands of inquiries
        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _t: self._typing.start())

        # -- list and detail --------------------------------------------------------------
        self.model = RecordListModel(COLUMNS, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("inquiryTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, compact=True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen())
        self.panel = InquiryPanel(services, runner, self)
        self.panel.open_organisation.connect(self.open_organisation)
        self.panel.open_person.connect(self.open_person)
        self.panel.edit_requested.connect(self.edit_inquiry)
        self.panel.changed.connect(self.reload)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setSizes([548, 500])
        self.count = QLabel(self)
        inquiries = QWidget(self)
        page = QVBoxLayout(inquiries)
        page.addLayout(top)
        page.addLayout(second)
        page.addWidget(split, 1)
        page.addWidget(self.count)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(inquiries, self.tr("Anfragen"))
        self.report = ReportView(services, runner, self)
        self.tabs.addTab(self.report, self.tr("Auswertung"))
        self.tabs.currentChanged.connect(
            lambda i: self.tabs.widget(i) is self.report and self.report.ensure_loaded()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # -- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> LotsenView:
        if not self.loaded:
            self.loaded = True
            self.reload()
        return self

    def current_filter(self) -> InquiryFilter:
        days = self.period.currentData()
        date_from = date_to = None
        if days == -1:
            date_from, date_to = _day(self.date_from), _day(self.date_to)
        elif days is not None:
            date_from = date.today() - timedelta(days=days)
        status = self.status.currentData()
        return InquiryFilter(
            status=None if status == OPEN_ONLY else status,
            open_only=status == OPEN_ONLY,
            topic_id=self.topic.currentData(),
            region_id=self.region.currentData(),
            wba_region=self.wba_region.currentData(),
            coordinator_id=self.coordinator.currentData(),
            date_from=date_from,
            date_to=date_to,
            text=self.text.text().strip(),
        )

    def reload(self) -> None:
        self.loaded = True
        flt, keep = self.current_filter(), self.current_id()
        rows = op(self, lambda: self._services.inquiries.search(flt)).run()
        if rows is None:
            return
        self.model.set_rows(rows)
        self.count.setText(fmt.count(len(rows), tr("Anfrage"), tr("Anfragen")))
        self.counts_changed.emit(self.count.text())
        if keep is not None and self.select_id(keep):
            self.panel.show_inquiry(keep)
        elif rows:
            self.table.selectRow(0)
        else:
            self.panel.show_inquiry(None)

    def refresh_after_change(self) -> None:
        self.reload()
        if self.report.loaded:
            self.report.reload()

    def _period_changed(self) -> None:
        own = self.period.currentData() == -1
        self.date_from.setVisible(own)
        self.date_to.setVisible(own)
        self.reload()

    # -- selection ----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        rec = self.model.record(self.table.currentIndex().row())
        return rec.id if rec is not None else None

    def select_id(self, inquiry_id: int) -> bool:
        for row, rec in enumerate(self.model.rows()):
            if rec.id == inquiry_id:
                self.table.selectRow(row)
                return True
        return False

    def _chosen(self) -> None:
        self.panel.show_inquiry(self.current_id())

    # -- commands -----------------------------------------------------------------------------
    def new_inquiry(self) -> IntakeDialog:
        dialog = IntakeDialog(self._services, None, self)
        return open_dialog(dialog, lambda: self._saved(dialog.saved))

    def edit_inquiry(self, inquiry_id: int) -> IntakeDialog:
        dialog = IntakeDialog(self._services, inquiry_id, self)
        return open_dialog(dialog, lambda: self._saved(inquiry_id))

    def _saved(self, inquiry_id: int | None) -> None:
        if inquiry_id is None:
            return
        if not self.select_id(inquiry_id):  # outside the filters: show everything
            self.status.setCurrentIndex(0)
            for box in (self.topic, self.region, self.wba_region, self.coordinator):
                box.setCurrentIndex(0)
            self.text.clear()
            self.period.setCurrentIndex(self.period.findData(None))
            self.reload()
            self.select_id(inquiry_id)
        self.panel.show_inquiry(inquiry_id)
