"""The audit log on a real database: every audited table records old and new values,
every write path of the services leaves its rows (also the statements past the ORM's
flush), the database login on PostgreSQL, deletions by a database rule, and the
erasure's rewrite. All people and organisations are invented."""

from __future__ import annotations

import getpass
import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import openpyxl
import pytest
from sqlalchemy import select

from wba_desktop.db.audit import AUDITED
from wba_desktop.models import AuditEntry
from wba_desktop.services.audit import AuditFilter
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.events.invitation_sources import InvitationSources
from wba_desktop.services.events.records import EventData
from wba_desktop.services.importing.service import ImportService
from wba_desktop.services.verbuende.members import BoardSeatData, MemberData
from wba_desktop.services.verbuende.progress import TaskData
from wba_desktop.services.verbuende.records import VerbundData


def entries(uow_factory, table: str | None = None, row_id: int | None = None) -> list[dict]:
    """The log rows (oldest first), ``changes`` decoded."""
    with uow_factory() as uow:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if table is not None:
            stmt = stmt.where(AuditEntry.table_name == table)
        if row_id is not None:
            stmt = stmt.where(AuditEntry.row_id == row_id)
        return [
            {
                "table": e.table_name,
                "row_id": e.row_id,
                "action": e.action,
                "label": e.record_label,
                "person_id": e.person_id,
                "user": e.user_name,
                "db_user": e.db_user,
                "changes": json.loads(e.changes),
            }
            for e in uow.session.scalars(stmt)
        ]


def last(uow_factory, table: str, row_id: int | None = None) -> dict:
    found = entries(uow_factory, table, row_id)
    assert found, f"no audit row for {table} {row_id}"
    return found[-1]


@pytest.fixture
def base(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Kammer Nordwest", type_id=types["Kammer (IHK)"], city="Halle")
    )
    other = services.organisations.create(
        OrganisationData(name="Bildungswerk Talblick", type_id=types["Unternehmen"])
    )
    person = services.people.create(
        PersonData(first_name="Erika", last_name="Beispielfrau", email="erika@talblick.example")
    )
    return {"org": org, "other": other, "person": person, "types": types}


def test_organisation_create_update_delete(services, uow_factory, base):
    services.set_user_name("Frau Koordinatorin")
    org = base["org"]
    created = entries(uow_factory, "organisation", org.id)[0]
    assert created["action"] == "angelegt"
    assert created["changes"]["name"] == [None, "Kammer Nordwest"]
    assert created["label"] == "Organisation „Kammer Nordwest“"
    assert "search_key" not in created["changes"] and "version" not in created["changes"]

    data = replace(org.data, city="Magdeburg", influence=4, tags=["Fachkräfte"])
    services.organisations.update(org.id, data, org.version)
    row = last(uow_factory, "organisation", org.id)
    assert row["action"] == "geändert"
    assert row["changes"] == {
        "city": ["Halle", "Magdeburg"],
        "influence": [None, 4],
        "tags": [[], ["Fachkräfte"]],
    }
    assert row["user"] == "Frau Koordinatorin"

    services.organisations.delete(base["other"].id)
    gone = last(uow_factory, "organisation", base["other"].id)
    assert gone["action"] == "gelöscht"
    assert gone["changes"]["name"] == ["Bildungswerk Talblick", None]


