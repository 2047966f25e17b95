"""The import history and „Import rückgängig“: a run with its counts and changes, an
undo that brings the database back to the state before the import, refused (with the
records named) when records were changed since, the rest on request, never twice.

All people and organisations here are invented.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from wba_desktop.errors import ConflictError, NotFoundError
from wba_desktop.exchange.mapping import suggest
from wba_desktop.models import Affiliation, ConsentEvent, Organisation, Person
from wba_desktop.models.imports import ImportChange, ImportRun
from wba_desktop.models.privacy import AuditEntry
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing.runs import ChangedSinceImport, ImportHistory
from wba_desktop.services.importing.service import ImportService

TODAY = date(2026, 3, 1)
HEADER = ["Firma", "Vorname", "Nachname", "E-Mail", "Telefon", "Ort", "Schlagworte",
          "Funktion", "Einwilligung Newsletter"]  # fmt: skip
ROWS = [
    HEADER,
    # matches the existing person (by e-mail) at the existing organisation
    ["Bildungswerk Saaleblick", "Wiebke", "Wolkenstein", "w.wolkenstein@saaleblick.example",
     "0345 4711", "Halle (Saale)", "Fachkräfte", "Leitung", "ja"],
    # a new organisation with two new people
    ["Holzwerk Quendel GmbH", "Ansgar", "Amselfeld", "a.amselfeld@quendel.example", None,
     "Quedlinburg", "Holz", "Geschäftsführung", "ja"],
    ["Holzwerk Quendel GmbH", "Berit", "Buchfink", "b.buchfink@quendel.example", None,
     "Quedlinburg", None, None, None],
    ["Moorbad Tessin e.V.", None, None, None, None, "Bad Schmiedeberg", None, None, None],
    ["Ohne Ort", "Kaputt", "Kaputtmann", "kaputt(at)example", None, None, None, None, None],
]  # fmt: skip
TABLES = ("organisation", "person", "affiliation", "consent_event", "organisation_tag",
          "person_tag", "tag")  # fmt: skip


@pytest.fixture
def known(services):
    """The organisation and the person the first row matches, with tags of their own."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Bildungswerk Saaleblick", type_id=types["Weiterbildungsträger"],
                         city="Halle (Saale)", tags=["Altkunde"])
    )  # fmt: skip
    person = services.people.create(
        PersonData(first_name="Wiebke", last_name="Wolkenstein", tags=["Beirat"],
                   email="w.wolkenstein@saaleblick.example")
    )  # fmt: skip
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    return {"org": org.id, "person": person.id}


def snapshot(uow_factory) -> dict[str, list]:
    """The rows an import touches, without the stamps a save sets (time, version)."""
    skip = {"updated_at", "updated_by", "version", "created_at", "recorded_at"}
    out = {}
    with uow_factory() as uow:
        for table in TABLES:
            rows = uow.session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).mappings()
            out[table] = [tuple(v for k, v in row.items() if k not in skip) for row in rows]
    return out


def run_import(services, action="overwrite", name="partner.xlsx"):
    service = ImportService(services.uow)
    plan = service.plan(ROWS, suggest(ROWS), action, source_name=name, today=TODAY)
    return service.apply(plan)


