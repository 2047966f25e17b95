"""The demo directory: organisations (the public institutions of the catalogue and
invented companies, training providers, associations …), people with their
affiliations, and the relations between organisations. All rows are built as plain
dicts from one random generator, in a fixed order (the same seed gives the same
data), then written with SQLAlchemy Core ``executemany`` in chunks. The derived
columns (search/sort/duplicate keys) are computed exactly as the services do.
``generate`` drives it and adds Verteiler, Verbünde and events.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from wba_desktop import models as m
from wba_desktop.db import UnitOfWork
from wba_desktop.demo import directory_catalogue as cat
from wba_desktop.demo.coverage import coverage_rows
from wba_desktop.models.base import utcnow
from wba_desktop.text.fold import name_key, search_key, sort_key
from wba_desktop.vocab import CHANNELS, SIZE_CLASSES, STANCES

CHUNK = 5_000
#: reports ``n`` units of work done on ``what`` (and may raise to cancel)
Tick = Callable[[int, str], None]
_FIRST_DAY, _SPAN = date(2008, 1, 1), (date(2025, 12, 31) - date(2008, 1, 1)).days
_LEGAL_NOISE = re.compile(
    r"\b(gmbh|ggmbh|mbh|ag|kg|e\.?k|eg|ug|e\.v|co|partner|haftungsbeschraenkt)\b|&|[()]"
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Names repeat a lot: fold each combination once (the same functions the services use).
_folded = lru_cache(maxsize=65_536)(search_key)
_sorted = lru_cache(maxsize=65_536)(sort_key)


def _slug(text_: str) -> str:
    return _NOT_SLUG.sub("-", _LEGAL_NOISE.sub(" ", _folded(text_))).strip("-")[:40]


def _fold_parts(*parts: str) -> str:
    """``search_key(*parts)``, folding each part once (a test checks that they agree)."""
    return " ".join(_folded(p) for p in parts if p)


class DirectoryBuilder:
    """Builds the rows as plain dicts. All randomness comes from ``rng``, in a fixed order."""

    def __init__(self, rng: random.Random, ref: dict, tick: Tick) -> None:
        self.rng, self.ref, self.tick, self.now = rng, ref, tick, utcnow()
        self.orgs: list[dict] = []
        self.meta: list[tuple[str, str, str]] = []  # per organisation: kind, ags, domain
        self.pool: dict[tuple[str, ...], list[int]] = {}  # (kind[, ags | wba]) -> indexes
        self.keys: dict[str, int] = {}  # public institution key -> index
        self.handwerk: set[int] = set()  # companies that belong to the HWK
        self.people: list[dict] = []
        self.affiliations: list[dict] = []
        self.relations: list[dict] = []
        self.org_tags: list[tuple[int, str]] = []
        self.person_tags: list[tuple[int, str]] = []
        self._names: set[tuple[str, str]] = set()  # (name, city)
        self._domains: set[str] = set()
        self._emails: set[str] = set()
        self._pairs: set[tuple[int, int, int]] = set()

    # -- small helpers ----------------------------------------------------------------
    def _stamps(self) -> tuple:
        created = self.now - timedelta(minutes=self.rng.randint(60, 3 * 525_600))
        return created, min(self.now, created + timedelta(days=self.rng.randint(0, 400)))

    def _day(self, after: date | None = None) -> date:
        if after is None:
            return _FIRST_DAY + timedelta(days=self.rng.randint(0, _SPAN))
        return after + timedelta(days=self.rng.randint(90, 2500))

    def _phone(self, area: str) -> str:
        digits = self.rng.randint(*{3: (6, 7), 4: (5, 6)}.get(len(area), (4, 5)))
        return f"+49 {area} {self.rng.randint(2 * 10 ** (digits - 1), 10**digits - 1)}"

    def _mobile(self) -> str:
        prefix = self.rng.choice(cat.MOBILE_PREFIXES)
        if prefix.startswith("15"):  # grouped "+49 151x xxxxxxx" like phonenumbers does
            rest = f"{self.rng.randint(0, 99_999_999):08d}"
            return f"+49 {prefix}{rest[0]} {rest[1:]}"
        digits = self.rng.choice((7, 8))
        return f"+49 {prefix} {self.rng.randint(10 ** (digits - 1), 10**digits - 1)}"

    def _unique_domain(self, slug: str, town: str) -> str:
        base = slug or "organisation"
        candidate, n = base, 2
        if candidate in self._domains:
            candidate = f"{base}-{_slug(town)}"
        while candidate in self._domains:
            candidate, n = f"{base}-{n}", n + 1
        self._domains.add(candidate)
        return candidate + ".example"

    # -- organisations ----------------------------------------------------------------
    def add_org(self, kind, name, short, ags, town, slug, sectors, public=False) -> int:
        rng, idx = self.rng, len(self.orgs)
        region_id, wba = self.ref["regions"][ags]
        domain = self._unique_domain(slug, town.name)
        lo, hi, ilo, ihi, _ = cat.KIND_PROFILE[kind]
        assessed = public or rng.random() < 0.75
        house = f"{rng.randint(1, 120)}{rng.choice(('', '', '', '', 'a', 'b'))}"
        email = f"{rng.choice(('info', 'kontakt', 'post'))}@{domain}"
        city, postcode = town.name, rng.choice(town.postcodes)
        sector_text = ", ".join(sectors)
        created, updated = self._stamps()
        size_class = rng.choices(SIZE_CLASSES, cat.SIZE_WEIGHTS)[0] if kind == "UN" else ""
        # fmt: off
        self.orgs.append({
            "id": self.ref["org_base"] + idx + 1, "name": name, "short_name": short,
            "type_id": self.ref["types"][kind], "region_id": region_id,
            "street": f"{rng.choice(cat.STREETS)} {house}", "postcode": postcode, "city": city,
            "website": f"https://www.{domain}", "email": email,
            "phone": self._phone(town.area_code), "sectors": sector_text,
            "size_class": size_class, "active": public or rng.random() > 0.04,
            "influence": rng.randint(lo, hi) if assessed else None,
            "interest": rng.randint(ilo, ihi) if assessed else None,
            "stance": rng.choice(STANCES + ("", "Offen")) if assessed else "",
            "notes": rng.choice(cat.ORG_NOTES) if rng.random() < 0.12 else "",
            "search_key": _fold_parts(name, short, city, postcode, email, sector_text),
            "sort_key": sort_key(name), "dup_key": name_key(name), "version": 1,
            "created_at": created, "updated_at": updated,
        })
        # fmt: on
        self.meta.append((kind, ags, domain))
        self._names.add((name, city))
        for pool in ((kind,), (kind, ags), (kind, wba)):
            self.pool.setdefault(pool, []).append(idx)
        tags = list(sectors)
        if kind not in ("UN", "SCHULE") and rng.random() < 0.4:
            tags.append(rng.choice(cat.TOPICS))
        self.org_tags.extend((idx, t) for t in tags)
        self.tick(1, "Organisationen werden erzeugt")
        return idx

    def build_organisations(self, total: int) -> None:
        for inst in cat.PUBLIC_INSTITUTIONS:
            town = next(t for t in cat.DISTRICTS[inst.ags].towns if t.name == inst.town)
            self.keys[inst.key] = self.add_org(
                inst.kind, inst.name, inst.short_name, inst.ags, town, inst.slug, inst.sectors,
                public=True,
            )  # fmt: skip
        rest = max(0, total - len(self.orgs))
        plan = [(k, round(share * rest)) for k, share in cat.GENERATED_KINDS]
        plan.append(("UN", rest - sum(n for _, n in plan)))
        districts, weights = list(cat.DISTRICTS), [d.weight for d in cat.DISTRICTS.values()]
        towns = [  # towns in the Landkreise become Kommunen of their own
            (ags, t)
            for ags, d in cat.DISTRICTS.items()
            if ags not in cat.CITY_DISTRICTS
            for t in d.towns
        ]
        self.rng.shuffle(towns)
        for kind, count in plan:
            for _ in range(count):
                if kind == "KOM" and towns:
                    ags, town = towns.pop()
                    self.add_org("KOM", town.municipality, "", ags, town, _slug(town.name), ())
                else:
                    ags = self.rng.choices(districts, weights)[0]
                    self._invent("UN" if kind == "KOM" else kind, ags)

    def _invent(self, kind: str, ags: str) -> None:
        rng, district = self.rng, cat.DISTRICTS[ags]
        town = rng.choices(district.towns, [t.weight for t in district.towns])[0]
        handwerk = False
        for attempt in range(8):
            if kind == "UN":
                template, sectors, handwerk = rng.choice(cat.COMPANY_TEMPLATES)
            else:
                template, sectors = rng.choice(cat.KIND_TEMPLATES[kind])
            sector = sectors[0] if sectors else rng.choice(cat.SECTORS)
            s1, s2 = rng.sample(cat.LAST_NAMES, 2)
            name = template.format(
                S=s1, S2=s2, F=rng.choice(cat.LANDSCAPES), T=town.name, D=district.short,
                L=rng.choice(cat.LEGAL_FORMS), X=sector, W=self.ref["regions"][ags][1],
                U=rng.choice(cat.UNIONS), P=rng.choice(cat.TOPICS),
            )  # fmt: skip
            if (name, town.name) not in self._names:
                break
            if attempt == 7:
                name = f"{name} – Standort {rng.choice(cat.STREETS)}"
        if not sectors:
            sectors = (sector,) if rng.random() < 0.6 else tuple(rng.sample(cat.SECTORS, 2))
        if handwerk:
            self.handwerk.add(len(self.orgs))
        short = s1 if kind == "UN" and s1 in name and rng.random() < 0.15 else ""
        self.add_org(kind, name, short, ags, town, _slug(name), sectors)

    # -- people -------------------------------------------------------------------------
    def build_people(self, total: int) -> None:
        rng, n_orgs = self.rng, len(self.orgs)
        bigger = {"Großunternehmen": 3, "Mittleres Unternehmen": 2}
        weights = [
            cat.KIND_PROFILE[kind][4] * bigger.get(row["size_class"], 1)
            for row, (kind, _, _) in zip(self.orgs, self.meta, strict=True)
        ]
        primary = list(range(min(total, n_orgs)))  # everybody's employer; each org has one
        primary += rng.choices(range(n_orgs), weights, k=total - len(primary))
        rng.shuffle(primary)
        for i, org_idx in enumerate(primary):
            self._person(self.ref["person_base"] + i + 1, org_idx)
            self.tick(1, "Personen werden erzeugt")

    def _person(self, pid: int, org_idx: int) -> None:
        rng, (kind, ags, domain) = self.rng, self.meta[org_idx]
        female = rng.random() < 0.5
        first = rng.choice(cat.FEMALE_NAMES if female else cat.MALE_NAMES)
        last = rng.choice(cat.LAST_NAMES)
        while (first, last) in cat.FAMOUS_NAMES:
            last = rng.choice(cat.LAST_NAMES)
        salutation = "" if rng.random() < 0.02 else ("Frau" if female else "Herr")
        p_title = {"HS": 0.45, "LAND": 0.2}.get(kind, 0.05)
        titles = ("Dr.", "Prof. Dr.") if kind == "HS" else ("Dr.",)
        title = rng.choice(titles) if rng.random() < p_title else ""
        function = rng.choice(cat.FUNCTIONS[kind])[0 if female else 1]
        if function.startswith("Professor"):
            title = "Prof. Dr."
        email = ""
        if rng.random() < 0.92:
            local = f"{_folded(first)}.{_folded(last)}".replace(" ", "-")
            email, n = f"{local}@{domain}", 2
            while email in self._emails:
                email, n = f"{local}{n}@{domain}", n + 1
            self._emails.add(email)
        switchboard = self.orgs[org_idx]["phone"]  # an extension: same length, still valid
        phone = f"{switchboard[:-2]}{rng.randint(10, 99)}" if rng.random() < 0.8 else ""
        mobile = self._mobile() if rng.random() < 0.35 else ""
        channel = rng.choices(CHANNELS + ("",), (55, 18, 8, 4, 6, 9))[0]
        if (channel == "E-Mail" and not email) or (channel == "Mobil" and not mobile):
            channel = "Telefon" if phone else ""
        created, updated = self._stamps()
        # fmt: off
        self.people.append({
            "id": pid, "salutation": salutation, "title": title, "first_name": first,
            "last_name": last, "email": email, "phone": phone, "mobile": mobile,
            "preferred_channel": channel, "active": rng.random() > 0.04,
            "notes": rng.choice(cat.PERSON_NOTES) if rng.random() < 0.05 else "",
            # == search_key(first, last, title, email): the address is folded already
            "search_key": _folded(first, last, title) + (f" {email}" if email else ""),
            "sort_key": _sorted(last, first), "version": 1,
            "created_at": created, "updated_at": updated,
        })
        # fmt: on
        if rng.random() < 0.1:
            self.person_tags.append((pid, rng.choice(cat.TOPICS)))
        departments = cat.DEPARTMENTS.get(kind, ())
        department = rng.choice(departments) if departments and rng.random() < 0.4 else ""
        start = self._day() if rng.random() < 0.45 else None
        self._affiliation(pid, org_idx, function, department, True, start, None)
        if rng.random() < 0.12:  # a second role: Beirat, Vollversammlung, Vorstand ...
            role_kind, female_role, male_role = rng.choice(cat.SECOND_ROLES)
            other = self._pick_local(role_kind, ags)
            if other is not None and other != org_idx:
                start = self._day() if rng.random() < 0.7 else None
                end = self._day(start or _FIRST_DAY) if rng.random() < 0.25 else None
                role = female_role if female else male_role
                self._affiliation(pid, other, role, "", False, start, end)

    def _affiliation(self, pid, org_idx, function, department, primary, start, end) -> None:
        self.affiliations.append({
            "person_id": pid, "organisation_id": self.orgs[org_idx]["id"], "function": function,
            "department": department, "is_primary": primary,
            "valid_from": start, "valid_until": end,
        })  # fmt: skip

    # -- relations ----------------------------------------------------------------------
    def _pick_local(self, kind: str, ags: str) -> int | None:
        """An organisation of ``kind``, preferably responsible for or near ``ags``."""
        rng, district = self.rng, cat.DISTRICTS[ags]
        responsible = {
            "IHK": f"ihk_{district.chamber}",
            "HWK": f"hwk_{district.chamber}",
            "AA": district.agency,
        }.get(kind)
        if responsible in self.keys and rng.random() < 0.9:
            return self.keys[responsible]
        r, candidates = rng.random(), None
        if r < 0.7:
            candidates = self.pool.get((kind, ags))
        elif r < 0.9:
            candidates = self.pool.get((kind, self.ref["regions"][ags][1]))
        candidates = candidates or self.pool.get((kind,))
        return rng.choice(candidates) if candidates else None

    def _relate(self, a: int | None, b: int | None, rtype: str, total: int) -> None:
        if a is None or b is None or a == b or len(self.relations) >= total:
            return
        type_id = self.ref["rtypes"][rtype]
        ida, idb = self.orgs[a]["id"], self.orgs[b]["id"]
        pair = (min(ida, idb), max(ida, idb), type_id)  # no (b, a) twin, whatever the type
        if pair in self._pairs:
            return
        self._pairs.add(pair)
        rng = self.rng
        start = self._day() if rng.random() < 0.3 else None
        end = self._day(start) if start and rng.random() < 0.12 else None
        directed = type_id in self.ref["directed"]
        if not directed:  # a symmetric relation is stored with the smaller id first
            ida, idb = pair[0], pair[1]
        self.relations.append({
            "source_id": ida, "target_id": idb, "type_id": type_id, "type_directed": directed,
            "valid_from": start, "valid_until": end,
            "strength": rng.choices((1, 2, 3), (3, 5, 2))[0],
            "note": rng.choice(cat.RELATION_NOTES) if rng.random() < 0.08 else "",
        })  # fmt: skip
        self.tick(1, "Beziehungen werden erzeugt")

    def build_relations(self, total: int) -> None:
        k = self.keys
        for src, dst, rtype in cat.PUBLIC_RELATIONS:
            self._relate(k[src], k[dst], rtype, total)
        for ags, d in cat.DISTRICTS.items():
            names = {"ags": ags, "agency": d.agency, "chamber": d.chamber}
            names["wba"] = self.ref["regions"][ags][1]
            for src, dst, rtype in cat.DISTRICT_RELATIONS:
                self._relate(k.get(src.format(**names)), k.get(dst.format(**names)), rtype, total)
        for idx in self.pool.get(("SCHULE",), []):  # the Kommune runs the school
            self._relate(k[f"kom_{self.meta[idx][1]}"], idx, "Trägerschaft", total)
        for idx in self.pool.get(("UN",), []):  # every company belongs to a chamber
            chamber = ("hwk_" if idx in self.handwerk else "ihk_") + cat.DISTRICTS[
                self.meta[idx][1]
            ].chamber
            self._relate(idx, k[chamber], "Mitgliedschaft", total)
        rules = [r for r in cat.RELATION_RULES if (r[0],) in self.pool and (r[1],) in self.pool]
        weights, attempts = [r[3] for r in rules], 0
        while len(self.relations) < total and attempts < 20 * total:
            for src_kind, dst_kind, rtype, _ in self.rng.choices(rules, weights, k=1000):
                attempts += 1
                src = self.rng.choice(self.pool[(src_kind,)])
                dst = self._pick_local(dst_kind, self.meta[src][1])
                self._relate(src, dst, rtype, total)


def _tag_ids(session, names: list[str]) -> dict[str, int]:
    """Ids of the tags by name (compared without case), created where missing."""
    existing = {n.lower(): i for i, n in session.execute(select(m.Tag.id, m.Tag.name))}
    missing = list(dict.fromkeys(n for n in names if n.lower() not in existing))
    if missing:
        session.execute(insert(m.Tag.__table__), [{"name": n} for n in missing])
        existing = {n.lower(): i for i, n in session.execute(select(m.Tag.id, m.Tag.name))}
    return {n: existing[n.lower()] for n in names}


def _insert(session, table, rows: list[dict], tick: Tick, what: str, units: int) -> None:
    """Core executemany in chunks; ``units`` of progress spread over the chunks."""
    for start in range(0, len(rows), CHUNK):
        end = min(len(rows), start + CHUNK)
        session.execute(insert(table), rows[start:end])
        tick(units * end // len(rows) - units * start // len(rows), what)


def write_directory(
    uow: UnitOfWork, b: DirectoryBuilder, tick: Tick, sizes: tuple[int, int, int]
) -> None:
    """Write the rows of ``b`` with Core ``executemany`` in chunks (and the tags)."""
    s, (n_orgs, n_people, n_rels) = uow.session, sizes
    tag_ids = _tag_ids(s, list(dict.fromkeys(t for _, t in b.org_tags + b.person_tags)))
    org_tags = [
        {"organisation_id": b.orgs[i]["id"], "tag_id": tag_ids[t]}
        for i, t in dict.fromkeys(b.org_tags)
    ]
    person_tags = [{"person_id": p, "tag_id": tag_ids[t]} for p, t in b.person_tags]
    sqlite = uow.dialect == "sqlite"
    if sqlite:  # a larger page cache keeps the index updates in memory (2x faster)
        cache_size = s.execute(text("PRAGMA cache_size")).scalar()
        s.execute(text("PRAGMA cache_size = -65536"))
    try:
        _insert(s, m.Organisation.__table__, b.orgs, tick, "Organisationen speichern", n_orgs)
        _insert(s, m.organisation_tag, org_tags, tick, "Schlagwörter speichern", 0)
        coverage = coverage_rows(b.keys, b.orgs, b.ref["regions"])
        _insert(s, m.organisation_coverage, coverage, tick, "Zuständigkeiten speichern", 0)
        _insert(s, m.Person.__table__, b.people, tick, "Personen speichern", n_people // 2)
        _insert(s, m.person_tag, person_tags, tick, "Schlagwörter speichern", 0)
        _insert(s, m.Affiliation.__table__, b.affiliations, tick, "Zuordnungen speichern",
                n_people - n_people // 2)  # fmt: skip
        _insert(s, m.Relation.__table__, b.relations, tick, "Beziehungen speichern", n_rels)
    finally:
        if sqlite:
            with suppress(SQLAlchemyError):
                s.execute(text(f"PRAGMA cache_size = {int(cache_size)}"))
    if uow.dialect == "postgresql":  # explicit ids do not advance the sequences
        for table in ("organisation", "person"):
            s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT MAX(id) FROM {table}))"))  # fmt: skip
