"""Stammdaten › Themen der Leistungen: the small form of one topic (name, active)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from wba_desktop.services.lotsen.offers import OfferService, TopicRow
from wba_desktop.views.directory.reference_forms import EditForm


class TopicForm(EditForm):
    """Add or rename a topic, or switch it off (it stays with the offers that have it)."""

    def __init__(self, offers: OfferService, current: TopicRow | None, parent: QWidget) -> None:
        new = current is None
        super().__init__(self.tr("Neues Thema") if new else self.tr("Thema bearbeiten"), parent)
        self.setObjectName("topicForm")
        self._offers, self._id = offers, None if current is None else current.id
        self.name = self.line_edit(self.tr("z. B. Gründungsberatung"), current and current.name)
        self.active = QCheckBox(self.tr("wird angeboten (aktiv)"), self)
        self.active.setToolTip(
            self.tr("Inaktive Themen bleiben bei den Leistungen, werden aber nicht mehr angeboten")
        )
        self.active.setChecked(new or current.active)
        self.add_row(self.tr("&Bezeichnung: *"), self.name, "name").setFocus()
        self.add_row("", self.active, "active")

    def submit(self) -> TopicRow:
        return self._offers.save_topic(self.name.text(), self.active.isChecked(), self._id)
