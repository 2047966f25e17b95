"""The health check of a Verbund: loads what the rules in ``health_rules`` need
(current members, advised member companies, linked events) for one or many Verbünde
in a few statements, and keeps the thresholds as shared settings of the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Activity,
    Event,
    Organisation,
    OrganisationType,
    Verbund,
    VerbundMember,
)
from wba_desktop.models.event import event_verbund
from wba_desktop.services.shared_settings import SharedSettings
from wba_desktop.services.verbuende.health_rules import (  # re-exported: views import them here
    FIX_ACTIVITIES,
    FIX_EVENTS,
    FIX_MEMBERS,
    FIX_RECORD,
    HealthFactor,
    HealthReport,
    HealthThresholds,
    LinkedEvent,
    Member,
    advice,
    binding_rules,
    funding_warning,
    member_companies,
    months_back,
    municipal,
    network,
    young_people,
)
from wba_desktop.vocab import ADVICE

__all__ = [
    "FIX_ACTIVITIES",
    "FIX_EVENTS",
    "FIX_MEMBERS",
    "FIX_RECORD",
    "SETTINGS_KEY",
    "FundingWarning",
    "HealthFactor",
    "HealthReport",
    "HealthService",
    "HealthThresholds",
    "months_back",
]

SETTINGS_KEY = "verbund.health"


@dataclass(frozen=True)
class FundingWarning:
    """A Verbund whose funding ends soon without Verstetigung (for the start page)."""

    id: int
    name: str
    phase: str
    funding_end: date
    text: str


class HealthService:
    """The five success factors and the funding warning of Verbünde."""

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: SharedSettings) -> None:
        self._uow = uow_factory
        self._settings = settings

    # -- thresholds --------------------------------------------------------------------
    def thresholds(self) -> HealthThresholds:
        raw = self._settings.get(SETTINGS_KEY, {}) or {}
        known = {k: raw[k] for k in HealthThresholds.__dataclass_fields__ if k in raw}
        try:
            return HealthThresholds(**known)
        except TypeError:
            return HealthThresholds()

    def set_thresholds(self, t: HealthThresholds) -> None:
        t.check()
        self._settings.set(SETTINGS_KEY, asdict(t))

    # -- the check ---------------------------------------------------------------------
    def check(self, verbund_id: int, today: date | None = None) -> HealthReport:
        return self.check_many([verbund_id], today)[verbund_id]

    def check_many(self, ids: list[int], today: date | None = None) -> dict[int, HealthReport]:
        """The reports of several Verbünde; the data of all of them is read in a few
        statements (the overview checks every Verbund on each refresh)."""
        today = today or date.today()
        t = self.thresholds()
        ids = list(dict.fromkeys(ids))
        out: dict[int, HealthReport] = {}
        with self._uow() as uow:
            s = uow.session
            verbuende = {vb.id: vb for vb in s.scalars(select(Verbund).where(Verbund.id.in_(ids)))}
            missing = [vid for vid in ids if vid not in verbuende]
            if missing:
                raise NotFoundError(_("Der Verbund wurde nicht gefunden (gelöscht?)."))
            members = self._members(s, ids, today)
            advised = self._advised(s, members, t, today)
            events = self._linked_events(s, ids)
            for vid in ids:
                vb, mine, linked = verbuende[vid], members.get(vid, []), events.get(vid, [])
                factors = (
                    binding_rules(vb, mine, t),
                    advice(advised, mine, t, today),
                    network(mine),
                    municipal(linked, mine, t, today),
                    young_people(linked, mine),
                )
                out[vid] = HealthReport(vid, factors, funding_warning(vb, t, today), today)
        return out

    @staticmethod
    def _members(s, ids: list[int], today: date) -> dict[int, list[Member]]:
        rows = s.execute(
            select(
                VerbundMember.verbund_id,
                Organisation.id,
                Organisation.name,
                OrganisationType.name,
                VerbundMember.role,
                VerbundMember.commitment,
                VerbundMember.joined_on,
                VerbundMember.left_on,
            )
            .join(Organisation, Organisation.id == VerbundMember.organisation_id)
            .outerjoin(OrganisationType, OrganisationType.id == Organisation.type_id)
            .where(VerbundMember.verbund_id.in_(ids))
        ).all()
        out: dict[int, list[Member]] = {}
        for vid, oid, name, kind, role, commitment, joined, left in rows:
            if (joined is None or joined <= today) and (left is None or left > today):
                out.setdefault(vid, []).append(Member(oid, name, kind or "", role, commitment))
        return out

    def _advised(self, s, members, t: HealthThresholds, today: date) -> set[int]:
        """Member companies (of any of the Verbünde) advised within the window."""
        since = months_back(today, t.advice_months)
        companies = sorted({o for mine in members.values() for o in member_companies(mine)})
        advised: set[int] = set()
        for i in range(0, len(companies), 900):
            advised.update(
                s.scalars(
                    select(Activity.organisation_id)
                    .where(
                        Activity.kind == ADVICE,
                        Activity.organisation_id.in_(companies[i : i + 900]),
                        Activity.happened_on >= since,
                        Activity.happened_on <= today,
                    )
                    .distinct()
                )
            )
        return advised

    @staticmethod
    def _linked_events(s, ids: list[int]) -> dict[int, list[LinkedEvent]]:
        rows = s.execute(
            select(
                event_verbund.c.verbund_id, Event.title, Event.type, Event.status, Event.starts_at
            )
            .join(event_verbund, event_verbund.c.event_id == Event.id)
            .where(event_verbund.c.verbund_id.in_(ids), Event.status != "abgesagt")
            .order_by(Event.starts_at, Event.id)
        ).all()
        out: dict[int, list[LinkedEvent]] = {}
        for vid, title, kind, status, starts_at in rows:
            out.setdefault(vid, []).append(LinkedEvent(title, kind, status, starts_at))
        return out

    def funding_warnings(self, today: date | None = None) -> list[FundingWarning]:
        """Only the funding flag of all Verbünde, without the five factors (the start
        page needs no more); ordered by funding end."""
        today = today or date.today()
        t = self.thresholds()
        horizon = months_back(today, -t.funding_warning_months)
        with self._uow() as uow:
            candidates = uow.session.scalars(
                select(Verbund)
                .where(Verbund.funding_end.between(today, horizon))
                .order_by(Verbund.funding_end, Verbund.sort_key)
            ).all()
            return [
                FundingWarning(vb.id, vb.name, vb.phase, vb.funding_end, text)
                for vb in candidates
                if (text := funding_warning(vb, t, today))
            ]
