"""Matching the relation a file names to the relation types of the database.

A text matches a type by its name („Mitgliedschaft“), its forward label („ist Mitglied
von“) or its reverse label („hat als Mitglied“ – then the relation runs the other
way), folded (case, umlaut spellings, punctuation); then through German and English
synonyms („member of“, „Partner“, „funded by“ …) to the types shipped with the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from wba_desktop.models import RelationType
from wba_desktop.text.fold import search_key

#: folded synonym -> (type name, reversed)
SYNONYMS: dict[str, tuple[str, bool]] = {
    **{k: ("Kooperation", False) for k in (
        "kooperation", "kooperiert", "kooperiert mit", "cooperation", "cooperates with",
        "cooperation partner", "kooperationspartner", "zusammenarbeit", "arbeitet zusammen mit",
        "collaboration", "collaborates with", "partner", "partnerschaft", "partnership",
        "partner of", "works with", "undirected", "link", "verbindung", "kontakt", "contact",
    )},
    **{k: ("Netzwerkpartnerschaft", False) for k in (
        "netzwerk", "netzwerkpartner", "network", "network partner", "networking",
        "netzwerkpartnerschaft", "network partnership",
    )},
    **{k: ("Mitgliedschaft", False) for k in (
        "mitglied", "mitglied von", "mitglied in", "mitglied bei", "ist mitglied in",
        "ist mitglied bei", "member", "member of", "is member of", "is a member of",
        "membership",
    )},
    **{k: ("Mitgliedschaft", True) for k in (
        "hat mitglied", "hat als mitglied", "has member", "has as member", "members",
    )},
    **{k: ("Trägerschaft", False) for k in (
        "traeger", "traeger von", "traegerschaft", "runs", "operates", "operator of",
        "sponsor of", "provider of",
    )},
    **{k: ("Trägerschaft", True) for k in ("getragen von", "run by", "operated by")},
    **{k: ("Förderung", False) for k in (
        "foerdert", "foerderung", "foerderer", "foerdermittelgeber", "funds", "funding",
        "funder of", "finanziert", "supports", "unterstuetzt",
    )},
    **{k: ("Förderung", True) for k in (
        "gefoerdert von", "funded by", "finanziert von", "supported by", "unterstuetzt von",
    )},
    **{k: ("Beratung", False) for k in (
        "beraet", "beratung", "berater", "advises", "advice", "consulting", "consults",
        "counselling",
    )},
    **{k: ("Beratung", True) for k in ("beraten von", "advised by", "consulted by")},
    **{k: ("Qualifizierung", False) for k in (
        "qualifiziert", "qualifizierung", "schult", "schulung", "weiterbildung", "trains",
        "training", "qualifies",
    )},
    **{k: ("Qualifizierung", True) for k in ("geschult von", "trained by", "qualifiziert von")},
    **{k: ("Zuständigkeit", False) for k in (
        "zustaendig", "zustaendig fuer", "zustaendigkeit", "responsible for", "covers",
        "in charge of",
    )},
    **{k: ("Zuständigkeit", True) for k in ("in der zustaendigkeit von", "covered by")},
}  # fmt: skip
#: the type of an edge that names none (an undirected tie)
DEFAULT_TYPE = "Kooperation"
_PREFIX = re.compile(r"^(?:ist|is|are|sind|wird|a|an|the)\s+")


def fold(text: str) -> str:
    key = re.sub(r"[^a-z0-9]+", " ", search_key(text or "")).strip()
    return key.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


@dataclass(frozen=True)
class TypeRef:
    id: int
    name: str
    directed: bool
    forward_label: str


class TypeMatcher:
    """The relation types of a database, keyed for matching (see the module docstring)."""

    def __init__(self, types: list[TypeRef], reverse: dict[str, int]) -> None:
        self.types = {t.id: t for t in types}
        self._by_name = {fold(t.name): t.id for t in types}
        self._forward = {fold(t.forward_label): t.id for t in types}
        self._reverse = {key: tid for key, tid in reverse.items() if key}

    @classmethod
    def load(cls, session) -> TypeMatcher:
        rows = session.execute(
            select(
                RelationType.id,
                RelationType.name,
                RelationType.directed,
                RelationType.forward_label,
                RelationType.reverse_label,
            ).order_by(RelationType.id)
        ).all()
        types = [TypeRef(i, n, bool(d), f) for i, n, d, f, _ in rows]
        reverse = {fold(r): i for i, _, d, _, r in rows if d and r}
        return cls(types, reverse)

    def default(self, undirected: bool = True) -> int | None:
        """The type of an edge naming none: „Kooperation“, else the first symmetric one."""
        tid = self._by_name.get(fold(DEFAULT_TYPE))
        if tid is not None:
            return tid
        symmetric = [t.id for t in self.types.values() if not t.directed]
        return symmetric[0] if symmetric else next(iter(self.types), None)

    def match(self, text: str) -> tuple[int, bool] | None:
        """(type id, reversed) for ``text``, or None when it names no known type."""
        key = fold(text)
        if not key:
            return None
        for candidate in (key, _PREFIX.sub("", key)):
            for table, rev in ((self._by_name, False), (self._forward, False)):
                if candidate in table:
                    return table[candidate], rev
            if candidate in self._reverse:
                return self._reverse[candidate], True
            syn = SYNONYMS.get(candidate)
            if syn is not None:
                tid = self._by_name.get(fold(syn[0]))
                if tid is not None:
                    return tid, syn[1] and self.types[tid].directed
        return None
