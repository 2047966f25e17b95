"""Likely duplicates already in the directory, to work through one pair at a time.

Organisations: the same normalised name (``dup_key``, as ``find_duplicates`` keys a
new record) and the same city; or a similar name (difflib ratio of the keys at least
:data:`SIMILAR`) in the same district. People: the same e-mail address (case
ignored); or a similar name in the same district (the districts of the organisations
they work at): the same last name, folded like ``PersonService.find_duplicates``
("Mueller" = "Müller"), and first names that agree (equal, one the initial or the
beginning of the other, or nearly the same spelling).

Comparing every pair of 20,000 organisations would take minutes, so the similar-name
rule compares only within a block: the same district and the same first
:data:`PREFIX` letters of the key, and only keys whose lengths allow the ratio at all
(the ratio is at most ``2·min/(la+lb)``); the cheap upper bounds of difflib run first.

Pairs someone marked „kein Duplikat“ stay away: they are kept as a JSON list in the
shared settings (``app_setting``, key :data:`DISMISSED_KEY`), no table of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person, Region
from wba_desktop.services.directory.person_rules import display_name
from wba_desktop.services.directory.visibility import listed_people
from wba_desktop.services.shared_settings import SharedSettings
from wba_desktop.text.fold import search_key, sort_key

ORGANISATIONS, PEOPLE = "organisations", "people"
KINDS = (ORGANISATIONS, PEOPLE)
SAME_NAME_CITY = "gleicher Name und Ort"
SAME_EMAIL = "gleiche E-Mail-Adresse"
SIMILAR_NAME = "ähnlicher Name im selben Landkreis"
#: the order the list shows the reasons in (surest first)
REASON_ORDER = {SAME_NAME_CITY: 0, SAME_EMAIL: 1, SIMILAR_NAME: 2}
#: the smallest difflib ratio of two name keys that counts as similar
SIMILAR = 0.9
#: similar names are compared within blocks of keys starting with the same letters
PREFIX = 3
#: first names at least this similar are the same person's (Katrin / Kathrin)
FIRST_NAME_SIMILAR = 0.85
DISMISSED_KEY = "duplicates_dismissed"
_SPELLED = re.compile(r"([aou])e")


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that look like one; ``a_id < b_id``."""

    kind: str
    a_id: int
    b_id: int
    a_label: str
    b_label: str
    reason: str
    district: str = ""

    @property
    def key(self) -> tuple[int, int]:
        return (self.a_id, self.b_id)


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError({"kind": _("Unbekannte Art von Datensatz: {kind}").format(kind=kind)})


def similar_blocks(keys: dict[int, str]) -> Iterable[tuple[int, int]]:
    """Pairs of ids whose keys (all from one district) have a ratio ≥ :data:`SIMILAR`,
    compared within blocks of the same first letters and a length that allows it;
    records with the same key pair up without a comparison. Before difflib's ratio,
    an upper bound from the letters both keys have (what ``quick_ratio`` computes)
    rules out most pairs, for a whole block at once with numpy."""
    ids_of: dict[str, list[int]] = defaultdict(list)
    for rid, key in keys.items():
        if key:
            ids_of[key].append(rid)
    blocks: dict[str, list[str]] = defaultdict(list)
    for key, ids in ids_of.items():
        blocks[key[:PREFIX]].append(key)
        yield from _all_pairs(ids)
    for block in blocks.values():
        if len(block) < 2:
            continue
        block.sort(key=lambda k: (len(k), k))
        for a_key, b_key in _similar_in_block(block):
            for a in ids_of[a_key]:
                for b in ids_of[b_key]:
                    yield _pair(a, b)


def _letter_counts(block: list[str]):
    """Per key, how often each letter occurs (letters folded into 64 buckets: a shared
    bucket can only raise the bound, so nothing similar is missed)."""
    import numpy as np

    counts = np.zeros((len(block), 64), dtype=np.int32)
    for i, key in enumerate(block):
        codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32) % 64
        counts[i] = np.bincount(codes, minlength=64)
    return counts


