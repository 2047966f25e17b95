"""Every area, every tab and the record dialogs at 1280×800 and at the minimum 1024×640:
no text cut, no control outside its parent, tables with room for four rows.

One main window on one copy of the small demo for the whole module (opening every tab is
the slow part); ``layout_check`` names the widget and its text when something is cut.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests import databases
from tests.gui.layout_check import problems_in_every_tab
from wba_desktop.app import create_application
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.services.bundle import Services
from wba_desktop.views.common.record_dialog import RecordDialog
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.shell.main_window import MainWindow

SIZES = {"1280x800": (1280, 800), "1024x640": (1024, 640)}
AREAS = [
    "start",
    "lotsen",
    "organisations",
    "people",
    "verteiler",
    "verbuende",
    "events",
    "network",
    "map",
]


@pytest.fixture(scope="module")
def main(qapp, tmp_path_factory, _sqlite_demo_template):
    """The main window on a private copy of the small demo, shown, every area built."""
    create_application()  # the app's style and style sheet: their paddings count
    template, _summary = _sqlite_demo_template
    folder = tmp_path_factory.mktemp("screens")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WBA_DATA_DIR", str(folder / "data"))
        mp.delenv("WBA_DATABASE_URL", raising=False)
        engine = create_db_engine(databases.copy_sqlite(template, folder / "screens.sqlite3"))
        services = Services.create(UnitOfWorkFactory(engine))
        win = MainWindow(services, Settings(), "Datenbank: Demo", SyncTaskRunner())
        win.show()
        QApplication.processEvents()
        yield win
        for w in QApplication.topLevelWidgets():
            if isinstance(w, RecordDialog):
                w.mark_clean()
            if w.isVisible():
                w.close()
        win.deleteLater()
        QApplication.processEvents()
        engine.dispose()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _report(what: str, found: list[str]) -> str:
    return f"{what}: {len(found)} Stellen abgeschnitten:\n  " + "\n  ".join(found)


def test_the_window_can_shrink_to_1024_by_640(main):
    main.resize(800, 500)
    _settle()
    assert (main.width(), main.height()) == (1024, 640)
    assert main.minimumSize().width() == 1024 and main.minimumSize().height() == 640


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("area", AREAS)
def test_every_area_and_tab_fits(main, area, size):
    main.resize(*SIZES[size])
    main.show_area(area)
    _settle()
    assert main.size().width() == SIZES[size][0]
    found = problems_in_every_tab(main, _settle)
    assert not found, _report(f"{area} bei {size}", found)


def _open(main, which: str) -> QDialog:
    if which in ("organisation", "person"):
        view = main.organisations if which == "organisation" else main.people
        main.show_area("organisations" if which == "organisation" else "people")
        _settle()
        view.table.selectRow(0)
        dialog = (main.open_organisation if which == "organisation" else main.open_person)(
            view.current_id()
        )
    elif which == "verbund":
        main.show_area("verbuende")
        view = main.verbuende.ensure_loaded()
        view.table.selectRow(0)
        dialog = view.edit_verbund()
    else:
        main.show_area("events")
        view = main.events.ensure_loaded()
        view.table.selectRow(0)
        dialog = view.edit_event()
    assert dialog is not None
    _settle()
    return dialog


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("which", ["organisation", "person", "verbund", "event"])
def test_record_dialogs_fit(main, which, size):
    main.resize(*SIZES[size])
    dialog = _open(main, which)
    try:
        width, height = SIZES[size]
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height - 40))
        _settle()
        assert dialog.width() <= width and dialog.height() <= height - 40, (
            f"Dialog {which} ist größer als der Bildschirm: {dialog.width()}×{dialog.height()}"
        )
        found = problems_in_every_tab(dialog, _settle)
        assert not found, _report(f"Dialog {which} bei {size}", found)
    finally:
        if isinstance(dialog, RecordDialog):
            dialog.mark_clean()
        dialog.close()
        _settle()


def test_the_health_check_shows_all_five_factors_at_1280_by_800(main):
    from wba_desktop.views.verbuende.health_panel import FactorCard

    main.resize(1280, 800)
    main.show_area("verbuende")
    view = main.verbuende.ensure_loaded()
    view.table.selectRow(0)
    view.tabs.setCurrentWidget(view.health)
    _settle()
    cards = [c for c in view.health.findChildren(FactorCard) if c.isVisible()]
    assert len(cards) == 5
    port = view.health.viewport()
    for card in cards:
        top = card.mapTo(port, card.rect().topLeft())
        bottom = card.mapTo(port, card.rect().bottomLeft())
        assert port.rect().contains(top) and port.rect().contains(bottom), (
            f"Faktor „{card.text.text()[:40]}“ im Gesundheitscheck nur mit Blättern sichtbar"
        )
