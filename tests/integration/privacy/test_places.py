"""A withdrawal takes effect at once in every purpose-bound place, and each place says
how many were left out and why; a restriction keeps the person out of all of them."""

from __future__ import annotations

from datetime import datetime, timedelta

import openpyxl
import pytest

from tests.integration.privacy.conftest import TODAY, withdraw
from wba_desktop.network.options import GraphOptions
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.services.events.invitation_sources import REQUIRE_CONSENT_KEY, InvitationSources
from wba_desktop.services.events.records import EventData
from wba_desktop.services.privacy.facts import PrivacyFacts
from wba_desktop.services.verteiler.lists import Criteria

NEWSLETTER = "Newsletter"


@pytest.fixture
def dynamic_list(services, folk) -> int:
    """A dynamic Verteiler for the newsletter: everyone at the Probewerk (by text)."""
    info = services.verteiler.create(
        "Rundbrief Zerbst", "dynamic", criteria=Criteria(text="sohn"), purpose=NEWSLETTER
    )
    return info.id


def _everyone(folk) -> PersonFilter:
    return PersonFilter(ids=tuple(folk[n] for n in ("Anton", "Berta", "Cäcilie", "Dario", "Elke")))


def _event(services) -> int:
    day = datetime.combine(TODAY + timedelta(days=40), datetime.min.time())
    data = EventData(
        title="Netzwerktreffen Probe",
        type="Netzwerktreffen",
        starts_at=day.replace(hour=10),
        ends_at=day.replace(hour=15),
        city="Zerbst",
    )
    return services.events.create(data).id


def test_dynamic_verteiler(services, folk, dynamic_list):
    members = services.verteiler.members(dynamic_list)
    assert folk["Anton"] in members.ids and folk["Cäcilie"] not in members.ids
    assert members.left_out == {"ohne Einwilligung": 1} and members.purpose == NEWSLETTER
    withdraw(services, folk["Anton"], NEWSLETTER)
    members = services.verteiler.members(dynamic_list)
    assert folk["Anton"] not in members.ids
    assert folk["Anton"] not in services.verteiler.member_ids(dynamic_list)
    assert members.left_out == {"Einwilligung widerrufen": 1, "ohne Einwilligung": 1}
    assert services.verteiler.get(dynamic_list).purpose == NEWSLETTER


