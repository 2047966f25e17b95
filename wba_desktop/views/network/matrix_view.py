"""The "Matrix" view mode of the network area: the stakeholder matrix.

It follows the network's filter panel (kinds, districts, WBA regions, tags, focus,
inactive): the area hands in a function that gives the current ``GraphOptions``
and calls ``filters_changed`` when they change; the matrix reloads when it is
shown (a hidden matrix only remembers that it is stale). The service answers in the
background; the canvas draws with QPainter. Below it: the legend of stances, what
"high" means, and the organisations without ratings.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError
from wba_desktop.network.matrix import SCALE_NOTE, STANCE_COLOURS, StakeholderMatrix
from wba_desktop.network.options import GraphOptions
from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.picture_header import PictureHeader, ask_save_file
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.network.matrix_canvas import MatrixCanvas, PreparedPoints, prepare_points


class MatrixView(QWidget):
    """``open_requested(id)`` on a double-click (a dot or a listed organisation),
    ``selected(id)`` when a dot is clicked."""

    open_requested = Signal(int)
    selected = Signal(int)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        options: Callable[[], GraphOptions],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.network, self._runner, self._options = services.network, runner, options
        self.matrix: StakeholderMatrix | None = None
        self.stale = True

        header = PictureHeader(
            self, self.tr("Die Matrix als Bild (PNG, SVG, PDF) speichern"), self.ask_export_file
        )
        self.description, self.busy = header.description, header.busy
        self.export_button = header.export_button
        top = header.row()

        self.canvas = MatrixCanvas(self)
        self.canvas.point_clicked.connect(self._clicked)
        self.canvas.point_activated.connect(self.open_requested)

        # one rich-text label that wraps between the entries (a flow layout for free)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend_title = QLabel(self.tr("<b>Haltung:</b>"), self)
        note = QLabel(SCALE_NOTE, self)
        note.setWordWrap(True)
        note.setObjectName("dialogSubtitle")
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend_title, 0, Qt.AlignmentFlag.AlignTop)
        legend_row.addWidget(self.legend, 1)

        self.unrated_button = QPushButton(self)
        self.unrated_button.setCheckable(True)
        self.unrated_button.setFlat(True)
        self.unrated_button.setToolTip(
            self.tr("Organisationen ohne Angabe zu Einfluss oder Interesse anzeigen")
        )
        self.unrated_button.toggled.connect(self._toggle_unrated)
        self.unrated_list = QListWidget(self)
        self.unrated_list.setMaximumHeight(120)
        self.unrated_list.setToolTip(self.tr("Doppelklick: Organisation öffnen"))
        self.unrated_list.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.unrated_list.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(legend_row)
        layout.addWidget(note)
        layout.addWidget(self.unrated_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.unrated_list)
        self._show_unrated_count(0)

    # -- loading -------------------------------------------------------------------------
    def filters_changed(self) -> None:
        """The filters (or the data) changed: reload now if shown, else when shown."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        options, network = self._options(), self.network
        self.busy.show()
        self.description.setText(self.tr("Matrix wird zusammengestellt …"))

        def work():  # Qt value types only: safe in the worker
            matrix = network.stakeholder_matrix(options)
            return matrix, prepare_points(matrix.points)

        op(self, work, key="matrix", runner=self._runner).success(
            lambda answer: self.show_matrix(*answer)
        ).handle(ServiceError, self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.description.setText(str(exc))

    def show_matrix(
        self, matrix: StakeholderMatrix, prepared: PreparedPoints | None = None
    ) -> None:
        self.busy.hide()
        self.matrix = matrix
        self.description.setText(matrix.description)
        empty = ""
        if not matrix.points and matrix.unrated:
            empty = self.tr("Keine Organisation dieser Auswahl ist nach Einfluss und Interesse "
                            "eingestuft.")  # fmt: skip
        elif not matrix.points:
            empty = self.tr("Keine Organisation passt zu diesen Filtern.")
        self.canvas.set_matrix(matrix, empty, prepared)
        self._fill_legend(matrix)
        self._show_unrated_count(len(matrix.unrated))
        if self.unrated_button.isChecked():
            self._fill_unrated()

    def _fill_legend(self, matrix: StakeholderMatrix) -> None:
        entries = [
            f'<span style="color:{STANCE_COLOURS[stance]}">⬤</span>&nbsp;'
            f"{html.escape(stance).replace(' ', '&nbsp;')}&nbsp;({fmt.integer(n)})"
            for stance, n in matrix.stance_counts.items()
        ]
        self.legend.setText(" &nbsp; ".join(entries) or self.tr("–"))

    def _show_unrated_count(self, n: int) -> None:
        shown = self.unrated_button.isChecked()
        text = self.tr("ohne Einstufung: %1").replace("%1", fmt.integer(n))
        self.unrated_button.setText(f"{text}  {'▾' if shown else '▸'}" if n else text)
        self.unrated_button.setEnabled(n > 0)
        if not n:
            self.unrated_list.hide()

    def _toggle_unrated(self, on: bool) -> None:
        self.unrated_list.setVisible(on)
        if on:
            self._fill_unrated()
        self._show_unrated_count(len(self.matrix.unrated) if self.matrix else 0)

    def _fill_unrated(self) -> None:
        self.unrated_list.clear()
        if self.matrix is None:
            return
        for u in self.matrix.unrated:
            item = QListWidgetItem(f"{u.name} ({u.kind})" if u.kind else u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            self.unrated_list.addItem(item)

    # -- interaction ---------------------------------------------------------------------
    def _clicked(self, oid: int) -> None:
        if oid >= 0:
            self.selected.emit(oid)

    def select(self, oid: int | None) -> None:
        """Mark ``oid`` (selected elsewhere in the area), if it is in the matrix."""
        self.canvas.selected = oid if oid is not None and self.canvas.index_of(oid) is not None \
            else None  # fmt: skip
        self.canvas.update()

    # -- export --------------------------------------------------------------------------
    def ask_export_file(self) -> None:
        title = self.tr("Matrix exportieren")
        ask_save_file(self, title, "stakeholder-matrix.png", self.export_to)

    def export_to(self, path: str) -> None:
        """Write the matrix as shown (same filters) as a picture, in the background."""
        if self.matrix is None or not (self.matrix.points or self.matrix.unrated):
            self.description.setText(self.tr("Nichts zu exportieren: die Matrix ist leer."))
            return
        if Path(path).suffix.lower() not in (".png", ".svg", ".pdf"):
            self.description.setText(self.tr("Bitte als .png, .svg oder .pdf speichern."))
            return
        matrix, network = self.matrix, self.network
        self.busy.show()

        def saved(_path) -> None:
            self.busy.hide()
            self.description.setText(self.tr("Gespeichert: %1").replace("%1", path))

        op(self, lambda: network.save_matrix_picture(matrix, path),
           title=self.tr("Matrix exportieren"), runner=self._runner).success(saved).failure(
            lambda _e: self.busy.hide()).run_in_background()  # fmt: skip
