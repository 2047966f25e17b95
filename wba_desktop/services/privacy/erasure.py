"""Erasure (Art. 17 DSGVO) as irreversible anonymisation.

What goes: the name (it becomes „Person 1234 (anonymisiert)“), e-mail, phones, title,
salutation, notes, tags, source, review note; affiliations, Beirat seats, Verbund
contact person roles, Verteiler memberships, speaker roles; the free texts of the
person's activities, invitations and consents, and of a private inquirer's inquiries
(description „[gelöscht]“, status notes, answer reasons of the referrals); the person's
old values in the change log; and the name, e-mail and phone wherever another free text names them
(``erasure_rules``). What stays, for statistics: the record itself (legal basis,
dates), the activities and invitations with their status (attendance), each invitation
with the organisation the person came from (so its kind and district still count), an
inquirer's inquiries with dates, topics, district, status, outcome and referrals.

After the commit the storage is scrubbed (``db/scrub.py``: VACUUM and a WAL checkpoint
on SQLite, VACUUM FULL on PostgreSQL); when another program holds the database, the
scrub finishes at the next start and the report says so. Each erasure is entered in the
ledger (table and ``loeschprotokoll.json``), which re-applies it after a restore.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.audit_merges import deleted_values, merged_ids
from wba_desktop.db.audit_scrub import plan_scrub, scrub_person
from wba_desktop.db.querying import text_filter
from wba_desktop.errors import NotFoundError, ServiceError
from wba_desktop.i18n import N_, _
from wba_desktop.models import Person
from wba_desktop.models.base import utcnow
from wba_desktop.models.privacy import AuditEntry, ErasureRecord
from wba_desktop.services.directory.people import display_name
from wba_desktop.services.directory.visibility import INQUIRER_LABEL
from wba_desktop.services.privacy import erasure_rules as rules
from wba_desktop.services.privacy import ledger
from wba_desktop.services.privacy.anonymise import (
    erase_person,
    identity,
    needles,
    neutral_name,
    unique_last,
)
from wba_desktop.text import format as fmt

log = logging.getLogger(__name__)

ACTION = "anonymisiert"
AUDIT_LABEL = "Person (anonymisiert)"
SCRUB_LATER = N_(
    "Die Daten sind anonymisiert. Ein anderes Programm hat die Datenbank gerade geöffnet; "
    "die letzten Spuren in der Datenbankdatei werden beim nächsten Start von WBA Desktop "
    "entfernt, wenn niemand sonst die Datenbank geöffnet hat."
)


class AlreadyAnonymised(ServiceError):
    """The person was anonymised before; nothing was changed."""


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did (``done``) or would do (a preview: ``done`` False).
    ``name`` is the name before the erasure in a preview and the neutral name after;
    ``items`` says per kind how much is erased, e.g. ("Zuordnungen", 2)."""

    person_ids: tuple[int, ...]
    name: str
    items: tuple[tuple[str, int], ...] = ()
    done: bool = False
    scrubbed: bool = False
    notes: tuple[str, ...] = ()
    #: the tables the erasure rewrote (what a later scrub must cover)
    tables: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.person_ids)

    def describe(self) -> str:
        """German: what is erased, e.g. „2 Zuordnungen, 1 Beiratssitz …“."""
        parts = [fmt.count(n, _SINGULAR.get(label, label), label) for label, n in self.items if n]
        return fmt.listing(parts) if parts else _("nur die Stammdaten")

    @property
    def message(self) -> str:
        if not self.done:
            return _("„{name}“ würde anonymisiert: Stammdaten und {describe}.").format(
                name=self.name, describe=self.describe()
            )
        if self.count == 1:
            text = _("„{name}“ wurde unwiderruflich anonymisiert.").format(name=self.name)
        else:
            text = _("{count} Personen wurden unwiderruflich anonymisiert.").format(
                count=fmt.integer(self.count)
            )
        if not self.scrubbed:
            text += " " + _(SCRUB_LATER)
        return " ".join([text, *self.notes])


