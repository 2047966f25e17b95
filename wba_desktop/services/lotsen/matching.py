"""Matching („Passende Partner“): the partners who can help with an inquiry, ranked.

:meth:`MatchingService.matches` ranks for a saved inquiry, :meth:`MatchingService.
matches_for` for the intake form before it is saved. The candidates are the active
organisations offering at least one of the inquiry's topics (never the asking company,
never our own agency). A handful of statements fetch everything for all candidates at
once: the offers with organisation, kind, seat and whether they serve the district
(the offer's own districts if it names some, else seat and coverage — the coverage of
:mod:`wba_desktop.services.directory.coverage`), past referral outcomes on these
topics, contacts in the last 12 months, relations with our agency and, only when no
candidate serves the district, the network step to an organisation present there.
:mod:`.ranking` then scores them in Python and writes the reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from sqlalchemy import and_, case, distinct, exists, func, or_, select, union_all

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import Organisation, OrganisationType, Region, organisation_coverage
from wba_desktop.models.activity import Activity
from wba_desktop.models.directory import Person, Relation
from wba_desktop.models.lotsen import (
    DECLINED,
    INQUIRER_KINDS,
    SUCCESSES,
    Inquiry,
    OfferTopic,
    OrganisationOffer,
    Referral,
    inquiry_topic,
    offer_region,
)
from wba_desktop.models.reference import RelationType
from wba_desktop.services.lotsen.ranking import Candidate, Match, Offered, Request, rank
from wba_desktop.services.shared_settings import OWN_ORGANISATION, SharedSettings
from wba_desktop.vocab import KMU_SIZES

__all__ = ["Match", "MatchingService"]

#: how far back contacts make a partner „bekannt“
RECENT_DAYS = 365


class MatchingService:
    def __init__(
        self, uow_factory: UnitOfWorkFactory, today: Callable[[], date] = date.today
    ) -> None:
        self._uow = uow_factory
        self._settings = SharedSettings(uow_factory)
        self._today = today

    # -- public --------------------------------------------------------------------
    def matches(self, inquiry_id: int, limit: int = 20) -> list[Match]:
        """The partners for the saved inquiry ``inquiry_id``, best first."""
        with self._uow() as uow:
            inquiry = uow.session.get(Inquiry, inquiry_id)
            if inquiry is None:
                raise NotFoundError("Die Anfrage wurde nicht gefunden (gelöscht?).")
            region_id, kind = inquiry.region_id, inquiry.inquirer_kind
            topic_ids = [t.id for t in inquiry.topics]
            org_id = inquiry.organisation_id
        return self.matches_for(
            region_id, topic_ids, kind, limit, organisation_id=org_id, inquiry_id=inquiry_id
        )

    def matches_for(
        self,
        region_id: int | None,
        topic_ids: Sequence[int],
        inquirer_kind: str,
        limit: int = 20,
        *,
        organisation_id: int | None = None,
        inquiry_id: int | None = None,
    ) -> list[Match]:
        """The partners for an inquiry not saved yet: district ``region_id``, topics
        ``topic_ids``, who asks; ``organisation_id`` is the asking company (its size
        decides „KMU“; it is never proposed). ``inquiry_id``: the inquiry's own
        referrals do not count as past outcomes."""
        errors = {}
        if not region_id:
            errors["region_id"] = "Bitte den Landkreis der Anfrage wählen."
        if not topic_ids:
            errors["topic_ids"] = "Bitte mindestens ein Thema wählen."
        if inquirer_kind not in INQUIRER_KINDS:
            errors["inquirer_kind"] = (
                "Bitte wählen, wer anfragt (" + ", ".join(INQUIRER_KINDS) + ")."
            )
        if errors:
            raise ValidationError(errors)
        topic_ids = list(dict.fromkeys(topic_ids))
        own = self._settings.get(OWN_ORGANISATION)
        own_id = own if isinstance(own, int) else None
        with self._uow() as uow:
            s = uow.session
            district = s.scalar(select(Region.name).where(Region.id == region_id))
            if district is None:
                raise ValidationError({"region_id": "Diesen Landkreis gibt es nicht (mehr)."})
            names = dict(
                s.execute(
                    select(OfferTopic.id, OfferTopic.name).where(OfferTopic.id.in_(topic_ids))
                ).all()
            )
            if len(names) != len(topic_ids):
                raise ValidationError({"topic_ids": "Ein gewähltes Thema gibt es nicht (mehr)."})
            kmu = None
            if organisation_id is not None:
                size = s.scalar(
                    select(Organisation.size_class).where(Organisation.id == organisation_id)
                )
                kmu = (size in KMU_SIZES) if size else None
            request = Request(
                district=district,
                topics=tuple(names[t] for t in topic_ids),
                inquirer_kind=inquirer_kind,
                kmu=kmu,
            )
            excluded = {i for i in (organisation_id, own_id) if i is not None}
            fetch = _Fetch(s, region_id, district, topic_ids, excluded, self._today())
            candidates = fetch.candidates(names, own_id, inquiry_id)
        return rank(candidates, request, limit)


class _Fetch:
    """The statements behind one ranking, all on one session."""

    def __init__(self, session, region_id: int, district: str, topic_ids, excluded, today: date):
        self.s = session
        self.region_id = region_id
        self.district = district
        self.topic_ids = topic_ids
        self.excluded = excluded
        self.today = today
        #: the organisations with an offer on one of the topics (a subquery)
        self.offering = select(OrganisationOffer.organisation_id).where(
            OrganisationOffer.topic_id.in_(topic_ids)
        )

    def candidates(self, topic_names: dict[int, str], own_id, inquiry_id) -> list[Candidate]:
        base: dict[int, dict] = {}
        for row in self.s.execute(candidate_statement(self.region_id, self.topic_ids)):
            if row.organisation_id in self.excluded:
                continue
            entry = base.setdefault(
                row.organisation_id,
                {
                    "name": row.name,
                    "kind": row.kind,
                    "district": row.seat or "",
                    "by_seat": row.seat_id == self.region_id,
                    "offers": [],
                    "contact": None,
                },
            )
            covers = (
                bool(row.in_regions)
                if row.has_regions
                else bool(row.seat_id == self.region_id or row.covered)
            )
            groups = tuple(g for g in (row.target_groups or "").split(";") if g)
            entry["offers"].append(
                (
                    self.topic_ids.index(row.topic_id),
                    Offered(topic_names[row.topic_id], groups, covers, bool(row.has_regions)),
                    row,
                )
            )
        if not base:
            return []
        history = self._history(inquiry_id)
        contacts = self._contacts()
        relations = self._relations_with(own_id) if own_id is not None else {}
        covering = any(o.covers for e in base.values() for _i, o, _r in e["offers"])
        vias = {} if covering else self._vias(set(base), own_id)
        out = []
        for oid, e in base.items():
            e["offers"].sort(key=lambda item: item[0])
            contact = next((r for _i, _o, r in e["offers"] if r.contact_id is not None), None)
            finished, successes = history.get(oid, (0, 0))
            via_id, via_name, via_how = vias.get(oid, (None, "", ""))
            out.append(
                Candidate(
                    organisation_id=oid,
                    name=e["name"],
                    kind=e["kind"],
                    district=e["district"],
                    offers=tuple(o for _i, o, _r in e["offers"]),
                    by_seat=e["by_seat"],
                    finished=finished,
                    successes=successes,
                    relation=relations.get(oid, ""),
                    contacts=contacts.get(oid, 0),
                    via_id=via_id,
                    via_name=via_name,
                    via_how=via_how,
                    contact_person_id=contact.contact_id if contact else None,
                    contact_name=_person_name(contact) if contact else "",
                )
            )
        return out

    def _history(self, inquiry_id) -> dict[int, tuple[int, int]]:
        """{organisation: (finished referrals on the topics, successful ones)}."""
        on_topics = select(inquiry_topic.c.inquiry_id).where(
            inquiry_topic.c.topic_id.in_(self.topic_ids)
        )
        stmt = (
            select(
                Referral.organisation_id,
                func.count(distinct(Referral.id)),
                func.count(distinct(case((Referral.outcome.in_(SUCCESSES), Referral.id)))),
            )
            .where(
                Referral.inquiry_id.in_(on_topics),
                or_(Referral.outcome != "", Referral.answer == DECLINED),
            )
            .group_by(Referral.organisation_id)
        )
        if inquiry_id is not None:
            stmt = stmt.where(Referral.inquiry_id != inquiry_id)
        return {oid: (n, ok) for oid, n, ok in self.s.execute(stmt)}

    def _contacts(self) -> dict[int, int]:
        """{organisation: contacts in the last 12 months} for the offering ones."""
        since = self.today - timedelta(days=RECENT_DAYS)
        stmt = (
            select(Activity.organisation_id, func.count())
            .where(
                Activity.organisation_id.in_(self.offering),
                Activity.happened_on >= since,
                Activity.happened_on <= self.today,
            )
            .group_by(Activity.organisation_id)
        )
        return dict(self.s.execute(stmt).all())

    def _current(self):
        return or_(Relation.valid_until.is_(None), Relation.valid_until >= self.today)

    def _relations_with(self, own_id: int) -> dict[int, str]:
        """{organisation: the type of its current relation with our agency}."""
        stmt = (
            select(Relation.source_id, Relation.target_id, RelationType.name)
            .join(RelationType, RelationType.id == Relation.type_id)
            .where(or_(Relation.source_id == own_id, Relation.target_id == own_id), self._current())
            .order_by(Relation.strength.desc(), Relation.id)
        )
        out: dict[int, str] = {}
        for src, dst, name in self.s.execute(stmt):
            out.setdefault(dst if src == own_id else src, name)
        return out

    def _vias(self, candidate_ids: set[int], own_id) -> dict[int, tuple[int, str, str]]:
        """{candidate: (introducer id, name, „Sitz in …“/„zuständig für …“)}: an active
        organisation seated in or covering the district with a current relation to the
        candidate; the seated, the stronger tie, then the name win."""
        present = select(Organisation.id).where(
            Organisation.active.is_(True),
            or_(
                Organisation.region_id == self.region_id,
                Organisation.id.in_(
                    select(organisation_coverage.c.organisation_id).where(
                        organisation_coverage.c.region_id == self.region_id
                    )
                ),
            ),
        )
        pairs = union_all(
            select(
                Relation.source_id.label("cand"), Relation.target_id.label("via"), Relation.strength
            ).where(
                Relation.source_id.in_(self.offering),
                Relation.target_id.in_(present),
                self._current(),
            ),
            select(Relation.target_id, Relation.source_id, Relation.strength).where(
                Relation.target_id.in_(self.offering),
                Relation.source_id.in_(present),
                self._current(),
            ),
        ).subquery()
        stmt = select(
            pairs.c.cand, pairs.c.via, pairs.c.strength, Organisation.name, Organisation.region_id
        ).join(Organisation, Organisation.id == pairs.c.via)
        best: dict[int, tuple] = {}
        for cand, via, strength, name, seat_id in self.s.execute(stmt):
            if cand not in candidate_ids or via == own_id:
                continue
            key = (seat_id != self.region_id, -strength, name, via)
            if cand not in best or key < best[cand][0]:
                best[cand] = (key, via, name, seat_id == self.region_id)
        district = self.district
        return {
            cand: (via, name, f"Sitz in {district}" if seated else f"zuständig für {district}")
            for cand, (_key, via, name, seated) in best.items()
        }


def candidate_statement(region_id: int, topic_ids: Sequence[int]):
    """The offers on ``topic_ids`` of active organisations, with organisation, kind, seat,
    contact person and whether they serve district ``region_id`` (the offer's own
    districts; the seat and the coverage): the candidate fetch the benchmark measures."""
    offer = OrganisationOffer
    has_regions = exists().where(offer_region.c.offer_id == offer.id)
    in_regions = exists().where(
        offer_region.c.offer_id == offer.id, offer_region.c.region_id == region_id
    )
    covered = exists().where(
        organisation_coverage.c.organisation_id == offer.organisation_id,
        organisation_coverage.c.region_id == region_id,
    )
    return (
        select(
            offer.organisation_id,
            offer.topic_id,
            offer.target_groups,
            Organisation.name,
            OrganisationType.name.label("kind"),
            Organisation.region_id.label("seat_id"),
            Region.name.label("seat"),
            Person.id.label("contact_id"),
            Person.title,
            Person.first_name,
            Person.last_name,
            has_regions.label("has_regions"),
            in_regions.label("in_regions"),
            covered.label("covered"),
        )
        .join(Organisation, Organisation.id == offer.organisation_id)
        .join(OrganisationType, OrganisationType.id == Organisation.type_id)
        .outerjoin(Region, Region.id == Organisation.region_id)
        .outerjoin(
            Person,
            and_(
                Person.id == offer.contact_person_id,
                Person.active.is_(True),
                Person.inquirer.is_(False),
            ),
        )
        .where(offer.topic_id.in_(topic_ids), Organisation.active.is_(True))
        .order_by(offer.organisation_id, offer.topic_id)
    )


def _person_name(row) -> str:
    return " ".join(p for p in (row.title, row.first_name, row.last_name) if p)
