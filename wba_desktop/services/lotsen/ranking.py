"""The ranking of the Lotsen desk's matching: plain candidate records in, ranked
:class:`Match` es with their reasons in German out. No database here, so the weights
can be tested on small fixed data; :mod:`.matching` fetches the candidates.

A candidate is a partner organisation offering at least one of the inquiry's topics.
Its score is the sum of these parts (the weights are the constants below):

- **topics** (``TOPIC``, up to 40): the share of the inquiry's topics the partner offers;
- **target group** (``GROUP``, −15 … +15 on average over the offered topics): an offer
  naming the inquirer's group fits fully, an offer for everyone (no group) half, an
  offer „für KMU“ for a company of unknown size half, an offer only for other groups
  counts against it;
- **district** (``COVER``, 40): the offer serves the inquirer's district: its districts
  if it names some, else the organisation's seat and coverage („Zuständigkeit“);
- **network** (``VIA``, 20): only when no candidate serves the district: the partner is
  one step away in the relation network from an organisation seated in or covering it,
  which can introduce the inquirer (``via``); so such partners stay below serving ones;
- **kind** (``KIND_WEIGHTS``, at most 5): the first address for the inquirer — for
  employees the Agentur für Arbeit's career advice, trade unions and training providers;
  for job seekers the Agentur für Arbeit and the Jobcenter; for companies the chambers,
  the Agentur für Arbeit's employer service and the employers' and trade associations;
- **past outcomes** (``HISTORY``, −15 … +15): the smoothed success rate of finished
  referrals on these topics (an outcome recorded, or declined), (s+1)/(n+2) around one
  half, so a few referrals move it little and many move it much;
- **acquaintance** (``RELATION`` 5 for a current relation with our own agency, plus
  ``CONTACT`` 1 per contact in the last 12 months, at most ``CONTACTS_CAP``).

Ties are broken by name (folded), then id: the order is deterministic.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from wba_desktop.i18n import N_, _, ngettext
from wba_desktop.models.lotsen import INQUIRER_KINDS
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import search_key, sort_key
from wba_desktop.vocab import label

TOPIC = 40.0
GROUP = 15.0
COVER = 40.0
VIA = 20.0
HISTORY = 15.0
RELATION = 5.0
CONTACT = 1.0
CONTACTS_CAP = 5

EMPLOYEE, JOB_SEEKER, COMPANY = INQUIRER_KINDS
#: the target group(s) an inquirer kind belongs to (KMU added by the company's size)
GROUPS_OF_KIND = {EMPLOYEE: "Beschäftigte", JOB_SEEKER: "Arbeitsuchende", COMPANY: "Unternehmen"}
KMU = "KMU"

#: inquirer kind -> {organisation kind (folded name): weight}; kinds not named: 0
KIND_WEIGHTS: dict[str, dict[str, float]] = {
    EMPLOYEE: {
        "agentur fuer arbeit": 5,
        "gewerkschaft": 4,
        "weiterbildungstraeger": 3,
        "kammer (ihk)": 2,
        "kammer (hwk)": 2,
        "jobcenter": 1,
    },
    JOB_SEEKER: {
        "jobcenter": 5,
        "agentur fuer arbeit": 5,
        "weiterbildungstraeger": 3,
        "verein / zivilgesellschaft": 1,
    },
    COMPANY: {
        "kammer (ihk)": 5,
        "kammer (hwk)": 5,
        "agentur fuer arbeit": 4,
        "arbeitgeberverband": 3,
        "fach-/branchenverband oder innung": 3,
        "wirtschaftsfoerderung": 3,
        "weiterbildungstraeger": 2,
    },
}
#: the reason that a kind of organisation suits the inquirers of a kind (a sentence per
#: kind of inquirer: the English of „für Unternehmen“ is not the vocabulary's word)
FIRST_ADDRESS = {
    EMPLOYEE: N_("als {kind} eine erste Adresse für Beschäftigte"),
    JOB_SEEKER: N_("als {kind} eine erste Adresse für Arbeitsuchende"),
    COMPANY: N_("als {kind} eine erste Adresse für Unternehmen"),
}


@dataclass(frozen=True)
class Match:
    """One partner proposed for an inquiry, with the reasons in words."""

    organisation_id: int
    name: str
    kind: str
    district: str
    score: float
    reasons: tuple[str, ...]
    #: the organisation in or for the district that can introduce the inquirer
    via_id: int | None = None
    via_name: str = ""
    contact_person_id: int | None = None
    contact_name: str = ""


@dataclass(frozen=True)
class Request:
    """What the inquiry asks for, as the ranking needs it."""

    district: str
    topics: tuple[str, ...]  # names, in the inquiry's order
    inquirer_kind: str
    #: the company is a KMU: True, it is not: False, unknown (or no company): None
    kmu: bool | None = None

    @cached_property
    def groups(self) -> frozenset[str]:
        """The target groups an offer may name to fit this inquirer."""
        group = GROUPS_OF_KIND.get(self.inquirer_kind)
        found = {group} if group else set()
        if self.inquirer_kind == COMPANY and self.kmu:
            found.add(KMU)
        return frozenset(found)


class Offered(NamedTuple):
    """One of the candidate's offers on a topic of the inquiry (a tuple: thousands are
    made per ranking)."""

    topic: str
    target_groups: tuple[str, ...] = ()  # empty: everyone
    covers: bool = False  # serves the inquirer's district
    own_districts: bool = False  # the offer names its districts (not seat + coverage)


class Candidate(NamedTuple):
    """A partner offering at least one of the inquiry's topics, with what we know (a
    tuple, like :class:`Offered`)."""

    organisation_id: int
    name: str
    kind: str
    district: str  # the seat's district ("" unknown)
    offers: tuple[Offered, ...]
    by_seat: bool = False  # seated in the inquirer's district
    finished: int = 0  # finished referrals on these topics (outcome or declined)
    successes: int = 0  # ... of which successful
    relation: str = ""  # the type of a current relation with our agency
    contacts: int = 0  # contacts in the last 12 months
    via_id: int | None = None
    via_name: str = ""
    via_how: str = ""  # „Sitz in Harz“ / „zuständig für Harz“
    contact_person_id: int | None = None
    contact_name: str = ""

    @property
    def covers(self) -> bool:
        return any(o.covers for o in self.offers)


def group_fit(offered: Offered, request: Request) -> float:
    """1 the offer names the inquirer's group, 0.5 it is open to everyone (or „für KMU“
    and the company's size is unknown), −1 it is only for other groups."""
    if not offered.target_groups:
        return 0.5
    if not request.groups.isdisjoint(offered.target_groups):
        return 1.0
    if request.inquirer_kind == COMPANY and request.kmu is None and KMU in offered.target_groups:
        return 0.5
    return -1.0


