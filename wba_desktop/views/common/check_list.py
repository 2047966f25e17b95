"""A compact list of checkable entries (kinds, districts, tags) for filter editors."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem


class CheckList(QListWidget):
    changed = Signal()

    def __init__(self, items: Iterable[tuple[str, object]], parent=None) -> None:
        super().__init__(parent)
        for label, data in items:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setMinimumHeight(90)
        # a long name („Fach-/Branchenverband oder Innung“) wraps in a narrow panel
        # instead of hiding behind a horizontal scroll bar
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def checked(self) -> tuple:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, values: Iterable[object]) -> None:
        wanted = set(values)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def check(self, label: str, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).text() == label:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(label)
