"""The report of one Verbund: the timeline (phases, milestones, linked events,
funding period) and the Excel report (record, members, Beirat, tasks, key figures,
health check).

Built on the other services (record, parts, health, contact history); only the
events linked to the Verbund are read here directly. Returns plain data for the
chart (:mod:`wba_desktop.charts.timeline`) and the writer
(:mod:`wba_desktop.exchange.verbund_report`).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from wba_desktop.charts.timeline import TimelineData, save_timeline
from wba_desktop.exchange.table import ExportError
from wba_desktop.exchange.verbund_report import (
    BoardRow,
    FigureRow,
    HealthRow,
    MemberRow,
    PhaseRow,
    ReportField,
    TaskRow,
    VerbundReport,
    write_verbund_report,
)
from wba_desktop.i18n import N_, _
from wba_desktop.models import (
    Event,
    VerbundBoardSeat,
    VerbundMember,
    VerbundTask,
    event_verbund,
)
from wba_desktop.services.privacy_log import EXPORT, file_recipient, record_disclosure
from wba_desktop.services.verbuende.health import months_back
from wba_desktop.services.verbuende.progress import TaskInfo

if TYPE_CHECKING:
    from wba_desktop.db import UnitOfWorkFactory
    from wba_desktop.services.verbuende.health import HealthService
    from wba_desktop.services.verbuende.members import VerbundMemberService
    from wba_desktop.services.verbuende.progress import VerbundProgressService
    from wba_desktop.services.verbuende.records import VerbundDetail, VerbundService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportSources:
    """The services a report reads from (given by the bundle)."""

    uow: UnitOfWorkFactory
    verbuende: VerbundService
    verbund_members: VerbundMemberService
    verbund_progress: VerbundProgressService
    health: HealthService


MILESTONE = "Meilenstein"
CANCELLED = "abgesagt"
ENTERED = N_("erfasst")
COUNTED = N_("gezählt")
#: the fields of a key-figure period, in the order of the report's columns
_FIGURE_ATTRS = (
    "period_start",
    "period_end",
    "companies_reached",
    "kmu_reached",
    "advice_sessions",
    "course_participants",
    "courses_developed",
    "note",
)


def _milestone(task: TaskInfo) -> tuple[date, str, bool, bool] | None:
    """(date, title, done, overdue) of a milestone; its due date, else when done."""
    d = task.data
    day = d.due_on or d.done_on
    if d.kind != MILESTONE or day is None:
        return None
    return (day, d.title, d.done, task.overdue)


def linked_events(services: ReportSources, verbund_id: int) -> list[tuple[datetime, str, str]]:
    """(start, title, type) of the events linked to the Verbund, not cancelled, by date."""
    with services.uow() as uow:
        rows = uow.session.execute(
            select(Event.starts_at, Event.title, Event.type)
            .join(event_verbund, event_verbund.c.event_id == Event.id)
            .where(event_verbund.c.verbund_id == verbund_id, Event.status != CANCELLED)
            .order_by(Event.starts_at, Event.id)
        ).all()
    return [(start, title, kind) for start, title, kind in rows]


def timeline_data(
    services: ReportSources, verbund_id: int, today: date | None = None
) -> TimelineData:
    """What the timeline of a Verbund shows: the phase history (each phase runs to
    the next; the last is open), the milestones, the linked events that are not
    cancelled, and the funding period when start and end are known."""
    today = today or date.today()
    detail = services.verbuende.get(verbund_id)
    history = list(detail.history)
    phases = [
        (entry.phase, entry.since, history[i + 1].since if i + 1 < len(history) else None)
        for i, entry in enumerate(history)
    ]
    milestones = [
        m
        for t in services.verbund_progress.tasks(verbund_id, today=today)
        if (m := _milestone(t)) is not None
    ]
    milestones.sort(key=lambda m: m[0])
    data = detail.data
    funding = (
        (data.funding_start, data.funding_end) if data.funding_start and data.funding_end else None
    )
    return TimelineData(
        title=detail.label,
        phases=phases,
        milestones=milestones,
        events=linked_events(services, verbund_id),
        funding=funding,
        today=today,
    )


def _record(detail: VerbundDetail) -> list[ReportField]:
    d = detail.data
    return [
        ReportField(_("Name"), d.name),
        ReportField(_("Kurzname"), d.short_name),
        ReportField(_("Typ"), d.type),
        ReportField(_("Phase"), _(detail.phase)),
        ReportField(_("Phase seit"), d.phase_since, "date"),
        ReportField(_("Branchen"), d.sectors),
        ReportField(_("Themen"), d.topics),
        ReportField(_("Landkreise"), ", ".join(detail.region_names)),
        ReportField(_("WBA-Regionen"), ", ".join(detail.wba_regions)),
        ReportField(_("Koordination"), detail.coordinator_name),
        ReportField(_("Förderprogramm"), d.funding_programme),
        ReportField(_("Förderkennzeichen"), d.grant_reference),
        ReportField(_("Förderbeginn"), d.funding_start, "date"),
        ReportField(_("Förderende"), d.funding_end, "date"),
        ReportField(_("Budget"), d.budget, "money"),
        ReportField(_("Ziele"), d.goals),
        ReportField(_("Plan zur Verstetigung"), d.continuation_plan),
        ReportField(_("Notizen"), d.notes),
    ]


def counted_period(detail: VerbundDetail, today: date) -> tuple[date, date, str]:
    """The period the counted key figures cover: the funding period (up to today)
    once it has begun, else the last 12 months; with a note saying which."""
    start, end = detail.data.funding_start, detail.data.funding_end
    if start and end and start <= today:
        if end > today:
            return start, today, _("Förderzeitraum bis heute")
        return start, end, _("Förderzeitraum")
    return months_back(today, 12), today, _("letzte 12 Monate")


class VerbundReportService:
    """Timeline and Excel report of a Verbund, on the services of the app."""

    def __init__(self, sources: ReportSources) -> None:
        self._s = sources

    def timeline_data(self, verbund_id: int, today: date | None = None) -> TimelineData:
        return timeline_data(self._s, verbund_id, today)

    def report(self, verbund_id: int, today: date | None = None) -> VerbundReport:
        """All the report shows, as plain data (NotFoundError for an unknown Verbund)."""
        today = today or date.today()
        s = self._s
        detail = s.verbuende.get(verbund_id)
        history = list(detail.history)
        phases = [
            PhaseRow(
                e.phase, e.since, history[i + 1].since if i + 1 < len(history) else None, e.note
            )
            for i, e in enumerate(history)
        ]
        members = [
            MemberRow(
                m.organisation_name,
                m.organisation_type,
                m.district,
                m.data.role,
                m.data.joined_on,
                m.data.left_on,
                m.data.commitment,
                m.data.agreement_signed_on,
                m.contact_name,
                m.contact_email,
                m.contact_phone,
            )
            for m in s.verbund_members.members(verbund_id)  # by role, then name
        ]
        board = [
            BoardRow(
                b.person_name, b.data.function, b.organisation_name, b.data.since, b.data.until
            )
            for b in s.verbund_members.board(verbund_id)
        ]
        tasks = [
            TaskRow(
                t.data.kind,
                t.data.title,
                t.data.due_on,
                t.responsible_name,
                t.data.done,
                t.data.done_on,
                t.overdue,
                t.data.note,
            )
            for t in s.verbund_progress.tasks(verbund_id, today=today)
        ]
        figures = [
            FigureRow(_(ENTERED), *(getattr(f.data, a) for a in _FIGURE_ATTRS))
            for f in s.verbund_progress.figures(verbund_id)
        ]
        start, end, which = counted_period(detail, today)
        counted = s.verbund_progress.counted_figures(verbund_id, start, end)
        counted.note = _("aus der Kontakthistorie gezählt ({which})").format(which=which)
        figures.append(FigureRow(_(COUNTED), *(getattr(counted, a) for a in _FIGURE_ATTRS)))
        health = s.health.check(verbund_id, today)
        return VerbundReport(
            title=detail.label,
            record=_record(detail),
            phases=phases,
            members=members,
            board=board,
            tasks=tasks,
            figures=figures,
            health=[
                HealthRow(f.number, f.title, f.met, f.reason, "" if f.met else f.remedy)
                for f in health.factors
            ],
            funding_warning=health.funding_warning,
            score_text=health.score_text,
            as_of=today,
        )

    def write_report(
        self, verbund_id: int, path: str | os.PathLike[str], today: date | None = None
    ) -> Path:
        """Write the Excel report (.xlsx) of the Verbund to ``path``."""
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise ExportError(
                _(
                    "Der Verbundbericht wird als Excel-Datei (.xlsx) geschrieben, nicht als "
                    "„{name}“."
                ).format(name=target.suffix or target.name)
            )
        report = self.report(verbund_id, today)
        written = write_verbund_report(report, target)
        log.info("verbund report %s written to %s", verbund_id, written)
        record_disclosure(
            self._s.uow,
            EXPORT,
            f"Verbundbericht „{report.title}“ (Ansprechpersonen, Beirat, Aufgaben)",
            file_recipient(written),
            "",
            self._people_in_report(verbund_id),
        )
        return written

    def _people_in_report(self, verbund_id: int) -> list[int]:
        """Contact persons of the members, the Beirat and those responsible for tasks."""
        with self._s.uow() as uow:
            s = uow.session
            ids = list(
                s.scalars(
                    select(VerbundMember.contact_person_id).where(
                        VerbundMember.verbund_id == verbund_id
                    )
                )
            )
            ids += s.scalars(
                select(VerbundBoardSeat.person_id).where(VerbundBoardSeat.verbund_id == verbund_id)
            )
            ids += s.scalars(
                select(VerbundTask.responsible_id).where(VerbundTask.verbund_id == verbund_id)
            )
        return [i for i in ids if i is not None]

    def write_timeline(
        self, verbund_id: int, path: str | os.PathLike[str], today: date | None = None
    ) -> Path:
        """Write the timeline of the Verbund as PNG or PDF (by the file ending)."""
        return save_timeline(self.timeline_data(verbund_id, today), path)
