"""What a merge of two records shows and decides field by field: both values side by
side (:class:`MergeField`), which value a field takes by default, what the records
carry that would move (:class:`MergeSide`), and the summary sentence („3 Zuordnungen
und 2 Beziehungen werden übernommen.“).

A choice names the record whose value a field takes: ``"survivor"`` (the record that
stays) or ``"other"`` (the one merged into it and then deleted); notes may also take
``"both"`` (the survivor's text, then the other's). Tags are always united; the data
protection fields follow fixed rules (the stricter one wins), see ``merge``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _, ngettext
from wba_desktop.text import format as fmt

SURVIVOR, OTHER, BOTH = "survivor", "other", "both"
CHOICES = (SURVIVOR, OTHER, BOTH)

#: what moves, in the order the summary names it: key -> (one, many)
MOVE_NOUNS: dict[str, tuple[str, str]] = {
    "affiliations": ("Zuordnung", "Zuordnungen"),
    "relations": ("Beziehung", "Beziehungen"),
    "verbund_members": ("Verbund-Mitgliedschaft", "Verbund-Mitgliedschaften"),
    "coordinations": ("Verbund-Koordination", "Verbund-Koordinationen"),
    "board_seats": ("Beiratssitz", "Beiratssitze"),
    "contact_for": ("Ansprechpartnerschaft im Verbund", "Ansprechpartnerschaften im Verbund"),
    "tasks": ("Verbund-Aufgabe", "Verbund-Aufgaben"),
    "organised_events": ("Veranstaltung als Veranstalter", "Veranstaltungen als Veranstalter"),
    "invitations": ("Einladung", "Einladungen"),
    "sessions": ("Mitwirkung im Programm", "Mitwirkungen im Programm"),
    "activities": ("Kontakt", "Kontakte"),
    "consents": ("Einwilligungserklärung", "Einwilligungserklärungen"),
    "verteiler": ("Verteiler-Mitgliedschaft", "Verteiler-Mitgliedschaften"),
    "disclosures": ("Weitergabe", "Weitergaben"),
    "offers": ("Leistung", "Leistungen"),
    "offer_contacts": (
        "Ansprechpartnerschaft für Leistungen",
        "Ansprechpartnerschaften für Leistungen",
    ),
}


@dataclass(frozen=True)
class MergeField:
    """One field of two records: how each value reads. ``choosable`` False: a rule
    decides (``rule`` says which); ``both_allowed``: the texts may be joined."""

    name: str
    label: str
    a_text: str
    b_text: str
    a_blank: bool = False
    b_blank: bool = False
    choosable: bool = True
    rule: str = ""
    both_allowed: bool = False

    @property
    def same(self) -> bool:
        return self.a_text == self.b_text


@dataclass(frozen=True)
class MergeSide:
    """One of the two records: id, the version the user sees, how it reads, and how
    many linked entries of each kind (:data:`MOVE_NOUNS`) it has."""

    id: int
    version: int
    label: str
    links: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MergePreview:
    """Both records of a planned merge (``kind``: "organisations" or "people")."""

    kind: str
    a: MergeSide
    b: MergeSide
    fields: tuple[MergeField, ...]

    @property
    def versions(self) -> dict[int, int]:
        """The versions to pass as ``expected_versions``."""
        return {self.a.id: self.a.version, self.b.id: self.b.version}

    def side(self, record_id: int) -> MergeSide:
        return self.a if record_id == self.a.id else self.b

    def default_choices(self, survivor_id: int) -> dict[str, str]:
        """The survivor's value, unless it is blank and the other's is not; notes
        both filled and different: both."""
        survivor_is_a = survivor_id == self.a.id
        out = {}
        for f in self.fields:
            if not f.choosable:
                continue
            mine_blank, theirs_blank = (
                (f.a_blank, f.b_blank) if survivor_is_a else (f.b_blank, f.a_blank)
            )
            if f.both_allowed and not mine_blank and not theirs_blank and not f.same:
                out[f.name] = BOTH
            elif mine_blank and not theirs_blank:
                out[f.name] = OTHER
            else:
                out[f.name] = SURVIVOR
        return out

    def summary(self, survivor_id: int) -> str:
        """What the other record's links become: „… werden übernommen.“"""
        other = self.b if survivor_id == self.a.id else self.a
        return moved_sentence(other.links)


@dataclass(frozen=True)
class MergeResult:
    """A merge done: the survivor, the deleted record (id and label), what moved
    (``moved``), what was joined with an entry the survivor already had (``joined``:
    the same person at the organisation, the same event …) and what was dropped
    (``dropped``: a relation between the two records)."""

    kind: str
    survivor_id: int
    other_id: int
    other_label: str
    moved: Mapping[str, int]
    joined: Mapping[str, int]
    dropped: Mapping[str, int]

    @property
    def summary(self) -> str:
        text = moved_sentence({k: self.moved.get(k, 0) + self.joined.get(k, 0) for k in MOVE_NOUNS})
        if self.dropped.get("relations"):
            n = self.dropped["relations"]
            text += ngettext(
                " {count} Beziehung zwischen den beiden entfiel.",
                " {count} Beziehungen zwischen den beiden entfielen.",
                n,
            ).format(count=fmt.integer(n))
        return text


def counted(links: Mapping[str, int]) -> list[str]:
    """„3 Zuordnungen“ … for the kinds with a count, in the order of :data:`MOVE_NOUNS`."""
    return [fmt.count(links[k], *nouns) for k, nouns in MOVE_NOUNS.items() if links.get(k, 0) > 0]


def moved_sentence(links: Mapping[str, int]) -> str:
    parts = counted(links)
    if not parts:
        return _("Keine verknüpften Einträge zu übernehmen.")
    single = len(parts) == 1 and sum(links.values()) == 1
    if single:
        return _("{parts} wird übernommen.").format(parts=fmt.listing(parts))
    return _("{parts} werden übernommen.").format(parts=fmt.listing(parts))


def blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def check_choices(choices: Mapping[str, str], names: set[str], both: set[str]) -> None:
    """Every choice names a field that can be chosen and one of :data:`CHOICES`."""
    for name, which in choices.items():
        if name not in names:
            raise ValidationError(
                {name: _("Das Feld „{name}“ lässt sich nicht wählen.").format(name=name)}
            )
        if which not in CHOICES or (which == BOTH and name not in both):
            raise ValidationError(
                {name: _("Unbekannte Wahl „{which}“ für „{name}“.").format(which=which, name=name)}
            )


def chosen(name: str, choices: Mapping[str, str], mine: Any, theirs: Any) -> Any:
    """The value field ``name`` takes: the survivor's (``mine``) unless the choice says
    otherwise; no choice given: the survivor's, or the other's where it is blank."""
    which = choices.get(name)
    if which is None:
        which = OTHER if blank(mine) and not blank(theirs) else SURVIVOR
    if which == OTHER:
        return theirs
    if which == BOTH:
        if blank(mine) or mine == theirs:
            return theirs if blank(mine) else mine
        if blank(theirs):
            return mine
        return f"{mine}\n\n{theirs}"
    return mine
