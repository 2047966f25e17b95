"""What the importer matches against, loaded once per preview (not one query per row).

Organisations are keyed like ``OrganisationService.find_duplicates`` does it:
``name_key(name)`` plus the folded city; people by lower-cased e-mail, and by name
(folded like ``PersonService.find_duplicates``: "Mueller, Joerg" = "Müller, Jörg") at
an organisation. Kinds of organisation and districts are matched loosely to the
reference data (which an administrator may have edited).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select

from wba_desktop.db.querying import plain_dict, plain_rows
from wba_desktop.models import Affiliation, Organisation, OrganisationType, Person, Region
from wba_desktop.text.fold import name_key, search_key, sort_key

#: folded words -> a default kind of organisation (matched by folded name)
TYPE_ALIASES = {
    "ihk": "Kammer (IHK)",
    "industrie und handelskammer": "Kammer (IHK)",
    "hwk": "Kammer (HWK)",
    "handwerkskammer": "Kammer (HWK)",
    "traeger": "Weiterbildungsträger",
    "bildungstraeger": "Weiterbildungsträger",
    "weiterbildung": "Weiterbildungsträger",
    "bildungseinrichtung": "Weiterbildungsträger",
    "bildungsanbieter": "Weiterbildungsträger",
    "unternehmen": "Unternehmen",
    "firma": "Unternehmen",
    "betrieb": "Unternehmen",
    "kmu": "Unternehmen",
    "company": "Unternehmen",
    "dgb": "Gewerkschaft",
    "ig metall": "Gewerkschaft",
    "verdi": "Gewerkschaft",
    "ver di": "Gewerkschaft",
    "kommune": "Kommune / Landkreis",
    "stadt": "Kommune / Landkreis",
    "gemeinde": "Kommune / Landkreis",
    "landkreis": "Kommune / Landkreis",
    "stadtverwaltung": "Kommune / Landkreis",
    "wirtschaftsfoerderung": "Wirtschaftsförderung",
    "wifoe": "Wirtschaftsförderung",
    "hochschule": "Hochschule / Forschung",
    "universitaet": "Hochschule / Forschung",
    "uni": "Hochschule / Forschung",
    "fachhochschule": "Hochschule / Forschung",
    "forschung": "Hochschule / Forschung",
    "institut": "Hochschule / Forschung",
    "agentur fuer arbeit": "Agentur für Arbeit",
    "arbeitsagentur": "Agentur für Arbeit",
    "verband": "Fach-/Branchenverband oder Innung",
    "innung": "Fach-/Branchenverband oder Innung",
    "fachverband": "Fach-/Branchenverband oder Innung",
    "branchenverband": "Fach-/Branchenverband oder Innung",
    "ministerium": "Landesbehörde / Ministerium",
    "landesbehoerde": "Landesbehörde / Ministerium",
    "behoerde": "Landesbehörde / Ministerium",
    "netzwerk": "Initiative / Netzwerk",
    "initiative": "Initiative / Netzwerk",
    "cluster": "Initiative / Netzwerk",
    "verein": "Verein / Zivilgesellschaft",
    "schule": "Schule / Berufsschule",
    "berufsschule": "Schule / Berufsschule",
    "bbs": "Schule / Berufsschule",
}
FALLBACK_TYPE = "Sonstige"
#: folded words for "every district" in a Zuständigkeit cell
STATE_WIDE = frozenset(
    {"sachsen anhalt", "ganz sachsen anhalt", "landesweit", "alle", "alle landkreise"}
)
_REGION_PREFIX = re.compile(r"^(?:landkreis|lk|kreis|stadt|kreisfreie stadt|hansestadt)\s+")
_PAREN = re.compile(r"\s*\(.*?\)")
_folded_city = lru_cache(maxsize=16_384)(search_key)
_name_key = lru_cache(maxsize=65_536)(name_key)


@lru_cache(maxsize=65_536)
def _spelled(key: str) -> str:
    """Fold "ae/oe/ue" to "a/o/u" so "mueller joerg" equals "muller jorg" (sort_key of
    "Müller, Jörg"), as ``PersonService.find_duplicates`` compares names."""
    return key.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _emails(session) -> dict[str, int]:
    """Lower-cased e-mail -> id of the oldest person with it who is no private inquirer
    (an import never updates one). Read through the e-mail index alone (the addresses
    and ids are in it), then the inquirers' few addresses again without them."""
    by_address = select(Person.email, Person.id).where(Person.email > "")
    # the oldest of the same address comes last and wins
    emails = plain_dict(session, by_address.order_by(Person.email.desc(), Person.id.desc()))
    taken = plain_dict(
        session, select(Person.email, Person.id).where(Person.email > "", Person.inquirer.is_(True))
    )
    for email in taken:
        emails.pop(email, None)
    again = sorted(taken)
    for start in range(0, len(again), 500):
        stmt = select(Person.email, Person.id, Person.inquirer).where(
            Person.email.in_(again[start : start + 500])  # by the e-mail index
        )
        for email, pid, inquirer in session.execute(stmt.order_by(Person.id.desc())):
            if not inquirer:
                emails[email] = pid
    # compared case-blind: the few addresses stored with capitals move to their lower
    # case (where the oldest wins, too)
    for email in [e for e in emails if e != e.lower()]:
        pid, key = emails.pop(email), email.lower()
        if emails.get(key, pid) >= pid:
            emails[key] = pid
    return emails


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", search_key(text)).strip()


