"""„Anonymisieren (Art. 17) …“: ask (naming the person, what stays, that it cannot be
undone), anonymise, say what happened. The lists refresh through the change bus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wba_desktop.views.common.messages import ask, inform
from wba_desktop.views.common.ops import op


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


TITLE = QT_TR_NOOP("Anonymisieren (Art. 17 DSGVO)")
WHAT_STAYS = QT_TR_NOOP(
    "Name, Kontaktdaten, Notizen, Schlagwörter, Zuordnungen, Beiratssitze, Rollen als "
    "Ansprechperson und Verteiler-Mitgliedschaften werden entfernt, Texte zu ihren "
    "Aktivitäten, Einladungen und Einwilligungen ersetzt, das Änderungsprotokoll über sie "
    "geleert. Für die Statistik bleiben anonym: Aktivitäten, Einladungen und Teilnahmen "
    "mit Art und Landkreis der Organisation.\n\nDas lässt sich nicht rückgängig machen."
)


def anonymise_person(
    parent: QWidget,
    services,
    person_id: int,
    done: Callable[[object], None] | None = None,
    runner=None,
) -> QMessageBox | None:
    """Ask, then anonymise ``person_id`` (on ``runner`` if given); ``done(report)``
    after it. Returns the box
    that asks (None when the person cannot be anonymised; the reason was shown)."""
    preview = op(parent, lambda: services.erasure.preview(person_id), title=_tr(TITLE)).run()
    if preview is None:
        return None

    def answer(i: int) -> None:
        if i != 0:
            return

        def finished(report) -> None:
            inform(parent, _tr(TITLE), report.message)
            if done is not None:
                done(report)

        # a large database takes seconds (sweep, VACUUM): off the GUI thread when we can
        task = op(
            parent,
            lambda: services.erasure.anonymise(person_id),
            title=_tr(TITLE),
            runner=runner,
        ).success(finished)
        task.run_in_background() if runner is not None else task.run()

    text = (
        _tr("„%1“ unwiderruflich anonymisieren?").replace("%1", preview.name)
        + "\n\n"
        + _tr("Betroffen: %1.").replace("%1", preview.describe())
    )
    return ask(
        parent,
        _tr(TITLE),
        text,
        [
            (_tr("Unwiderruflich anonymisieren"), QMessageBox.ButtonRole.DestructiveRole),
            (_tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        answer,
        detail=_tr(WHAT_STAYS),
        default=1,
    )