def test_import_records_run_and_changes(services, known):
    services.uow.user_name = "Anna Beispiel"
    summary = run_import(services)
    history = ImportHistory(services.uow)
    (run,) = history.runs()
    assert (run.user_name, run.file_name) == ("Anna Beispiel", "partner.xlsx")
    assert (run.new, run.updated, run.rejected) == (summary.new, summary.updated, 1)
    assert run.counts["organisations_new"] == 2 and run.counts["people_new"] == 2
    assert run.counts["consents_recorded"] == summary.consents_recorded == 2
    assert not run.undone and run.status == ""
    details = history.details(run.id)
    assert ("B „Vorname“", "Vorname") in details.columns
    assert ("A „Firma“", "Organisation") in details.columns
    with services.uow() as uow:
        changes = uow.session.scalars(select(ImportChange)).all()
        by = {(c.table_name, c.action) for c in changes}
        person = uow.session.get(Person, known["person"])
        updated = next(c for c in changes if c.table_name == "person" and c.action == "updated")
        before, version_after = json.loads(updated.before), updated.version_after
        org_before = next(
            json.loads(c.before)
            for c in changes
            if c.table_name == "organisation" and c.action == "updated"
        )
        link_before = next(
            json.loads(c.before)
            for c in changes
            if c.table_name == "affiliation" and c.action == "updated"
        )
        version = person.version
        created_org = [
            c for c in changes if c.table_name == "organisation" and c.action == "created"
        ]
        assert uow.session.scalar(select(ImportRun.mapping)).startswith("{")
        assert json.loads(uow.session.scalar(select(ImportRun.mapping)))["columns"]
    assert {("person", "created"), ("organisation", "created"), ("affiliation", "created"),
            ("consent_event", "created"), ("person", "updated")} <= by  # fmt: skip
    assert len(created_org) == 2
    assert before == {"phone": ""}  # exactly the fields changed
    assert org_before == {"tags": ["Altkunde"]}  # tags as the sorted old names
    assert link_before["function"] == "" and link_before["_after"]["function"] == "Leitung"
    assert "search_key" not in before and "version" not in before
    assert version_after == version


def test_undo_restores_the_state_before(services, known):
    before = snapshot(services.uow)
    run_import(services)
    assert snapshot(services.uow) != before
    history = ImportHistory(services.uow)
    run_id = history.runs()[0].id
    preview = history.preview(run_id)
    assert not preview.blocked
    assert preview.removed["organisation"] == 2 and preview.removed["consent_event"] == 2
    assert preview.restored["person"] == 1
    services.uow.user_name = "Bodo Beispiel"
    result = history.undo(run_id)
    assert "rückgängig gemacht" in result.text()
    assert snapshot(services.uow) == before  # tags, affiliations, consents included
    (run,) = history.runs()
    assert run.undone and run.undone_by == "Bodo Beispiel" and "Bodo Beispiel" in run.status
    with services.uow() as uow:  # the audit log has the undo's deletions and restorations
        logged = {
            (e.table_name, e.action, e.user_name)
            for e in uow.session.scalars(select(AuditEntry))
            if e.user_name == "Bodo Beispiel"
        }
    assert ("organisation", "gelöscht", "Bodo Beispiel") in logged
    assert ("consent_event", "gelöscht", "Bodo Beispiel") in logged
    assert ("person", "geändert", "Bodo Beispiel") in logged
    with pytest.raises(ConflictError, match="bereits rückgängig gemacht"):
        history.undo(run_id)
    with pytest.raises(NotFoundError, match="Sicherung"):
        history.undo(run_id + 100)


