"""Table models of the import wizard: the column mapping and the row preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from wba_desktop.exchange.mapping import FIELDS
from wba_desktop.services.importing.plan import ACTION_LABELS, Action, ImportPlan, PlanRow
from wba_desktop.views.common.translation import tr

NOT_IMPORTED = "— nicht übernehmen —"
STATUS_LABELS = {"new": "neu", "match": "vorhanden", "rejected": "abgelehnt"}
_STATUS_COLOURS = {"rejected": QColor("#fdecea"), "match": QColor("#fff8e1")}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    return str(value)


class MappingModel(QAbstractTableModel):
    """One row per spreadsheet column: header, examples, target field (editable)."""

    HEADERS = (QT_TR_NOOP("Spalte in der Datei"), QT_TR_NOOP("Beispiele"), QT_TR_NOOP("wird zu"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.examples: list[str] = []
        self.fields: list[str | None] = []
        #: the fields a column can feed: contacts, or relations (an edge list)
        self.field_labels: dict[str, str] = FIELDS

    def load(self, rows: list[list[Any]], header_row: int, columns: dict[int, str]) -> None:
        self.beginResetModel()
        header = rows[header_row] if header_row < len(rows) else []
        width = max((len(r) for r in rows[header_row : header_row + 50]), default=0)
        self.headers = [_text(header[c]) if c < len(header) else "" for c in range(width)]
        data = rows[header_row + 1 : header_row + 6]
        self.examples = [
            " | ".join(_text(r[c]) for r in data if c < len(r) and _text(r[c]))[:80]
            for c in range(width)
        ]
        self.fields = [columns.get(c) for c in range(width)]
        self.endResetModel()

    def columns(self) -> dict[int, str]:
        return {c: f for c, f in enumerate(self.fields) if f}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == 0:
                return self.headers[r] or f"(Spalte {r + 1} ohne Überschrift)"
            if c == 1:
                return self.examples[r]
            field = self.fields[r]
            return self.field_labels.get(field, field) if field else NOT_IMPORTED
        if role == Qt.ItemDataRole.ForegroundRole and c == 2 and not self.fields[r]:
            return QColor("#8a8a8a")
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        field = value if value in self.field_labels else None
        if field:  # one column per field: free it elsewhere
            for i, f in enumerate(self.fields):
                if f == field and i != index.row():
                    self.fields[i] = None
                    self.dataChanged.emit(self.index(i, 2), self.index(i, 2))
        self.fields[index.row()] = field
        self.dataChanged.emit(index, index)
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the target fields for the mapping table."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        box = QComboBox(parent)
        box.addItem(NOT_IMPORTED, None)
        for key, label in index.model().field_labels.items():
            box.addItem(label, key)
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        current = index.model().fields[index.row()]
        editor.setCurrentIndex(max(editor.findData(current), 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData())


class PreviewModel(QAbstractTableModel):
    """The planned rows; the action of rows with a match is editable."""

    HEADERS = (
        QT_TR_NOOP("Zeile"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Organisation"),
        QT_TR_NOOP("Person"),
        QT_TR_NOOP("Was passiert / Hinweis"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.rows: list[PlanRow] = []
        self.decisions: dict[int, Action] = {}

    def load(self, plan: ImportPlan, only: str | None = None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.rows = [r for r in plan.rows if only is None or r.status == only]
        self.endResetModel()

    def action(self, row: PlanRow) -> Action:
        return self.decisions.get(row.row_no, row.action)

    def set_all(self, action: Action) -> None:
        if self.plan is None:
            return
        self.decisions = {r.row_no: action for r in self.plan.matched}
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def _label(self, items, idx) -> str:
        return items[idx].label if idx is not None else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row, c = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if c == 0:
                return row.row_no
            if c == 1:
                return tr(STATUS_LABELS.get(row.status, row.status))
            if row.status == "rejected":  # named as written: the cells did not pass
                return (row.org_name, row.person_name, "; ".join(row.reasons))[c - 2]
            if c == 2:
                return self._label(self.plan.organisations, row.organisation)
            if c == 3:
                return self._label(self.plan.people, row.person)
            notes = list(row.matches) + list(row.warnings)
            if row.status == "match":
                notes.insert(0, ACTION_LABELS[self.action(row)])
            return "; ".join(notes)
        if role == Qt.ItemDataRole.EditRole and c == 4:
            return self.action(row).value
        if role == Qt.ItemDataRole.BackgroundRole:
            return _STATUS_COLOURS.get(row.status)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 4 and self.rows[index.row()].status == "match":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (index.isValid() and index.column() == 4 and role == Qt.ItemDataRole.EditRole):
            return False
        row = self.rows[index.row()]
        if row.status != "match":
            return False
        self.decisions[row.row_no] = Action(value)
        self.dataChanged.emit(index, index)
        return True


class ActionDelegate(QStyledItemDelegate):
    """A combo box of the match actions (überspringen, ergänzen, überschreiben, neu)."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        box = QComboBox(parent)
        for action, label in ACTION_LABELS.items():
            box.addItem(label, action.value)
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData())
