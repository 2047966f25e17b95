"""The window "Wiedervorlagen": open follow-ups (filtered by who and by when; a
double-click opens the contact, „Erledigt“ marks it done) and, on a second tab, the
organisations overdue for a contact by their cadence (a double-click opens the
organisation, „Kontakt erfassen …“ records a contact with it)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.followups import SOON_DAYS
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.activity_dialog import ActivityDialog

RED = QColor("#b03a2e")

#: the "when" filter: label and the last due date it takes (None: every open one)
WHEN = (
    (QT_TR_NOOP("überfällig"), lambda today: today - timedelta(days=1)),
    (QT_TR_NOOP("fällig in %1 Tagen"), lambda today: today + timedelta(days=SOON_DAYS)),
    (QT_TR_NOOP("alle offenen"), lambda today: None),
)


def due_text(days: int) -> str:
    if days > 0:
        return (
            tr("%1 Tage überfällig").replace("%1", str(days))
            if days > 1
            else tr("1 Tag überfällig")
        )
    if days == 0:
        return tr("heute")
    return tr("in %1 Tagen").replace("%1", str(-days)) if days < -1 else tr("morgen")


FOLLOW_UP_COLUMNS = (
    Column("due_on", QT_TR_NOOP("Fällig am"), 90),
    Column("overdue_days", QT_TR_NOOP("Stand"), 130, format=due_text),
    Column("subject", QT_TR_NOOP("Betreff"), 300),
    Column("who", QT_TR_NOOP("Organisation / Person"), 360),
    Column("responsible", QT_TR_NOOP("Zuständig"), 150),
    Column("happened_on", QT_TR_NOOP("Kontakt am"), 90),
)
CADENCE_COLUMNS = (
    Column("name", QT_TR_NOOP("Organisation"), 320),
    Column("type_name", QT_TR_NOOP("Art"), 200, format=cell),
    Column("last_contact", QT_TR_NOOP("Letzter Kontakt"), 125),
    Column("overdue_text", QT_TR_NOOP("Überfällig"), 120),
    Column("cadence_text", QT_TR_NOOP("Kontakt alle"), 140),
    Column("weight", QT_TR_NOOP("Einfluss × Interesse"), 150, align_right=True),
)


class _RedModel(RecordListModel):
    """Rows whose ``overdue`` is true are red (unless ``red`` is off)."""

    red = True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        red = self.red and role == Qt.ItemDataRole.ForegroundRole and index.isValid()
        if red and getattr(self.record(index.row()), "overdue", False):
            return RED
        return super().data(index, role)


def _table(parent: QWidget, columns) -> tuple[QTableView, _RedModel]:
    model = _RedModel(columns, parent=parent)
    table = QTableView(parent)
    table.setModel(model)
    setup_table(table, columns)
    return table, model


class FollowUpWindow(QDialog):
    """Non-modal. Emits ``open_organisation(id)``."""

    open_organisation = Signal(int)
    FOLLOW_UPS, CADENCE = 0, 1

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpWindow")
        self.setWindowTitle(self.tr("Wiedervorlagen"))
        self.resize(1000, 560)
        self._services = services
        self.tabs = QTabWidget(self)

        page = QWidget(self)
        self.who = QComboBox(page)
        self.who.addItem(self.tr("nur meine"), True)
        self.who.addItem(self.tr("alle"), False)
        self.who.setCurrentIndex(1)
        self.when = QComboBox(page)
        for label, _until in WHEN:
            self.when.addItem(self.tr(label).replace("%1", str(SOON_DAYS)))
        self.when.setCurrentIndex(1)
        self.table, self.model = _table(page, FOLLOW_UP_COLUMNS)
        self.empty = QLabel(self.tr("Keine Wiedervorlagen für diese Auswahl."), page)
        self.open_button = QPushButton(self.tr("Kontakt öffnen …"), page)
        self.done_button = QPushButton(self.tr("Erledigt"), page)
        self.done_button.setToolTip(self.tr("Die gewählten Wiedervorlagen als heute erledigt"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Zuständig:"), page))
        filters.addWidget(self.who)
        filters.addWidget(QLabel(self.tr("Fällig:"), page))
        filters.addWidget(self.when)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.done_button)
        column = QVBoxLayout(page)
        column.addLayout(filters)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.tabs.addTab(page, self.tr("Wiedervorlagen"))

        page = QWidget(self)
        self.cadence_table, self.cadence_model = _table(page, CADENCE_COLUMNS)
        self.cadence_model.red = False  # every row is overdue: no need to colour them
        self.cadence_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.cadence_note = QLabel(page)
        self.cadence_note.setWordWrap(True)
        self.open_org_button = QPushButton(self.tr("Organisation öffnen"), page)
        self.contact_button = QPushButton(self.tr("Kontakt erfassen …"), page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cadence_note, 1)
        buttons.addWidget(self.open_org_button)
        buttons.addWidget(self.contact_button)
        column = QVBoxLayout(page)
        column.addLayout(buttons)
        column.addWidget(self.cadence_table, 1)
        self.tabs.addTab(page, self.tr("Kontakt überfällig"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.who.currentIndexChanged.connect(self.reload_follow_ups)
        self.when.currentIndexChanged.connect(self.reload_follow_ups)
        self.table.doubleClicked.connect(lambda _i: self.open_activity())
        self.open_button.clicked.connect(self.open_activity)
        self.done_button.clicked.connect(self.mark_done)
        self.cadence_table.doubleClicked.connect(lambda _i: self._open_org())
        self.open_org_button.clicked.connect(self._open_org)
        self.contact_button.clicked.connect(self.record_contact)
        self.reload()

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_follow_ups()
        self.reload_cadence()

    def reload_follow_ups(self) -> None:
        today = date.today()
        mine = self.who.currentData()
        until = WHEN[self.when.currentIndex()][1](today)
        user = self._services.uow.user_name if mine else None
        rows = op(self, lambda: self._services.followups.due(today, user, until=until)).run()
        self.model.set_rows(rows or [])
        self.empty.setVisible(not rows)
        self.tabs.setTabText(
            self.FOLLOW_UPS, self.tr("Wiedervorlagen (%1)").replace("%1", str(len(rows or [])))
        )

    def reload_cadence(self) -> None:
        rows = op(self, lambda: self._services.contact_cadence.overdue(date.today())).run()
        self.cadence_model.set_rows(rows or [])
        self.tabs.setTabText(
            self.CADENCE, self.tr("Kontakt überfällig (%1)").replace("%1", str(len(rows or [])))
        )
        self.cadence_note.setText(
            self.tr(
                "Organisationen, deren letzter Kontakt länger zurückliegt als vereinbart "
                "(„Kontakt alle … Tage“, sonst der Wert ihrer Art), wichtigste zuerst."
            )
        )

    def _selected(self, table: QTableView, model: RecordListModel) -> list:
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        return [model.record(r) for r in rows if model.record(r) is not None]

    # -- commands ------------------------------------------------------------------
    def open_activity(self) -> ActivityDialog | None:
        chosen = self._selected(self.table, self.model)
        if not chosen:
            return None
        info = op(self, lambda: self._services.activities.get(chosen[0].id)).run()
        if info is None:
            return None
        dialog = ActivityDialog(self._services, existing=info, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def mark_done(self) -> None:
        chosen = self._selected(self.table, self.model)
        followups = self._services.followups

        def run() -> None:
            for row in chosen:
                followups.mark_done(row.id)

        if chosen:
            op(self, run, title=self.tr("Erledigt")).success(lambda _r: self.reload()).run()

    def _open_org(self) -> None:
        chosen = self._selected(self.cadence_table, self.cadence_model)
        if chosen:
            self.open_organisation.emit(chosen[0].organisation_id)

    def record_contact(self) -> ActivityDialog | None:
        chosen = self._selected(self.cadence_table, self.cadence_model)
        if not chosen:
            return None
        row = chosen[0]
        dialog = ActivityDialog(
            self._services, organisation=(row.organisation_id, row.name), parent=self
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
