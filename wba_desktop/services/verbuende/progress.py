"""Milestones, tasks and key figures of a Verbund: entered by hand per period, or counted
from the contact history and event attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, func, or_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Activity,
    Organisation,
    Person,
    Verbund,
    VerbundFigure,
    VerbundMember,
    VerbundTask,
)
from wba_desktop.services import validation as v
from wba_desktop.services.directory.people import person_name
from wba_desktop.services.verbuende.verbund_rules import get_verbund
from wba_desktop.vocab import ADVICE, ATTENDANCE, KMU_SIZES, TASK_KINDS


@dataclass
class TaskData:
    title: str
    kind: str = "Aufgabe"
    due_on: date | None = None
    responsible_id: int | None = None
    done: bool = False
    done_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class TaskInfo:
    id: int
    verbund_id: int
    verbund_name: str
    data: TaskData
    responsible_name: str
    overdue: bool


@dataclass
class FigureData:
    period_start: date | None
    period_end: date | None
    companies_reached: int | None = None
    kmu_reached: int | None = None
    advice_sessions: int | None = None
    course_participants: int | None = None
    courses_developed: int | None = None
    note: str = ""


@dataclass(frozen=True)
class FigureInfo:
    id: int
    data: FigureData


class VerbundProgressService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- milestones and tasks ----------------------------------------------------------------
    def tasks(self, verbund_id: int | None = None, *, today: date | None = None) -> list[TaskInfo]:
        today = today or date.today()
        with self._uow() as uow:
            stmt = select(VerbundTask, Verbund.name).join(
                Verbund, Verbund.id == VerbundTask.verbund_id
            )
            if verbund_id is not None:
                stmt = stmt.where(VerbundTask.verbund_id == verbund_id)
            infos = [self._task_info(t, name, today) for t, name in uow.session.execute(stmt)]
        return sorted(infos, key=lambda t: (t.data.done, t.data.due_on or date.max, t.id))

    def overdue_tasks(self, today: date | None = None) -> list[TaskInfo]:
        """Open tasks and milestones past their due date, across all Verbünde."""
        today = today or date.today()
        with self._uow() as uow:
            stmt = (
                select(VerbundTask, Verbund.name)
                .join(Verbund, Verbund.id == VerbundTask.verbund_id)
                .where(VerbundTask.done.is_(False), VerbundTask.due_on < today)
                .order_by(VerbundTask.due_on)
            )
            return [self._task_info(t, name, today) for t, name in uow.session.execute(stmt)]

    @staticmethod
    def _task_info(t: VerbundTask, verbund_name: str, today: date) -> TaskInfo:
        data = TaskData(t.title, t.kind, t.due_on, t.responsible_id, t.done, t.done_on, t.note)
        overdue = not t.done and t.due_on is not None and t.due_on < today
        return TaskInfo(t.id, t.verbund_id, verbund_name, data, person_name(t.responsible), overdue)

    def save_task(self, verbund_id: int, data: TaskData, task_id: int | None = None) -> int:
        c = v.Collector()
        data.title = v.clean_text(data.title)
        v.check_required(c, "title", _("Titel"), data.title)
        v.check_choice(c, "kind", _("Art"), data.kind, TASK_KINDS, required=True)
        data.note = v.clean_text(data.note)
        v.check_texts(c, data, VerbundTask)
        c.raise_if_any()
        if data.done and data.done_on is None:
            data.done_on = date.today()
        if not data.done:
            data.done_on = None
        with self._uow() as uow:
            s = uow.session
            get_verbund(s, verbund_id)
            if data.responsible_id is not None and s.get(Person, data.responsible_id) is None:
                raise ValidationError(
                    {"responsible_id": _("Verantwortlich: Gibt es nicht (mehr).")}
                )
            if task_id is None:
                t = VerbundTask(verbund_id=verbund_id)
                s.add(t)
            else:
                t = s.get(VerbundTask, task_id)
                if t is None:
                    raise NotFoundError(_("Die Aufgabe wurde inzwischen gelöscht."))
            for attr in ("title", "kind", "due_on", "responsible_id", "done", "done_on", "note"):
                setattr(t, attr, getattr(data, attr))
            uow.commit()
            return t.id

    def set_task_done(self, task_id: int, done: bool, today: date | None = None) -> None:
        with self._uow() as uow:
            t = uow.session.get(VerbundTask, task_id)
            if t is None:
                raise NotFoundError(_("Die Aufgabe wurde inzwischen gelöscht."))
            t.done = done
            t.done_on = (today or date.today()) if done else None
            uow.commit()

    def delete_task(self, task_id: int) -> None:
        with self._uow() as uow:
            t = uow.session.get(VerbundTask, task_id)
            if t is not None:
                uow.session.delete(t)
                uow.commit()

    # -- key figures -----------------------------------------------------------------------
    def figures(self, verbund_id: int) -> list[FigureInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(VerbundFigure)
                .where(VerbundFigure.verbund_id == verbund_id)
                .order_by(VerbundFigure.period_start)
            ).all()
            return [
                FigureInfo(
                    f.id,
                    FigureData(
                        f.period_start,
                        f.period_end,
                        f.companies_reached,
                        f.kmu_reached,
                        f.advice_sessions,
                        f.course_participants,
                        f.courses_developed,
                        f.note,
                    ),
                )
                for f in rows
            ]

    def save_figure(self, verbund_id: int, data: FigureData, figure_id: int | None = None) -> int:
        c = v.Collector()
        if data.period_start is None:
            c.add("period_start", _("Zeitraum von: Bitte ein Datum eintragen."))
        if data.period_end is None:
            c.add("period_end", _("Zeitraum bis: Bitte ein Datum eintragen."))
        if data.period_start and data.period_end and data.period_end < data.period_start:
            c.add("period_end", _("Zeitraum bis: Das Ende liegt vor dem Beginn."))
        labels = {
            "companies_reached": "Erreichte Unternehmen",
            "kmu_reached": "davon KMU",
            "advice_sessions": "Beratungen",
            "course_participants": "Kursteilnehmende",
            "courses_developed": "Entwickelte Kurse",
        }
        for attr, label in labels.items():
            value = getattr(data, attr)
            if value is not None and value < 0:
                c.add(attr, _("{label}: Bitte keine negative Zahl eintragen.").format(label=label))
        if (
            data.kmu_reached is not None
            and data.companies_reached is not None
            and data.kmu_reached > data.companies_reached
        ):
            c.add("kmu_reached", _("davon KMU: Mehr KMU als erreichte Unternehmen."))
        data.note = v.clean_text(data.note)
        v.check_texts(c, data, VerbundFigure)
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            get_verbund(s, verbund_id)
            clash = s.scalar(
                select(VerbundFigure.id).where(
                    VerbundFigure.verbund_id == verbund_id,
                    VerbundFigure.period_start == data.period_start,
                    VerbundFigure.id != (figure_id or 0),
                )
            )
            if clash:
                raise ValidationError(
                    {
                        "period_start": _(
                            "Zeitraum von: Für den {period_start:%d.%m.%Y} "
                            "gibt es schon Kennzahlen."
                        ).format(period_start=data.period_start)
                    }
                )
            if figure_id is None:
                f = VerbundFigure(verbund_id=verbund_id)
                s.add(f)
            else:
                f = s.get(VerbundFigure, figure_id)
                if f is None:
                    raise NotFoundError(_("Die Kennzahlen wurden inzwischen gelöscht."))
            for attr in FigureData.__dataclass_fields__:
                setattr(f, attr, getattr(data, attr))
            uow.commit()
            return f.id

    def delete_figure(self, figure_id: int) -> None:
        with self._uow() as uow:
            f = uow.session.get(VerbundFigure, figure_id)
            if f is not None:
                uow.session.delete(f)
                uow.commit()

    # -- counted key figures -----------------------------------------------------------
    def counted_figures(self, verbund_id: int, start: date, end: date) -> FigureData:
        """Key figures of a Verbund for a period, counted from the contact history:
        advice sessions for the Verbund or with its member organisations, the companies
        (and KMU) among them, and event participants recorded for the Verbund."""
        with self._uow() as uow:
            s = uow.session
            member_orgs = select(VerbundMember.organisation_id).where(
                VerbundMember.verbund_id == verbund_id
            )
            in_period = Activity.happened_on.between(start, end)
            advice = (
                select(Activity)
                .where(in_period, Activity.kind == ADVICE)
                .where(
                    or_(
                        Activity.verbund_id == verbund_id,
                        Activity.organisation_id.in_(member_orgs),
                    )
                )
                .subquery()
            )
            sessions = s.scalar(select(func.count()).select_from(advice)) or 0
            companies = s.execute(
                select(Organisation.size_class)
                .where(Organisation.id.in_(select(advice.c.organisation_id).distinct()))
                .where(Organisation.type.has(name="Unternehmen"))
            ).all()
            attended = (
                s.scalar(
                    select(func.count(distinct(Activity.person_id))).where(
                        in_period, Activity.kind == ATTENDANCE, Activity.verbund_id == verbund_id
                    )
                )
                or 0
            )
        return FigureData(
            period_start=start,
            period_end=end,
            companies_reached=len(companies),
            kmu_reached=sum(1 for (size,) in companies if size in KMU_SIZES),
            advice_sessions=sessions,
            course_participants=attended,
            courses_developed=None,
            note="aus Kontakthistorie gezählt",
        )
