"""Follow-up of an event: how many were invited, accepted, came; by kind of
organisation and by district; a bar chart; the follow-up report as Excel and the
chart as PNG.

matplotlib is imported when the tab is first shown, so the app starts without it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import NotFoundError
from wba_desktop.services.bundle import Services
from wba_desktop.services.events.invitation_queries import FollowUpReport
from wba_desktop.services.events.programme import fmt_period
from wba_desktop.text import format as fmt
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import ScrollBody, fit_titles, show_rows
from wba_desktop.views.common.tasks import TaskRunner

CARD_STYLE = (
    "QFrame#followupCard { background: #ffffff; border: 1px solid #d5dde5; border-radius: 6px; }"
    " QLabel#cardNumber { font-size: 17pt; font-weight: 600; color: #1f3a52; }"
    " QLabel#cardCaption { color: #5a6570; }"
)
#: the totals strip: (FollowUpReport attribute, caption)
TOTALS = (
    ("invited", QT_TR_NOOP("Eingeladen")),
    ("accepted", QT_TR_NOOP("Zugesagt")),
    ("attended", QT_TR_NOOP("Teilgenommen")),
    ("no_show", QT_TR_NOOP("Nicht erschienen")),
    ("cancelled", QT_TR_NOOP("Abgesagt")),
    ("waiting", QT_TR_NOOP("Warteliste")),
)
RATE = QT_TR_NOOP("Teilnahmequote")


def _columns(first: str) -> tuple[Column, ...]:
    return (
        Column("label", first, 200),
        Column("invited", QT_TR_NOOP("Eingeladen"), 90, align_right=True, format=fmt.integer),
        Column("accepted", QT_TR_NOOP("Zugesagt"), 85, align_right=True, format=fmt.integer),
        Column("attended", QT_TR_NOOP("Teilgenommen"), 115, align_right=True, format=fmt.integer),
    )


def attendance_rate(report: FollowUpReport) -> str:
    """Attended of those who accepted, ``–`` before attendance was taken."""
    if not report.accepted or not (report.attended or report.no_show):
        return "–"
    return fmt.percent(report.attended / report.accepted)


class CountsModel(RecordListModel):
    """Rows are ``ReportRow``; numbers right-aligned."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            if self.columns[index.column()].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)


