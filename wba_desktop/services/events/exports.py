"""Files of an event: the participant list (xlsx), calendar files (ics) for the
event and for a speaker, and the follow-up report with its chart.

The chart is drawn with matplotlib's Agg canvas on a ``Figure`` (never pyplot,
never a Qt backend), so it works headless and in worker threads.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ValidationError
from wba_desktop.exchange import ical
from wba_desktop.exchange.participant_list import (
    ParticipantRow,
    write_followup_report,
    write_participant_list,
)
from wba_desktop.exchange.table import atomic_file
from wba_desktop.i18n import _
from wba_desktop.services.directory.people import PersonService
from wba_desktop.services.events.invitation_queries import FollowUpReport, InvitationQueries
from wba_desktop.services.events.programme import ProgrammeService, SessionInfo
from wba_desktop.services.events.records import CANCELLED, EventDetail, EventService
from wba_desktop.services.privacy.consent_filter import allowed
from wba_desktop.services.privacy_log import EXPORT, file_recipient, record_disclosure
from wba_desktop.vocab import INVITATION_STATUSES

#: the participant list by default: everyone except those who cancelled
DEFAULT_STATUSES = tuple(s for s in INVITATION_STATUSES if s != "abgesagt")
FORMATS = {".xlsx": "xlsx", ".ics": "ics"}


def _calendar_entry(e: EventDetail, organiser: tuple[str, str] = ("", "")) -> ical.CalendarEvent:
    description = e.description
    if e.online_url:
        description = "\n\n".join(p for p in (description, f"Online: {e.online_url}") if p)
    return ical.CalendarEvent(
        uid=e.uid,
        title=e.title,
        start=e.starts_at,
        end=e.ends_at,
        location=e.location or e.online_url,
        description=description,
        url=e.online_url,
        cancelled=e.status == CANCELLED,
        sequence=e.ical_sequence,
        organiser_name=organiser[0],
        organiser_email=organiser[1],
    )


def _session_entry(
    es: SessionInfo, e: EventDetail, organiser: tuple[str, str] = ("", "")
) -> ical.CalendarEvent:
    lines = [f"{es.kind} bei „{e.title}“"]
    if es.speaker_names:
        lines.append(f"Mitwirkende: {es.speaker_names}")
    if es.description:
        lines.append(es.description)
    location = ", ".join(p for p in (es.room, e.location) if p)
    return ical.CalendarEvent(
        uid=es.uid,
        title=es.title,
        start=es.starts_at,
        end=es.ends_at,
        location=location or e.online_url,
        description="\n".join(lines),
        url=e.online_url,
        cancelled=e.status == CANCELLED,
        sequence=es.ical_sequence,
        organiser_name=organiser[0],
        organiser_email=organiser[1],
    )


def subtitle_of(e: EventDetail) -> str:
    """``03.06.2026, 10:00–17:00 Uhr, Tagungszentrum, Halle (Saale)``."""
    if e.starts_at.date() == e.ends_at.date():
        when = f"{e.starts_at:%d.%m.%Y}, {e.starts_at:%H:%M}–{e.ends_at:%H:%M} Uhr"
    else:
        when = f"{e.starts_at:%d.%m.%Y %H:%M} Uhr – {e.ends_at:%d.%m.%Y %H:%M} Uhr"
    return ", ".join(p for p in (when, e.location or e.online_url) if p)


class EventExportService:
    def __init__(
        self,
        events: EventService,
        programme: ProgrammeService,
        invitations: InvitationQueries,
        people: PersonService,
        uow: UnitOfWorkFactory | None = None,
    ) -> None:
        """``uow``: where the disclosure of a written list is logged (None: not logged)."""
        self._uow = uow
        self._events = events
        self._programme = programme
        self._invitations = invitations
        self._people = people

    def export(
        self,
        event_id: int,
        path: str | os.PathLike[str],
        fmt: str | None = None,
        statuses: Iterable[str] = DEFAULT_STATUSES,
        *,
        today: date | None = None,
    ) -> int:
        """Write the participant list (xlsx) or the event with its programme (ics);
        the format follows the file name unless ``fmt`` says. Returns the number of
        people (xlsx) or calendar entries (ics)."""
        fmt = fmt or FORMATS.get(Path(path).suffix.lower())
        if fmt not in ("xlsx", "ics"):
            raise ValidationError({"fmt": _("Format: Bitte .xlsx oder .ics wählen.")})
        e = self._events.get(event_id)
        if fmt == "ics":
            organiser = self._organiser()
            sessions = [
                _session_entry(es, e, organiser) for es in self._programme.sessions(event_id)
            ]
            data = ical.event_calendar(_calendar_entry(e, organiser), sessions)
            with atomic_file(path) as tmp:
                tmp.write_bytes(data)
            return 1 + len(sessions)
        found = self._invitations.rows(event_id, status=tuple(statuses))
        if self._uow is not None:  # restricted or anonymised people are on no list
            with self._uow() as uow:
                kept, _left_out = allowed(uow.session, [r.person_id for r in found])
            kept_ids = set(kept)
            found = [r for r in found if r.person_id in kept_ids]
        rows = [
            ParticipantRow(
                name=r.name,
                organisation=r.organisation,
                function=r.function or r.organisation_kind,
                email=r.email,
                status=r.status,
                sort_name=r.sort_name,
            )
            for r in found
        ]
        title = _("Teilnehmerliste {title}").format(title=e.title)
        written = write_participant_list(path, title, subtitle_of(e), rows, today=today)
        self._disclosed(f"Teilnehmerliste „{e.title}“", path, [r.person_id for r in found])
        return written

    def _organiser(self) -> tuple[str, str]:
        """Our agency as the ORGANIZER of calendar entries (name, e-mail of the
        settings' letterhead), when it is set and has an e-mail address: Outlook applies
        a cancellation (METHOD:CANCEL) only from the organiser of the entry it replaces."""
        if self._uow is None:
            return "", ""
        from wba_desktop.services.team_settings import LetterheadService

        sender = LetterheadService(self._uow).letterhead()
        return (sender.name, sender.email) if sender.email else ("", "")

    def speaker_ics(self, person_id: int, path: str | os.PathLike[str]) -> int:
        """The sessions of one speaker or moderator as a calendar file."""
        person = self._people.get(person_id)
        sessions = self._programme.speaker_sessions(person_id)
        if not sessions:
            raise ValidationError(
                {
                    "person_id": _(
                        "Person: {display_name} wirkt an keinem Programmpunkt mit."
                    ).format(display_name=person.display_name)
                }
            )
        entries = []
        organiser = self._organiser()
        for s in sessions:
            location = ", ".join(p for p in (s.room, s.event_location) if p)
            entries.append(
                ical.CalendarEvent(
                    uid=s.uid,
                    title=s.title,
                    start=s.starts_at,
                    end=s.ends_at,
                    location=location,
                    description=f"{s.role} – {s.kind} bei „{s.event_title}“",
                    cancelled=s.cancelled,
                    sequence=s.ical_sequence,
                    organiser_name=organiser[0],
                    organiser_email=organiser[1],
                )
            )
        data = ical.speaker_calendar(person.display_name, entries)
        with atomic_file(path) as tmp:
            tmp.write_bytes(data)
        self._disclosed(f"Kalender der Programmpunkte von {person.display_name}", path, [person_id])
        return len(entries)

    def _disclosed(self, what: str, path: str | os.PathLike[str], person_ids: list[int]) -> None:
        if self._uow is not None:
            record_disclosure(self._uow, EXPORT, what, file_recipient(path), "", person_ids)

    def followup_xlsx(
        self, event_id: int, path: str | os.PathLike[str], with_chart: bool = True
    ) -> FollowUpReport:
        report = self._invitations.report(event_id)
        chart = self.followup_chart(report) if with_chart and report.by_kind else None
        write_followup_report(path, report, chart)
        return report

    @staticmethod
    def followup_chart(report: FollowUpReport, dpi: int = 100) -> bytes:
        """A PNG bar chart: invited, accepted, attended per kind of organisation."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        rows = list(report.by_kind)
        labels = [r.label for r in rows]
        height = max(3.0, 0.9 + 0.45 * len(rows))
        fig = Figure(figsize=(7.5, height), dpi=dpi, layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        bar = 0.27
        series = (
            ("Eingeladen", "invited", "#9ecae1"),
            ("Zugesagt", "accepted", "#4292c6"),
            ("Teilgenommen", "attended", "#08519c"),
        )
        positions = range(len(rows))
        for n, (label, attr, colour) in enumerate(series):
            values = [getattr(r, attr) for r in rows]
            offsets = [p + (n - 1) * bar for p in positions]
            ax.barh(offsets, values, height=bar, label=label, color=colour)
        ax.set_yticks(list(positions), labels)
        ax.invert_yaxis()
        ax.set_xlabel("Personen")
        ax.set_title(f"{report.title}: nach Art der Organisation", fontsize=11)
        ax.xaxis.get_major_locator().set_params(integer=True)
        fig.legend(loc="outside lower center", ncols=3, fontsize=9, frameon=False)
        ax.grid(axis="x", alpha=0.3)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
