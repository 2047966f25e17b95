"""The Lotsen report counts what the fixture (conftest.py) holds, counted by hand; the
workbook for the ministry holds the same numbers, as values, without formulas."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from wba_desktop.charts.lotsen import GID_MONTH, GID_TOPIC, report_figure, save_report_chart
from wba_desktop.errors import ValidationError

FROM, TO = date(2026, 1, 1), date(2026, 3, 31)


def rows(report_rows) -> dict[str, tuple[int, int]]:
    return {r.label: (r.inquiries, r.referrals) for r in report_rows}


def test_counts_equal_the_hand_counted_fixture(services, lotsen):
    r = services.lotsen_report.report(FROM, TO)
    assert (r.inquiries, r.referrals, r.referred_inquiries) == (5, 4, 3)
    months = {m.month: (m.inquiries, m.referrals) for m in r.by_month}
    assert months == {date(2026, 1, 1): (2, 3), date(2026, 2, 1): (2, 1), date(2026, 3, 1): (1, 0)}
    jan = r.by_month[0].by_status
    assert jan["abgeschlossen"] == 1 and jan["vermittelt"] == 1 and jan["neu"] == 0
    assert r.by_month[1].by_status["abgebrochen"] == 1
    a, b, c = (lotsen.topics[k] for k in "ABC")
    assert rows(r.by_topic) == {a: (2, 2), b: (2, 2), c: (2, 2)}
    districts = rows(r.by_district)
    assert len(districts) == 14
    assert districts["Magdeburg"] == (2, 3)
    assert districts["Harz"] == (2, 1)
    assert districts["Halle (Saale)"] == (1, 0)
    assert districts["Stendal"] == (0, 0)
    assert rows(r.by_wba_region) == {"Nord": (2, 3), "Ost": (0, 0), "Süd": (1, 0), "West": (2, 1)}
    assert rows(r.by_channel) == {
        "Telefon": (2, 2), "E-Mail": (1, 1), "Veranstaltung": (1, 0), "Partner": (1, 1)
    }  # fmt: skip
    outcomes = rows(r.by_outcome)
    assert outcomes["Weiterbildung begonnen"] == (1, 1)
    assert outcomes["nicht erreichbar"] == (1, 1)
    assert outcomes["abgebrochen"] == (1, 0)
    assert outcomes["noch offen"] == (2, 0)
    assert outcomes["noch kein Ergebnis"] == (0, 2)
    assert outcomes["Förderung bewilligt"] == (0, 0)
    assert {s.label: s.inquiries for s in r.by_status} == {
        "neu": 1, "in Klärung": 0, "vermittelt": 1, "abgeschlossen": 2, "abgebrochen": 1
    }  # fmt: skip


def test_partners_and_success_rate(services, lotsen):
    r = services.lotsen_report.report(FROM, TO)
    by_id = {p.organisation_id: p for p in r.partners}
    p1, p2 = by_id[lotsen.partners["P1"]], by_id[lotsen.partners["P2"]]
    # I0's referral to P1 is outside the period
    assert (p1.referrals, p1.accepted, p1.declined, p1.with_outcome, p1.successes) == (
        2, 1, 0, 1, 1
    )  # fmt: skip
    assert p1.success_rate == 1.0
    assert (p2.referrals, p2.accepted, p2.declined, p2.with_outcome, p2.successes) == (
        2, 1, 1, 1, 0
    )  # fmt: skip
    assert p2.success_rate == 0.0
    assert p1.name == "Bildungswerk Elbaue" and p2.district == "Harz"
    assert [p.organisation_id for p in r.partners][0] == lotsen.partners["P1"]


def test_medians(services, lotsen):
    r = services.lotsen_report.report(FROM, TO)
    # first referral: I1 after 2 days, I2 after 10, I4 after 1 -> 2
    assert r.median_days_to_referral == 2.0
    # outcome: I1 after 30 days, I4 after 14 (I3 was cancelled: no outcome) -> 22
    assert r.median_days_to_outcome == 22.0


def test_filters_narrow_the_report(services, lotsen):
    nord = services.lotsen_report.report(FROM, TO, wba_region="Nord")
    assert (nord.inquiries, nord.referrals) == (2, 3)
    assert nord.filters == ("WBA-Region: Nord",)
    assert [row.label for row in nord.by_wba_region] == ["Nord"]
    harz = services.lotsen_report.report(FROM, TO, region_id=lotsen.regions["Harz"])
    assert (harz.inquiries, harz.referrals) == (2, 1)
    assert harz.median_days_to_referral == 10.0 and harz.median_days_to_outcome is None
    wide = services.lotsen_report.report(date(2025, 12, 1), TO)
    assert (wide.inquiries, wide.referrals) == (6, 5)


def test_bad_filters_are_refused_in_german(services, lotsen):
    with pytest.raises(ValidationError) as exc:
        services.lotsen_report.report(TO, FROM)
    assert "date_from" in exc.value.errors and "vor „bis“" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        services.lotsen_report.report(FROM, TO, wba_region="Mitte")
    assert "Unbekannte WBA-Region „Mitte“" in exc.value.errors["wba_region"]


def test_xlsx_round_trip(services, lotsen, tmp_path):
    path = services.lotsen_report.write_xlsx(tmp_path / "anfragen.xlsx", FROM, TO)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Übersicht", "Nach Monat", "Nach Thema", "Nach Landkreis", "Nach WBA-Region",
        "Nach Eingang", "Nach Ergebnis", "Partner",
    ]  # fmt: skip
    overview = {
        row[0]: row[1] for row in wb["Übersicht"].iter_rows(min_row=2, values_only=True) if row[0]
    }
    assert overview["Zeitraum"] == "01.01.2026 – 31.03.2026"
    assert overview["Anfragen"] == 5 and overview["Vermittlungen"] == 4
    assert overview["Median Tage bis zur ersten Vermittlung"] == 2
    assert overview["Median Tage bis zum Ergebnis"] == 22
    assert overview["Filter"].startswith("keine")
    month = list(wb["Nach Monat"].iter_rows(min_row=1, max_row=4, values_only=True))
    assert month[0][:3] == ("Monat", "Anfragen", "Vermittlungen")
    assert [row[1:3] for row in month[1:]] == [(2, 3), (2, 1), (1, 0)]
    districts = {
        row[0]: row[1:3] for row in wb["Nach Landkreis"].iter_rows(min_row=2, values_only=True)
    }
    assert districts["Magdeburg"] == (2, 3) and districts["Harz"] == (2, 1)
    channels = {r[0]: r[1:3] for r in wb["Nach Eingang"].iter_rows(min_row=2, values_only=True)}
    assert channels["Telefon"] == (2, 2)
    partners = list(wb["Partner"].iter_rows(min_row=1, values_only=True))
    assert partners[0][0] == "Partner" and partners[0][-1] == "Erfolgsquote"
    assert partners[1][0] == "Bildungswerk Elbaue" and partners[1][3:] == (2, 1, 0, 1, 1, 1.0)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula in {ws.title}!{cell.coordinate}"
    assert wb["Nach Thema"]["A1"].font.name == "Calibri"
    assert wb["Partner"].page_setup.paperSize == "9" or wb["Partner"].page_setup.paperSize == 9


def test_no_private_names_in_the_workbook(services, lotsen, tmp_path, uow_factory):
    from wba_desktop.models import Person
    from wba_desktop.models.lotsen import Inquiry

    with uow_factory() as uow:
        p = Person(first_name="Rosalind", last_name="Quendelhain", inquirer=True)
        uow.session.add(p)
        uow.session.flush()
        uow.session.get(Inquiry, lotsen.inquiries["I5"]).person_id = p.id
        uow.commit()
    path = services.lotsen_report.write_xlsx(tmp_path / "a.xlsx", FROM, TO)
    wb = openpyxl.load_workbook(path)
    text = " ".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
    )
    assert "Quendelhain" not in text and "Rosalind" not in text


def test_chart_draws_months_by_status_and_topics(services, lotsen, tmp_path):
    r = services.lotsen_report.report(FROM, TO)
    fig = report_figure(r)
    gids = [a.get_gid() or "" for ax in fig.axes for a in ax.patches]
    assert gids.count(f"{GID_MONTH}:abgeschlossen") == 3  # one bar per month
    heights = {
        a.get_gid(): a.get_width() for ax in fig.axes for a in ax.patches
        if (a.get_gid() or "").startswith(GID_TOPIC)
    }  # fmt: skip
    assert heights == {f"{GID_TOPIC}:{name}": 2 for name in lotsen.topics.values()}
    for ending in ("png", "svg", "pdf"):
        out = save_report_chart(r, tmp_path / f"anfragen.{ending}")
        assert out.stat().st_size > 1000
