"""The user guide: F1 opens the page of the area in front, links and back work, the
search finds a word, every page exists with a title and links only to existing pages;
the About box names the libraries with their licences and the map data's source."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from wba_desktop.views.shell.about import shipped_libraries
from wba_desktop.views.shell.help_window import PAGES, HelpWindow, help_dir, page_title


def _press_f1(window, qtbot) -> HelpWindow:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_commands.window is not None, timeout=2000)
    help_window = window.help_commands.window
    qtbot.waitUntil(help_window.isVisible, timeout=2000)
    return help_window


def _click_link(qtbot, browser, text: str) -> None:
    """Click the link whose text is ``text`` like a user would."""
    cursor = browser.document().find(text)
    while not cursor.isNull() and not cursor.charFormat().isAnchor():
        cursor = browser.document().find(text, cursor)
    assert not cursor.isNull(), f"no link {text!r}"
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_f1_opens_the_page_of_the_area_in_front(window, qtbot):
    assert window.act_help.shortcut().toString() == "F1"
    window.show_area("lotsen")
    help_window = _press_f1(window, qtbot)
    assert help_window.current_page() == "lotsen"
    assert "Neue Anfrage" in help_window.browser.toPlainText()
    assert help_window.contents.currentItem().text() == "Anfragen"
    assert not help_window.isModal()

    window.show_area("network")
    window.activateWindow()
    again = _press_f1(window, qtbot)
    assert again is help_window  # the same window, brought forward on the new page
    assert help_window.current_page() == "network"
    assert help_window.browser.toPlainText().startswith("Netzwerk")


def test_the_menu_opens_the_guide_on_its_first_page(window, qtbot):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hilfe")
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Hilfe zu diesem Bereich", "Benutzerhandbuch", "Über WBA Desktop"]
    window.show_area("people")
    window.act_manual.trigger()
    assert window.help_commands.window.current_page() == "index"
    window.act_help.trigger()
    assert window.help_commands.window.current_page() == "people"


def test_a_link_leads_to_the_other_page_and_back_returns(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.resize(1280, 800)
    help_window.show_page("lotsen")
    qtbot.waitExposed(help_window)
    _click_link(qtbot, help_window.browser, "Datenschutz")
    qtbot.waitUntil(lambda: help_window.current_page() == "datenschutz", timeout=2000)
    assert help_window.contents.currentItem().text() == "Datenschutz"
    assert help_window.back.isEnabled()
    qtbot.mouseClick(help_window.back, Qt.MouseButton.LeftButton)
    assert help_window.current_page() == "lotsen"
    qtbot.mouseClick(help_window.forward, Qt.MouseButton.LeftButton)
    assert help_window.current_page() == "datenschutz"


def test_the_contents_open_a_page(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    item = help_window.contents.findItems("Karte", Qt.MatchFlag.MatchExactly)[0]
    rect = help_window.contents.visualItemRect(item)
    qtbot.mouseClick(help_window.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert help_window.current_page() == "map"


def test_the_search_narrows_the_contents_and_finds_the_word(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show_page("index")
    qtbot.keyClicks(help_window.search, "Warteliste")
    visible = [
        help_window.contents.item(i).text()
        for i in range(help_window.contents.count())
        if not help_window.contents.item(i).isHidden()
    ]
    assert visible == ["Veranstaltungen"]
    assert help_window.found.text() == "1 Seite(n)"
    qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
    assert help_window.current_page() == "events"
    assert help_window.selected_text().lower() == "warteliste"

    help_window.search.clear()
    qtbot.keyClicks(help_window.search, "Quantenfluxkompensator")
    assert help_window.found.text() == "Nichts gefunden"
    assert all(help_window.contents.item(i).isHidden() for i in range(help_window.contents.count()))
    help_window.search.clear()
    assert not any(
        help_window.contents.item(i).isHidden() for i in range(help_window.contents.count())
    )


def test_the_search_ignores_case_and_umlaut_spelling(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    assert "verbuende" in help_window.matching_pages("VERBÜNDE")
    assert help_window.matching_pages("Verbuende") == help_window.matching_pages("Verbünde")


@pytest.mark.parametrize("name", PAGES)
def test_every_page_exists_with_a_title_and_links_only_to_existing_pages(name):
    folder = help_dir()
    path = folder / f"{name}.html"
    assert path.exists()
    assert page_title(path)
    text = path.read_text(encoding="utf-8")
    assert 'href="help.css"' in text
    for target in re.findall(r'href="([^"]+)"', text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        assert (folder / target.split("#")[0]).exists(), f"{name}: {target}"


def test_every_page_file_is_in_the_contents():
    files = {p.stem for p in help_dir().glob("*.html")}
    assert files == set(PAGES)


def test_every_area_has_its_page(window):
    for key, _view in window._areas:
        assert key in PAGES


def test_the_about_box_lists_versions_licences_and_the_map_source(window, qtbot):
    window.act_about.trigger()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
    text = box.text() + box.informativeText()
    assert "PySide6" in text and "Qt " in text and "Python " in text
    for name in ("SQLAlchemy", "networkx", "matplotlib", "openpyxl"):
        assert name in text
    assert "LGPL-3.0" in text  # PySide6's licence
    assert "© GeoBasis-DE / BKG (2021)" in text
    box.accept()


def test_the_licences_come_from_the_metadata_or_the_table():
    libraries = {lib.name: lib for lib in shipped_libraries()}
    assert libraries["SQLAlchemy"].licence == "MIT"
    assert libraries["openpyxl"].licence == "MIT"
    assert all(lib.licence and lib.licence != "–" for lib in libraries.values())
    assert all(len(lib.licence) < 80 for lib in libraries.values())
