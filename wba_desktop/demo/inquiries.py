"""Demo inquiries of the Lotsen desk: about 400 over the last 18 months (the large demo
proportionally more), so the report, the map's mode „Anfragen“, the matching and the
start page's follow-ups show something real on the first start.

Every district, channel, kind of inquirer, topic, urgency and status appears, closed
inquiries with every outcome. Each inquiry has 0–3 referrals to plausible partners:
active organisations of a kind that helps with the topic (``inquiries_catalogue``),
seated in the district or covering it (``organisation_coverage``), preferring those
that offer the topic when offers exist. Dates are consistent (referral ≥ inquiry,
answer and outcome ≥ referral, closing ≥ outcome, nothing after today), every step
is an ``inquiry_change`` row, and every referral an activity „Vermittlung“ in the
partner's contact history carrying its follow-up (done for finished ones; open and
overdue for some). Coordinators are the (invented) people working at our agency (the
demo names „Weiterbildungsagentur Nord“ as our own organisation unless one is set;
invented colleagues are added when it has fewer than two). Private inquirers are
people marked ``inquirer`` with invented names, a legal basis and the source
„Anfrage …“; companies come from the directory.

Closed inquiries older than the anonymisation period keep their inquirers here: the
app's automatic anonymisation handles them at the first start, as it would in use.
Rows are written with Core ``executemany`` and explicit ids (one pass, no per-row
queries).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select, text

from wba_desktop import models as m
from wba_desktop.demo import inquiries_catalogue as cat
from wba_desktop.demo.directory import _fold_parts, _sorted
from wba_desktop.demo.inquiries_build import Builder
from wba_desktop.models.lotsen import (
    Inquiry,
    InquiryChange,
    OfferTopic,
    OrganisationOffer,
    Referral,
    inquiry_topic,
)
from wba_desktop.services.shared_settings import OWN_ORGANISATION

REFERRAL_ACTIVITY = "Vermittlung"
FOLLOW_UP_DAYS = 14
CONSENT_PURPOSE = "Rückfragen zur Anfrage"
#: statuses every demo has at least once (then the outcomes of closed ones)
_FORCED = ("neu", "in Klärung", "vermittelt", "abgebrochen", *(("abgeschlossen",) * 5))


def _pick(rng: random.Random, weighted) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


class _Ids:
    """The next free id per table (the demo writes ids itself)."""

    def __init__(self, session) -> None:
        self._next = {}
        for model in (m.Person, Inquiry, Referral, m.Activity, m.Affiliation):
            self._next[model] = (session.scalar(select(func.max(model.id))) or 0) + 1

    def __call__(self, model) -> int:
        n = self._next[model]
        self._next[model] = n + 1
        return n


class _Partners:
    """Plausible partners per district and topic, found once."""

    def __init__(self, session, own_id: int) -> None:
        orgs = session.execute(
            select(m.Organisation.id, m.OrganisationType.name, m.Organisation.region_id)
            .join(m.OrganisationType, m.OrganisationType.id == m.Organisation.type_id)
            .where(m.Organisation.active.is_(True), m.Organisation.id != own_id)
        ).all()
        kind_of = {oid: kind for oid, kind, _r in orgs}
        serves: dict[int, set[int]] = defaultdict(set)
        for oid, _kind, rid in orgs:
            if rid is not None:
                serves[rid].add(oid)
        cov = m.organisation_coverage
        for oid, rid in session.execute(select(cov.c.organisation_id, cov.c.region_id)):
            if oid in kind_of:
                serves[rid].add(oid)
        self.offers: dict[str, set[int]] = defaultdict(set)
        for oid, topic in session.execute(
            select(OrganisationOffer.organisation_id, OfferTopic.name).join(
                OfferTopic, OfferTopic.id == OrganisationOffer.topic_id
            )
        ):
            self.offers[topic].add(oid)
        self._by = {
            rid: self._group(sorted(ids), kind_of) for rid, ids in serves.items()
        }  # per district: kind -> ids
        self._cache: dict[tuple[int, str], list[int]] = {}

    @staticmethod
    def _group(ids: list[int], kind_of: dict[int, str]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for oid in ids:
            out[kind_of[oid]].append(oid)
        return out

    def candidates(self, region_id: int, topic: str) -> list[int]:
        key = (region_id, topic)
        found = self._cache.get(key)
        if found is None:
            kinds = self._by.get(region_id, {})
            found = [o for k in cat.PARTNER_KINDS.get(topic, cat.FALLBACK_KINDS)
                     for o in kinds.get(k, ())]  # fmt: skip
            if not found:
                found = [o for k in cat.FALLBACK_KINDS for o in kinds.get(k, ())]
            offering = [o for o in found if o in self.offers.get(topic, ())]
            found = offering or found
            self._cache[key] = found
        return found


def _own_agency(session) -> int | None:
    """Our agency's organisation: the one set, else the demo's Weiterbildungsagentur
    (then set as ours)."""
    row = session.get(m.AppSetting, OWN_ORGANISATION)
    if row is not None:
        value = json.loads(row.value)
        if isinstance(value, int) and session.get(m.Organisation, value) is not None:
            return value
    own = session.scalar(select(m.Organisation.id).where(m.Organisation.name == cat.OWN_AGENCY))
    if own is None:
        return None
    if row is None:
        session.add(m.AppSetting(key=OWN_ORGANISATION, value=json.dumps(own)))
    else:
        row.value = json.dumps(own)
    return own


def _coordinators(session, ids: _Ids, own_id: int, today: date) -> list[tuple[int, str]]:
    """The people working at our agency now (primary, not ended), the invented
    colleagues of the catalogue when it has fewer than two."""
    staff = session.execute(
        select(m.Person.id, m.Person.first_name, m.Person.last_name)
        .join(m.Affiliation, m.Affiliation.person_id == m.Person.id)
        .where(
            m.Affiliation.organisation_id == own_id,
            m.Affiliation.is_primary.is_(True),
            m.Affiliation.valid_until.is_(None),
            m.Person.active.is_(True),
        )
        .order_by(m.Person.id)
    ).all()
    if len(staff) >= 2:
        return [(pid, f"{first} {last}".strip()) for pid, first, last in staff]
    people, links = [], []
    for first, last, salutation, function in cat.COORDINATORS:
        pid = ids(m.Person)
        email = f"{first.lower()}.{last.lower()}@wba-nord.example"
        people.append({
            "id": pid, "salutation": salutation, "first_name": first, "last_name": last,
            "email": email, "phone": f"+49 391 555180{len(people)}",
            "legal_basis": "Vertrag", "data_source": "Mitarbeitende der Agentur",
            "informed_on": today - timedelta(days=400), "inquirer": False,
            "search_key": _fold_parts(first, last, email), "sort_key": _sorted(last, first),
        })  # fmt: skip
        links.append({
            "id": ids(m.Affiliation), "person_id": pid, "organisation_id": own_id,
            "function": function, "department": "Lotsenfunktion", "is_primary": True,
        })  # fmt: skip
    session.execute(insert(m.Person.__table__), people)
    session.execute(insert(m.Affiliation.__table__), links)
    return [(p["id"], f"{p['first_name']} {p['last_name']}") for p in people]


def _companies(session) -> tuple[dict[int, list[tuple[int, int | None]]], list]:
    """Active companies per district with one contact person each (or None)."""
    first_contact = (
        select(m.Affiliation.organisation_id, func.min(m.Affiliation.person_id).label("pid"))
        .group_by(m.Affiliation.organisation_id)
        .subquery()
    )
    rows = session.execute(
        select(m.Organisation.id, m.Organisation.region_id, first_contact.c.pid)
        .join(m.OrganisationType, m.OrganisationType.id == m.Organisation.type_id)
        .outerjoin(first_contact, first_contact.c.organisation_id == m.Organisation.id)
        .where(m.OrganisationType.name == "Unternehmen", m.Organisation.active.is_(True))
        .order_by(m.Organisation.id)
    ).all()
    by_region: dict[int, list] = defaultdict(list)
    for oid, rid, pid in rows:
        by_region[rid].append((oid, pid))
    return by_region, [(oid, pid) for oid, _rid, pid in rows]


def count_for(size_factor: float) -> int:
    """How many inquiries: 400 for the small demo, proportionally more for a larger one
    up to ``LARGE_CAP`` (the four agencies of the state: a state-wide directory does
    not make more people call; and the large build stays within 10 % more time)."""
    return min(cat.LARGE_CAP, max(cat.SMALL, round(cat.SMALL * size_factor)))


def add_demo_inquiries(
    session, rng: random.Random, today: date, size_factor: float = 1.0, user_name: str = ""
) -> int:
    """Write the demo inquiries (``count_for(size_factor)``); returns how many."""
    own_id = _own_agency(session)
    if own_id is None:
        return 0
    ids = _Ids(session)
    regions = list(session.execute(select(m.Region.id, m.Region.ags).order_by(m.Region.ags)))
    topics = dict(session.execute(select(OfferTopic.name, OfferTopic.id)).all())
    purpose = session.scalar(
        select(m.ConsentPurpose.id).where(m.ConsentPurpose.name == CONSENT_PURPOSE)
    )
    b = Builder(
        rng, today, ids, regions, topics,
        partners=_Partners(session, own_id),
        coordinators=_coordinators(session, ids, own_id, today),
        companies=_companies(session),
        purpose_id=purpose,
        user_name=user_name,
    )  # fmt: skip
    n = count_for(size_factor)
    for i in range(n):
        b.inquiry(i, _FORCED[i] if i < len(_FORCED) else None)
    b.anonymise_retired()
    stamp = datetime.combine(today, time(9))
    for table, rows in (
        (m.Person.__table__, b.people),
        (Inquiry.__table__, b.inquiries),
        (inquiry_topic, b.topics),
        (m.Activity.__table__, b.activities),
        (Referral.__table__, b.referrals),
        (InquiryChange.__table__, b.changes),
        (m.ConsentEvent.__table__, b.consents),
    ):
        for start in range(0, len(rows), 5000):
            chunk = rows[start : start + 5000]
            if table is not inquiry_topic and "created_at" in table.c:
                for row in chunk:
                    row.setdefault("created_at", stamp)
                    row.setdefault("updated_at", stamp)
            session.execute(insert(table), chunk)
    if session.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences
        for table in ("person", "affiliation", "inquiry", "referral", "activity"):
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT MAX(id) FROM {table}))"))  # fmt: skip
    return n
