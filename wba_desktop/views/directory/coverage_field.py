"""„Zuständig für“: the districts an organisation serves, as a checkable grid of the
14 districts with a „ganz Sachsen-Anhalt“ shortcut."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 4
CELL = QSize(190, 22)


class CoverageField(QWidget):
    """``regions``: (id, name) of the districts, in display order. ``changed`` after
    every tick; ``ids()`` / ``set_ids()`` read and fill it."""

    changed = Signal()

    def __init__(self, regions: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageField")
        self.whole_state = QCheckBox(self.tr("ganz Sachsen-Anhalt"), self)
        self.whole_state.setToolTip(self.tr("Alle 14 Landkreise und kreisfreien Städte"))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color: palette(mid);")
        self.list = QListWidget(self)
        self.list.setObjectName("coverageList")
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setUniformItemSizes(True)
        self.list.setGridSize(CELL)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the minimum width keeps COLUMNS columns, so every row fits the fixed height
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = -(-len(regions) // COLUMNS)
        self.list.setFixedHeight(rows * CELL.height() + 2 * self.list.frameWidth() + 4)
        self.list.setMinimumWidth(COLUMNS * CELL.width() + 2 * self.list.frameWidth() + 4)
        for rid, name in regions:
            item = QListWidgetItem(name, self.list)
            item.setData(ID_ROLE, rid)
            item.setSizeHint(CELL)  # the whole cell: names are not elided
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.whole_state)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._quiet = False
        self.whole_state.clicked.connect(self._whole_state_clicked)
        self.list.itemChanged.connect(self._item_changed)
        self._show_summary()

    # -- reading and filling -----------------------------------------------------------
    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def ids(self) -> list[int]:
        return sorted(
            it.data(ID_ROLE) for it in self.items() if it.checkState() == Qt.CheckState.Checked
        )

    def set_ids(self, ids) -> None:
        wanted = set(ids or ())
        self._quiet = True
        try:
            for it in self.items():
                on = it.data(ID_ROLE) in wanted
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._quiet = False
        self._show_summary()

    def item(self, name: str) -> QListWidgetItem:
        return next(it for it in self.items() if it.text() == name)

    # -- reacting ----------------------------------------------------------------------
    def _whole_state_clicked(self, checked: bool) -> None:
        self.set_ids([it.data(ID_ROLE) for it in self.items()] if checked else [])
        self.changed.emit()

    def _item_changed(self, _item) -> None:
        if not self._quiet:
            self._show_summary()
            self.changed.emit()

    def _show_summary(self) -> None:
        n, total = len(self.ids()), self.list.count()
        self.whole_state.setChecked(bool(total) and n == total)
        if n == 0:
            text = self.tr("nur am Sitz (keine weiteren Landkreise)")
        elif n == total:
            text = self.tr("alle %n Landkreise", "", n).replace("%n", str(n))
        else:
            text = self.tr("%n Landkreis(e) gewählt", "", n).replace("%n", str(n))
        self.summary.setText(text)
