"""What leaves the invitation list: e-mail to the list (offering to mark the invited
afterwards), the participant list and calendar file, and taking attendance.

The calendar file of a cancelled event is a cancellation (``METHOD:CANCEL``) and is
offered as one: „Absage als Kalenderdatei“ (see :func:`calendar_texts`).

A mixin of :class:`~wba_desktop.views.events.invitations_tab.InvitationsTab`; it uses
the tab's ``_services``, ``_runner``, ``_event_id``, ``selected_rows`` and
``_after_write``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from wba_desktop.services.events.records import CANCELLED
from wba_desktop.text import format as fmt
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.record_table import open_dialog
from wba_desktop.views.events.attendance_dialog import AttendanceDialog
from wba_desktop.views.events.invitation_mail import INVITATION, EventMailDialog, plan_mail
from wba_desktop.views.events.invitation_model import status_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def calendar_texts(status: str) -> dict[str, str]:
    """Button, tooltip, save dialog title and file name prefix of an event's calendar
    file; for a cancelled event the file is the cancellation."""
    if status == CANCELLED:
        return {
            "button": _tr("Absage als Kalenderdatei …"),
            "tooltip": _tr(
                "Absage für Outlook (.ics): Wer den Termin aus einer früheren Kalenderdatei "
                "übernommen hat, dem wird er beim Öffnen dieser Datei gestrichen."
            ),
            "title": _tr("Absage als Kalenderdatei speichern"),
            "prefix": _tr("Absage") + " ",
        }
    return {
        "button": _tr("Kalenderdatei (.ics) …"),
        "tooltip": _tr("Termin mit Programm für Outlook (.ics)"),
        "title": _tr("Kalenderdatei speichern"),
        "prefix": "",
    }


def show_calendar_texts(button: QPushButton, status: str) -> None:
    """Label ``button`` for the calendar file of an event with ``status``."""
    texts = calendar_texts(status)
    button.setText(texts["button"])
    button.setToolTip(texts["tooltip"])


class OutgoingMixin:
    def write_mail(self, kind: str) -> EventMailDialog | None:
        if self._event_id is None:
            return None
        event = self._services.events.get(self._event_id)
        plan = plan_mail(self._services, self._event_id, kind, self.selected_rows())
        dialog = EventMailDialog(event, kind, plan, self, services=self._services)
        return open_dialog(
            dialog,
            lambda: self._offer_invited(plan.invitation_ids),
            lambda d: kind == INVITATION and d.sent and bool(plan.invitation_ids),
            accepted_only=False,  # sent is sent, however the dialog was closed
        )

    def _offer_invited(self, ids: list[int]) -> None:
        def answer(i: int) -> None:
            if i == 0:
                result = self._services.invitations.set_status(
                    ids, "eingeladen", self.tr("Einladung per E-Mail")
                )
                self._after_write(status_text(result, "eingeladen"))

        ask(
            self,
            self.tr("Einladung verschickt?"),
            self.tr(
                "Die %1 angeschriebenen Personen von „vorgemerkt“ auf „eingeladen“ setzen?"
            ).replace("%1", fmt.integer(len(ids))),
            [
                (self.tr("Auf „eingeladen“ setzen"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Nicht jetzt"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
        )

    def _export(self, fmt: str, title: str, name_filter: str, path: Path | None) -> None:
        if self._event_id is None:
            return
        event_id, services = self._event_id, self._services
        event = services.events.get(event_id)
        prefix = "Teilnehmerliste "
        if fmt == "ics":
            texts = calendar_texts(event.status)
            title, prefix = texts["title"], texts["prefix"]
        name = f"{prefix}{event.title}.{fmt}"
        export_file(
            self,
            self._runner,
            title,
            name,
            name_filter,
            lambda p: services.event_exports.export(event_id, p, fmt),
            chosen_path=path,
        )

    def export_participants(self, path: Path | None = None) -> None:
        self._export(
            "xlsx",
            self.tr("Teilnehmerliste speichern"),
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
            path,
        )

    def export_calendar(self, path: Path | None = None) -> None:
        self._export("ics", self.tr("Kalenderdatei speichern"), self.tr("iCalendar (*.ics)"), path)

    def take_attendance(self) -> AttendanceDialog | None:
        if self._event_id is None:
            return None
        dialog = AttendanceDialog(self._services, self._event_id, self)

        def saved() -> None:
            r = dialog.result
            self._after_write(
                self.tr("Anwesenheit gespeichert: %1 teilgenommen, %2 nicht erschienen.")
                .replace("%1", fmt.integer(r.attended))
                .replace("%2", fmt.integer(r.no_show))
            )

        return open_dialog(dialog, saved)
