"""The rows the start page's cards show, made from the dashboard's dataclasses: the
texts a cell shows and what a row opens (``target``: kind and id)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date

from wba_desktop.services.glance import CHECKLIST, MILESTONE, DueItem
from wba_desktop.text import format as fmt

#: audit tables whose records the start page can open, and the kind of target
AUDIT_TARGETS = {
    "organisation": "organisation",
    "person": "person",
    "verbund": "verbund",
    "event": "event",
    "inquiry": "inquiry",
}


@dataclass(frozen=True)
class Row:
    """A row of any card: ``cells`` by column key through ``__getattr__``."""

    target: tuple[str, int | None, str]
    cells: dict
    overdue: bool = False
    tooltip: str = ""

    def __getattr__(self, key: str):
        try:
            return self.__dict__["cells"][key]
        except KeyError:
            raise AttributeError(key) from None

    @property
    def id(self) -> int | None:
        return self.target[1]


def due_row(item: DueItem, tr) -> Row:
    kind = {MILESTONE: tr("Meilenstein"), CHECKLIST: tr("Checkliste")}.get(item.kind, tr("Aufgabe"))
    if item.kind == CHECKLIST:
        target = ("event", item.owner_id, "checklist")
    else:
        target = ("verbund", item.owner_id, "tasks")
    cells = {"due_on": fmt.day(item.due_on), "kind": kind, "title": item.title,
             "owner": item.owner_name}  # fmt: skip
    return Row(target, cells, item.overdue)


def followup_row(f, today: date, tr) -> Row:
    if f.organisation_id is not None:
        target = ("organisation", f.organisation_id, "")
    else:
        target = ("person", f.person_id, "")
    if f.overdue_days > 0:
        state = tr("%1 Tage überfällig").replace("%1", str(f.overdue_days))
        if f.overdue_days == 1:
            state = tr("1 Tag überfällig")
    elif f.overdue_days == 0:
        state = tr("heute")
    else:
        state = tr("in %1 Tagen").replace("%1", str(-f.overdue_days))
    cells = {"due_on": fmt.day(f.due_on), "state": state, "subject": f.subject or f.kind,
             "who": f.who}  # fmt: skip
    return Row(target, cells, f.overdue)


def event_row(e) -> Row:
    cells = {"when": f"{fmt.day(e.starts_at)} {e.starts_at:%H:%M}", "title": e.title,
             "city": e.city, "status": e.status}  # fmt: skip
    return Row(("event", e.id, ""), cells)


def inquiry_row(r) -> Row:
    cells = {"number": r.number, "received_on": fmt.day(r.received_on), "status": r.status,
             "inquirer": r.inquirer}  # fmt: skip
    return Row(("inquiry", r.id, ""), cells)


def health_row(h, tr) -> Row:
    tooltip = ""
    if h.missing:
        tooltip = tr("Es fehlt: %1").replace("%1", fmt.listing(h.missing))
    cells = {"name": h.name, "phase": h.phase, "score": f"{h.score}/{h.factors}"}
    return Row(("verbund", h.id, "health"), cells, h.score <= h.factors // 2, tooltip)


def funding_row(w) -> Row:
    cells = {"funding_end": fmt.day(w.funding_end), "name": w.name, "phase": w.phase}
    return Row(("verbund", w.id, "record"), cells, False, w.text)


def change_row(c) -> Row:
    when = c.changed_at.replace(tzinfo=UTC).astimezone()
    kind = AUDIT_TARGETS.get(c.table_name, "")
    cells = {"when": f"{fmt.day(when)} {when:%H:%M}", "who": c.who,
             "what": f"{c.record_label or c.kind} {c.action}"}  # fmt: skip
    target = (kind, c.row_id, "") if kind and c.action != "gelöscht" else ("", None, "")
    return Row(target, cells, False, c.summary)
