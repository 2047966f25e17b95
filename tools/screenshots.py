"""Redo the screenshots in docs/: every area of the main window at 1280×800 on the small
demo (seed 1), plus the organisation dialog; no screen needed (Qt offscreen).

    python tools/screenshots.py [--out docs] [--size 1280x800]

Writes docs/screenshot-<name>.png; the README shows some of them. The database and the
settings live in a temporary folder, so nothing of the user's data is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: area key -> file name part (German, as the README names them)
AREAS = {
    "start": "start",
    "lotsen": "anfragen",
    "organisations": "organisationen",
    "people": "personen",
    "verteiler": "verteiler",
    "verbuende": "verbuende",
    "events": "veranstaltungen",
    "network": "netzwerk",
    "map": "karte",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bildschirmfotos aller Bereiche erzeugen")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="Zielordner")
    parser.add_argument("--size", default="1280x800", help="Fenstergröße, z. B. 1280x800")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="wba-shots-") as tmp:
        os.environ["WBA_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ.pop("WBA_DATABASE_URL", None)
        for path in shoot(Path(tmp) / "demo.sqlite3", args.out, width, height):
            print(path)
    return 0


def shoot(db: Path, out: Path, width: int, height: int) -> list[Path]:
    from wba_desktop.app import create_application
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema
    from wba_desktop.demo.generate import generate_demo

    app = create_application()  # the app's style, style sheet and German Qt texts
    engine = create_db_engine("sqlite:///" + db.as_posix())
    ensure_schema(engine)
    generate_demo(UnitOfWorkFactory(engine), size="small", seed=1)

    from wba_desktop.services.bundle import Services
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.common.tasks import SyncTaskRunner
    from wba_desktop.views.shell.main_window import MainWindow

    services = Services.create(UnitOfWorkFactory(engine))
    win = MainWindow(services, Settings(), "Datenbank: Demo", SyncTaskRunner())
    win.resize(width, height)
    win.show()
    settle(app)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for key, name in AREAS.items():
        win.show_area(key)
        settle(app)
        prepare(win, key)
        settle(app)
        written.append(save(win, out / f"screenshot-{name}.png"))
    # a record dialog: the first organisation of the list
    win.show_area("organisations")
    settle(app)
    win.organisations.table.selectRow(0)
    dialog = win.open_organisation(win.organisations.current_id())
    settle(app)
    written.append(save(dialog, out / "screenshot-organisation.png"))
    dialog.mark_clean()
    dialog.close()
    win.close()
    engine.dispose()
    return written


def prepare(win, key: str) -> None:
    """Show what the README describes: the congress programme, a Verbund's health."""
    if key == "events":
        view = win.events.ensure_loaded()
        view.period.setCurrentIndex(view.period.findData("all"))
        for row in range(view.model.rowCount()):
            if "kongress" in str(view.model.index(row, 2).data()).lower():
                view.table.selectRow(row)
                break
        view.tabs.setCurrentWidget(view.programme)
    elif key == "verbuende":
        view = win.verbuende.ensure_loaded()
        view.table.selectRow(0)
        view.tabs.setCurrentWidget(view.health)


def settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"Bild nicht gespeichert: {path}")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
