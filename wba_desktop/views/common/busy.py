"""The question after a busy database: who else is working on it, try again or cancel.

A write waits a few seconds for a lock held by someone else (``db/engine.py``
``LOCK_WAIT_MS``); when it is still held, the service raises ``BusyError`` and
:func:`~wba_desktop.views.common.ops.op` shows this box instead of the bare message.
Who else has the database open is asked of the nearest parent that knows it (the main
window's ``others_on_database()``); nothing is saved meanwhile, and whatever the user
typed stays in its dialog, whichever button they press.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from wba_desktop.text import format as fmt
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.translation import tr

log = logging.getLogger(__name__)

RETRY, CANCEL = 0, 1


def others_on_database(obj: QObject | None) -> list[str]:
    """„WBA Desktop von Anna Beispiel auf PC-BUERO-2 (seit 09:12)“ for every other
    program registered on the database, from the nearest parent of ``obj`` with
    ``others_on_database()``; empty when there is none or it cannot tell."""
    while obj is not None:
        ask_them = getattr(obj, "others_on_database", None)
        if callable(ask_them):
            try:
                return list(ask_them())
            except Exception:  # noqa: BLE001 - the question must come even so
                log.warning("could not read who else is working", exc_info=True)
                return []
        obj = obj.parent()
    return []


def busy_text(others: list[str]) -> str:
    """The explanation under the headline: who holds the database, what happens now."""
    if others:
        who = tr("Gerade ebenfalls geöffnet: ") + fmt.listing(others) + "."
    else:
        who = tr("Gerade arbeitet ein anderes Programm mit der Datenbank.")
    return tr(
        "%1\n\nSobald dort fertig gespeichert ist, können Sie es erneut versuchen. "
        "Gespeichert wurde noch nichts; Ihre Eingaben bleiben erhalten."
    ).replace("%1", who)


def offer_retry(
    parent: QWidget | None,
    title: str,
    others: list[str],
    on_answer: Callable[[bool], None],
) -> QMessageBox:
    """„Die Datenbank ist gerade belegt“ with „Erneut versuchen“ and „Abbrechen“;
    ``on_answer(True)`` when the user wants to try again."""
    box = ask(
        parent,
        title,
        tr("Die Datenbank ist gerade belegt"),
        [
            (tr("Erneut versuchen"), QMessageBox.ButtonRole.AcceptRole),
            (tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        lambda i: on_answer(i == RETRY),
        detail=busy_text(others),
        default=RETRY,
    )
    box.setObjectName("busyDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    # wide enough that a name, a machine and the time fit on a line or two
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is not None:
        label.setMinimumWidth(420)
        box.setInformativeText(box.informativeText())  # the box takes its size anew
    return box


def offer_reconnect(
    parent: QWidget | None, title: str, on_answer: Callable[[bool], None]
) -> QMessageBox:
    """The team database's server went away mid-way: nothing was saved, the user's
    edit stays where it is, and „Erneut versuchen“ runs the same call once the server
    answers again (the engine opens a new connection)."""
    box = ask(
        parent,
        title,
        tr("Die Verbindung zur Datenbank ist unterbrochen"),
        [
            (tr("Erneut versuchen"), QMessageBox.ButtonRole.AcceptRole),
            (tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        lambda i: on_answer(i == RETRY),
        detail=(
            tr(
                "Der Server der Teamdatenbank antwortet gerade nicht (Netzwerk, VPN oder "
                "Wartung?). Gespeichert wurde nichts; Ihre Eingaben bleiben erhalten. Bitte "
                "erneut versuchen, sobald die Verbindung wieder steht."
            )
        ),
        default=RETRY,
    )
    box.setObjectName("reconnectDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    return box