def address_conflict(city_a: str, postcode_a: str, city_b: str, postcode_b: str) -> bool:
    """Two addresses of organisations of the same name that cannot be the same place:
    both have a city and the (folded) cities differ, or both have a postcode and the
    postcodes differ. A missing part never conflicts (a damaged row lacks it)."""
    fa, fb = _folded_city(city_a or ""), _folded_city(city_b or "")
    if fa and fb and fa != fb:
        return True
    return bool(postcode_a and postcode_b and postcode_a != postcode_b)


@dataclass
class Lookups:
    """Reference data and keys of existing records; built by :meth:`load`."""

    types: dict[str, int] = field(default_factory=dict)  # folded name -> id
    type_order: list[tuple[str, int]] = field(default_factory=list)
    fallback_type: int = 0
    regions: dict[str, int] = field(default_factory=dict)  # folded name/plate/ags -> id
    cities: dict[str, int] = field(default_factory=dict)  # folded seat / city -> id
    orgs: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    orgs_by_name: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    org_address: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> city, PLZ
    emails: dict[str, int] = field(default_factory=dict)
    _type_cache: dict[str, tuple[int, bool]] = field(default_factory=dict)
    _region_cache: dict[tuple[str, str], int | None] = field(default_factory=dict)

    @classmethod
    def load(cls, session, people: bool = True) -> Lookups:
        """``people=False``: no e-mails (a file of relations only names organisations)."""
        lk = cls()
        types = session.execute(
            select(OrganisationType.id, OrganisationType.name).order_by(
                OrganisationType.sort_order, OrganisationType.id
            )
        ).all()
        for tid, name in types:
            lk.types[_fold(name)] = tid
            lk.type_order.append((_fold(name), tid))
        lk.fallback_type = lk.types.get(_fold(FALLBACK_TYPE)) or (types[-1][0] if types else 0)
        for r in session.scalars(select(Region)):
            for key in (r.name, _PAREN.sub("", r.name), r.plate, r.ags):
                lk.regions.setdefault(_fold(key), r.id)
            lk.cities.setdefault(_fold(r.seat), r.id)
            if r.kind == "kreisfreie Stadt":
                lk.cities[_fold(r.name)] = r.id
                lk.cities[_fold(_PAREN.sub("", r.name))] = r.id
        # the driver's tuples: no SQLAlchemy row processing for 100,000s
        for oid, dup, name, city, postcode in plain_rows(
            session,
            select(
                Organisation.id,
                Organisation.dup_key,
                Organisation.name,
                Organisation.city,
                Organisation.postcode,
            ).order_by(Organisation.id),
        ):
            label = f"{name} ({city})" if city else name
            lk.orgs.setdefault((dup, _folded_city(city or "")), (oid, label))
            lk.orgs_by_name.setdefault(dup, []).append((oid, label))
            lk.org_address[oid] = (city or "", postcode or "")
        if people:
            lk.emails = _emails(session)
        return lk

    def release(self) -> None:
        """Empty the big tables a few entries at a time. Dropped whole, each is freed in
        one C call that holds the GIL (tens of milliseconds for 100,000 e-mails), and
        the window waits meanwhile; popped one by one, other threads get their turn."""
        for table in (self.emails, self.orgs, self.orgs_by_name, self.org_address):
            while table:
                table.popitem()

    def release_later(self) -> None:
        """:meth:`release` on a thread of its own: the preview is shown meanwhile."""
        threading.Thread(target=self.release, name="import-lookups-release", daemon=True).start()

    # -- kinds and districts ----------------------------------------------------------
    def _type(self, text: str) -> tuple[int, bool]:
        hit = self._type_cache.get(text)
        if hit is None:
            hit = self._type_cache[text] = self._find_type(text)
        return hit

    def _find_type(self, text: str) -> tuple[int, bool]:
        key = _fold(text)
        if not key:
            return self.fallback_type, True
        if key in self.types:
            return self.types[key], True
        alias = TYPE_ALIASES.get(key)
        if alias and _fold(alias) in self.types:
            return self.types[_fold(alias)], True
        words = key.split()
        for name, tid in self.type_order:  # "Kammer" -> "Kammer (IHK)", "Träger" in a name
            if name.startswith(key) or all(w in name.split() for w in words):
                return tid, True
        for word in words:
            alias = TYPE_ALIASES.get(word)
            if alias and _fold(alias) in self.types:
                return self.types[_fold(alias)], True
        return self.fallback_type, False

    def type_id(self, text: str) -> int:
        """The kind of organisation ``text`` names, else "Sonstige"."""
        return self._type(text)[0]

    def knows_type(self, text: str) -> bool:
        return self._type(text)[1]

    def region_id(self, text: str, city: str) -> int | None:
        """District by name, plate or key ("LK Harz", "HZ", "15085"); else from the city
        when it is a kreisfreie Stadt or a district seat."""
        key = (text, city)
        if key not in self._region_cache:
            self._region_cache[key] = self._find_region(text, city)
        return self._region_cache[key]

    def region_ids(self, text: str) -> tuple[list[int], list[str]]:
        """The districts a cell names, separated by comma or semicolon („Harz; Börde“,
        „HZ, BK“); „Sachsen-Anhalt“, „landesweit“ or „alle“: all 14. Returns the ids and
        the parts that name no district."""
        ids: set[int] = set()
        unknown: list[str] = []
        for part in (p.strip() for p in re.split(r"[,;\n]", text or "")):
            if not part:
                continue
            if _fold(part) in STATE_WIDE:
                ids.update(self.regions.values())
                continue
            found = self._find_region(part, "")
            if found is None:
                unknown.append(part)
            else:
                ids.add(found)
        return sorted(ids), unknown

    def _find_region(self, text: str, city: str) -> int | None:
        if text:
            folded = _fold(text)
            found = self.regions.get(folded) or self.regions.get(_REGION_PREFIX.sub("", folded))
            return found
        if city:
            folded = _fold(city)
            return self.cities.get(folded) or self.cities.get(_fold(_PAREN.sub("", city)))
        return None

    # -- records ----------------------------------------------------------------------
    @staticmethod
    def org_key(name: str, city: str) -> tuple[str, str]:
        return (_name_key(name), _folded_city(city or ""))

    def match_org(self, name: str, city: str, postcode: str = "") -> tuple[int, str] | None:
        """(id, label) of an existing organisation with the same normalised name and city;
        else the one organisation of that name whose address does not conflict
        (:func:`address_conflict`), if there is exactly one."""
        key = self.org_key(name, city)
        hit = self.orgs.get(key)
        if hit is None:
            fits = [
                (oid, label)
                for oid, label in self.orgs_by_name.get(key[0], [])
                if not address_conflict(city, postcode, *self.org_address.get(oid, ("", "")))
            ]
            hit = fits[0] if len(fits) == 1 else None
        return hit

    def match_person_email(self, email: str) -> int | None:
        return self.emails.get(email.lower())

    @staticmethod
    def person_name_key(last: str, first: str) -> str:
        return _spelled(sort_key(last, first))

    def people_at(self, session, org_ids: set[int]) -> dict[tuple[int, str], int]:
        """(organisation id, name key) -> person id for people working there."""
        found: dict[tuple[int, str], int] = {}
        ids = sorted(org_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stmt = (
                select(Affiliation.organisation_id, Person.sort_key, Person.id)
                .join(Person, Person.id == Affiliation.person_id)
                .where(Affiliation.organisation_id.in_(chunk))
                .order_by(Person.id)
            )
            for oid, key, pid in session.execute(stmt):
                found.setdefault((oid, _spelled(key)), pid)
        return found

    @staticmethod
    def links(session, person_ids: set[int]) -> set[tuple[int, int]]:
        """(person id, organisation id) of the affiliations ``person_ids`` already have."""
        found: set[tuple[int, int]] = set()
        ids = sorted(person_ids)
        for start in range(0, len(ids), 500):
            stmt = select(Affiliation.person_id, Affiliation.organisation_id).where(
                Affiliation.person_id.in_(ids[start : start + 500])
            )
            found.update((pid, oid) for pid, oid in session.execute(stmt))
        return found
