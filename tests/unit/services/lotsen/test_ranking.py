"""The matching's ranking on small fixed candidate records (no database): every part of
the score moves the order the way the Lotse expects, and the reasons say why."""

from __future__ import annotations

import dataclasses

from wba_desktop.services.lotsen import ranking
from wba_desktop.services.lotsen.ranking import Candidate, Offered, Request, rank, reasons, score

QCG = "Förderberatung Qualifizierungschancengesetz"
ADVICE = "Weiterbildungsberatung"
HARZ = Request(district="Harz", topics=(QCG,), inquirer_kind="Unternehmen", kmu=True)


def _cand(oid, name, *, covers=True, groups=("Unternehmen", "KMU"), **kw) -> Candidate:
    defaults = dict(
        kind="Weiterbildungsträger", district="Harz" if covers else "Magdeburg", by_seat=covers
    )
    defaults.update(kw)
    offers = defaults.pop("offers", None) or (Offered(QCG, groups, covers),)
    return Candidate(oid, name, offers=offers, **defaults)


def test_covering_partner_ranks_above_a_non_covering_one_and_says_why():
    far = _cand(1, "Aaa Bildung Magdeburg", covers=False)
    near = _cand(2, "Zzz Bildung Harz", covers=True)
    matches = rank([far, near], HARZ)
    assert [m.organisation_id for m in matches] == [2, 1]
    assert matches[0].score - matches[1].score == ranking.COVER
    assert matches[0].reasons[:2] == (f"bietet {QCG} für Unternehmen und KMU", "Sitz in Harz")
    assert "nicht zuständig für Harz (Sitz in Magdeburg)" in matches[1].reasons


def test_coverage_beyond_the_seat_and_offer_districts_say_zustaendig():
    chamber = _cand(3, "IHK Test", by_seat=False, kind="Kammer (IHK)", district="Magdeburg")
    text = reasons(chamber, HARZ)
    assert "zuständig für Harz" in text
    assert "als Kammer (IHK) eine erste Adresse für Unternehmen" in text
    own = _cand(4, "Träger", offers=(Offered(QCG, (), True, own_districts=True),))
    assert "zuständig für Harz" in reasons(own, HARZ)  # seated there, but by its own list


def test_more_of_the_topics_rank_higher():
    request = dataclasses.replace(HARZ, topics=(QCG, ADVICE))
    one = _cand(1, "A", offers=(Offered(QCG, (), True),))
    both = _cand(2, "B", offers=(Offered(QCG, (), True), Offered(ADVICE, (), True)))
    assert [m.organisation_id for m in rank([one, both], request)] == [2, 1]
    assert score(both, request) - score(one, request) == ranking.TOPIC / 2
    assert reasons(both, request)[0] == f"bietet {QCG} und {ADVICE}"


def test_target_group_mismatch_lowers_and_is_named():
    fits = _cand(1, "Zzz fits", groups=("KMU",))
    everyone = _cand(2, "Mmm everyone", groups=())
    other = _cand(3, "Aaa other", groups=("Arbeitsuchende",))
    order = [m.organisation_id for m in rank([other, everyone, fits], HARZ)]
    assert order == [1, 2, 3]
    assert reasons(other, HARZ)[0] == f"bietet {QCG} (nur für Arbeitsuchende)"
    assert reasons(fits, HARZ)[0] == f"bietet {QCG} für KMU"
    # a company of unknown size: an offer „für KMU“ fits half; a large company: not at all
    unknown = dataclasses.replace(HARZ, kmu=None)
    large = dataclasses.replace(HARZ, kmu=False)
    assert score(fits, unknown) == score(everyone, unknown)
    assert score(fits, large) == score(other, large)


def test_groups_of_each_inquirer_kind():
    assert Request("Harz", (QCG,), "Beschäftigte/r").groups == {"Beschäftigte"}
    assert Request("Harz", (QCG,), "Arbeitsuchende/r").groups == {"Arbeitsuchende"}
    assert Request("Harz", (QCG,), "Unternehmen", kmu=True).groups == {"Unternehmen", "KMU"}
    assert Request("Harz", (QCG,), "Unternehmen", kmu=False).groups == {"Unternehmen"}


def test_kind_weight_is_small_and_depends_on_who_asks():
    agency = _cand(1, "Zzz Agentur", kind="Agentur für Arbeit", groups=())
    union = _cand(2, "Aaa Gewerkschaft", kind="Gewerkschaft", groups=())
    employee = dataclasses.replace(HARZ, inquirer_kind="Beschäftigte/r", kmu=None)
    assert [m.organisation_id for m in rank([union, agency], employee)] == [1, 2]
    assert score(agency, employee) - score(union, employee) == 1
    chamber = _cand(3, "Kammer", kind="Kammer (HWK)", groups=())
    assert score(chamber, HARZ) - score(union, HARZ) == 5
    assert max(max(w.values()) for w in ranking.KIND_WEIGHTS.values()) <= 5


