"""Relations from an edge list: detection, matching by name, types by label (a reverse
label turns the direction), duplicates, one transaction, bad input, the app's own
relation export round trip, the karate club, the CLI. All names are invented.
"""

from __future__ import annotations

from datetime import date

import networkx as nx
import openpyxl
import pytest
from sqlalchemy import func, select

from tests import databases
from wba_desktop.cli import main
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.exchange.edge_list import detect_edge_list
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.models import Organisation, Relation, RelationType
from wba_desktop.models.imports import ImportRun
from wba_desktop.network.graph import build_graph
from wba_desktop.network.metrics import communities
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.importing.relations import RelationImportRefused

ORGS = ["IHK Musterstadt", "Bildungswerk Müller", "Verein Elbwiese e. V.", "Stadt Beispielhausen"]


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _plan(services, path, **kw):
    rows = read_rows(path)
    mapping = detect_edge_list(rows)
    assert mapping is not None, "no edge list recognised"
    return services.relation_importer.plan_rows(rows, mapping, source_name=path.name, **kw)


def _org_ids(services) -> dict[str, int]:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    ids = {}
    for name in ORGS:
        data = OrganisationData(name=name, type_id=types["Sonstige"])
        ids[name] = services.organisations.create(data).id
    return ids


def _relations(uow_factory) -> set[tuple[str, str, str]]:
    with uow_factory() as uow:
        rels = uow.session.scalars(select(Relation)).all()
        return {(r.source.name, r.type.name, r.target.name) for r in rels}


@pytest.fixture
def empty(request, tmp_path):
    """A second, empty database (SQLite) for round trips."""
    template = request.getfixturevalue("_sqlite_template")
    url = databases.copy_sqlite(template, tmp_path / "leer.sqlite3")
    engine = create_db_engine(url)
    yield url, Services.create(UnitOfWorkFactory(engine))
    engine.dispose()


def test_names_match_like_the_organisation_import_and_labels_give_direction(
    services, uow_factory, tmp_path
):
    _org_ids(services)
    path = _xlsx(tmp_path / "netz.xlsx", [
        ["Partnerliste Stand 05/2026"],
        ["Organisation A", "Art der Beziehung", "Organisation B", "Stärke", "Seit", "Bis"],
        ["ihk  MUSTERSTADT", "hat als Mitglied", "Bildungswerk Mueller", 3, "01.02.2024", None],
        ["Bildungswerk Müller", "member of", "IHK Musterstadt", None, None, None],  # duplicate
        ["Stadt Beispielhausen", "Kooperation", "Verein Elbwiese e.V.", 1, date(2023, 5, 1),
         date(2025, 1, 31)],
        ["Verein Elbwiese e. V.", "kooperiert mit", "Stadt Beispielhausen", 2, None, None],
        ["IHK Musterstadt", None, "Stadt Beispielhausen", None, None, None],  # default type
    ])  # fmt: skip
    plan = _plan(services, path)
    assert [r.status for r in plan.rows] == ["new", "duplicate", "new", "duplicate", "new"]
    assert plan.rows[1].duplicate_kind == "file" and plan.rows[3].duplicate_kind == "reversed"
    assert plan.missing == [] and plan.rejected == []
    summary = services.relation_importer.apply(plan)
    assert (summary.relations_new, summary.duplicates_file, summary.duplicates_reversed) == (
        3,
        1,
        1,
    )
    assert _relations(uow_factory) == {  # symmetric: smaller id (created first) first
        ("Bildungswerk Müller", "Mitgliedschaft", "IHK Musterstadt"),
        ("Verein Elbwiese e. V.", "Kooperation", "Stadt Beispielhausen"),
        ("IHK Musterstadt", "Kooperation", "Stadt Beispielhausen"),
    }
    with uow_factory() as uow:
        strong = uow.session.scalars(select(Relation).where(Relation.strength == 3)).one()
        assert strong.valid_from == date(2024, 2, 1)
        for r in uow.session.scalars(select(Relation).where(Relation.type_directed.is_(False))):
            assert r.source_id < r.target_id  # the database's rule for symmetric pairs
        assert uow.session.scalar(select(func.count()).select_from(ImportRun)) == 1
    # the same file again: everything is already there
    again = _plan(services, path)
    assert {r.status for r in again.rows} == {"duplicate"}
    assert again.summary().relations_new == 0


