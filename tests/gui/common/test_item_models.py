"""Every Qt table model passes pytest-qt's model tester, with real rows behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.directory.people import PersonData
from wba_desktop.views.common import lazy_table
from wba_desktop.views.common.lazy_table import ID_ROLE, Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.directory.models import OrganisationTableModel, PersonTableModel


def _fill(services, n_orgs=30, n_people=25):
    types = services.reference.organisation_types()
    regions = services.reference.regions()
    names = ["Ärztekammer", "Apfel GmbH", "Bäckerinnung", "Zeitzer Werke", "Öko-Verein"]
    for i in range(n_orgs):
        services.organisations.create(
            OrganisationData(
                name=f"{names[i % len(names)]} {i:02d}",
                type_id=types[i % len(types)].id,
                region_id=regions[i % len(regions)].id,
                city="Köthen" if i % 3 == 0 else "Halle (Saale)",
                active=i % 7 != 0,
                tags=["Energie"] if i % 2 else [],
            ),
            allow_duplicate=True,
        )
    org_ids = services.organisations.list_ids(OrganisationFilter(active=None))
    for i in range(n_people):
        p = services.people.create(
            PersonData(last_name=f"Müller{i:02d}", first_name="Jörg", email=f"j{i}@example.org"),
            allow_duplicate=True,
        )
        from wba_desktop.services.directory.affiliations import AffiliationData

        services.affiliations.save(
            AffiliationData(
                person_id=p.id, organisation_id=org_ids[i % len(org_ids)], function="Leitung"
            )
        )


def test_organisation_model(qtmodeltester, services, monkeypatch):
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 7)  # several pages on a small table
    _fill(services)
    model = OrganisationTableModel(services.organisations)
    model.set_filter(OrganisationFilter(active=None))
    assert model.rowCount() == 30
    qtmodeltester.check(model, force_py=True)
    model.sort(model.columns.index(next(c for c in model.columns if c.key == "name")))
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0].startswith("Apfel") and names[6].startswith("Ärztekammer")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data().startswith("Zeitzer")
    qtmodeltester.check(model, force_py=True)


def test_organisation_model_filter_and_ids(qtmodeltester, services):
    _fill(services)
    model = OrganisationTableModel(services.organisations)
    model.set_filter(OrganisationFilter(text="koethen", active=True))
    expected = services.organisations.count(OrganisationFilter(text="koethen"))
    assert model.rowCount() == expected > 0
    first_id = model.index(0, 0).data(ID_ROLE)
    assert services.organisations.get(first_id).data.city == "Köthen"
    qtmodeltester.check(model, force_py=True)


def test_person_model(qtmodeltester, services):
    _fill(services)
    model = PersonTableModel(services.people)
    model.reload()
    assert model.rowCount() == 25
    org_col = [c.key for c in model.columns].index("organisation")
    assert model.index(0, org_col).data()
    qtmodeltester.check(model, force_py=True)


def test_record_list_model(qtmodeltester, services):
    _fill(services, n_orgs=5, n_people=0)
    rows = services.organisations.rows(services.organisations.list_ids(OrganisationFilter()))
    model = RecordListModel([Column("name", "Name"), Column("city", "Ort")])
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    firsts = [model.index(r, 0).data().split()[0] for r in range(model.rowCount())]
    assert firsts == ["Zeitzer", "Öko-Verein", "Bäckerinnung", "Apfel"]  # Ö with O, Ä with A
    qtmodeltester.check(model, force_py=True)
