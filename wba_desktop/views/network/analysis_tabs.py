"""Analysis, gaps and suggested introductions beside the network drawing."""

from __future__ import annotations

import networkx as nx
from PySide6.QtCore import QT_TR_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError
from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import fit_titles
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr

METRIC_COLUMNS = (
    Column("name", QT_TR_NOOP("Organisation"), 220),
    Column("kind", QT_TR_NOOP("Art"), 130),
    Column("district", QT_TR_NOOP("Landkreis"), 120),
    Column("degree", QT_TR_NOOP("Verbindungen"), 90, align_right=True, format=fmt.integer),
    Column(
        "weighted_degree",
        QT_TR_NOOP("gewichtet"),
        75,
        align_right=True,
        format=lambda v: fmt.number(v, 1),
    ),
    # shown with a decimal comma ("0,432"); the model sorts by the raw value
    Column(
        "betweenness",
        QT_TR_NOOP("Vermittler"),
        80,
        align_right=True,
        format=lambda v: fmt.decimal(v, 3),
    ),
    Column(
        "closeness", QT_TR_NOOP("Nähe"), 70, align_right=True, format=lambda v: fmt.decimal(v, 3)
    ),
    Column(
        "eigenvector",
        QT_TR_NOOP("Eigenvektor"),
        80,
        align_right=True,
        format=lambda v: fmt.decimal(v, 3),
    ),
    Column(
        "community",
        QT_TR_NOOP("Gruppe"),
        60,
        align_right=True,
        format=lambda v: str(v) if v else "–",
    ),
)
SUGGESTION_COLUMNS = (
    Column("a_name", QT_TR_NOOP("Organisation"), 180),
    Column("b_name", QT_TR_NOOP("mit"), 180),
    Column("reason", QT_TR_NOOP("Warum"), 320),
)
GAP_COLOURS = {"fehlt": "#fdecea", "nicht vernetzt": "#fff3cd"}
GAP_COVERED = "#e8f1fb"  # present only through an organisation responsible for it


def _table(parent, model) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for i, col in enumerate(model.columns):
        table.setColumnWidth(i, col.width)
    fit_titles(table)
    return table


