"""Gap analysis: which kinds of multiplier are missing, or present but not connected,
per district or WBA region.

A cell is "fehlt" (no organisation of that kind there), "nicht vernetzt" (there are
some, but none is tied into the main network: not in the largest connected part, or
without any tie) or "vorhanden (n)". The kinds are matched by name; they are
editable in the app, so the mapping can be passed in.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import WBA_REGIONS

MISSING = "fehlt"
UNCONNECTED = "nicht vernetzt"
PRESENT = "vorhanden"
NO_GROUP = "ohne Angabe"


@dataclass(frozen=True)
class GapKind:
    """A column: its heading and the kinds of organisation (by name) that count for it."""

    label: str
    type_names: tuple[str, ...]


DEFAULT_GAP_KINDS: tuple[GapKind, ...] = (
    GapKind("Kammer", ("Kammer (IHK)", "Kammer (HWK)")),
    GapKind("Gewerkschaft", ("Gewerkschaft",)),
    GapKind("Arbeitgeberverband", ("Arbeitgeberverband",)),
    GapKind("Kommune / Landkreis", ("Kommune / Landkreis",)),
    GapKind("Wirtschaftsförderung", ("Wirtschaftsförderung",)),
    GapKind("Weiterbildungsträger", ("Weiterbildungsträger",)),
    GapKind("Agentur für Arbeit/Jobcenter", ("Agentur für Arbeit", "Jobcenter")),
)


@dataclass(frozen=True)
class GapCell:
    present: tuple[Hashable, ...]
    #: those of ``present`` that are not tied into the main network
    unconnected: tuple[Hashable, ...]

    @property
    def status(self) -> str:
        if not self.present:
            return MISSING
        if len(self.unconnected) == len(self.present):
            return UNCONNECTED
        return PRESENT

    @property
    def text(self) -> str:
        status = self.status
        return f"{PRESENT} ({len(self.present)})" if status == PRESENT else status


@dataclass(frozen=True)
class GapRow:
    group: str
    cells: tuple[GapCell, ...]


@dataclass(frozen=True)
class GapTable:
    by: str
    columns: tuple[str, ...]
    rows: tuple[GapRow, ...]

    @property
    def heading(self) -> str:
        return "WBA-Region" if self.by == "wba_region" else "Landkreis"

    def cell(self, group: str, column: str) -> GapCell:
        row = next(r for r in self.rows if r.group == group)
        return row.cells[self.columns.index(column)]

    def gaps_of(self, group: str) -> list[str]:
        """The columns that are missing or not connected in ``group``, as German text."""
        row = next(r for r in self.rows if r.group == group)
        return [
            f"{col}: {cell.status}"
            for col, cell in zip(self.columns, row.cells, strict=True)
            if cell.status != PRESENT
        ]

    def as_rows(self) -> list[list[str]]:
        """Header and one line per group, the cells as text (for a table or Excel)."""
        return [[self.heading, *self.columns]] + [
            [r.group, *(c.text for c in r.cells)] for r in self.rows
        ]


def main_component(graph: nx.Graph) -> set:
    """The organisations tied into the largest connected part (empty without ties)."""
    if graph.number_of_edges() == 0:
        return set()
    return max(nx.connected_components(graph), key=len)


def gap_table(
    graph: nx.Graph,
    by: str = "district",
    groups: Iterable[str] | None = None,
    kinds: Sequence[GapKind] = DEFAULT_GAP_KINDS,
) -> GapTable:
    """The gap table of ``graph``; ``groups`` lists the rows to show even when empty
    (e.g. all 14 districts), otherwise the groups that occur in the graph."""
    if by not in ("district", "wba_region"):
        raise ValueError(f"unknown grouping {by!r}")
    column_of = {name.casefold(): i for i, k in enumerate(kinds) for name in k.type_names}
    main = main_component(graph)
    found: dict[str, list[list]] = {}
    loose: dict[str, list[list]] = {}
    for v, data in graph.nodes(data=True):
        col = column_of.get(str(data.get("kind") or "").casefold())
        if col is None:
            continue
        group = str(data.get(by) or NO_GROUP)
        found.setdefault(group, [[] for _ in kinds])[col].append(v)
        if v not in main:
            loose.setdefault(group, [[] for _ in kinds])[col].append(v)
    names = list(dict.fromkeys(groups)) if groups is not None else []
    names += [g for g in _ordered(found, by) if g not in names]
    empty = [[] for _ in kinds]
    rows = tuple(
        GapRow(
            group,
            tuple(
                GapCell(tuple(p), tuple(u))
                for p, u in zip(found.get(group, empty), loose.get(group, empty), strict=True)
            ),
        )
        for group in names
    )
    return GapTable(by, tuple(k.label for k in kinds), rows)


def _ordered(groups: Iterable[str], by: str) -> list[str]:
    def key(g: str):
        rank = WBA_REGIONS.index(g) if by == "wba_region" and g in WBA_REGIONS else 99
        return (g == NO_GROUP, rank, sort_key(g))

    return sorted(groups, key=key)
