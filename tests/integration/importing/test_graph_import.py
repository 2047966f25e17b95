"""Graph files (GEXF, GraphML) into the database: the app's own network export round
trips into an empty database; a Gephi file with kinds and districts as attributes;
bad files import nothing. All names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests import databases
from wba_desktop.cli import main
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.exchange.graph_files import read_graph
from wba_desktop.models import Organisation, Relation
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData

NETWORK = [
    ("Handwerkskammer Muster", "Kammer (HWK)", "Harz"),
    ("Bildungszentrum Elbtal", "Weiterbildungsträger", "Magdeburg"),
    ("Agentur für Arbeit Beispielstadt", "Agentur für Arbeit", "Stendal"),
    ("Metallbau Quendel GmbH", "Unternehmen", "Harz"),
    ("Einzelgänger e. V.", "Verein / Zivilgesellschaft", None),  # no ties at all
]
TIES = [
    ("Metallbau Quendel GmbH", "Mitgliedschaft", "Handwerkskammer Muster", 3),
    ("Bildungszentrum Elbtal", "Qualifizierung", "Metallbau Quendel GmbH", 2),
    ("Metallbau Quendel GmbH", "Kooperation", "Bildungszentrum Elbtal", 1),  # parallel tie
    ("Agentur für Arbeit Beispielstadt", "Förderung", "Bildungszentrum Elbtal", 2),
    ("Handwerkskammer Muster", "Netzwerkpartnerschaft", "Agentur für Arbeit Beispielstadt", 2),
]


def _network(uow_factory) -> tuple[set, set]:
    with uow_factory() as uow:
        orgs = {
            (o.name, o.type.name, o.region.name if o.region else None)
            for o in uow.session.scalars(select(Organisation))
        }
        rels = {
            (r.source.name, r.type.name, r.target.name, r.strength, r.valid_from)
            for r in uow.session.scalars(select(Relation))
        }
    return orgs, rels


@pytest.fixture
def empty(request, tmp_path):
    template = request.getfixturevalue("_sqlite_template")
    url = databases.copy_sqlite(template, tmp_path / "leer.sqlite3")
    engine = create_db_engine(url)
    yield url, Services.create(UnitOfWorkFactory(engine))
    engine.dispose()


@pytest.mark.parametrize("suffix", ["gexf", "graphml"])
def test_network_export_round_trips_into_an_empty_database(
    services, uow_factory, db_url, empty, tmp_path, suffix
):
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    ids = {}
    for name, kind, region in NETWORK:
        data = OrganisationData(name=name, type_id=kinds[kind], region_id=regions.get(region))
        ids[name] = services.organisations.create(data).id
    rtypes = {t.name: t.id for t in services.reference.relation_types()}
    for a, t, b, strength in TIES:
        services.relations.save(
            RelationData(ids[a], ids[b], rtypes[t], date(2025, 3, 1), None, strength)
        )
    before = _network(uow_factory)
    out = tmp_path / f"netz.{suffix}"
    assert main(["graph", "--out", str(out), "--db", db_url]) == 0
    url, other = empty
    assert main(["import", str(out), "--db", url]) == 0
    assert _network(other.uow) == before
    # and back once more: nothing new
    assert main(["import", str(out), "--db", url, "--dry-run"]) in (0, 1)
    assert _network(other.uow) == before


def test_gephi_file_with_kinds_districts_and_weights(services, uow_factory, tmp_path):
    path = tmp_path / "gephi.gexf"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<attributes class="node"><attribute id="k" title="Art" type="string"/>
<attribute id="d" title="Landkreis" type="string"/></attributes>
<nodes>
<node id="0" label="IHK Beispiel"><attvalues><attvalue for="k" value="IHK"/>
<attvalue for="d" value="LK Harz"/></attvalues></node>
<node id="1" label="Träger Nord"><attvalues><attvalue for="k" value="Bildungsträger"/>
</attvalues></node>
<node id="2" label="Firma Süd"/>
</nodes><edges>
<edge id="0" source="0" target="1" weight="1.0"/>
<edge id="1" source="2" target="0" label="member of" weight="3"/>
<edge id="2" source="1" target="0" weight="1.0"/>
</edges></graph></gexf>""",
        encoding="utf-8",
    )
    plan = services.relation_importer.plan_graph(read_graph(path))
    assert [r.status for r in plan.rows] == ["new", "new", "duplicate"]
    assert plan.rows[2].duplicate_kind == "reversed"
    services.relation_importer.apply(plan)
    orgs, rels = _network(uow_factory)
    assert orgs == {
        ("IHK Beispiel", "Kammer (IHK)", "Harz"),
        ("Träger Nord", "Weiterbildungsträger", None),
        ("Firma Süd", "Sonstige", None),
    }
    assert {(a, t, b, s) for a, t, b, s, _ in rels} == {
        ("IHK Beispiel", "Kooperation", "Träger Nord", 1),
        ("Firma Süd", "Mitgliedschaft", "IHK Beispiel", 3),
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('<node id="a" label="A"/><node id="a" label="B"/>', '„a“ zweimal'),
        ('<node id="a" label="A"/><node id="b" label="B"/></nodes><edges>'
         '<edge id="e9" source="a" target="c"/></edges><nodes>', "Kante „e9“"),
        ('<node id="a" label="A"/><node id="b" label="A"/></nodes><edges>'
         '<edge id="e1" source="a" target="b"/></edges><nodes>', "zu sich selbst"),
        ('<node id="a" label="A"/><node id="b" label="B"/></nodes><edges>'
         '<edge id="e1" source="a" target="b" weight="0.5"/></edges><nodes>', "Stärke"),
    ],
)  # fmt: skip
def test_bad_graph_files_import_nothing(services, uow_factory, db_url, tmp_path, body, message,
                                        capsys):  # fmt: skip
    path = tmp_path / "schlecht.gexf"
    path.write_text(
        '<gexf xmlns="http://gexf.net/1.3"><graph><nodes>' + body + "</nodes></graph></gexf>",
        encoding="utf-8",
    )
    code = main(["import", str(path), "--db", db_url])
    captured = capsys.readouterr()
    assert code in (1, 2)
    assert message in captured.out + captured.err
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Relation)) == 0


def test_bomb_refused_by_the_cli(db_url, uow_factory, tmp_path, capsys):
    path = tmp_path / "bombe.graphml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        '<graphml><graph><node id="1"><data key="n">&b;</data></node></graph></graphml>',
        encoding="utf-8",
    )
    assert main(["import", str(path), "--db", db_url]) == 2
    assert "XML-Bombe" in capsys.readouterr().err
    with pytest.raises(ImportFileError):
        read_graph(path)
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 0
