"""Weiterbildungsverbünde: the record, districts covered and the dated phase history.

What the form must meet is in ``verbund_rules``; members and Beirat in ``members``,
tasks and key figures in ``progress``, the health check in ``health``. Everything
returns plain dataclasses.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.exc import StaleDataError

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.db.uow import CHANGED
from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Region,
    Verbund,
    VerbundMember,
    VerbundPhase,
    verbund_region,
)
from wba_desktop.models.base import utcnow
from wba_desktop.services import validation as v
from wba_desktop.services.conflicts import check_version, stale_edit
from wba_desktop.services.verbuende.verbund_rules import (  # re-exported
    VerbundData,
    apply_to,
    check_refs,
    current_record,
    data_of,
    validate,
)
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import PHASES

log = logging.getLogger(__name__)

__all__ = [
    "PhaseEntry",
    "VerbundData",
    "VerbundDetail",
    "VerbundFilter",
    "VerbundRow",
    "VerbundService",
    "validate",
]


@dataclass(frozen=True)
class PhaseEntry:
    id: int
    phase: str
    since: date
    note: str


@dataclass(frozen=True)
class VerbundDetail:
    id: int
    version: int
    data: VerbundData
    coordinator_name: str
    region_names: tuple[str, ...]
    wba_regions: tuple[str, ...]
    phase: str
    history: tuple[PhaseEntry, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def label(self) -> str:
        short = self.data.short_name
        return f"{self.data.name} ({short})" if short and short != self.data.name else self.name


@dataclass(frozen=True)
class VerbundRow:
    """One line of the overview (health and members filled in by the overview query)."""

    id: int
    name: str
    short_name: str
    type: str
    phase: str
    phase_since: date | None
    coordinator_name: str
    region_names: tuple[str, ...]
    wba_regions: tuple[str, ...]
    funding_end: date | None
    members: int
    version: int | None = None  # the version shown (a delete asks when it changed)


@dataclass(frozen=True)
class VerbundFilter:
    text: str = ""
    phases: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    region_ids: tuple[int, ...] = ()
    wba_regions: tuple[str, ...] = ()


def _wba(regions: list[Region]) -> tuple[str, ...]:
    return tuple(sorted({r.wba_region for r in regions if r.wba_region}))


class VerbundService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- reading ---------------------------------------------------------------------
    def get(self, verbund_id: int) -> VerbundDetail:
        with self._uow() as uow:
            s = uow.session
            vb = s.get(Verbund, verbund_id)
            if vb is None:
                raise NotFoundError(_("Der Verbund wurde nicht gefunden (gelöscht?)."))
            regions = self._regions(s, [verbund_id]).get(verbund_id, [])
            history = s.scalars(
                select(VerbundPhase)
                .where(VerbundPhase.verbund_id == verbund_id)
                .order_by(VerbundPhase.since, VerbundPhase.id)
            ).all()
            data = data_of(s, vb, history[-1].since if history else None)
            return VerbundDetail(
                id=vb.id,
                version=vb.version,
                data=data,
                coordinator_name=vb.coordinator.name if vb.coordinator else "",
                region_names=tuple(r.name for r in regions),
                wba_regions=_wba(regions),
                phase=vb.phase,
                history=tuple(PhaseEntry(h.id, h.phase, h.since, h.note) for h in history),
            )

    def by_name(self, name: str) -> VerbundDetail:
        """Find by name or short name, case-insensitive (for the command line)."""
        key = name.strip().lower()
        if not key:
            raise NotFoundError(_("Bitte den Namen oder Kurznamen des Verbunds angeben."))
        with self._uow() as uow:
            vid = uow.session.scalar(
                select(Verbund.id).where(
                    (func.lower(Verbund.name) == key) | (func.lower(Verbund.short_name) == key)
                )
            )
        if vid is None:
            raise NotFoundError(_("Einen Verbund „{name}“ gibt es nicht.").format(name=name))
        return self.get(vid)

    def rows(self, flt: VerbundFilter = VerbundFilter()) -> list[VerbundRow]:
        today = date.today()
        with self._uow() as uow:
            s = uow.session
            stmt = select(Verbund).options(joinedload(Verbund.coordinator))
            if flt.phases:
                stmt = stmt.where(Verbund.phase.in_(flt.phases))
            if flt.types:
                stmt = stmt.where(Verbund.type.in_(flt.types))
            if flt.region_ids or flt.wba_regions:
                sub = select(verbund_region.c.verbund_id).join(
                    Region, Region.id == verbund_region.c.region_id
                )
                if flt.region_ids:
                    sub = sub.where(Region.id.in_(flt.region_ids))
                if flt.wba_regions:
                    sub = sub.where(Region.wba_region.in_(flt.wba_regions))
                stmt = stmt.where(Verbund.id.in_(sub))
            verbuende = s.scalars(stmt).all()
            ids = [vb.id for vb in verbuende]
            regions = self._regions(s, ids)
            since = dict(
                s.execute(
                    select(VerbundPhase.verbund_id, func.max(VerbundPhase.since)).group_by(
                        VerbundPhase.verbund_id
                    )
                ).all()
            )
            members = dict(
                s.execute(
                    select(VerbundMember.verbund_id, func.count())
                    .where(
                        (VerbundMember.left_on.is_(None)) | (VerbundMember.left_on > today),
                        (VerbundMember.joined_on.is_(None)) | (VerbundMember.joined_on <= today),
                    )
                    .group_by(VerbundMember.verbund_id)
                ).all()
            )
            rows = [
                VerbundRow(
                    id=vb.id,
                    name=vb.name,
                    short_name=vb.short_name,
                    type=vb.type,
                    phase=vb.phase,
                    phase_since=since.get(vb.id),
                    coordinator_name=vb.coordinator.name if vb.coordinator else "",
                    region_names=tuple(r.name for r in regions.get(vb.id, [])),
                    wba_regions=_wba(regions.get(vb.id, [])),
                    funding_end=vb.funding_end,
                    members=members.get(vb.id, 0),
                    version=vb.version,
                )
                for vb in verbuende
            ]
        if flt.text:
            needle = sort_key(flt.text)
            rows = [
                r
                for r in rows
                if needle in sort_key(" ".join((r.name, r.short_name, r.coordinator_name)))
            ]
        return sorted(rows, key=lambda r: sort_key(r.name))

    def choices(self) -> list[tuple[int, str]]:
        """(id, label) of all Verbünde for pickers."""
        with self._uow() as uow:
            rows = uow.session.execute(select(Verbund.id, Verbund.name, Verbund.short_name)).all()
        return sorted(
            ((i, f"{n} ({sn})" if sn and sn != n else n) for i, n, sn in rows),
            key=lambda t: sort_key(t[1]),
        )

    @staticmethod
    def _regions(s, ids: list[int]) -> dict[int, list[Region]]:
        out: dict[int, list[Region]] = {}
        if not ids:
            return out
        stmt = (
            select(verbund_region.c.verbund_id, Region)
            .join(Region, Region.id == verbund_region.c.region_id)
            .where(verbund_region.c.verbund_id.in_(ids))
            .order_by(Region.name)
        )
        for vid, region in s.execute(stmt):
            out.setdefault(vid, []).append(region)
        return out

    # -- writing ---------------------------------------------------------------------
    def create(self, data: VerbundData, *, today: date | None = None) -> VerbundDetail:
        data = validate(data)
        with self._uow() as uow:
            s = uow.session
            check_refs(s, data, None)
            vb = Verbund()
            apply_to(vb, data)
            vb.phase = data.phase
            s.add(vb)
            s.flush()
            self._set_regions(s, vb.id, data.region_ids)
            s.add(
                VerbundPhase(
                    verbund_id=vb.id,
                    phase=data.phase,
                    since=data.phase_since or today or date.today(),
                    note="angelegt",
                )
            )
            uow.commit()
            new_id = vb.id
        log.info("verbund %s created", new_id)
        return self.get(new_id)

    def update(
        self,
        verbund_id: int,
        data: VerbundData,
        expected_version: int,
        original: VerbundData | None = None,
    ) -> VerbundDetail:
        """Save the form over the version the user loaded (``original`` is the form as
        loaded). A newer version raises :class:`StaleEdit` naming what the other save
        changed, a deleted Verbund :class:`DeletedMeanwhile`; nothing is written then."""
        data = validate(data)
        with self._uow() as uow:
            s = uow.session
            vb = current_record(s, verbund_id, expected_version, data, original)
            check_refs(s, data, verbund_id)
            apply_to(vb, data)
            # the districts are a link table: touch the row so its version counts the change
            vb.updated_at = utcnow()
            try:
                s.flush()
                self._set_regions(s, verbund_id, data.region_ids)
                uow.commit()
                saved = True
            except StaleDataError:
                saved = False  # saved by someone else between the check and the write
        if saved:
            return self.get(verbund_id)
        with self._uow() as uow:
            current_record(uow.session, verbund_id, expected_version, data, original)
        raise ConflictError(_(CHANGED))

    def delete(self, verbund_id: int, expected_version: int | None = None) -> None:
        """Delete with members, phases, tasks and figures. With ``expected_version`` a
        newer version raises StaleEdit."""
        with self._uow() as uow:
            vb = uow.session.get(Verbund, verbund_id)
            if vb is None:
                return
            check_version(vb, expected_version, lambda: stale_edit(vb, vb.name))
            uow.session.delete(vb)
            uow.commit()

    def change_phase(
        self, verbund_id: int, phase: str, since: date, note: str = ""
    ) -> VerbundDetail:
        """Record that the Verbund entered ``phase`` on ``since``."""
        c = v.Collector()
        v.check_choice(c, "phase", _("Phase"), phase, PHASES, required=True)
        if since is None:
            c.add("since", _("Seit: Bitte ein Datum eintragen."))
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            vb = s.get(Verbund, verbund_id)
            if vb is None:
                raise NotFoundError(_("Der Verbund wurde nicht gefunden (gelöscht?)."))
            last = s.scalars(
                select(VerbundPhase)
                .where(VerbundPhase.verbund_id == verbund_id)
                .order_by(VerbundPhase.since.desc(), VerbundPhase.id.desc())
            ).first()
            if last is not None and since < last.since:
                raise ValidationError(
                    {
                        "since": _(
                            "Seit: Der Wechsel ({since:%d.%m.%Y}) liegt vor dem letzten "
                            "Phasenwechsel ({phase} seit {since2:%d.%m.%Y})."
                        ).format(since=since, phase=last.phase, since2=last.since)
                    }
                )
            if last is not None and last.phase == phase:
                raise ValidationError(
                    {"phase": _("Phase: Der Verbund ist schon in „{phase}“.").format(phase=phase)}
                )
            s.add(VerbundPhase(verbund_id=verbund_id, phase=phase, since=since, note=note.strip()))
            vb.phase = phase
            uow.commit()
        return self.get(verbund_id)

    def delete_phase_entry(self, verbund_id: int, entry_id: int) -> VerbundDetail:
        """Take back the newest phase change (only the newest, so the history stays
        consistent); the first entry stays."""
        with self._uow() as uow:
            s = uow.session
            entries = s.scalars(
                select(VerbundPhase)
                .where(VerbundPhase.verbund_id == verbund_id)
                .order_by(VerbundPhase.since.desc(), VerbundPhase.id.desc())
            ).all()
            if not entries or entries[0].id != entry_id:
                raise ValidationError(
                    {"history": _("Phasen: Nur der letzte Phasenwechsel kann entfernt werden.")}
                )
            if len(entries) == 1:
                raise ValidationError({"history": _("Phasen: Die erste Phase bleibt stehen.")})
            s.delete(entries[0])
            vb = s.get(Verbund, verbund_id)
            vb.phase = entries[1].phase
            uow.commit()
        return self.get(verbund_id)

    @staticmethod
    def _set_regions(s, verbund_id: int, region_ids: tuple[int, ...]) -> None:
        with audit.track_links(s, "verbund", verbund_id, {"regions": verbund_region}):
            s.execute(delete(verbund_region).where(verbund_region.c.verbund_id == verbund_id))
            ids = sorted(set(region_ids))
            if ids:
                rows = [{"verbund_id": verbund_id, "region_id": r} for r in ids]
                s.execute(insert(verbund_region), rows)
