"""The rules an organisation must meet, apart from storing it: the form a user fills
in (``OrganisationData``), how it is cleaned and checked (:func:`validate`,
:func:`check_refs`), how a record takes it over with its search keys
(:func:`apply_to`), and when two organisations look like duplicates (same
normalised name and city, or the same e-mail address). The import uses the same
rules, so a row is checked the way the dialog checks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import func, or_, select

from wba_desktop.i18n import _
from wba_desktop.models import Organisation, OrganisationType, Region
from wba_desktop.services import validation as v
from wba_desktop.services.conflicts import check_version, deleted, plain, stale_edit
from wba_desktop.services.directory.reference import MAX_CADENCE_DAYS, get_or_create_tags
from wba_desktop.text.fold import name_key, search_key, sort_key
from wba_desktop.vocab import SIZE_CLASSES, STANCES


@dataclass
class OrganisationData:
    """What a user enters for an organisation."""

    name: str = ""
    type_id: int | None = None
    short_name: str = ""
    region_id: int | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    sectors: str = ""
    size_class: str = ""
    active: bool = True
    influence: int | None = None
    interest: int | None = None
    stance: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    #: days between contacts; None: the default of the kind
    contact_cadence_days: int | None = None
    #: the districts served beyond the seat („Zuständig für“), by region id;
    #: None: leave the stored coverage as it is (an import without the column)
    coverage_region_ids: list[int] | None = None


#: form fields that are not columns of the record (kept in step by ``apply_to``)
LINK_FIELDS = ("tags", "coverage_region_ids")


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    name: str
    city: str
    email: str
    reason: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.city})" if self.city else self.name


def validate(data: OrganisationData) -> OrganisationData:
    c = v.Collector()
    data.name = v.clean_text(data.name)
    v.check_required(c, "name", _("Name"), data.name)
    if data.type_id is None:
        c.add("type_id", _("Art: Bitte eine Art der Organisation wählen."))
    data.short_name = v.clean_text(data.short_name)
    data.street = v.clean_text(data.street)
    data.city = v.clean_text(data.city)
    data.sectors = v.clean_text(data.sectors)
    data.stance = v.clean_text(data.stance)
    data.notes = v.clean_text(data.notes)
    data.postcode = v.clean_postcode(c, "postcode", data.postcode)
    data.email = v.clean_email(c, "email", data.email)
    data.phone = v.clean_phone(c, "phone", _("Telefon"), data.phone)
    data.website = v.clean_website(data.website)
    v.check_range(c, "influence", _("Einfluss"), data.influence, 1, 5)
    v.check_range(c, "interest", _("Interesse"), data.interest, 1, 5)
    v.check_choice(c, "size_class", _("Größenklasse"), data.size_class, SIZE_CLASSES)
    v.check_choice(c, "stance", _("Haltung"), data.stance, STANCES)
    v.check_range(
        c,
        "contact_cadence_days",
        _("Kontakt alle … Tage"),
        data.contact_cadence_days,
        1,
        MAX_CADENCE_DAYS,
    )
    v.check_texts(c, data, Organisation)
    v.check_tags(c, data.tags)
    if data.coverage_region_ids is not None:
        data.coverage_region_ids = sorted(set(data.coverage_region_ids))
    c.raise_if_any()
    return data


def apply_to(org: Organisation, data: OrganisationData, session, tags: dict | None = None) -> None:
    """The form onto the record; ``tags``: a tag cache, see ``get_or_create_tags``."""
    for f in fields(OrganisationData):
        if f.name not in LINK_FIELDS:
            setattr(org, f.name, getattr(data, f.name))
    with session.no_autoflush:  # one save is one flush, so one version step
        org.tags = get_or_create_tags(session, data.tags, tags)
        wanted = data.coverage_region_ids
        if wanted is not None and sorted(wanted) != sorted(r.id for r in org.coverage):
            org.coverage = [session.get(Region, i) for i in sorted(wanted)]
    org.search_key = search_key(
        org.name, org.short_name, org.city, org.postcode, org.email, org.sectors
    )
    org.sort_key = sort_key(org.name)
    org.dup_key = name_key(org.name)


def data_of(org: Organisation) -> OrganisationData:
    values = {
        f.name: getattr(org, f.name) for f in fields(OrganisationData) if f.name not in LINK_FIELDS
    }
    return OrganisationData(
        **values,
        tags=[t.name for t in org.tags],
        coverage_region_ids=sorted(r.id for r in org.coverage),
    )


def current_record(s, org_id: int, expected: int | None, mine=None, original=None) -> Organisation:
    """The stored organisation, if still at version ``expected`` (None: any); else the
    StaleEdit naming what changed against ``mine`` (the form being saved) and
    ``original`` (the form as loaded), or DeletedMeanwhile."""
    org = s.get(Organisation, org_id)
    if org is None:
        raise deleted(_("Die Organisation"))
    check_version(
        org,
        expected,
        lambda: stale_edit(
            org,
            org.name,
            mine=mine,
            theirs=data_of(org) if mine is not None else None,
            original=original,
            labels=FIELD_LABELS,
            show=shower(s),
        ),
    )
    return org


def check_refs(session, data: OrganisationData) -> None:
    """The kind and the district chosen must exist."""
    c = v.Collector()
    if session.get(OrganisationType, data.type_id) is None:
        c.add("type_id", _("Art: Diese Art der Organisation gibt es nicht."))
    if data.region_id is not None and session.get(Region, data.region_id) is None:
        c.add("region_id", _("Landkreis: Diesen Landkreis gibt es nicht in Sachsen-Anhalt."))
    for region_id in data.coverage_region_ids or ():
        if session.get(Region, region_id) is None:
            c.add(
                "coverage_region_ids",
                _("Zuständig für: Diesen Landkreis gibt es nicht in Sachsen-Anhalt."),
            )
            break
    c.raise_if_any()


def find_duplicates(
    session, data: OrganisationData, exclude_id: int | None = None
) -> list[DuplicateCandidate]:
    """Existing organisations with the same normalised name and city, or the same e-mail."""
    key = name_key(data.name)
    city = search_key(data.city)
    email = (data.email or "").strip().lower()
    conds = []
    if key:
        conds.append(Organisation.dup_key == key)
    if email:
        conds.append(func.lower(Organisation.email) == email)
    if not conds:
        return []
    stmt = select(Organisation).where(or_(*conds))
    if exclude_id is not None:
        stmt = stmt.where(Organisation.id != exclude_id)
    result = []
    for o in session.scalars(stmt.limit(500)):
        if email and o.email.lower() == email:
            reason = _("gleiche E-Mail-Adresse {email}").format(email=o.email)
        elif o.dup_key == key and search_key(o.city) == city:
            reason = _("gleicher Name und Ort")
        else:
            continue
        result.append(DuplicateCandidate(o.id, o.name, o.city, o.email, reason))
    return result


#: the form's fields in the order of the form, as a conflict names them
FIELD_LABELS = {
    "name": "Name",
    "short_name": "Kurzname",
    "type_id": "Art",
    "region_id": "Landkreis",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "email": "E-Mail",
    "phone": "Telefon",
    "website": "Website",
    "sectors": "Branchen",
    "tags": "Schlagwörter",
    "coverage_region_ids": "Zuständig für",
    "size_class": "Größe",
    "influence": "Einfluss",
    "interest": "Interesse",
    "stance": "Haltung",
    "contact_cadence_days": "Kontakt alle … Tage",
    "active": "aktiv",
    "notes": "Notizen",
}
LEVELS = ("sehr gering", "gering", "mittel", "hoch", "sehr hoch")


def shower(session):
    """How a field value of the form reads (kinds and districts by name)."""

    def show(name: str, value) -> str:
        if value is None:
            return ""
        if name == "type_id":
            kind = session.get(OrganisationType, value)
            return kind.name if kind is not None else str(value)
        if name == "region_id":
            region = session.get(Region, value)
            return region.name if region is not None else str(value)
        if name == "coverage_region_ids":
            return coverage_text(session, value)
        if name in ("influence", "interest") and 1 <= value <= len(LEVELS):
            return f"{value} – {LEVELS[value - 1]}"
        return plain(value)

    return show


def coverage_text(session, region_ids) -> str:
    """The districts served as a reader reads them: "ganz Sachsen-Anhalt" for all."""
    ids = set(region_ids or ())
    if not ids:
        return ""
    regions = session.scalars(select(Region)).all()
    if ids >= {r.id for r in regions}:
        return STATE_WIDE
    return ", ".join(sorted((r.name for r in regions if r.id in ids), key=sort_key))


#: how a coverage of every district reads
STATE_WIDE = "ganz Sachsen-Anhalt"