def test_bad_rows_name_row_and_column_and_import_nothing(services, uow_factory, tmp_path):
    _org_ids(services)
    path = _xlsx(tmp_path / "kaputt.xlsx", [
        ["Von", "Beziehung", "Zu", "Stärke", "Gültig von", "Gültig bis"],
        ["IHK Musterstadt", "kooperiert mit", "Bildungswerk Müller", 2, None, None],
        ["Gibt es nicht GmbH", "kooperiert mit", "IHK Musterstadt", 2, None, None],
        ["IHK Musterstadt", "kooperiert mit", "IHK  musterstadt", 2, None, None],
        ["Stadt Beispielhausen", "fördert", "IHK Musterstadt", 2, "01.05.2025", "01.01.2025"],
        ["Stadt Beispielhausen", "berät", "Verein Elbwiese e. V.", 7, None, None],
    ])  # fmt: skip
    plan = _plan(services, path)
    lines = plan.rejected_lines()
    assert [r.status for r in plan.rows] == ["new"] + ["rejected"] * 4
    assert any(
        line.startswith("Zeile 3, Spalte A „Von“:") and "„Gibt es nicht GmbH“" in line
        for line in lines
    )
    assert any(line.startswith("Zeile 4, Spalte C „Zu“:") and "zu sich selbst" in line
               for line in lines)  # fmt: skip
    assert any(line.startswith("Zeile 5, Spalte F „Gültig bis“:") and "vor dem Beginn" in line
               for line in lines)  # fmt: skip
    assert any(line.startswith("Zeile 6, Spalte D „Stärke“:") and "„7“" in line
               for line in lines)  # fmt: skip
    assert plan.missing_lines() == ["„Gibt es nicht GmbH“ (Zeile 3)"]
    with pytest.raises(RelationImportRefused, match="nichts wurde importiert"):
        services.relation_importer.apply(plan)
    assert _relations(uow_factory) == set()
    # the user chooses to import the valid rows
    summary = services.relation_importer.apply(plan, import_valid=True)
    assert (summary.relations_new, summary.rows_rejected) == (1, 4)
    assert len(_relations(uow_factory)) == 1


def test_unknown_types_are_listed_and_created_only_when_asked(services, uow_factory, tmp_path):
    _org_ids(services)
    path = _xlsx(tmp_path / "arten.xlsx", [
        ["Source", "Target", "Label"],
        ["IHK Musterstadt", "Bildungswerk Müller", "Lieferbeziehung"],
        ["Stadt Beispielhausen", "Bildungswerk Müller", "Lieferbeziehung"],
        ["Stadt Beispielhausen", "Neue Firma GmbH", "funded by"],
    ])  # fmt: skip
    plan = _plan(services, path)
    assert plan.unknown_type_lines() == ["„Lieferbeziehung“ (Zeilen 2, 3)"]
    assert len(plan.rejected) == 3
    plan = _plan(services, path, create_types=True, create_missing=True)
    assert plan.rejected == []
    summary = services.relation_importer.apply(plan)
    assert (summary.relations_new, summary.types_new, summary.organisations_new) == (3, 1, 1)
    assert ("Neue Firma GmbH", "Förderung", "Stadt Beispielhausen") in _relations(uow_factory)
    with uow_factory() as uow:
        new_type = uow.session.scalars(
            select(RelationType).where(RelationType.name == "Lieferbeziehung")
        ).one()
        assert not new_type.directed
        kind = (
            uow.session.scalars(select(Organisation).where(Organisation.name == "Neue Firma GmbH"))
            .one()
            .type.name
        )
        assert kind == "Sonstige"
    # the import history can undo it: relations, the new organisation and type go
    run = services.import_history.runs()[0]
    assert "3 Beziehungen" in services.import_history.preview(run.id).text()
    services.import_history.undo(run.id)
    assert _relations(uow_factory) == set()
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == len(ORGS)
        assert (
            uow.session.scalar(select(func.count()).where(RelationType.name == "Lieferbeziehung"))
            == 0
        )


