"""Accessible names for controls a screen reader would otherwise announce blank.

Qt names a button by its text and a field by its buddy label (``QFormLayout`` rows),
but a search field with only a placeholder, a table under a section title or an
icon-only combo box stays nameless. ``name_controls`` gives each such control the
name a sighted user reads next to it: its placeholder, its tool tip, the title of
the group box or section it sits in, the label above it, or the tab it is on.
Names set by a view stay.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
#: attributes under which a container keeps the label that titles it (Section, cards)
TITLE_ATTRIBUTES = ("heading", "title_label")
#: a longer label above a table is a hint, not its title
MAX_LABEL = 60
_SHORTCUT = re.compile(r"\s*\((?:Strg|Ctrl)[^)]*\)")


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology announces for ``widget`` (Qt's own rules)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _clean(text: str) -> str:
    """ "Suchen (Strg+F) …" -> "Suchen": no shortcut hint, no ellipsis, one line."""
    text = _SHORTCUT.sub("", text.split("\n", 1)[0])
    return text.replace("…", "").replace("&", "").strip(" :.")


def _context_title(widget: QWidget) -> str:
    """The title a sighted user sees around ``widget``: a group box, a section
    (``heading``), or the tab the widget is on."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        for attribute in TITLE_ATTRIBUTES:
            title = getattr(parent, attribute, None)
            if isinstance(title, QLabel) and title.text():
                return title.text()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0 and tabs.tabText(index):
                return tabs.tabText(index)
        child, parent = parent, parent.parentWidget()
    return ""


def _label_above(widget: QWidget) -> str:
    """The text of the label placed right before ``widget`` in its parent's layout."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    index = layout.indexOf(widget)
    for i in range(index - 1, -1, -1):
        item = layout.itemAt(i).widget()
        if isinstance(item, QLabel) and item.text() and item.isVisibleTo(parent):
            text = item.text()
            return text if len(text) <= MAX_LABEL and "." not in text.rstrip(".") else ""
        if item is not None and item.isVisibleTo(parent):
            return ""
    return ""


def _inside_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _fallback_name(widget: QWidget, default: str) -> str:
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return _clean(widget.placeholderText())
    if isinstance(widget, QComboBox | QAbstractItemView):
        parent = widget.parentWidget()
        heading = next(
            (
                label.text()
                for label in (getattr(parent, a, None) for a in TITLE_ATTRIBUTES)
                if isinstance(label, QLabel) and label.text()
            ),
            "",
        )
        text = heading or _label_above(widget) or _context_title(widget)
        if text:
            return _clean(text)
        return _clean(widget.toolTip()) or default
    if isinstance(widget, QAbstractButton) and (widget.text() or widget.icon().isNull()):
        return ""  # a button whose text comes later keeps announcing its text
    return _clean(widget.toolTip())


def name_controls(root: QWidget, default: str = "") -> int:
    """Name the nameless focusable controls under ``root``; returns how many it named.
    ``default`` names a list or table nothing else titles (the area's name)."""
    named = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if isinstance(widget, QHeaderView) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if _inside_box(widget):
            continue  # the editor or popup list of a combo or spin box: the box has the name
        if accessible_name(widget):
            continue
        name = _fallback_name(widget, default)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named
