"""Pick an organisation or person by typing part of its name.

The picker asks a ``choices(text)`` callable (a service method returning
``(id, label)`` pairs) as the user types and offers the hits in a popup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit


class RecordPicker(QLineEdit):
    picked = Signal(int)

    def __init__(self, choices: Callable[[str], list[tuple[int, str]]], parent=None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._by_label: dict[str, int] = {}
        self._current: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._on_activated)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Name eingeben und aus der Liste wählen …"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_choices)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self._current = None
        self._timer.start()

    def refresh_choices(self) -> None:
        hits = self._choices(self.text())
        self._by_label = {label: rid for rid, label in hits}
        self._model.setStringList([label for _rid, label in hits])
        if hits and self.hasFocus():
            self.completer().complete()

    def _on_activated(self, label: str) -> None:
        rid = self._by_label.get(label)
        if rid is not None:
            self._current = rid
            self.setText(label)
            self.picked.emit(rid)

    def choose(self, label: str) -> bool:
        """Pick the offered entry with this label (used by keyboard users and tests)."""
        if label not in self._by_label:
            self.setText(label)
            self.refresh_choices()
        if label in self._by_label:
            self._on_activated(label)
            return True
        return False

    def current_id(self) -> int | None:
        if self._current is None and self.text() in self._by_label:
            self._current = self._by_label[self.text()]
        return self._current

    def set_current(self, record_id: int | None, label: str = "") -> None:
        self._current = record_id
        if record_id is not None:
            self._by_label[label] = record_id
        self.setText(label)
