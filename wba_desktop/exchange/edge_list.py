"""Recognising an edge list: a table of relations between organisations.

An edge list has two organisation columns (Von/Zu, Organisation A/B, Quelle/Ziel,
Source/Target, From/To, Organisation 1/2, Partner 1/2) and optionally the kind of
relation (Beziehung, Art der Beziehung, Relation, Type, Label), its strength
(Stärke, Gewicht, Weight), its period (Seit/Von (Datum)/Gültig von, Bis/Gültig bis,
Start/End), a note and the towns of both organisations. The app's own relation
export („Von; Beziehung; Zu; Art; Stärke; Gültig von; Gültig bis; Notiz“) is one.

:func:`detect_edge_list` finds the header row and proposes a
:class:`~wba_desktop.exchange.mapping.Mapping` onto :data:`RELATION_FIELDS`, or says
None when the table is no edge list (then it is a list of contacts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wba_desktop.exchange.mapping import RELATION_FIELDS, Mapping, normalise_header

__all__ = ["RELATION_FIELDS", "detect_edge_list", "is_relation_mapping", "suggest_relation_mapping"]

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "rel_source": (
        "organisation a", "organisation 1", "organisation von", "von organisation",
        "quelle", "quellorganisation", "source", "from", "partner 1", "partner a",
        "organization a", "organization 1", "organisation", "akteur 1", "akteur a",
        "source organisation", "source organization", "node 1", "knoten 1",
    ),
    "rel_target": (
        "zu", "mit", "organisation b", "organisation 2", "organisation zu", "zu organisation",
        "ziel", "zielorganisation", "target", "to", "partner 2", "partner b",
        "organization b", "organization 2", "akteur 2", "akteur b", "partner",
        "target organisation", "target organization", "node 2", "knoten 2",
    ),
    "rel_label": (
        "beziehung", "relation", "relationship", "label", "verbindung",
        "bezeichnung der beziehung",
    ),
    "rel_type": (
        "art", "art der beziehung", "beziehungsart", "beziehungstyp", "typ", "type",
        "relation type", "relationship type", "kind", "edge type",
    ),
    "rel_strength": ("staerke", "gewicht", "weight", "strength", "intensitaet", "gewichtung"),
    "rel_from": (
        "seit", "von datum", "datum von", "gueltig von", "gueltig ab", "ab", "start",
        "start date", "beginn", "valid from", "since", "from date", "startdatum",
    ),
    "rel_until": (
        "bis", "bis datum", "datum bis", "gueltig bis", "end", "end date", "ende",
        "valid until", "until", "to date", "enddatum",
    ),
    "rel_note": (
        "notiz", "notizen", "bemerkung", "bemerkungen", "note", "notes", "kommentar",
        "comment", "comments", "anmerkung", "hinweis",
    ),
    "rel_source_city": ("ort a", "ort 1", "ort von", "stadt a", "source city", "city a"),
    "rel_target_city": ("ort b", "ort 2", "ort zu", "stadt b", "target city", "city b"),
}  # fmt: skip
_EXACT = {syn: key for key, syns in _SYNONYMS.items() for syn in syns}
#: "Von" names the source organisation when a target column stands beside it, else a date
_VON = "von"


def relation_field(header: Any) -> str | None:
    """The relation field a header names (``"von"`` is decided by the whole row)."""
    key = normalise_header(header)
    if key == _VON:
        return _VON
    return _EXACT.get(key)


def suggest_relation_mapping(headers: Sequence[Any]) -> dict[int, str]:
    """Column -> relation field for a header row; empty when there are not two
    organisation columns (then it is no edge list)."""
    found: dict[int, str] = {}
    used: set[str] = set()
    von: int | None = None
    for i, header in enumerate(headers):
        target = relation_field(header) if isinstance(header, str) else None
        if target == _VON:
            von = i if von is None else von
        elif target and target not in used:
            found[i] = target
            used.add(target)
    if von is not None:
        if "rel_target" in used and "rel_source" not in used:
            found[von], used = "rel_source", used | {"rel_source"}
        elif "rel_from" not in used:
            found[von] = "rel_from"
            used.add("rel_from")
    if not {"rel_source", "rel_target"} <= set(found.values()):
        return {}
    return found


def detect_edge_list(
    rows: Sequence[Sequence[Any]], sheet: str | None = None, search: int = 30
) -> Mapping | None:
    """The edge-list mapping of ``rows`` (header row found below title rows), or None."""
    for r, row in enumerate(rows[:search]):
        columns = suggest_relation_mapping(row)
        if columns:
            columns = dict(sorted(columns.items()))
            return Mapping(r, columns, {c: str(row[c]) for c in columns}, sheet)
    return None


def is_relation_mapping(mapping: Mapping | None) -> bool:
    return mapping is not None and any(f in RELATION_FIELDS for f in mapping.columns.values())
