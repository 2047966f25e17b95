"""Team settings on a real database: our agency's letterhead (from the directory until
edited, checked by field, used by the access report, the referral e-mail and the
calendar organiser) and the default follow-up periods (range-checked, read by the
referral service); the health-check thresholds refused out of range, nothing saved."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from tests.integration.lotsen.desk_setup import TODAY, make_desk
from wba_desktop.errors import ValidationError
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.team_settings import FollowUpDefaults, Letterhead
from wba_desktop.services.verbuende.health import HealthThresholds


def _agency(services) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org_id = services.organisations.create(
        OrganisationData(
            name="Weiterbildungsagentur Ahornland",
            type_id=types["Sonstige"],
            street="Lindenallee 7",
            postcode="06846",
            city="Dessau-Roßlau",
            email="kontakt@wba-ahornland.example",
        )
    ).id
    services.agency.set_own_organisation(org_id)
    return org_id


def test_letterhead_follows_the_directory_until_edited(services):
    assert services.letterhead.letterhead() == Letterhead()
    _agency(services)
    lh = services.letterhead.letterhead()
    assert lh.name == "Weiterbildungsagentur Ahornland"
    assert lh.address_lines() == ["Lindenallee 7", "06846 Dessau-Roßlau"]
    assert services.letterhead.stored() is None
    saved = services.letterhead.set_letterhead(
        Letterhead("", " Postfach 12 34 ", "06842", "Dessau-Roßlau", "", "0340 1234567")
    )
    assert saved.street == "Postfach 12 34" and saved.phone == "+49 340 1234567"
    lh = services.letterhead.letterhead()
    # an empty name is the organisation's; the rest is the stored postal address
    assert lh.name == "Weiterbildungsagentur Ahornland"
    assert lh.one_line() == "Weiterbildungsagentur Ahornland, Postfach 12 34, 06842 Dessau-Roßlau"
    assert lh.email == ""
    services.letterhead.set_letterhead(None)  # back to the directory's
    assert services.letterhead.letterhead().street == "Lindenallee 7"


def test_bad_letterhead_is_refused_by_field_and_nothing_saved(services):
    with pytest.raises(ValidationError) as caught:
        services.letterhead.set_letterhead(
            Letterhead("WBA Test", "Weg 1", "123", "Ort", "kein-at-zeichen", "abc")
        )
    errors = caught.value.errors
    assert errors["postcode"] == "PLZ: „123“ ist keine Postleitzahl aus 5 Ziffern."
    assert errors["email"].startswith("E-Mail: „kein-at-zeichen“")
    assert errors["phone"].startswith("Telefon: „abc“")
    with pytest.raises(ValidationError) as caught:
        services.letterhead.set_letterhead(Letterhead(street="Weg 1"))  # no organisation either
    assert caught.value.errors == {"name": "Name: Bitte den Namen der Agentur angeben."}
    assert services.letterhead.stored() is None


def test_access_report_names_the_agency_with_its_address(services, tmp_path):
    _agency(services)
    services.letterhead.set_letterhead(
        Letterhead("WBA Ahornland", "Postfach 12 34", "06842", "Dessau-Roßlau")
    )
    person = services.people.create(PersonData(last_name="Quendel", first_name="Ilka")).id
    report = services.access_reports.report(person)
    assert report.agency == "WBA Ahornland"
    assert report.agency_address == ["Postfach 12 34", "06842 Dessau-Roßlau"]
    pdf = services.access_reports.write(person, tmp_path / "auskunft.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "WBA Ahornland" in text and "06842 Dessau-Roßlau" in text
    xlsx = services.access_reports.write(person, tmp_path / "auskunft.xlsx")
    book = openpyxl.load_workbook(xlsx)
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "WBA Ahornland, Postfach 12 34, 06842 Dessau-Roßlau" in cells


def test_follow_up_defaults_are_range_checked_and_read_by_referrals(services):
    assert services.follow_up_defaults.defaults() == FollowUpDefaults(14, 14)
    for bad in (0, 366):
        with pytest.raises(ValidationError) as caught:
            services.follow_up_defaults.set_defaults(FollowUpDefaults(bad, 21))
        assert caught.value.errors == {
            "activity_days": "Wiedervorlage nach einem Kontakt: Bitte 1 bis 365 Tage wählen."
        }
    assert services.follow_up_defaults.defaults() == FollowUpDefaults(14, 14)
    services.follow_up_defaults.set_defaults(FollowUpDefaults(10, 21))
    assert services.follow_up_defaults.defaults() == FollowUpDefaults(10, 21)

    desk = make_desk(services)
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    services.referrals.refer(
        inquiry_id, desk.partner_id, desk.partner_contact_id, date(2026, 3, 12), today=TODAY
    )
    [row] = services.referrals.of_inquiry(inquiry_id)
    assert row.follow_up_on == date(2026, 4, 2)  # 21 days, the team's setting


def test_referral_mail_is_signed_with_the_letterhead(services):
    desk = make_desk(services)
    services.letterhead.set_letterhead(
        Letterhead("WBA Lindental", "Am Markt 3", "39104", "Magdeburg")
    )
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    referral_id = services.referrals.refer(
        inquiry_id, desk.partner_id, desk.partner_contact_id, today=TODAY
    )
    body = services.referrals.mail(referral_id).body
    assert body.rstrip().endswith("WBA Lindental\nAm Markt 3\n39104 Magdeburg")


def test_health_thresholds_out_of_range_are_refused(services):
    before = services.health.thresholds()
    with pytest.raises(ValidationError) as caught:
        services.health.set_thresholds(HealthThresholds(advice_months=61))
    assert caught.value.errors == {"advice_months": "Beratungen: Bitte 1 bis 60 Monate wählen."}
    assert services.health.thresholds() == before
    services.health.set_thresholds(HealthThresholds(agreement_share=0.75, event_months=9))
    assert services.health.thresholds() == HealthThresholds(agreement_share=0.75, event_months=9)


def test_review_years_out_of_range_are_refused_naming_the_field(services):
    for bad in (0, 31):
        with pytest.raises(ValidationError) as caught:
            services.review.set_years(bad)
        assert caught.value.errors == {"years": "Überprüfen nach: Bitte 1 bis 30 Jahre wählen."}
    assert services.review.years() == 3
    services.review.set_years(5)
    assert services.review.years() == 5
