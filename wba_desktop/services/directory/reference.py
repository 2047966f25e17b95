"""Reference data: districts, kinds of organisation, relation types and tags."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import aliased

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import OrganisationType, Region, Relation, RelationType, Tag
from wba_desktop.services.validation import (
    Collector,
    check_range,
    check_required,
    check_text,
    clean_text,
)
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import WBA_REGIONS


@dataclass(frozen=True)
class RegionInfo:
    id: int
    ags: str
    name: str
    kind: str
    seat: str
    plate: str
    wba_region: str


@dataclass(frozen=True)
class OrganisationTypeInfo:
    id: int
    name: str
    colour: str
    is_multiplier: bool
    #: days between contacts for organisations of this kind (None: no cadence)
    default_cadence_days: int | None = None


@dataclass(frozen=True)
class RelationTypeInfo:
    id: int
    name: str
    forward_label: str
    reverse_label: str | None
    directed: bool

    def label(self, outgoing: bool) -> str:
        """The label seen from the source (outgoing) or from the target."""
        if outgoing or not self.directed:
            return self.forward_label
        return self.reverse_label or self.forward_label


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str


def region_info(r: Region) -> RegionInfo:
    return RegionInfo(r.id, r.ags, r.name, r.kind, r.seat, r.plate, r.wba_region)


def type_info(t: OrganisationType) -> OrganisationTypeInfo:
    return OrganisationTypeInfo(t.id, t.name, t.colour, t.is_multiplier, t.default_cadence_days)


def relation_type_info(t: RelationType) -> RelationTypeInfo:
    return RelationTypeInfo(t.id, t.name, t.forward_label, t.reverse_label, t.directed)


#: the longest contact cadence a form accepts (days; five years)
MAX_CADENCE_DAYS = 1825
#: ``save_organisation_type``: leave the default cadence as it is
UNCHANGED = object()


class ReferenceService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- districts -------------------------------------------------------------
    def regions(self) -> list[RegionInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(Region)).all()
            return sorted((region_info(r) for r in rows), key=lambda r: sort_key(r.name))

    def wba_regions(self) -> list[str]:
        with self._uow() as uow:
            used = set(uow.session.scalars(select(Region.wba_region).distinct()))
        return list(WBA_REGIONS) + sorted(used - set(WBA_REGIONS), key=sort_key)

    def set_wba_region(self, region_id: int, wba_region: str) -> RegionInfo:
        wba_region = clean_text(wba_region)
        if not wba_region:
            raise ValidationError({"wba_region": _("WBA-Region: Bitte ausfüllen.")})
        with self._uow() as uow:
            region = uow.session.get(Region, region_id)
            if region is None:
                raise NotFoundError(_("Der Landkreis wurde nicht gefunden."))
            region.wba_region = wba_region
            uow.commit()
            return region_info(region)

    # -- kinds of organisation -------------------------------------------------
    def organisation_types(self) -> list[OrganisationTypeInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(OrganisationType).order_by(OrganisationType.sort_order, OrganisationType.id)
            )
            return [type_info(t) for t in rows]

    def save_organisation_type(
        self,
        name: str,
        colour: str,
        is_multiplier: bool,
        type_id: int | None = None,
        *,
        default_cadence_days: int | None | object = UNCHANGED,
    ) -> OrganisationTypeInfo:
        """Create or edit a kind. ``default_cadence_days``: how often organisations of
        this kind should be contacted (None: no cadence); left out, it stays as it is."""
        c = Collector()
        name = clean_text(name)
        check_required(c, "name", _("Bezeichnung"), name)
        check_text(c, "name", _("Bezeichnung"), name, OrganisationType.name.type.length)
        if default_cadence_days is not UNCHANGED:
            check_range(
                c,
                "default_cadence_days",
                _("Kontakt alle … Tage"),
                default_cadence_days,
                1,
                MAX_CADENCE_DAYS,
            )
        c.raise_if_any()
        with self._uow() as uow:
            clash = uow.session.scalar(
                select(OrganisationType).where(
                    func.lower(OrganisationType.name) == name.lower(),
                    OrganisationType.id != (type_id or 0),
                )
            )
            if clash:
                raise ValidationError(
                    {"name": _("Bezeichnung: „{name}“ gibt es schon.").format(name=name)}
                )
            if type_id is None:
                order = uow.session.scalar(select(func.max(OrganisationType.sort_order))) or 0
                t = OrganisationType(name=name, sort_order=order + 1)
                uow.session.add(t)
            else:
                t = uow.session.get(OrganisationType, type_id)
                if t is None:
                    raise NotFoundError(_("Die Organisationsart wurde nicht gefunden."))
                t.name = name
            t.colour = colour or "#808080"
            t.is_multiplier = is_multiplier
            if default_cadence_days is not UNCHANGED:
                t.default_cadence_days = default_cadence_days
            uow.commit()
            return type_info(t)

    # -- relation types ----------------------------------------------------------
    def relation_types(self) -> list[RelationTypeInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(RelationType).order_by(RelationType.id))
            return [relation_type_info(t) for t in rows]

    def save_relation_type(
        self,
        name: str,
        forward_label: str,
        reverse_label: str | None,
        directed: bool,
        type_id: int | None = None,
    ) -> RelationTypeInfo:
        c = Collector()
        name, forward_label = clean_text(name), clean_text(forward_label)
        reverse_label = clean_text(reverse_label) or None
        check_required(c, "name", _("Bezeichnung"), name)
        check_required(c, "forward_label", _("Bezeichnung vorwärts"), forward_label)
        for field, label, value in (
            ("name", "Bezeichnung", name),
            ("forward_label", "Bezeichnung vorwärts", forward_label),
            ("reverse_label", "Bezeichnung rückwärts", reverse_label or ""),
        ):
            check_text(c, field, label, value, RelationType.name.type.length)
        if directed and not reverse_label:
            c.add(
                "reverse_label", _("Bezeichnung rückwärts: Für gerichtete Beziehungen ausfüllen.")
            )
        c.raise_if_any()
        with self._uow() as uow:
            clash = uow.session.scalar(
                select(RelationType).where(
                    func.lower(RelationType.name) == name.lower(), RelationType.id != (type_id or 0)
                )
            )
            if clash:
                raise ValidationError(
                    {"name": _("Bezeichnung: „{name}“ gibt es schon.").format(name=name)}
                )
            t = RelationType() if type_id is None else uow.session.get(RelationType, type_id)
            if t is None:
                raise NotFoundError(_("Die Beziehungsart wurde nicht gefunden."))
            if t.id is not None and t.directed and not directed:
                _turn_symmetric(uow.session, t)
            t.name, t.forward_label, t.directed = name, forward_label, directed
            t.reverse_label = reverse_label if directed else None
            uow.session.add(t)
            uow.commit()
            return relation_type_info(t)

    # -- tags --------------------------------------------------------------------
    def tags(self) -> list[TagInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(Tag)).all()
            return sorted((TagInfo(t.id, t.name) for t in rows), key=lambda t: sort_key(t.name))


def _turn_symmetric(session, rtype: RelationType) -> None:
    """Before a directed type becomes symmetric: refuse while a pair is related both
    ways (that would be one relation twice), else store every pair smaller id first
    (the database's rule for symmetric relations)."""
    r1, r2 = aliased(Relation), aliased(Relation)
    both_ways = session.scalar(
        select(func.count())
        .select_from(r1)
        .join(r2, and_(r2.source_id == r1.target_id, r2.target_id == r1.source_id))
        .where(r1.type_id == rtype.id, r2.type_id == rtype.id, r1.source_id < r1.target_id)
    )
    if both_ways:
        raise ValidationError(
            {
                "directed": _(
                    "Gerichtet: {both_ways} Paar(e) von Organisationen sind in beide "
                    "Richtungen als „{name}“ verbunden. Bitte zuerst je eine der beiden "
                    "Beziehungen löschen, dann die Art auf ungerichtet umstellen."
                ).format(both_ways=both_ways, name=rtype.name)
            }
        )
    reversed_ = (Relation.type_id == rtype.id, Relation.source_id > Relation.target_id)
    turned = session.execute(
        select(Relation.id, Relation.source_id, Relation.target_id).where(*reversed_)
    ).all()
    each = {i: {"source_id": [src, dst], "target_id": [dst, src]} for i, src, dst in turned}
    audit.bulk(session, "relation", audit.CHANGED, list(each), each=each)
    session.execute(
        update(Relation)
        .where(*reversed_)
        .values(source_id=Relation.target_id, target_id=Relation.source_id)
        .execution_options(synchronize_session=False)
    )


def tag_key(name: str) -> str:
    """How two keywords are compared: without case, spaces collapsed."""
    return " ".join(name.split()).lower()


def get_or_create_tags(session, names: list[str], cache: dict[str, Tag] | None = None) -> list[Tag]:
    """Tags by name, created where missing; names compared without case (``tag_key``).

    ``cache`` (key -> Tag), kept by a caller that saves many records in one session
    without flushing (the import), makes a tag created for one record the tag of the
    next one too; without it the second would be created again and break the
    database's unique name.
    """
    wanted: dict[str, str] = {}
    for raw in names:
        name = " ".join(clean_text(raw).split())
        if name:
            wanted.setdefault(tag_key(name), name)
    if not wanted:
        return []
    known = cache if cache is not None else {}
    missing = [key for key in wanted if key not in known]
    if missing:
        stmt = select(Tag).where(func.lower(Tag.name).in_(missing))
        if not all(key.isascii() for key in missing):  # SQLite's lower() folds ASCII only:
            stmt = select(Tag)  # compare in Python (a few hundred keywords at most)
        with session.no_autoflush:  # a flush here would bump the record's version twice
            for t in session.scalars(stmt):
                known.setdefault(tag_key(t.name), t)
    result = []
    for key, name in wanted.items():
        tag = known.get(key)
        if tag is None:
            tag = known[key] = Tag(name=name)
            session.add(tag)
        result.append(tag)
    return result
