"""Gap analysis: which kinds of multiplier are missing, or present but not connected,
per district or WBA region.

A cell is "fehlt" (no organisation of that kind there), "nicht vernetzt" (there are
some, but none is tied into the main network: not in the largest connected part, or
without any tie) or "vorhanden (n)". The kinds are matched by name; they are
editable in the app, so the mapping can be passed in.

An organisation counts where it is seated and where it is responsible
(„Zuständigkeit“, :class:`Coverage`: the IHK Halle-Dessau for the south of the
state): a district without a chamber of its own but covered by one reads
„vorhanden über Zuständigkeit: IHK Halle-Dessau“. The coverage comes from the
caller (the network service reads it); this module knows no database.
The statuses are German constants (compared in code); the texts a user reads come in
the language in use (:mod:`wba_desktop.i18n`).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from wba_desktop.i18n import N_, _
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import WBA_REGIONS

MISSING = N_("fehlt")
UNCONNECTED = N_("nicht vernetzt")
PRESENT = N_("vorhanden")
NO_GROUP = "ohne Angabe"
VIA_COVERAGE = "vorhanden über Zuständigkeit"
#: how many covering organisations a cell names before "und n weitere"
MAX_COVERING_NAMES = 2


@dataclass(frozen=True)
class Coverage:
    """An organisation and the districts it serves beyond its seat („Zuständigkeit“)."""

    id: Hashable
    name: str
    kind: str
    districts: tuple[str, ...]
    wba_regions: tuple[str, ...] = ()
    seat: str = ""
    short_name: str = ""

    @property
    def label(self) -> str:
        """How a gap cell names it: the short name if there is one („IHK Halle-Dessau“)."""
        return self.short_name or self.name

    def groups(self, by: str) -> tuple[str, ...]:
        return self.wba_regions if by == "wba_region" else self.districts


@dataclass(frozen=True)
class GapKind:
    """A column: its heading and the kinds of organisation (by name) that count for it."""

    label: str
    type_names: tuple[str, ...]


DEFAULT_GAP_KINDS: tuple[GapKind, ...] = (
    GapKind(N_("Kammer"), ("Kammer (IHK)", "Kammer (HWK)")),
    GapKind(N_("Gewerkschaft"), ("Gewerkschaft",)),
    GapKind(N_("Arbeitgeberverband"), ("Arbeitgeberverband",)),
    GapKind(N_("Kommune / Landkreis"), ("Kommune / Landkreis",)),
    GapKind(N_("Wirtschaftsförderung"), ("Wirtschaftsförderung",)),
    GapKind(N_("Weiterbildungsträger"), ("Weiterbildungsträger",)),
    GapKind(N_("Agentur für Arbeit/Jobcenter"), ("Agentur für Arbeit", "Jobcenter")),
)


@dataclass(frozen=True)
class GapCell:
    #: the organisations of the kind seated in the group
    present: tuple[Hashable, ...]
    #: those of ``present`` that are not tied into the main network
    unconnected: tuple[Hashable, ...]
    #: organisations of the kind responsible for the group without being seated there
    covering: tuple[Hashable, ...] = ()
    #: their names, in the same order
    covering_names: tuple[str, ...] = field(default=(), compare=False)
    #: those of ``covering`` that are in the graph but not tied into the main network
    covering_unconnected: tuple[Hashable, ...] = ()

    @property
    def seated_connected(self) -> bool:
        return len(self.unconnected) < len(self.present)

    @property
    def covering_connected(self) -> tuple[Hashable, ...]:
        loose = set(self.covering_unconnected)
        return tuple(c for c in self.covering if c not in loose)

    @property
    def via_coverage(self) -> bool:
        """Present only through an organisation responsible for the group."""
        return not self.seated_connected and bool(self.covering_connected)

    @property
    def status(self) -> str:
        if self.seated_connected or self.covering_connected:
            return PRESENT
        if self.present or self.covering:
            return UNCONNECTED
        return MISSING

    @property
    def text(self) -> str:
        status = self.status
        if self.via_coverage:
            return _("vorhanden über Zuständigkeit: {names}").format(names=self.covering_text())
        if status == PRESENT:
            return _("vorhanden ({count})").format(count=len(self.present))
        return _(status)

    @property
    def short_text(self) -> str:
        """The text for a narrow table cell: „über Zuständigkeit (2)“ instead of the
        names (the full sentence is :attr:`text`)."""
        if self.via_coverage:
            return _("über Zuständigkeit ({count})").format(count=len(self.covering_connected))
        return self.text

    def covering_text(self) -> str:
        """The names of the connected covering organisations ("A und 2 weitere")."""
        connected = set(self.covering_connected)
        names = [n for c, n in zip(self.covering, self.covering_names, strict=False)
                 if c in connected]  # fmt: skip
        shown = names[:MAX_COVERING_NAMES]
        more = len(names) - len(shown)
        if more:
            return _("{names} und {count} weitere").format(names=", ".join(shown), count=more)
        if len(shown) == 2:
            return _("{first} und {second}").format(first=shown[0], second=shown[1])
        return ", ".join(shown)


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
        return _("WBA-Region") if self.by == "wba_region" else _("Landkreis")

    def cell(self, group: str, column: str) -> GapCell:
        row = next(r for r in self.rows if r.group == group)
        return row.cells[self.columns.index(column)]

    def gaps_of(self, group: str) -> list[str]:
        """The columns that are missing or not connected in ``group``, as text."""
        row = next(r for r in self.rows if r.group == group)
        return [
            f"{_(col)}: {_(cell.status)}"
            for col, cell in zip(self.columns, row.cells, strict=True)
            if cell.status != PRESENT
        ]

    def as_rows(self) -> list[list[str]]:
        """Header and one line per group, the cells as text (for a table or Excel)."""
        return [[self.heading, *(_(c) for c in self.columns)]] + [
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
    coverage: Sequence[Coverage] = (),
    main: set | None = None,
) -> GapTable:
    """The gap table of ``graph``; ``groups`` lists the rows to show even when empty
    (e.g. all 14 districts), otherwise the groups that occur in the graph. ``main``:
    the organisations of the main network when known (else from ``graph``'s edges).

    ``coverage``: who is responsible for which districts beyond the seat; such an
    organisation counts as present there (also when the graph's filter leaves it
    out: it is responsible all the same; in the graph but without ties to the main
    network it counts as "nicht vernetzt")."""
    if by not in ("district", "wba_region"):
        raise ValueError(f"unknown grouping {by!r}")
    column_of = {name.casefold(): i for i, k in enumerate(kinds) for name in k.type_names}
    main = main_component(graph) if main is None else main
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
    covering = _covering(graph, by, coverage, column_of, main, len(kinds), found)
    names = list(dict.fromkeys(groups)) if groups is not None else []
    names += [g for g in _ordered(found, by) if g not in names]
    empty = [[] for _ in kinds]
    no_cover = [((), (), ()) for _ in kinds]
    rows = tuple(
        GapRow(
            group,
            tuple(
                GapCell(tuple(p), tuple(u), *c)
                for p, u, c in zip(
                    found.get(group, empty),
                    loose.get(group, empty),
                    covering.get(group, no_cover),
                    strict=True,
                )
            ),
        )
        for group in names
    )
    return GapTable(by, tuple(k.label for k in kinds), rows)


def _covering(graph, by, coverage, column_of, main, width, found) -> dict[str, list[tuple]]:
    """{group: per column (ids, names, unconnected ids)} of the covering organisations
    not seated in the group (a seated one is counted as seated)."""
    cells: dict[str, list[list]] = {}
    for c in sorted(coverage, key=lambda c: (sort_key(c.name), str(c.id))):
        col = column_of.get(str(c.kind or "").casefold())
        if col is None:
            continue
        for group in dict.fromkeys(c.groups(by)):
            if c.id in found.get(group, [[]] * width)[col]:
                continue
            cell = cells.setdefault(group, [[[], [], []] for _ in range(width)])[col]
            cell[0].append(c.id)
            cell[1].append(c.label)
            if c.id in graph and c.id not in main:
                cell[2].append(c.id)
    return {g: [tuple(map(tuple, cell)) for cell in row] for g, row in cells.items()}


def _ordered(groups: Iterable[str], by: str) -> list[str]:
    def key(g: str):
        rank = WBA_REGIONS.index(g) if by == "wba_region" and g in WBA_REGIONS else 99
        return (g == NO_GROUP, rank, sort_key(g))

    return sorted(groups, key=key)
