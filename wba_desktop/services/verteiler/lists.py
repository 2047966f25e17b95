"""Verteiler (distribution lists) of people: static member lists or saved filters.

A dynamic Verteiler stores its criteria as JSON and is evaluated each time it is
used, so new contacts that fit appear by themselves. Wherever a list of people is
needed (export, e-mail, later invitations) ``person_filter(id)`` gives the filter.

A Verteiler may name a purpose (Newsletter, …): ``members(id)`` then leaves out the
people who have not consented to it where consent is their legal basis; restricted,
anonymised and objecting people are never members (see
:mod:`wba_desktop.services.privacy.consent_filter`), and ``members`` says how many were
left out and why. Private inquirers („Ratsuchende“) are never members: a dynamic filter
does not select them and adding one to a static Verteiler is refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, insert, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import (
    ConsentPurpose,
    DistributionList,
    OrganisationType,
    Person,
    Region,
    Tag,
    distribution_member,
)
from wba_desktop.models.base import utcnow
from wba_desktop.services import validation as v
from wba_desktop.services.directory.people import PersonFilter, PersonService
from wba_desktop.services.privacy.consent_filter import allowed, purpose_id
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import LIST_KINDS

KIND_LABELS = {"static": "statisch", "dynamic": "dynamisch"}


@dataclass(frozen=True)
class Criteria:
    """The saved filter of a dynamic Verteiler (all "any of"; empty means no limit)."""

    type_ids: tuple[int, ...] = ()
    region_ids: tuple[int, ...] = ()
    wba_regions: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()
    org_tag_ids: tuple[int, ...] = ()
    functions: tuple[str, ...] = ()
    text: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | None) -> Criteria:
        try:
            data = json.loads(raw or "{}")
        except json.JSONDecodeError:
            data = {}
        known = {f: data[f] for f in cls.__dataclass_fields__ if f in data}
        for key, value in known.items():
            if isinstance(value, list):
                known[key] = tuple(value)
        return cls(**known)

    def person_filter(self) -> PersonFilter:
        return PersonFilter(
            text=self.text,
            type_ids=self.type_ids,
            region_ids=self.region_ids,
            wba_regions=self.wba_regions,
            tag_ids=self.tag_ids,
            org_tag_ids=self.org_tag_ids,
            functions=self.functions,
            active=True,
        )

    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)


@dataclass(frozen=True)
class Members:
    """The people of a Verteiler who may receive it, and who was left out why."""

    ids: list[int]
    left_out: dict[str, int]
    purpose: str | None = None


@dataclass(frozen=True)
class VerteilerInfo:
    id: int
    name: str
    kind: str
    description: str
    members: int
    criteria: Criteria = field(default_factory=Criteria)
    updated_at: datetime | None = None
    #: the purpose its members must have consented to (None: no purpose)
    purpose_id: int | None = None
    purpose: str | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


class VerteilerService:
    def __init__(self, uow_factory: UnitOfWorkFactory, people: PersonService) -> None:
        self._uow = uow_factory
        self._people = people

    # -- reading ---------------------------------------------------------------------
    def list_all(self) -> list[VerteilerInfo]:
        with self._uow() as uow:
            lists = uow.session.scalars(select(DistributionList)).all()
            names = _purpose_names(uow.session)
            rows = [
                (d.id, d.name, d.kind, d.description, d.criteria, d.updated_at, d.purpose_id)
                for d in lists
            ]
        infos = [
            VerteilerInfo(
                *(i, n, k, desc, self._count(i, k, crit), Criteria.from_json(crit), upd),
                *(pur, names.get(pur)),
            )
            for i, n, k, desc, crit, upd, pur in rows
        ]
        return sorted(infos, key=lambda d: sort_key(d.name))

    def get(self, list_id: int) -> VerteilerInfo:
        with self._uow() as uow:
            d = uow.session.get(DistributionList, list_id)
            if d is None:
                raise NotFoundError(_("Der Verteiler wurde nicht gefunden (gelöscht?)."))
            values = (d.id, d.name, d.kind, d.description, d.criteria, d.updated_at)
            pur = d.purpose_id
            pur_name = _purpose_names(uow.session).get(pur)
        i, n, k, desc, crit, upd = values
        count = self._count(i, k, crit)
        return VerteilerInfo(i, n, k, desc, count, Criteria.from_json(crit), upd, pur, pur_name)

    def by_name(self, name: str) -> VerteilerInfo:
        with self._uow() as uow:
            list_id = uow.session.scalar(
                select(DistributionList.id).where(
                    func.lower(DistributionList.name) == name.strip().lower()
                )
            )
        if list_id is None:
            raise NotFoundError(_("Einen Verteiler „{name}“ gibt es nicht.").format(name=name))
        return self.get(list_id)

    def person_filter(self, list_id: int) -> PersonFilter:
        """The people of the Verteiler, as a filter for lists, exports and e-mail."""
        return self.name_and_filter(list_id)[1]

    def name_and_filter(self, list_id: int) -> tuple[str, PersonFilter]:
        """Name and people filter of the Verteiler, without counting its members."""
        with self._uow() as uow:
            row = uow.session.execute(
                select(
                    DistributionList.name, DistributionList.kind, DistributionList.criteria
                ).where(DistributionList.id == list_id)
            ).first()
        if row is None:
            raise NotFoundError(_("Der Verteiler wurde nicht gefunden (gelöscht?)."))
        name, kind, criteria = row
        if kind == "dynamic":
            return name, Criteria.from_json(criteria).person_filter()
        return name, PersonFilter(list_id=list_id, active=True)

    def member_ids(self, list_id: int) -> list[int]:
        """The members who may receive the Verteiler now (see ``members``)."""
        return self.members(list_id).ids

    def members(
        self, list_id: int, purpose: str | int | None = None, ids: list[int] | None = None
    ) -> Members:
        """The members (dynamic ones evaluated now) without those data protection
        leaves out, for ``purpose`` or else the Verteiler's own purpose; ``ids``: the
        members already fetched in the wanted order."""
        with self._uow() as uow:
            s = uow.session
            own = s.scalar(
                select(DistributionList.purpose_id).where(DistributionList.id == list_id)
            )
            wanted = purpose_id(s, purpose) if purpose not in (None, "") else own
        if ids is None:
            ids = self._people.list_ids(self.person_filter(list_id))
        with self._uow() as uow:
            kept, left_out = allowed(uow.session, ids, wanted)
            name = _purpose_names(uow.session).get(wanted)
        return Members(kept, left_out, name)

    def _count(self, list_id: int, kind: str, criteria: str) -> int:
        if kind == "dynamic":
            return self._people.count(Criteria.from_json(criteria).person_filter())
        return self._people.count(PersonFilter(list_id=list_id, active=True))

    # -- writing ---------------------------------------------------------------------
    def _check_name(self, session, name: str, list_id: int | None) -> str:
        name = v.clean_text(name)
        if not name:
            raise ValidationError({"name": _("Name: Bitte ausfüllen.")})
        c = v.Collector()
        v.check_text(c, "name", _("Name"), name, DistributionList.name.type.length)
        c.raise_if_any()
        clash = session.scalar(
            select(DistributionList.id).where(
                func.lower(DistributionList.name) == name.lower(),
                DistributionList.id != (list_id or 0),
            )
        )
        if clash:
            raise ValidationError(
                {"name": _("Name: Einen Verteiler „{name}“ gibt es schon.").format(name=name)}
            )
        return name

    def create(
        self,
        name: str,
        kind: str = "static",
        description: str = "",
        criteria: Criteria | None = None,
        purpose: str | int | None = None,
    ) -> VerteilerInfo:
        """A new Verteiler; ``purpose`` (name or id) the consent its members need."""
        if kind not in LIST_KINDS:
            raise ValidationError({"kind": _("Art: statisch oder dynamisch wählen.")})
        with self._uow() as uow:
            name = self._check_name(uow.session, name, None)
            self._check_criteria(uow.session, kind, criteria)
            d = DistributionList(
                name=name,
                kind=kind,
                description=(description or "").strip(),
                criteria=(criteria or Criteria()).to_json(),
                purpose_id=purpose_id(uow.session, purpose),
            )
            uow.session.add(d)
            uow.commit()
            new_id = d.id
        return self.get(new_id)

    def update(
        self,
        list_id: int,
        name: str,
        description: str = "",
        criteria: Criteria | None = None,
        purpose: str | int | None | object = ...,
    ) -> VerteilerInfo:
        """Save name, description, filter and (unless left out) the purpose."""
        with self._uow() as uow:
            d = uow.session.get(DistributionList, list_id)
            if d is None:
                raise NotFoundError(_("Der Verteiler wurde inzwischen gelöscht."))
            d.name = self._check_name(uow.session, name, list_id)
            d.description = (description or "").strip()
            if purpose is not ...:
                d.purpose_id = purpose_id(uow.session, purpose)  # type: ignore[arg-type]
            if d.kind == "dynamic":
                self._check_criteria(uow.session, d.kind, criteria)
                d.criteria = (criteria or Criteria()).to_json()
            uow.commit()
        return self.get(list_id)

    @staticmethod
    def _check_criteria(session, kind: str, criteria: Criteria | None) -> None:
        if kind != "dynamic":
            return
        if criteria is None or criteria.is_empty():
            raise ValidationError(
                {"criteria": _("Filter: Ein dynamischer Verteiler braucht mindestens ein Merkmal.")}
            )
        for ids, model, label in (
            (criteria.type_ids, OrganisationType, "Art"),
            (criteria.region_ids, Region, "Landkreis"),
            (criteria.tag_ids + criteria.org_tag_ids, Tag, "Schlagwort"),
        ):
            if ids:
                found = session.scalar(
                    select(func.count()).select_from(model).where(model.id.in_(ids))
                )
                if found != len(set(ids)):
                    raise ValidationError(
                        {
                            "criteria": _("Filter: Ein {label} gibt es nicht mehr.").format(
                                label=label
                            )
                        }
                    )

    def delete(self, list_id: int) -> None:
        with self._uow() as uow:
            d = uow.session.get(DistributionList, list_id)
            if d is not None:
                uow.session.delete(d)
                uow.commit()

    def add_members(self, list_id: int, person_ids: Iterable[int]) -> int:
        """Add people to a static Verteiler; returns how many were new."""
        with self._uow() as uow:
            d = uow.session.get(DistributionList, list_id)
            if d is None:
                raise NotFoundError(_("Der Verteiler wurde nicht gefunden."))
            added = self._add_members(uow.session, d, set(person_ids))
            uow.commit()
        return added

    def create_with_members(self, name: str, person_ids: Iterable[int]) -> tuple[int, int]:
        """A new static Verteiler with these people, in one unit of work (a refused name
        leaves nothing behind); returns (list id, members added)."""
        with self._uow() as uow:
            s = uow.session
            d = DistributionList(name=self._check_name(s, name, None), kind="static")
            s.add(d)
            s.flush()
            added = self._add_members(s, d, set(person_ids))
            uow.commit()
            return d.id, added

    @staticmethod
    def _add_members(s, d: DistributionList, wanted: set[int]) -> int:
        if d.kind != "static":
            raise ValidationError(
                {
                    "kind": _(
                        "„{name}“ ist ein dynamischer Verteiler: "
                        "seine Mitglieder ergeben sich aus dem Filter."
                    ).format(name=d.name)
                }
            )
        have = set(
            s.scalars(
                select(distribution_member.c.person_id).where(distribution_member.c.list_id == d.id)
            )
        )
        inquirers = s.scalar(
            select(func.count()).where(Person.id.in_(wanted), Person.inquirer.is_(True))
        )
        if inquirers:
            raise ValidationError(
                {
                    "members": _(
                        "Ratsuchende (Personen, die nur wegen einer Anfrage gespeichert "
                        "sind) können nicht in einen Verteiler aufgenommen werden."
                    )
                }
            )
        new = sorted(set(s.scalars(select(Person.id).where(Person.id.in_(wanted - have)))))
        if new:
            now = utcnow()
            s.execute(
                insert(distribution_member),
                [{"list_id": d.id, "person_id": p, "added_at": now} for p in new],
            )
            d.updated_at = now
        return len(new)

    def remove_members(self, list_id: int, person_ids: Iterable[int]) -> int:
        ids = list(set(person_ids))
        with self._uow() as uow:
            result = uow.session.execute(
                delete(distribution_member).where(
                    distribution_member.c.list_id == list_id,
                    distribution_member.c.person_id.in_(ids),
                )
            )
            uow.commit()
            return result.rowcount or 0

    def describe(self, criteria: Criteria) -> str:
        """The filter in words, for the export's info sheet and the list's tooltip."""
        with self._uow() as uow:
            s = uow.session

            def names(model, ids):
                rows = s.scalars(select(model.name).where(model.id.in_(ids))) if ids else []
                return ", ".join(sorted(rows, key=sort_key))

            parts = [
                ("Arten", names(OrganisationType, criteria.type_ids)),
                ("Landkreise", names(Region, criteria.region_ids)),
                ("WBA-Regionen", ", ".join(criteria.wba_regions)),
                ("Schlagwörter der Person", names(Tag, criteria.tag_ids)),
                ("Schlagwörter der Organisation", names(Tag, criteria.org_tag_ids)),
                ("Funktionen", ", ".join(criteria.functions)),
                ("Suchtext", criteria.text),
            ]
        return "; ".join(f"{label}: {value}" for label, value in parts if value) or "alle"


def _purpose_names(session) -> dict[int | None, str]:
    return dict(session.execute(select(ConsentPurpose.id, ConsentPurpose.name)).all())