def _similar_in_block(block: list[str]) -> Iterable[tuple[str, str]]:
    """Pairs of distinct keys of ``block`` (sorted by length) with a ratio ≥ SIMILAR."""
    import numpy as np

    lengths = np.array([len(k) for k in block])
    counts = _letter_counts(block)
    longest = 2 / SIMILAR - 1  # la/lb above this cannot reach the ratio
    matcher = SequenceMatcher(autojunk=False)
    for i, a_key in enumerate(block):
        end = int(np.searchsorted(lengths, len(a_key) * longest, side="right"))
        if end <= i + 1:
            continue
        shared = np.minimum(counts[i], counts[i + 1 : end]).sum(axis=1)
        bound = 2 * shared / (len(a_key) + lengths[i + 1 : end])
        hits = np.nonzero(bound >= SIMILAR)[0]
        if not len(hits):
            continue
        matcher.set_seq2(a_key)  # seq2 is the one difflib caches
        for j in hits:
            b_key = block[i + 1 + int(j)]
            matcher.set_seq1(b_key)
            if matcher.ratio() >= SIMILAR:
                yield a_key, b_key


def _all_pairs(ids: Iterable[int]) -> Iterable[tuple[int, int]]:
    ordered = sorted(ids)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            yield (a, b)


@lru_cache(maxsize=20_000)  # names repeat: fold each spelling once
def _last_key(last: str) -> str:
    """A last name folded so that "Mueller" and "Müller" agree."""
    return _SPELLED.sub(r"\1", sort_key(last))


@lru_cache(maxsize=20_000)
def _first_key(first: str) -> str:
    return _SPELLED.sub(r"\1", sort_key(first)).replace(".", "").replace("-", " ").strip()


def first_names_agree(a: str, b: str) -> bool:
    """Folded first names (:func:`_first_key`) of one person: equal, one the initial or
    a whole first part of the other ("J." / "Jörg", "Hans" / "Hans-Peter"), or nearly
    the same spelling (Katrin / Kathrin); a missing first name agrees with any."""
    if not a or not b or a == b:
        return True
    if a[0] != b[0]:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 or long_.startswith(short + " "):
        return True
    return SequenceMatcher(None, a, b).ratio() >= FIRST_NAME_SIMILAR


def _agreeing_pairs(
    ids: Iterable[int], first: dict[int, str], agree: dict[tuple[str, str], bool]
) -> Iterable[tuple[int, int]]:
    """Pairs of ``ids`` (one last name in one district) whose first names agree:
    compared once per pair of distinct first names with the same initial (``agree``
    caches the answers); a missing first name agrees with every other."""
    by_first: dict[str, list[int]] = defaultdict(list)
    for pid in ids:
        by_first[first[pid]].append(pid)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for name, members in by_first.items():
        by_letter[name[:1]].append(name)
        yield from _all_pairs(members)
    for letter, names in by_letter.items():
        others = [n for n in by_first if n] if letter == "" else sorted(names)
        for i, a in enumerate(sorted(names)):
            for b in others if letter == "" else others[i + 1 :]:
                ok = agree.get((a, b))
                if ok is None:
                    ok = agree[(a, b)] = first_names_agree(a, b)
                if ok:
                    for x in by_first[a]:
                        for y in by_first[b]:
                            yield _pair(x, y)


