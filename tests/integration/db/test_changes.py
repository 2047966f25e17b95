"""Change notices: a committed write reports what it changed; a rollback reports nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert

from wba_desktop.db.changes import Changes
from wba_desktop.errors import ValidationError
from wba_desktop.models import verbund_region
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.verbuende.records import VerbundData


@pytest.fixture
def seen(services) -> list[Changes]:
    got: list[Changes] = []
    services.subscribe(got.append)
    return got


@pytest.fixture
def kind(services) -> int:
    return services.reference.organisation_types()[0].id


def test_create_reports_topic_and_id(services, seen, kind):
    org = services.organisations.create(
        OrganisationData(name="Bildungswerk Erfunden", type_id=kind)
    )
    assert len(seen) == 1
    assert seen[0].touches("organisations")
    assert not seen[0].touches("people", "events")
    assert seen[0].ids_of("organisations") == {org.id}


def test_reads_and_rejected_writes_report_nothing(services, seen, kind):
    org = services.organisations.create(OrganisationData(name="Kammer Beispiel", type_id=kind))
    seen.clear()
    services.organisations.get(org.id)
    services.organisations.list_ids()
    with pytest.raises(ValidationError):
        services.organisations.create(OrganisationData(name="", type_id=kind))
    assert seen == []


def test_affiliation_changes_people_and_organisations_without_foreign_ids(services, seen, kind):
    person = services.people.create(PersonData(last_name="Quast", first_name="Ines"))
    org = services.organisations.create(OrganisationData(name="Träger Muster", type_id=kind))
    seen.clear()
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    (changes,) = seen
    assert changes.touches("people") and changes.touches("organisations")
    # the affiliation's own id is no person or organisation id
    assert changes.ids_of("people") == frozenset()


def test_bulk_statements_are_reported(services, uow_factory, seen):
    """A Core statement through the session (executemany, DELETE … WHERE) names its table."""
    vid = services.verbuende.create(VerbundData(name="Verbund Erfundenes Tal")).id
    regions = [r.id for r in services.reference.regions()[:2]]
    seen.clear()
    with uow_factory() as uow:
        uow.session.execute(
            insert(verbund_region), [{"verbund_id": vid, "region_id": r} for r in regions]
        )
        uow.commit()
    (changes,) = seen
    assert changes.touches("verbuende") and not changes.touches("organisations")
    seen.clear()
    with uow_factory() as uow:
        uow.session.execute(delete(verbund_region).where(verbund_region.c.verbund_id == vid))
        # no commit: rolled back, nothing to report
    assert seen == []


def test_a_failing_listener_neither_undoes_nor_hides_the_write(services, seen, kind):
    def broken(_changes: Changes) -> None:
        raise RuntimeError("listener bug")

    services.subscribe(broken)
    org = services.organisations.create(OrganisationData(name="Verein Probe", type_id=kind))
    assert services.organisations.get(org.id).data.name == "Verein Probe"
    assert seen and seen[-1].ids_of("organisations") == {org.id}


def test_unsubscribe_and_merge(services, kind):
    got: list[Changes] = []
    stop = services.subscribe(got.append)
    stop()
    services.organisations.create(OrganisationData(name="Stille Firma", type_id=kind))
    assert got == []
    merged = Changes.of("people").merged(Changes(frozenset({"events"}), {"events": {3}}))
    assert merged.touches("people") and merged.ids_of("events") == {3}
    assert Changes.all().touches("anything-at-all")
    with pytest.raises(ValueError):
        Changes.of("no-such-topic")
