"""The access report (Art. 15): every kind of record about the person, nothing about a
namesake; xlsx and PDF read back; the "keine Daten gespeichert" letter; finding the
person by number, e-mail and name."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.integration.services.privacy_support import SURNAME, all_text, make_namesakes
from wba_desktop.errors import NotFoundError, ServiceError
from wba_desktop.models import Disclosure, Organisation, disclosure_person

SECTIONS = (
    "Stammdaten",
    "Datenschutz",
    "Einwilligungen",
    "Organisationen",
    "Kontakte",
    "Veranstaltungen",
    "Verteiler",
    "Verbünde",
    "Empfänger",
    "Änderungsprotokoll",
)


@pytest.fixture
def pair(uow_factory):
    return make_namesakes(uow_factory)


def test_report_holds_every_kind_of_record_and_nothing_of_the_namesake(services, pair):
    a, b = pair
    report = services.access_reports.report(a.id, today=date(2026, 7, 1))
    assert [s.title for s in report.sections] == list(SECTIONS)
    for section in report.sections:
        assert section.rows, f"{section.title} is empty"
        assert section.note
    text = all_text(report)
    assert report.subject == a.name and report.found
    for expected in (
        a.email,
        "Notiz -A-",  # master data
        "Visitenkarte -A-",  # data source
        "Anmeldebogen -A-",  # consent granted
        "Werkstatt -A-",
        "Leitung -A-",  # affiliations
        "Beratung -A-",
        "Gesprächsnotiz -A-",  # activity
        "Fachtag -A-",
        "Referent/in: Impuls -A-",  # invitation and speaking
        "Rundbrief -A-",
        "Schlagwortliste -A-",  # static and dynamic Verteiler
        "Vorsitz -A-",
        "Aufgabe -A-",  # Verbund roles
        "Datei: -A-.xlsx",  # recipients
        "alt -A- → Notiz -A-",  # change log
    ):
        assert expected in text, expected
    consents = report.section("Einwilligungen").rows
    assert [(r[0], r[1]) for r in consents] == [
        ("Newsletter", "erteilt"),  # in the purposes' order (Stammdaten), then by date
        ("Veranstaltungseinladungen", "erteilt"),
        ("Fotos", "erteilt"),
        ("Fotos", "widerrufen"),
    ]
    verbund_roles = [r[1] for r in report.section("Verbünde").rows]
    assert any(r.startswith("Ansprechperson") for r in verbund_roles)
    steps = report.section("Veranstaltungen").rows[0][4]
    assert "eingeladen" in steps and "teilgenommen" in steps
    # the namesake: same surname, nothing of theirs
    assert "-B-" not in text and b.first_name not in text and b.email not in text
    assert SURNAME in text


def test_xlsx_has_a_sheet_per_section_house_style(services, pair, tmp_path):
    a, b = pair
    path = services.access_reports.write(a.id, tmp_path / "auskunft.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Schreiben", *SECTIONS, "Info"]
    letter = [c.value for c in wb["Schreiben"]["A"]]
    assert letter[0].endswith(a.name) and any("Art. 15" in str(v) for v in letter)
    ws = wb["Kontakte"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws["A1"].font.bold and ws["A1"].value == "Datum"
    assert ws["A2"].value.date() == date(2026, 2, 3) and ws["A2"].number_format == "DD.MM.YYYY"
    every = "\n".join(
        str(c.value) for sheet in wb for row in sheet.iter_rows() for c in row if c.value
    )
    assert "Gesprächsnotiz -A-" in every and "-B-" not in every


def test_pdf_reads_back_with_umlauts_and_every_section(services, pair, tmp_path):
    a, _b = pair
    path = services.access_reports.write(a.id, tmp_path / "auskunft.pdf")
    assert path.read_bytes()[:5] == b"%PDF-"
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Auskunft nach Art. 15 DSGVO" in text and a.name in text
    assert "Weiterbildungsagentur" in text  # no own organisation set: the fallback
    for title in SECTIONS:
        assert title in text
    assert "Gesprächsnotiz -A-" in text and "Verbünde" in text and "„" in text
    assert "-B-" not in text
    assert reader.metadata.title.endswith(a.name)


def test_agency_name_comes_from_the_settings(services, pair, uow_factory):
    a, _b = pair
    with uow_factory() as uow:
        org = uow.session.scalar(select(Organisation.id).where(Organisation.name.like("%-A-")))
    services.agency.set_own_organisation(org)
    report = services.access_reports.report(a.id)
    assert report.agency == "Werkstatt -A-" and "Werkstatt -A-" in report.closing


def test_report_is_logged_as_disclosure_to_the_person(services, pair, uow_factory, tmp_path):
    a, _b = pair
    result = services.access_reports.write_for(a.email.upper(), tmp_path / "a.pdf")
    assert result.found and result.person_id == a.id
    with uow_factory() as uow:
        kinds = uow.session.execute(
            select(Disclosure.kind, Disclosure.recipient)
            .join(disclosure_person)
            .where(disclosure_person.c.person_id == a.id)
        ).all()
    assert ("Auskunft", "die betroffene Person selbst") in kinds
    again = services.access_reports.report(a.id)
    assert any(r[1] == "Auskunft" for r in again.section("Empfänger").rows)


@pytest.mark.parametrize("ending", [".pdf", ".xlsx"])
def test_no_data_letter(services, pair, tmp_path, ending):
    result = services.access_reports.write_for("Erika Mustermann", tmp_path / f"x{ending}")
    assert not result.found and result.subject == "Erika Mustermann"
    if ending == ".pdf":
        text = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    else:
        wb = openpyxl.load_workbook(result.path)
        assert wb.sheetnames == ["Schreiben", "Info"]
        text = "\n".join(str(c.value) for c in wb["Schreiben"]["A"] if c.value)
    assert "keine Daten gespeichert" in text and "Erika Mustermann" in text
    assert SURNAME not in text


def test_finding_the_person(services, pair):
    a, b = pair
    find = services.access_reports.find_person
    assert find(str(a.id)) == a.id and find(f"#{b.id}") == b.id
    assert find(a.email.upper()) == a.id
    assert find(f"Hannelore {SURNAME}") == a.id
    assert find(f"{SURNAME.upper()}, konrad") == b.id
    assert find(f"Frau Hannelore {SURNAME}") == a.id
    with pytest.raises(ServiceError) as err:
        find(SURNAME)
    message = str(err.value)
    assert f"Nr. {a.id}: Hannelore {SURNAME} (Werkstatt -A-)" in message
    assert f"Nr. {b.id}: Konrad {SURNAME} (Werkstatt -B-)" in message
    assert find("Hanne Quasten", missing_ok=True) is None  # parts of a name are no match
    with pytest.raises(NotFoundError):
        find("Erika Mustermann")
    with pytest.raises(NotFoundError, match="Nummer 999999"):
        find("999999", missing_ok=True)
    with pytest.raises(NotFoundError):
        services.access_reports.report(999999)
    with pytest.raises(ServiceError, match="Endungen"):
        services.access_reports.write(a.id, "auskunft.docx")
