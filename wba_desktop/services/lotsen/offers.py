"""What partners offer („Leistungen“): the editable topic list and each organisation's
offers (topic, target groups, districts served, contact person, note).

An offer without districts serves where the organisation is there: its seat and its
coverage („Zuständigkeit“, see ``services.coverage``); :func:`served_regions` says so
in one place for everyone who asks (the matching, the lists).

Bad input (an unknown topic or target group, a topic twice for one organisation, an
unknown district or person) is a :class:`ValidationError` naming the field; nothing is
written then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Person, Region
from wba_desktop.models.lotsen import TARGET_GROUPS, OfferTopic, OrganisationOffer
from wba_desktop.services import validation as v
from wba_desktop.text.fold import sort_key

__all__ = [
    "TARGET_GROUPS",
    "OfferData",
    "OfferService",
    "TopicRow",
    "groups_text",
    "read_groups",
    "served_regions",
    "topic_key",
]

#: how the lists name an offer without districts of its own
AS_COVERAGE = "wie Zuständigkeit"
GROUP_SEPARATOR = ";"


@dataclass(frozen=True)
class TopicRow:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class OfferData:
    """One offer as the dialog, the import and the demo give it (and the lists read it).

    ``target_groups`` from :data:`TARGET_GROUPS` (empty: everyone); ``region_ids``
    empty: the organisation's seat and coverage."""

    topic_id: int
    target_groups: tuple[str, ...] = ()
    region_ids: tuple[int, ...] = ()
    contact_person_id: int | None = None
    note: str = ""
    id: int | None = None
    topic_name: str = ""
    contact_name: str = ""


def topic_key(name: str) -> str:
    """A topic name compared without case and spaces („ausbildung/nachwuchs“)."""
    return "".join((name or "").split()).casefold()


def read_groups(text: str) -> tuple[tuple[str, ...], list[str]]:
    """Target groups named in ``text`` (separated by ; or ,), in the order of
    :data:`TARGET_GROUPS`, and the names not known (as written)."""
    known = {topic_key(g): g for g in TARGET_GROUPS}
    found, unknown = set(), []
    for part in text.replace(",", GROUP_SEPARATOR).split(GROUP_SEPARATOR):
        part = part.strip()
        if not part:
            continue
        if topic_key(part) in known:
            found.add(known[topic_key(part)])
        else:
            unknown.append(part)
    return tuple(g for g in TARGET_GROUPS if g in found), unknown


def groups_text(groups: Iterable[str]) -> str:
    """„Beschäftigte, KMU“; „alle“ for none."""
    groups = list(groups)
    return ", ".join(groups) if groups else "alle"


def served_regions(offer, org) -> frozenset[int]:
    """The district ids an offer serves: its own districts, or none given, the
    organisation's seat and coverage. ``offer``: an :class:`OfferData` or an
    ``OrganisationOffer``; ``org``: an ``Organisation`` (or anything with
    ``region_id`` and ``coverage`` / ``coverage_region_ids``)."""
    own = getattr(offer, "region_ids", None)
    if own is None:
        own = [r.id for r in offer.regions]
    if own:
        return frozenset(own)
    covered = getattr(org, "coverage_region_ids", None)
    if covered is None:
        covered = [r.id for r in org.coverage]
    seat = [org.region_id] if org.region_id is not None else []
    return frozenset([*seat, *covered])


def _topic_row(t: OfferTopic) -> TopicRow:
    return TopicRow(t.id, t.name, t.active)


def _offer_data(o: OrganisationOffer, contact_name: str = "") -> OfferData:
    groups = tuple(g for g in o.target_groups.split(GROUP_SEPARATOR) if g)
    return OfferData(
        topic_id=o.topic_id,
        target_groups=groups,
        region_ids=tuple(r.id for r in o.regions),
        contact_person_id=o.contact_person_id,
        note=o.note,
        id=o.id,
        topic_name=o.topic.name,
        contact_name=contact_name,
    )


def _person_name(p: Person) -> str:
    return " ".join(x for x in (p.title, p.first_name, p.last_name) if x)


