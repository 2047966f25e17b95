"""Composition root: paths -> engine -> migrate -> services -> main window."""

from __future__ import annotations

import logging
import sys

from wba_desktop import APP_NAME, ORG_NAME, __version__, paths
from wba_desktop.logs import prune_log_files, setup_logging

__all__ = ["prune_log_files"]  # kept here for callers that found it here before

log = logging.getLogger(__name__)


_CONFIGURED = "wbaConfigured"


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from wba_desktop.memory import tune_allocator
    from wba_desktop.views.common import import_hook

    tune_allocator()  # large arrays go back to the system when freed
    import_hook.lighten()  # before the views, SQLAlchemy and numpy are imported
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if app.property(_CONFIGURED):
        # once per process: a second call (the tests share one QApplication) must not
        # install another translator or style sheet, which re-translates and re-polishes
        # every widget that is alive
        return app
    app.setProperty(_CONFIGURED, True)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    _install_translations(app)
    app.setStyle("Fusion")
    qss = paths.resource_path("style.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def _install_translations(app) -> None:
    """Qt's own dialog texts and the app's texts in the language of the settings
    (``WBA_LANGUAGE`` overrides it)."""
    from wba_desktop.views.common import settings as keys
    from wba_desktop.views.common.translation import chosen_language, install_translations

    install_translations(app, chosen_language(keys.Settings().get(keys.LANGUAGE)))


def open_database(db_arg: str | None):
    """Services and engine, migrated; raises DatabaseError with a German message (its
    subclasses ``DamagedDatabaseError``, ``DatabaseBusyError``, ``ServerUnreachableError``
    for a damaged file, a lock held elsewhere, a server that does not answer). A file
    up to ``QUICK_CHECK_AT_START_BYTES`` gets SQLite's quick check first (a larger one
    costs more than 100 ms; it is checked before an upgrade and by ``check``). A refused
    database is left as it was, with no connection open. Read-only and network-drive
    state: ``services.maintenance.is_read_only()`` and ``.location_warning()``."""
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.health import QUICK_CHECK_AT_START_BYTES, sqlite_path
    from wba_desktop.db.migrate import ensure_schema
    from wba_desktop.services.bundle import Services

    url = paths.database_url(db_arg)
    # the data directory exists (paths creates it); a folder the user named must exist
    engine = create_db_engine(url, create_folder=False)
    path = sqlite_path(engine)
    try:
        small = (
            path is not None
            and path.is_file()
            and (path.stat().st_size <= QUICK_CHECK_AT_START_BYTES)
        )
        ensure_schema(engine, paths.backup_dir(), verify=small)
    except BaseException:
        engine.dispose()
        raise
    return Services.create(UnitOfWorkFactory(engine)), engine


def demo_loader(services):
    """``load_demo(progress, cancelled)`` for the welcome dialog: the small demo data set.

    The composition root knows the demo package; the views and the services do not
    (demo data sits above the services and below the views)."""

    def load_demo(progress, cancelled):
        from wba_desktop.demo.generate import generate_demo

        return generate_demo(services.uow, size="small", progress=progress, cancel=cancelled)

    return load_demo


def _first_look(light, settings, db_arg: str | None):
    """The start page, made before the services: with the first look at the SQLite
    file (``services.glance``, read on a worker thread meanwhile) it takes the light
    window's message's place and paints; the main window takes it over. None for a
    team database (the main window makes its own start page then)."""
    import os
    from datetime import date

    from wba_desktop.services.glance import read_glance
    from wba_desktop.views.common import settings as keys
    from wba_desktop.views.shell.loading_window import Background, wait_until_painted

    chosen = db_arg or os.environ.get(paths.ENV_DB) or settings.get(keys.DATABASE_URL) or None
    path = paths.sqlite_file(paths.database_url(chosen))
    if path is None:
        return None
    today = date.today()
    reading = Background(lambda: read_glance(path, today))
    from wba_desktop.views.shell.start_view import StartView

    page = StartView(None)
    glance = reading.wait()
    if glance is not None:
        page.show_glance(glance)
        light.show_start(page)
        wait_until_painted(page)
    return page


def build_main_window(services, engine, runner=None, offer_demo: bool = True, start=None):
    """The main window, with the first-start question on an empty database; ``start``:
    the start page made before it (see ``_first_look``)."""
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.common.tasks import TaskRunner
    from wba_desktop.views.common.translation import tr
    from wba_desktop.views.shell.main_window import MainWindow
    from wba_desktop.views.shell.welcome_dialog import WelcomeDialog

    label = (
        engine.url.database if engine.dialect.name == "sqlite" else engine.url.render_as_string()
    )
    runner = runner or TaskRunner()
    window = MainWindow(
        services, Settings(), db_label=tr("Datenbank: ") + label, runner=runner, start=start
    )
    if offer_demo and services.maintenance.is_empty():
        welcome = WelcomeDialog(demo_loader(services), runner, window)
        welcome.finished.connect(lambda _r: window.refresh())
        welcome.open()
        window.welcome = welcome
    return window


def configured_database(db_arg: str | None, settings) -> str | None:
    """The database to open: ``--db``, else ``WBA_DATABASE_URL``, else the one chosen in
    the settings dialog, else None (the own file in the data folder). A team database
    without a password in its address gets the one kept in the OS keyring, or asks."""
    import os

    from wba_desktop.db.connection import TeamDatabase, has_password, saved_password
    from wba_desktop.views.common import settings as keys

    if db_arg or os.environ.get(paths.ENV_DB):
        return db_arg
    url = settings.get(keys.DATABASE_URL) or None
    team = TeamDatabase.from_url(url) if url else None
    if team is None or has_password(url):
        return url
    password = saved_password(team)
    if password is None:
        password = _ask_password(team.label)
        if password is None:
            return None  # the user cancelled: open the own file instead
    return team.url(password)


def _ask_password(label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from wba_desktop.views.common.translation import tr

    text, ok = QInputDialog.getText(
        None,
        tr("Teamdatenbank"),
        tr("Passwort für die Teamdatenbank\n%1:").replace("%1", label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def run_gui(db_arg: str | None = None) -> int:
    """The window: log file, exception hooks (undone on return), database, main window."""
    logfile = setup_logging()
    app = create_application()
    from wba_desktop.views.shell.crash_dialog import install_exception_hooks

    hooks = install_exception_hooks(logfile)
    try:
        return _open_and_run(app, db_arg)
    finally:
        hooks.uninstall()


def _open_and_run(app, db_arg: str | None) -> int:
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.shell.loading_window import LoadingWindow

    settings = Settings()
    light = LoadingWindow(settings)
    light.show()  # on screen before SQLAlchemy, the services and the views are imported
    window = start_main_window(light, settings, db_arg)
    if window is None:
        return 1
    return app.exec()


#: imported on a worker thread while the light window paints (no widget is made there)
_HEAVY_AT_START = (
    "wba_desktop.db.connection",
    "wba_desktop.db.engine",
    "wba_desktop.db.migrate",
    "wba_desktop.services.bundle",
    "wba_desktop.views.shell.main_window",
)


def _import_heavy() -> None:
    import importlib

    for name in _HEAVY_AT_START:
        importlib.import_module(name)


def start_main_window(light, settings, db_arg: str | None, offer_demo: bool = True):
    """The start after the light window is shown: imports and the database (opened,
    migrated, checked) on a worker thread while the light window stays responsive, then
    the main window in its place, opened on the start page; the presence watch, the
    notices and the daily backup once it has painted. None after a refused database
    (said in a message box, the light window closed)."""
    from wba_desktop.views.common import settings as keys
    from wba_desktop.views.shell.loading_window import after_first_paint, run_in_background

    prune_log_files(settings.get(keys.LOG_RETENTION_DAYS))
    start = _first_look(light, settings, db_arg)
    run_in_background(_import_heavy)
    from PySide6.QtWidgets import QMessageBox

    from wba_desktop.db.engine import DatabaseError
    from wba_desktop.views.common.translation import tr
    from wba_desktop.views.shell.settings_dialog import user_name

    target = configured_database(db_arg, settings)  # may ask for a password: GUI thread
    try:
        services, engine = run_in_background(lambda: open_database(target))
    except DatabaseError as exc:
        log.error("database not usable: %s", exc)
        light.close()
        QMessageBox.critical(None, tr("Datenbank nicht verfügbar"), str(exc))
        return None
    services.set_user_name(user_name(settings))
    window = build_main_window(services, engine, offer_demo=offer_demo, start=start)
    if light.isMaximized():
        window.showMaximized()
    else:
        window.setGeometry(light.geometry())
        window.show()
    light.close()
    light.deleteLater()

    def after_paint() -> None:
        window.presence.start()  # register, then follow others' changes
        window.database_commands.after_start()  # notices, then today's backup

    after_first_paint(window, after_paint)
    return window
