"""Layout positions in the database: per database, shared by a team, pinned by hand,
written as upserts in chunks (SQLite and PostgreSQL)."""

from __future__ import annotations

import math

import pytest

from tests import databases
from tests.integration.network.test_graph import build_network
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.network import positions as pos_mod
from wba_desktop.network.positions import DatabasePositionStore, MemoryPositionStore, Stored
from wba_desktop.network.service import NetworkService
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData


def _open(url: str):
    engine = create_db_engine(url)
    return engine, UnitOfWorkFactory(engine)


def _close(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all(math.dist(a[k], b[k]) < 1e-9 for k in a)


def test_positions_of_one_database_never_appear_in_another(_sqlite_template, tmp_path):
    """Two databases with the same organisation ids: each keeps its own picture."""
    urls = [
        databases.copy_sqlite(_sqlite_template, tmp_path / f"{name}.sqlite3")
        for name in ("kreis_a", "kreis_b")
    ]
    laid_out, ids = {}, {}
    for url in urls:
        engine, uow = _open(url)
        services = Services.create(uow)
        ids[url] = build_network(services)
        if url == urls[1]:  # the second database has more partners: another picture
            rel = {t.name: t.id for t in services.reference.relation_types()}["Kooperation"]
            kind = services.reference.organisation_types()[0].id
            net = ids[url]
            for i in range(12):
                new = services.organisations.create(
                    OrganisationData(name=f"Partner {i:02}", type_id=kind)
                ).id
                for other in ("ihk", "wbt", "dgb")[: 1 + i % 3]:
                    services.relations.save(RelationData(new, net[other], rel))
        network = NetworkService(uow)
        laid_out[url] = network.layout(network.graph())
        engine.dispose()
    assert ids[urls[0]] == ids[urls[1]]  # the same organisation ids in both
    first, second = laid_out[urls[0]], laid_out[urls[1]]
    assert set(first) < set(second)
    assert all(math.dist(first[k], second[k]) > 0.01 for k in first)
    for url in urls:  # reopening each database shows its own picture
        engine, uow = _open(url)
        stored = DatabasePositionStore(uow).load()
        assert _close({k: (p.x, p.y) for k, p in stored.items()}, laid_out[url])
        network = NetworkService(uow)
        assert _close(network.layout(network.graph()), laid_out[url])
        engine.dispose()


def test_a_new_database_starts_with_a_fresh_layout(uow_factory, services):
    assert DatabasePositionStore(uow_factory).load() == {}
    build_network(services)
    network = NetworkService(uow_factory)
    fresh = network.layout(network.graph())
    assert _close(fresh, NetworkService(uow_factory).layout(network.graph(), save=False))


def test_team_members_on_one_database_see_the_same_positions(engine, services):
    net = build_network(services)
    anna, ben = UnitOfWorkFactory(engine), UnitOfWorkFactory(engine)  # two programs
    anna.user_name, ben.user_name = "Anna Beispiel", "Ben Muster"
    laid = NetworkService(anna).layout(NetworkService(anna).graph())
    NetworkService(anna).remember_positions({net["ihk"]: (3.5, -1.25)})
    seen = DatabasePositionStore(ben).load()
    assert set(seen) == set(laid)
    assert seen[net["ihk"]] == Stored(3.5, -1.25, True)
    shown = NetworkService(ben).layout(NetworkService(ben).graph())
    assert shown[net["ihk"]] == (3.5, -1.25)
    assert all(shown[k] == pytest.approx(laid[k]) for k in laid if k != net["ihk"])


def test_upsert_in_chunks_keeps_pinned_positions_and_skips_deleted(
    uow_factory, services, monkeypatch
):
    """Many rows (more than one chunk), an update of all, a pinned one that a computed
    layout does not overwrite, and an organisation deleted before the write."""
    monkeypatch.setattr(pos_mod, "CHUNK", 7)
    kind = services.reference.organisation_types()[0].id
    ids = [
        services.organisations.create(OrganisationData(name=f"Träger {i:02}", type_id=kind)).id
        for i in range(20)
    ]
    store = DatabasePositionStore(uow_factory)
    assert store.update({oid: (float(i), 0.0) for i, oid in enumerate(ids)}) == 20
    assert store.update({ids[3]: (-5.0, 5.0)}, pinned=True) == 1
    gone = ids[4]
    services.organisations.delete(gone)
    written = store.update({oid: (1.0 * i, 1.0) for i, oid in enumerate(ids)})
    assert written == 19  # the deleted one is skipped, not an error
    rows = store.load()
    assert len(rows) == 19 and gone not in rows
    assert rows[ids[3]] == Stored(-5.0, 5.0, True)  # pinned: the computed one did not win
    assert rows[ids[7]] == Stored(7.0, 1.0, False)
    store.update({ids[3]: (0.5, 0.5)}, pinned=True)  # a new drag moves it again
    assert store.load()[ids[3]] == Stored(0.5, 0.5, True)
    store.clear()  # „Neu anordnen“: the computed ones go, the hand-placed one stays
    assert store.load() == {ids[3]: Stored(0.5, 0.5, True)}
    store.clear(keep_pinned=False)
    assert store.load() == {}


def test_save_layout_writes_only_what_changed(uow_factory, services):
    net = build_network(services)
    network = NetworkService(uow_factory)
    result = network.graph()
    positions = network.layout(result, save=False)
    assert DatabasePositionStore(uow_factory).load() == {}
    assert network.save_layout({**positions, "P1": (0.0, 0.0)}) == len(positions)
    assert network.save_layout(positions) == 0  # nothing new
    moved = dict(positions)
    moved[net["aa"]] = (9.0, 9.0)
    assert network.save_layout(moved) == 1


def test_the_memory_store_behaves_like_the_database():
    store = MemoryPositionStore()
    store.update({1: (1.0, 1.0)}, pinned=True)
    store.update({1: (2.0, 2.0), 2: (3.0, 3.0)})
    assert store.load() == {1: Stored(1.0, 1.0, True), 2: Stored(3.0, 3.0, False)}
    store.clear()
    assert store.load() == {1: Stored(1.0, 1.0, True)}
