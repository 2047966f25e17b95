"""The Lotsen report („Auswertung“): inquiries and referrals of a period, by month (the
chart), topic, district, WBA region, channel and outcome; the partners by referrals
and success rate; the medians. Saved as the ministry's workbook or as a picture."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.flow_bar import FlowLayout, labelled
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.picture_header import PICTURE_FILTERS, ask_save_file
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import show_rows
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell

COUNT_COLUMNS = (
    Column("label", QT_TR_NOOP(""), 300),
    Column("inquiries", QT_TR_NOOP("Anfragen"), 90, align_right=True),
    Column("referrals", QT_TR_NOOP("Vermittlungen"), 110, align_right=True),
)
PARTNER_COLUMNS = (
    Column("name", QT_TR_NOOP("Partner"), 300),
    Column("referrals", QT_TR_NOOP("Vermittlungen"), 110, align_right=True),
    Column("accepted", QT_TR_NOOP("angenommen"), 105, align_right=True),
    Column("successes", QT_TR_NOOP("erfolgreich"), 100, align_right=True),
    Column("rate", QT_TR_NOOP("Erfolgsquote"), 105, align_right=True),
)
BREAKDOWNS = (
    ("by_topic", QT_TR_NOOP("Thema")),
    ("by_district", QT_TR_NOOP("Landkreis")),
    ("by_wba_region", QT_TR_NOOP("WBA-Region")),
    ("by_channel", QT_TR_NOOP("Eingang")),
    ("by_outcome", QT_TR_NOOP("Ergebnis")),
)


class _PartnerRow:
    def __init__(self, row) -> None:
        self.id = row.organisation_id
        self.name = row.name
        self.referrals, self.accepted, self.successes = row.referrals, row.accepted, row.successes
        rate = row.success_rate
        self.rate = "–" if rate is None else fmt.percent(rate)


def _date_edit(parent, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class ReportView(QWidget):
    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lotsenReport")
        self._services = services
        self._runner = runner
        self.report = None
        self.loaded = False
        today = date.today()
        self.date_from = _date_edit(self, today.replace(year=today.year - 1, day=1))
        self.date_to = _date_edit(self, today)
        self.wba_region = QComboBox(self)
        self.wba_region.addItem(self.tr("ganz Sachsen-Anhalt"), None)
        for name in services.lotsen_report.wba_regions():
            self.wba_region.addItem(cell(name), name)
        self.xlsx_button = QPushButton(self.tr("Bericht als Excel …"), self)
        self.xlsx_button.setToolTip(self.tr("Der Bericht für das Ministerium (.xlsx)"))
        self.xlsx_button.clicked.connect(lambda: self.save_workbook())
        self.picture_button = QPushButton(self.tr("Diagramm speichern …"), self)
        self.picture_button.clicked.connect(lambda: self.save_picture())
        bar = FlowLayout()  # wraps at 1024 px instead of cutting the region box
        for label, widget in (
            (self.tr("Von:"), self.date_from),
            (self.tr("Bis:"), self.date_to),
            (self.tr("WBA-Region:"), self.wba_region),
        ):
            bar.addWidget(labelled(label, widget, self))
        bar.addWidget(self.picture_button)
        bar.addWidget(self.xlsx_button)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.wba_region.currentIndexChanged.connect(lambda _i: self.reload())
        self.figures = QLabel(self)
        self.figures.setObjectName("reportFigures")
        self.figures.setWordWrap(True)

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(10.5, 4.0), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(360, 220)  # leaves four table rows at 1024×640
        self.tables = QTabWidget(self)
        self.models: dict[str, RecordListModel] = {}
        for key, header in BREAKDOWNS:
            columns = (Column("label", header, 300, format=cell), *COUNT_COLUMNS[1:])
            self.models[key] = self._table(key, tr(header), columns)
        self.models["partners"] = self._table("partners", self.tr("Partner"), PARTNER_COLUMNS)
        # the chart across the whole width (months left, topics right), the tables below
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.canvas)
        split.addWidget(self.tables)
        split.setSizes([400, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addWidget(split, 1)

    def _table(self, key: str, title: str, columns) -> RecordListModel:
        model = RecordListModel(columns, parent=self)
        table = QTableView(self)
        table.setObjectName(f"report_{key}")
        table.setModel(model)
        setup_table(table, columns, compact=True, stretch=0)
        show_rows(table)
        self.tables.addTab(table, title)
        return model

    # -- loading ---------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        start, end, region = _day(self.date_from), _day(self.date_to), self.wba_region.currentData()
        service = self._services.lotsen_report
        self.figures.setText(self.tr("Auswertung wird berechnet …"))
        op(self, lambda: service.report(start, end, region), key="report",
           runner=self._runner).success(self._show).failure(
            lambda exc: self.figures.setText(str(exc))
        ).run_in_background()  # fmt: skip

    def _show(self, report) -> None:
        from wba_desktop.charts.lotsen import draw_report

        self.report = r = report
        medians = []
        for label, value in (
            (tr("bis zur ersten Vermittlung"), r.median_days_to_referral),
            (tr("bis zum Ergebnis"), r.median_days_to_outcome),
        ):
            medians.append(f"{label} {'–' if value is None else fmt.number(value)} Tage")
        self.figures.setText(
            self.tr("%1 · %2, davon %3 vermittelt · %4 · Median: %5")
            .replace("%1", r.period_text)
            .replace("%2", fmt.count(r.inquiries, "Anfrage", "Anfragen"))
            .replace("%3", fmt.integer(r.referred_inquiries))
            .replace("%4", fmt.count(r.referrals, "Vermittlung", "Vermittlungen"))
            .replace("%5", ", ".join(medians))
        )
        for key, _header in BREAKDOWNS:
            self.models[key].set_rows(getattr(r, key))
        self.models["partners"].set_rows([_PartnerRow(p) for p in r.partners])
        self.figure.clear()
        draw_report(self.figure, r)
        self.canvas.draw_idle()

    # -- saving ----------------------------------------------------------------------------
    def _args(self):
        return _day(self.date_from), _day(self.date_to), self.wba_region.currentData()

    def save_workbook(self, path=None) -> None:
        start, end, region = self._args()
        service = self._services.lotsen_report
        export_file(
            self,
            self._runner,
            self.tr("Bericht speichern"),
            f"Anfragen {start:%Y-%m-%d} bis {end:%Y-%m-%d}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
            lambda p: service.write_xlsx(p, start, end, region),
            chosen_path=path,
        )

    def save_picture(self, path=None) -> None:
        if self.report is None:
            return
        from wba_desktop.charts.lotsen import save_report_chart

        report = self.report

        def write(chosen) -> None:
            op(self, lambda: save_report_chart(report, chosen), title=self.tr("Diagramm")).run()

        if path is not None:
            write(path)
        else:
            ask_save_file(self, self.tr("Diagramm speichern"), "Anfragen.png", write,
                          PICTURE_FILTERS)  # fmt: skip
