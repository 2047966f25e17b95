"""Exporting a view: a self-contained HTML page (parses, names escaped, no external
address, reasonable size for 20,000 organisations) and a picture cut to the view;
people only with their consent to network maps, and logged as a disclosure."""

from __future__ import annotations

import json
import time
from datetime import date
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from tests.integration.network.test_graph import build_network
from wba_desktop.errors import ServiceError
from wba_desktop.models import Disclosure, disclosure_person
from wba_desktop.network import layout as lay
from wba_desktop.network.html_export import page_data, render_page, write_html
from wba_desktop.network.synthetic import random_network
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.privacy.consents import GRANTED, ConsentInput
from wba_desktop.services.privacy.facts import PrivacyFacts
from wba_desktop.vocab import NETWORK_MAPS

EVIL = 'Böse </script><img src=x onerror="alert(1)"> & Co <!--'


class Page(HTMLParser):
    """Tags, attributes and script contents of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def assert_self_contained(text: str, page: Page) -> None:
    assert text.startswith("<!DOCTYPE html>")
    assert [t for t, _a in page.tags if t in ("img", "iframe", "link", "object", "embed")] == []
    for _tag, attrs in page.tags:
        assert "src" not in attrs and "href" not in attrs
        assert not any(k.startswith("on") for k in attrs)  # no inline handlers at all
    code = page.scripts[1]
    assert "http" not in code and "fetch(" not in code and "XMLHttpRequest" not in code


@pytest.fixture
def net(services) -> dict[str, int]:
    ids = build_network(services)
    kind = next(t.id for t in services.reference.organisation_types() if t.name == "Unternehmen")
    ids["evil"] = services.organisations.create(OrganisationData(name=EVIL, type_id=kind)).id
    rel = {t.name: t.id for t in services.reference.relation_types()}
    services.relations.save(RelationData(ids["evil"], ids["ihk"], rel["Kooperation"]))
    return ids


def test_html_page_of_a_view_is_self_contained_and_escaped(services, net, tmp_path):
    settings = {"panel": {"size_by": "degree"}, "view_rect": [-1.0, -1.0, 1.0, 1.0]}
    done = services.network.export_view(settings, tmp_path / "netz.html", name="Kammern <b>")
    text = done.path.read_text(encoding="utf-8")
    page = parse(text)
    assert_self_contained(text, page)
    assert "</script><img" not in text and "<b>" not in text
    assert "<title>Kammern &lt;b&gt;</title>" in text
    assert [t for t, _a in page.tags].count("script") == 2  # the data and the viewer
    data = json.loads(page.scripts[0])
    assert EVIL in data["n"] and "IHK Elbaue" in data["n"]
    assert len(data["x"]) == done.organisations == 7 and len(data["e"]) == 2 * 5
    assert data["rect"] == [-1.0, -1.0, 1.0, 1.0]
    assert "Kammer (IHK)" in data["kinds"] and all(c.startswith("#") for c in data["colours"])
    assert done.people == 0 and done.disclosure_id is None
    with pytest.raises(ServiceError, match="html"):
        services.network.export_view(settings, tmp_path / "netz.docx")


def test_pictures_of_a_view_show_its_filter_and_zoom(services, net, tmp_path):
    kammer = next(t.id for t in services.reference.organisation_types() if t.name == "Kammer (IHK)")
    settings = {"panel": {"kinds": [kammer], "colour_by": "district"}}
    png = services.network.export_view(settings, tmp_path / "kammern.png")
    assert png.organisations == 1 and png.path.read_bytes()[:4] == b"\x89PNG"
    wide = services.network.export_view({"panel": {}}, tmp_path / "alle.svg")
    zoomed = services.network.export_view(
        {"panel": {}, "view_rect": [50.0, 50.0, 51.0, 51.0]}, tmp_path / "leer.svg"
    )
    assert "IHK Elbaue" in wide.path.read_text(encoding="utf-8")
    assert "IHK Elbaue" not in zoomed.path.read_text(encoding="utf-8")  # outside the view
    pdf = services.network.export_view({"panel": {}}, tmp_path / "netz.pdf")
    assert pdf.path.read_bytes()[:4] == b"%PDF"


def test_people_appear_only_with_consent_and_are_logged(services, uow_factory, net, tmp_path):
    folk = {}
    for first in ("Greta", "Hanno"):
        pid = services.people.create(PersonData(first_name=first, last_name="Probemann")).id
        services.privacy_facts.save(pid, PrivacyFacts(legal_basis="Einwilligung"))
        services.affiliations.save(AffiliationData(person_id=pid, organisation_id=net["ihk"]))
        folk[first] = pid
    services.consents.record(
        folk["Greta"], ConsentInput(NETWORK_MAPS, GRANTED, date(2025, 1, 2))
    )  # Hanno gave no consent to be shown in network maps
    settings = {"panel": {"include_people": True}}
    page = services.network.export_view(settings, tmp_path / "mit_personen.html")
    names = json.loads(parse(page.path.read_text(encoding="utf-8")).scripts[0])["n"]
    assert "Greta Probemann" in names and not any("Hanno" in n for n in names)
    assert page.people == 1 and page.disclosure_id is not None
    picture = services.network.export_view(settings, tmp_path / "mit_personen.png")
    assert picture.people == 1 and picture.disclosure_id is not None
    with uow_factory() as uow:
        row = uow.session.get(Disclosure, page.disclosure_id)
        assert row.recipient == "Datei: mit_personen.html" and row.purpose == NETWORK_MAPS
        assert "HTML-Seite" in row.what
        logged = uow.session.scalars(
            select(disclosure_person.c.person_id).where(
                disclosure_person.c.disclosure_id.in_([page.disclosure_id, picture.disclosure_id])
            )
        ).all()
    assert logged == [folk["Greta"], folk["Greta"]]
    without = services.network.export_view({"panel": {}}, tmp_path / "ohne.html")
    assert without.people == 0 and without.disclosure_id is None


def test_a_page_for_20000_organisations_stays_small_and_quick(tmp_path):
    graph = random_network(20_000, 55_000, seed=3)
    positions = lay.force_layout(graph, iterations=5)
    start = time.perf_counter()
    path = write_html(graph, positions, tmp_path / "gross.html", title="Land")
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    print(f"HTML for 20,000 organisations: {size / 1e6:.2f} MB in {seconds:.2f} s")
    assert size < 4_000_000 and seconds < 10
    data = json.loads(parse(path.read_text(encoding="utf-8")).scripts[0])
    assert len(data["x"]) == 20_000 and len(data["e"]) == 2 * graph.number_of_edges()


def test_script_json_cannot_leave_its_script_element():
    data = page_data(_one_node_graph("x</SCRIPT ><script>alert(1)</script>\u2028"), {1: (0.0, 0.0)})
    text = render_page(data, "t")
    assert text.lower().count("</script") == 2  # only the two real closing tags
    assert "\u2028" not in text and "url(" not in text  # colours only as #rrggbb
    page = parse(text)
    assert json.loads(page.scripts[0])["n"] == ["x</SCRIPT ><script>alert(1)</script>\u2028"]


def _one_node_graph(name: str):
    import networkx as nx

    g = nx.Graph()
    g.add_node(1, name=name, kind="Art", colour="url(http://example.org/x)", district="")
    return g


NODE_HARNESS = r"""
const fs = require("fs");
const page = fs.readFileSync(process.argv[2], "utf8");
const scripts = [...page.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const arcs = [], strokes = [], els = {}, win = {};
const ctx = new Proxy({ arc: (x, y, r) => arcs.push([x, y, r]), stroke: () => strokes.push(1) },
  { get: (t, k) => (k in t ? t[k] : () => {}), set: () => true });
function el(id) {
  if (!els[id]) els[id] = { id, textContent: "", style: {}, children: [], on: {},
    classList: { add() {}, remove() {} }, clientWidth: 800, clientHeight: 600,
    addEventListener(t, f) { this.on[t] = f; }, appendChild(c) { this.children.push(c); },
    getContext: () => ctx, getBoundingClientRect: () => ({ left: 0, top: 0, width: 800,
      height: 600 }) };
  return els[id];
}
let made = 0;
global.document = { getElementById: el, createElement: () => el("made" + made++) };
global.window = { devicePixelRatio: 1, addEventListener: (t, f) => { win[t] = f; } };
global.requestAnimationFrame = (f) => f();
el("data").textContent = scripts[0];
eval(scripts[1]);
const D = JSON.parse(scripts[0]);
const drawn = arcs.length;
arcs.length = 0;
const target = D.n.indexOf(process.argv[3]);
el("search").on.input({ target: { value: process.argv[3].slice(0, 6).toLowerCase() } });
arcs.length = 0;
el("zfit").onclick();  // everything on screen again: one arc per node, in order
const [x, y] = arcs[target];
win.mousemove({ clientX: x, clientY: y });
el("net").on.wheel({ preventDefault() {}, clientX: x, clientY: y, deltaY: -1 });
console.log(JSON.stringify({ drawn, hits: el("hits").textContent, tip: el("tip").textContent,
  tipShown: el("tip").style.display, legend: el("legend").children.length,
  legendText: el("legend").children.map((li) => li.children[1].textContent) }));
"""


def test_the_viewer_runs_headless_in_node(services, net, tmp_path):
    """The page's script really runs (node with a tiny stand-in for the DOM): it draws
    every organisation, the search counts matches, hover shows name, kind and district
    as text, and the legend lists the kinds."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node nicht installiert")
    done = services.network.export_view({"panel": {}}, tmp_path / "netz.html")
    harness = tmp_path / "harness.js"
    harness.write_text(NODE_HARNESS, encoding="utf-8")
    out = subprocess.run(
        [node, str(harness), str(done.path), EVIL],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    seen = json.loads(out.stdout)
    assert seen["drawn"] == done.organisations == 7
    assert seen["hits"] == "1 Treffer"
    assert seen["tip"] == f"{EVIL}\nUnternehmen" and seen["tipShown"] == "block"
    assert seen["legend"] == 6 and "Unternehmen (2)" in seen["legendText"]
