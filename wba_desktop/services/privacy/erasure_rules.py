"""What an erasure does to each table, as data: the rows about the person that are
deleted, the links to them that are cut, the free texts about them that are replaced,
and the sweep that replaces the person's name, e-mail and phone wherever else a free
text names them.

The rules name tables by their names and are skipped for a table the schema does not
have, so a table added later (the consent history ``consent_event``) fits with one
entry, and one removed (the old ``consent``) does no harm.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sqlalchemy import Table, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import Integer, String, Text

from wba_desktop.db.search_index import ROWS_OPTION
from wba_desktop.models import Base
from wba_desktop.text.fold import search_key

#: what replaces a free text about the erased person
ANONYMISED_TEXT = "(anonymisiert)"


@dataclass(frozen=True)
class DeleteRows:
    """Rows of ``table`` whose ``column`` is the person are deleted; ``only``: a
    further (column, value) condition, for tables that name several kinds of record."""

    table: str
    column: str = "person_id"
    only: tuple[str, str] | None = None


@dataclass(frozen=True)
class CutLink:
    """``column`` of ``table`` pointing at the person is set to NULL (the row stays)."""

    table: str
    column: str


@dataclass(frozen=True)
class ClearTexts:
    """The ``texts`` of the rows of ``table`` about the person are replaced by
    ``value`` (non-empty ones only). ``via``: (parent table, its column that is the
    person) when ``column`` of ``table`` points at a parent row, e.g. the status
    history of the person's invitations."""

    table: str
    texts: tuple[str, ...]
    column: str = "person_id"
    value: str = ANONYMISED_TEXT
    via: tuple[str, str] | None = None


#: rows that are about the person alone and serve no statistics
DELETES = (
    DeleteRows("affiliation"),
    DeleteRows("verbund_board_seat"),
    DeleteRows("distribution_member"),
    DeleteRows("person_tag"),
    DeleteRows("session_person"),
    DeleteRows("disclosure_person"),
    # what an import overwrote of the person (old values for „Import rückgängig“)
    DeleteRows("import_change", "row_id", only=("table_name", "person")),
)

#: rows that stay, without the person
CUTS = (
    CutLink("verbund_member", "contact_person_id"),
    CutLink("verbund_task", "responsible_id"),
)

#: free texts of rows that stay (activities and invitations count for statistics)
CLEARS = (
    ClearTexts("activity", ("subject", "note")),
    ClearTexts("invitation", ("note", "source")),
    ClearTexts(
        "invitation_change", ("note",), column="invitation_id", via=("invitation", "person_id")
    ),
    ClearTexts("consent", ("source",), value=""),
    # p1's consent history (migration 0006): one entry is all it takes
    ClearTexts("consent_event", ("source", "note"), value=""),
)

#: what replaces the description of a private inquirer's inquiry
CLEARED_TEXT = "[gelöscht]"

#: a private inquirer's inquiries (``person.inquirer``): their own words about their
#: need go; dates, topics, district, status, outcome and the referrals stay (statistics)
INQUIRER_CLEARS = (
    ClearTexts("inquiry", ("description",), value=CLEARED_TEXT),
    ClearTexts(
        "inquiry_change", ("note",), column="inquiry_id", value="", via=("inquiry", "person_id")
    ),
    ClearTexts(
        "referral", ("answer_reason",), column="inquiry_id", value="", via=("inquiry", "person_id")
    ),
)

#: tables the sweep leaves alone: only ids, or runtime rows, or our own entry
SWEEP_SKIPS = frozenset({"erasure_ledger", "app_session", "change_notice"})


def table(name: str) -> Table | None:
    return Base.metadata.tables.get(name)


def _rows_of(t: Table, column: str, person_id: int, via: tuple[str, str] | None):
    if via is None:
        return t.c[column] == person_id
    parent = table(via[0])
    return t.c[column].in_(select(parent.c.id).where(parent.c[via[1]] == person_id))


def apply_rules(session: Session, person_id: int, inquirer: bool = False) -> set[str]:
    """Delete, cut and clear by the rules above (with ``inquirer`` also the texts of
    the person's inquiries); returns the tables touched."""
    touched: set[str] = clear_inquirer_traces(session, person_id) if inquirer else set()
    for rule in DELETES:
        t = table(rule.table)
        if t is None or rule.column not in t.c:
            continue
        where = t.c[rule.column] == person_id
        if rule.only is not None:
            where = and_(where, t.c[rule.only[0]] == rule.only[1])
        if session.execute(delete(t).where(where)).rowcount:
            touched.add(t.name)
    for rule in CUTS:
        t = table(rule.table)
        if t is not None and rule.column in t.c:
            stmt = update(t).where(t.c[rule.column] == person_id).values({rule.column: None})
            if session.execute(stmt).rowcount:
                touched.add(t.name)
    for rule in CLEARS + (INQUIRER_CLEARS if inquirer else ()):
        t = table(rule.table)
        if t is None or rule.column not in t.c:
            continue
        where = _rows_of(t, rule.column, person_id, rule.via)
        for name in rule.texts:
            if name not in t.c:
                continue
            stmt = update(t).where(where, t.c[name] != "").values({name: rule.value})
            if session.execute(stmt).rowcount:
                touched.add(t.name)
    return touched


