"""The side panel of the map: the clicked district's numbers, partners, gaps,
Verbünde and inquiries (by status). A double click on a partner opens its record,
on a Verbund the Verbund."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.text import format as fmt
from wba_desktop.views.common.vocab_combo import cell


class DistrictPanel(QWidget):
    open_organisation = Signal(int)
    open_verbund = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ags: str | None = None
        self.title = QLabel(self.tr("Landkreis"), self)
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel(self.tr("Auf einen Landkreis klicken, um ihn hier zu sehen."), self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QToolBox(self)
        self.partners = QListWidget(self)
        self.partners.setToolTip(self.tr("Doppelklick öffnet die Organisation"))

        self.partners.itemActivated.connect(lambda item: self._open(item, self.open_organisation))
        self.gaps = QListWidget(self)
        self.gaps.setWordWrap(True)
        self.verbuende = QListWidget(self)
        self.verbuende.setToolTip(self.tr("Doppelklick öffnet den Verbund"))
        self.verbuende.itemActivated.connect(lambda item: self._open(item, self.open_verbund))
        self.ties = QListWidget(self)
        self.inquiries = QListWidget(self)
        for lst in self._lists():
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addItem(self.partners, self.tr("Partner"))
        self.tabs.addItem(self.gaps, self.tr("Lücken"))
        self.tabs.addItem(self.verbuende, self.tr("Verbünde"))
        self.tabs.addItem(self.ties, self.tr("Bänder zu anderen Kreisen"))
        self.tabs.addItem(self.inquiries, self.tr("Anfragen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

    def _lists(self) -> tuple[QListWidget, ...]:
        return (self.partners, self.gaps, self.verbuende, self.ties, self.inquiries)

    @staticmethod
    def _open(item: QListWidgetItem, signal) -> None:
        record = item.data(Qt.ItemDataRole.UserRole)
        if record is not None:  # not the "nothing here" line
            signal.emit(record)

    def clear(self) -> None:
        self.ags = None
        self.title.setText(self.tr("Landkreis"))
        self.facts.setText(self.tr("Auf einen Landkreis klicken, um ihn hier zu sehen."))
        for lst in self._lists():
            lst.clear()
        self.tabs.setEnabled(False)

    def show_detail(self, detail) -> None:
        f = detail.figures
        self.ags = f.ags
        self.tabs.setEnabled(True)
        self.title.setText(f.name)
        self.facts.setText(
            self.tr("WBA-Region %1 · %2 Partner · %3 · %4 in den letzten 12 Monaten")
            .replace("%1", cell(f.wba_region))
            .replace("%2", fmt.integer(f.partners))
            .replace("%3", fmt.count(f.verbuende, "aktiver Verbund", "aktive Verbünde"))
            .replace("%4", fmt.count(f.events, "Veranstaltung", "Veranstaltungen"))
        )
        self.partners.clear()
        for row in detail.partners:
            text = f"{row.name} ({row.kind})" + ("" if row.active else self.tr(" – inaktiv"))
            item = QListWidgetItem(text, self.partners)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.gaps.clear()
        for gap in f.gaps or [self.tr("Keine Lücke: jede Art von Multiplikator ist vernetzt.")]:
            QListWidgetItem(gap, self.gaps)
        self.verbuende.clear()
        for v in detail.verbuende:
            item = QListWidgetItem(f"{v.name} ({v.phase})", self.verbuende)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            if not v.active:
                item.setForeground(Qt.GlobalColor.darkGray)
        if not detail.verbuende:
            QListWidgetItem(self.tr("Kein Verbund nennt diesen Landkreis."), self.verbuende)
        self.ties.clear()
        for name, n in detail.ties:
            QListWidgetItem(
                self.tr("%1: %2 Beziehungen").replace("%1", name).replace("%2", fmt.integer(n)),
                self.ties,
            )
        self._show_inquiries(f)
        for i, (label, n) in enumerate(
            (
                (self.tr("Partner"), len(detail.partners)),
                (self.tr("Lücken"), len(f.gaps)),
                (self.tr("Verbünde"), len(detail.verbuende)),
                (self.tr("Bänder zu anderen Kreisen"), len(detail.ties)),
                (self.tr("Anfragen"), f.inquiries),
            )
        ):
            self.tabs.setItemText(i, f"{label} ({fmt.integer(n)})")

    def _show_inquiries(self, f) -> None:
        """The district's inquiries of the map's period, one line per status."""
        self.inquiries.clear()
        for status, n in f.inquiries_by_status:
            QListWidgetItem(f"{status}: {fmt.integer(n)}", self.inquiries)
        QListWidgetItem(
            self.tr("zusammen: %1 (letzte 12 Monate)").replace("%1", fmt.integer(f.inquiries)),
            self.inquiries,
        )
