"""The global search's full-text index: every kind found through it with the German
folding, true counts past the limit, and the index in step with the records after
create, update, delete, merge, topic rename, import, „Import rückgängig“, erasure and a
rebuild (SQLite FTS5 trigram and PostgreSQL pg_trgm). All names are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from wba_desktop.exchange.mapping import suggest
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.search_index import (
    index_problems,
    index_table,
    rebuild_index,
)
from wba_desktop.services.events.records import EventData
from wba_desktop.services.importing.service import ImportService
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
        "koethen": org("Quendelwerk Anhalt", city="Köthen (Anhalt)", postcode="06366"),
        "street": org("Xylobau Testfeld", street="Große Querstraße 4", city="Zerbst"),
        "topic_org": org("Yarrowa Bildung", city="Zerbst"),
    }
    topic = services.offers.save_topic("Zwirnkunde Übergänge")
    ids["topic"] = topic.id
    services.offers.save_offers(ids["topic_org"], [OfferData(topic_id=topic.id)])
    ids["person"] = services.people.create(
        PersonData(last_name="Quäntchenberg", first_name="Ilse", email="ilse@quendel.example")
    ).id
    ids["verbund"] = services.verbuende.create(
        VerbundData(name="Qualifizierungsnetz Elbe-Elster", short_name="QNEE"), today=TODAY
    ).id
    ids["event"] = services.events.create(
        EventData(
            title="Kongress Fachkräfte Testland",
            starts_at=datetime(2026, 6, 3, 9),
            ends_at=datetime(2026, 6, 3, 17),
            venue="Glühwürmchenhalle Süd",
            city="Dessau-Roßlau",
        ),
        today=TODAY,
    ).id
    return ids


def _hits(services, text):
    return {(h.kind, h.id) for h in services.search.search(text)}


def _entries(services, kind) -> dict[int, str]:
    with services.uow() as uow:
        t, id_col = index_table(kind, uow.dialect)
        return dict(uow.session.execute(select(id_col, t.c.key)).all())


def _in_step(services):
    assert index_problems(services.uow) == []


def test_every_kind_through_the_index_with_folding(services, data):
    assert _hits(services, "koethen") == {("organisation", data["koethen"])}
    assert _hits(services, "06366") == {("organisation", data["koethen"])}
    assert _hits(services, "querstrasse") == {("organisation", data["street"])}
    assert _hits(services, "Querstraße 4") == {("organisation", data["street"])}
    assert _hits(services, "zwirnkunde") == {("organisation", data["topic_org"])}
    assert _hits(services, "uebergaenge zerbst") == {("organisation", data["topic_org"])}
    assert _hits(services, "quaentchenberg") == {("person", data["person"])}
    assert _hits(services, "ilse@quendel") == {("person", data["person"])}
    assert _hits(services, "QNEE") == {("verbund", data["verbund"])}
    assert _hits(services, "Kongress") == {("event", data["event"])}
    assert _hits(services, "gluehwuermchenhalle") == {("event", data["event"])}
    assert _hits(services, "rosslau kongress") == {("event", data["event"])}
    # a short word next to a long one: the long one through the index, the short by LIKE
    assert _hits(services, "qnee el") == {("verbund", data["verbund"])}
    assert _hits(services, "qnee xx") == set()
    _in_step(services)


def test_index_holds_folded_text(services, data):
    key = _entries(services, "organisation")[data["street"]]
    assert "grosse querstrasse 4" in key and "zerbst" in key
    assert "zwirnkunde uebergaenge" in _entries(services, "organisation")[data["topic_org"]]
    assert _entries(services, "verbund")[data["verbund"]] == "qualifizierungsnetz elbe-elster qnee"


def test_counts_are_true_past_the_limit(services):
    ids = [
        services.people.create(PersonData(last_name=f"Vexwald{n:02d}", first_name="Ida")).id
        for n in range(12)
    ]
    services.people.set_active(ids[0], False)
    found = services.search.find("vexwald", limit=5)
    group = found.group("person")
    assert group.total == 12 and len(group.hits) == 5 and not group.complete
    assert [h.id for h in group.hits] == ids[1:6]  # active first, by name
    everything = services.search.find("vexwald", limit=5, expand="person").group("person")
    assert [h.id for h in everything.hits] == [*ids[1:], ids[0]]  # the inactive one last


def test_few_hits_among_many_records_sorted_inactive_last(services):
    """Few hits in a larger table take the other plan on SQLite (fetch and sort the
    hits instead of walking the list order): same order, same count."""
    for n in range(40):
        services.people.create(PersonData(last_name=f"Leerfeld{n:02d}", first_name="Olaf"))
    first, second, third = (
        services.people.create(PersonData(last_name=f"Zorbeling{c}", first_name="Ute")).id
        for c in "ABC"
    )
    services.people.set_active(first, False)
    group = services.search.find("zorbeling", limit=2).group("person")
    assert group.total == 3 and [h.id for h in group.hits] == [second, third]
    everything = services.search.find("zorbeling", limit=2, expand="person").group("person")
    assert [h.id for h in everything.hits] == [second, third, first]
    assert services.search.find("zorbelingx").group("person").total == 0


def test_index_follows_update_and_delete(services, data):
    detail = services.people.get(data["person"])
    detail.data.last_name = "Rübenacker"
    services.people.update(detail.id, detail.data, detail.version)
    assert _hits(services, "quaentchenberg") == set()
    assert _hits(services, "ruebenacker") == {("person", data["person"])}

    detail = services.verbuende.get(data["verbund"])
    detail.data.short_name = "QNXX"
    services.verbuende.update(detail.id, detail.data, detail.version)
    assert _hits(services, "qnee") == set()
    assert _hits(services, "qnxx") == {("verbund", data["verbund"])}

    detail = services.events.get(data["event"])
    form = replace(detail.data, venue="Ölmühle Nord")  # ``data`` is built on each read
    services.events.update(detail.id, form, detail.version)
    assert _hits(services, "oelmuehle") == {("event", data["event"])}
    assert _hits(services, "gluehwuermchen") == set()

    services.organisations.delete(data["street"])
    assert _hits(services, "querstrasse") == set()
    assert data["street"] not in _entries(services, "organisation")
    services.people.delete(data["person"])
    assert data["person"] not in _entries(services, "person")
    _in_step(services)


def test_index_follows_offers_and_topic_rename(services, data):
    services.offers.save_offers(data["topic_org"], [])
    assert _hits(services, "zwirnkunde") == set()
    services.offers.save_offers(data["koethen"], [OfferData(topic_id=data["topic"])])
    assert _hits(services, "zwirnkunde") == {("organisation", data["koethen"])}
    services.offers.save_topic("Garnkunde Übergänge", topic_id=data["topic"])
    assert _hits(services, "zwirnkunde") == set()
    assert _hits(services, "garnkunde") == {("organisation", data["koethen"])}
    _in_step(services)


def test_index_follows_merges(services, data):
    other = services.people.create(PersonData(last_name="Quäntchenbergh", first_name="Ilse")).id
    services.merge.merge_people(data["person"], other, {})
    assert _hits(services, "quaentchenbergh") == set()
    assert other not in _entries(services, "person")
    twin = services.organisations.create(
        OrganisationData(name="Quendelwerk Anhalt GmbH", type_id=_type(services))
    ).id
    services.merge.merge_organisations(data["koethen"], twin, {})
    assert _hits(services, "quendelwerk") == {("organisation", data["koethen"])}
    _in_step(services)


def _type(services) -> int:
    return {t.name: t.id for t in services.reference.organisation_types()}["Unternehmen"]


def test_import_and_undo_keep_the_index_in_step(services, uow_factory, data):
    rows = [
        ["Organisation", "Art", "Landkreis", "Straße", "Leistungen"],
        ["Wurzelwerk Testkreis", "Jobcenter", "Harz", "Rübenweg 9", "Umschulung"],
    ]
    plan = ImportService(uow_factory).plan(rows, suggest(rows))
    ImportService(uow_factory).apply(plan)
    hits = _hits(services, "ruebenweg")
    assert len(hits) == 1 and _hits(services, "wurzelwerk umschulung") == hits
    _in_step(services)
    history = services.import_history
    history.undo(history.runs()[0].id)
    assert _hits(services, "wurzelwerk") == set()
    _in_step(services)


def test_erased_person_leaves_the_index(services, data):
    services.erasure.anonymise(data["person"])
    assert _hits(services, "quaentchenberg") == set()
    assert _hits(services, "ilse@quendel") == set()
    assert data["person"] not in _entries(services, "person")
    assert "quaentchenberg" not in " ".join(_entries(services, "person").values())
    _in_step(services)


def test_rebuild_repairs_a_damaged_index(services, data):
    with services.uow() as uow:
        t, id_col = index_table("person", uow.dialect)
        uow.session.execute(t.delete())  # past the unit of work's hooks
        uow.commit()
    assert _hits(services, "quaentchenberg") == set()
    problems = index_problems(services.uow)
    assert problems and "Personen" in problems[0] and "--suchindex" in problems[0]
    counts = rebuild_index(services.uow)
    assert counts["person"] >= 1 and counts["verbund"] >= 1
    assert _hits(services, "quaentchenberg") == {("person", data["person"])}
    _in_step(services)


def test_short_query_takes_the_direct_path(services, data):
    assert ("verbund", data["verbund"]) in _hits(services, "qn")
    assert ("organisation", data["koethen"]) in _hits(services, "06")


def test_check_reports_and_repairs_the_index(backend, services, data, engine, capsys):
    if backend != "sqlite":
        pytest.skip("the command line test runs on a SQLite file")
    from wba_desktop import cli

    db = engine.url.database
    with services.uow() as uow:
        t, _id_col = index_table("verbund", uow.dialect)
        uow.session.execute(t.delete())
        uow.commit()
    assert cli.main(["--db", db, "check"]) == 0
    out = capsys.readouterr().out
    assert "Suchindex:            ABWEICHUNG" in out and "„Verbünde“: 1 Eintrag weicht ab" in out
    assert cli.main(["--db", db, "check", "--suchindex"]) == 0
    out = capsys.readouterr().out
    assert "Suchindex:            neu aufgebaut" in out
    assert "Suchindex:            in Ordnung" in out
    assert _hits(services, "qnee") == {("verbund", data["verbund"])}


@pytest.mark.parametrize(
    "text", ["magdeburg", "müller", "bildung halle", "strasse", "halle ab", "gmbh", "e.v."]
)
def test_index_gives_what_the_direct_path_gives(services, demo, monkeypatch, text):
    """Same hits, same order, same counts through the index as over the tables (the
    demo's many hits exercise both SQLite plans: sorting few hits, walking for many)."""
    from wba_desktop.services.directory import search

    def groups():
        found = services.search.find(text, 5)
        return [(g.kind, g.total, [h.id for h in g.hits]) for g in found.groups]

    indexed = groups()
    monkeypatch.setattr(search, "usable", lambda terms: False)
    direct = groups()
    assert indexed == direct
    assert sum(total for _kind, total, _ids in indexed) > 0 or text == "e.v."


def test_people_searched_meanwhile_on_a_second_connection(services, data, monkeypatch):
    """The people group runs on the search's own thread while the other kinds are read;
    its hits are the ones of a people-only search, and a failure on either side
    reaches the caller with nothing left running."""
    both = services.search.find("quaentchen")
    alone = services.search.find("quaentchen", kinds=("person",))
    assert both.group("person") == alone.group("person")
    assert both.group("person").total == 1

    def broken(*_args):
        raise RuntimeError("kaputt")

    search = services.search
    original = dict(search._searchers)
    monkeypatch.setattr(search, "_searchers", {**original, "organisation": broken})
    with pytest.raises(RuntimeError, match="kaputt"):
        search.find("quaentchen")
    assert search._executor is not None
    assert search._executor.submit(lambda: "frei").result(timeout=5) == "frei"
    monkeypatch.setattr(search, "_searchers", {**original, "person": broken})  # the side
    with pytest.raises(RuntimeError, match="kaputt"):
        search.find("quaentchen", kinds=("organisation", "person"))
