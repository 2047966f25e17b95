"""Global search: German spellings folded, words AND-ed, wildcards taken literally."""

from __future__ import annotations

import pytest

from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData


@pytest.fixture
def data(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations

    def make(name, **kw):
        kw.setdefault("type_id", types["Unternehmen"])
        return org.create(OrganisationData(name=name, **kw)).id

    ids = {
        "koethen": make("Stadtwerke", city="Köthen (Anhalt)"),
        "strasse": make("Große Straße Bildung e.V.", type_id=types["Weiterbildungsträger"]),
        "mueller_org": make("Müller Metallbau", city="Zerbst"),
        "percent": make("100% Weiterbildung"),
        "plain": make("100 Prozent Bildung"),
        "underscore": make("Bau_Team Halle"),
        "bauxteam": make("BauXTeam Halle"),
    }
    people = services.people
    ids["mueller"] = people.create(
        PersonData(last_name="Müller", first_name="Jürgen", email="j.mueller@metallbau.de")
    ).id
    ids["heinze"] = people.create(PersonData(last_name="Heinze", first_name="Katrin")).id
    services.affiliations.save(
        AffiliationData(person_id=ids["mueller"], organisation_id=ids["mueller_org"])
    )
    return ids


def _hits(services, text):
    return {(h.kind, h.id) for h in services.search.search(text)}


def test_koethen_finds_koethen_with_umlaut(services, data):
    assert _hits(services, "koethen") == {("organisation", data["koethen"])}
    assert _hits(services, "Köthen") == {("organisation", data["koethen"])}
    assert _hits(services, "KOETHEN") == {("organisation", data["koethen"])}


def test_strasse_finds_strasse_with_sharp_s(services, data):
    assert _hits(services, "strasse") == {("organisation", data["strasse"])}
    assert _hits(services, "Straße") == {("organisation", data["strasse"])}


def test_mueller_finds_people_and_organisations(services, data):
    assert _hits(services, "mueller") == {
        ("organisation", data["mueller_org"]),
        ("person", data["mueller"]),
    }
    assert _hits(services, "Müller") == _hits(services, "mueller")


def test_organisations_come_first_with_subtitles(services, data):
    hits = services.search.search("müller")
    assert [h.kind for h in hits] == ["organisation", "person"]
    org_hit, person_hit = hits
    assert org_hit.title == "Müller Metallbau"
    assert org_hit.subtitle == "Unternehmen · Zerbst"
    assert person_hit.title == "Jürgen Müller"
    assert person_hit.subtitle == "Müller Metallbau · j.mueller@metallbau.de"
    assert person_hit.active is True


def test_multiple_words_are_anded(services, data):
    assert _hits(services, "müller zerbst") == {("organisation", data["mueller_org"])}
    assert _hits(services, "jürgen müller") == {("person", data["mueller"])}
    assert _hits(services, "katrin müller") == set()
    assert _hits(services, "  halle   bau_team ") == {("organisation", data["underscore"])}


def test_percent_is_literal(services, data):
    assert _hits(services, "100%") == {("organisation", data["percent"])}
    assert _hits(services, "%") == {("organisation", data["percent"])}


def test_underscore_is_literal(services, data):
    assert _hits(services, "u_t") == {("organisation", data["underscore"])}
    assert _hits(services, "_") == {("organisation", data["underscore"])}


def test_backslash_does_not_break_search(services, data):
    assert services.search.search("\\") == []


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_query_returns_nothing(services, data, text):
    assert services.search.search(text) == []


def test_limit_applies_per_kind(services, data):
    hits = services.search.search("müller", limit=1)
    assert [h.kind for h in hits] == ["organisation", "person"]
    hits = services.search.search("bildung", limit=2)
    assert [h.id for h in hits] == [data["plain"], data["percent"]]  # by name
    assert len(services.search.search("bildung")) == 3


def test_inactive_hits_come_last(services, data):
    services.organisations.set_active(data["bauxteam"], False)
    hits = services.search.search("halle")
    assert [(h.id, h.active) for h in hits] == [
        (data["underscore"], True),
        (data["bauxteam"], False),
    ]


def test_search_follows_updates(services, data):
    detail = services.organisations.get(data["koethen"])
    detail.data.city = "Bernburg (Saale)"
    services.organisations.update(detail.id, detail.data, detail.version)
    assert _hits(services, "koethen") == set()
    assert _hits(services, "bernburg") == {("organisation", data["koethen"])}