def clear_inquirer_traces(session: Session, person_id: int) -> set[str]:
    """Before the links go: what a private inquirer's inquiries left elsewhere in free
    text – the content of disclosures about them alone (a referral e-mail's summary)
    and the notes of the referral entries in the partners' contact histories."""
    touched: set[str] = set()
    disclosure, link = table("disclosure"), table("disclosure_person")
    if disclosure is not None and link is not None:
        others = select(link.c.disclosure_id).where(link.c.person_id != person_id)
        theirs = select(link.c.disclosure_id).where(link.c.person_id == person_id)
        stmt = (
            update(disclosure)
            .where(disclosure.c.id.in_(theirs), disclosure.c.id.not_in(others))
            .values(what=ANONYMISED_TEXT)
        )
        if session.execute(stmt).rowcount:
            touched.add("disclosure")
    activity, inquiry, referral = table("activity"), table("inquiry"), table("referral")
    if activity is not None and inquiry is not None and referral is not None:
        entries = select(referral.c.activity_id).where(
            referral.c.activity_id.is_not(None),
            referral.c.inquiry_id.in_(select(inquiry.c.id).where(inquiry.c.person_id == person_id)),
        )
        stmt = (
            update(activity)
            .where(activity.c.id.in_(entries), activity.c.note != "")
            .values(note=ANONYMISED_TEXT)
        )
        if session.execute(stmt).rowcount:
            touched.add("activity")
    return touched


def needles(
    first: str,
    last: str,
    *,
    title: str = "",
    salutation: str = "",
    email: str = "",
    phones: tuple[str, ...] = (),
    last_alone: bool = False,
) -> list[str]:
    """The strings that identify the person in someone else's free text: the name in
    its usual orders ("Frau Beispiel", "Dr. Beispiel" too), the e-mail, the phone
    numbers (also as digits only), each also folded like a search key and escaped like
    JSON text (the audit log's values). The last name alone only with ``last_alone``
    (nobody else bears it, so it names no one else)."""
    names = [f"{first} {last}", f"{last}, {first}"] if first else []
    names += [f"{word} {last}" for word in (title, salutation) if word]
    if last_alone or not names:
        names.append(last)
    found = [n.strip() for n in names] + [email, *phones]
    found += [re.sub(r"\D", "", p) for p in phones]
    out: list[str] = []
    for n in found:
        n = n.strip()
        if len(n) < 5:  # too short to tell the person from anything else
            continue
        for form in (n, search_key(n), json.dumps(n)[1:-1]):
            if form and form not in out:
                out.append(form)
    return out


def _text_columns(t: Table):
    return [c for c in t.columns if isinstance(c.type, String | Text) and not c.primary_key]


def _swept_tables():
    """(table, its text columns, its primary key columns) of every table the sweep reads."""
    for t in Base.metadata.sorted_tables:
        if t.name in SWEEP_SKIPS:
            continue
        cols = _text_columns(t)
        pk = list(t.primary_key.columns)
        if cols and pk:
            yield t, cols, pk


def _single_id(pk) -> bool:
    return len(pk) == 1 and isinstance(pk[0].type, Integer)


@dataclass(frozen=True)
class SweepPlan:
    """Where a sweep for ``words`` will find them, read before the write transaction
    (:func:`plan_sweep`): per table with an integer id, the ids of the rows that named
    the person then (``hits``) and the highest id then (``high``). The sweep inside the
    transaction then reads only those rows and the rows added since, so the scan of
    every text column runs without holding the database's write lock. A table missing
    here is scanned whole, as without a plan."""

    words: tuple[str, ...]
    hits: dict[str, frozenset[int]] = field(default_factory=dict)
    high: dict[str, int] = field(default_factory=dict)


