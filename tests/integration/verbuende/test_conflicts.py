"""A Verbund saved meanwhile by someone else: the conflict names the fields (districts
and coordinator by name), who saved and when; nothing is written; a delete asks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import DeletedMeanwhile, StaleEdit
from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.records import VerbundData


@pytest.fixture
def bernd(engine) -> Services:
    factory = UnitOfWorkFactory(engine)
    factory.user_name = "Bernd Beispiel"
    return Services.create(factory)


def test_stale_verbund_save_and_delete(services, bernd):
    regions = {r.name: r.id for r in services.reference.regions()}
    vb = services.verbuende.create(VerbundData(name="Probeverbund", region_ids=(regions["Harz"],)))
    theirs = bernd.verbuende.get(vb.id).data
    theirs.region_ids = (regions["Harz"], regions["Börde"])
    theirs.budget = 1500.0
    saved = bernd.verbuende.update(vb.id, theirs, vb.version)

    mine = replace(vb.data, budget=2000.0, goals="Mehr Austausch")
    with pytest.raises(StaleEdit) as info:
        services.verbuende.update(vb.id, mine, vb.version, original=vb.data)
    exc = info.value
    assert exc.changed_by == "Bernd Beispiel"
    shown = {f.name: (f.mine_text, f.theirs_text, f.original_text) for f in exc.fields}
    assert shown == {
        "region_ids": ("Harz", "Börde, Harz", "Harz"),
        "budget": ("2.000,00\xa0€", "1.500,00\xa0€", ""),
    }
    got = services.verbuende.get(vb.id)
    assert got.data.goals == "" and got.data.budget == 1500.0

    with pytest.raises(StaleEdit):
        services.verbuende.delete(vb.id, expected_version=vb.version)
    services.verbuende.delete(vb.id, expected_version=saved.version)
    with pytest.raises(DeletedMeanwhile):
        services.verbuende.update(vb.id, mine, saved.version, original=vb.data)