#: what a preview counts: (German singular, plural, table, column that is the person)
_COUNTED = (
    (
        "Zuordnung zu einer Organisation",
        "Zuordnungen zu Organisationen",
        "affiliation",
        "person_id",
    ),
    ("Beiratssitz", "Beiratssitze", "verbund_board_seat", "person_id"),
    (
        "Rolle als Ansprechperson im Verbund",
        "Rollen als Ansprechperson im Verbund",
        "verbund_member",
        "contact_person_id",
    ),
    ("Verteiler-Mitgliedschaft", "Verteiler-Mitgliedschaften", "distribution_member", "person_id"),
    ("Aktivität (Texte)", "Aktivitäten (Texte)", "activity", "person_id"),
    ("Einladung (Notizen)", "Einladungen (Notizen)", "invitation", "person_id"),
    ("Einwilligung (Quelle)", "Einwilligungen (Quelle)", "consent", "person_id"),
    ("Einwilligungsvermerk", "Einwilligungsvermerke", "consent_event", "person_id"),
    (
        "Eintrag im Änderungsprotokoll",
        "Einträge im Änderungsprotokoll",
        "audit_log",
        "person_id",
    ),
)
_SINGULAR = {many: one for one, many, _t, _c in _COUNTED}
#: what a preview counts for a private inquirer („Ratsuchende/r“) in addition
_INQUIRIES = ("Anfrage (Beschreibung)", "Anfragen (Beschreibungen)")
_SINGULAR[_INQUIRIES[1]] = _INQUIRIES[0]