def test_person_and_the_rows_about_them(services, uow_factory, base):
    person = base["person"]
    services.people.update(
        person.id, replace(person.data, email="e.beispiel@talblick.example"), person.version
    )
    row = last(uow_factory, "person", person.id)
    assert row["person_id"] == person.id
    assert row["changes"] == {"email": ["erika@talblick.example", "e.beispiel@talblick.example"]}

    a = services.affiliations.save(
        AffiliationData(person_id=person.id, organisation_id=base["org"].id, function="Leitung")
    )
    row = last(uow_factory, "affiliation", a.id)
    assert row["action"] == "angelegt" and row["person_id"] == person.id
    assert row["label"] == "Zuordnung „Erika Beispielfrau – Kammer Nordwest“"
    services.affiliations.save(
        AffiliationData(
            person_id=person.id, organisation_id=base["org"].id, function="Geschäftsführung"
        ),
        a.id,
    )
    # (the service drops and restores the primary flag in two flushes: both logged)
    changed = [e["changes"] for e in entries(uow_factory, "affiliation", a.id)[1:]]
    assert changed[0]["function"] == ["Leitung", "Geschäftsführung"]
    # a second primary affiliation demotes the first with a bulk UPDATE: logged too
    b = services.affiliations.save(
        AffiliationData(person_id=person.id, organisation_id=base["other"].id, is_primary=True)
    )
    assert last(uow_factory, "affiliation", a.id)["changes"] == {"is_primary": [True, False]}
    services.affiliations.delete(b.id)
    assert last(uow_factory, "affiliation", b.id)["action"] == "gelöscht"

    services.activities.save(
        ActivityData(happened_on=date(2025, 3, 1), person_id=person.id, subject="Erstgespräch")
    )
    assert last(uow_factory, "activity")["person_id"] == person.id

    # deleting the person: the database deletes the affiliation; both are logged
    services.people.delete(person.id)
    assert last(uow_factory, "person", person.id)["action"] == "gelöscht"
    cascaded = last(uow_factory, "affiliation", a.id)
    assert cascaded["action"] == "gelöscht"
    assert cascaded["changes"]["function"] == ["Geschäftsführung", None]
    assert last(uow_factory, "activity")["action"] == "gelöscht"


def test_set_active_many_and_relations(services, uow_factory, base):
    ids = [base["org"].id, base["other"].id]
    assert services.organisations.set_active_many(ids, False) == 2
    for oid in ids:
        assert last(uow_factory, "organisation", oid)["changes"] == {"active": [True, False]}
    services.people.set_active_many([base["person"].id], False)
    assert last(uow_factory, "person", base["person"].id)["changes"] == {"active": [True, False]}

    rtype = services.reference.relation_types()[0]
    r = services.relations.save(RelationData(ids[0], ids[1], rtype.id, strength=3))
    row = last(uow_factory, "relation", r.id)
    assert row["action"] == "angelegt" and row["changes"]["strength"] == [None, 3]
    assert row["label"] == "Beziehung „Kammer Nordwest – Bildungswerk Talblick“"
    services.relations.delete(r.id)
    assert last(uow_factory, "relation", r.id)["action"] == "gelöscht"


def test_verbund_and_its_parts(services, uow_factory, base):
    regions = [r.id for r in services.reference.regions()[:2]]
    vb = services.verbuende.create(VerbundData(name="Verbund Talblick", region_ids=(regions[0],)))
    assert last(uow_factory, "verbund", vb.id)["action"] in ("angelegt", "geändert")
    services.verbuende.update(
        vb.id, replace(vb.data, goals="Mehr Weiterbildung", region_ids=tuple(regions)), vb.version
    )
    changes = {}
    for e in entries(uow_factory, "verbund", vb.id)[-2:]:
        changes.update(e["changes"])
    assert changes["goals"] == ["", "Mehr Weiterbildung"]
    assert len(changes["regions"][1]) == 2 and len(changes["regions"][0]) == 1

    m = services.verbund_members.save_member(
        vb.id, MemberData(base["org"].id, contact_person_id=base["person"].id)
    )
    row = last(uow_factory, "verbund_member", m.id)
    assert row["person_id"] == base["person"].id
    assert row["label"] == "Verbundmitglied „Kammer Nordwest – Verbund Talblick“"
    services.verbund_members.save_member(
        vb.id, MemberData(base["org"].id, role="strategischer Partner"), m.id
    )
    assert last(uow_factory, "verbund_member", m.id)["changes"]["role"] == [
        "Mitgliedsunternehmen",
        "strategischer Partner",
    ]
    services.verbund_members.save_board_seat(vb.id, BoardSeatData(base["person"].id))
    assert last(uow_factory, "verbund_board_seat")["person_id"] == base["person"].id
    services.verbund_progress.save_task(vb.id, TaskData(title="Bedarfsanalyse"))
    assert last(uow_factory, "verbund_task")["label"].endswith("„Verbund Talblick: Bedarfsanalyse“")
    services.verbuende.change_phase(vb.id, "Aktiv", date.today())
    assert last(uow_factory, "verbund_phase")["changes"]["phase"] == [None, "Aktiv"]
    services.verbund_members.delete_member(m.id)
    assert last(uow_factory, "verbund_member", m.id)["action"] == "gelöscht"


