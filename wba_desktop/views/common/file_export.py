"""Save a generated file: ask for the path (non-blocking), write it off the GUI
thread, then offer to open it. Used for reports, timelines, participant lists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wba_desktop import paths
from wba_desktop.errors import ServiceError
from wba_desktop.text.fold import search_key
from wba_desktop.views.common.messages import ask, inform
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr


def export_file(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    suggested_name: str,
    name_filter: str,
    write: Callable[[Path], object],
    *,
    chosen_path: Path | None = None,
    on_written: Callable[[Path], None] | None = None,
) -> QFileDialog | None:
    """Ask where to save (unless ``chosen_path`` is given, as in tests), then run
    ``write(path)`` in the background and offer to open the file."""
    ending = Path(suggested_name).suffix

    def start(path_text: str) -> None:
        path = Path(path_text)
        if ending and not path.suffix:
            path = path.with_suffix(ending)

        def work(_report, _cancelled):
            write(path)
            return path

        def done(p: Path) -> None:
            if on_written is not None:
                on_written(p)
            ask(
                parent,
                tr("Gespeichert"),
                tr("Die Datei wurde gespeichert:\n%1").replace("%1", str(p)),
                [
                    (tr("Öffnen"), QMessageBox.ButtonRole.AcceptRole),
                    (tr("Schließen"), QMessageBox.ButtonRole.RejectRole),
                ],
                lambda i: i == 0 and QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
                default=1,
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError | OSError):
                inform(parent, tr("Nicht gespeichert"), str(exc), error=True)
            else:
                raise exc

        runner.run(work, done, failed)

    if chosen_path is not None:
        start(str(chosen_path))
        return None
    default = export_folder() / default_filename(Path(suggested_name).stem, ending)
    dialog = QFileDialog(parent, title, str(default))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    if ending:
        dialog.setDefaultSuffix(ending.lstrip("."))
    dialog.fileSelected.connect(start)
    dialog.open()
    return dialog


def default_filename(title: str, ending: str) -> str:
    slug = "-".join(search_key(title).replace("/", " ").split())[:60] or "export"
    return slug + ending


def export_folder() -> Path:
    """Where exports go by default: the user's documents, else the data directory."""
    docs = Path.home() / "Dokumente"
    if docs.is_dir():
        return docs
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else paths.data_dir()