class ErasureService:
    """Anonymise people, re-apply the ledger after a restore, find people by text.

    ``ledger_path``: the file ledger (default ``paths.data_dir()/loeschprotokoll.json``,
    looked up on use)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, ledger_path: Path | None = None) -> None:
        self._uow = uow_factory
        self._ledger_path = ledger_path

    @property
    def ledger_path(self) -> Path:
        return self._ledger_path or ledger.default_path()

    # -- finding ------------------------------------------------------------------------
    def find(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """(id, label) of the people ``text`` names: an id, an e-mail address or words
        of the name („Vorname Nachname“); anonymised people are never found, private
        inquirers are (marked „– Ratsuchende/r“)."""
        text = (text or "").strip()
        stmt = select(Person.id, Person.title, Person.first_name, Person.last_name, Person.email)
        stmt = stmt.add_columns(Person.inquirer).where(Person.anonymised_on.is_(None))
        if text.isdigit():
            stmt = stmt.where(Person.id == int(text))
        elif "@" in text:
            stmt = stmt.where(func.lower(Person.email) == text.lower())
        else:
            clause = text_filter(Person.search_key, text)
            if clause is None:
                return []
            stmt = stmt.where(clause)
        with self._uow() as uow:
            rows = uow.session.execute(stmt.order_by(Person.sort_key, Person.id).limit(limit))
            return [
                (
                    pid,
                    display_name(t, f, last)
                    + (f" <{mail}>" if mail else "")
                    + (" – " + _(INQUIRER_LABEL) if inquirer else ""),
                )
                for pid, t, f, last, mail, inquirer in rows
            ]

    # -- erasing ------------------------------------------------------------------------
    def preview(self, person_id: int) -> ErasureReport:
        """What :meth:`anonymise` would erase (nothing is changed)."""
        return self.anonymise(person_id, confirm=False)

    def anonymise(self, person_id: int, confirm: bool = True) -> ErasureReport:
        """Anonymise one person irreversibly (see the module doc). ``confirm`` False
        only reports what would be erased. NotFoundError for an unknown id,
        :class:`AlreadyAnonymised` when done before (nothing changed)."""
        if not confirm:
            with self._uow() as uow:
                p = self._erasable(uow.session, person_id)
                return ErasureReport(
                    (person_id,), display_name(p.title, p.first_name, p.last_name),
                    _counts(uow.session, person_id, p.inquirer),
                )  # fmt: skip
        return self.anonymise_many([person_id])

    def anonymise_many(
        self, person_ids: Sequence[int], *, read_first: bool = False, scrub: bool = True
    ) -> ErasureReport:
        """Anonymise several people in one transaction: all or none.

        ``read_first``: look for the people's names in every text column before the
        transaction (:func:`erasure_rules.plan_sweep`), so the write lock is held for
        the rewrite alone (seconds less per person on a large database; the background
        retention run). ``scrub`` False leaves the storage scrub to the caller
        (:meth:`scrub_storage`, once after many batches)."""
        ids = tuple(dict.fromkeys(person_ids))
        if not ids:
            raise ServiceError(_("Keine Person ausgewählt; es wurde nichts geändert."))
        today = date.today()
        plans = self._plan(ids) if read_first else {}
        entries: list[ledger.LedgerEntry] = []
        touched: set[str] = set()
        total: dict[str, int] = {}
        with self._uow() as uow:
            s = uow.session
            if uow.dialect == "sqlite":
                s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            people = [self._erasable(s, pid) for pid in ids]
            old_values: dict[int, dict[str, str]] = {}
            listed = set(
                s.scalars(select(ErasureRecord.person_id).where(ErasureRecord.person_id.in_(ids)))
            )
            for p in people:
                for label, n in _counts(s, p.id, p.inquirer):
                    total[label] = total.get(label, 0) + n
                entries.append(ledger.LedgerEntry(p.id, today, ledger.fingerprint(p.created_at)))
                old_values[p.id] = identity(p)
                touched |= erase_person(s, p, today, plans.get(p.id))
                if p.id not in listed:  # re-applied after a restore: listed already
                    s.add(ErasureRecord(person_id=p.id))
            s.flush()
            for p in people:  # after the flush: also what the change log wrote for it
                keys = tuple(old_values[p.id])
                merged = {  # people merged into p earlier: their old entries go too
                    m: deleted_values(s, "person", m, keys)
                    for m in merged_ids(s, "person", p.id)[1:]
                }
                audit_plan = plans[p.id][2] if p.id in plans else None
                scrub_person(s, p.id, old_values[p.id], audit_plan)
                if p.inquirer:
                    rules.scrub_inquirer_audit(s, p.id)
                for m, values in merged.items():
                    scrub_person(s, m, values)
                s.add(_audit_row(p.id, self._uow.user_name))
            touched |= {"person", "audit_log", "erasure_ledger"}
            uow.commit()
        notes = self._write_file_ledger(entries)
        scrubbed = self._scrub(sorted(touched)) if scrub else False
        name = neutral_name(ids[0]) if len(ids) == 1 else ""
        log.info("anonymised %d people (scrubbed: %s)", len(ids), scrubbed)
        return ErasureReport(
            ids, name, tuple(total.items()), True, scrubbed, tuple(notes), tuple(sorted(touched))
        )

    def scrub_storage(self, tables: Iterable[str], now: bool = True) -> bool:
        """Remove the physical traces of erasures done with ``scrub=False`` (``tables``:
        their reports' ``tables``); True when it completed. ``now`` False (the app is
        closing) only notes it as due: the next start finishes it."""
        if not now:
            from wba_desktop.db.scrub import set_pending

            set_pending(self._uow.engine)
            return False
        return self._scrub(sorted(set(tables)))

    def _plan(self, ids: Sequence[int]) -> dict[int, tuple]:
        """Per person (not anonymised yet): whether the last name alone identifies
        them, the sweep's plan and the change log's; read only, in a transaction of
        its own."""
        out = {}
        with self._uow() as uow:
            s = uow.session
            for p in s.scalars(select(Person).where(Person.id.in_(ids))):
                if p.anonymised_on is None:
                    alone = unique_last(s, p)
                    plan = rules.plan_sweep(s, needles(p, alone), ("person", p.id))
                    out[p.id] = (alone, plan, plan_scrub(s, p.id, identity(p)))
        return out

    def _erasable(self, session: Session, person_id: int) -> Person:
        p = session.get(Person, person_id)
        if p is None:
            raise NotFoundError(
                _("Eine Person mit der Nummer {person_id} gibt es nicht.").format(
                    person_id=person_id
                )
            )
        if p.anonymised_on is not None:
            raise AlreadyAnonymised(
                _(
                    "„{person}“ wurde bereits am "
                    "{anonymised_on} anonymisiert; es wurde nichts geändert."
                ).format(
                    person=display_name(p.title, p.first_name, p.last_name),
                    anonymised_on=fmt.day(p.anonymised_on),
                )
            )
        return p

    def _write_file_ledger(self, entries: list[ledger.LedgerEntry]) -> list[str]:
        try:
            ledger.append(self.ledger_path, entries)
        except OSError as exc:
            log.warning("erasure ledger file not written: %s", exc)
            return [
                _(
                    "Das Löschprotokoll „{ledger_path}“ konnte nicht geschrieben werden "
                    "({exc}); in der Datenbank ist die Löschung vermerkt."
                ).format(ledger_path=self.ledger_path, exc=exc)
            ]
        return []

    def _scrub(self, tables: list[str]) -> bool:
        from wba_desktop.db.scrub import scrub

        try:
            return scrub(self._uow.engine, tables)
        except Exception:  # the erasure is committed; the next start tries again
            log.warning("scrub after erasure failed", exc_info=True)
            return False

    # -- the ledger ---------------------------------------------------------------------
    def ledger_ids(self) -> list[int]:
        """Ids of the erasures the table and the file ledger know (for tests, reports)."""
        with self._uow() as uow:
            ids = set(uow.session.scalars(select(ErasureRecord.person_id)))
        ids |= {e.person_id for e in ledger.read(self.ledger_path)}
        return sorted(ids)

    def reapply_ledger(self) -> int:
        """After a restore: anonymise again whom the ledgers list and the restored data
        hold un-anonymised (an entry from the file only where the record's creation
        time matches, see ``ledger``). Returns how many were anonymised."""
        from_file = {e.person_id: e for e in ledger.read(self.ledger_path)}
        with self._uow() as uow:
            in_table = set(uow.session.scalars(select(ErasureRecord.person_id)))
            wanted = in_table | set(from_file)
            if not wanted:
                return 0
            rows = uow.session.execute(
                select(Person.id, Person.created_at).where(
                    Person.id.in_(wanted), Person.anonymised_on.is_(None)
                )
            ).all()
        due = [pid for pid, created in rows if pid in in_table or from_file[pid].matches(created)]
        if due:
            self.anonymise_many(due)
        return len(due)

    def reapply_after_restore(self, report) -> None:
        """The restore hook: re-apply the ledger and add a note to ``report``."""
        n = self.reapply_ledger()
        if n:
            report.notes.append(
                _(
                    "{deletions} erneut angewendet "
                    "(Personen, die nach dieser Sicherung anonymisiert worden waren)."
                ).format(deletions=fmt.count(n, N_("Löschung"), N_("Löschungen")))
            )


def _counts(
    session: Session, person_id: int, inquirer: bool = False
) -> tuple[tuple[str, int], ...]:
    out = []
    if inquirer:
        t = rules.table("inquiry")
        n = session.scalar(select(func.count()).select_from(t).where(t.c.person_id == person_id))
        out.append((_INQUIRIES[1], n or 0))
    for _one, label, name, column in _COUNTED:
        t = rules.table(name)
        if t is None or column not in t.c:
            continue
        n = session.scalar(select(func.count()).select_from(t).where(t.c[column] == person_id))
        out.append((label, n or 0))
    return tuple(out)


def _audit_row(person_id: int, user_name: str) -> AuditEntry:
    return AuditEntry(
        changed_at=utcnow(),
        user_name=(user_name or "")[:100],
        table_name="person",
        row_id=person_id,
        action=ACTION,
        record_label=AUDIT_LABEL,
        person_id=person_id,
        changes="{}",
    )
