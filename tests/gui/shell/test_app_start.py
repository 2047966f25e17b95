"""Start-up: first start offers demo data; unusable databases get a German message."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from wba_desktop import app as app_module
from wba_desktop.app import build_main_window, open_database
from wba_desktop.db.engine import DatabaseError
from wba_desktop.services.directory.organisations import OrganisationFilter


def test_first_start_offers_demo_data(qtbot, tmp_path, runner):
    services, engine = open_database(str(tmp_path / "neu.sqlite3"))
    window = build_main_window(services, engine, runner=runner)
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome
    assert welcome.isVisible()
    welcome.demo_button.click()
    assert welcome.demo_loaded
    assert not welcome.isVisible()
    assert services.organisations.count(OrganisationFilter(active=None)) >= 250
    assert window.current_view() is window.start  # the app opens on the start page
    window.show_area("organisations")
    assert window.organisations.model.rowCount() > 200  # the list shows them


def test_first_start_empty(qtbot, tmp_path, runner):
    services, engine = open_database(str(tmp_path / "leer.sqlite3"))
    window = build_main_window(services, engine, runner=runner)
    qtbot.addWidget(window)
    window.show()
    window.welcome.empty_button.click()
    assert services.organisations.count(OrganisationFilter(active=None)) == 0
    window.show_area("organisations")
    assert "Noch keine Einträge" in window.organisations.empty_hint.text()


def test_no_welcome_when_data_exists(qtbot, tmp_path, services, engine, runner):
    from wba_desktop.services.directory.organisations import OrganisationData

    services.organisations.create(
        OrganisationData(
            name="IHK Magdeburg", type_id=services.reference.organisation_types()[0].id
        )
    )
    window = build_main_window(services, engine, runner=runner)
    qtbot.addWidget(window)
    assert not hasattr(window, "welcome")


def test_newer_database_is_refused_with_a_message(tmp_path, monkeypatch, qapp):
    path = tmp_path / "neuer.sqlite3"
    open_database(str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseError, match="neueren Version"):
        open_database(str(path))

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app_module.run_gui(str(path)) == 1
    assert "neueren Version" in shown[0]


def test_garbage_file_is_refused_with_a_message(tmp_path, monkeypatch, qapp):
    path = tmp_path / "kaputt.sqlite3"
    path.write_bytes(b"Dies ist keine Datenbank." * 100)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app_module.run_gui(str(path)) == 1
    assert "kann nicht geöffnet werden" in shown[0]


START_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from wba_desktop.app import build_main_window, open_database
from wba_desktop.views.common.tasks import SyncTaskRunner

app = QApplication([])
services, engine = open_database(sys.argv[1])
window = build_main_window(services, engine, runner=SyncTaskRunner())
window.show()
app.processEvents()
assert window.welcome.isVisible()  # the empty database was asked about
heavy = ("networkx", "scipy", "wba_desktop.network", "wba_desktop.demo")
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy)))
"""


def run_probe(script: str, database, tmp_path) -> str:
    """stdout of ``script`` run in a fresh interpreter (offscreen, the data folder in
    ``tmp_path``) with the database file as its argument; fails on its error."""
    import os
    import subprocess
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WBA_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[3],
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_start_loads_neither_the_network_nor_the_demo_data(tmp_path):
    """networkx/scipy come with the network area on first visit, the demo generator
    only when the user asks for demo data: the first window appears without them."""
    stdout = run_probe(START_PROBE, tmp_path / "neu.sqlite3", tmp_path)
    loaded = stdout.split()
    assert loaded == [], f"loaded at start: {loaded}"


WINDOW_FIRST_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from wba_desktop.app import create_application, start_main_window
from wba_desktop.views.common import settings as keys
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.shell.loading_window import LoadingWindow

app = create_application([])
settings = Settings()
settings.set(keys.LAST_AREA, "people")  # closed on the people list last time
light = LoadingWindow(settings)
light.show()
app.processEvents()
early = sorted(m for m in ("sqlalchemy", "wba_desktop.services.bundle") if m in sys.modules)
window = start_main_window(light, settings, sys.argv[1], offer_demo=False)
app.processEvents()
import time
for _ in range(500):  # the start page reads its data in the background after the paint
    if window.start.loaded:
        break
    app.processEvents()
    time.sleep(0.02)
