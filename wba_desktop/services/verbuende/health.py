"""The health check of a Verbund: the five success factors of DOMAIN.md, computed
from the data, each met or not, why, and what would meet it.

Kinds of organisation are matched by name (they are editable in the app; the names
are those the app ships). Thresholds are shared settings of the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
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
from wba_desktop.text import format as fmt
from wba_desktop.vocab import ADVICE

SETTINGS_KEY = "verbund.health"

LABOUR = ("Agentur für Arbeit", "Jobcenter")
CHAMBERS = ("Kammer (IHK)", "Kammer (HWK)")
SOCIAL_PARTNERS = ("Gewerkschaft", "Arbeitgeberverband")
TRAINING = ("Weiterbildungsträger",)
MUNICIPAL = ("Kommune / Landkreis",)
CIVIL = ("Verein / Zivilgesellschaft",)
SCHOOLS = ("Schule / Berufsschule",)
COMPANY = "Unternehmen"
DIALOGUE_EVENTS = ("Informationsveranstaltung", "Dialogformat")
YOUTH_EVENT = "Format für junge Menschen"

#: where the user fixes a factor: a tab of the Verbund view
FIX_MEMBERS = "members"
FIX_ACTIVITIES = "activities"
FIX_EVENTS = "events"
FIX_RECORD = "record"


@dataclass(frozen=True)
class HealthThresholds:
    #: share of members (besides the coordination) with a signed agreement
    agreement_share: float = 0.5
    advice_months: int = 6
    event_months: int = 12
    funding_warning_months: int = 6

    def check(self) -> None:
        errors = {}
        if not 0 < self.agreement_share <= 1:
            errors["agreement_share"] = "Anteil Vereinbarungen: Bitte 1 bis 100 % wählen."
        for attr, label in (
            ("advice_months", "Beratungen"),
            ("event_months", "Veranstaltungen"),
            ("funding_warning_months", "Förderende"),
        ):
            if not 1 <= getattr(self, attr) <= 60:
                errors[attr] = f"{label}: Bitte 1 bis 60 Monate wählen."
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class HealthFactor:
    number: int
    title: str
    met: bool
    reason: str
    remedy: str
    fix: str
    details: tuple[str, ...] = ()
    #: what ``details`` lists, e.g. "Noch ohne Vereinbarung"
    details_label: str = ""


@dataclass(frozen=True)
class HealthReport:
    verbund_id: int
    factors: tuple[HealthFactor, ...]
    funding_warning: str = ""
    checked_on: date = field(default_factory=date.today)

    @property
    def score(self) -> int:
        return sum(1 for f in self.factors if f.met)

    @property
    def score_text(self) -> str:
        return f"{self.score}/{len(self.factors)}"


def months_back(day: date, months: int) -> date:
    """The same day ``months`` earlier (clamped to the month's end)."""
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class _Member:
    organisation_id: int
    name: str
    type_name: str
    role: str
    commitment: str


@dataclass(frozen=True)
class FundingWarning:
    """A Verbund whose funding ends soon without Verstetigung (for the start page)."""

    id: int
    name: str
    phase: str
    funding_end: date
    text: str


@dataclass(frozen=True)
class _Event:
    title: str
    type: str
    status: str
    starts_at: datetime


class HealthService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
        self._settings = SharedSettings(uow_factory)

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
                raise NotFoundError("Der Verbund wurde nicht gefunden (gelöscht?).")
            members = self._members(s, ids, today)
            advised = self._advised(s, members, t, today)
            events = self._linked_events(s, ids)
            for vid in ids:
                vb, mine, linked = verbuende[vid], members.get(vid, []), events.get(vid, [])
                factors = (
                    self._binding_rules(vb, mine, t),
                    self._advice(advised, mine, t, today),
                    self._network(mine),
                    self._municipal(linked, mine, t, today),
                    self._young(linked, mine),
                )
                out[vid] = HealthReport(vid, factors, self._funding(vb, t, today), today)
        return out

    @staticmethod
    def _members(s, ids: list[int], today: date) -> dict[int, list[_Member]]:
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
        out: dict[int, list[_Member]] = {}
        for vid, oid, name, kind, role, commitment, joined, left in rows:
            if (joined is None or joined <= today) and (left is None or left > today):
                out.setdefault(vid, []).append(_Member(oid, name, kind or "", role, commitment))
        return out

    @staticmethod
    def _companies(members: list[_Member]) -> dict[int, str]:
        return {
            m.organisation_id: m.name
            for m in members
            if m.type_name == COMPANY or m.role == "Mitgliedsunternehmen"
        }

    def _advised(self, s, members, t: HealthThresholds, today: date) -> set[int]:
        """Member companies (of any of the Verbünde) advised within the window."""
        since = months_back(today, t.advice_months)
        companies = sorted({o for mine in members.values() for o in self._companies(mine)})
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
    def _binding_rules(vb: Verbund, members: list[_Member], t: HealthThresholds) -> HealthFactor:
        title = "Verbindliche Regeln (Kooperationsvereinbarung)"
        signed = "Kooperationsvereinbarung"
        coord = [
            m for m in members if m.organisation_id == vb.coordinator_id or m.role == "Koordination"
        ]
        others = [m for m in members if m not in coord]
        coord_signed = any(m.commitment == signed for m in coord)
        n_signed = sum(1 for m in others if m.commitment == signed)
        share = n_signed / len(others) if others else 0.0
        need = fmt.percent(t.agreement_share)
        problems = []
        if not coord:
            problems.append("keine Koordination unter den Mitgliedern")
        elif not coord_signed:
            problems.append("die Koordination hat nicht unterzeichnet")
        if not others:
            problems.append("noch keine weiteren Mitglieder")
        elif share < t.agreement_share:
            problems.append(
                f"nur {fmt.integer(n_signed)} von {fmt.integer(len(others))} Mitgliedern haben "
                "unterzeichnet"
            )
        met = not problems
        reason = (
            f"Koordination und {fmt.integer(n_signed)} von {fmt.integer(len(others))} Mitgliedern "
            "haben die "
            "Kooperationsvereinbarung unterzeichnet."
            if met
            else "Nicht erfüllt: " + "; ".join(problems) + "."
        )
        missing = tuple(m.name for m in coord + others if m.commitment != signed)
        return HealthFactor(
            1,
            title,
            met,
            reason,
            f"Kooperationsvereinbarung von der Koordination und mindestens {need} der "
            "Mitglieder unterzeichnen lassen und bei den Mitgliedern eintragen.",
            FIX_MEMBERS,
            missing,
            "Noch ohne unterzeichnete Vereinbarung",
        )

    def _advice(self, advised_all: set[int], members, t: HealthThresholds, today: date):
        since = months_back(today, t.advice_months)
        companies = self._companies(members)
        advised = {o for o in companies if o in advised_all}
        met = bool(advised)
        if met:
            reason = (
                f"{fmt.integer(len(advised))} von {fmt.integer(len(companies))} "
                f"Mitgliedsunternehmen wurden seit dem {fmt.day(since)} beraten."
            )
        elif not companies:
            reason = "Nicht erfüllt: Der Verbund hat noch keine Mitgliedsunternehmen."
        else:
            reason = (
                f"Nicht erfüllt: Keine Beratung eines Mitgliedsunternehmens seit dem "
                f"{fmt.day(since)}."
            )
        return HealthFactor(
            2,
            "Individuelle Beratung der Unternehmen",
            met,
            reason,
            f"Beratungen mit Mitgliedsunternehmen in der Kontakthistorie erfassen (Art "
            f"„Beratung“, in den letzten {t.advice_months} Monaten).",
            FIX_ACTIVITIES,
            tuple(n for i, n in companies.items() if i not in advised),
            "Noch nicht beraten",
        )

    @staticmethod
    def _network(members: list[_Member]) -> HealthFactor:
        groups = (
            ("Agentur für Arbeit oder Jobcenter", LABOUR, ()),
            ("Kammer (IHK oder HWK)", CHAMBERS, ()),
            ("Sozialpartner (Gewerkschaft oder Arbeitgeberverband)", SOCIAL_PARTNERS, ()),
            ("Weiterbildungsträger", TRAINING, ("Weiterbildungsträger",)),
        )
        present, missing = [], []
        for label, types, roles in groups:
            hit = [m.name for m in members if m.type_name in types or m.role in roles]
            (present if hit else missing).append(label if not hit else f"{label}: {hit[0]}")
        met = not missing
        return HealthFactor(
            3,
            "Starkes regionales Netzwerk",
            met,
            "Alle vier Arten von Partnern sind dabei."
            if met
            else "Nicht erfüllt: Es fehlt " + ", ".join(missing) + ".",
            "Fehlende Partner aus dem Verzeichnis oder dem Netzwerk als Mitglied oder "
            "strategischen Partner aufnehmen: " + (", ".join(missing) or "–") + ".",
            FIX_MEMBERS,
            tuple(present),
            "Dabei",
        )

    @staticmethod
    def _linked_events(s, ids: list[int]) -> dict[int, list[_Event]]:
        rows = s.execute(
            select(
                event_verbund.c.verbund_id, Event.title, Event.type, Event.status, Event.starts_at
            )
            .join(event_verbund, event_verbund.c.event_id == Event.id)
            .where(event_verbund.c.verbund_id.in_(ids), Event.status != "abgesagt")
            .order_by(Event.starts_at, Event.id)
        ).all()
        out: dict[int, list[_Event]] = {}
        for vid, title, kind, status, starts_at in rows:
            out.setdefault(vid, []).append(_Event(title, kind, status, starts_at))
        return out

    @staticmethod
    def _municipal(linked, members, t: HealthThresholds, today: date) -> HealthFactor:
        since = datetime.combine(months_back(today, t.event_months), time.min)
        until = datetime.combine(today, time.max)
        partners = [
            m.name
            for m in members
            if m.type_name in MUNICIPAL + CIVIL or m.role in ("Kommune", "Zivilgesellschaft")
        ]
        events = [e for e in linked if e.type in DIALOGUE_EVENTS and since <= e.starts_at <= until]
        problems = []
        if not partners:
            problems.append("keine Kommune und keine zivilgesellschaftliche Organisation dabei")
        if not events:
            problems.append(
                f"keine Informations- oder Dialogveranstaltung in den letzten "
                f"{t.event_months} Monaten"
            )
        met = not problems
        reason = (
            f"{partners[0]} ist dabei; zuletzt „{events[-1].title}“ am "
            f"{events[-1].starts_at:%d.%m.%Y}."
            if met
            else "Nicht erfüllt: " + "; ".join(problems) + "."
        )
        return HealthFactor(
            4,
            "Kommunen und Zivilgesellschaft eingebunden",
            met,
            reason,
            "Eine Kommune oder einen Verein als Partner aufnehmen und eine "
            "Informationsveranstaltung oder ein Dialogformat mit dem Verbund durchführen.",
            FIX_MEMBERS if not partners else FIX_EVENTS,
            tuple(partners) + tuple(f"{e.starts_at:%d.%m.%Y} {e.title}" for e in events),
            "Dabei",
        )

    @staticmethod
    def _young(linked, members) -> HealthFactor:
        schools = [m.name for m in members if m.type_name in SCHOOLS]
        formats = [e for e in linked if e.type == YOUTH_EVENT]
        met = bool(schools or formats)
        if formats:
            reason = f"Format für junge Menschen: „{formats[0].title}“ ({formats[0].status})."
        elif schools:
            reason = f"{schools[0]} ist Partner."
        else:
            reason = "Nicht erfüllt: kein Format für junge Menschen und keine Schule dabei."
        return HealthFactor(
            5,
            "Angebote für junge Menschen",
            met,
            reason,
            "Ein „Format für junge Menschen“ mit dem Verbund planen oder eine (Berufs-)Schule "
            "als Partner aufnehmen.",
            FIX_EVENTS if not schools else FIX_MEMBERS,
            tuple(schools) + tuple(e.title for e in formats),
            "Dabei",
        )

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
                if (text := self._funding(vb, t, today))
            ]

    @staticmethod
    def _funding(vb: Verbund, t: HealthThresholds, today: date) -> str:
        end = vb.funding_end
        if end is None or end < today or vb.phase in ("Verstetigung", "Beendet"):
            return ""
        horizon = months_back(today, -t.funding_warning_months)
        if end > horizon or vb.continuation_plan.strip():
            return ""
        return (
            f"Die Förderung endet am {end:%d.%m.%Y}, aber es gibt weder die Phase "
            "„Verstetigung“ noch einen Plan zur Verstetigung."
        )
