"""The rules a Verbund record must meet, apart from storing it: the form
(``VerbundData``), how it is cleaned and checked (:func:`validate`), the references
that must hold in the database (:func:`check_refs`: a unique name, an existing
coordinator and districts) and how a record takes the form over (:func:`apply_to`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Region, Verbund, verbund_region
from wba_desktop.services import validation as v
from wba_desktop.services.conflicts import check_version, deleted, plain, stale_edit
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import PHASES, VERBUND_TYPES


@dataclass
class VerbundData:
    """What the Verbund form edits. ``phase``/``phase_since`` only count on create."""

    name: str
    short_name: str = ""
    type: str = "Sonstiger"
    sectors: str = ""
    topics: str = ""
    region_ids: tuple[int, ...] = ()
    coordinator_id: int | None = None
    funding_programme: str = ""
    grant_reference: str = ""
    funding_start: date | None = None
    funding_end: date | None = None
    budget: float | None = None
    goals: str = ""
    continuation_plan: str = ""
    notes: str = ""
    phase: str = "Idee"
    phase_since: date | None = None


def validate(data: VerbundData) -> VerbundData:
    c = v.Collector()
    data.name = v.clean_text(data.name)
    data.short_name = v.clean_text(data.short_name)
    for attr in ("sectors", "topics", "funding_programme", "grant_reference"):
        setattr(data, attr, v.clean_text(getattr(data, attr)))
    for attr in ("goals", "continuation_plan", "notes"):
        setattr(data, attr, v.clean_text(getattr(data, attr)))
    v.check_required(c, "name", _("Name"), data.name)
    v.check_choice(c, "type", _("Typ"), data.type, VERBUND_TYPES, required=True)
    v.check_choice(c, "phase", _("Phase"), data.phase, PHASES, required=True)
    v.check_texts(c, data, Verbund)
    if data.funding_start and data.funding_end and data.funding_end < data.funding_start:
        c.add(
            "funding_end",
            _(
                "Förderende: Das Ende ({funding_end:%d.%m.%Y}) liegt vor dem Beginn "
                "({funding_start:%d.%m.%Y})."
            ).format(funding_end=data.funding_end, funding_start=data.funding_start),
        )
    if data.budget is not None and data.budget < 0:
        c.add("budget", _("Budget: Bitte keinen negativen Betrag eintragen."))
    c.raise_if_any()
    return data


def apply_to(vb: Verbund, data: VerbundData) -> None:
    """Take the form over into the record (the districts are set apart)."""
    for attr in (
        "name",
        "short_name",
        "type",
        "sectors",
        "topics",
        "coordinator_id",
        "funding_programme",
        "grant_reference",
        "funding_start",
        "funding_end",
        "budget",
        "goals",
        "continuation_plan",
        "notes",
    ):
        setattr(vb, attr, getattr(data, attr))
    vb.sort_key = sort_key(data.name)[:200]


def check_refs(s, data: VerbundData, verbund_id: int | None) -> None:
    """The name is unique; the coordinator and the districts chosen exist."""
    c = v.Collector()
    clash = s.scalar(
        select(Verbund.id).where(
            func.lower(Verbund.name) == data.name.lower(), Verbund.id != (verbund_id or 0)
        )
    )
    if clash:
        c.add("name", _("Name: Einen Verbund „{name}“ gibt es schon.").format(name=data.name))
    if data.coordinator_id is not None and s.get(Organisation, data.coordinator_id) is None:
        c.add("coordinator_id", _("Koordinierende Organisation: Diese gibt es nicht (mehr)."))
    if data.region_ids:
        found = s.scalar(
            select(func.count()).select_from(Region).where(Region.id.in_(data.region_ids))
        )
        if found != len(set(data.region_ids)):
            c.add("region_ids", _("Landkreise: Ein gewählter Landkreis ist unbekannt."))
    c.raise_if_any()


def get_verbund(s, verbund_id: int) -> Verbund:
    """The Verbund, or the German "not found" for one deleted meanwhile."""
    vb = s.get(Verbund, verbund_id)
    if vb is None:
        raise NotFoundError(_("Der Verbund wurde nicht gefunden (gelöscht?)."))
    return vb


#: the form's fields in the order of the form, as a conflict names them (the phase
#: changes through the history, not through the form)
FIELD_LABELS = {
    "name": "Name",
    "short_name": "Kurzname",
    "type": "Typ",
    "sectors": "Branchen",
    "topics": "Themen",
    "coordinator_id": "Koordinierende Organisation",
    "region_ids": "Landkreise",
    "funding_programme": "Förderprogramm",
    "grant_reference": "Förderkennzeichen",
    "funding_start": "Förderbeginn",
    "funding_end": "Förderende",
    "budget": "Budget",
    "goals": "Ziele",
    "continuation_plan": "Verstetigung",
    "notes": "Notizen",
}


def data_of(s, vb: Verbund, phase_since: date | None = None) -> VerbundData:
    """The form of a stored Verbund (``phase_since``: when its phase began)."""
    region_ids = s.scalars(
        select(verbund_region.c.region_id)
        .where(verbund_region.c.verbund_id == vb.id)
        .order_by(verbund_region.c.region_id)
    ).all()
    values = {name: getattr(vb, name) for name in FIELD_LABELS if name != "region_ids"}
    return VerbundData(
        **values, region_ids=tuple(region_ids), phase=vb.phase, phase_since=phase_since
    )


def current_record(s, verbund_id: int, expected: int | None, mine=None, original=None) -> Verbund:
    """The stored Verbund, if still at version ``expected`` (None: any); else the
    StaleEdit naming what changed against ``mine`` and ``original``."""
    vb = s.get(Verbund, verbund_id)
    if vb is None:
        raise deleted(_("Der Verbund"))

    def show(name: str, value) -> str:
        if name == "coordinator_id" and value is not None:
            return getattr(s.get(Organisation, value), "name", str(value))
        if name == "region_ids":
            return plain([getattr(s.get(Region, i), "name", str(i)) for i in value])
        if name == "budget" and value is not None:
            return fmt.money(value)
        return plain(value)

    check_version(
        vb,
        expected,
        lambda: stale_edit(
            vb,
            vb.name,
            mine=mine,
            theirs=data_of(s, vb) if mine is not None else None,
            original=original,
            labels=FIELD_LABELS,
            show=show,
        ),
    )
    return vb