def test_event_invitations_and_attendance(services, uow_factory, base):
    start = datetime.combine(date.today() + timedelta(days=30), time(10))
    e = services.events.create(
        EventData(title="Fachtag Weiterbildung", starts_at=start, ends_at=start.replace(hour=15))
    )
    services.events.update(
        e.id, replace(e.data, venue="Stadthalle", organiser_ids=(base["org"].id,)), e.version
    )
    changes = {}
    for row in entries(uow_factory, "event", e.id)[1:]:
        changes.update(row["changes"])
    assert changes["venue"] == ["", "Stadthalle"]
    assert changes["organisers"] == [[], ["Kammer Nordwest"]]

    # the list is written with a multi-row INSERT: one audit row per invitation
    added = services.invitations.add(e.id, InvitationSources(person_ids=(base["person"].id,)))
    (inv_id,) = added.invitation_ids
    row = last(uow_factory, "invitation", inv_id)
    assert row["action"] == "angelegt" and row["person_id"] == base["person"].id
    assert row["changes"]["status"] == [None, "vorgemerkt"]
    assert row["label"] == "Einladung „Erika Beispielfrau – Fachtag Weiterbildung“"

    services.invitations.set_status([inv_id], "teilgenommen")
    assert last(uow_factory, "invitation", inv_id)["changes"]["status"] == [
        "vorgemerkt",
        "teilgenommen",
    ]
    attended = last(uow_factory, "activity")
    assert attended["action"] == "angelegt" and attended["person_id"] == base["person"].id
    # back to "abgesagt": the attendance entry goes with a bulk DELETE, logged
    services.invitations.set_status([inv_id], "abgesagt")
    assert last(uow_factory, "activity")["action"] == "gelöscht"
    services.invitations.remove([inv_id])
    assert last(uow_factory, "invitation", inv_id)["action"] == "gelöscht"


def test_consent_records_are_audited(services, uow_factory, base):
    from wba_desktop.services.privacy.consents import ConsentInput

    assert AUDITED["consent_event"] == "Einwilligung"
    pid = base["person"].id
    services.consents.record(
        pid, ConsentInput("Newsletter", effective_on=date(2025, 1, 2), source="Anmeldebogen")
    )
    row = last(uow_factory, "consent_event")
    assert row["person_id"] == pid and row["action"] == "angelegt"
    assert row["changes"]["status"] == [None, "erteilt"]
    assert row["changes"]["source"] == [None, "Anmeldebogen"]


def test_import_apply_logs_every_new_record(services, uow_factory, tmp_path):
    from wba_desktop.exchange.mapping import suggest
    from wba_desktop.exchange.spreadsheet import read_rows

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Firma", "Ansprechpartner", "E-Mail", "PLZ Ort"])
    ws.append(["Metallbau Quellgrund GmbH", "Jörg Quellmann", "jq@quell.example", "06108 Halle"])
    path = tmp_path / "import.xlsx"
    wb.save(path)
    rows = read_rows(path, None)
    plan = ImportService(uow_factory).plan(rows, suggest(rows))
    before = len(entries(uow_factory))
    summary = ImportService(uow_factory).apply(plan)
    assert summary.organisations_new == 1 and summary.people_new == 1
    new = entries(uow_factory)[before:]
    assert {e["table"] for e in new} >= {"organisation", "person", "affiliation"}
    person = next(e for e in new if e["table"] == "person")
    assert person["changes"]["last_name"] == [None, "Quellmann"]


def test_db_user_is_the_login(services, uow_factory, base, backend, engine):
    row = last(uow_factory, "organisation", base["org"].id)
    if backend == "postgresql":
        assert row["db_user"] == engine.url.username
    else:
        assert row["db_user"] == getpass.getuser()


