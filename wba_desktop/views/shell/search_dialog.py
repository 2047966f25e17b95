"""Global search (Ctrl+K): organisations, people, Verbünde and events, as you type.

The hits come grouped by kind, each group under a heading with its true count; a group
cut short ends in an „alle … anzeigen“ row that shows the whole group. Keyboard only:
type, ↑/↓ walk through the hits of all groups (headings are skipped), Enter opens.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from wba_desktop.errors import ServiceError
from wba_desktop.services.directory.search import (
    ALL_LIMIT,
    SearchGroup,
    SearchHit,
    SearchResult,
    SearchService,
)
from wba_desktop.text import format as fmt
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.tasks import TaskRunner

#: hits per group before „alle anzeigen“
GROUP_LIMIT = 8
#: heading of a group: (one, many)
GROUP_LABEL = {
    "organisation": (QT_TR_NOOP("Organisation"), QT_TR_NOOP("Organisationen")),
    "person": (QT_TR_NOOP("Person"), QT_TR_NOOP("Personen")),
    "verbund": (QT_TR_NOOP("Verbund"), QT_TR_NOOP("Verbünde")),
    "event": (QT_TR_NOOP("Veranstaltung"), QT_TR_NOOP("Veranstaltungen")),
}
MORE = "more"  # the kind of an „alle anzeigen“ row
_ROLE = Qt.ItemDataRole.UserRole
_TOTAL_ROLE = Qt.ItemDataRole.UserRole + 1  # a heading's count


class SearchDialog(QDialog):
    """Emits ``open_organisation``, ``open_person``, ``open_verbund`` or ``open_event``
    with the id of the chosen hit."""

    open_organisation = Signal(int)
    open_person = Signal(int)
    open_verbund = Signal(int)
    open_event = Signal(int)

    def __init__(
        self, search: SearchService, runner: TaskRunner | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner or TaskRunner()
        self._running = False
        self._open_when_done = False
        self._expand: str | None = None  # the group shown in full
        self._select_after: tuple[str, int] | None = None  # (kind, index) to select next
        self.setWindowTitle(self.tr("Suchen"))
        self.setObjectName("searchDialog")
        self.resize(640, 520)
        self.query = QLineEdit(self)
        self.query.setObjectName("globalSearch")
        self.query.setPlaceholderText(
            self.tr("Organisation, Person, Verbund, Veranstaltung – z. B. „koethen“, „strasse“")
        )
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAlternatingRowColors(True)
        # long e-mail addresses end in „…“ (full text in the tooltip), no sideways scrolling
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hint = QLabel(self)
        self.hint.setObjectName("dialogSubtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._text_changed)
        self.query.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.query.installEventFilter(self)
        self.results.installEventFilter(self)
        self.hint.setText(self._keys_hint())

    def _keys_hint(self) -> str:
        return self.tr("↑/↓ wählen · Enter öffnet · Esc schließt")

    def _text_changed(self, _text: str) -> None:
        self._expand = None
        self._timer.start()

    def run_search(self) -> None:
        """Search off the GUI thread (on 100,000 people a query takes under 0.1 s)."""
        text, expand = self.query.text(), self._expand
        self._running = True
        # answers to older queries (the user typed on) are dropped
        op(
            self,
            lambda: self._search.find(text, GROUP_LIMIT, expand=expand),
            key="search",
            runner=self._runner,
        ).success(self._show).handle(ServiceError, self._failed).run_in_background()

    def _failed(self, exc: ServiceError) -> None:
        self._running = False
        self.hint.setText(self.tr("Die Suche ist fehlgeschlagen: %1").replace("%1", str(exc)))

    def _show(self, result: SearchResult) -> None:
        self._running = False
        self.results.clear()
        for group in result.groups:
            if group.total:
                self._add_group(group)
        if result.total:
            self._select_first()
            self.hint.setText(
                self.tr("%1 · Enter öffnet").replace(
                    "%1", fmt.count(result.total, "Treffer", "Treffer")
                )
            )
        elif self.query.text().strip():
            self.hint.setText(self.tr("Keine Treffer."))
        else:
            self.hint.setText(self._keys_hint())
        if self._open_when_done:
            self._open_when_done = False
            self.open_current()

    def _add_group(self, group: SearchGroup) -> None:
        one, many = GROUP_LABEL[group.kind]
        head = QListWidgetItem(f"{self.tr(many)} · {fmt.integer(group.total)}")
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.results.font())
        font.setBold(True)
        head.setFont(font)
        head.setForeground(QColor("#30506e"))
        head.setData(_ROLE, ("heading", group.kind))
        head.setData(_TOTAL_ROLE, group.total)
        self.results.addItem(head)
        for hit in group.hits:
            self.results.addItem(self._item(hit))
        if group.complete:
            return
        if len(group.hits) >= ALL_LIMIT:
            note = QListWidgetItem(
                self.tr("Die ersten %1 von %2 – bitte die Suche verfeinern.")
                .replace("%1", fmt.integer(len(group.hits)))
                .replace("%2", fmt.integer(group.total))
            )
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            note.setData(_ROLE, ("heading", group.kind))
            self.results.addItem(note)
            return
        label = self.tr(many if group.total != 1 else one)
        more = QListWidgetItem(
            self.tr("Alle %1 %2 anzeigen …")
            .replace("%1", fmt.integer(group.total))
            .replace("%2", label)
        )
        more.setData(_ROLE, (MORE, group.kind))
        more.setForeground(QColor("#1d5fa8"))
        self.results.addItem(more)

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        suffix = "" if hit.active else self.tr(" (inaktiv)")
        item = QListWidgetItem(f"{hit.title}{suffix}\n{hit.subtitle}".rstrip())
        item.setData(_ROLE, (hit.kind, hit.id))
        item.setToolTip(item.text())
        if not hit.active:
            item.setForeground(QColor("#8a8a8a"))
        return item

    def _select_first(self) -> None:
        target = 0
        if self._select_after is not None:
            kind, index = self._select_after
            self._select_after = None
            rows = [r for r in self._selectable_rows() if self._data(r)[0] == kind]
            target = rows[index] if index < len(rows) else 0
        rows = self._selectable_rows()
        row = target if target in rows else rows[0]
        self.results.setCurrentRow(row)
        self.results.scrollToItem(self.results.item(row))
        if row == rows[0]:
            self.results.scrollToTop()

    def _data(self, row: int) -> tuple[str, int | str]:
        return self.results.item(row).data(_ROLE)

    def _selectable_rows(self) -> list[int]:
        return [
            r
            for r in range(self.results.count())
            if self.results.item(r).flags() & Qt.ItemFlag.ItemIsSelectable
        ]

    def hits(self) -> list[tuple[str, int]]:
        """(kind, id) of the hit rows shown, top to bottom (no headings, no „alle“ rows)."""
        return [self._data(r) for r in self._selectable_rows() if self._data(r)[0] != MORE]

    def group_totals(self) -> dict[str, int]:
        """The count each heading shows, by kind."""
        totals = {}
        for r in range(self.results.count()):
            total = self.results.item(r).data(_TOTAL_ROLE)
            if total is not None:
                totals[self._data(r)[1]] = total
        return totals

    def show_all(self, kind: str) -> None:
        """Show every hit of one group („alle anzeigen“), the first new one selected."""
        self._expand = kind
        self._select_after = (kind, GROUP_LIMIT)
        self.run_search()

    def open_current(self) -> None:
        if self._timer.isActive() or self._running:
            # Enter typed before the answer came: open the first hit when it arrives
            self._open_when_done = True
            if self._timer.isActive():
                self._timer.stop()
                self.run_search()
            return
        item = self.results.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        kind, rid = item.data(_ROLE)
        if kind == MORE:
            self.show_all(rid)
            return
        signal = {
            "organisation": self.open_organisation,
            "person": self.open_person,
            "verbund": self.open_verbund,
            "event": self.open_event,
        }[kind]
        self.accept()
        signal.emit(rid)

    def _step(self, delta: int) -> None:
        rows = self._selectable_rows()
        if not rows:
            return
        current = self.results.currentRow()
        later = [r for r in rows if (r - current) * delta > 0]
        if later:
            row = min(later) if delta > 0 else max(later)
            self.results.setCurrentRow(row)
            if row == rows[0]:
                self.results.scrollToTop()  # keep the first heading in view

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (
            obj in (self.query, self.results)
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self._step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(obj, event)
