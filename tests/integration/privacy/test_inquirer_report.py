"""A private inquirer under the data-protection features: the access report lists their
inquiries (with their own description), the referrals and the referral e-mails'
disclosures; the erasure clears the inquiries' free texts and keeps what the
statistics need."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from tests.integration.privacy import inquirers as lq
from tests.integration.services.privacy_support import all_text
from wba_desktop.models import AuditEntry, Disclosure, Person
from wba_desktop.models.lotsen import Inquiry, InquiryChange, Referral

NEED = "Nach Bandscheibenvorfall neue Tätigkeit gesucht"


@pytest.fixture
def case(services) -> dict[str, int]:
    """Ida Ratlos asked twice; the first inquiry was referred to two partners (one
    declined, one e-mail logged) and closed, the second is open."""
    pid = lq.inquirer(services, "Ida", "Ratlos", email="ida.ratlos@example.org")
    first = lq.inquiry(
        services,
        pid,
        status=lq.CLOSED,
        received_on=date(2025, 2, 3),
        closed_on=date(2025, 3, 14),
        description=NEED,
        outcome="Beratung erfolgt",
    )
    second = lq.inquiry(services, pid, received_on=date(2025, 6, 2), topic="Umschulung")
    school = lq.partner(services, "Bildungswerk Aschersleben")
    chamber = lq.partner(services, "Kammer Probeland")
    lq.refer(services, first, school, mail=f"Anfrage Nr. {first}: Ida Ratlos, {NEED}")
    lq.refer(services, first, chamber, reason="Frau Ratlos passt nicht ins Programm")
    with services.uow() as uow:  # a later change of the inquiry: another audit entry
        uow.session.get(Inquiry, second).urgency = "eilig"
        uow.commit()
    return {"person": pid, "first": first, "second": second, "school": school}


def test_access_report_of_an_inquirer(services, case, tmp_path):
    report = services.access_reports.report(case["person"], today=date(2025, 7, 1))
    titles = [s.title for s in report.sections]
    assert titles.index("Anfragen") < titles.index("Vermittlungen") < titles.index("Empfänger")
    inquiries = report.section("Anfragen").rows
    # newest first, by the number the inquirer was told („A-2025-0002“)
    numbers = [f"A-2025-{case[k]:04d}" for k in ("second", "first")]
    assert [r[0] for r in inquiries] == numbers
    first = inquiries[1]
    assert first[1] == date(2025, 2, 3) and first[5] == "Weiterbildungsberatung"
    assert first[7] == NEED and first[9] == "abgeschlossen" and first[10] == "Beratung erfolgt"
    assert first[11] == date(2025, 3, 14) and "abgeschlossen 14.03.2025" in first[12]
    assert inquiries[0][5] == "Umschulung" and inquiries[0][9] == "neu"
    referrals = report.section("Vermittlungen").rows
    assert {(r[0], r[1]) for r in referrals} == {
        (numbers[1], "Bildungswerk Aschersleben"),
        (numbers[1], "Kammer Probeland"),
    }
    declined = [r for r in referrals if r[1] == "Kammer Probeland"][0]
    assert declined[3] == "abgelehnt" and declined[5] == "Frau Ratlos passt nicht ins Programm"
    given = report.section("Empfänger").rows
    assert [(r[1], r[3]) for r in given] == [("Weitervermittlung", "info@bildungswerk.example")]
    changes = report.section("Änderungsprotokoll").rows
    assert any(r[2] == "Anfrage" for r in changes)
    text = all_text(report)
    assert "Lotsenangebot" in text and "6 Monate nach dem Abschluss" in text
    services.settings.set("lotsen_anonymise_months", 12)
    again = all_text(services.access_reports.report(case["person"]))
    assert "12 Monate nach dem Abschluss" in again
    # the file: a sheet per section, the description in it
    written = services.access_reports.write(case["person"], tmp_path / "auskunft.xlsx")
    book = openpyxl.load_workbook(written)
    assert "Anfragen" in book.sheetnames and "Vermittlungen" in book.sheetnames
    cells = [c.value for row in book["Anfragen"].iter_rows() for c in row]
    assert NEED in cells


def test_directory_contact_report_has_no_inquiry_sections(services, case):
    from wba_desktop.services.directory.people import PersonData

    other = services.people.create(PersonData(first_name="Otto", last_name="Normal")).id
    titles = [s.title for s in services.access_reports.report(other).sections]
    assert "Anfragen" not in titles and "Vermittlungen" not in titles


def test_erasure_clears_the_inquiries_free_texts(services, case):
    preview = services.erasure.preview(case["person"])
    assert "2 Anfragen (Beschreibungen)" in preview.message
    services.erasure.anonymise(case["person"])
    with services.uow() as uow:
        s = uow.session
        p = s.get(Person, case["person"])
        assert p.anonymised_on is not None and p.email == "" and p.inquirer
        first = s.get(Inquiry, case["first"])
        assert first.description == "[gelöscht]"
        # kept for the statistics
        assert (first.received_on, first.closed_on) == (date(2025, 2, 3), date(2025, 3, 14))
        assert (first.status, first.outcome) == ("abgeschlossen", "Beratung erfolgt")
        assert [t.name for t in first.topics] == ["Weiterbildungsberatung"]
        assert first.region_id is not None and first.person_id == case["person"]
        assert s.get(Inquiry, case["second"]).description == ""  # empty stays empty
        notes = s.scalars(
            select(InquiryChange.note).where(InquiryChange.inquiry_id == case["first"])
        ).all()
        assert notes and all(n == "" for n in notes)
        referrals = s.scalars(select(Referral).where(Referral.inquiry_id == case["first"])).all()
        assert len(referrals) == 2 and all(r.answer_reason == "" for r in referrals)
        assert {r.answer for r in referrals} == {"offen", "abgelehnt"}
        what = s.scalars(select(Disclosure.what)).all()
        assert what and all("Ratlos" not in w for w in what)
        log = s.scalars(select(AuditEntry)).all()
        dumped = json.dumps([(a.record_label, a.changes) for a in log], ensure_ascii=False)
        assert "Ratlos" not in dumped and "Bandscheibe" not in dumped
        assert "passt nicht" not in dumped
    assert services.erasure.ledger_ids() == [case["person"]]
    report = services.access_reports.find_people("ida.ratlos@example.org")
    assert report == []  # nothing left to report
