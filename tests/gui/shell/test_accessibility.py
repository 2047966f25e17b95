"""Every control a keyboard user can reach in every area has an accessible name,
and the areas are reachable from the keyboard (Strg+1 … Strg+9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QHeaderView, QWidget

from wba_desktop.views.common.accessibility import CONTROLS, accessible_name


def _nameless(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or isinstance(w, QHeaderView):
            continue
        if not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent, boxed = w.parentWidget(), False
        while parent is not None:
            boxed = boxed or isinstance(parent, QComboBox | QAbstractSpinBox)
            parent = parent.parentWidget()
        if not boxed and not accessible_name(w):
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


def test_every_control_in_every_area_has_a_name(window, qtbot):
    window.resize(1280, 800)
    problems = {}
    for key, _view in list(window._areas):
        window.show_area(key)
        qtbot.wait(10)
        missing = _nameless(window.current_view())
        if missing:
            problems[key] = missing
    assert problems == {}


def test_a_search_field_is_named_by_its_placeholder(window):
    window.show_area("organisations")
    field = window.current_view().findChild(QWidget, "filterSearch")
    assert accessible_name(field) == "Suchen"


@pytest.mark.parametrize("number", range(1, 10))
def test_ctrl_number_opens_the_area(window, qtbot, number):
    keys = [k for k, _w in window._areas]
    if number > len(keys):
        pytest.skip("fewer areas")
    window.show_area("organisations" if number != 3 else "start")
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == number - 1
    assert window._areas[window.sidebar.currentRow()][0] == keys[number - 1]


@pytest.mark.parametrize("opener", ["open_organisation", "open_person"])
def test_the_record_dialogs_name_their_controls(window, qtbot, opener):
    dialog = getattr(window, opener)(None)
    qtbot.waitExposed(dialog)
    missing = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        missing += _nameless(dialog)
    assert missing == []
