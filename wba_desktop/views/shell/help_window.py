"""The user guide: the German help pages in ``resources/help/de`` in a browser with
the contents on the left, back and forward, and a search that narrows the contents to
the pages containing a word and finds it on the page. A non-modal window that stays
open; ``show_page`` brings it forward on a page."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop import APP_NAME, paths
from wba_desktop.text.fold import search_key

#: the pages in the order of the contents; the file of a page is ``<name>.html``;
#: the area pages carry the key of their area in the main window
PAGES = (
    "index",
    "start",
    "lotsen",
    "organisations",
    "people",
    "verteiler",
    "verbuende",
    "events",
    "network",
    "map",
    "import-export",
    "datenschutz",
    "einstellungen",
)
INDEX = "index"

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def help_dir(language: str = "de") -> Path:
    return paths.resource_path("help", language)


def page_title(path: Path) -> str:
    """The text of a page's ``<title>``; empty when it has none."""
    match = _TITLE.search(path.read_text(encoding="utf-8"))
    return html.unescape(match.group(1)).strip() if match else ""


def page_text(path: Path) -> str:
    """A page's visible text, folded for searching (ä = ae, case ignored)."""
    body = path.read_text(encoding="utf-8")
    body = re.sub(r"<(style|title)[^>]*>.*?</\1>", " ", body, flags=re.S | re.I)
    return search_key(html.unescape(_TAGS.sub(" ", body)))


class HelpWindow(QWidget):
    """The guide's window; ``browser`` shows a page, ``contents`` lists them all."""

    def __init__(self, parent: QWidget | None = None, language: str = "de") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("%1 – Benutzerhandbuch").replace("%1", APP_NAME))
        self.resize(1000, 700)
        self.folder = help_dir(language)
        self._texts: dict[str, str] = {}

        self.back = self._button(self.tr("◀ Zurück"), self.tr("Vorige Seite (Alt+Links)"))
        self.forward = self._button(self.tr("Vor ▶"), self.tr("Nächste Seite (Alt+Rechts)"))
        self.home = self._button(self.tr("Erste Schritte"), self.tr("Zur Übersicht"))
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("In der Hilfe suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr(
                "Links bleiben die Seiten mit dem Wort; Eingabe springt zur nächsten Fundstelle"
            )
        )
        self.found = QLabel(self)
        self.found.setObjectName("helpFound")
        bar = QHBoxLayout()
        for widget in (self.back, self.forward, self.home):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.found)
        bar.addWidget(self.search, 1)

        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        for name in PAGES:
            path = self.folder / f"{name}.html"
            item = QListWidgetItem(page_title(path) if path.exists() else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)
        self.contents.setMinimumWidth(200)
        self.contents.setSpacing(3)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        split = QSplitter(self)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 770])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(lambda: self.show_page(INDEX))
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.browser.sourceChanged.connect(self._on_source)
        self.contents.currentItemChanged.connect(self._on_contents)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.browser.forward)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.show_page(INDEX)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # -- pages -----------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        """Show the page ``name`` (unknown names show the index) and bring the window
        to the front."""
        if name not in PAGES:
            name = INDEX
        if self.current_page() != name:
            self.browser.setSource(QUrl.fromLocalFile(str(self.folder / f"{name}.html")))
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page(self) -> str:
        source = self.browser.source()
        return Path(source.toLocalFile()).stem if source.isValid() else ""

    def _on_source(self, url: QUrl) -> None:
        # the signal comes before ``browser.source()`` has the new address
        name = Path(url.toLocalFile()).stem
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
        if self.search.text().strip():
            self._highlight_first()

    def _on_contents(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    # -- search ----------------------------------------------------------------------
    def _text(self, name: str) -> str:
        if name not in self._texts:
            path = self.folder / f"{name}.html"
            self._texts[name] = page_text(path) if path.exists() else ""
        return self._texts[name]

    def matching_pages(self, word: str) -> list[str]:
        """The pages whose text contains ``word`` (case and umlaut spelling ignored)."""
        key = search_key(word)
        return [name for name in PAGES if key and key in self._text(name)]

    def _filter(self, text: str) -> None:
        """Narrow the contents to the pages containing the word; find it on this page."""
        hits = set(self.matching_pages(text)) if text.strip() else set(PAGES)
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in hits)
        if not text.strip():
            self.found.clear()
            return
        self.found.setText(
            self.tr("%1 Seite(n)").replace("%1", str(len(hits)))
            if hits
            else self.tr("Nichts gefunden")
        )
        if self.current_page() in hits:
            self._highlight_first()

    def _highlight_first(self) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        self.browser.find(self.search.text().strip())

    def find_next(self) -> bool:
        """Enter in the search field: the next place on this page, then the next page
        that contains the word. False when no page contains it."""
        word = self.search.text().strip()
        if not word:
            return False
        if self.browser.find(word):
            return True
        pages = self.matching_pages(word)
        if not pages:
            return False
        current = self.current_page()
        following = [p for p in pages if PAGES.index(p) > PAGES.index(current)] or pages
        if following[0] == current:
            self._highlight_first()
        else:
            self.show_page(following[0])
        return True

    def selected_text(self) -> str:
        return self.browser.textCursor().selectedText()