def plan_sweep(session: Session, words: list[str], skip_row: tuple[str, int] | None) -> SweepPlan:
    """Read (nothing is written) which rows :func:`sweep` will have to look at."""
    words = [w for w in words if w]
    if not words:
        return SweepPlan(())
    sqlite = session.get_bind().dialect.name == "sqlite"
    hits: dict[str, frozenset[int]] = {}
    high: dict[str, int] = {}
    for t, cols, pk in _swept_tables():
        if not _single_id(pk):
            continue
        high[t.name] = session.scalar(select(func.max(pk[0]))) or 0
        stmt = select(pk[0]).where(or_(*(_contains(c, w, sqlite) for c in cols for w in words)))
        if skip_row is not None and t.name == skip_row[0]:
            stmt = stmt.where(pk[0] != skip_row[1])
        hits[t.name] = frozenset(session.scalars(stmt))
    return SweepPlan(tuple(words), hits, high)


def sweep(
    session: Session,
    words: list[str],
    skip_row: tuple[str, int] | None,
    plan: SweepPlan | None = None,
) -> set[str]:
    """Replace each of ``words`` (case-insensitively) by the anonymised marker in every
    text column of every table; ``skip_row``: (table, id) left alone (the person's own,
    already rewritten row). ``plan``: read before (:func:`plan_sweep`, for the same
    words), limits the reading to the rows it found and those added since. Returns the
    tables touched."""
    words = [w for w in words if w]
    if not words:
        return set()
    if plan is not None and plan.words != tuple(words):
        plan = None  # the person changed since: look everywhere
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    touched: set[str] = set()
    sqlite = session.get_bind().dialect.name == "sqlite"
    for t, cols, pk in _swept_tables():
        hit = or_(*(_contains(c, w, sqlite) for c in cols for w in words))
        stmt = select(*pk, *cols).where(hit)
        if skip_row is not None and t.name == skip_row[0]:
            stmt = stmt.where(t.c.id != skip_row[1])
        if plan is not None and t.name in plan.high:
            known, newer = sorted(plan.hits.get(t.name, ())), pk[0] > plan.high[t.name]
            stmt = stmt.where(or_(pk[0].in_(known), newer) if known else newer)
        for row in session.execute(stmt).all():
            keys = row[: len(pk)]
            values = {}
            for col, value in zip(cols, row[len(pk) :], strict=True):
                if isinstance(value, str) and pattern.search(value):
                    values[col.name] = pattern.sub(ANONYMISED_TEXT, value)[: _length(col)]
            if values:
                cond = and_(*(c == k for c, k in zip(pk, keys, strict=True)))
                rows = {ROWS_OPTION: list(keys)} if _single_id(pk) else {}
                session.execute(update(t).where(cond).values(values), execution_options=rows)
                touched.add(t.name)
    return touched


def _contains(col, word: str, sqlite: bool):
    """``col`` contains ``word``, case aside. SQLite's own LIKE folds ASCII letters in C
    (the app's Unicode ``lower`` is a Python callback, far too slow for a scan of every
    text column); the needles come in their spellings and folded forms anyway.
    PostgreSQL's ILIKE folds every letter."""
    pattern = f"%{_like(word)}%"
    return col.like(pattern, escape="\\") if sqlite else col.ilike(pattern, escape="\\")


def _length(col) -> int | None:
    return getattr(col.type, "length", None)


def _like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def scrub_inquirer_audit(session: Session, person_id: int) -> int:
    """In the change log rows about no person that concern ``person_id``'s inquiries
    (their referrals, the referral entries in the partners' contact histories), the free
    texts ``INQUIRER_CLEARS`` and ``clear_inquirer_traces`` empty in the tables become
    "anonymisiert" (answer reason, note). Returns the number of rows rewritten."""
    log, inquiry, referral = table("audit_log"), table("inquiry"), table("referral")
    if log is None or inquiry is None or referral is None:
        return 0
    theirs = referral.c.inquiry_id.in_(select(inquiry.c.id).where(inquiry.c.person_id == person_id))
    wanted = (
        ("referral", select(referral.c.id).where(theirs), "answer_reason"),
        ("activity", select(referral.c.activity_id).where(theirs), "note"),
    )
    done = 0
    for name, ids, key in wanted:
        rows = session.execute(
            select(log.c.id, log.c.changes).where(
                log.c.table_name == name, log.c.row_id.in_(ids), log.c.changes.like(f'%"{key}"%')
            )
        ).all()
        for row_id, raw in rows:
            try:
                changes = json.loads(raw or "{}")
            except ValueError:
                continue
            pair = changes.get(key)
            if not isinstance(pair, list):
                continue
            changes[key] = [None if v in (None, "") else "anonymisiert" for v in pair]
            text = json.dumps(changes, ensure_ascii=False, separators=(",", ":"))
            session.execute(update(log).where(log.c.id == row_id).values(changes=text))
            done += 1
    return done