def test_past_outcomes_change_the_ranking():
    good = _cand(1, "Zzz good", finished=5, successes=4)
    poor = _cand(2, "Mmm poor", finished=4, successes=0)
    new = _cand(3, "Aaa new")
    assert [m.organisation_id for m in rank([new, poor, good], HARZ)] == [1, 3, 2]
    assert "4 von 5 Vermittlungen zu diesem Thema erfolgreich" in reasons(good, HARZ)
    two_topics = dataclasses.replace(HARZ, topics=(QCG, ADVICE))
    assert "0 von 4 Vermittlungen zu diesen Themen erfolgreich" in reasons(poor, two_topics)
    one = _cand(4, "X", finished=1, successes=1)
    assert "1 von 1 Vermittlung zu diesem Thema erfolgreich" in reasons(one, HARZ)
    assert 0 < ranking.history_points(1, 1) < ranking.history_points(5, 4) <= ranking.HISTORY


def test_acquaintance_counts_relation_and_recent_contacts():
    known = _cand(1, "Zzz known", relation="Kooperation", contacts=3)
    stranger = _cand(2, "Aaa stranger")
    matches = rank([stranger, known], HARZ)
    assert [m.organisation_id for m in matches] == [1, 2]
    assert matches[0].score - matches[1].score == ranking.RELATION + 3 * ranking.CONTACT
    assert (
        "bekannter Partner: im Netzwerk mit uns verbunden (Kooperation), "
        "3 Kontakte in den letzten 12 Monaten"
    ) in matches[0].reasons
    many = _cand(3, "many", contacts=1234)
    assert score(many, HARZ) - score(stranger, HARZ) == ranking.CONTACTS_CAP
    assert "bekannter Partner: 1.234 Kontakte in den letzten 12 Monaten" in reasons(many, HARZ)


def test_network_step_ranks_between_covering_and_unreachable():
    via = _cand(
        1, "Zzz Träger Halle", covers=False, via_id=9,
        via_name="Kreishandwerkerschaft Harz", via_how="Sitz in Harz",
    )  # fmt: skip
    plain = _cand(2, "Aaa Träger Halle", covers=False)
    near = _cand(3, "Mmm Träger Harz", covers=True)
    matches = rank([plain, via, near], HARZ)
    assert [m.organisation_id for m in matches] == [3, 1, 2]
    assert matches[1].via_id == 9 and matches[1].via_name == "Kreishandwerkerschaft Harz"
    assert "über Kreishandwerkerschaft Harz (Sitz in Harz) erreichbar" in matches[1].reasons
    assert matches[2].via_id is None and not any("über" in r for r in matches[2].reasons)


def test_order_is_deterministic_and_limited():
    same = [_cand(i, name) for i, name in enumerate(["Öko", "Abc", "abd", "Zeta"], 1)]
    first = [m.name for m in rank(same, HARZ)]
    assert first == ["Abc", "abd", "Öko", "Zeta"]  # folded names: Ö sorts with O
    assert [m.name for m in rank(reversed(same), HARZ)] == first
    assert len(rank(same, HARZ, limit=2)) == 2
    assert rank([], HARZ) == []


def test_contact_person_and_district_pass_through():
    c = _cand(1, "A", contact_person_id=7, contact_name="Erika Beispiel")
    (m,) = rank([c], HARZ)
    assert (m.contact_person_id, m.contact_name, m.district, m.kind) == (
        7, "Erika Beispiel", "Harz", "Weiterbildungsträger",
    )  # fmt: skip


def test_scorer_points_equal_the_score_of_the_record():
    c = _cand(
        1, "A", covers=False, finished=3, successes=2, relation="Förderung", contacts=2,
        via_id=4, via_name="B", kind="Kammer (IHK)",
    )  # fmt: skip
    scorer = ranking.Scorer(HARZ)
    assert (
        scorer(c)
        == score(c, HARZ)
        == scorer.points(
            c.offers, c.kind, c.via_id, c.finished, c.successes, c.relation, c.contacts
        )
    )
    expected = ranking.TOPIC + ranking.GROUP + ranking.VIA + 5 + ranking.history_points(3, 2)
    assert score(c, HARZ) == round(expected + ranking.RELATION + 2 * ranking.CONTACT, 2)


def test_reasons_read_in_english():
    from wba_desktop import i18n

    with i18n.speaking("en"):
        via = _cand(
            1, "Zzz Träger Halle", covers=False, via_id=9,
            via_name="Kreishandwerkerschaft Harz", via_how="seat in Harz",
            relation="Kooperation", contacts=3, finished=5, successes=4,
        )  # fmt: skip
        text = reasons(via, HARZ)
    assert text[0] == f"offers {QCG} for Company and SME"
    assert "not responsible for Harz (seat in Magdeburg)" in text
    assert "reachable through Kreishandwerkerschaft Harz (seat in Harz)" in text
    assert "4 of 5 referrals on this topic successful" in text, text
    with i18n.speaking("en"):
        chamber = reasons(_cand(2, "Kammer Quellbach", kind="Kammer (IHK)"), HARZ)
    assert "as Chamber of commerce (IHK) a first address for companies" in chamber
    assert (
        "known partner: connected with us in the network (Cooperation), "
        "3 contacts in the last 12 months"
    ) in text
    assert not any(w in " ".join(text) for w in ("zuständig", "über", "bietet", "erfolgreich"))
