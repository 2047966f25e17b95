"""The rules of the Verbund health check: the five success factors of DOMAIN.md and the
funding warning, each computed from plain data (members, advised companies, linked
events, thresholds), met or not, why, and what would meet it. No database here:
``health`` loads the data and applies these rules.

Kinds of organisation are matched by name (they are editable in the app; the names
are those the app ships).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Verbund
from wba_desktop.text import format as fmt
from wba_desktop.vocab import label as vocab_label

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
            errors["agreement_share"] = _("Anteil Vereinbarungen: Bitte 1 bis 100 % wählen.")
        for attr, label in (
            ("advice_months", _("Beratungen")),
            ("event_months", _("Veranstaltungen")),
            ("funding_warning_months", _("Förderende")),
        ):
            if not 1 <= getattr(self, attr) <= 60:
                errors[attr] = _("{label}: Bitte 1 bis 60 Monate wählen.").format(label=label)
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
class Member:
    """A current member of a Verbund, as the rules see it."""

    organisation_id: int
    name: str
    type_name: str
    role: str
    commitment: str


@dataclass(frozen=True)
class LinkedEvent:
    """An event of the Verbund (not cancelled), as the rules see it."""

    title: str
    type: str
    status: str
    starts_at: datetime


def member_companies(members: list[Member]) -> dict[int, str]:
    """Member companies (kind "Unternehmen" or role "Mitgliedsunternehmen") by id."""
    return {
        m.organisation_id: m.name
        for m in members
        if m.type_name == COMPANY or m.role == "Mitgliedsunternehmen"
    }


def binding_rules(vb: Verbund, members: list[Member], t: HealthThresholds) -> HealthFactor:
    """Factor 1: the coordination and enough members signed the agreement."""
    title = _("Verbindliche Regeln (Kooperationsvereinbarung)")
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
        problems.append(_("keine Koordination unter den Mitgliedern"))
    elif not coord_signed:
        problems.append(_("die Koordination hat nicht unterzeichnet"))
    if not others:
        problems.append(_("noch keine weiteren Mitglieder"))
    elif share < t.agreement_share:
        problems.append(
            _("nur {n_signed} von {others} Mitgliedern haben unterzeichnet").format(
                n_signed=fmt.integer(n_signed), others=fmt.integer(len(others))
            )
        )
    met = not problems
    reason = (
        _(
            "Koordination und {n_signed} von {others} Mitgliedern "
            "haben die "
            "Kooperationsvereinbarung unterzeichnet."
        ).format(n_signed=fmt.integer(n_signed), others=fmt.integer(len(others)))
        if met
        else _("Nicht erfüllt: ") + "; ".join(problems) + "."
    )
    missing = tuple(m.name for m in coord + others if m.commitment != signed)
    return HealthFactor(
        1,
        title,
        met,
        reason,
        _(
            "Kooperationsvereinbarung von der Koordination und mindestens {need} der "
            "Mitglieder unterzeichnen lassen und bei den Mitgliedern eintragen."
        ).format(need=need),
        FIX_MEMBERS,
        missing,
        _("Noch ohne unterzeichnete Vereinbarung"),
    )


def advice(advised_all: set[int], members, t: HealthThresholds, today: date) -> HealthFactor:
    """Factor 2: a member company was advised within the window."""
    since = months_back(today, t.advice_months)
    companies = member_companies(members)
    advised = {o for o in companies if o in advised_all}
    met = bool(advised)
    if met:
        reason = _(
            "{advised} von {companies} Mitgliedsunternehmen wurden seit dem {since} beraten."
        ).format(
            advised=fmt.integer(len(advised)),
            companies=fmt.integer(len(companies)),
            since=fmt.day(since),
        )
    elif not companies:
        reason = _("Nicht erfüllt: Der Verbund hat noch keine Mitgliedsunternehmen.")
    else:
        reason = _(
            "Nicht erfüllt: Keine Beratung eines Mitgliedsunternehmens seit dem {since}."
        ).format(since=fmt.day(since))
    return HealthFactor(
        2,
        _("Individuelle Beratung der Unternehmen"),
        met,
        reason,
        _(
            "Beratungen mit Mitgliedsunternehmen in der Kontakthistorie erfassen (Art "
            "„Beratung“, in den letzten {advice_months} Monaten)."
        ).format(advice_months=t.advice_months),
        FIX_ACTIVITIES,
        tuple(n for i, n in companies.items() if i not in advised),
        _("Noch nicht beraten"),
    )


def network(members: list[Member]) -> HealthFactor:
    """Factor 3: labour agency, chamber, social partner and training provider take part."""
    groups = (
        (_("Agentur für Arbeit oder Jobcenter"), LABOUR, ()),
        (_("Kammer (IHK oder HWK)"), CHAMBERS, ()),
        (_("Sozialpartner (Gewerkschaft oder Arbeitgeberverband)"), SOCIAL_PARTNERS, ()),
        (_("Weiterbildungsträger"), TRAINING, ("Weiterbildungsträger",)),
    )
    present, missing = [], []
    for label, types, roles in groups:
        hit = [m.name for m in members if m.type_name in types or m.role in roles]
        (present if hit else missing).append(label if not hit else f"{label}: {hit[0]}")
    met = not missing
    return HealthFactor(
        3,
        _("Starkes regionales Netzwerk"),
        met,
        _("Alle vier Arten von Partnern sind dabei.")
        if met
        else _("Nicht erfüllt: Es fehlt ") + ", ".join(missing) + ".",
        _(
            "Fehlende Partner aus dem Verzeichnis oder dem Netzwerk als Mitglied oder "
            "strategischen Partner aufnehmen: "
        )
        + (", ".join(missing) or "–")
        + ".",
        FIX_MEMBERS,
        tuple(present),
        _("Dabei"),
    )


def municipal(linked, members, t: HealthThresholds, today: date) -> HealthFactor:
    """Factor 4: a municipality or civil society partner and a recent dialogue event."""
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
        problems.append(_("keine Kommune und keine zivilgesellschaftliche Organisation dabei"))
    if not events:
        problems.append(
            _(
                "keine Informations- oder Dialogveranstaltung in den letzten {event_months} Monaten"
            ).format(event_months=t.event_months)
        )
    met = not problems
    reason = (
        _("{partners} ist dabei; zuletzt „{title}“ am {starts_at:%d.%m.%Y}.").format(
            partners=partners[0], title=events[-1].title, starts_at=events[-1].starts_at
        )
        if met
        else _("Nicht erfüllt: ") + "; ".join(problems) + "."
    )
    return HealthFactor(
        4,
        _("Kommunen und Zivilgesellschaft eingebunden"),
        met,
        reason,
        _(
            "Eine Kommune oder einen Verein als Partner aufnehmen und eine "
            "Informationsveranstaltung oder ein Dialogformat mit dem Verbund durchführen."
        ),
        FIX_MEMBERS if not partners else FIX_EVENTS,
        tuple(partners) + tuple(f"{e.starts_at:%d.%m.%Y} {e.title}" for e in events),
        _("Dabei"),
    )


def young_people(linked, members) -> HealthFactor:
    """Factor 5: a format for young people or a school as partner."""
    schools = [m.name for m in members if m.type_name in SCHOOLS]
    formats = [e for e in linked if e.type == YOUTH_EVENT]
    met = bool(schools or formats)
    if formats:
        reason = _("Format für junge Menschen: „{title}“ ({status}).").format(
            title=formats[0].title, status=vocab_label(formats[0].status)
        )
    elif schools:
        reason = _("{schools} ist Partner.").format(schools=schools[0])
    else:
        reason = _("Nicht erfüllt: kein Format für junge Menschen und keine Schule dabei.")
    return HealthFactor(
        5,
        _("Angebote für junge Menschen"),
        met,
        reason,
        _(
            "Ein „Format für junge Menschen“ mit dem Verbund planen oder eine (Berufs-)Schule "
            "als Partner aufnehmen."
        ),
        FIX_EVENTS if not schools else FIX_MEMBERS,
        tuple(schools) + tuple(e.title for e in formats),
        _("Dabei"),
    )


def funding_warning(vb: Verbund, t: HealthThresholds, today: date) -> str:
    """The warning when funding ends soon without Verstetigung ("" when none)."""
    end = vb.funding_end
    if end is None or end < today or vb.phase in ("Verstetigung", "Beendet"):
        return ""
    horizon = months_back(today, -t.funding_warning_months)
    if end > horizon or vb.continuation_plan.strip():
        return ""
    return _(
        "Die Förderung endet am {end:%d.%m.%Y}, aber es gibt weder die Phase "
        "„Verstetigung“ noch einen Plan zur Verstetigung."
    ).format(end=end)
