"""``LotsenReportService`` (``services.lotsen_report``): the Lotsen desk in numbers.

Inquiries received in a period (optionally of one WBA region or one district) and the
referrals of those inquiries, per month, topic, district, WBA region, channel and
outcome; partners by referrals received and success rate (``SUCCESSES`` among the
referrals with an outcome); the median days from an inquiry to its first referral
and to its outcome. A handful of grouped queries whatever the size (dates are
grouped by day in SQL and by month here, which works the same on SQLite and
PostgreSQL). The result is :class:`InquiryReport` (plain values), which the chart
(``charts.lotsen``) and the ministry's workbook (``exchange.inquiry_report``) take.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import median

from sqlalchemy import and_, func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ValidationError
from wba_desktop.exchange.inquiry_report_data import (
    CANCELLED_ROW,
    NO_OUTCOME,
    STILL_OPEN,
    CountRow,
    InquiryReport,
    MonthRow,
    PartnerRow,
)
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, OrganisationType, Region
from wba_desktop.models.lotsen import (
    ACCEPTED,
    CANCELLED,
    CHANNELS,
    CLOSED,
    DECLINED,
    OUTCOMES,
    STATUSES,
    SUCCESSES,
    Inquiry,
    OfferTopic,
    Referral,
    inquiry_topic,
)


@dataclass(frozen=True)
class ReportFilter:
    """The period (both days included) and an optional WBA region or district."""

    date_from: date
    date_to: date
    wba_region: str | None = None
    region_id: int | None = None


class LotsenReportService:
    """Counts for the report tab, the chart and the ministry's workbook."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def report(
        self,
        date_from: date,
        date_to: date,
        wba_region: str | None = None,
        region_id: int | None = None,
    ) -> InquiryReport:
        """The report for inquiries received from ``date_from`` to ``date_to``.

        Raises ``ValidationError`` (German, by field) for a period ending before it
        starts, an unknown WBA region or an unknown district."""
        f = ReportFilter(date_from, date_to, wba_region or None, region_id)
        if f.date_from > f.date_to:
            raise ValidationError(
                {
                    "date_from": _(
                        "Der Zeitraum beginnt nach seinem Ende: „von“ muss vor „bis“ liegen."
                    )
                }
            )
        with self._uow() as uow:
            conn = uow.session.connection()
            regions = {
                rid: (name, wba)
                for rid, name, wba in conn.execute(
                    select(Region.id, Region.name, Region.wba_region)
                )
            }
            filters = _check_filter(f, regions)
            where = _inquiry_where(f)
            inquiries = conn.execute(
                select(
                    Inquiry.received_on,
                    Inquiry.status,
                    Inquiry.outcome,
                    Inquiry.channel,
                    Inquiry.region_id,
                    func.count(Inquiry.id),
                )
                .join(Region, Region.id == Inquiry.region_id)
                .where(where)
                .group_by(
                    Inquiry.received_on,
                    Inquiry.status,
                    Inquiry.outcome,
                    Inquiry.channel,
                    Inquiry.region_id,
                )
            ).all()
            referrals = conn.execute(
                select(
                    Inquiry.received_on,
                    Inquiry.channel,
                    Inquiry.region_id,
                    Referral.outcome,
                    func.count(Referral.id),
                )
                .join(Inquiry, Inquiry.id == Referral.inquiry_id)
                .join(Region, Region.id == Inquiry.region_id)
                .where(where)
                .group_by(Inquiry.received_on, Inquiry.channel, Inquiry.region_id, Referral.outcome)
            ).all()
            topics = _topic_counts(conn, where)
            partners = _partners(conn, where)
            timing = conn.execute(
                select(
                    Inquiry.received_on,
                    Inquiry.closed_on,
                    Inquiry.outcome,
                    func.min(Referral.referred_on),
                )
                .join(Region, Region.id == Inquiry.region_id)
                .outerjoin(Referral, Referral.inquiry_id == Inquiry.id)
                .where(where)
                .group_by(Inquiry.id, Inquiry.received_on, Inquiry.closed_on, Inquiry.outcome)
            ).all()
        return _assemble(f, filters, regions, inquiries, referrals, topics, partners, timing)

    def write_xlsx(self, path: str | os.PathLike[str], *args, **kwargs) -> Path:
        """The report (``report(*args, **kwargs)``) as the ministry's workbook."""
        from wba_desktop.exchange.inquiry_report import write_inquiry_report

        return write_inquiry_report(self.report(*args, **kwargs), path)

    def wba_regions(self) -> list[str]:
        """The WBA regions the report can be narrowed to."""
        with self._uow() as uow:
            return list(
                uow.session.scalars(
                    select(Region.wba_region).distinct().order_by(Region.wba_region)
                )
            )


