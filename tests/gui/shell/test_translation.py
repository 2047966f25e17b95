"""English for the Qt views: the catalogue is current and compiled, and in English no
main screen shows a German source text left untranslated."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
)

from wba_desktop.views.common import translation
from wba_desktop.views.common.translation import install_translations, tr
from wba_desktop.views.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
TS_FILE = ROOT / "resources" / "i18n" / "wba_desktop_en.ts"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _german_sources() -> tuple[set[str], list[re.Pattern]]:
    """Source texts whose English differs (exact, without „&“), and patterns for those
    with %1/%n placeholders."""
    exact: set[str] = set()
    patterns: list[re.Pattern] = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        english = "".join(target.itertext()) if target is not None else ""
        if not source or english.strip() == source.strip():
            continue
        plain = source.replace("&", "")
        if re.search(r"%\d|%n", plain):
            literal = re.sub(r"%\d|%n", "", plain)
            if len(re.sub(r"\W", "", literal)) >= 6:  # enough German to recognise
                parts = [re.escape(p) for p in re.split(r"%\d|%n", plain)]
                patterns.append(re.compile("^" + ".+".join(parts) + "$", re.S))
        elif len(plain.strip()) > 1:
            exact.add(plain.strip())
    return exact, patterns


@pytest.fixture
def english(qapp):
    app = qapp
    install_translations(app, "en")
    yield
    install_translations(app, "de")


def _texts(root: QObject) -> list[tuple[str, str]]:
    """(where, text) of what the user reads: labels, buttons, tabs, group boxes,
    placeholders, combo entries, table headers, tool tips of toolbar actions."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text:
            found.append((where, text))

    for w in [root, *root.findChildren(QObject)]:
        name = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton):
            add(name, w.text())
        elif isinstance(w, QGroupBox):
            add(name, w.title())
        elif isinstance(w, QLineEdit):
            add(name, w.placeholderText())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(name, w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(name, w.itemText(i))
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for c in range(header.count()):
                add(name, w.model().headerData(c, Qt.Orientation.Horizontal))
        elif isinstance(w, QToolBar):
            for action in w.actions():
                add(name, action.text())
                add(name, action.toolTip())
    return [(where, str(text)) for where, text in found]


def _menu_texts(window: MainWindow) -> list[tuple[str, str]]:
    found = []

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            found.append((path, action.text()))
            if action.toolTip() != action.text().replace("&", ""):
                found.append((path, action.toolTip()))
            if action.menu() is not None:
                walk(action.menu(), path + "/" + action.text())

    walk(window.menuBar(), "menu")
    return found


def _core_texts(services) -> set[str]:
    """Vocabulary of the Qt-free core and reference data in the database: these reach
    the views as data (the core translates its vocabulary through gettext)."""
    from wba_desktop import vocab

    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, tuple | list | set | frozenset):
            for v in value:
                walk(v)

    for name in dir(vocab):
        if name.isupper():
            walk(getattr(vocab, name))
    found |= {kind.name for kind in services.reference.organisation_types()}
    return found


def _untranslated(texts, exact, patterns, data=frozenset()) -> list[str]:
    left = []
    for where, text in texts:
        for line in text.replace("&", "").splitlines() or [text]:
            plain = line.strip()
            if plain in data:
                continue
            if plain in exact or any(p.match(plain) for p in patterns):
                left.append(f"{where}: {plain!r}")
    return left


def test_catalogue_is_current_with_the_code():
    new, vanished = _tool().stale_messages()
    assert not new, f"run tools/update_translations.py: new texts {sorted(new)[:10]}"
    assert not vanished, f"run tools/update_translations.py: vanished {sorted(vanished)[:10]}"


