"""Private inquirers („Ratsuchende“) are held for their inquiry only: no person list,
count, picker, search, duplicate check, Verteiler, export, invitation, network or
Art. 14 letter list shows them, while a directory contact of the same name is there."""

from __future__ import annotations

from datetime import datetime, timedelta

import openpyxl
import pytest

from tests.integration.privacy import inquirers as lq
from tests.integration.privacy.conftest import TODAY
from wba_desktop.errors import ValidationError
from wba_desktop.models import Affiliation, Person
from wba_desktop.network.options import GraphOptions
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.events.invitation_sources import InvitationSources
from wba_desktop.services.events.records import EventData
from wba_desktop.services.verteiler.lists import Criteria

EMAIL = "h.testfrau@example.org"


@pytest.fixture
def pair(services) -> dict[str, int]:
    """A directory contact Hanna Testfrau at the Probewerk and a private inquirer of
    the same name and e-mail, who (artificially) is also affiliated there."""
    type_id = services.reference.organisation_types()[0].id
    org = services.organisations.create(
        OrganisationData(name="Probewerk Köthen GmbH", type_id=type_id, city="Köthen")
    ).id
    contact = services.people.create(
        PersonData(first_name="Hanna", last_name="Testfrau", email=EMAIL)
    ).id
    services.affiliations.save(AffiliationData(person_id=contact, organisation_id=org))
    asking = lq.inquirer(services, "Hanna", "Testfrau", email=EMAIL, phone="0340 1234567")
    lq.inquiry(services, asking, description="Sucht eine Umschulung")
    with services.uow() as uow:
        uow.session.add(Affiliation(person_id=asking, organisation_id=org, is_primary=True))
        old = datetime.now() - timedelta(days=90)  # long enough for the Art. 14 list
        for pid in (contact, asking):
            uow.session.get(Person, pid).created_at = old
        uow.commit()
    return {"contact": contact, "inquirer": asking, "org": org}


def test_people_list_count_picker_and_search(services, pair):
    people = services.people
    assert pair["inquirer"] not in people.list_ids()
    assert people.list_ids(PersonFilter(text="Testfrau")) == [pair["contact"]]
    assert people.count(PersonFilter(text="Testfrau")) == 1
    assert people.list_ids(PersonFilter(organisation_id=pair["org"])) == [pair["contact"]]
    assert people.list_ids(PersonFilter(ids=(pair["inquirer"],), active=None)) == []
    assert [pid for pid, _label in people.choices("Testfrau")] == [pair["contact"]]
    hits = services.search.search("Testfrau")
    assert [h.id for h in hits if h.kind == "person"] == [pair["contact"]]


def test_duplicates_never_pair_an_inquirer(services, pair):
    other = lq.inquirer(services, "Hanna", "Testfrau", email=EMAIL)
    pairs = {p.key for p in services.duplicates.candidates("people")}
    assert not any(pair["inquirer"] in k or other in k for k in pairs)
    found = services.people.find_duplicates(PersonData(first_name="Hanna", last_name="Testfrau"))
    assert [d.id for d in found] == [pair["contact"]]


def test_verteiler_dynamic_and_static(services, pair):
    dynamic = services.verteiler.create(
        "Alle Testfrauen", kind="dynamic", criteria=Criteria(text="Testfrau")
    )
    assert services.verteiler.member_ids(dynamic.id) == [pair["contact"]]
    assert services.verteiler.get(dynamic.id).members == 1
    static = services.verteiler.create("Handverlesen")
    with pytest.raises(ValidationError) as refused:
        services.verteiler.add_members(static.id, [pair["contact"], pair["inquirer"]])
    assert "Ratsuchende" in refused.value.errors["members"]
    assert services.verteiler.get(static.id).members == 0  # nothing saved
    with pytest.raises(ValidationError):
        services.verteiler.create_with_members("Neu mit Ratsuchender", [pair["inquirer"]])
    assert "Neu mit Ratsuchender" not in {v.name for v in services.verteiler.list_all()}
    assert services.verteiler.add_members(static.id, [pair["contact"]]) == 1


def test_exports_mail_and_vcards(services, pair, tmp_path):
    flt = PersonFilter(text="Testfrau")
    result = services.exports.export("people", flt, path=tmp_path / "leute.xlsx", mail_merge=True)
    assert result.rows == 1
    sheet = openpyxl.load_workbook(tmp_path / "leute.xlsx").worksheets[0]
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert "0340 1234567" not in cells and EMAIL in cells
    assert [c.id for c in services.exports.people_vcards(flt)] == [pair["contact"]]
    mail = services.exports.recipients(flt)
    assert mail.person_ids == [pair["contact"]] and mail.left_out == {}


def test_invitations(services, pair):
    day = datetime.combine(TODAY + timedelta(days=30), datetime.min.time())
    event_id = services.events.create(
        EventData(
            title="Fachtag Probe",
            type="Netzwerktreffen",
            starts_at=day.replace(hour=10),
            ends_at=day.replace(hour=14),
            city="Köthen",
        )
    ).id
    both = InvitationSources(person_ids=(pair["contact"], pair["inquirer"]))
    preview = services.invitations.preview(event_id, both)
    assert [c.person_id for c in preview.new] == [pair["contact"]]
    assert preview.left_out == () and preview.without_consent == 0
    with pytest.raises(ValidationError) as refused:
        services.invitations.add_person(event_id, pair["inquirer"])
    assert "Ratsuchende" in refused.value.errors["person_id"]
    assert services.invitations.add(event_id, both).added == 1


def test_network_people_layer(services, pair):
    result = services.network.graph(GraphOptions(include_people=True))
    shown = {d.get("person_id") for _, d in result.people_layer.nodes(data=True)}
    assert pair["contact"] in shown and pair["inquirer"] not in shown
    assert result.people_left_out == {}


def test_not_on_the_art14_letter_list(services, pair):
    ids = [r.id for r in services.uninformed.rows()]
    assert pair["contact"] in ids and pair["inquirer"] not in ids


def test_data_protection_tools_still_find_them(services, pair):
    matches = services.access_reports.find_people(EMAIL)
    marked = {m.id: m.describe() for m in matches}
    assert set(marked) == {pair["contact"], pair["inquirer"]}
    assert marked[pair["inquirer"]].endswith(", Ratsuchende/r")
    assert "Ratsuchende" not in marked[pair["contact"]]
    choices = dict(services.access_reports.choices("Testfrau"))
    assert choices[pair["inquirer"]].endswith("– Ratsuchende/r")
    found = dict(services.erasure.find(EMAIL))
    assert found[pair["inquirer"]].endswith("– Ratsuchende/r")
    assert not found[pair["contact"]].endswith("Ratsuchende/r")