class AnalysisTabs(QObject):
    """Adds three tabs; ``select_requested(id)`` shows an organisation in the graph,
    ``changed`` after an introduction was recorded."""

    select_requested = Signal(int)
    district_requested = Signal(str)
    changed = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._runner, self._parent = services, runner, parent
        self.network = services.network
        self.graph = None
        self.result = None

        self.metrics_page = QWidget(parent)
        self.metrics_model = RecordListModel(METRIC_COLUMNS, parent=self.metrics_page)
        self.metrics_table = _table(self.metrics_page, self.metrics_model)
        self.metrics_table.clicked.connect(self._metric_clicked)
        self.notes = QPlainTextEdit(self.metrics_page)
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(170)
        self.save_metrics = QPushButton(self.tr("Als Excel speichern …"), self.metrics_page)
        self.save_metrics.clicked.connect(self._ask_metrics_file)
        ml = QVBoxLayout(self.metrics_page)
        ml.addWidget(self.notes)
        ml.addWidget(self.metrics_table, 1)
        ml.addWidget(self.save_metrics, 0, Qt.AlignmentFlag.AlignRight)

        self.gaps_page = QWidget(parent)
        self.gap_by = QComboBox(self.gaps_page)
        self.gap_by.addItem(self.tr("nach Landkreis"), "district")
        self.gap_by.addItem(self.tr("nach WBA-Region"), "wba_region")
        self.gap_by.currentIndexChanged.connect(self._fill_gaps)
        self.gap_table = QTableWidget(self.gaps_page)
        self.gap_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap_table.verticalHeader().setDefaultSectionSize(24)
        self.gap_table.setToolTip(self.tr("Doppelklick: diesen Landkreis im Netz zeigen"))
        self.gap_table.cellDoubleClicked.connect(self._gap_clicked)
        gl = QVBoxLayout(self.gaps_page)
        gl.addWidget(QLabel(self.tr("Welche Multiplikatoren fehlen oder sind nicht vernetzt?"),
                            self.gaps_page))  # fmt: skip
        gl.addWidget(self.gap_by)
        gl.addWidget(self.gap_table, 1)

        self.suggest_page = QWidget(parent)
        self.suggest_model = RecordListModel(SUGGESTION_COLUMNS, parent=self.suggest_page)
        self.suggest_table = _table(self.suggest_page, self.suggest_model)
        self.suggest_table.setWordWrap(True)
        self.suggest_table.setSortingEnabled(False)  # best first, as computed
        self.introduce_button = QPushButton(self.tr("Vorgestellt: Beziehung eintragen …"),
                                            self.suggest_page)  # fmt: skip
        self.introduce_button.clicked.connect(self.introduce_selected)
        sl = QVBoxLayout(self.suggest_page)
        sl.addWidget(
            QLabel(self.tr("Wen sollte man miteinander bekannt machen?"), self.suggest_page)
        )
        sl.addWidget(self.suggest_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.introduce_button)
        sl.addLayout(row)

    def add_to(self, tabs: QTabWidget) -> None:
        tabs.addTab(self.metrics_page, self.tr("Analyse"))
        tabs.addTab(self.gaps_page, self.tr("Lücken"))
        tabs.addTab(self.suggest_page, self.tr("Vorschläge"))

    # -- computing -----------------------------------------------------------------------
    def set_graph(self, result, on_metrics) -> None:
        """Compute metrics, gaps and suggestions for ``result`` in the background."""
        self.result, self.graph = result, result.graph
        self.notes.setPlainText(self.tr("Kennzahlen werden berechnet …"))
        network = self.network

        def work():
            from wba_desktop.network.graph import quiet_gc

            with quiet_gc():  # no full collections mid-way: they freeze the window
                metrics = network.metrics(result)
                gaps = {by: network.gaps(result, by=by) for by in ("district", "wba_region")}
                return metrics, gaps, network.suggestions(result)

        def done(answer) -> None:
            self._show(*answer)
            on_metrics(answer[0].by_id())

        # metrics of a graph that was replaced meanwhile are dropped
        op(self, work, key="metrics", runner=self._runner).success(done).handle(
            ServiceError, self._failed
        ).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.notes.setPlainText(str(exc))

    def _show(self, metrics, gaps, suggestions) -> None:
        self.metrics, self.gap_tables = metrics, gaps
        self.metrics_model.set_rows(metrics.nodes)
        self.metrics_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        lines = [
            self.tr("%1 Teilnetze, das größte mit %2 Organisationen.")
            .replace("%1", fmt.integer(metrics.components))
            .replace("%2", fmt.integer(metrics.largest_component)),
            *(c.label for c in metrics.communities[:6]),
            *(cut.explanation for cut in metrics.cut_points[:5]),
            *(b.explanation for b in metrics.bridges[:3]),
            self.tr("Ohne Verbindung: %1 · schwach verbunden: %2")
            .replace("%1", fmt.integer(len(metrics.isolated)))
            .replace("%2", fmt.integer(len(metrics.weakly_tied))),
            self.tr("Dichte: %1 · Modularität der Gruppen: %2")
            .replace("%1", fmt.decimal(nx.density(self.graph) if self.graph else 0.0, 4))
            .replace("%2", fmt.decimal(metrics.modularity, 2)),
            *metrics.notes,
        ]  # fmt: skip
        self.notes.setPlainText("\n".join(lines))
        self._fill_gaps()
        self.suggest_model.set_rows(suggestions)
        self.introduce_button.setEnabled(bool(suggestions))

    def _fill_gaps(self) -> None:
        table = getattr(self, "gap_tables", {}).get(self.gap_by.currentData())
        self.gap_table.clear()
        if table is None:
            return
        self.gap_table.setColumnCount(len(table.columns) + 1)
        self.gap_table.setRowCount(len(table.rows))
        self.gap_table.setHorizontalHeaderLabels([tr(table.heading), *table.columns])
        for r, row in enumerate(table.rows):
            self.gap_table.setItem(r, 0, QTableWidgetItem(row.group))
            for c, cell in enumerate(row.cells, start=1):
                item = QTableWidgetItem(cell.short_text)
                item.setToolTip(cell.text)  # „vorhanden über Zuständigkeit: IHK …“
                colour = GAP_COVERED if cell.via_coverage else GAP_COLOURS.get(cell.status)
                if colour:
                    item.setBackground(QColor(colour))
                self.gap_table.setItem(r, c, item)
        self.gap_table.resizeColumnsToContents()

    # -- actions ---------------------------------------------------------------------------
    def _gap_clicked(self, row: int, _column: int) -> None:
        item = self.gap_table.item(row, 0)
        if item is not None and self.gap_by.currentData() == "district":
            self.district_requested.emit(item.text())

    def _metric_clicked(self, index) -> None:
        rec = self.metrics_model.record(index.row())
        if rec is not None:
            self.select_requested.emit(rec.id)

    def introduce_selected(self) -> None:
        rows = self.suggest_table.selectionModel().selectedRows()
        if not rows:
            self.suggest_table.selectRow(0)
            rows = self.suggest_table.selectionModel().selectedRows()
        s = self.suggest_model.record(rows[0].row()) if rows else None
        if s is None:
            return

        def answer(i: int) -> None:
            if i == 0:
                self.network.introduce(s.a, s.b)
                self.changed.emit()

        ask(
            self._parent,
            self.tr("Beziehung eintragen"),
            self.tr("Haben sich „%1“ und „%2“ kennengelernt? Dann wird eine "
                    "Netzwerkpartnerschaft ab heute eingetragen.")
            .replace("%1", s.a_name).replace("%2", s.b_name),
            [(self.tr("Eintragen"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)],
            answer,
        )  # fmt: skip

    def _ask_metrics_file(self) -> None:
        dialog = QFileDialog(self._parent, self.tr("Kennzahlen speichern"), "netz-kennzahlen.xlsx")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(self.save_metrics_to)
        dialog.open()

    def save_metrics_to(self, path: str) -> None:
        from wba_desktop.exchange.table import ExportColumn, ExportTable
        from wba_desktop.exchange.xlsx_export import write_xlsx

        # numbers stay numbers; the decimals get a number format (Excel: "0,432")
        kinds = {"degree": "int", "community": "int", "betweenness": "decimal",
                 "closeness": "decimal", "eigenvector": "decimal"}  # fmt: skip
        columns = [ExportColumn(c.key, c.header, kinds.get(c.key, "text")) for c in METRIC_COLUMNS]
        rows = [[getattr(m, c.key) for c in METRIC_COLUMNS] for m in self.metrics.nodes]
        table = ExportTable("Netz-Kennzahlen", "Kennzahlen", columns, rows, len(rows),
                            self.result.description if self.result else "")  # fmt: skip
        write_xlsx([table], path, title="Netz-Kennzahlen",
                   info=[("Netz", self.result.description if self.result else "")])  # fmt: skip