def kind_weight(kind: str, request: Request) -> float:
    return float(KIND_WEIGHTS.get(request.inquirer_kind, {}).get(search_key(kind), 0))


def history_points(finished: int, successes: int) -> float:
    """−HISTORY … +HISTORY from ``successes`` among ``finished`` referrals."""
    if finished <= 0:
        return 0.0
    rate = (successes + 1) / (finished + 2)
    return HISTORY * 2 * (rate - 0.5)


def score(c: Candidate, request: Request) -> float:
    """The candidate's score (see the module's docstring for the parts)."""
    return Scorer(request)(c)


class Scorer:
    """:func:`score` for many candidates of one request: the parts that depend only on
    the offers (shared records) and on the kind are computed once each."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.asked = frozenset(request.topics)
        self._offers: dict[tuple[Offered, ...], tuple[float, bool]] = {}
        self._kinds: dict[str, float] = {}

    def offer_points(self, offers: tuple[Offered, ...]) -> tuple[float, bool]:
        """(topic, target group and district points, serves the district)."""
        found = self._offers.get(offers)
        if found is None:
            offered = [o for o in offers if o.topic in self.asked]
            if not offered:
                found = (0.0, False)
            else:
                covers = any(o.covers for o in offers)
                points = TOPIC * len({o.topic for o in offered}) / len(self.asked)
                points += GROUP * sum(group_fit(o, self.request) for o in offered) / len(offered)
                found = (points + (COVER if covers else 0.0), covers)
            self._offers[offers] = found
        return found

    def __call__(self, c: Candidate) -> float:
        return self.points(
            c.offers, c.kind, c.via_id, c.finished, c.successes, c.relation, c.contacts
        )

    def points(
        self,
        offers: tuple[Offered, ...],
        kind: str,
        via_id: int | None,
        finished: int,
        successes: int,
        relation: str,
        contacts: int,
    ) -> float:
        """The score from a candidate's plain values (for callers that have not made
        the record yet); the same as calling the scorer with the record."""
        total, covers = self.offer_points(offers)
        if not total and not covers:
            return 0.0
        if not covers and via_id is not None:
            total += VIA
        weight = self._kinds.get(kind)
        if weight is None:
            weight = self._kinds[kind] = kind_weight(kind, self.request)
        total += weight
        if finished:
            total += history_points(finished, successes)
        if relation:
            total += RELATION
        if contacts:
            total += CONTACT * min(contacts, CONTACTS_CAP)
        return round(total, 2)


def reasons(c: Candidate, request: Request) -> tuple[str, ...]:
    """Why the candidate is proposed (or lower), in the language in use (topics, names
    and districts as stored)."""
    out = [_offer_reason(c, request)]
    district = request.district
    serving = [o for o in c.offers if o.covers]
    if serving:
        if c.by_seat and not any(o.own_districts for o in serving):
            out.append(_("Sitz in {district}").format(district=district))
        else:
            out.append(_("zuständig für {district}").format(district=district))
    elif c.district:
        out.append(
            _("nicht zuständig für {district} (Sitz in {seat})").format(
                district=district, seat=c.district
            )
        )
    else:
        out.append(_("nicht zuständig für {district}").format(district=district))
    if not serving and c.via_id is not None:
        if c.via_how:
            how = c.via_how  # made in the language in use (``MatchingService._vias``)
            out.append(_("über {name} ({how}) erreichbar").format(name=c.via_name, how=how))
        else:
            out.append(_("über {name} erreichbar").format(name=c.via_name))
    if kind_weight(c.kind, request) >= 4:
        out.append(_(FIRST_ADDRESS[request.inquirer_kind]).format(kind=label(c.kind)))
    if c.finished:
        n = c.finished
        done = (
            ngettext(
                "{successes} von {n} Vermittlung zu diesem Thema erfolgreich",
                "{successes} von {n} Vermittlungen zu diesem Thema erfolgreich",
                n,
            )
            if len(request.topics) == 1
            else ngettext(
                "{successes} von {n} Vermittlung zu diesen Themen erfolgreich",
                "{successes} von {n} Vermittlungen zu diesen Themen erfolgreich",
                n,
            )
        )
        out.append(done.format(successes=fmt.integer(c.successes), n=fmt.integer(n)))
    known = []
    if c.relation:
        relation = label(c.relation)
        known.append(_("im Netzwerk mit uns verbunden ({relation})").format(relation=relation))
    if c.contacts:
        contacts = fmt.count(c.contacts, N_("Kontakt"), N_("Kontakte"))
        known.append(_("{contacts} in den letzten 12 Monaten").format(contacts=contacts))
    if known:
        out.append(_("bekannter Partner: {known}").format(known=", ".join(known)))
    return tuple(out)


def _offer_reason(c: Candidate, request: Request) -> str:
    """„bietet Förderberatung Qualifizierungschancengesetz für KMU“; an offer for other
    groups says so: „bietet Umschulung (nur für Arbeitsuchende)“."""
    order = {t: i for i, t in enumerate(request.topics)}
    offered = sorted((o for o in c.offers if o.topic in order), key=lambda o: order[o.topic])
    parts = []
    for o in offered:
        fit = group_fit(o, request)
        if not o.target_groups:
            parts.append(o.topic)
        elif fit > 0:
            fitting = [g for g in o.target_groups if g in request.groups] or [KMU]
            groups = fmt.listing([label(g) for g in fitting])
            parts.append(_("{topic} für {groups}").format(topic=o.topic, groups=groups))
        else:
            groups = fmt.listing([label(g) for g in o.target_groups])
            parts.append(_("{topic} (nur für {groups})").format(topic=o.topic, groups=groups))
    return _("bietet {offers}").format(offers=fmt.listing(parts))


def rank(candidates: Iterable[Candidate], request: Request, limit: int = 20) -> list[Match]:
    """The ``limit`` best candidates as matches: score descending, then name, then id.
    Only the best (and those tied with the last of them) are sorted by name, and the
    reasons are written only for those returned: thousands of candidates stay cheap."""
    scorer = Scorer(request)
    scored = [(scorer(c), c) for c in candidates]
    if len(scored) > limit > 0:
        cut = heapq.nlargest(limit, (s for s, _c in scored))[-1]
        scored = [sc for sc in scored if sc[0] >= cut]
    scored.sort(key=lambda sc: (-sc[0], sort_key(sc[1].name), sc[1].organisation_id))
    return [
        Match(
            organisation_id=c.organisation_id,
            name=c.name,
            kind=c.kind,
            district=c.district,
            score=s,
            reasons=reasons(c, request),
            via_id=c.via_id,
            via_name=c.via_name,
            contact_person_id=c.contact_person_id,
            contact_name=c.contact_name,
        )
        for s, c in scored[: max(limit, 0)]
    ]
