"""What a committed unit of work changed, so that the areas can refresh only what they show.

Every write goes through a unit of work; the unit of work watches its connection
(``after_execute``: every INSERT, UPDATE and DELETE, also bulk statements and the
ORM's own) and its session (``after_flush``: the ids of the rows it wrote), and on
commit hands a :class:`Changes` to the listeners of its factory. Services therefore
report what they changed without any bookkeeping of their own, and nothing is
reported for a unit of work that rolled back.

A change is named by its *topic*, the area word the views think in
("organisations", "people", "verbuende" …), derived from the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: table -> topics it belongs to (an affiliation changes people and organisations)
TABLE_TOPICS: dict[str, tuple[str, ...]] = {
    "organisation": ("organisations",),
    "organisation_tag": ("organisations",),
    "organisation_coverage": ("organisations",),
    "person": ("people",),
    "person_tag": ("people",),
    "affiliation": ("people", "organisations"),
    "relation": ("relations",),
    "region": ("reference",),
    "organisation_type": ("reference",),
    "relation_type": ("reference",),
    "tag": ("reference",),
    "distribution_list": ("verteiler",),
    "distribution_member": ("verteiler",),
    "activity": ("activities",),
    "verbund": ("verbuende",),
    "verbund_region": ("verbuende",),
    "verbund_member": ("verbuende",),
    "verbund_board_seat": ("verbuende",),
    "verbund_phase": ("verbuende",),
    "verbund_task": ("verbuende",),
    "verbund_figure": ("verbuende",),
    "event": ("events",),
    "event_organiser": ("events",),
    "event_verbund": ("events", "verbuende"),
    "event_session": ("events",),
    "session_person": ("events",),
    "session_attendee": ("events",),
    "invitation": ("events",),
    "invitation_change": ("events",),
    "checklist_item": ("events",),
    "consent_event": ("people",),
    "consent_purpose": ("reference", "people"),
    "app_setting": ("settings",),
    "saved_view": ("saved_views",),
    "offer_topic": ("reference",),
    "organisation_offer": ("organisations",),
    "offer_region": ("organisations",),
    "inquiry": ("inquiries",),
    "inquiry_topic": ("inquiries",),
    "inquiry_change": ("inquiries",),
    "referral": ("inquiries",),
    # layout_position has no topic: storing a layout is no reason to refresh anything
}

#: the table whose row ids are the ids of a topic (an affiliation id is no person id)
MAIN_TABLE = {
    "organisation": "organisations",
    "person": "people",
    "relation": "relations",
    "distribution_list": "verteiler",
    "activity": "activities",
    "verbund": "verbuende",
    "event": "events",
    "inquiry": "inquiries",
}

#: every topic a view may ask about
TOPICS = frozenset(t for topics in TABLE_TOPICS.values() for t in topics)


@dataclass(frozen=True)
class Changes:
    """Topics that changed, and the ids of the changed rows per topic where known.

    ``ids[topic]`` is only a hint: a bulk statement changes rows without naming them,
    so a topic can be in ``topics`` without ids. ``everything`` says "refresh it all"
    (a restore, a demo import, the user's F5)."""

    topics: frozenset[str] = frozenset()
    ids: dict[str, frozenset[int]] = field(default_factory=dict)
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(TOPICS, {}, everything=True)

    @classmethod
    def of(cls, *topics: str) -> Changes:
        unknown = set(topics) - TOPICS
        if unknown:
            raise ValueError(f"unknown change topics: {sorted(unknown)}")
        return cls(frozenset(topics))

    def touches(self, *topics: str) -> bool:
        """Whether any of ``topics`` changed."""
        return self.everything or not self.topics.isdisjoint(topics)

    def ids_of(self, topic: str) -> frozenset[int]:
        return self.ids.get(topic, frozenset())

    def __bool__(self) -> bool:
        return self.everything or bool(self.topics)

    def merged(self, other: Changes) -> Changes:
        ids = {k: v for k, v in self.ids.items()}
        for topic, more in other.ids.items():
            ids[topic] = ids.get(topic, frozenset()) | more
        return Changes(self.topics | other.topics, ids, self.everything or other.everything)

    def describe(self) -> str:
        """For logs: "organisations(3), people"."""
        if self.everything:
            return "everything"
        parts = []
        for topic in sorted(self.topics):
            n = len(self.ids.get(topic, ()))
            parts.append(f"{topic}({n})" if n else topic)
        return ", ".join(parts)


class ChangeRecorder:
    """Collects tables and row ids while a unit of work runs."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.ids: dict[str, set[int]] = {}

    def table(self, name: str) -> None:
        self.tables.add(name)

    def row(self, table: str, row_id: object) -> None:
        self.tables.add(table)
        if isinstance(row_id, int):
            self.ids.setdefault(table, set()).add(row_id)

    def result(self) -> Changes:
        topics: set[str] = set()
        ids: dict[str, set[int]] = {}
        for table in self.tables:
            for topic in TABLE_TOPICS.get(table, ()):
                topics.add(topic)
            if table in self.ids and table in MAIN_TABLE:
                ids.setdefault(MAIN_TABLE[table], set()).update(self.ids[table])
        return Changes(frozenset(topics), {k: frozenset(v) for k, v in ids.items()})
