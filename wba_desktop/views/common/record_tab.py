"""The base of the record tabs (a Verbund's members, Beirat, tasks …, an event's
programme and checklist): a summary line, a row of buttons, a table of records.

    summary label
    [Add …] [extra …] [Edit …] [Remove]  ‹stretch›  [extra right …]
    table

The base wires what every tab does alike: add/edit/remove buttons, double click (or
Enter) edits, Del removes, the "really delete?" question, the buttons' state from the
owner (the Verbund or event shown) and the selection, service calls through ``op``
and ``changed`` after every write. A subclass supplies what differs:

- ``load(owner_id)``: the rows for the table (a load that fails shows its message
  and leaves the table empty);
- ``summary_text(rows)``: the line above the table;
- ``make_dialog(row)``: the form to add (``row`` None) or edit a record;
- ``delete(row)`` and ``delete_question(row)``: the service call and its question.

Optional hooks: ``removable()`` (what the remove button acts on), ``delete_pressed()``
(the Del key) and ``update_extra_buttons(row)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.views.common.flow_bar import FlowLayout
from wba_desktop.views.common.lazy_table import ID_ROLE, ROW_ROLE
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import show_rows

#: when an extra button or action is enabled: with an owner, or with a selected row
OWNER, ROW = "owner", "row"


@dataclass(frozen=True)
class DeleteQuestion:
    """The "really delete?" box: title, question, the destructive button's label."""

    title: str
    text: str
    action: str
    detail: str = ""