def test_own_relation_export_round_trips(services, uow_factory, db_url, empty, tmp_path):
    ids = _org_ids(services)
    rtypes = {t.name: t.id for t in services.reference.relation_types()}
    for a, t, b, strength in [
        ("IHK Musterstadt", "Mitgliedschaft", "Bildungswerk Müller", 3),
        ("Bildungswerk Müller", "Beratung", "Verein Elbwiese e. V.", 1),
        ("Stadt Beispielhausen", "Kooperation", "IHK Musterstadt", 2),
    ]:
        services.relations.save(
            RelationData(ids[a], ids[b], rtypes[t], date(2024, 1, 1), None, strength, "Notiz")
        )
    before = _relations(uow_factory)
    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"beziehungen.{suffix}"
        assert main(["export", "relations", "--out", str(out), "--db", db_url]) == 0
        rows = read_rows(out)
        mapping = detect_edge_list(rows)
        assert mapping is not None and {"rel_source", "rel_label", "rel_target", "rel_type",
                                        "rel_from", "rel_note"} <= mapping.fields()  # fmt: skip
        # into the same database: all already there
        plan = services.relation_importer.plan_rows(rows, mapping)
        assert {r.status for r in plan.rows} == {"duplicate"}, plan.rejected_lines()
    url, other = empty
    out = tmp_path / "beziehungen.xlsx"
    assert main(["import", str(out), "--db", url, "--create-missing"]) == 0
    assert _relations(other.uow) == before


def test_karate_club_edge_list_gives_the_same_network_and_groups(services, uow_factory, tmp_path):
    karate = nx.karate_club_graph()
    name = {v: f"Verein {v + 1}" for v in karate}
    rows = [["Organisation 1", "Beziehung", "Organisation 2"]]
    rows += [[name[u], "Kooperation", name[v]] for u, v in karate.edges()]
    path = _xlsx(tmp_path / "karate.xlsx", rows)
    plan = _plan(services, path, create_missing=True)
    summary = services.relation_importer.apply(plan)
    assert (summary.relations_new, summary.organisations_new) == (78, 34)
    graph = build_graph(uow_factory).graph
    number = {v: int(graph.nodes[v]["name"].split()[1]) - 1 for v in graph}
    imported = nx.relabel_nodes(graph, number)
    assert set(imported.nodes) == set(karate.nodes)
    assert {frozenset(e) for e in imported.edges} == {frozenset(e) for e in karate.edges}
    same = nx.Graph()  # the same insertion order, so that the seeded Louvain is comparable
    same.add_nodes_from(sorted(imported))
    same.add_edges_from(sorted(tuple(sorted(e)) for e in imported.edges))
    original = nx.Graph()
    original.add_nodes_from(sorted(karate))
    original.add_edges_from(sorted(tuple(sorted(e)) for e in karate.edges))
    ours = communities(same, seed=7)
    theirs = nx.community.louvain_communities(original, seed=7)
    assert sorted(map(sorted, ours)) == sorted(map(sorted, theirs))
    assert len(ours) >= 3


def test_cli_refuses_unknown_and_forces_relations(services, db_url, tmp_path, capsys):
    _org_ids(services)
    path = _xlsx(tmp_path / "liste.xlsx", [
        ["Organisation", "Partner", "Art"],
        ["IHK Musterstadt", "Unbekannt AG", "Kooperation"],
        ["IHK Musterstadt", "Bildungswerk Müller", "Zusammenarbeit mit Herz"],
    ])  # fmt: skip
    rejected = tmp_path / "abgelehnt.xlsx"
    assert main(["import", str(path), "--db", db_url, "--rejected", str(rejected)]) == 1
    out = capsys.readouterr().out
    saved = list(openpyxl.load_workbook(rejected).worksheets[0].iter_rows(values_only=True))
    assert saved[1][:2] == (2, "IHK Musterstadt – Unbekannt AG")
    assert "Beziehungsliste erkannt" in out and "„Unbekannt AG“ (Zeile 2)" in out
    assert "„Zusammenarbeit mit Herz“ (Zeile 3)" in out and "Nichts wurde importiert" in out
    saved = tmp_path / "zuordnung.json"
    code = main(["import", str(path), "--db", db_url, "--dry-run", "--save-mapping", str(saved)])
    assert code == 1 and saved.exists()
    capsys.readouterr()
    code = main(["import", str(path), "--db", db_url, "--mapping", str(saved),
                 "--create-missing", "--neue-arten"])  # fmt: skip
    assert code == 0 and "Beziehungen: 2 neu" in capsys.readouterr().out
    template = tmp_path / "vorlage.xlsx"
    assert main(["import", "--vorlage", str(template), "--beziehungen", "--db", db_url]) == 0
    rows = read_rows(template)
    assert detect_edge_list(rows).fields() >= {"rel_source", "rel_label", "rel_target"}
