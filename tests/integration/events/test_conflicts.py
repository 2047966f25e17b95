"""An event saved meanwhile by someone else: the conflict names the fields (organisers
by name), who saved and when; nothing is written. A save of the links alone counts as
a change, and a delete of a changed event asks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import StaleEdit
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.events.records import EventData


@pytest.fixture
def bernd(engine) -> Services:
    factory = UnitOfWorkFactory(engine)
    factory.user_name = "Bernd Beispiel"
    return Services.create(factory)


@pytest.fixture
def event(services):
    services.uow.user_name = "Anna Testfrau"
    data = EventData(
        title="Fachtag Pflege",
        starts_at=datetime(2031, 5, 6, 9),
        ends_at=datetime(2031, 5, 6, 15),
        city="Musterstadt",
    )
    return services.events.create(data)


def test_stale_event_save(services, bernd, event):
    kind = services.reference.organisation_types()[0].id
    org = services.organisations.create(OrganisationData(name="Kammer Probe", type_id=kind))
    theirs = bernd.events.get(event.id).data
    theirs.organiser_ids = (org.id,)  # links only
    saved = bernd.events.update(event.id, theirs, event.version)
    assert saved.version == event.version + 1

    mine = replace(event.data, title="Fachtag Pflege 2031", capacity=40)
    with pytest.raises(StaleEdit) as info:
        services.events.update(event.id, mine, event.version, original=event.data)
    exc = info.value
    assert exc.changed_by == "Bernd Beispiel" and exc.current_version == saved.version
    assert [(f.name, f.mine_text, f.theirs_text, f.original_text) for f in exc.fields] == [
        ("organiser_ids", "", "Kammer Probe", "")
    ]
    stored = services.events.get(event.id)
    assert stored.title == "Fachtag Pflege" and stored.capacity is None

    after = services.events.update(
        event.id, exc.resolve(mine, ["organiser_ids"]), exc.current_version, original=exc.theirs
    )
    assert (after.title, after.capacity, after.organiser_names) == (
        "Fachtag Pflege 2031",
        40,
        ("Kammer Probe",),
    )


def test_delete_of_a_changed_event_asks(services, bernd, event):
    theirs = bernd.events.get(event.id).data
    theirs.status = "geplant"
    bernd.events.update(event.id, theirs, event.version)
    with pytest.raises(StaleEdit, match="Bernd Beispiel"):
        services.events.delete(event.id, expected_version=event.version)
    assert services.events.get(event.id).status == "geplant"
    services.events.delete(event.id, expected_version=event.version + 1)
    assert services.events.list_events() == []
