"""The conflict dialog: a save met a newer version of the record. Per field it shows
my entry, what is stored now (and who saved it when) and what the form was loaded
with; the user keeps theirs or mine per field, keeps all of mine, or takes the stored
version. Also the question before deactivating or deleting a record changed
meanwhile (:func:`ask_despite_change`, :func:`guarded`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import StaleEdit
from wba_desktop.services.conflicts import when
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.translation import tr

FIELD, MINE, THEIRS, ORIGINAL = range(4)
BOTH_CHANGED = QColor("#fff4d6")


def who_and_when(exc: StaleEdit, sep: str = " ") -> str:
    """Who saved and when, as far as known: "von Bernd Beispiel am 03.05.2026 um
    14:12" (parts joined by ``sep``)."""
    parts = []
    if exc.changed_by:
        parts.append(f"von {exc.changed_by}")
    if exc.changed_at is not None:
        parts.append(when(exc.changed_at))
    return sep.join(parts)


class ConflictDialog(QDialog):
    """Open with ``open()``; after ``finished``, ``choice`` is "mine", "theirs",
    "selection" or None (cancelled), and :meth:`take_theirs` names the fields whose
    stored value is to be kept."""

    def __init__(self, exc: StaleEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Inzwischen geändert"))
        self.exc = exc
        self.choice: str | None = None
        by = who_and_when(exc)
        headline = self.tr("„%1“ wurde inzwischen %2 geändert.").replace("%1", exc.record_label)
        headline = headline.replace("%2", by or self.tr("an anderer Stelle")).replace("  ", " ")
        self.headline = QLabel(headline, self)
        self.headline.setObjectName("dialogTitle")
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        if exc.fields:
            hint = self.tr(
                "Ihre Eingaben sind noch nicht gespeichert. Wählen Sie je Feld, welcher Wert "
                "gelten soll (ein Klick auf den Wert). Felder, die nur Sie geändert haben, "
                "werden so gespeichert, wie Sie sie eingegeben haben."
            )
        else:
            hint = self.tr(
                "Die gespeicherte Fassung unterscheidet sich nur in Angaben, die dieses "
                "Formular nicht zeigt. Ihre Eingaben sind noch nicht gespeichert."
            )
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.table = self._build_table(who_and_when(exc, "\n"))
        self.table.setVisible(bool(exc.fields))

        self.mine_button = QPushButton(self.tr("Meine übernehmen"), self)
        self.mine_button.setToolTip(
            self.tr("Alle Felder so speichern, wie Sie sie eingegeben haben")
        )
        self.theirs_button = QPushButton(self.tr("Gespeicherte übernehmen"), self)
        self.theirs_button.setToolTip(
            self.tr("Ihre Eingaben verwerfen und die gespeicherte Fassung anzeigen")
        )
        self.selection_button = QPushButton(self.tr("Auswahl speichern"), self)
        self.selection_button.setDefault(True)
        self.selection_button.setVisible(bool(exc.fields))
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.setToolTip(self.tr("Zurück zum Formular; nichts wird gespeichert"))
        self.mine_button.clicked.connect(lambda: self._done("mine"))
        self.theirs_button.clicked.connect(lambda: self._done("theirs"))
        self.selection_button.clicked.connect(lambda: self._done("selection"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.selection_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        rows = min(len(exc.fields), 10)
        self.resize(900, 250 + 36 * rows if rows else 180)

    # -- the table ---------------------------------------------------------------------
    def _build_table(self, by: str) -> QTableWidget:
        fields = self.exc.fields
        table = QTableWidget(len(fields), 4, self)
        table.setObjectName("conflictTable")
        stored = self.tr("Jetzt gespeichert")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Feld"),
                self.tr("Meine Eingabe"),
                f"{stored}\n{by}" if by else stored,
                self.tr("Ursprünglich"),
            ]
        )
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for col in (MINE, THEIRS, ORIGINAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for row, f in enumerate(fields):
            label = f.label
            if f.changed_by_me and self._original_known():
                label += "\n" + self.tr("(auch von Ihnen geändert)")
            name = QTableWidgetItem(label)
            mine = self._choice_item(f.mine_text)
            theirs = self._choice_item(f.theirs_text)
            original = QTableWidgetItem(f.original_text or "–")
            original.setForeground(QBrush(QColor("#5b6b7a")))
            both = f.changed_by_me and self._original_known()
            for col, item in enumerate((name, mine, theirs, original)):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if both:
                    item.setBackground(QBrush(BOTH_CHANGED))
                table.setItem(row, col, item)
            # only the other user changed it: keep theirs; both did: keep mine
            self._set_row(table, row, MINE if f.changed_by_me else THEIRS)
        table.setColumnHidden(ORIGINAL, not self._original_known())
        table.itemChanged.connect(self._item_changed)
        table.itemClicked.connect(self._item_clicked)
        table.resizeRowsToContents()
        return table

    def _original_known(self) -> bool:
        return any(f.original is not None for f in self.exc.fields)

    @staticmethod
    def _choice_item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text or "–")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setToolTip(text)
        return item

    @staticmethod
    def _set_row(table: QTableWidget, row: int, col: int) -> None:
        blocked = table.blockSignals(True)
        for c in (MINE, THEIRS):
            state = Qt.CheckState.Checked if c == col else Qt.CheckState.Unchecked
            table.item(row, c).setCheckState(state)
        table.blockSignals(blocked)

    def _item_clicked(self, item: QTableWidgetItem) -> None:
        if item.column() in (MINE, THEIRS):
            self._set_row(self.table, item.row(), item.column())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in (MINE, THEIRS):
            return
        col = item.column()
        if item.checkState() != Qt.CheckState.Checked:  # unticking means the other one
            col = THEIRS if col == MINE else MINE
        self._set_row(self.table, item.row(), col)

    # -- answers -----------------------------------------------------------------------
    def choose(self, name: str, which: str) -> None:
        """Pick "mine" or "theirs" for the field ``name`` (as a click would)."""
        row = next(i for i, f in enumerate(self.exc.fields) if f.name == name)
        self._set_row(self.table, row, MINE if which == "mine" else THEIRS)

    def chosen(self, name: str) -> str:
        row = next(i for i, f in enumerate(self.exc.fields) if f.name == name)
        mine = self.table.item(row, MINE).checkState() == Qt.CheckState.Checked
        return "mine" if mine else "theirs"

    def take_theirs(self) -> set[str]:
        """The fields whose stored value stays (none after "Meine übernehmen")."""
        if self.choice != "selection":
            return set()
        return {f.name for f in self.exc.fields if self.chosen(f.name) == "theirs"}

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_despite_change(
    parent: QWidget, exc: StaleEdit, title: str, verb: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """„X“ wurde inzwischen von Y geändert. Trotzdem löschen? (``verb``: "löschen",
    "deaktivieren"); ``on_yes()`` when the user confirms."""
    by = who_and_when(exc) or tr("an anderer Stelle")
    text = f"„{exc.record_label}“ wurde inzwischen {by} geändert. Trotzdem {verb}?"
    return ask(
        parent,
        title,
        text,
        [
            (f"Trotzdem {verb}", QMessageBox.ButtonRole.DestructiveRole),
            (tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        lambda i: on_yes() if i == 0 else None,
        default=1,
    )


def guarded(parent: QWidget, title: str, verb: str, call, version: int) -> None:
    """Run ``call(expected_version)``; when the record was changed meanwhile, ask
    „… Trotzdem {verb}?“ and run it again against the version now stored."""
    op(parent, lambda: call(version), title=title).handle(
        StaleEdit,
        lambda exc: ask_despite_change(
            parent,
            exc,
            title,
            verb,
            lambda: guarded(parent, title, verb, call, exc.current_version),
        ),
    ).run()