print("early:" + ",".join(early))
print("opened:" + window._areas[window.sidebar.currentRow()][0])
print("start_loaded:" + str(window.start.loaded))
print("light_visible:" + str(light.isVisible()))
print("same_place:" + str(window.geometry() == light.geometry()))
"""


def test_the_window_comes_first_and_opens_on_the_start_page(tmp_path):
    """A light window is on screen before SQLAlchemy and the services are imported; the
    main window takes its place on the start page, whatever area was open last."""
    stdout = run_probe(WINDOW_FIRST_PROBE, tmp_path / "neu.sqlite3", tmp_path)
    lines = dict(line.split(":", 1) for line in stdout.split())
    assert lines == {
        "early": "",
        "opened": "start",
        "start_loaded": "True",
        "light_visible": "False",
        "same_place": "True",
    }


def test_a_refused_database_closes_the_light_window(tmp_path, monkeypatch, qapp, qtbot):
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.shell.loading_window import LoadingWindow

    path = tmp_path / "kaputt.sqlite3"
    path.write_bytes(b"Dies ist keine Datenbank." * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    light = LoadingWindow(Settings())
    qtbot.addWidget(light)
    light.show()
    assert app_module.start_main_window(light, Settings(), str(path)) is None
    assert not light.isVisible()
    assert "kann nicht geöffnet werden" in shown[0]


def _database_with_a_day(path):
    """A migrated file with one partner and one follow-up due yesterday."""
    from datetime import date, timedelta

    from wba_desktop.services.directory.activities import ActivityData
    from wba_desktop.services.directory.organisations import OrganisationData

    services, engine = open_database(str(path))
    kind = services.reference.organisation_types()[0].id
    org = services.organisations.create(
        OrganisationData(name="Bildungswerk Tannenbühl", type_id=kind)
    )
    today = date.today()
    services.activities.save(
        ActivityData(today - timedelta(days=9), organisation_id=org.id,
                     subject="Angebot nachfassen", due_on=today - timedelta(days=1)),
        today=today,
    )  # fmt: skip
    return services, engine


def test_the_start_page_shows_the_first_look_before_the_main_window(qtbot, tmp_path, runner):
    """The light window shows the start page with the first look (counts, follow-ups);
    the cards it does not fill say they are loading; the main window takes the same
    page over and fills the rest."""
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.shell.loading_window import LoadingWindow

    path = tmp_path / "tag.sqlite3"
    services, engine = _database_with_a_day(path)
    light = LoadingWindow(Settings())
    qtbot.addWidget(light)
    light.show()
    page = app_module._first_look(light, Settings(), str(path))
    assert page is not None and page.glanced and not page.loaded
    assert page.window() is light and page.isVisible() and not light.message.isVisible()
    assert page.tiles["organisations"].number.text() == "1"
    assert page.followups.model.rowCount() == 1
    assert "1 überfällig" in page.followups.summary.text()
    assert page.inquiries.empty.text() == "Wird geladen …"
    assert page.chart.loading.text() == "Wird geladen …"

    window = build_main_window(services, engine, runner=runner, start=page)
    qtbot.addWidget(window)
    window.show()
    light.close()
    qtbot.waitUntil(lambda: page.loaded)
    assert window.start is page and page.window() is window
    assert page.inquiries.empty.text() == "Keine offene Anfrage."
    assert "Kontakt überfällig" in page.followups.summary.text()
    page.tiles["organisations"].clicked.emit("organisations")  # the links work now
    assert window.current_view() is window.organisations


def test_no_first_look_for_a_database_that_needs_an_upgrade(qtbot, tmp_path):
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.shell.loading_window import LoadingWindow

    path = tmp_path / "alt.sqlite3"
    _services, engine = _database_with_a_day(path)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0010_search_index'")
    light = LoadingWindow(Settings())
    qtbot.addWidget(light)
    light.show()
    page = app_module._first_look(light, Settings(), str(path))
    assert page is not None and not page.glanced  # made, but not shown
    assert light.message.isVisible()  # „Die Datenbank wird geöffnet …“ stays
    page.deleteLater()


FIRST_LOOK_PROBE = """
import sys
from wba_desktop.app import create_application, start_main_window
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.shell.loading_window import LoadingWindow

seen = {}
show_start = LoadingWindow.show_start
def watch(self, page):
    seen["sqlalchemy"] = "sqlalchemy" in sys.modules
    seen["page"] = page
    show_start(self, page)
LoadingWindow.show_start = watch

app = create_application([])
settings = Settings()
light = LoadingWindow(settings)
light.show()
app.processEvents()
window = start_main_window(light, settings, sys.argv[1], offer_demo=False)
import time
for _ in range(500):
    if window.start.loaded:
        break
    app.processEvents()
    time.sleep(0.02)
print("sqlalchemy_at_first_look:" + str(seen["sqlalchemy"]))
print("glanced:" + str(window.start.glanced))
print("same_page:" + str(window.start is seen["page"]))
print("loaded:" + str(window.start.loaded))
"""


def test_the_first_data_shows_before_sqlalchemy_is_imported(tmp_path):
    path = tmp_path / "tag.sqlite3"
    _services, engine = _database_with_a_day(path)
    engine.dispose()
    stdout = run_probe(FIRST_LOOK_PROBE, path, tmp_path)
    lines = dict(line.split(":", 1) for line in stdout.split())
    assert lines == {
        "sqlalchemy_at_first_look": "False",
        "glanced": "True",
        "same_page": "True",
        "loaded": "True",
    }
