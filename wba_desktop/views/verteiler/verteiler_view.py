"""The Verteiler area: the lists on the left, the members of the chosen one on the right."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.services.privacy.consent_filter import describe_left_out
from wba_desktop.services.verteiler.lists import VerteilerInfo
from wba_desktop.views.common.flow_bar import FlowLayout
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.directory.models import PersonTableModel
from wba_desktop.views.verteiler.verteiler_dialog import VerteilerDialog

LIST_COLUMNS = (
    Column("name", QT_TR_NOOP("Verteiler"), 190),
    Column("kind_label", QT_TR_NOOP("Art"), 75),
    Column("members", QT_TR_NOOP("Personen"), 65, align_right=True),
)


class VerteilerView(QWidget):
    """Emits ``open_person(id)``, ``export_requested(title, PersonFilter)``,
    ``mail_requested(title, PersonFilter)`` and ``counts_changed(text)``."""

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset({"verteiler", "people", "organisations", "reference"})

    open_person = Signal(int)
    export_requested = Signal(str, object)
    mail_requested = Signal(str, object)
    #: „Einwilligung erfassen …“ for the members of the current Verteiler
    consent_requested = Signal()
    counts_changed = Signal(str)
    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self.loaded = False
        self.lists = RecordListModel(LIST_COLUMNS, parent=self)
        self.list_table = QTableView(self)
        self.list_table.setObjectName("verteilerTable")
        self.list_table.setModel(self.lists)
        self.list_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_table.verticalHeader().hide()
        self.list_table.setWordWrap(False)
        self.list_table.verticalHeader().setDefaultSectionSize(26)
        self.list_table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(LIST_COLUMNS):
            self.list_table.setColumnWidth(i, col.width)
        self.list_table.activated.connect(lambda _i: self.edit_list())

        self.new_button = QPushButton(self.tr("Neuer Verteiler …"), self)
        self.new_dynamic_button = QPushButton(self.tr("Neuer dynamischer …"), self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.delete_button = QPushButton(self.tr("Löschen"), self)
        self.new_button.clicked.connect(lambda: self.new_list("static"))
        self.new_dynamic_button.clicked.connect(lambda: self.new_list("dynamic"))
        self.edit_button.clicked.connect(self.edit_list)
        self.delete_button.clicked.connect(self.delete_list)
        left_buttons = QHBoxLayout()
        for b in (self.new_button, self.new_dynamic_button):
            left_buttons.addWidget(b)
        left_buttons2 = QHBoxLayout()
        for b in (self.edit_button, self.delete_button):
            left_buttons2.addWidget(b)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(left_buttons)
        lv.addLayout(left_buttons2)
        lv.addWidget(self.list_table, 1)

        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dialogSubtitle")
        self.subtitle.setWordWrap(True)
        self.members = PersonTableModel(services.people, self)
        self.member_table = QTableView(self)
        self.member_table.setObjectName("memberTable")
        self.member_table.setModel(self.members)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setAlternatingRowColors(True)
        self.member_table.verticalHeader().hide()
        self.member_table.setWordWrap(False)
        self.member_table.verticalHeader().setDefaultSectionSize(24)
        self.member_table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.members.columns):
            self.member_table.setColumnWidth(i, col.width)
            self.member_table.setColumnHidden(i, col.hidden_by_default)
        self.member_table.activated.connect(self._open_member)
        self.remove_button = QPushButton(self.tr("Aus Verteiler entfernen"), self)
        self.export_button = QPushButton(self.tr("Exportieren …"), self)
        self.mail_button = QPushButton(self.tr("E-Mail an alle …"), self)
        self.consent_button = QPushButton(self.tr("Einwilligung erfassen …"), self)
        self.consent_button.setToolTip(
            self.tr("Einwilligung oder Widerruf für alle Personen des Verteilers erfassen")
        )
        self.consent_button.clicked.connect(self.consent_requested.emit)
        self.remove_button.clicked.connect(self.remove_members)
        self.export_button.clicked.connect(lambda: self._emit_for_current(self.export_requested))
        self.mail_button.clicked.connect(lambda: self._emit_for_current(self.mail_requested))
        right_buttons = FlowLayout()  # wraps in a narrow window instead of cutting labels
        for b in (self.export_button, self.mail_button, self.consent_button, self.remove_button):
            right_buttons.addWidget(b)
        right_buttons.addStretch(1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(self.subtitle)
        rv.addLayout(right_buttons)
        rv.addWidget(self.member_table, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(splitter)
        self.list_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._show_current()

    # -- loading -----------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.loaded = True
        keep = select_id if select_id is not None else self.current_id()
        self.lists.set_rows(self._services.verteiler.list_all())
        row = next((i for i, v in enumerate(self.lists.rows()) if v.id == keep), 0)
        if self.lists.rowCount():
            self.list_table.selectRow(row)
        self._show_current()

    def current(self) -> VerteilerInfo | None:
        index = self.list_table.currentIndex()
        return self.lists.record(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        v = self.current()
        return v.id if v else None

    def select_id(self, list_id: int) -> None:
        for i, v in enumerate(self.lists.rows()):
            if v.id == list_id:
                self.list_table.selectRow(i)

    def _show_current(self) -> None:
        v = self.current()
        has = v is not None
        buttons = (self.edit_button, self.delete_button, self.export_button, self.mail_button)
        for b in (*buttons, self.consent_button):
            b.setEnabled(has)
        self.remove_button.setEnabled(has and v.kind == "static")
        if v is None:
            self.title.setText(self.tr("Verteiler"))
            self.subtitle.setText(
                self.tr(
                    "Noch kein Verteiler. Legen Sie einen an: statisch (Personen von Hand "
                    "ausgewählt) oder dynamisch (alle, die zu einem Filter passen)."
                )
            )
            self.members.set_filter(PersonFilter(ids=()))
            self.counts_changed.emit(self.tr("Keine Verteiler"))
            return
        self.title.setText(v.name)
        if v.kind == "dynamic":
            how = self.tr("Dynamisch – ") + self._services.verteiler.describe(v.criteria)
        else:
            how = self.tr("Statisch – Personen von Hand ausgewählt")
        self.members.set_filter(self._services.verteiler.person_filter(v.id))
        members = self._services.verteiler.members(v.id)
        privacy = describe_left_out(members.left_out, members.purpose)
        purpose = self.tr("Zweck: %1").replace("%1", v.purpose) if v.purpose else ""
        parts = (how, v.description, purpose, privacy and f"{privacy}.")
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self.counts_changed.emit(
            self.tr("%1: %2 Personen")
            .replace("%1", v.name)
            .replace("%2", str(self.members.rowCount()))
        )

    # -- commands ----------------------------------------------------------------------
    def _run(self, dialog: VerteilerDialog) -> None:
        def done(result: int) -> None:
            dialog.deleteLater()
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.changed.emit()

        dialog.finished.connect(done)
        dialog.open()

    def new_list(self, kind: str) -> VerteilerDialog:
        dialog = VerteilerDialog(self._services, kind, parent=self)
        self._run(dialog)
        return dialog

    def edit_list(self) -> VerteilerDialog | None:
        v = self.current()
        if v is None:
            return None
        dialog = VerteilerDialog(self._services, existing=v, parent=self)
        self._run(dialog)
        return dialog

    def delete_list(self) -> None:
        v = self.current()
        if v is None:
            return

        def answer(i: int) -> None:
            if i == 0:
                self._services.verteiler.delete(v.id)
                self.reload()
                self.changed.emit()

        ask(
            self,
            self.tr("Verteiler löschen"),
            self.tr("Verteiler „%1“ löschen? Die Personen selbst bleiben erhalten.").replace(
                "%1", v.name
            ),
            [
                (self.tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            default=1,
        )

    def selected_member_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.member_table.selectionModel().selectedRows()})
        return [pid for pid in (self.members.id_at(r) for r in rows) if pid is not None]

    def remove_members(self) -> None:
        v = self.current()
        ids = self.selected_member_ids()
        if v is None or v.kind != "static" or not ids:
            return
        self._services.verteiler.remove_members(v.id, ids)
        self.reload(v.id)
        self.changed.emit()

    def _open_member(self, index) -> None:
        pid = self.members.id_at(index.row())
        if pid is not None:
            self.open_person.emit(pid)

    def current_purpose(self) -> str | None:
        """The purpose of the Verteiler in front (exports and e-mails start with it)."""
        v = self.current()
        return v.purpose if v is not None else None

    def _emit_for_current(self, signal) -> None:
        v = self.current()
        if v is not None:
            signal.emit(v.name, self._services.verteiler.person_filter(v.id))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.member_table.hasFocus():
            self.remove_members()
            return
        super().keyPressEvent(event)
