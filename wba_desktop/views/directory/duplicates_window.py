"""The window „Mögliche Duplikate“: pairs of organisations and of people that look like
one record (same name and city, same e-mail address, a similar name in the same
district), one tab per kind. „Zusammenführen …“ opens the merge dialog for the pair
chosen, „Kein Duplikat“ removes a pair from the list for good, a double-click on a
record's column opens that record. The pairs are found in the background (a second
or two on a large database)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
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
from wba_desktop.services.directory.duplicates import ORGANISATIONS, PEOPLE, DuplicatePair
from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.directory.merge_dialog import MergeDialog

COLUMNS = (
    Column("a_label", QT_TR_NOOP("Datensatz A"), 360),
    Column("b_label", QT_TR_NOOP("Datensatz B"), 360),
    Column("reason", QT_TR_NOOP("Grund"), 235),
    Column("district", QT_TR_NOOP("Landkreis"), 140),
)
TAB_TITLES = {ORGANISATIONS: QT_TR_NOOP("Organisationen"), PEOPLE: QT_TR_NOOP("Personen")}


class _Page(QWidget):
    """One kind's pairs: a count, the table, the buttons."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = RecordListModel(COLUMNS, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName(f"duplicates_{kind}")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS)
        self.table.setSortingEnabled(False)
        self.status = QLabel(self)
        self.merge_button = QPushButton(self.tr("Zusammenführen …"), self)
        self.merge_button.setObjectName(f"merge_{kind}")
        self.dismiss_button = QPushButton(self.tr("Kein Duplikat"), self)
        self.dismiss_button.setObjectName(f"dismiss_{kind}")
        self.dismiss_button.setToolTip(
            self.tr("Dieses Paar ist kein Duplikat: es erscheint nicht wieder in der Liste")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.dismiss_button)
        bar.addWidget(self.merge_button)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def current(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_pair(self, a_id: int, b_id: int) -> bool:
        for row, pair in enumerate(self.model.rows()):
            if pair.key == (min(a_id, b_id), max(a_id, b_id)):
                self.table.selectRow(row)
                return True
        return False

    def update_buttons(self) -> None:
        chosen = self.current() is not None
        self.merge_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)


class DuplicatesWindow(QDialog):
    """Non-modal. Emits ``open_record(kind, id)`` for a double-click on a record."""

    open_record = Signal(str, int)

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesWindow")
        self.setWindowTitle(self.tr("Mögliche Duplikate"))
        self.resize(1120, 600)
        self._services = services
        self._runner = runner
        self.merge_dialog: MergeDialog | None = None
        intro = QLabel(
            self.tr(
                "Datensätze, die vermutlich dasselbe meinen: gleicher Name und Ort, gleiche "
                "E-Mail-Adresse oder ein ähnlicher Name im selben Landkreis. Ein Paar wählen "
                "und „Zusammenführen …“ – oder „Kein Duplikat“, dann erscheint es nicht wieder."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.pages: dict[str, _Page] = {}
        for kind in (ORGANISATIONS, PEOPLE):
            page = _Page(kind, self)
            page.merge_button.clicked.connect(lambda _c=False, k=kind: self.merge(k))
            page.dismiss_button.clicked.connect(lambda _c=False, k=kind: self.dismiss(k))
            page.table.doubleClicked.connect(lambda index, k=kind: self._open(k, index))
            self.pages[kind] = page
            self.tabs.addTab(page, self.tr(TAB_TITLES[kind]))
        self.reload_button = QPushButton(self.tr("Aktualisieren"), self)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.clicked.connect(self.close)
        self.reload_button.clicked.connect(self.reload)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reload_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        for kind in self.pages:
            self.reload_kind(kind)

    def reload_kind(self, kind: str) -> None:
        page = self.pages[kind]
        page.status.setText(self.tr("Suche nach möglichen Duplikaten …"))
        duplicates = self._services.duplicates
        op(
            self,
            lambda: duplicates.candidates(kind),
            title=self.windowTitle(),
            key=("duplicates", kind),
            runner=self._runner,
        ).success(lambda pairs, k=kind: self._show(k, pairs)).run_in_background()

    def _show(self, kind: str, pairs: list[DuplicatePair]) -> None:
        page = self.pages[kind]
        chosen = page.current()
        page.model.set_rows(pairs)
        if chosen is None or not page.select_pair(*chosen.key):
            page.update_buttons()
        page.status.setText(
            fmt.count(len(pairs), tr("mögliches Duplikat"), tr("mögliche Duplikate"))
            if pairs
            else self.tr("Keine möglichen Duplikate gefunden.")
        )
        title = self.tr(TAB_TITLES[kind])
        self.tabs.setTabText(
            self.tabs.indexOf(page), f"{title} ({fmt.integer(len(pairs))})" if pairs else title
        )

    @property
    def loaded(self) -> bool:
        """Both kinds are shown (for tests and the start)."""
        return all("…" not in p.status.text() for p in self.pages.values())

    # -- commands ------------------------------------------------------------------------
    def merge(self, kind: str) -> MergeDialog | None:
        pair = self.pages[kind].current()
        if pair is None:
            return None
        dialog = MergeDialog(self._services, kind, pair.a_id, pair.b_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda k=kind: self.reload_kind(k))
        dialog.finished.connect(lambda _r: setattr(self, "merge_dialog", None))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def dismiss(self, kind: str) -> None:
        pair = self.pages[kind].current()
        if pair is None:
            return
        duplicates = self._services.duplicates
        page = self.pages[kind]

        def gone(_result) -> None:  # no new search: only this pair leaves the list
            self._show(kind, [p for p in page.model.rows() if p.key != pair.key])

        op(
            self, lambda: duplicates.dismiss(kind, pair.a_id, pair.b_id), title=self.windowTitle()
        ).success(gone).run()

    def _open(self, kind: str, index) -> None:
        pair = self.pages[kind].model.record(index.row())
        if pair is not None:
            record = pair.b_id if index.column() == 1 else pair.a_id
            self.open_record.emit(kind, record)
