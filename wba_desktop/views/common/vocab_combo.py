"""Combo boxes and table cells over the stored vocabulary (phases, statuses, kinds …).

The database holds the German word; the user reads :func:`wba_desktop.vocab.label` of
it. A combo box entry therefore shows the label as its text and keeps the stored word
as its item data: read the choice with :func:`vocab_value` and select one with
:func:`set_vocab`, never through ``currentText``/``setCurrentText`` (in English the
text is not what is stored). In German label is the identity, so nothing changes there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox

from wba_desktop.vocab import label


def cell(value: Any) -> str:
    """A table cell of a vocabulary column: the label, empty for no value."""
    if value is None or value == "":
        return ""
    return label(str(value))


def add_vocab(combo: QComboBox, values: Iterable[str]) -> None:
    """Append one entry per stored word: ``label(word)`` as text, the word as data."""
    for value in values:
        combo.addItem(label(value) if value else value, value)


def vocab_value(combo: QComboBox) -> str:
    """The stored word of the chosen entry; in an editable combo whose text the user
    typed (not an entry), that text as typed."""
    i = combo.currentIndex()
    data = combo.itemData(i) if i >= 0 else None
    if data is None or (combo.isEditable() and combo.currentText() != combo.itemText(i)):
        return combo.currentText()
    return str(data)


def set_vocab(combo: QComboBox, value: str | None) -> None:
    """Select the entry storing ``value``. A word no entry has (a user's own entry) is
    the edit text of an editable combo, as stored; a plain combo keeps its choice."""
    value = value or ""
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif combo.isEditable():
        combo.setEditText(value)