def _ids(services, model, **where):
    with services.uow() as uow:
        stmt = select(model.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return uow.session.scalars(stmt).all()


def test_undo_refused_when_changed_since_then_the_rest(services, known):
    run_import(services)
    history = ImportHistory(services.uow)
    run_id = history.runs()[0].id
    (quendel,) = _ids(services, Organisation, name="Holzwerk Quendel GmbH")
    (buchfink,) = _ids(services, Person, last_name="Buchfink")
    # someone edits the updated person and links a new person to an activity
    services.uow.user_name = "Carla Beispiel"
    p = services.people.get(known["person"])
    services.people.update(known["person"], replace(p.data, mobile="0171 2345678"), p.version)
    services.activities.save(
        ActivityData(date(2026, 3, 2), person_id=buchfink, organisation_id=quendel, subject="Anruf")
    )
    changed = snapshot(services.uow)
    with pytest.raises(ChangedSinceImport) as caught:
        history.undo(run_id)
    lines = caught.value.preview.changed
    text_ = caught.value.message if hasattr(caught.value, "message") else str(caught.value)
    assert any("Person „Wiebke Wolkenstein“ (geändert von Carla Beispiel am" in x for x in lines)
    assert any("Person „Berit Buchfink“ (inzwischen verknüpft: 1 Kontakt)" in x for x in lines)
    assert any("Organisation „Holzwerk Quendel GmbH“ (inzwischen verknüpft" in x for x in lines)
    assert "Seit dem Import geändert" in text_
    assert snapshot(services.uow) == changed  # nothing happened
    assert not history.runs()[0].undone
    result = history.undo(run_id, skip_changed=True)
    assert len(result.left) == 3
    after = snapshot(services.uow)
    names = {r[4] for r in after["person"]}  # last_name column
    assert "Buchfink" in names and "Amselfeld" not in names
    assert _ids(services, Organisation, name="Moorbad Tessin e.V.") == []
    assert _ids(services, Organisation, name="Holzwerk Quendel GmbH") == [quendel]
    with services.uow() as uow:
        wiebke = uow.session.get(Person, known["person"])
        assert wiebke.mobile.endswith("171 2345678") and wiebke.phone.endswith(
            "345 4711"
        )  # left alone
        assert uow.session.scalars(select(ConsentEvent)).all() == []
        # the affiliation the import created for the person who stays stays with her
        assert uow.session.scalar(select(Affiliation.id).where(Affiliation.person_id == buchfink))
    assert history.runs()[0].undone
    with pytest.raises(ConflictError):
        history.undo(run_id, skip_changed=True)


def test_undo_refused_when_created_record_edited_or_deleted(services, known):
    before = snapshot(services.uow)
    run_import(services, action="fill")
    history = ImportHistory(services.uow)
    run_id = history.runs()[0].id
    (moorbad,) = _ids(services, Organisation, name="Moorbad Tessin e.V.")
    (amsel,) = _ids(services, Person, last_name="Amselfeld")
    services.uow.user_name = "Dora Beispiel"
    org = services.organisations.get(moorbad)
    services.organisations.update(moorbad, replace(org.data, phone="034925 12345"), org.version)
    services.people.delete(amsel)
    with pytest.raises(ChangedSinceImport) as caught:
        history.undo(run_id)
    lines = caught.value.preview.changed
    assert any(x.startswith("Organisation „Moorbad Tessin e.V.“ (geändert von Dora") for x in lines)
    assert f"Person Nr. {amsel} (inzwischen gelöscht)" in lines
    # the person's affiliation and consent event went with the person: gone as well
    assert any(x.startswith("Zuordnung Nr.") for x in lines)
    # the rest: the other organisation and person go, the edited one stays
    history.undo(run_id, skip_changed=True)
    after = snapshot(services.uow)
    assert [r for r in after["person"]] == before["person"]
    assert len(after["organisation"]) == len(before["organisation"]) + 1


def test_cli_lists_shows_and_undoes(db_url, services, known, tmp_path, capsys):
    from wba_desktop.cli import main

    before = snapshot(services.uow)
    path = tmp_path / "Partnerliste Süd.csv"
    path.write_text("\n".join(";".join(c or "" for c in row) for row in ROWS[:4]), "utf-8")
    assert main(["--db", db_url, "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "import-verlauf"]) == 0
    out = capsys.readouterr().out
    assert "„Partnerliste Süd.csv“" in out and "3 neu" in out
    run_id = ImportHistory(services.uow).runs()[0].id
    assert main(["--db", db_url, "import-verlauf", str(run_id), "--rueckgaengig"]) == 1
    out = capsys.readouterr().out
    assert "A „Firma“ → Organisation" in out and "Entfernt werden: 1 Organisation" in out
    assert snapshot(services.uow) != before  # not confirmed: nothing undone
    args = ["--db", db_url, "import-verlauf", str(run_id), "--rueckgaengig", "--yes"]
    assert main(args) == 0
    assert "Der Import wurde rückgängig gemacht." in capsys.readouterr().out
    assert snapshot(services.uow) == before
    assert main(args) == 2  # undone before
    assert "bereits rückgängig gemacht" in capsys.readouterr().err
    assert main(["--db", db_url, "import-verlauf", "999"]) == 2


def test_erasure_removes_what_an_import_kept_of_the_person(services, known):
    """The old values kept for an undo are personal data: the erasure deletes them."""
    run_import(services)
    person_changes = select(ImportChange.id).where(
        ImportChange.table_name == "person", ImportChange.row_id == known["person"]
    )
    with services.uow() as uow:
        assert uow.session.scalars(person_changes).all()  # the update was recorded
    services.erasure.anonymise(known["person"])
    with services.uow() as uow:
        left = uow.session.scalars(person_changes).all()
        others = uow.session.scalars(
            select(ImportChange.id).where(ImportChange.table_name == "organisation")
        ).all()
    assert left == [] and others  # only the erased person's entries go
