"""The list of inquiries: one query with everything a table row shows.

The number of an inquiry reads „A-2026-0042“: „A“, the year it was received and its
id (at least four digits). It is derived, never stored, so it needs no counter that
two coordinators could race for; ids keep growing across years, so a number is
unique, and :func:`parse_number` finds the inquiry from it again.

A row names a private inquirer only as „Ratsuchende/r“ with initials (lists must not
spread private names; the detail shows the name); a company by its name. The topics
come as one aggregated column of ids (mapped to names from the small topic table),
the referral count and the next open follow-up as correlated sub-queries on the
indexes: a list of 10,000 inquiries is one statement, no query per row (about 0,3 s
for all 10,000 on SQLite and PostgreSQL, a filtered list a few dozen ms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, and_, cast, func, or_, select
from sqlalchemy.orm import aliased

from wba_desktop.db.querying import text_filter
from wba_desktop.i18n import N_, _
from wba_desktop.models import Activity, Organisation, Person, Region
from wba_desktop.models.lotsen import Inquiry, OfferTopic, Referral, inquiry_topic, number_of
from wba_desktop.services.directory.person_rules import display_name
from wba_desktop.services.lotsen.status import COMPANY, FINAL

#: how a private inquirer is named in lists (German; read with ``_``)
INQUIRER_WORD = N_("Ratsuchende/r")
_NUMBER = re.compile(r"^\s*A?-?\s*(\d{4})-(\d+)\s*$", re.IGNORECASE)


def inquiry_number(inquiry_id: int, received_on: date | None) -> str:
    """„A-2026-0042“: year received and id (the rule lives with the model)."""
    return number_of(inquiry_id, received_on)


def parse_number(text: str) -> int | None:
    """The id in „A-2026-0042“ (or „2026-42“); None when ``text`` is no number."""
    m = _NUMBER.match(text or "")
    return int(m.group(2)) if m else None


def initials(first: str, last: str) -> str:
    """„M. S.“ for Maria Sommer ("" for no name)."""
    return " ".join(f"{p.strip()[0]}." for p in (first, last) if p and p.strip())


def inquirer_label(
    kind: str, org_name: str | None, first: str | None, last: str | None, anonymised: bool
) -> str:
    """Who asks, as a list shows it: the company's name, or „Ratsuchende/r M. S.“."""
    if kind == COMPANY:
        return org_name or _("Unternehmen (unbekannt)")
    if anonymised:
        return _("Ratsuchende/r (anonymisiert)")
    short = initials(first or "", last or "")
    word = _(INQUIRER_WORD)
    word = word[:1].upper() + word[1:]  # first in its cell („advice seeker“ in a sentence)
    return f"{word} {short}" if short else word


@dataclass(frozen=True)
class InquiryFilter:
    """What the list of inquiries is filtered by (None / "" : no restriction).
    ``text``: words in the company's name, the inquirer's name, the description, or an
    inquiry number („A-2026-0042“). ``open_only``: neither closed nor cancelled."""

    status: str | None = None
    topic_id: int | None = None
    region_id: int | None = None
    wba_region: str | None = None
    coordinator_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    open_only: bool = False
    #: the inquiries of one company (its organisation in the directory)
    organisation_id: int | None = None
    limit: int | None = None


@dataclass(frozen=True)
class InquiryRow:
    """One row of the list of inquiries (newest first)."""

    id: int
    number: str
    received_on: date
    channel: str
    inquirer_kind: str
    #: the company's name, or „Ratsuchende/r“ with initials
    inquirer: str
    organisation_id: int | None
    region_id: int
    district: str
    wba_region: str
    topic_ids: tuple[int, ...]
    #: the topic names, "; "-joined in the topics' order
    topics: str
    urgency: str
    status: str
    outcome: str
    closed_on: date | None
    coordinator_id: int | None
    coordinator: str
    referrals: int
    #: the earliest open follow-up of its referrals (None: none open)
    next_follow_up: date | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.status not in FINAL


def topic_names(session) -> dict[int, tuple[int, str]]:
    """topic id -> (sort order, name): the small table, read once per list."""
    rows = session.execute(select(OfferTopic.id, OfferTopic.sort_order, OfferTopic.name))
    return {i: (order, name) for i, order, name in rows}


def topics_text(ids: tuple[int, ...], names: dict[int, tuple[int, str]]) -> str:
    known = sorted((names[i] for i in ids if i in names), key=lambda t: (t[0], t[1]))
    return "; ".join(name for _order, name in known)


def _split_ids(text: str | None) -> tuple[int, ...]:
    return tuple(sorted({int(p) for p in (text or "").split(",") if p.strip()}))


