"""Global search (Ctrl+K): organisations and people, results as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from wba_desktop.errors import ServiceError
from wba_desktop.services.directory.search import SearchHit, SearchService
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.tasks import TaskRunner

KIND_LABEL = {"organisation": "Organisation", "person": "Person"}


class SearchDialog(QDialog):
    """Emits ``open_organisation(id)`` or ``open_person(id)`` for the chosen hit."""

    open_organisation = Signal(int)
    open_person = Signal(int)

    def __init__(
        self, search: SearchService, runner: TaskRunner | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner or TaskRunner()
        self._running = False
        self._open_when_done = False
        self.setWindowTitle(self.tr("Suchen"))
        self.setObjectName("searchDialog")
        self.resize(620, 460)
        self.query = QLineEdit(self)
        self.query.setObjectName("globalSearch")
        self.query.setPlaceholderText(
            self.tr("Organisation oder Person suchen – z. B. „koethen“, „mueller“, „ihk“")
        )
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAlternatingRowColors(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("dialogSubtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.query.installEventFilter(self)
        self.hint.setText(self.tr("↑/↓ wählen · Enter öffnet · Esc schließt"))

    def run_search(self) -> None:
        """Search off the GUI thread (on 100,000 people a query takes ~0.1 s)."""
        text = self.query.text()
        self._running = True
        # answers to older queries (the user typed on) are dropped
        op(self, lambda: self._search.search(text), key="search", runner=self._runner).success(
            self._show
        ).handle(ServiceError, self._failed).run_in_background()

    def _failed(self, exc: ServiceError) -> None:
        self._running = False
        self.hint.setText(self.tr("Die Suche ist fehlgeschlagen: %1").replace("%1", str(exc)))

    def _show(self, hits: list[SearchHit]) -> None:
        self._running = False
        self.results.clear()
        for hit in hits:
            self.results.addItem(self._item(hit))
        if hits:
            self.results.setCurrentRow(0)
            self.results.scrollToTop()
            self.hint.setText(self.tr("%n Treffer · Enter öffnet").replace("%n", str(len(hits))))
        elif self.query.text().strip():
            self.hint.setText(self.tr("Keine Treffer."))
        else:
            self.hint.setText(self.tr("↑/↓ wählen · Enter öffnet · Esc schließt"))
        if self._open_when_done:
            self._open_when_done = False
            self.open_current()

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        kind = self.tr(KIND_LABEL[hit.kind])
        suffix = "" if hit.active else self.tr(" (inaktiv)")
        item = QListWidgetItem(f"{hit.title}{suffix}\n{kind} · {hit.subtitle}".rstrip(" ·"))
        item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
        if not hit.active:
            item.setForeground(QColor("#8a8a8a"))
        return item

    def hits(self) -> list[tuple[str, int]]:
        return [
            self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())
        ]

    def open_current(self) -> None:
        if self._timer.isActive() or self._running:
            # Enter typed before the answer came: open the first hit when it arrives
            self._open_when_done = True
            if self._timer.isActive():
                self._timer.stop()
                self.run_search()
            return
        item = self.results.currentItem()
        if item is None:
            return
        kind, rid = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        (self.open_organisation if kind == "organisation" else self.open_person).emit(rid)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (
            obj is self.query
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)
