"""Relations in the network read from the selected organisation's side."""

from __future__ import annotations

from wba_desktop.network.graph import EdgeRelation, edge_labels_from

FIRM, CHAMBER, AGENCY = 1, 2, 3


def membership(source, target):
    return EdgeRelation(7, source, target, 2, None, None, 4, "Mitgliedschaft",
                        "ist Mitglied von", True, "hat als Mitglied")  # fmt: skip


def cooperation(source, target):
    return EdgeRelation(8, source, target, 3, None, None, 5, "Kooperation",
                        "kooperiert mit", False, None)  # fmt: skip


def test_directed_relation_from_the_source_and_from_the_target():
    r = membership(FIRM, CHAMBER)
    assert r.label_from(FIRM) == "ist Mitglied von"
    assert r.label_from(CHAMBER) == "hat als Mitglied"
    # the other way round: the chamber is the member (of the agency's network, say)
    r = membership(CHAMBER, AGENCY)
    assert r.label_from(CHAMBER) == "ist Mitglied von"
    assert r.label_from(AGENCY) == "hat als Mitglied"


def test_symmetric_relation_has_the_one_label_from_both_sides():
    r = cooperation(CHAMBER, AGENCY)
    assert r.label_from(CHAMBER) == r.label_from(AGENCY) == "kooperiert mit"


def test_a_directed_type_without_a_reverse_label_keeps_its_label():
    r = EdgeRelation(9, FIRM, CHAMBER, 1, None, None, 6, "Förderung", "fördert", True, None)
    assert r.label_from(CHAMBER) == "fördert"


def test_edge_labels_per_side_keep_ties_from_elsewhere():
    edge = {
        "relations": [membership(FIRM, CHAMBER), cooperation(CHAMBER, FIRM)],
        "labels": ["ist Mitglied von", "kooperiert mit", "Verbund WASA"],
    }
    assert edge_labels_from(edge, CHAMBER) == ["hat als Mitglied", "kooperiert mit", "Verbund WASA"]
    assert edge_labels_from(edge, FIRM) == ["ist Mitglied von", "kooperiert mit", "Verbund WASA"]
    assert edge_labels_from({"relations": [], "labels": ["Verbund X"]}, FIRM) == ["Verbund X"]
