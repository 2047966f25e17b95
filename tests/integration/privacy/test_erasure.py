"""Erasure (Art. 17) as anonymisation: every table, statistics, search and export, the
messages for bad input; on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tests.integration.privacy import rich_person
from tests.integration.privacy.rich_person import EMAIL, FIRST, LAST
from wba_desktop.errors import NotFoundError
from wba_desktop.models import (
    Activity,
    Affiliation,
    AuditEntry,
    ConsentEvent,
    Disclosure,
    ErasureRecord,
    Invitation,
    InvitationChange,
    Organisation,
    Person,
    VerbundBoardSeat,
    VerbundMember,
    VerbundTask,
    disclosure_person,
    distribution_member,
    person_tag,
)
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.services.privacy.erasure import AlreadyAnonymised


def _count(s, stmt) -> int:
    return s.scalar(select(func.count()).select_from(stmt.subquery()))


def _statistics(services) -> list[tuple]:
    """Invitations and attendance by the kind and district of the organisation."""
    with services.uow() as uow:
        stmt = (
            select(
                Organisation.type_id,
                Organisation.region_id,
                Invitation.status,
                func.count(),
            )
            .join(Organisation, Organisation.id == Invitation.organisation_id)
            .group_by(Organisation.type_id, Organisation.region_id, Invitation.status)
            .order_by(Organisation.type_id, Organisation.region_id, Invitation.status)
        )
        return [tuple(r) for r in uow.session.execute(stmt)]


def test_anonymise_rewrites_every_table(services):
    rich = rich_person.build(services)
    pid = rich.person_id

    report = services.erasure.anonymise(pid)

    assert report.done and report.person_ids == (pid,)
    assert report.scrubbed  # SQLite: VACUUM + checkpoint; PostgreSQL: VACUUM FULL
    assert "unwiderruflich anonymisiert" in report.message
    assert ("Zuordnungen zu Organisationen", 1) in report.items
    with services.uow() as uow:
        s = uow.session
        p = s.get(Person, pid)
        assert p.last_name == f"Person {pid} (anonymisiert)"
        assert (p.first_name, p.title, p.salutation, p.email, p.phone, p.mobile) == ("",) * 6
        assert (p.notes, p.data_source, p.review_note) == ("", "", "")
        assert p.anonymised_on is not None and p.active is False
        assert FIRST.lower() not in p.search_key and "zwetschk" not in p.sort_key
        for table, col in (
            (Affiliation, Affiliation.person_id),
            (VerbundBoardSeat, VerbundBoardSeat.person_id),
        ):
            assert _count(s, select(table.id).where(col == pid)) == 0
        assert _count(s, select(person_tag).where(person_tag.c.person_id == pid)) == 0
        assert (
            _count(s, select(distribution_member).where(distribution_member.c.person_id == pid))
            == 0
        )
        assert _count(s, select(disclosure_person).where(disclosure_person.c.person_id == pid)) == 0
        assert (
            _count(s, select(VerbundMember.id).where(VerbundMember.contact_person_id == pid)) == 0
        )
        assert _count(s, select(VerbundTask.id).where(VerbundTask.responsible_id == pid)) == 0
        # the neighbour keeps everything
        assert _count(s, select(Affiliation.id).where(Affiliation.person_id == rich.other_id)) == 1
        # kept for statistics, without free text
        act = s.scalars(select(Activity).where(Activity.person_id == pid)).one()
        assert (act.subject, act.note) == ("(anonymisiert)", "(anonymisiert)")
        org_act = s.scalars(select(Activity).where(Activity.person_id.is_(None))).one()
        assert LAST not in org_act.note and EMAIL not in org_act.note
        assert org_act.note.startswith("Frau (anonymisiert)") or "(anonymisiert)" in org_act.note
        inv = s.scalars(select(Invitation).where(Invitation.person_id == pid)).one()
        assert inv.status == "teilgenommen" and inv.organisation_id == rich.organisation_id
        assert (inv.note, inv.source) == ("(anonymisiert)", "(anonymisiert)")
        change = s.scalars(select(InvitationChange)).one()
        assert change.note == "(anonymisiert)"
        events = s.execute(
            select(ConsentEvent.source, ConsentEvent.note).where(ConsentEvent.person_id == pid)
        ).all()
        assert events and all(FIRST not in f"{src}{note}" for src, note in events)
        member = s.scalars(select(VerbundMember)).one()
        assert FIRST not in member.note and LAST not in member.note
        d = s.scalars(select(Disclosure)).one()
        assert FIRST not in d.what and EMAIL not in d.recipient
        audit = s.scalars(select(AuditEntry).where(AuditEntry.person_id == pid)).all()
        assert len(audit) >= 3  # the fixture's, the change log's and the erasure's own
        for entry in audit:
            assert LAST not in entry.record_label
            if entry.table_name == "person":
                assert "anonymisiert" in entry.record_label
            assert LAST not in entry.changes and "Zwetschk" not in entry.changes
            assert "\\u00e4" not in entry.changes
        last = max(audit, key=lambda a: a.id)
        assert last.action == "anonymisiert" and json.loads(last.changes) == {}
        assert s.scalars(select(ErasureRecord.person_id)).all() == [pid]
    assert services.erasure.ledger_ids() == [pid]


def test_statistics_stay(services):
    rich_person.build(services)
    before = _statistics(services)
    # the erased person's invitation had no organisation: it gets the one they came from
    assert sum(r[3] for r in before) == 1

    services.erasure.anonymise(services.erasure.find(EMAIL)[0][0])

    after = _statistics(services)
    assert sum(r[3] for r in after) == 2
    assert {r[:3] for r in after} == {r[:3] for r in before}


def test_not_found_by_search_lists_or_export(services, tmp_path):
    rich = rich_person.build(services)
    assert services.erasure.find(f"{FIRST} {LAST}") != []
    services.erasure.anonymise(rich.person_id)

    assert services.erasure.find(f"{FIRST} {LAST}") == []
    assert services.erasure.find(str(rich.person_id)) == []
    for text in ("anonymisiert", f"Person {rich.person_id}", LAST):
        assert [h for h in services.search.search(text) if h.kind == "person"] == []
    every = PersonFilter(active=None)
    assert rich.person_id not in services.people.list_ids(every)
    assert services.people.choices("anonymisiert") == []
    out = tmp_path / "alle.csv"
    services.exports.export("people", every, path=out)
    text = out.read_text(encoding="utf-8-sig")
    assert "Beispielmann" in text and "anonymisiert" not in text and "Person " not in text


def test_twice_and_unknown(services):
    rich = rich_person.build(services)
    services.erasure.anonymise(rich.person_id)
    with services.uow() as uow:
        version = uow.session.get(Person, rich.person_id).version
    with pytest.raises(AlreadyAnonymised, match="bereits am .* anonymisiert; es wurde nichts"):
        services.erasure.anonymise(rich.person_id)
    with services.uow() as uow:
        assert uow.session.get(Person, rich.person_id).version == version
        assert _count(uow.session, select(ErasureRecord.id)) == 1
    with pytest.raises(NotFoundError, match="Nummer 999999"):
        services.erasure.anonymise(999999)


def test_preview_changes_nothing(services):
    rich = rich_person.build(services)
    report = services.erasure.anonymise(rich.person_id, confirm=False)
    assert not report.done
    assert report.name == f"Dr. {FIRST} {LAST}"
    assert "1 Beiratssitz," in report.describe() and "würde anonymisiert" in report.message
    with services.uow() as uow:
        held = _count(
            uow.session, select(AuditEntry.id).where(AuditEntry.person_id == rich.person_id)
        )
    assert held >= 2  # the fixture's own entries and what the change log wrote for it
    assert f"{held} Einträge im Änderungsprotokoll" in report.describe()
    assert services.people.get(rich.person_id).data.email == EMAIL
    assert services.erasure.ledger_ids() == []


def test_bulk_is_all_or_nothing(services):
    rich = rich_person.build(services)
    services.erasure.anonymise(rich.other_id)
    with pytest.raises(AlreadyAnonymised):
        services.erasure.anonymise_many([rich.person_id, rich.other_id])
    assert services.people.get(rich.person_id).data.last_name == LAST
