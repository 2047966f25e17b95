"""``wba-desktop --self-test``: does this installation work? One German line per step.

Runs without a screen (Qt's offscreen platform when no display is there) in a fresh
temporary folder that stands in for the data directory, so the user's own database,
backups and logs are never touched: create and migrate a SQLite database, write the
small demo data, draw the network graph to PNG, export the organisations to Excel and
read the file back with openpyxl, draw the map of the 14 districts to PNG, load the
PostgreSQL driver (required in a built program), and load the Qt side (platform
plugin, SVG icons, the matplotlib canvas, the main window's modules).

The first step that fails stops the test: its name and the reason are printed (the
traceback goes to stderr) and the exit code is 1; 0 when every step passed. The built
app runs it in CI (``.ci/run``) and IT can run it after installing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wba_desktop import paths

#: the districts and independent cities of Sachsen-Anhalt the map must show
DISTRICTS = 14
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class SelfTestError(Exception):
    """A step's result is not what a working installation gives (German reason)."""


@dataclass
class Context:
    """What the steps share: the temporary folder and what earlier steps opened."""

    folder: Path
    engine: object = None
    services: object = None
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    run: Callable[[Context], str]


def _database(ctx: Context) -> str:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import current_revision, ensure_schema
    from wba_desktop.services.bundle import Services

    url = "sqlite:///" + (ctx.folder / paths.DB_FILENAME).as_posix()
    ctx.engine = create_db_engine(url, create_folder=False)
    ensure_schema(ctx.engine, paths.backup_dir(), verify=True)
    revision = current_revision(ctx.engine)
    if not revision:
        raise SelfTestError("Die Datenbank hat nach der Aktualisierung keinen Stand.")
    ctx.services = Services.create(UnitOfWorkFactory(ctx.engine))
    return f"Stand {revision}"


def _demo(ctx: Context) -> str:
    from wba_desktop.demo.generate import generate_demo
    from wba_desktop.text import format as fmt

    summary = generate_demo(ctx.services.uow, size="small", seed=1)
    if summary.organisations < 1 or summary.relations < 1:
        raise SelfTestError("Die Demodaten enthalten keine Organisationen oder Beziehungen.")
    return fmt.listing(
        [
            fmt.count(summary.organisations, "Organisation", "Organisationen"),
            fmt.count(summary.people, "Person", "Personen"),
            fmt.count(summary.relations, "Beziehung", "Beziehungen"),
        ]
    )


def _png(path: Path, what: str) -> None:
    if not path.is_file() or path.stat().st_size < 1000:
        raise SelfTestError(f"{what}: die Datei {path.name} fehlt oder ist leer.")
    with path.open("rb") as fh:
        if fh.read(len(PNG_MAGIC)) != PNG_MAGIC:
            raise SelfTestError(f"{what}: {path.name} ist kein PNG-Bild.")


def _graph(ctx: Context) -> str:
    from wba_desktop.text import format as fmt

    network = ctx.services.network
    result = network.graph()
    nodes = result.graph.number_of_nodes()
    if nodes < 1:
        raise SelfTestError(f"Der Netzwerkgraph ist leer: {result.description}")
    metrics = network.metrics(result)  # centralities (SciPy) and communities
    if len(metrics.communities) < 1:
        raise SelfTestError("Im Netzwerk wurden keine Gruppen gefunden.")
    path = network.export(result, ctx.folder / "netzwerk.png", fmt="png")
    _png(path, "Netzwerkgraph")
    groups = fmt.count(len(metrics.communities), "Gruppe", "Gruppen")
    return f"{fmt.count(nodes, 'Organisation', 'Organisationen')}, {groups}"


