"""Coverage („Zuständigkeit“): the districts an organisation serves beyond its seat.

An IHK or HWK serves its chamber district, an Agentur für Arbeit its Agenturbezirk, a
Jobcenter its district, a Landesbehörde the whole state. The coverage is saved with the
organisation's form (``OrganisationData.coverage_region_ids``: one save, one version
step, logged like the tags); this service answers the questions asked of it:

- :meth:`CoverageService.covering`: which organisations are there for a district, by
  seat or by coverage (the gap analysis, the Lotsen desk's referral);
- :meth:`CoverageService.entries`: every organisation's covered districts at once, as
  plain values for the network's gap analysis and suggestions;
- :meth:`CoverageService.of` / :meth:`CoverageService.set`: one organisation's coverage,
  for a caller that changes nothing else (checked against the version it loaded).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, OrganisationType, Region, organisation_coverage
from wba_desktop.services.conflicts import save_tagged
from wba_desktop.services.directory.organisation_rules import (
    STATE_WIDE,
    apply_to,
    check_refs,
    current_record,
    data_of,
)
from wba_desktop.text.fold import search_key, sort_key


@dataclass(frozen=True)
class PresentOrganisation:
    """An organisation that is there for a district: seated there or covering it."""

    id: int
    name: str
    short_name: str
    type_id: int
    type_name: str
    seat: str  # the district of the seat ("" unknown)
    by_seat: bool  # seated in the district (else: by coverage)

    @property
    def how(self) -> str:
        return "Sitz" if self.by_seat else "Zuständigkeit"


@dataclass(frozen=True)
class CoverageEntry:
    """One organisation with the districts it covers (by name), for the network."""

    id: int
    name: str
    short_name: str
    kind: str
    seat: str
    districts: tuple[str, ...]
    wba_regions: tuple[str, ...]


class CoverageService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- reading ---------------------------------------------------------------------
    def of(self, org_id: int) -> list[int]:
        """The region ids ``org_id`` covers (sorted)."""
        with self._uow() as uow:
            org = uow.session.get(Organisation, org_id)
            if org is None:
                raise NotFoundError(_("Die Organisation wurde nicht gefunden (gelöscht?)."))
            return sorted(r.id for r in org.coverage)

    def covering(
        self,
        region_id: int,
        kinds: Iterable[int | str] | None = None,
        *,
        active_only: bool = True,
    ) -> list[PresentOrganisation]:
        """The organisations present in district ``region_id`` by seat OR coverage,
        seated ones first, then by name. ``kinds``: type ids or type names (any case);
        None: every kind."""
        covered = select(organisation_coverage.c.organisation_id).where(
            organisation_coverage.c.region_id == region_id
        )
        stmt = (
            select(Organisation)
            .join(OrganisationType, Organisation.type_id == OrganisationType.id)
            .where(or_(Organisation.region_id == region_id, Organisation.id.in_(covered)))
        )
        if active_only:
            stmt = stmt.where(Organisation.active.is_(True))
        if kinds is not None:
            kinds = list(kinds)
            ids = [k for k in kinds if isinstance(k, int)]
            names = [search_key(k) for k in kinds if isinstance(k, str)]
            with self._uow() as uow:
                types = uow.session.execute(select(OrganisationType.id, OrganisationType.name))
                ids += [i for i, n in types if search_key(n) in names]
            stmt = stmt.where(Organisation.type_id.in_(ids))
        with self._uow() as uow:
            found = [
                PresentOrganisation(
                    id=o.id,
                    name=o.name,
                    short_name=o.short_name,
                    type_id=o.type_id,
                    type_name=o.type.name,
                    seat=o.region.name if o.region else "",
                    by_seat=o.region_id == region_id,
                )
                for o in uow.session.scalars(stmt)
            ]
        return sorted(found, key=lambda p: (not p.by_seat, sort_key(p.name), p.id))

    def entries(self, active_only: bool = True) -> list[CoverageEntry]:
        """Every organisation with a coverage, with the districts it covers beyond its
        seat (by name) and their WBA regions: what the gap analysis needs."""
        stmt = (
            select(
                Organisation.id,
                Organisation.name,
                Organisation.short_name,
                OrganisationType.name,
                Organisation.region_id,
                Region.id,
                Region.name,
                Region.wba_region,
            )
            .join(organisation_coverage, organisation_coverage.c.organisation_id == Organisation.id)
            .join(Region, Region.id == organisation_coverage.c.region_id)
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
        )
        if active_only:
            stmt = stmt.where(Organisation.active.is_(True))
        by_org: dict[int, dict] = {}
        with self._uow() as uow:
            seats = dict(uow.session.execute(select(Region.id, Region.name)).all())
            for oid, name, short, kind, seat_id, rid, rname, wba in uow.session.execute(stmt):
                entry = by_org.setdefault(
                    oid,
                    {"name": name, "short": short, "kind": kind, "seat": seats.get(seat_id, "")},
                )
                if rid != seat_id:
                    entry.setdefault("districts", []).append((rname, wba))
        out = []
        for oid, e in by_org.items():
            districts = sorted(e.get("districts", []), key=lambda d: sort_key(d[0]))
            if not districts:
                continue
            out.append(
                CoverageEntry(
                    id=oid,
                    name=e["name"],
                    short_name=e["short"] or "",
                    kind=e["kind"],
                    seat=e["seat"],
                    districts=tuple(d for d, _w in districts),
                    wba_regions=tuple(dict.fromkeys(w for _d, w in districts if w)),
                )
            )
        return sorted(out, key=lambda c: (sort_key(c.name), c.id))

    def labels(self, org_ids: Sequence[int]) -> dict[int, str]:
        """How each organisation's coverage reads in a list or export: the districts by
        name, „ganz Sachsen-Anhalt“ for all of them; organisations without one left out."""
        ids = list(org_ids)
        if not ids:
            return {}
        with self._uow() as uow:
            return coverage_labels(uow.session, ids)

    # -- writing ---------------------------------------------------------------------
    def set(self, org_id: int, region_ids: Iterable[int], expected_version: int | None) -> int:
        """Replace the coverage of ``org_id`` (nothing else of the record changes);
        a newer version than ``expected_version`` raises StaleEdit. Returns the new
        version."""

        def load(session):
            return current_record(session, org_id, expected_version)

        def apply(org, session) -> None:
            data = data_of(org)
            data.coverage_region_ids = sorted(set(region_ids))
            check_refs(session, data)
            apply_to(org, data, session)

        return save_tagged(self._uow, load, apply, lambda org: org.version)


def coverage_labels(session, ids: Sequence[int]) -> dict[int, str]:
    """{organisation id: its covered districts as text} for ``ids`` (one query per
    500 ids); see :meth:`CoverageService.labels`."""
    regions = dict(session.execute(select(Region.id, Region.name)).all())
    found: dict[int, list[int]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows = session.execute(
            select(
                organisation_coverage.c.organisation_id, organisation_coverage.c.region_id
            ).where(organisation_coverage.c.organisation_id.in_(part))
        )
        for oid, rid in rows:
            found.setdefault(oid, []).append(rid)
    out = {}
    for oid, rids in found.items():
        if set(rids) >= set(regions):
            out[oid] = STATE_WIDE
        else:
            out[oid] = ", ".join(sorted((regions[r] for r in rids), key=sort_key))
    return out
