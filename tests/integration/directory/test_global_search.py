"""Global search over every kind of record: addresses and offer topics of organisations,
Verbünde, events; grouped with the true count per group; inquirers never found."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.integration.privacy import inquirers as lq
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.search import KINDS
from wba_desktop.services.events.records import EventData
from wba_desktop.services.lotsen.offers import OfferData
from wba_desktop.services.verbuende.verbund_rules import VerbundData

TODAY = date(2026, 3, 2)


@pytest.fixture
def data(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}

    def org(name, **kw):
        kw.setdefault("type_id", types["Unternehmen"])
        return services.organisations.create(OrganisationData(name=name, **kw)).id

    ids = {
        "street": org("Probewerk Anhalt", street="Lange Gaßnerstraße 7", postcode="06844"),
        "umlaut_street": org("Zeta Beispiel GmbH", street="Ölmühlenweg 3", city="Zerbst"),
        "koethen": org("Stadtwerke Beispiel", city="Köthen (Anhalt)", postcode="06366"),
        "mueller": org("Müller Testbau", city="Zerbst"),
    }
    topic = services.offers.save_topic("Übergangsberatung Schweißtechnik")
    services.offers.save_offers(ids["mueller"], [OfferData(topic_id=topic.id)])
    ids["person"] = services.people.create(PersonData(last_name="Jürgensen", first_name="Ina")).id
    ids["inquirer"] = lq.inquirer(services, "Ina", "Jürgensen-Privat", email="ina@example.org")
    ids["verbund"] = services.verbuende.create(
        VerbundData(name="Weiterbildungsverbund Saale-Börde", short_name="WBV-SäBö"), today=TODAY
    ).id
    ids["event"] = services.events.create(
        EventData(
            title="Fachtag Fachkräfte",
            starts_at=datetime(2026, 6, 3, 9),
            ends_at=datetime(2026, 6, 3, 17),
            venue="Bürgerhaus Schloßgarten",
            city="Dessau-Roßlau",
        ),
        today=TODAY,
    ).id
    return ids


def _hits(services, text):
    return {(h.kind, h.id) for h in services.search.search(text)}


def test_street_with_sharp_s_found_by_strasse(services, data):
    assert ("organisation", data["street"]) in _hits(services, "gassnerstrasse")
    assert ("organisation", data["street"]) in _hits(services, "Gaßnerstraße 7")


def test_street_with_capital_umlaut_found_by_oe(services, data):
    assert _hits(services, "oelmuehlenweg") == {("organisation", data["umlaut_street"])}


def test_postcode_and_city(services, data):
    assert _hits(services, "06844") == {("organisation", data["street"])}
    assert _hits(services, "koethen") == {("organisation", data["koethen"])}
    assert _hits(services, "06366 köthen") == {("organisation", data["koethen"])}


def test_offer_topic_finds_the_organisation(services, data):
    assert _hits(services, "uebergangsberatung") == {("organisation", data["mueller"])}
    assert _hits(services, "schweisstechnik") == {("organisation", data["mueller"])}
    # words may match different fields: a topic word and the city
    assert _hits(services, "schweiss zerbst") == {("organisation", data["mueller"])}
    assert _hits(services, "schweiss koethen") == set()


def test_mueller_finds_umlaut(services, data):
    assert _hits(services, "mueller") == {("organisation", data["mueller"])}


def test_verbund_by_name_and_short_name(services, data):
    assert _hits(services, "saale-boerde") == {("verbund", data["verbund"])}
    assert _hits(services, "wbv-saeboe") == {("verbund", data["verbund"])}
    (hit,) = services.search.search("SäBö")
    assert (hit.kind, hit.title, hit.subtitle) == (
        "verbund",
        "Weiterbildungsverbund Saale-Börde",
        "WBV-SäBö · Idee",
    )


def test_event_by_title_and_venue(services, data):
    assert _hits(services, "fachtag") == {("event", data["event"])}
    assert _hits(services, "buergerhaus schlossgarten") == {("event", data["event"])}
    (hit,) = services.search.search("rosslau")
    assert hit.kind == "event"
    assert hit.subtitle == "03.06.2026 · Bürgerhaus Schloßgarten · Dessau-Roßlau"


def test_people_found_but_never_inquirers(services, data):
    assert _hits(services, "juergensen") == {("person", data["person"])}
    assert _hits(services, "jürgensen-privat") == set()
    assert _hits(services, "ina@example.org") == set()
    result = services.search.find("juergensen")
    assert result.group("person").total == 1


def test_groups_in_order_with_all_kinds(services, data):
    result = services.search.find("zerbst")
    assert [g.kind for g in result.groups] == list(KINDS)
    assert result.group("organisation").total == 2
    assert result.group("person").total == 0
    assert services.search.find("   ").groups == ()


def test_true_counts_beyond_the_limit(services, data):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    for i in range(12):
        services.organisations.create(
            OrganisationData(name=f"Zählfirma {i:02}", type_id=types["Unternehmen"])
        )
        services.people.create(PersonData(last_name=f"Zählmann{i:02}"))
    for i in range(4):
        services.verbuende.create(VerbundData(name=f"Zählverbund {i}"), today=TODAY)
        services.events.create(
            EventData(
                title=f"Zähltag {i}",
                starts_at=datetime(2026, 7, 1 + i, 9),
                ends_at=datetime(2026, 7, 1 + i, 12),
            ),
            today=TODAY,
        )
    result = services.search.find("zaehl", limit=3)
    counts = {g.kind: (g.total, len(g.hits), g.complete) for g in result.groups}
    assert counts == {
        "organisation": (12, 3, False),
        "person": (12, 3, False),
        "verbund": (4, 3, False),
        "event": (4, 3, False),
    }
    assert result.total == 32
    assert [h.title for h in result.group("organisation").hits] == [
        "Zählfirma 00",
        "Zählfirma 01",
        "Zählfirma 02",
    ]
    assert [h.title for h in result.group("event").hits] == ["Zähltag 3", "Zähltag 2", "Zähltag 1"]
    # „alle anzeigen“: that group in full, the others still cut
    expanded = services.search.find("zaehl", limit=3, expand="person")
    assert len(expanded.group("person").hits) == 12
    assert expanded.group("person").complete
    assert len(expanded.group("organisation").hits) == 3
    only = services.search.find("zaehl", limit=3, kinds=("verbund",), expand="verbund")
    assert [g.kind for g in only.groups] == ["verbund"]
    assert len(only.hits) == 4


def test_unknown_kind_is_refused(services, data):
    with pytest.raises(ValueError):
        services.search.find("x", kinds=("nothing",))
