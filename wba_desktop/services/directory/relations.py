"""Relations between organisations, seen from either side with the right label."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Relation, RelationType
from wba_desktop.services import validation as v
from wba_desktop.services.directory.reference import relation_type_info
from wba_desktop.text.fold import sort_key


@dataclass
class RelationData:
    source_id: int | None = None
    target_id: int | None = None
    type_id: int | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    strength: int = 2
    note: str = ""


@dataclass(frozen=True)
class RelationInfo:
    """A relation seen from one organisation (``perspective_id``)."""

    id: int
    source_id: int
    target_id: int
    type_id: int
    type_name: str
    directed: bool
    label: str
    other_id: int
    other_name: str
    other_active: bool
    valid_from: date | None
    valid_until: date | None
    strength: int
    note: str

    @property
    def current(self) -> bool:
        return self.valid_until is None or self.valid_until >= date.today()

    @property
    def data(self) -> RelationData:
        return RelationData(
            self.source_id,
            self.target_id,
            self.type_id,
            self.valid_from,
            self.valid_until,
            self.strength,
            self.note,
        )


def _info(r: Relation, perspective_id: int) -> RelationInfo:
    outgoing = r.source_id == perspective_id
    other = r.target if outgoing else r.source
    t = relation_type_info(r.type)
    return RelationInfo(
        r.id,
        r.source_id,
        r.target_id,
        t.id,
        t.name,
        t.directed,
        t.label(outgoing),
        other.id,
        other.name,
        other.active,
        r.valid_from,
        r.valid_until,
        r.strength,
        r.note,
    )


class RelationService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def for_organisation(self, org_id: int) -> list[RelationInfo]:
        """Every relation of ``org_id``, outgoing and incoming, labelled from its side."""
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(Relation).where(
                    or_(Relation.source_id == org_id, Relation.target_id == org_id)
                )
            )
            infos = [_info(r, org_id) for r in rows]
        return sorted(infos, key=lambda r: (not r.current, r.label, sort_key(r.other_name)))

    def get(self, relation_id: int, perspective_id: int) -> RelationInfo:
        with self._uow() as uow:
            r = uow.session.get(Relation, relation_id)
            if r is None:
                raise NotFoundError(_("Die Beziehung wurde nicht gefunden."))
            return _info(r, perspective_id)

    def save(
        self, data: RelationData, relation_id: int | None = None, perspective_id: int | None = None
    ) -> RelationInfo:
        c = v.Collector()
        if data.source_id is None:
            c.add("source_id", _("Von: Bitte eine Organisation wählen."))
        if data.target_id is None:
            c.add("target_id", _("Mit: Bitte eine Organisation wählen."))
        if data.source_id is not None and data.source_id == data.target_id:
            c.add(
                "target_id", _("Mit: Eine Organisation kann keine Beziehung zu sich selbst haben.")
            )
        if data.type_id is None:
            c.add("type_id", _("Art der Beziehung: Bitte wählen."))
        v.check_range(c, "strength", _("Stärke"), data.strength, 1, 3)
        v.check_period(c, data.valid_from, data.valid_until)
        data.note = v.clean_text(data.note)
        v.check_texts(c, data, Relation)
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            rtype = s.get(RelationType, data.type_id)
            if rtype is None:
                raise ValidationError({"type_id": _("Art der Beziehung: Diese Art gibt es nicht.")})
            for fld, oid in (("source_id", data.source_id), ("target_id", data.target_id)):
                if s.get(Organisation, oid) is None:
                    raise ValidationError(
                        {fld: _("Organisation: Diese Organisation gibt es nicht (mehr).")}
                    )
            pair = and_(Relation.source_id == data.source_id, Relation.target_id == data.target_id)
            if not rtype.directed:
                pair = or_(
                    pair,
                    and_(
                        Relation.source_id == data.target_id, Relation.target_id == data.source_id
                    ),
                )
            dup = s.scalars(
                select(Relation).where(
                    pair, Relation.type_id == data.type_id, Relation.id != (relation_id or 0)
                )
            ).first()
            if dup is not None:
                raise ValidationError(
                    {
                        "type_id": _(
                            "Art der Beziehung: „{forward_label}“ besteht zwischen "
                            "diesen beiden Organisationen schon."
                        ).format(forward_label=rtype.forward_label)
                    }
                )
            if relation_id is None:
                r = Relation()
            else:
                r = s.get(Relation, relation_id)
                if r is None:
                    raise NotFoundError(_("Die Beziehung wurde inzwischen gelöscht."))
            source, target = data.source_id, data.target_id
            if not rtype.directed and source > target:  # stored smaller id first, see model
                source, target = target, source
            r.source_id, r.target_id, r.type_id = source, target, data.type_id
            r.type_directed = rtype.directed
            r.valid_from, r.valid_until = data.valid_from, data.valid_until
            r.strength, r.note = data.strength, data.note
            s.add(r)
            s.flush()
            s.refresh(r)
            info = _info(r, perspective_id or data.source_id)
            uow.commit()
            return info

    def delete(self, relation_id: int) -> None:
        with self._uow() as uow:
            r = uow.session.get(Relation, relation_id)
            if r is not None:
                uow.session.delete(r)
                uow.commit()
