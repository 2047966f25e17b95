"""The main window's Lotsen commands: the „Anfragen“ area, „Neue Anfrage …“ from
anywhere (Strg+Umschalt+A), and the start page's card of open inquiries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QObject
from PySide6.QtWidgets import QWidget

from wba_desktop.services.lotsen.inquiry_list import InquiryFilter
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.section import Section

CARD_COLUMNS = (
    Column("number", QT_TR_NOOP("Nr."), 88),
    Column("received_on", QT_TR_NOOP("Eingang"), 84),
    Column("status", QT_TR_NOOP("Status"), 84),
    Column("inquirer", QT_TR_NOOP("Wer fragt"), 180),
)
#: open inquiries the card shows at most
CARD_ROWS = 5


class LotsenCommands(QObject):
    """``w`` is the main window; its „Anfragen“ area is a LazyArea built here."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.card: Section | None = None

    def build_view(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.lotsen.lotsen_view import LotsenView

        view = LotsenView(self.w.services, self.w.runner, parent)
        view.open_organisation.connect(self.w.open_organisation)
        view.open_person.connect(self.w.open_person)
        view.counts_changed.connect(self.w._show_counts)
        return view

    @property
    def view(self):
        return self.w.lotsen.ensure_loaded()

    def new_inquiry(self):
        self.w.show_area("lotsen")
        return self.view.new_inquiry()

    def open_inquiry(self, inquiry_id: int) -> None:
        self.w.show_area("lotsen")
        view = self.view
        if not view.select_id(inquiry_id):
            view._saved(inquiry_id)  # clears the filters until it is in the list

    # -- start page ----------------------------------------------------------------------
    def add_start_card(self, start) -> Section:
        self.card = Section(
            self.tr("Offene Anfragen"),
            CARD_COLUMNS,
            self.tr("Keine offene Anfrage."),
            start,
        )
        self.card.setObjectName("inquiryCard")
        self.card.activated.connect(lambda row: self.open_inquiry(row.id))
        start.grid.addWidget(self.card, 2, 1)  # beside the follow-ups
        start.on_reload(self.reload_card)
        return self.card

    def reload_card(self, _today: date) -> None:
        rows = self.w.services.inquiries.search(InquiryFilter(open_only=True))
        assert self.card is not None
        self.card.set_rows(rows[:CARD_ROWS])
        if len(rows) > CARD_ROWS:  # the heading counts them all, the table shows the first
            self.card.heading.setText(
                self.tr("Offene Anfragen (%1, die ersten %2)")
                .replace("%1", str(len(rows)))
                .replace("%2", str(CARD_ROWS))
            )
