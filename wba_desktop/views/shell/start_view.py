"""The start page: the coordinator's day – a greeting with the date, the counts as tiles,
what is due (follow-ups, Verbund tasks, checklist items), the next events, open
inquiries, the Verbünde by phase and health, funding that ends, partners by kind and
district as a chart, and the newest changes.

Everything comes from one read, ``services.dashboard.summary(today)``, made on the task
runner; the constructor reads nothing. ``loaded`` turns True (and ``loaded_signal`` is
emitted) once that data is painted; the chart is drawn after that. Each row opens its
record with Enter or a double-click, each tile its list; the signals are wired to the
areas in views/shell/start_links.py.

At start the page is made before the services exist (its module imports no
SQLAlchemy): it shows the first look of ``services.glance`` (``show_glance``: the
counts, follow-ups, tasks and events; the other cards say they are loading) in the
light window, and the main window takes it over with ``attach(services, runner)``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.directory.followup_rows import SOON_DAYS
from wba_desktop.services.glance import EVENT_DAYS
from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.start import rows as r
from wba_desktop.views.start.card import StartCard
from wba_desktop.views.start.chart_card import ChartCard
from wba_desktop.views.start.tiles import Tile

if TYPE_CHECKING:
    from wba_desktop.services.bundle import Services

#: the page's width from which the cards stand in two columns (a 1200 px window)
TWO_COLUMNS_FROM = 1000
TILES = ("organisations", "people", "verbuende", "events", "lotsen")


class StartView(QWidget):
    """Signals: ``open_area(key)`` (a tile: the list behind it), ``open_verbund(id,
    tab)``, ``open_event(id, tab)``, ``open_inquiry(id)``, ``open_organisation(id)``,
    ``open_person(id)``, ``open_followups(tab)`` (the window „Wiedervorlagen“: 0 the
    follow-ups, 1 the contacts overdue)."""

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset(
        {"verbuende", "events", "activities", "organisations", "people", "inquiries", "reference"}
    )

    open_area = Signal(str)
    open_verbund = Signal(int, str)
    open_event = Signal(int, str)
    open_inquiry = Signal(int)
    open_organisation = Signal(int)
    open_person = Signal(int)
    open_followups = Signal(int)
    counts_changed = Signal(str)
    loaded_signal = Signal()

    def __init__(
        self, services: Services | None, parent=None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startView")
        self._services = services
        self._runner = runner or TaskRunner()
        # the first look is painted (see show_glance)
        self.glanced = False
        self.loaded = False
        self._load_on_show = False
        self.dashboard = None
        self._columns = 0
        self.page = QWidget()
        self.page.setObjectName("startPage")
        self.greeting = QLabel(self.page)
        self.greeting.setObjectName("dialogTitle")
        self.tiles = {
            key: Tile(key, caption, tip, self.page)
            for key, caption, tip in (
                ("organisations", self.tr("Partner"), self.tr("Aktive Organisationen")),
                ("people", self.tr("Personen"), self.tr("Aktive Personen")),
                ("verbuende", self.tr("Aktive Verbünde"), self.tr("Verbünde in der Phase „Aktiv“")),
                ("events", self.tr("Veranstaltungen geplant"),
                 self.tr("Kommende Veranstaltungen, ohne abgesagte")),
                ("lotsen", self.tr("Offene Anfragen"), self.tr("Anfragen von neu bis vermittelt")),
            )
        }  # fmt: skip
        tile_row = QHBoxLayout()
        tile_row.setSpacing(10)
        for tile in self.tiles.values():
            tile.clicked.connect(self.open_area)
            tile_row.addWidget(tile)
        self._build_cards()
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        column = QVBoxLayout(self.page)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(12)
        column.addWidget(self.greeting)
        column.addLayout(tile_row)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("startScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        for card in self.cards:
            if isinstance(card, StartCard):
                card.set_loading()
        self._reflow(2)

    def attach(self, services: Services, runner: TaskRunner) -> None:
        """The services and the task runner of the main window that takes the page over
        (made before them at start)."""
        self._services = services
        self._runner = runner

    # -- the cards ---------------------------------------------------------------------
    def _card(self, title: str, columns, empty: str, wrap=(), optional=()) -> StartCard:
        card = StartCard(title, columns, empty, self.page, wrap=wrap, optional=optional)
        card.activated.connect(self._open_row)
        return card

    def _build_cards(self) -> None:
        tr = self.tr
        self.followups = self._card(
            tr("Wiedervorlagen"),
            (Column("due_on", tr("Fällig")), Column("state", tr("Stand")),
             Column("subject", tr("Betreff")), Column("who", tr("Organisation / Person"))),
            tr("Keine Wiedervorlage überfällig oder in den nächsten Tagen fällig."),
            wrap=(2, 3), optional=(1,),
        )  # fmt: skip
        self.followups.summary.linkActivated.connect(
            lambda link: self.open_followups.emit(1 if link == "cadence" else 0)
        )
        self.tasks = self._card(
            tr("Aufgaben und Checklisten"),
            (Column("due_on", tr("Fällig")), Column("kind", tr("Art")),
             Column("title", tr("Was")), Column("owner", tr("Verbund / Veranstaltung"))),
            tr("Keine Aufgabe und kein Checklistenpunkt überfällig oder bald fällig."),
            wrap=(2, 3), optional=(1,),
        )  # fmt: skip
        self.events = self._card(
            tr("Veranstaltungen der nächsten %1 Tage").replace("%1", str(EVENT_DAYS)),
            (Column("when", tr("Beginn")), Column("title", tr("Veranstaltung")),
             Column("city", tr("Ort")), Column("status", tr("Status"), format=cell)),
            tr("Keine Veranstaltung in den nächsten %1 Tagen.").replace("%1", str(EVENT_DAYS)),
            wrap=(1, 2), optional=(2,),
        )  # fmt: skip
        self.inquiries = self._card(
            tr("Offene Anfragen"),
            (Column("number", tr("Nr.")), Column("received_on", tr("Eingang")),
             Column("status", tr("Status"), format=cell), Column("inquirer", tr("Wer fragt"))),
            tr("Keine offene Anfrage."),
            wrap=(3,),
        )  # fmt: skip
        self.health = self._card(
            tr("Verbünde nach Phase und Gesundheit"),
            (Column("name", tr("Verbund")), Column("phase", tr("Phase"), format=cell),
             Column("score", tr("Erfolgsfaktoren"))),
            tr("Noch kein laufender Verbund."),
            wrap=(0,), optional=(1,),
        )  # fmt: skip
        self.health.summary.linkActivated.connect(lambda _l: self.open_area.emit("verbuende"))
        self.funding = self._card(
            tr("Förderung endet bald – ohne Verstetigung"),
            (Column("funding_end", tr("Förderende")), Column("name", tr("Verbund")),
             Column("phase", tr("Phase"), format=cell)),
            tr("Kein Verbund betroffen."),
            wrap=(1,),
        )  # fmt: skip
        self.chart = ChartCard(tr("Partner nach Art und Landkreis"), self.page)
        self.chart.activated.connect(lambda: self.open_area.emit("organisations"))
        self.changes = self._card(
            tr("Letzte Änderungen"),
            (Column("when", tr("Wann")), Column("who", tr("Wer")), Column("what", tr("Was"))),
            tr("Noch keine Änderungen aufgezeichnet."),
            wrap=(1, 2),
        )  # fmt: skip
        self.cards: list[QWidget] = [
            self.followups, self.tasks, self.events, self.inquiries,
            self.health, self.funding, self.chart, self.changes,
        ]  # fmt: skip

    def _reflow(self, columns: int) -> None:
        """The cards in ``columns`` columns, in reading order (row by row)."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        previous = self.tiles[TILES[-1]]
        for card in self.cards:  # Tab: the tiles, then the cards in reading order
            target = card.table if isinstance(card, StartCard) else card
            if isinstance(card, StartCard) and card.summary.isVisibleTo(card):
                QWidget.setTabOrder(previous, card.summary)
                previous = card.summary
            QWidget.setTabOrder(previous, target)
            previous = target

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._reflow(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    # -- loading -----------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Read the day when the page is first on screen (not while the window is still
        being built, so the window comes first)."""
        if self.loaded or self._services is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._load_on_show = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._load_on_show and not self.loaded and self._services is not None:
            self._load_on_show = False
            QTimer.singleShot(0, self, self.reload)  # after the first paint; not once deleted

    def reload(self) -> None:
        """Read the day on the task runner; paint it when it comes back."""
        today = date.today()
        op(
            self,
            lambda: self._services.dashboard.summary(today),
            title=self.tr("Start"),
            key="dashboard",
            runner=self._runner,
        ).success(self.show_dashboard).run_in_background()

    def show_glance(self, g) -> None:
        """Paint the first look (``services.glance.Glance``) while the rest loads."""
        if self.loaded or not shiboken6.isValid(self.greeting):
            return
        self._paint_day(g, cadence=None)
        self._columns = 0  # the follow-ups' summary is shown now: the tab order changes
        self._reflow(2 if self.width() >= TWO_COLUMNS_FROM else 1)
        self.glanced = True

    def show_dashboard(self, d) -> None:
        if not shiboken6.isValid(self.greeting):
            return  # the window closed while the day was read
        self.dashboard = d
        tr = self.tr
        self._paint_day(d, cadence=d.contacts_overdue)
        c, f = d.counts, d.followups
        self.inquiries.set_rows([r.inquiry_row(x) for x in d.inquiries], c.open_inquiries)
        self.health.set_rows([r.health_row(x, tr) for x in d.health])
        phases = " · ".join(f"{cell(p)} {n}" for p, n in d.phases)
        self.health.set_summary(
            tr("Nach Phase: %1 · <a href='verbuende'>alle Verbünde …</a>").replace("%1", phases)
            if d.phases
            else ""
        )
        self.funding.set_rows([r.funding_row(x) for x in d.funding])
        self.changes.set_rows([r.change_row(x) for x in d.changes])
        if not d.changes_allowed:
            self.changes.empty.setText(
                tr("Das Änderungsprotokoll ist für Ihre Anmeldung gesperrt.")
            )
        self._columns = 0  # the summaries' visibility changes the tab order
        self._reflow(2 if self.width() >= TWO_COLUMNS_FROM else 1)
        self.counts_changed.emit(
            tr("%1 überfällig, %2 bald fällig")
            .replace("%1", str(f.overdue + d.overdue_total))
            .replace("%2", str(f.due_soon + d.due_total - d.overdue_total))
        )
        first = not self.loaded
        self.loaded = True
        if first:
            self.loaded_signal.emit()
        self.chart.show_partners(d.partners)  # after this paint

    def _paint_day(self, d, cadence: int | None) -> None:
        """What the first look and the full read share: the greeting, the tiles, the
        follow-ups (with the contacts overdue once ``cadence`` is known), the due tasks
        and checklist items, the next events."""
        tr = self.tr
        weekday = (tr("Montag"), tr("Dienstag"), tr("Mittwoch"), tr("Donnerstag"),
                   tr("Freitag"), tr("Samstag"), tr("Sonntag"))  # fmt: skip
        self.greeting.setText(
            tr("%1 – heute ist %2, der %3.")
            .replace("%1", _hello(self))
            .replace("%2", weekday[d.today.weekday()])
            .replace("%3", fmt.day(d.today))
        )
        c = d.counts
        values = (c.partners, c.people, c.active_verbuende, c.events_ahead, c.open_inquiries)
        for key, n in zip(TILES, values, strict=True):
            self.tiles[key].set_count(n)
        f = d.followups
        self.followups.set_rows([r.followup_row(x, d.today, tr) for x in f.first], f.total)
        if cadence is None:
            summary = tr("%1 überfällig, %2 in den nächsten %3 Tagen fällig · "
                         "<a href='followups'>alle Wiedervorlagen …</a>")  # fmt: skip
        else:
            summary = tr("%1 überfällig, %2 in den nächsten %3 Tagen fällig · "
                         "<a href='followups'>alle Wiedervorlagen …</a> · "
                         "<a href='cadence'>Kontakt überfällig: %4 Organisationen</a>")  # fmt: skip
        self.followups.set_summary(
            summary.replace("%1", str(f.overdue)).replace("%2", str(f.due_soon))
            .replace("%3", str(SOON_DAYS)).replace("%4", str(cadence))
        )  # fmt: skip
        self.tasks.set_rows([r.due_row(x, tr) for x in d.due], d.due_total)
        self.events.set_rows([r.event_row(x) for x in d.events], d.events_total)

    # -- opening -------------------------------------------------------------------------
    def _open_row(self, row) -> None:
        kind, rid, tab = row.target
        if rid is None:
            return
        if kind == "verbund":
            self.open_verbund.emit(rid, tab)
        elif kind == "event":
            self.open_event.emit(rid, tab)
        elif kind == "inquiry":
            self.open_inquiry.emit(rid)
        elif kind == "organisation":
            self.open_organisation.emit(rid)
        elif kind == "person":
            self.open_person.emit(rid)


def _hello(view: QWidget) -> str:
    hour = datetime.now().hour
    if hour < 11:
        return tr("Guten Morgen")
    if hour >= 18:
        return tr("Guten Abend")
    return tr("Guten Tag")