class DuplicateService:
    """:meth:`candidates` per kind; :meth:`dismiss` a pair as „kein Duplikat“."""

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: SharedSettings) -> None:
        self._uow = uow_factory
        self._settings = settings

    # -- dismissed pairs -------------------------------------------------------------
    def dismissed(self, kind: str) -> set[tuple[int, int]]:
        _check_kind(kind)
        stored = self._settings.get(DISMISSED_KEY, {})
        pairs = stored.get(kind, []) if isinstance(stored, dict) else []
        return {_pair(int(p[0]), int(p[1])) for p in pairs if isinstance(p, list) and len(p) == 2}

    def dismiss(self, kind: str, a_id: int, b_id: int) -> None:
        """Mark the pair „kein Duplikat“: :meth:`candidates` leaves it out from now on."""
        self._set_dismissed(kind, self.dismissed(kind) | {_pair(a_id, b_id)})

    def undismiss(self, kind: str, a_id: int, b_id: int) -> None:
        self._set_dismissed(kind, self.dismissed(kind) - {_pair(a_id, b_id)})

    def _set_dismissed(self, kind: str, pairs: set[tuple[int, int]]) -> None:
        stored = self._settings.get(DISMISSED_KEY, {})
        stored = stored if isinstance(stored, dict) else {}
        stored[kind] = [list(p) for p in sorted(pairs)]
        self._settings.set(DISMISSED_KEY, stored)

    # -- candidates ------------------------------------------------------------------
    def candidates(self, kind: str) -> list[DuplicatePair]:
        """Likely duplicate pairs of ``kind`` ("organisations" or "people"), surest
        reason first, without the pairs marked „kein Duplikat“."""
        _check_kind(kind)
        dismissed = self.dismissed(kind)
        with self._uow() as uow:
            s = uow.session
            regions = dict(s.execute(select(Region.id, Region.name)).all())
            if kind == ORGANISATIONS:
                found = self._organisations(s, regions)
            else:
                found = self._people(s, regions)
        out = [p for p in found if p.key not in dismissed]
        folded = lru_cache(maxsize=None)(sort_key)
        out.sort(key=lambda p: (REASON_ORDER.get(p.reason, 9), folded(p.a_label), p.key))
        return out

    @staticmethod
    def _organisations(s, regions: dict[int, str]) -> list[DuplicatePair]:
        rows = s.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.city,
                Organisation.region_id,
                Organisation.dup_key,
            )
        ).all()
        label = {r.id: f"{r.name} ({r.city})" if r.city else r.name for r in rows}
        region_of = {r.id: r.region_id for r in rows}
        found: dict[tuple[int, int], str] = {}
        same: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_region: dict[int, dict[int, str]] = defaultdict(dict)
        city_key = lru_cache(maxsize=None)(search_key)  # a few hundred towns
        for r in rows:
            if r.dup_key:
                same[(r.dup_key, city_key(r.city))].append(r.id)
                if r.region_id is not None:
                    by_region[r.region_id][r.id] = r.dup_key
        for ids in same.values():
            for pair in _all_pairs(ids):
                found[pair] = SAME_NAME_CITY
        for keys in by_region.values():
            for pair in similar_blocks(keys):
                found.setdefault(pair, SIMILAR_NAME)
        return [
            DuplicatePair(
                ORGANISATIONS,
                a,
                b,
                label[a],
                label[b],
                reason,
                regions.get(region_of[a], "") if region_of[a] == region_of[b] else "",
            )
            for (a, b), reason in found.items()
        ]

    @staticmethod
    def _people(s, regions: dict[int, str]) -> list[DuplicatePair]:
        rows = s.execute(
            select(
                Person.id, Person.title, Person.first_name, Person.last_name, Person.email
            ).where(listed_people())
        ).all()
        people = {r.id: r for r in rows}
        found: dict[tuple[int, int], tuple[str, int | None]] = {}
        by_email: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            email = (r.email or "").strip().lower()
            if email:
                by_email[email].append(r.id)
        for ids in by_email.values():
            for pair in _all_pairs(ids):
                found[pair] = (SAME_EMAIL, None)
        # the districts a person works in: those of their organisations
        blocks: dict[tuple[int, str], set[int]] = defaultdict(set)
        for pid, region_id in s.execute(
            select(Affiliation.person_id, Organisation.region_id)
            .join(Organisation, Organisation.id == Affiliation.organisation_id)
            .where(Organisation.region_id.is_not(None))
        ):
            p = people.get(pid)
            if p is not None:
                blocks[(region_id, _last_key(p.last_name))].add(pid)
        first = {
            pid: _first_key(people[pid].first_name)
            for ids in blocks.values()
            if len(ids) > 1
            for pid in ids
        }
        agree: dict[tuple[str, str], bool] = {}
        for (region_id, _last), ids in blocks.items():
            if len(ids) < 2:
                continue
            for a, b in _agreeing_pairs(ids, first, agree):
                found.setdefault((a, b), (SIMILAR_NAME, region_id))

        @cache
        def label(pid: int) -> str:
            p = people[pid]
            name = display_name(p.title, p.first_name, p.last_name)
            return f"{name} <{p.email}>" if p.email else name

        return [
            DuplicatePair(
                PEOPLE,
                a,
                b,
                label(a),
                label(b),
                reason,
                regions.get(region_id, "") if region_id is not None else "",
            )
            for (a, b), (reason, region_id) in found.items()
        ]