class OfferService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- topics ----------------------------------------------------------------------
    def topics(self, active_only: bool = True) -> list[TopicRow]:
        """The topics in their order (Stammdaten › Themen der Leistungen)."""
        stmt = select(OfferTopic).order_by(OfferTopic.sort_order, OfferTopic.id)
        if active_only:
            stmt = stmt.where(OfferTopic.active.is_(True))
        with self._uow() as uow:
            return [_topic_row(t) for t in uow.session.scalars(stmt)]

    def save_topic(self, name: str, active: bool = True, topic_id: int | None = None) -> TopicRow:
        """Add a topic or rename / (de)activate one. Names are unique (any case, any
        spacing); a topic in use is deactivated rather than deleted."""
        c = v.Collector()
        name = " ".join(v.clean_text(name).split())
        if not name:
            c.add("name", _("Bezeichnung: Bitte ausfüllen."))
        v.check_text(c, "name", _("Bezeichnung"), name, OfferTopic.name.type.length)
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            for other_id, other in s.execute(select(OfferTopic.id, OfferTopic.name)):
                if other_id != topic_id and topic_key(other) == topic_key(name):
                    raise ValidationError(
                        {"name": _("Bezeichnung: „{other}“ gibt es schon.").format(other=other)}
                    )
            if topic_id is None:
                top = s.scalar(select(func.max(OfferTopic.sort_order)))
                topic = OfferTopic(sort_order=(top or 0) + 10)
                s.add(topic)
            else:
                topic = s.get(OfferTopic, topic_id)
                if topic is None:
                    raise NotFoundError(_("Das Thema wurde inzwischen gelöscht."))
            topic.name, topic.active = name, bool(active)
            uow.commit()
            return _topic_row(topic)

    # -- offers ----------------------------------------------------------------------
    def offers_of(self, organisation_id: int) -> list[OfferData]:
        """The organisation's offers in the order of the topic list."""
        with self._uow() as uow:
            s = uow.session
            offers = list(
                s.scalars(
                    select(OrganisationOffer)
                    .join(OfferTopic, OfferTopic.id == OrganisationOffer.topic_id)
                    .where(OrganisationOffer.organisation_id == organisation_id)
                    .order_by(OfferTopic.sort_order, OfferTopic.id)
                )
            )
            ids = {o.contact_person_id for o in offers if o.contact_person_id}
            names = {}
            if ids:
                names = {
                    p.id: _person_name(p)
                    for p in s.scalars(select(Person).where(Person.id.in_(ids)))
                }
            return [_offer_data(o, names.get(o.contact_person_id, "")) for o in offers]

    def save_offers(self, organisation_id: int, offers: list[OfferData]) -> list[OfferData]:
        """Replace the organisation's offers by ``offers`` in one transaction (an offer
        keeps its record while its topic stays). Returns the offers as saved."""
        with self._uow() as uow:
            s = uow.session
            if s.get(Organisation, organisation_id) is None:
                raise NotFoundError(_("Die Organisation wurde nicht gefunden (gelöscht?)."))
            existing = {
                o.topic_id: o
                for o in s.scalars(
                    select(OrganisationOffer).where(
                        OrganisationOffer.organisation_id == organisation_id
                    )
                )
            }
            cleaned = self._validate(s, offers, set(existing))
            wanted = {d.topic_id for d in cleaned}
            for topic_id, offer in existing.items():
                if topic_id not in wanted:
                    s.delete(offer)
            s.flush()
            regions = {r.id: r for r in s.scalars(select(Region))}
            for d in cleaned:
                offer = existing.get(d.topic_id)
                if offer is None:
                    offer = OrganisationOffer(organisation_id=organisation_id, topic_id=d.topic_id)
                    s.add(offer)
                offer.target_groups = GROUP_SEPARATOR.join(d.target_groups)
                offer.contact_person_id = d.contact_person_id
                offer.note = d.note
                new_regions = sorted(d.region_ids)
                if sorted(r.id for r in offer.regions) != new_regions:
                    offer.regions = [regions[i] for i in new_regions]
            uow.commit()
        return self.offers_of(organisation_id)

    def _validate(self, s, offers: list[OfferData], saved_topics: set[int]) -> list[OfferData]:
        c = v.Collector()
        topics = {t.id: t for t in s.scalars(select(OfferTopic))}
        region_ids = set(s.scalars(select(Region.id)))
        people = {d.contact_person_id for d in offers if d.contact_person_id is not None}
        known_people = set()
        if people:
            known_people = set(
                s.scalars(
                    select(Person.id).where(Person.id.in_(people), Person.inquirer.is_(False))
                )
            )
        seen: set[int] = set()
        out = []
        for d in offers:
            topic = topics.get(d.topic_id) if d.topic_id is not None else None
            if d.topic_id is None:
                c.add("topic_id", _("Thema: Bitte wählen."))
            elif topic is None:
                c.add("topic_id", _("Thema: unbekannt (inzwischen gelöscht?)."))
            elif d.topic_id in seen:
                c.add(
                    "topic_id",
                    _("Thema: „{name}“ ist für diese Organisation schon eingetragen.").format(
                        name=topic.name
                    ),
                )
            elif not topic.active and d.topic_id not in saved_topics:
                c.add(
                    "topic_id",
                    _("Thema: „{name}“ wird nicht mehr angeboten (inaktiv).").format(
                        name=topic.name
                    ),
                )
            seen.add(d.topic_id)
            bad = [g for g in d.target_groups if g not in TARGET_GROUPS]
            if bad:
                c.add(
                    "target_groups",
                    _("Zielgruppen: „{bad}“ ist keine Zielgruppe (möglich: ").format(bad=bad[0])
                    + ", ".join(TARGET_GROUPS)
                    + ").",
                )
            if any(r not in region_ids for r in d.region_ids):
                c.add("region_ids", _("Landkreise: unbekannter Landkreis."))
            if d.contact_person_id is not None and d.contact_person_id not in known_people:
                c.add("contact_person_id", _("Ansprechperson: unbekannt (inzwischen gelöscht?)."))
            note = v.clean_text(d.note)
            v.check_text(c, "note", _("Notiz"), note)
            groups = tuple(g for g in TARGET_GROUPS if g in set(d.target_groups))
            out.append(
                OfferData(
                    topic_id=d.topic_id,
                    target_groups=groups,
                    region_ids=tuple(sorted(set(d.region_ids))),
                    contact_person_id=d.contact_person_id,
                    note=note,
                )
            )
        c.raise_if_any()
        return out

    # -- for lists -------------------------------------------------------------------
    def region_label(self, offer: OfferData, names: dict[int, str]) -> str:
        """The districts of an offer as text: by name, or „wie Zuständigkeit“."""
        if not offer.region_ids:
            return AS_COVERAGE
        return ", ".join(sorted((names.get(r, "?") for r in offer.region_ids), key=sort_key))