def _check_filter(f: ReportFilter, regions: dict[int, tuple[str, str]]) -> tuple[str, ...]:
    known = sorted({wba for _name, wba in regions.values()})
    filters = []
    if f.wba_region is not None:
        if f.wba_region not in known:
            raise ValidationError(
                {
                    "wba_region": _("Unbekannte WBA-Region „{wba_region}“; bekannt sind: ").format(
                        wba_region=f.wba_region
                    )
                    + ", ".join(known)
                    + "."
                }
            )
        filters.append(f"WBA-Region: {f.wba_region}")
    if f.region_id is not None:
        if f.region_id not in regions:
            raise ValidationError({"region_id": _("Diesen Landkreis gibt es nicht.")})
        filters.append(f"Landkreis: {regions[f.region_id][0]}")
    return tuple(filters)


def _inquiry_where(f: ReportFilter):
    clauses = [Inquiry.received_on >= f.date_from, Inquiry.received_on <= f.date_to]
    if f.wba_region is not None:
        clauses.append(Region.wba_region == f.wba_region)
    if f.region_id is not None:
        clauses.append(Inquiry.region_id == f.region_id)
    return and_(*clauses)


def _topic_counts(conn, where) -> dict[str, tuple[int, int, int]]:
    """Topic name -> (sort order, inquiries, referrals)."""
    base = (
        select(OfferTopic.name, OfferTopic.sort_order, func.count(func.distinct(Inquiry.id)))
        .join(inquiry_topic, inquiry_topic.c.topic_id == OfferTopic.id)
        .join(Inquiry, Inquiry.id == inquiry_topic.c.inquiry_id)
        .join(Region, Region.id == Inquiry.region_id)
        .where(where)
        .group_by(OfferTopic.name, OfferTopic.sort_order)
    )
    counted = {name: (order, n, 0) for name, order, n in conn.execute(base)}
    refs = conn.execute(
        select(OfferTopic.name, func.count(Referral.id))
        .join(inquiry_topic, inquiry_topic.c.topic_id == OfferTopic.id)
        .join(Inquiry, Inquiry.id == inquiry_topic.c.inquiry_id)
        .join(Region, Region.id == Inquiry.region_id)
        .join(Referral, Referral.inquiry_id == Inquiry.id)
        .where(where)
        .group_by(OfferTopic.name)
    )
    for name, n in refs:
        order, inq, _ = counted[name]
        counted[name] = (order, inq, n)
    return counted


def _partners(conn, where) -> tuple[PartnerRow, ...]:
    rows = conn.execute(
        select(Referral.organisation_id, Referral.answer, Referral.outcome, func.count(Referral.id))
        .join(Inquiry, Inquiry.id == Referral.inquiry_id)
        .join(Region, Region.id == Inquiry.region_id)
        .where(where)
        .group_by(Referral.organisation_id, Referral.answer, Referral.outcome)
    ).all()
    counts: dict[int, Counter] = defaultdict(Counter)
    for org_id, answer, outcome, n in rows:
        c = counts[org_id]
        c["referrals"] += n
        c["accepted"] += n if answer == ACCEPTED else 0
        c["declined"] += n if answer == DECLINED else 0
        c["with_outcome"] += n if outcome else 0
        c["successes"] += n if outcome in SUCCESSES else 0
    if not counts:
        return ()
    seat = Region.__table__.alias("seat")
    names = {
        oid: (name, kind, district or "")
        for oid, name, kind, district in conn.execute(
            select(Organisation.id, Organisation.name, OrganisationType.name, seat.c.name)
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
            .outerjoin(seat, seat.c.id == Organisation.region_id)
            .where(Organisation.id.in_(list(counts)))
        )
    }
    found = [
        PartnerRow(oid, *names.get(oid, ("?", "", "")), **{k: c[k] for k in _PARTNER_KEYS})
        for oid, c in counts.items()
    ]
    found.sort(key=lambda p: (-p.referrals, -(p.success_rate or 0), p.name.casefold()))
    return tuple(found)