def test_audit_rows_are_no_change_topics(services, uow_factory, base):
    seen = []
    services.subscribe(seen.append)
    org = base["org"]
    services.organisations.update(org.id, replace(org.data, city="Dessau"), org.version)
    assert seen[-1].topics == {"organisations"}


def test_service_search_export_and_prune(services, uow_factory, base, tmp_path):
    services.set_user_name("Herr Prüfer")
    org = base["org"]
    services.organisations.update(org.id, replace(org.data, city="Zeitz"), org.version)
    audit = services.audit
    assert "Herr Prüfer" in audit.users()
    mine = audit.search(AuditFilter(who="Herr Prüfer"))
    assert [r.record_label for r in mine] == ["Organisation „Kammer Nordwest“"]
    (change,) = mine[0].changes
    assert (change.field, change.old, change.new) == ("Ort", "Halle", "Zeitz")
    assert audit.search(AuditFilter(kind="Person"))[0].table_name == "person"
    assert audit.count(AuditFilter(text="zeitz")) == 1
    assert audit.count(AuditFilter(since=date(2000, 1, 1), until=date(2000, 12, 31))) == 0
    created = audit.for_record("organisation", org.id)
    assert [r.action for r in created] == ["geändert", "angelegt"]
    kinds = {c.field: c.new for c in created[1].changes}
    assert kinds["Art"] == "Kammer (IHK)"  # the kind's name, not its id

    path = tmp_path / "protokoll.xlsx"
    n = audit.export_xlsx(path, AuditFilter(kind="Organisation"))
    assert n == audit.count(AuditFilter(kind="Organisation"))
    ws = openpyxl.load_workbook(path)["Änderungen"]
    assert [c.value for c in ws[1]][:6] == [
        "Zeitpunkt",
        "Benutzer",
        "Datenbankbenutzer",
        "Art",
        "Datensatz",
        "Aktion",
    ]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert any(v[1] == "Herr Prüfer" and v[7] == "Halle" and v[8] == "Zeitz" for v in values)
    assert isinstance(values[0][0], datetime)
    assert ws["A2"].number_format == "DD.MM.YYYY HH:MM"

    total = audit.count()
    assert audit.prune(older_than_days=1) == 0
    assert audit.prune(older_than_days=1, now=datetime(2100, 1, 1)) == total
    assert audit.count() == 0
    assert audit.retention_days() == 3 * 365
    audit.set_retention_days(400)
    assert audit.retention_days() == 400


def test_scrub_person(services, uow_factory, base):
    from wba_desktop.services.audit import scrub_person

    person, org = base["person"], base["org"]
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    services.organisations.update(
        org.id, replace(org.data, notes="Kontakt über Erika Beispielfrau"), org.version
    )
    other = services.people.create(PersonData(first_name="Erika", last_name="Andersweit"))
    old = {"first_name": "Erika", "last_name": "Beispielfrau", "email": "erika@talblick.example"}
    with uow_factory() as uow:
        assert scrub_person(uow.session, person.id, old) >= 3
        uow.commit()
    with uow_factory() as uow:
        raw = " ".join(
            f"{e.record_label} {e.changes}" for e in uow.session.scalars(select(AuditEntry))
        )
    assert "Beispielfrau" not in raw and "erika@talblick.example" not in raw
    assert "Kammer Nordwest" in raw  # what is not about her stays
    mine = last(uow_factory, "person", person.id)
    assert mine["label"] == "Person „anonymisiert“"
    assert mine["changes"]["last_name"] == [None, "anonymisiert"]
    assert mine["action"] == "angelegt" and mine["user"]  # who and what kind stay
    theirs = last(uow_factory, "person", other.id)  # the other Erika is untouched
    assert theirs["changes"]["first_name"] == [None, "Erika"]
    notes = last(uow_factory, "organisation", org.id)["changes"]["notes"]
    assert notes == ["", "Kontakt über anonymisiert"]


def test_the_demo_data_is_nobodys_change(uow_factory, demo):
    assert demo.organisations > 0
    assert entries(uow_factory) == []
