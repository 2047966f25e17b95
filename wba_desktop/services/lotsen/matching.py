"""Matching („Passende Partner“): the partners who can help with an inquiry, ranked.

:meth:`MatchingService.matches` ranks for a saved inquiry, :meth:`MatchingService.
matches_for` for the intake form before it is saved. The candidates are the active
organisations offering at least one of the inquiry's topics (never the asking company,
never our own agency). A handful of statements fetch everything for all candidates at
once (:mod:`.matching_sql`): the offers with organisation, kind, seat and whether
they serve the district (the offer's own districts if it names some, else the seat
and the coverage of :mod:`wba_desktop.services.directory.coverage`, asked by the same
rule inside the statement: ``CoverageService.covering`` loads whole records per
district, far too many here), past referral outcomes on these topics, contacts in the
last 12 months, relations with our agency and, only when no candidate serves the
district, the network step to an organisation present there. :mod:`.ranking` scores
them in Python and writes the reasons.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Region
from wba_desktop.models.lotsen import INQUIRER_KINDS, Inquiry, OfferTopic
from wba_desktop.models.setting import AppSetting
from wba_desktop.services.lotsen import matching_sql as sql
from wba_desktop.services.lotsen.ranking import Candidate, Match, Offered, Request, Scorer, rank
from wba_desktop.services.shared_settings import OWN_ORGANISATION
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import KMU_SIZES

__all__ = ["Match", "MatchingService"]

#: how far back contacts make a partner „bekannt“
RECENT_DAYS = 365


class MatchingService:
    def __init__(
        self, uow_factory: UnitOfWorkFactory, today: Callable[[], date] = date.today
    ) -> None:
        self._uow = uow_factory
        self._today = today

    # -- public --------------------------------------------------------------------
    def matches(self, inquiry_id: int, limit: int = 20) -> list[Match]:
        """The partners for the saved inquiry ``inquiry_id``, best first."""
        with self._uow() as uow:  # one session for the inquiry and the ranking
            inquiry = uow.session.get(Inquiry, inquiry_id)
            if inquiry is None:
                raise NotFoundError(_("Die Anfrage wurde nicht gefunden (gelöscht?)."))
            topic_ids = list(dict.fromkeys(t.id for t in inquiry.topics))
            if not topic_ids:  # an old record without topics: nothing to match
                return []
            return self._ranked(
                uow.session, inquiry.region_id, topic_ids, inquiry.inquirer_kind, limit,
                inquiry.organisation_id, inquiry_id,
            )  # fmt: skip

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
            errors["region_id"] = _("Landkreis: Bitte den Landkreis der Anfrage wählen.")
        if not topic_ids:
            errors["topic_ids"] = _("Themen: Bitte mindestens ein Thema wählen.")
        if inquirer_kind not in INQUIRER_KINDS:
            kinds = fmt.listing(INQUIRER_KINDS, "oder")
            errors["inquirer_kind"] = _("Wer fragt an: Bitte wählen ({kinds}).").format(kinds=kinds)
        if errors:
            raise ValidationError(errors)
        topic_ids = list(dict.fromkeys(topic_ids))
        with self._uow() as uow:
            return self._ranked(
                uow.session, region_id, topic_ids, inquirer_kind, limit, organisation_id,
                inquiry_id,
            )  # fmt: skip

    def _ranked(
        self, s, region_id, topic_ids, inquirer_kind, limit, organisation_id, inquiry_id
    ) -> list[Match]:
        """The ranking on session ``s`` (the arguments checked by the caller)."""
        own = s.get(AppSetting, OWN_ORGANISATION)
        own_id = _int(own.value) if own is not None else None
        district = s.scalar(select(Region.name).where(Region.id == region_id))
        if district is None:
            raise ValidationError(
                {"region_id": _("Landkreis: Diesen Landkreis gibt es nicht (mehr).")}
            )
        names = dict(
            s.execute(
                select(OfferTopic.id, OfferTopic.name).where(OfferTopic.id.in_(topic_ids))
            ).all()
        )
        if len(names) != len(topic_ids):
            raise ValidationError(
                {"topic_ids": _("Themen: Ein gewähltes Thema gibt es nicht (mehr).")}
            )
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
        best = fetch.candidates(names, own_id, inquiry_id, Scorer(request), limit)
        found = rank(best, request, limit)
        people = _names(s, {m.contact_person_id for m in found} - {None})
        return [replace(m, contact_name=people.get(m.contact_person_id, "")) for m in found]


class _Fetch:
    """The statements behind one ranking, all on one session."""

    def __init__(self, session, region_id: int, district: str, topic_ids, excluded, today: date):
        self.s = session
        self.region_id = region_id
        self.district = district
        self.topic_ids = topic_ids
        self.excluded = excluded
        self.today = today
        self.params = {"region_id": region_id, "topic_ids": list(topic_ids), "today": today}

    def rows(self, stmt, **params):
        """All rows of one of the statements of :mod:`.matching_sql`."""
        return self.s.connection().execute(stmt, {**self.params, **params}).all()

    def candidates(
        self, topic_names: dict[int, str], own_id, inquiry_id, scorer: Scorer, limit: int
    ) -> list[Candidate]:
        """The offering organisations that can make the best ``limit`` (ties included)
        as :class:`Candidate` records, without the contact's name (the matches get it).
        Thousands of rows come for a common topic, so the loop is kept tight: equal
        offers share one record, and every organisation is scored from its plain
        values (:meth:`Scorer.points`) before records are made for the best only."""
        region_id, excluded = self.region_id, self.excluded
        topic_order = {topic_names[t]: i for i, t in enumerate(self.topic_ids)}
        shared: dict[tuple, Offered] = {}
        base: dict[int, list] = {}
        for row in self.rows(sql.CANDIDATES):
            (oid, topic_id, groups, name, kind, seat_id, seat, person_id,
             has_regions, in_regions, covered) = row  # fmt: skip
            if oid in excluded:
                continue
            by_seat = seat_id == region_id
            covers = bool(in_regions) if has_regions else (by_seat or bool(covered))
            key = (topic_id, groups, covers, has_regions)
            offered = shared.get(key)
            if offered is None:
                split = tuple(g for g in groups.split(";") if g) if groups else ()
                offered = shared[key] = Offered(
                    topic_names[topic_id], split, covers, bool(has_regions)
                )
            entry = base.get(oid)
            if entry is None:
                base[oid] = [name, kind, seat or "", by_seat, (offered,), person_id]
            else:  # a second topic: the offers in the inquiry's order, the first contact
                entry[4] = tuple(sorted((*entry[4], offered), key=lambda o: topic_order[o.topic]))
                entry[5] = entry[5] if entry[5] is not None else person_id
        if not base:
            return []
        history = self._history(inquiry_id)
        contacts = self._contacts()
        relations = self._relations_with(own_id) if own_id is not None else {}
        covering = any(scorer.offer_points(e[4])[1] for e in base.values())
        vias = {} if covering else self._vias(set(base), own_id)
        no_history, no_via = (0, 0), (None, "", "")
        points = scorer.points
        known = history.keys() | vias.keys() | relations.keys() | contacts.keys()
        plain: dict[tuple, float] = {}  # the score of (offers, kind) with nothing else known
        scored = []
        for oid, (_name, kind, _district, _by_seat, offers, _person) in base.items():
            if oid in known:
                finished, successes = history.get(oid, no_history)
                via = vias.get(oid, no_via)[0]
                relation, count = relations.get(oid, ""), contacts.get(oid, 0)
                value = points(offers, kind, via, finished, successes, relation, count)
            else:
                value = plain.get((offers, kind))
                if value is None:
                    value = plain[offers, kind] = points(offers, kind, None, 0, 0, "", 0)
            scored.append((value, oid))
        if len(scored) > limit > 0:
            cut = heapq.nlargest(limit, scored)[-1][0]
            scored = [so for so in scored if so[0] >= cut]
        out = []
        for _score, oid in scored:
            name, kind, district, by_seat, offers, person_id = base[oid]
            finished, successes = history.get(oid, no_history)
            via_id, via_name, via_how = vias.get(oid, no_via)
            out.append(
                Candidate(
                    oid, name, kind, district, offers, by_seat, finished, successes,
                    relations.get(oid, ""), contacts.get(oid, 0), via_id, via_name, via_how,
                    person_id,
                )
            )  # fmt: skip
        return out

    def _history(self, inquiry_id) -> dict[int, tuple[int, int]]:
        """{organisation: (finished referrals on the topics, successful ones)}."""
        rows = self.rows(sql.HISTORY, inquiry_id=inquiry_id or 0)
        return {oid: (n, int(ok or 0)) for oid, n, ok in rows}

    def _contacts(self) -> dict[int, int]:
        """{offering organisation: contacts in the last 12 months}."""
        return dict(self.rows(sql.CONTACTS, since=self.today - timedelta(days=RECENT_DAYS)))

    def _relations_with(self, own_id: int) -> dict[int, str]:
        """{organisation: the type of its current relation with our agency}."""
        out: dict[int, str] = {}
        for src, dst, name in self.rows(sql.RELATIONS_WITH_US, own_id=own_id):
            out.setdefault(dst if src == own_id else src, name)
        return out

    def _vias(self, candidate_ids: set[int], own_id) -> dict[int, tuple[int, str, str]]:
        """{candidate: (introducer id, name, „Sitz in …“/„zuständig für …“)}: an active
        organisation seated in or covering the district with a current relation to the
        candidate; the seated, the stronger tie, then the name win."""
        best: dict[int, tuple] = {}
        for cand, via, strength, name, seat_id in self.rows(sql.NETWORK_STEP):
            if cand not in candidate_ids or via == own_id:
                continue
            seated = seat_id == self.region_id
            key = (not seated, -strength, sort_key(name), via)
            if cand not in best or key < best[cand][0]:
                best[cand] = (key, via, name, seated)
        district = self.district
        return {
            cand: (
                via,
                name,
                (_("Sitz in {district}") if seated else _("zuständig für {district}")).format(
                    district=district
                ),
            )
            for cand, (_key, via, name, seated) in best.items()
        }


def _names(session, person_ids: set[int]) -> dict[int, str]:
    """{person id: "Dr. Erika Beispiel"} for the matches' contacts."""
    if not person_ids:
        return {}
    rows = session.connection().execute(sql.PEOPLE, {"person_ids": sorted(person_ids)})
    return {pid: " ".join(p for p in parts if p) for pid, *parts in rows}


def _int(value: str) -> int | None:
    """Our agency's id from its JSON setting (as :class:`AgencySettings` reads it)."""
    try:
        found = json.loads(value)
    except (TypeError, ValueError):
        return None
    return found if isinstance(found, int) and not isinstance(found, bool) else None