class FollowUpTab(QWidget):
    changed = Signal()  # nothing is edited here; there for the event view's wiring

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._event_id: int | None = None
        self._stale = True
        self.report: FollowUpReport | None = None
        self.canvas = None
        self.figure = None
        self.setStyleSheet(CARD_STYLE)
        self.heading = QLabel(self.tr("Keine Veranstaltung gewählt."), self)
        self.heading.setObjectName("tabSummary")
        self.heading.setWordWrap(True)  # a long title must not cut the counts
        self.xlsx_button = QPushButton(self.tr("Nachbericht (Excel) …"), self)
        self.png_button = QPushButton(self.tr("Diagramm als PNG …"), self)
        self.xlsx_button.clicked.connect(lambda: self.export_report())
        self.png_button.clicked.connect(lambda: self.export_chart())
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.xlsx_button)
        head.addWidget(self.png_button)

        cards = QHBoxLayout()
        self.total_labels: dict[str, QLabel] = {}
        for _attr, caption in (*TOTALS, (None, RATE)):
            card, number = self._card(self.tr(caption))
            self.total_labels[caption] = number
            cards.addWidget(card)
        self.total_labels[RATE].parent().setToolTip(
            self.tr("Anteil der Zugesagten, die teilgenommen haben")
        )

        self.by_kind = CountsModel(_columns(self.tr("Art")), parent=self)
        self.by_district = CountsModel(_columns(self.tr("Landkreis")), parent=self)
        tables = QWidget(self)
        tv = QVBoxLayout(tables)
        tv.setContentsMargins(0, 0, 0, 0)
        self.kind_table = self._table(self.by_kind, tables)
        self.district_table = self._table(self.by_district, tables)
        tv.addWidget(QLabel(self.tr("Nach Art der Organisation"), tables))
        tv.addWidget(self.kind_table, 1)
        tv.addWidget(QLabel(self.tr("Nach Landkreis"), tables))
        tv.addWidget(self.district_table, 1)
        # the kind or district column beside three counts, all titles readable
        tables.setMinimumWidth(440)
        self.chart_box = QWidget(self)
        self._chart_layout = QVBoxLayout(self.chart_box)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(tables)
        self.splitter.addWidget(self.chart_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 500])  # the tables: four columns with their titles

        # on a small screen the tab scrolls rather than squeezing tables and chart
        body = ScrollBody(self)
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update_buttons()

    def _card(self, caption: str) -> tuple[QFrame, QLabel]:
        card = QFrame(self)
        card.setObjectName("followupCard")
        number = QLabel("–", card)
        number.setObjectName("cardNumber")
        text = QLabel(caption, card)
        text.setObjectName("cardCaption")
        box = QVBoxLayout(card)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(0)
        box.addWidget(number)
        box.addWidget(text)
        return card, number

    def _table(self, model: CountsModel, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        for i, col in enumerate(model.columns):
            table.setColumnWidth(i, col.width)
        fit_titles(table)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fits
        show_rows(table)
        return table

    # -- loading ---------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        self._event_id = event_id
        self._stale = True
        self._update_buttons()
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _update_buttons(self) -> None:
        for b in (self.xlsx_button, self.png_button):
            b.setEnabled(self._event_id is not None)

    def reload(self) -> None:
        """Read the report and fill totals and tables; draw the chart when visible."""
        self._stale = False
        self.report = None
        if self._event_id is not None:
            try:
                self.report = self._services.invitation_queries.report(self._event_id)
            except NotFoundError:
                self._event_id = None
                self._update_buttons()
        r = self.report
        if r is None:
            self.heading.setText(self.tr("Keine Veranstaltung gewählt."))
        else:
            self.heading.setText(
                self.tr("%1 · %2 · %3 Personen auf der Liste (davon %4 nur vorgemerkt)")
                .replace("%1", r.title)
                .replace("%2", fmt_period(r.starts_at, r.ends_at))
                .replace("%3", fmt.integer(r.listed))
                .replace("%4", fmt.integer(r.listed - r.invited))
            )
        for attr, caption in TOTALS:
            self.total_labels[caption].setText(fmt.integer(getattr(r, attr)) if r else "–")
        self.total_labels[RATE].setText(attendance_rate(r) if r else "–")
        self.by_kind.set_rows(r.by_kind if r else [])
        self.by_district.set_rows(r.by_district if r else [])
        if self.isVisible():
            self.draw_chart()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self.chart_box)
        self.canvas.setMinimumSize(300, 220)
        self._chart_layout.addWidget(self.canvas, 1)

    def draw_chart(self) -> None:
        from wba_desktop.views.events.followup_chart import draw_followup

        self._ensure_canvas()
        draw_followup(self.figure, self.report)
        # each kind of organisation gets a readable band: taller rather than overlapping
        kinds = len(self.report.by_kind) if self.report is not None else 0
        self.canvas.setMinimumHeight(max(220, 90 + 30 * kinds))
        self.canvas.draw_idle()

    # -- files -----------------------------------------------------------------------
    def _title(self) -> str:
        return self.report.title if self.report else self._services.events.get(self._event_id).title

    def export_report(self, path: Path | None = None) -> None:
        if self._event_id is None:
            return
        event_id, services = self._event_id, self._services
        export_file(
            self,
            self._runner,
            self.tr("Nachbericht speichern"),
            f"Nachbericht {self._title()}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
            lambda p: services.event_exports.followup_xlsx(event_id, p),
            chosen_path=path,
        )

    def export_chart(self, path: Path | None = None) -> None:
        if self._event_id is None:
            return
        event_id, services = self._event_id, self._services

        def write(p: Path) -> None:
            exports = services.event_exports
            p.write_bytes(
                exports.followup_chart(services.invitation_queries.report(event_id), dpi=150)
            )

        export_file(
            self,
            self._runner,
            self.tr("Diagramm speichern"),
            f"Diagramm {self._title()}.png",
            self.tr("PNG-Bild (*.png)"),
            write,
            chosen_path=path,
        )
