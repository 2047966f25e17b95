"""Save an access report (Art. 15 DSGVO): ask where (PDF or Excel), write it in the
background, then say what was written and offer to open it. Used by the person
dialog's button and by Extras › Datenschutz › Auskunft erteilen …"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.file_export import default_filename, export_folder
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr

FILTERS = {"PDF-Dokument (*.pdf)": ".pdf", "Excel-Arbeitsmappe (*.xlsx)": ".xlsx"}
_RUNNER: TaskRunner | None = None


def runner_of(widget: QWidget) -> TaskRunner:
    """The window's task runner (found through the parents), else a shared one."""
    global _RUNNER
    obj = widget
    while obj is not None:
        runner = getattr(obj, "runner", None)
        if isinstance(runner, TaskRunner):
            return runner
        obj = obj.parent()
    if _RUNNER is None:
        _RUNNER = TaskRunner()
    return _RUNNER


def ask_access_file(parent: QWidget, name: str, ending: str, start) -> QFileDialog:
    """The save dialog for the report of ``name``; ``start(path)`` when chosen."""
    title = tr("Auskunft nach Art. 15 DSGVO speichern")
    default = export_folder() / default_filename(f"Auskunft {name}", ending)
    dialog = QFileDialog(parent, title, str(default))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(list(FILTERS))
    chosen = next(f for f, e in FILTERS.items() if e == ending)
    dialog.selectNameFilter(chosen)
    dialog.setDefaultSuffix(ending.lstrip("."))
    dialog.filterSelected.connect(lambda f: dialog.setDefaultSuffix(FILTERS[f].lstrip(".")))
    dialog.fileSelected.connect(lambda p: start(Path(p)))
    dialog.open()
    return dialog


def write_access_report(
    parent: QWidget, services: Services, who: str, path: Path, on_done=None
) -> None:
    """Write the report for ``who`` (a number, e-mail address or name; nobody found:
    the "keine Daten gespeichert" letter) to ``path`` in the background."""
    if path.suffix.lower() not in FILTERS.values():
        path = path.with_suffix(".pdf")

    def done(result) -> None:
        if result.found:
            text = tr("Die Auskunft zu %1 wurde gespeichert:\n%2").replace("%1", result.subject)
        else:
            text = tr(
                "Zu „%1“ sind keine Daten gespeichert. Das Schreiben „keine Daten "
                "gespeichert“ wurde gespeichert:\n%2"
            ).replace("%1", result.subject)
        text = text.replace("%2", str(result.path))
        if on_done is not None:
            on_done(result)
        ask(
            parent,
            tr("Auskunft gespeichert"),
            text,
            [
                (tr("Öffnen"), QMessageBox.ButtonRole.AcceptRole),
                (tr("Schließen"), QMessageBox.ButtonRole.RejectRole),
            ],
            lambda i: i == 0 and QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))),
            default=1,
        )

    op(
        parent,
        lambda: services.access_reports.write_for(who, path),
        title=tr("Auskunft nach Art. 15 DSGVO"),
        runner=runner_of(parent),
    ).success(done).run_in_background()