def _excel(ctx: Context) -> str:
    from openpyxl import load_workbook

    from wba_desktop.services.directory.organisations import OrganisationFilter
    from wba_desktop.text import format as fmt

    target = ctx.folder / "organisationen.xlsx"
    result = ctx.services.exports.export(
        "organisations", OrganisationFilter(), path=target, fmt="xlsx"
    )
    workbook = load_workbook(result.path, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    data = [r for r in rows[1:] if any(v not in (None, "") for v in r)]
    if result.rows < 1 or len(data) != result.rows:
        raise SelfTestError(
            f"Die Excel-Datei enthält {len(data)} Zeilen, exportiert wurden {result.rows}."
        )
    return f"{fmt.integer(result.rows)} Zeilen gelesen"


def _map(ctx: Context) -> str:
    service = ctx.services.map
    overview = service.overview()
    shapes = service.state_map.districts
    if len(shapes) != DISTRICTS or len(overview.districts) != DISTRICTS:
        raise SelfTestError(f"Die Karte zeigt {len(shapes)} Landkreise statt {DISTRICTS}.")
    path = service.export(ctx.folder / "karte.png", "partners", fmt="png", overview=overview)
    _png(path, "Karte")
    return f"{DISTRICTS} Landkreise und kreisfreie Städte"


def _postgres(ctx: Context) -> str:
    """The team database's driver loads (libpq and what it links); a built program
    must ship it, a source checkout may go without (``pip install .[postgres]``)."""
    try:
        import psycopg
    except ImportError as exc:
        if getattr(sys, "frozen", False):
            raise SelfTestError(f"Der PostgreSQL-Treiber (psycopg) fehlt: {exc}") from exc
        return "nicht installiert, nur für eine Teamdatenbank nötig"
    version = psycopg.pq.version()
    return f"psycopg {psycopg.__version__}, libpq {version // 10000}.{version % 10000 // 100}"


def _qt(ctx: Context) -> str:
    from wba_desktop.app import create_application

    app = create_application()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtGui import QIcon

    import wba_desktop.network.centrality  # noqa: F401  (SciPy's sparse graphs)
    import wba_desktop.views.shell.main_window  # noqa: F401  (every area's views load)

    if not _qt_translation_loads():
        raise SelfTestError("Die deutschen Texte für Qts eigene Dialoge (qtbase_de) fehlen.")
    icon = QIcon(str(paths.resource_path("icons", "app.svg")))
    if icon.pixmap(32, 32).isNull():
        raise SelfTestError("Das Programmsymbol (SVG) lässt sich nicht zeichnen.")
    figure = Figure(figsize=(3, 2), dpi=100)
    figure.add_subplot().plot([0, 1, 2], [1, 0, 2])
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(300, 200)
    canvas.draw()
    image = canvas.grab().toImage()
    if image.isNull():
        raise SelfTestError("Ein Diagramm lässt sich im Fenster nicht zeichnen.")
    image.save(str(ctx.folder / "diagramm.png"))
    canvas.deleteLater()
    return f"Qt {_qt_version()}, Anzeige „{app.platformName()}“"


def _qt_translation_loads() -> bool:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QTranslator().load("qtbase_de", folder)


def _qt_version() -> str:
    from PySide6 import __version__

    return __version__


STEPS: tuple[Step, ...] = (
    Step("database", "Datenbank angelegt und aktualisiert", _database),
    Step("demo", "Demodaten geschrieben", _demo),
    Step("graph", "Netzwerk berechnet und als PNG gezeichnet", _graph),
    Step("excel", "Excel-Datei exportiert und wieder gelesen", _excel),
    Step("map", "Karte der Landkreise als PNG gezeichnet", _map),
    Step("postgres", "PostgreSQL-Treiber geladen", _postgres),
    Step("qt", "Programmoberfläche ohne Bildschirm geladen", _qt),
)


def _headless() -> None:
    """Qt's offscreen platform when there is no screen to draw on (Linux, CI)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith(("win", "darwin")):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run(out=None, steps: tuple[Step, ...] = STEPS) -> int:
    """Run every step in a temporary data directory; 0 when all passed, else 1."""
    from wba_desktop import APP_NAME, __version__
    from wba_desktop.text import format as fmt

    out = out or sys.stdout
    _headless()
    started = time.perf_counter()
    print(f"{APP_NAME} {__version__}: Selbsttest (in einem temporären Ordner)", file=out)
    saved = {k: os.environ.get(k) for k in (paths.ENV_DATA_DIR, paths.ENV_DB)}
    with tempfile.TemporaryDirectory(prefix="wba-selbsttest-", ignore_cleanup_errors=True) as tmp:
        ctx = Context(Path(tmp))
        # everything that asks for the data directory gets the temporary one
        os.environ[paths.ENV_DATA_DIR] = str(ctx.folder / "daten")
        os.environ[paths.ENV_DB] = "sqlite:///" + (ctx.folder / paths.DB_FILENAME).as_posix()
        try:
            for step in steps:
                begun = time.perf_counter()
                try:
                    detail = step.run(ctx)
                except Exception as exc:
                    print(f"{step.title} … FEHLER", file=out)
                    why = _why(exc)
                    print(f"Selbsttest fehlgeschlagen im Schritt „{step.title}“: {why}", file=out)
                    out.flush()
                    traceback.print_exc(file=sys.stderr)
                    return 1
                took = fmt.decimal(time.perf_counter() - begun, 1)
                print(f"{step.title} … ok ({detail}; {took} s)", file=out, flush=True)
        finally:
            if ctx.engine is not None:
                ctx.engine.dispose()  # Windows cannot delete an open database file
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    took = fmt.decimal(time.perf_counter() - started, 1)
    print(f"Selbsttest bestanden: {len(steps)} Schritte in {took} s.", file=out)
    return 0


def _why(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, SelfTestError):
        return text
    return f"{text} ({type(exc).__name__})"
