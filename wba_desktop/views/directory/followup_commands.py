"""Follow-ups in the main window: the start page's card „Wiedervorlagen“ (overdue and
due in the next seven days: the counts and the first five; how many organisations are
overdue for a contact) and the window „Wiedervorlagen“ behind Extras and the card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QObject, Qt
from PySide6.QtWidgets import QLabel

from wba_desktop.services.directory.followups import SOON_DAYS
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.section import Section
from wba_desktop.views.directory.followup_window import FollowUpWindow, due_text

CARD_COLUMNS = (
    Column("due_on", QT_TR_NOOP("Fällig"), 90),
    Column("overdue_days", QT_TR_NOOP("Stand"), 120, format=due_text),
    Column("subject", QT_TR_NOOP("Betreff"), 300),
    Column("who", QT_TR_NOOP("Organisation / Person"), 340),
    Column("responsible", QT_TR_NOOP("Zuständig"), 130),
)


class FollowUpCommands(QObject):
    """``w``: the main window (``services``, ``open_organisation``)."""

    def __init__(self, w) -> None:
        super().__init__(w)
        self.w = w
        self.window: FollowUpWindow | None = None
        self.card: Section | None = None

    # -- start page ----------------------------------------------------------------------
    def add_start_card(self, start) -> Section:
        self.card = Section(
            self.tr("Wiedervorlagen"),
            CARD_COLUMNS,
            self.tr("Keine Wiedervorlage überfällig oder in den nächsten Tagen fällig."),
            start,
        )
        self.card.setObjectName("followUpCard")
        self.summary = QLabel(self.card)
        self.summary.setObjectName("followUpSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # beside the open inquiries: the card is narrower
        self.summary.linkActivated.connect(self._on_link)
        self.card.layout().addWidget(self.summary)
        self.card.activated.connect(lambda _row: self.show_window(FollowUpWindow.FOLLOW_UPS))
        start.grid.addWidget(self.card, 2, 0)  # the open inquiries beside it
        start.on_reload(self.reload_card)
        return self.card

    def reload_card(self, today: date) -> None:
        """One query for the follow-ups (counts and the first five), one for the count of
        organisations overdue for a contact."""
        services = self.w.services
        summary = services.followups.summary(today)
        contacts = services.contact_cadence.count(today)
        assert self.card is not None
        self.card.set_rows(summary.first)
        title = self.tr("Wiedervorlagen")
        self.card.heading.setText(f"{title} ({summary.total})" if summary.total else title)
        self.summary.setText(
            self.tr(
                "%1 überfällig, %2 in den nächsten %3 Tagen fällig · "
                "<a href='followups'>alle Wiedervorlagen …</a> · "
                "<a href='cadence'>Kontakt überfällig: %4 Organisationen</a>"
            )
            .replace("%1", str(summary.overdue))
            .replace("%2", str(summary.due_soon))
            .replace("%3", str(SOON_DAYS))
            .replace("%4", str(contacts))
        )

    def _on_link(self, link: str) -> None:
        self.show_window(FollowUpWindow.CADENCE if link == "cadence" else FollowUpWindow.FOLLOW_UPS)

    # -- the window ----------------------------------------------------------------------
    def show_window(self, tab: int = FollowUpWindow.FOLLOW_UPS) -> FollowUpWindow:
        """The one window „Wiedervorlagen“ (brought to the front if already open)."""
        if self.window is None:
            self.window = FollowUpWindow(self.w.services, self.w)
            self.window.open_organisation.connect(
                lambda oid: self.w.open_organisation(oid, self.window)
            )
            self.window.finished.connect(self._closed)
        else:
            self.window.reload()
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