def test_no_tr_call_hides_inside_an_f_string():
    # lupdate reads an f-string as one string: a tr("…") inside it is never extracted
    hidden = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "wba_desktop" / "views").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\{(self\.)?tr\([\"']", line)
    ]
    assert not hidden, hidden


def test_compiled_catalogue_matches_the_ts(tmp_path):
    tool = _tool()
    fresh = tmp_path / "fresh.qm"
    tool.lrelease(TS_FILE, fresh)
    assert fresh.read_bytes() == tool.QM_FILE.read_bytes(), "the .qm is older than the .ts"
    total, done = tool.counts(TS_FILE)
    assert done >= total * 0.98, f"only {done} of {total} texts translated"


def test_inherited_and_module_level_texts_are_translated(english):
    from wba_desktop.views.directory.organisation_list import OrganisationListView
    from wba_desktop.views.shell.crash_dialog import HEADLINE

    # RecordDialog.tr(...) in a method a subclass inherits: PySide6 looks up every
    # class of the MRO, lupdate stored the text under the class that wrote it
    assert QCoreApplication.translate("RecordDialog", "Speichern (Strg+S)") == "Save (Ctrl+S)"
    dialog_class = type("AnyDialog", (QObject,), {})
    assert dialog_class().tr("Speichern") == "Save"  # empty-context fallback
    assert tr(HEADLINE) == "An unexpected error occurred in the program."
    assert tr(OrganisationListView.kind_label) == "All types"


def test_english_main_screens_show_no_german_source_text(qtbot, services, settings, english):
    exact, patterns = _german_sources()
    data = _core_texts(services)
    window = MainWindow(services, settings, db_label="Datenbank: test")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    keys = [key for key, _w in window._areas]
    assert len(keys) >= 9
    assert window.menuBar().actions()[0].text() == "&File"
    left = _untranslated(_menu_texts(window), exact, patterns)
    for key in keys:
        window.show_area(key)
        qtbot.wait(50)
        left += [f"{key} {item}" for item in _untranslated(_texts(window), exact, patterns, data)]
    nav = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Organisations" in nav and "Training networks" in nav
    window.close()
    assert not sorted(set(left)), "\n".join(sorted(set(left)))


def test_english_light_window_and_first_look_show_no_german_source_text(
    qtbot, services, engine, settings, english, demo
):
    """The window a user sees first: the sidebar of the light window, and the start page
    with its first look while the rest loads („Loading …“ cards)."""
    from wba_desktop.app import _first_look
    from wba_desktop.db.health import sqlite_path
    from wba_desktop.views.shell.loading_window import LoadingWindow

    exact, patterns = _german_sources()
    light = LoadingWindow(settings)
    qtbot.addWidget(light)
    light.show()
    page = _first_look(light, settings, str(sqlite_path(engine)))
    assert page is not None and page.glanced
    assert page.inquiries.empty.text() == "Loading …"
    left = _untranslated(_texts(light), exact, patterns, _core_texts(services))
    sidebar = light.findChild(QListWidget, "sidebar")
    nav = [sidebar.item(i).text() for i in range(sidebar.count())]
    assert nav[-2:] == ["Network", "Map"]
    assert not sorted(set(left)), "\n".join(sorted(set(left)))


def test_german_stays_german_and_qt_dialogs_follow(qtbot, services, settings):
    app = QApplication.instance()
    install_translations(app, "de")
    window = MainWindow(services, settings, db_label="Datenbank: test")
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Datei"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    install_translations(app, "en")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        install_translations(app, "de")


def test_environment_overrides_the_setting(monkeypatch):
    monkeypatch.setenv(translation.ENV_LANGUAGE, "en")
    assert translation.chosen_language("de") == "en"
    monkeypatch.setenv(translation.ENV_LANGUAGE, "")
    assert translation.chosen_language("en") == "en"
    assert translation.chosen_language("fr") == "de"


# -- the stored vocabulary in English -------------------------------------------------------
VOCAB_AREAS = ("organisations", "people", "verbuende", "events", "lotsen")
#: core messages (not vocabulary) naming a vocabulary word that the core catalog lacks yet
CORE_MESSAGES = ("Verbindliche Regeln (Kooperationsvereinbarung)",)


def _german_vocabulary(services) -> dict[str, str]:
    """Stored German word -> its English label, for every word of ``vocab`` and every
    seeded kind of organisation whose English differs (call with English installed)."""
    from wba_desktop import vocab

    words = {kind.name for kind in services.reference.organisation_types()}
    for name in dir(vocab):
        value = getattr(vocab, name)
        if name.isupper() and isinstance(value, str | tuple):
            words |= {value} if isinstance(value, str) else set(value)
    return {w: vocab.label(w) for w in words if w and vocab.label(w) != w}


def _shown_values(view) -> list[tuple[str, str]]:
    """(where, text) of the cells in the visible columns of every visible table (the first
    150 rows) and of the entries of every visible combo box of ``view``."""
    found: list[tuple[str, str]] = []
    for table in view.findChildren(QTableView):
        model = table.model()
        if model is None or not table.isVisibleTo(view):
            continue
        for row in range(min(model.rowCount(), 150)):
            for col in range(model.columnCount()):
                text = None if table.isColumnHidden(col) else model.index(row, col).data()
                if isinstance(text, str) and text:
                    found.append((f"{table.objectName()}[{row},{col}]", text.strip()))
    for box in view.findChildren(QComboBox):
        if box.isVisibleTo(view):
            found += [(f"{box.objectName()}#{i}", box.itemText(i)) for i in range(box.count())]
    for label in view.findChildren(QLabel):  # detail lines: „Aktiv · Gesundheit 80 · …“
        text = re.sub(r"</?b>", "", label.text())  # a rich text's cells and lines apart:
        text = re.sub(r"<[^>]+>", "\n", text)
        for message in CORE_MESSAGES:
            text = text.replace(message, "")
        if label.isVisibleTo(view) and text:
            parts = re.split(r" · |\n|<br>|\(|\)|: ", text)
            found += [(f"{label.objectName()}:{text[:60]!r}", p.strip()) for p in parts]
    return found


@pytest.fixture
def demo_window(qtbot, services, settings, demo, english):
    from wba_desktop.views.common.tasks import SyncTaskRunner

    window = MainWindow(services, settings, "Datenbank: test", SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_english_lists_show_the_vocabulary_in_english(qtbot, services, demo_window):
    german = _german_vocabulary(services)
    english = set(german.values())
    assert german["in Klärung"] == "being clarified" and german["Aktiv"] == "Active"
    left: list[str] = []
    unseen: list[str] = []
    for key in VOCAB_AREAS:
        demo_window.show_area(key)
        qtbot.wait(50)
        view = dict(demo_window._areas)[key]
        for table in view.findChildren(QTableView):  # a chosen record fills the details
            if table.isVisibleTo(view) and table.model() and table.model().rowCount():
                table.selectRow(0)
                break
        qtbot.wait(50)
        shown = _shown_values(view)
        left += [f"{key} {where}: {text!r}" for where, text in shown if text in german]
        if not any(text in english for _where, text in shown):
            unseen.append(key)  # the check would have seen nothing there
    assert not left, "\n".join(left)
    assert not unseen, f"no vocabulary word in English shown in {unseen}"


def test_a_list_sorted_by_a_vocabulary_column_sorts_what_it_shows(qtbot, demo_window):
    from wba_desktop.text.fold import sort_key

    demo_window.show_area("verbuende")
    table = dict(demo_window._areas)["verbuende"].findChild(QTableView, "verbundTable")
    model = table.model()
    phase = next(i for i, c in enumerate(model.columns) if c.key == "phase")
    table.sortByColumn(phase, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, phase).data() for r in range(model.rowCount())]
    assert len(set(shown)) >= 2 and "Aktiv" not in shown
    assert shown == sorted(shown, key=sort_key)


def _save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def test_an_english_combo_entry_saves_the_stored_german_word(qtbot, services, demo, english):
    from wba_desktop.services.lotsen.inquiry_list import InquiryFilter
    from wba_desktop.views.lotsen.referral_dialogs import StatusDialog
    from wba_desktop.views.verbuende.phases_tab import PhaseDialog
    from wba_desktop.vocab import CLARIFYING, NEW

    # a Verbund's phase: typed as the English user reads it
    verbund = next(r for r in services.verbuende.rows() if r.phase not in ("Aktiv", "Beendet"))
    dialog = PhaseDialog(services, verbund.id, verbund.phase)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Active" in [dialog.phase.itemText(i) for i in range(dialog.phase.count())]
    qtbot.keyClicks(dialog.phase, "Active")
    assert dialog.phase.currentText() == "Active"
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.banner.text()
    assert services.verbuende.get(verbund.id).phase == "Aktiv"

    # an inquiry's status: „in Klärung“ stored, "being clarified" chosen
    new = next(r for r in services.inquiries.search(InquiryFilter(status=NEW)))
    status = StatusDialog(services, services.inquiries.get(new.id))
    qtbot.addWidget(status)
    status.show()
    qtbot.keyClicks(status.status, "being")
    assert status.status.currentText() == "being clarified"
    qtbot.mouseClick(_save_button(status), Qt.MouseButton.LeftButton)
    assert not status.isVisible(), status.banner.text()
    assert services.inquiries.get(new.id).status == CLARIFYING
