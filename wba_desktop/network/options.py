"""What the network picture shows: the filters (:class:`GraphOptions`) and the edges that
come from elsewhere than relations (:class:`ExtraEdge`, e.g. shared Verbund membership).
Plain values, used by the graph queries, the graph assembly, the service and the views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

MAX_PEOPLE = 500


@dataclass(frozen=True)
class ExtraEdge:
    """An edge from elsewhere: ``kind`` e.g. "Verbund" or "Veranstaltung"."""

    a: int
    b: int
    kind: str
    weight: float = 1.0
    #: shown in the details, e.g. "Verbund WAVA"; the kind when empty
    label: str = ""


@dataclass(frozen=True)
class GraphOptions:
    """What the graph shows. Empty tuples mean "no restriction"."""

    type_ids: tuple[int, ...] = ()
    region_ids: tuple[int, ...] = ()
    wba_regions: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()
    relation_type_ids: tuple[int, ...] = ()
    min_strength: int = 1
    #: relations valid on this day (open ends count as valid); None: every relation
    as_of: date | None = None
    include_inactive: bool = False
    #: only this organisation and its neighbours up to ``depth`` steps (1–3)
    focus_id: int | None = None
    depth: int = 1
    include_relations: bool = True
    #: weight of one strength point of a relation in the combined edge weight
    relation_weight: float = 1.0
    extra_edges: tuple[ExtraEdge | tuple[int, int, str, float], ...] = ()
    #: per kind of extra edge: multiplier of its weight; 0 switches that kind off
    extra_weights: Mapping[str, float] = field(default_factory=dict)
    include_people: bool = False
    max_people: int = MAX_PEOPLE
