"""The demo's coverage in the network analysis: chambers, agencies and state-wide
institutions are responsible beyond their seat, so the gap table no longer reports a
missing chamber where one is responsible, and gap-closing introductions come first."""

from __future__ import annotations

from wba_desktop.demo.coverage import CHAMBERS
from wba_desktop.demo.directory_catalogue import DISTRICTS

#: the real chamber districts of Sachsen-Anhalt
NORTH = {"Magdeburg", "Altmarkkreis Salzwedel", "Stendal", "Börde", "Jerichower Land", "Harz",
         "Salzlandkreis"}  # fmt: skip
SOUTH = {"Halle (Saale)", "Dessau-Roßlau", "Anhalt-Bitterfeld", "Wittenberg", "Burgenlandkreis",
         "Mansfeld-Südharz", "Saalekreis"}  # fmt: skip


def _id(services, name: str) -> int:
    return services.network.find_organisation(name)


def test_demo_chambers_cover_their_real_districts(services, demo):
    regions = {r.id: r.name for r in services.reference.regions()}
    for name, expected in (
        ("IHK Magdeburg", NORTH),
        ("IHK Halle-Dessau", SOUTH),
        ("HWK Magdeburg", NORTH),
        ("HWK Halle", SOUTH),
    ):
        covered = {regions[i] for i in services.coverage.of(_id(services, name))}
        assert covered == expected, name
    ministry = _id(services, "Ministerium für Bildung")
    assert len(services.coverage.of(ministry)) == 14
    assert services.organisations.get(ministry).coverage_label == "ganz Sachsen-Anhalt"
    assert set(CHAMBERS) == {d.chamber for d in DISTRICTS.values()}


def test_demo_gaps_count_the_chambers_by_coverage(services, demo):
    result = services.network.graph()
    table = services.network.gaps(result)
    assert len(table.rows) == 14
    for row in table.rows:
        cell = table.cell(row.group, "Kammer")
        assert cell.status == "vorhanden", (row.group, cell.text)
        if not cell.present:
            chamber = "IHK Magdeburg" if row.group in NORTH else "IHK Halle-Dessau"
            assert cell.via_coverage and chamber in cell.text, (row.group, cell.text)
            assert cell.text.startswith("vorhanden über Zuständigkeit: ")
        assert "Kammer: fehlt" not in table.gaps_of(row.group)
    by_region = services.network.gaps(result, by="wba_region")
    assert all(by_region.cell(r.group, "Kammer").status == "vorhanden" for r in by_region.rows)


def test_demo_suggestions_close_gaps_first(services, demo):
    result = services.network.graph()
    found = services.network.suggestions(result, top=10)
    closing = [s for s in found if s.closes_gap]
    assert closing, [s.reason for s in found]
    assert found[: len(closing)] == closing  # gap-closing pairs come first
    for s in closing:
        assert s.reason.startswith("schließt Lücke: ")
        assert f"ist für {s.closes_gap} zuständig" in s.reason
        assert result.graph.nodes[s.b]["district"] == s.closes_gap
        ties = {result.graph.nodes[n]["district"] for n in result.graph[s.a]}
        assert s.closes_gap not in ties  # the coverer had no tie there