def search_statement(flt: InquiryFilter):
    """The one SELECT behind :func:`rows` (also handy for counting in a benchmark)."""
    asker = aliased(Person)
    coord = aliased(Person)
    # correlated sub-queries, evaluated per listed row on the indexes (inquiry_topic's
    # key, referral.inquiry_id): cheap for a short filtered list and for all 10,000,
    # and no plan that aggregates whole tables before filtering
    topics = (
        select(func.aggregate_strings(cast(inquiry_topic.c.topic_id, String), ","))
        .where(inquiry_topic.c.inquiry_id == Inquiry.id)
        .scalar_subquery()
    )
    n_refs = (
        select(func.count(Referral.id)).where(Referral.inquiry_id == Inquiry.id).scalar_subquery()
    )
    next_due = (
        select(func.min(Activity.due_on))
        .join(Referral, Referral.activity_id == Activity.id)
        .where(Referral.inquiry_id == Inquiry.id, Activity.done_on.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(
            Inquiry.id,
            Inquiry.received_on,
            Inquiry.channel,
            Inquiry.inquirer_kind,
            Inquiry.organisation_id,
            Organisation.name.label("org_name"),
            asker.first_name.label("asker_first"),
            asker.last_name.label("asker_last"),
            asker.anonymised_on.label("asker_anonymised"),
            Inquiry.region_id,
            Region.name.label("district"),
            Region.wba_region,
            Inquiry.urgency,
            Inquiry.status,
            Inquiry.outcome,
            Inquiry.closed_on,
            Inquiry.coordinator_id,
            coord.title.label("coord_title"),
            coord.first_name.label("coord_first"),
            coord.last_name.label("coord_last"),
            topics.label("topic_ids"),
            n_refs.label("referrals"),
            next_due.label("next_due"),
            Inquiry.version,
        )
        .join(Region, Region.id == Inquiry.region_id)
        .outerjoin(Organisation, Organisation.id == Inquiry.organisation_id)
        .outerjoin(asker, asker.id == Inquiry.person_id)
        .outerjoin(coord, coord.id == Inquiry.coordinator_id)
    )
    stmt = stmt.where(*_conditions(flt, asker))
    stmt = stmt.order_by(Inquiry.received_on.desc(), Inquiry.id.desc())
    if flt.limit:
        stmt = stmt.limit(flt.limit)
    return stmt


def _conditions(flt: InquiryFilter, asker) -> list:
    conds = []
    if flt.status:
        conds.append(Inquiry.status == flt.status)
    if flt.open_only:
        conds.append(Inquiry.status.not_in(FINAL))
    if flt.topic_id is not None:
        chosen = select(inquiry_topic.c.inquiry_id).where(inquiry_topic.c.topic_id == flt.topic_id)
        conds.append(Inquiry.id.in_(chosen))
    if flt.region_id is not None:
        conds.append(Inquiry.region_id == flt.region_id)
    if flt.wba_region:
        conds.append(Region.wba_region == flt.wba_region)
    if flt.coordinator_id is not None:
        conds.append(Inquiry.coordinator_id == flt.coordinator_id)
    if flt.organisation_id is not None:
        conds.append(Inquiry.organisation_id == flt.organisation_id)
    if flt.date_from is not None:
        conds.append(Inquiry.received_on >= flt.date_from)
    if flt.date_to is not None:
        conds.append(Inquiry.received_on <= flt.date_to)
    text = (flt.text or "").strip()
    if text:
        number = parse_number(text)
        if number is not None:
            conds.append(Inquiry.id == number)
        else:
            conds.append(_text_condition(text, asker))
    return conds


def _text_condition(text: str, asker):
    """Every word in the company's or inquirer's name (folded) or in the description."""
    parts = []
    for word in text.split():
        folded = [
            c
            for c in (
                text_filter(func.coalesce(Organisation.search_key, ""), word),
                text_filter(func.coalesce(asker.search_key, ""), word),
            )
            if c is not None
        ]
        plain = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        parts.append(or_(*folded, func.lower(Inquiry.description).like(f"%{plain}%", escape="\\")))
    return and_(*parts)


def rows(session, flt: InquiryFilter) -> list[InquiryRow]:
    names = topic_names(session)
    topic_cache: dict[str | None, tuple[tuple[int, ...], str]] = {}
    coord_cache: dict[int | None, str] = {None: ""}
    out = []
    # Core rows, unpacked by position: named access and ORM row processing on 10,000
    # rows would cost more than the query itself
    for (
        iid,
        received_on,
        channel,
        kind,
        org_id,
        org_name,
        first,
        last,
        anonymised,
        region_id,
        district,
        wba_region,
        urgency,
        status,
        outcome,
        closed_on,
        coord_id,
        coord_title,
        coord_first,
        coord_last,
        topic_ids,
        referrals,
        next_due,
        version,
    ) in session.connection().execute(search_statement(flt)):
        topics = topic_cache.get(topic_ids)
        if topics is None:
            ids = _split_ids(topic_ids)
            topics = topic_cache[topic_ids] = (ids, topics_text(ids, names))
        coordinator = coord_cache.get(coord_id)
        if coordinator is None:
            coordinator = coord_cache[coord_id] = display_name(
                coord_title or "", coord_first or "", coord_last or ""
            )
        out.append(
            InquiryRow(
                iid,
                inquiry_number(iid, received_on),
                received_on,
                channel,
                kind,
                inquirer_label(kind, org_name, first, last, anonymised is not None),
                org_id,
                region_id,
                district,
                wba_region,
                topics[0],
                topics[1],
                urgency,
                status,
                outcome,
                closed_on,
                coord_id,
                coordinator,
                int(referrals or 0),
                next_due,
                version,
            )
        )
    return out
