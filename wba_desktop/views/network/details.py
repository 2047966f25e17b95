"""The details of the selected organisation in the network: kind, district, ties,
broker role, and its partners with each relation as the selected one reads it."""

from __future__ import annotations

import networkx as nx
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.network.graph import edge_labels_from
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import sort_key


class DetailsPanel(QWidget):
    open_requested = Signal(int)
    focus_requested = Signal(int)
    verbund_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.node: int | None = None
        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.kind = QLabel(self)
        self.district = QLabel(self)
        self.coverage = QLabel(self)
        self.coverage.setWordWrap(True)
        self.degree = QLabel(self)
        self.broker = QLabel(self)
        #: the districts each organisation serves beyond its seat („Zuständigkeit“)
        self.coverage_of: dict[int, tuple[str, ...]] = {}
        self.facts.addRow(self.tr("Art:"), self.kind)
        self.facts.addRow(self.tr("Landkreis:"), self.district)
        self.facts.addRow(self.tr("Zuständig für:"), self.coverage)
        self.facts.addRow(self.tr("Verbindungen:"), self.degree)
        self.facts.addRow(self.tr("Vermittlerrolle:"), self.broker)
        self.neighbours = QListWidget(self)
        self.neighbours.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.open_button = QPushButton(self.tr("Organisation öffnen"), self)
        self.focus_button = QPushButton(self.tr("Umfeld zeigen"), self)
        self.verbund_button = QPushButton(self.tr("Zu Verbund hinzufügen …"), self)
        self.verbund_button.setToolTip(self.tr("Als Mitglied in einen Verbund aufnehmen"))
        self.verbund_button.clicked.connect(
            lambda: isinstance(self.node, int) and self.verbund_requested.emit(self.node)
        )
        self.open_button.clicked.connect(
            lambda: self.node is not None and self.open_requested.emit(self.node)
        )
        self.focus_button.clicked.connect(
            lambda: self.node is not None and self.focus_requested.emit(self.node)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.focus_button)
        self.hint = QLabel(self.tr("Klicken Sie eine Organisation im Netz an."), self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.verbund_button)
        layout.addWidget(QLabel(self.tr("Verbunden mit:"), self))
        layout.addWidget(self.neighbours, 1)
        self.show_node(None, None, {})

    def set_coverage(self, coverage) -> None:
        """``coverage``: the network service's ``Coverage`` entries (id, districts)."""
        self.coverage_of = {c.id: tuple(c.districts) for c in coverage}
        if self.node is not None:
            self.coverage.setText(self._coverage_text(self.node))
            self.facts.setRowVisible(self.coverage, bool(self.coverage.text()))

    def _coverage_text(self, node: int) -> str:
        districts = self.coverage_of.get(node, ())
        if len(districts) >= 14:
            return self.tr("ganz Sachsen-Anhalt")
        return ", ".join(districts)

    def show_node(self, g: nx.Graph | None, node: int | None, metrics) -> None:
        has = g is not None and node is not None and node in g
        self.node = node if has else None
        self.hint.setVisible(not has)
        for w in (
            self.title,
            self.open_button,
            self.focus_button,
            self.verbund_button,
            self.neighbours,
        ):
            w.setEnabled(has)
        self.neighbours.clear()
        if not has:
            self.title.setText("")
            for label in (self.kind, self.district, self.coverage, self.degree, self.broker):
                label.setText("")
            self.facts.setRowVisible(self.coverage, False)
            return
        data = g.nodes[node]
        self.title.setText(data.get("name", ""))
        self.kind.setText(data.get("kind", ""))
        self.district.setText(
            " · ".join(x for x in (data.get("district"), data.get("wba_region")) if x)
        )
        self.coverage.setText(self._coverage_text(node))
        self.facts.setRowVisible(self.coverage, bool(self.coverage.text()))
        self.degree.setText(fmt.integer(g.degree(node)))
        m = metrics.get(node)
        self.broker.setText(fmt.decimal(m.betweenness, 3) if m is not None else "")
        self.facts.setRowVisible(self.broker, m is not None)
        rows = []
        for other in g.neighbors(node):
            # each relation as the selected organisation reads it ("hat als Mitglied")
            labels = ", ".join(edge_labels_from(g.edges[node, other], node))
            rows.append((g.nodes[other].get("name", ""), labels, other))
        for name, labels, other in sorted(rows, key=lambda r: sort_key(r[0])):
            item = QListWidgetItem(f"{name}\n{labels}".strip(), self.neighbours)
            item.setData(Qt.ItemDataRole.UserRole, other)
