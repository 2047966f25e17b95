"""What the record tabs share: the table setup, dialogs opened without blocking,
a dialog's save through ``op``, "really delete?" and the Del key on the table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.sizing import fit_titles
from wba_desktop.views.common.translation import tr

D = TypeVar("D", bound=QDialog)


def setup_table(
    table: QTableView,
    columns: Sequence[Column],
    row_height: int = 24,
    *,
    multi_select: bool = False,
    compact: bool = False,
    stretch: int | None = None,
) -> QTableView:
    """Whole rows selected (one, or several with ``multi_select``), no editing in the
    cells, alternating colours, no row numbers, the column widths of ``columns``.
    ``compact``: one line a row and no focus frame on a cell. The last column takes the
    free width, or column ``stretch`` when given. Call it after ``setModel``."""
    mode = QAbstractItemView.SelectionMode
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(mode.ExtendedSelection if multi_select else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    if compact:
        table.setWordWrap(False)
        table.setStyleSheet("QTableView { outline: 0; }")  # no focus frame on a cell
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setStretchLastSection(stretch is None)
    for i, col in enumerate(columns):
        table.setColumnWidth(i, col.width)
    fit_titles(table)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def has_saved(dialog: QDialog) -> bool:
    """For ``open_dialog``: the dialog's ``saved`` result is set."""
    return dialog.saved is not None


def open_dialog(
    dialog: D,
    on_saved: Callable[[], object],
    saved: Callable[[D], bool] | None = None,
    *,
    accepted_only: bool = True,
) -> D:
    """Open ``dialog`` without blocking and delete it once it is closed. Then
    ``on_saved()`` runs if the dialog was accepted and ``saved(dialog)`` (when given)
    is true; with ``accepted_only=False`` only ``saved`` decides. Returns the dialog."""

    def done(result: int) -> None:
        dialog.deleteLater()
        if (result or not accepted_only) and (saved is None or saved(dialog)):
            on_saved()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    action_label: str,
    on_yes: Callable[[], object],
    detail: str = "",
) -> QMessageBox:
    """Ask before a destructive ``action_label`` ("Löschen", "Entfernen"); "Abbrechen"
    is the default button. ``on_yes()`` runs only when the action is chosen."""

    def answer(i: int) -> None:
        if i == 0:
            on_yes()

    return ask(
        parent,
        title,
        text,
        [
            (action_label, QMessageBox.ButtonRole.DestructiveRole),
            (tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        answer,
        detail=detail,
        default=1,
    )


class DeleteKeyFilter(QObject):
    """Calls ``callback()`` when Del is pressed in ``widget`` and swallows the key.

    An event filter rather than a ``keyPressEvent`` override on the parent: a table
    takes Del itself (as a keyboard search) where the key carries text, as under the
    offscreen platform, so the parent never sees it. The filter belongs to ``widget``.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self._callback()
            return True
        return super().eventFilter(watched, event)


def on_delete_key(widget: QWidget, callback: Callable[[], object]) -> DeleteKeyFilter:
    """Del in ``widget`` (usually a record table) calls ``callback()``."""
    return DeleteKeyFilter(widget, callback)