def test_verteiler_export(services, folk, dynamic_list, tmp_path):
    first = services.exports.export("verteiler", dynamic_list, path=tmp_path / "a.xlsx")
    withdraw(services, folk["Elke"], NEWSLETTER)
    path = tmp_path / "b.xlsx"
    second = services.exports.export("verteiler", dynamic_list, path=path)
    assert second.rows == first.rows - 1
    assert second.left_out == {"Einwilligung widerrufen": 1, "ohne Einwilligung": 1}
    assert second.left_out_text == (
        "2 Personen nicht aufgenommen: 1 Einwilligung widerrufen für „Newsletter“, "
        "1 ohne Einwilligung für „Newsletter“"
    )
    wb = openpyxl.load_workbook(path, read_only=True)
    names = {r[0] for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert not any("Elke" in str(n) for n in names)
    info = {r[0]: r[1] for r in wb.worksheets[-1].iter_rows(values_only=True) if r and r[0]}
    assert "1 Einwilligung widerrufen" in info["Datenschutz"]
    vcards = services.exports.export("verteiler", dynamic_list, path=tmp_path / "c.vcf")
    assert vcards.rows == second.rows and vcards.left_out == second.left_out


def test_invitation_list(services, folk):
    event_id = _event(services)
    sources = InvitationSources(person_ids=(folk["Anton"], folk["Berta"], folk["Cäcilie"]))
    preview = services.invitations.preview(event_id, sources)
    # Cäcilie's basis is consent and she gave none for invitations
    assert {c.person_id for c in preview.new} == {folk["Anton"], folk["Berta"]}
    assert dict(preview.left_out) == {"ohne Einwilligung": 1}
    withdraw(services, folk["Anton"], "Veranstaltungseinladungen")
    result = services.invitations.add(event_id, sources)
    assert result.added == 1 and result.without_consent == 2
    assert dict(result.left_out) == {"Einwilligung widerrufen": 1, "ohne Einwilligung": 1}
    assert "Anton Antonsohn" in result.without_consent_names


def test_invitations_only_with_consent_switch(services, folk):
    """Extras › "Einladungen nur mit Einwilligung": everyone needs a consent."""
    event_id = _event(services)
    everyone = tuple(folk[n] for n in ("Anton", "Berta", "Cäcilie", "Dario", "Elke"))
    services.settings.set(REQUIRE_CONSENT_KEY, True)
    preview = services.invitations.preview(event_id, InvitationSources(person_ids=everyone))
    assert [c.person_id for c in preview.new] == [folk["Anton"]]
    assert dict(preview.left_out) == {"ohne Einwilligung": 4}
    services.settings.set(REQUIRE_CONSENT_KEY, False)
    preview = services.invitations.preview(event_id, InvitationSources(person_ids=everyone))
    # off: only those whose basis is consent need one (Cäcilie and Elke gave none)
    assert {c.person_id for c in preview.new} == {folk["Anton"], folk["Berta"], folk["Dario"]}


def test_network_people_layer(services, folk):
    options = GraphOptions(include_people=True)
    result = services.network.graph(options)
    shown = {d["person_id"] for _, d in result.people_layer.nodes(data=True) if "person_id" in d}
    # Berta and Dario (no consent needed) and Anton and Elke (consented) are shown
    assert shown == {folk[n] for n in ("Anton", "Berta", "Dario", "Elke")}
    assert result.people_left_out == {"ohne Einwilligung": 1}
    withdraw(services, folk["Elke"], "Darstellung in Netzwerkkarten")
    result = services.network.graph(options)
    shown = {d["person_id"] for _, d in result.people_layer.nodes(data=True) if "person_id" in d}
    assert folk["Elke"] not in shown
    assert result.people_left_out == {"Einwilligung widerrufen": 1, "ohne Einwilligung": 1}
    assert "2 Personen nicht gezeigt" in result.description


def test_export_with_a_purpose(services, folk, tmp_path):
    flt = _everyone(folk)
    plain = services.exports.export("people", flt, path=tmp_path / "alle.xlsx")
    assert plain.rows == 5 and plain.left_out == {}
    bound = services.exports.export("people", flt, path=tmp_path / "nl.csv", purpose=NEWSLETTER)
    assert bound.rows == 4 and bound.left_out == {"ohne Einwilligung": 1}
    withdraw(services, folk["Anton"], NEWSLETTER)
    bound = services.exports.export("people", flt, path=tmp_path / "nl.csv", purpose=NEWSLETTER)
    assert bound.rows == 3
    assert bound.left_out == {"Einwilligung widerrufen": 1, "ohne Einwilligung": 1}
    assert "antonsohn" not in (tmp_path / "nl.csv").read_text(encoding="utf-8-sig").lower()


def test_e_mail_list(services, folk):
    flt = _everyone(folk)
    before = services.exports.recipients(flt, purpose=NEWSLETTER)
    assert "anton@example.org" in dict(before.with_email).values()
    withdraw(services, folk["Anton"], NEWSLETTER)
    after = services.exports.recipients(flt, purpose=NEWSLETTER)
    assert "anton@example.org" not in dict(after.with_email).values()
    assert len(after.with_email) == len(before.with_email) - 1
    assert after.left_out_text == (
        "2 Personen nicht aufgenommen: 1 Einwilligung widerrufen für „Newsletter“, "
        "1 ohne Einwilligung für „Newsletter“"
    )


def test_restriction_excludes_everywhere(services, folk, dynamic_list, tmp_path):
    berta = folk["Berta"]  # legitimate interest: in every list until restricted
    services.privacy_facts.save(
        berta, PrivacyFacts(legal_basis="berechtigtes Interesse", restricted=True)
    )
    assert berta not in services.verteiler.member_ids(dynamic_list)
    static = services.verteiler.create("Alle Probe")
    services.verteiler.add_members(static.id, [berta, folk["Dario"]])
    assert services.verteiler.members(static.id).left_out == {"eingeschränkt": 1}
    result = services.exports.export("people", _everyone(folk), path=tmp_path / "x.xlsx")
    assert result.rows == 4 and result.left_out == {"eingeschränkt": 1}
    mail = services.exports.recipients(_everyone(folk))
    assert "berta@example.org" not in dict(mail.with_email).values()
    event_id = _event(services)
    preview = services.invitations.preview(event_id, InvitationSources(person_ids=(berta,)))
    assert preview.new == () and dict(preview.left_out) == {"eingeschränkt": 1}
    graph = services.network.graph(GraphOptions(include_people=True))
    shown = {d.get("person_id") for _, d in graph.people_layer.nodes(data=True)}
    assert berta not in shown and graph.people_left_out["eingeschränkt"] == 1
    # the participant list of an event she attended before the restriction
    services.invitations.add(event_id, InvitationSources(person_ids=(folk["Anton"],)))
    with services.uow() as uow:  # she was on the list before she asked for the restriction
        from wba_desktop.models import Invitation

        uow.session.add(Invitation(event_id=event_id, person_id=berta, status="zugesagt"))
        uow.commit()
    path = tmp_path / "teilnehmer.xlsx"
    services.event_exports.export(event_id, path, statuses=("vorgemerkt", "zugesagt"))
    cells = {c.value for row in openpyxl.load_workbook(path).active.iter_rows() for c in row}
    assert not any("Berta" in str(v) for v in cells if v)
    assert any("Anton" in str(v) for v in cells if v)


def test_objection_ends_legitimate_interest_everywhere(services, folk, tmp_path):
    berta = folk["Berta"]
    services.privacy_facts.save(
        berta, PrivacyFacts(legal_basis="berechtigtes Interesse", objected_on=TODAY)
    )
    result = services.exports.export(
        "people", _everyone(folk), path=tmp_path / "x.xlsx", purpose="Fotos"
    )
    assert result.left_out["Widerspruch"] == 1
    event_id = _event(services)
    preview = services.invitations.preview(event_id, InvitationSources(person_ids=(berta,)))
    assert dict(preview.left_out) == {"Widerspruch": 1}


def test_cli_export_with_a_purpose(services, folk, db_url, tmp_path, capsys):
    from wba_desktop import cli

    out = str(tmp_path / "nl.xlsx")
    assert (
        cli.main(["--db", db_url, "export", "people", "--zweck", "Newsletter", "--out", out]) == 0
    )
    printed = capsys.readouterr().out
    assert "Zeilen exportiert" in printed
    assert "1 ohne Einwilligung für „Newsletter“" in printed
    assert (
        cli.main(["--db", db_url, "export", "people", "--zweck", "Brieftauben", "--out", out]) != 0
    )
    assert "„Brieftauben“ gibt es nicht" in capsys.readouterr().err