_PARTNER_KEYS = ("referrals", "accepted", "declined", "with_outcome", "successes")


def _outcome_of(status: str, outcome: str) -> str:
    if status == CANCELLED:
        return CANCELLED_ROW
    if status == CLOSED and outcome:
        return outcome
    return STILL_OPEN


def _median(values: list[int]) -> float | None:
    return float(median(values)) if values else None


def _rows(inq: Counter, ref: Counter, order: list[str]) -> tuple[CountRow, ...]:
    """Rows in ``order``, then any other label with numbers, by name."""
    labels = [*order, *sorted((set(inq) | set(ref)) - set(order))]
    return tuple(CountRow(label, inq[label], ref[label]) for label in labels)


def _assemble(f, filters, regions, inquiries, referrals, topics, partners, timing):
    month = {}
    by = {k: Counter() for k in ("status", "district", "wba", "channel", "outcome")}
    ref = {k: Counter() for k in ("month", "district", "wba", "channel", "outcome")}
    month_status: dict[date, Counter] = defaultdict(Counter)
    total = 0
    for day, status, outcome, channel, rid, n in inquiries:
        first = day.replace(day=1)
        month[first] = month.get(first, 0) + n
        month_status[first][status] += n
        name, wba = regions[rid]
        by["status"][status] += n
        by["district"][name] += n
        by["wba"][wba] += n
        by["channel"][channel] += n
        by["outcome"][_outcome_of(status, outcome)] += n
        total += n
    total_refs = 0
    for day, channel, rid, outcome, n in referrals:
        name, wba = regions[rid]
        ref["month"][day.replace(day=1)] += n
        ref["district"][name] += n
        ref["wba"][wba] += n
        ref["channel"][channel] += n
        ref["outcome"][outcome or NO_OUTCOME] += n
        total_refs += n
    months = []
    first = f.date_from.replace(day=1)
    while first <= f.date_to:
        counts = month_status.get(first, Counter())
        months.append(
            MonthRow(
                first,
                month.get(first, 0),
                ref["month"][first],
                {s: counts[s] for s in STATUSES},
            )
        )
        first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    to_referral, to_outcome, referred = [], [], 0
    for received, closed, outcome, first_referral in timing:
        if first_referral is not None:
            referred += 1
            to_referral.append((first_referral - received).days)
        if closed is not None and outcome:
            to_outcome.append((closed - received).days)
    scope = [
        (rid, name, wba)
        for rid, (name, wba) in regions.items()
        if f.wba_region in (None, wba) and f.region_id in (None, rid)
    ]
    districts = sorted(name for _rid, name, _wba in scope)
    wbas = sorted({wba for _rid, _name, wba in scope})
    topic_rows = tuple(
        CountRow(name, inq, refs)
        for name, (_order, inq, refs) in sorted(topics.items(), key=lambda t: (t[1][0], t[0]))
    )
    outcome_order = [*OUTCOMES, CANCELLED_ROW, STILL_OPEN, NO_OUTCOME]
    return InquiryReport(
        date_from=f.date_from,
        date_to=f.date_to,
        filters=filters,
        inquiries=total,
        referrals=total_refs,
        referred_inquiries=referred,
        median_days_to_referral=_median(to_referral),
        median_days_to_outcome=_median(to_outcome),
        by_status=tuple(CountRow(s, by["status"][s], 0) for s in STATUSES),
        by_month=tuple(months),
        by_topic=topic_rows,
        by_district=_rows(by["district"], ref["district"], districts),
        by_wba_region=_rows(by["wba"], ref["wba"], wbas),
        by_channel=_rows(by["channel"], ref["channel"], list(CHANNELS)),
        by_outcome=_rows(by["outcome"], ref["outcome"], outcome_order),
        partners=partners,
        statuses=STATUSES,
    )
