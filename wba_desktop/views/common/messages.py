"""Message boxes opened with ``open()`` and a callback, so nothing blocks (and tests
can answer them by finding the box and clicking a button)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("wbaMessageBox")
    if detail:
        box.setInformativeText(detail)
    return box


def inform(
    parent: QWidget, title: str, text: str, detail: str = "", error: bool = False
) -> QMessageBox:
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = _box(parent, icon, title, text, detail)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole]],
    on_answer: Callable[[int], None],
    detail: str = "",
    default: int = 0,
) -> QMessageBox:
    """Ask with custom buttons; ``on_answer(i)`` gets the index of the clicked button,
    or -1 when the box was closed otherwise."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, detail)
    added = [box.addButton(label, role) for label, role in buttons]
    if added:
        box.setDefaultButton(added[default])

    def done(_result: int) -> None:
        clicked = box.clickedButton()
        index = added.index(clicked) if clicked in added else -1
        box.deleteLater()
        on_answer(index)

    box.finished.connect(done)
    box.open()
    return box