class RecordTab(QWidget):
    """A table of the records of one owner with add, edit and remove; see the module
    docstring. Emits ``changed`` after every write."""

    changed = Signal()

    def __init__(
        self,
        services: Any,
        model: RecordListModel,
        *,
        title: str,
        table_name: str,
        add: str,
        remove: str,
        edit: bool = True,
        proxy: QSortFilterProxyModel | None = None,
        compact: bool = True,
        multi_select: bool = False,
        stretch: int | None = None,
        edit_on_activated: bool = False,
        check_column: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``title`` heads error messages; ``add``/``remove`` label the buttons, ``edit``
        says whether there is a "Bearbeiten …" button. The table shows ``proxy`` over
        ``model`` when given. ``edit_on_activated``: Enter edits too, not only a double
        click; a double click on ``check_column`` (a check box) does not edit."""
        super().__init__(parent)
        self._services = services
        self._owner: int | None = None
        self._title = title
        self._check_column = check_column
        self._needs: list[tuple[QWidget | QAction, str]] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = model
        model.setParent(self)
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        if proxy is not None:
            proxy.setSourceModel(model)
        self.table.setModel(proxy if proxy is not None else model)
        setup_table(
            self.table, model.columns, compact=compact, multi_select=multi_select, stretch=stretch
        )
        edit_signal = self.table.activated if edit_on_activated else self.table.doubleClicked
        edit_signal.connect(self._edit_at)
        on_delete_key(self.table, self.delete_pressed)

        self.add_button = QPushButton(add, self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self) if edit else None
        self.remove_button = QPushButton(remove, self)
        self.add_button.clicked.connect(lambda: self.add())
        if self.edit_button is not None:
            self.edit_button.clicked.connect(lambda: self.edit())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.edit_action: QAction | None = None
        self.remove_action: QAction | None = None
        self.buttons = FlowLayout()  # wraps in a narrow window instead of cutting labels
        for b in (self.add_button, self.edit_button, self.remove_button):
            if b is not None:
                self.buttons.addWidget(b)
        self._left_extras = 0
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        show_rows(self.table)  # four rows however little room the tab gets
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.model().modelReset.connect(self.update_buttons)
        self._update_own_buttons()  # the subclass's extras are not built yet

    # -- building (for subclasses) ---------------------------------------------------
    def add_extra(self, widget: QWidget, *, right: bool = False, needs: str | None = None) -> None:
        """Put ``widget`` into the button row: after the add button (and earlier
        extras), or with ``right`` after the stretch. ``needs`` OWNER or ROW enables it
        with the add or with the edit button; else ``update_extra_buttons`` does."""
        if right:
            self.buttons.addWidget(widget)
        else:
            self._left_extras += 1
            self.buttons.insertWidget(self._left_extras, widget)
        if needs is not None:
            self._needs.append((widget, needs))
            self._update_own_buttons()

    def use_context_menu(self, *first: QAction) -> None:
        """A context menu on the table: the actions ``first`` (enabled with a selected
        row), then "Bearbeiten …" (if there is an edit button) and the remove label."""
        self.edit_action = QAction(self.tr("Bearbeiten …"), self) if self.edit_button else None
        self.remove_action = QAction(self.remove_button.text(), self)
        if self.edit_action is not None:
            self.edit_action.triggered.connect(lambda: self.edit())
        self.remove_action.triggered.connect(lambda: self.remove())
        actions = [*first, self.edit_action, self.remove_action]
        self._needs.extend((a, ROW) for a in first)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([a for a in actions if a is not None])
        self._update_own_buttons()

    # -- what subclasses supply ------------------------------------------------------
    def load(self, owner_id: int) -> Sequence[Any]:
        """The rows of the owner (a Verbund or an event), as the table shows them."""
        raise TypeError(f"{type(self).__name__} must define load()")

    def summary_text(self, rows: list[Any]) -> str:
        return ""

    def make_dialog(self, row: Any | None) -> QDialog:
        """The add (``row`` None) or edit dialog; it keeps what it saved in ``saved``."""
        raise TypeError(f"{type(self).__name__} must define make_dialog()")

    def delete(self, row: Any) -> object:
        """Delete ``row`` through its service (called after the question)."""
        raise TypeError(f"{type(self).__name__} must define delete()")

    def delete_question(self, row: Any) -> DeleteQuestion:
        """Title, text and button of the "really delete?" question."""
        raise TypeError(f"{type(self).__name__} must define delete_question()")

    def removable(self) -> Any | None:
        """What the remove button acts on: the selected row."""
        return self.current()

    def delete_pressed(self) -> None:
        """Del in the table: remove (after asking)."""
        self.remove()

    def update_extra_buttons(self, row: Any | None) -> None:
        """Enable the extras that depend on more than owner or selection. Not called
        from the base's ``__init__``: a subclass with this hook calls
        ``update_buttons()`` at the end of its own."""

    # -- owner and rows --------------------------------------------------------------
    @property
    def owner_id(self) -> int | None:
        return self._owner

    def set_owner(self, owner_id: int | None) -> None:
        self._owner = owner_id
        self.reload()

    def reload(self) -> None:
        """Read the owner's rows again; the selected rows that are still there stay
        selected, and the table keeps its scroll position (a change saved by someone
        else must not throw the user out of their place)."""
        rows: Sequence[Any] | None = []
        owner = self._owner
        if owner is not None:
            rows = op(self, lambda: self.load(owner), title=self._title).run()
        view = self.table.model()
        selected = {view.data(i, ID_ROLE) for i in self.table.selectionModel().selectedRows()}
        selected.discard(None)
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows or [])
        if selected:
            for i in range(view.rowCount()):
                if view.data(view.index(i, 0), ID_ROLE) in selected:
                    self.table.selectionModel().select(
                        view.index(i, 0),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
            self.table.verticalScrollBar().setValue(scroll)
        self.update_summary()
        self.update_buttons()

    def update_summary(self) -> None:
        has = self._owner is not None
        self.summary.setText(self.summary_text(self.model.rows()) if has else "")

    def current(self) -> Any | None:
        """The selected record (the first one when several are selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.table.model().data(rows[0], ROW_ROLE) if rows else None

    def select_where(self, test: Callable[[Any], bool]) -> bool:
        """Select the first row that passes ``test``; False if there is none."""
        view = self.table.model()
        for i in range(view.rowCount()):
            if test(view.data(view.index(i, 0), ROW_ROLE)):
                self.table.selectRow(i)
                return True
        return False

    def update_buttons(self) -> None:
        """Enable buttons and actions for the owner and the selection."""
        self._update_own_buttons()
        self.update_extra_buttons(self.current())

    def _update_own_buttons(self) -> None:
        """The base's buttons and actions and the extras with ``needs``."""
        has_owner, row = self._owner is not None, self.current()
        self.add_button.setEnabled(has_owner)
        can_remove = self.removable() is not None
        self.remove_button.setEnabled(can_remove)
        if self.remove_action is not None:
            self.remove_action.setEnabled(can_remove)
        for w in (self.edit_button, self.edit_action):
            if w is not None:
                w.setEnabled(row is not None)
        for w, needs in self._needs:
            w.setEnabled(has_owner if needs == OWNER else row is not None)

    # -- commands ----------------------------------------------------------------------
    def open_record_dialog(
        self, dialog: QDialog, saved: Callable[[QDialog], bool] | None = has_saved
    ) -> QDialog:
        """Open ``dialog`` without blocking; reload and emit ``changed`` when it saved."""
        return open_dialog(dialog, self.after_write, saved)

    def after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add(self) -> QDialog | None:
        if self._owner is None:
            return None
        return self.open_record_dialog(self.make_dialog(None))

    def edit(self) -> QDialog | None:
        row = self.current()
        if row is None or self._owner is None or self.edit_button is None:
            return None
        return self.open_record_dialog(self.make_dialog(row))

    def remove(self) -> None:
        row = self.removable()
        if row is None:
            return
        q = self.delete_question(row)
        confirm(self, q.title, q.text, q.action, lambda: self._delete(row), detail=q.detail)

    def _delete(self, row: Any) -> None:
        call = op(self, lambda: self.delete(row), title=self._title)
        call.success(lambda _result: self.after_write()).run()

    def _edit_at(self, index: QModelIndex) -> None:
        if index.column() != self._check_column:  # a double click on a check box ticks it
            self.edit()
