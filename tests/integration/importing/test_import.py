"""The spreadsheet import: preview, decisions, one transaction, odd and hostile files, CLI.

All people and organisations here are invented.
"""

from __future__ import annotations

import gc
import io
import random
import string
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, text

from wba_desktop.cli import main
from wba_desktop.errors import ServiceError
from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.exchange.mapping import Mapping, suggest
from wba_desktop.exchange.spreadsheet import read_rows, read_workbook
from wba_desktop.models import Affiliation, Organisation, Person, Region
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing.service import (
    Action,
    ImportCancelled,
    ImportService,
    write_rejected_xlsx,
)

HEADER = [
    "Firma", "Art", "Ansprechpartner", "E-Mail", "Telefon", "PLZ Ort", "Landkreis", "Website",
    "Funktion",
]  # fmt: skip
DATA = [
    # row 5: matches the database (organisation by name + city, person by e-mail)
    ["Bildungswerk Elbaue", "Träger", "Frau Dr. Änne Mühlberg", "A.Muehlberg@elbaue.example",
     "03496 123456", "06366 Köthen (Anhalt)", "ABI", "www.elbaue.example", "Leitung"],
    None,  # row 6: blank
    # rows 7-9: a new organisation named three times, one person twice
    ["Zöllner Metallbau GmbH", "Unternehmen", "Herrn Jörg Kräuter", "j.kraeuter@zoellner.example",
     "0345 1234567", "06108 Halle (Saale)", None, None, "Geschäftsführung"],
    ["Zöllner Metallbau", None, "Käthe Brösel", "k.broesel@zoellner.example", None,
     "06108 Halle (Saale)", None, None, None],
    ["Zöllner Metallbau GmbH", None, "Kräuter, Jörg", "J.Kraeuter@zoellner.example", None,
     "06108 Halle (Saale)", None, None, None],
    # row 10: broken e-mail and phone number
    ["Kaputt & Söhne", "Firma", "Otto Brösel", "otto(at)kaputt", "12", "06844 Dessau-Roßlau",
     None, None, None],
    # row 11: a person without organisation; row 12: an organisation without person
    [None, None, "Ülrike Sonnenschein", "u.sonne@mail.example", None, None, None, None, None],
    ["Verein Elbwiese e.V.", "Verein", None, None, None, "39104 Magdeburg", None, None, None],
    # rows 13-14: the organisation in a cell merged over both rows
    ["Netzwerk Altmark", "Netzwerk", "Till Wendehals", None, None, "39576 Stendal", "SDL",
     None, None],
    [None, None, "Ines Pötschke", None, None, None, None, None, None],
    # row 15: contact data without any name
    [None, None, None, "niemand@mail.example", None, None, None, None, None],
]  # fmt: skip


def messy_workbook(path: Path) -> Path:
    """Title rows, a merged title, a blank row, "PLZ Ort" in one column, merged data cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partner"
    ws.append(["Partnerliste der WBA Ost"])
    ws.merge_cells("A1:I1")
    ws.append(["Stand: 05/2024"])
    ws.append([])
    ws.append(HEADER)
    for row in DATA:
        ws.append(row or [])
    ws.merge_cells("A13:A14")
    wb.create_sheet("Notizen")["A1"] = "nichts"
    wb.save(path)
    return path


@pytest.fixture
def known(services):
    """An organisation and a person the file matches."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Bildungswerk Elbaue GmbH", type_id=types["Weiterbildungsträger"],
                         city="Köthen (Anhalt)", postcode="06366")
    )  # fmt: skip
    person = services.people.create(
        PersonData(first_name="Änne", last_name="Mühlberg", email="a.muehlberg@elbaue.example")
    )
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    return {"org": org.id, "person": person.id, "types": types}


def snapshot(uow_factory) -> dict[str, list]:
    """Everything the import may touch, to compare before and after."""
    with uow_factory() as uow:
        return {
            table: [
                tuple(r) for r in uow.session.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            ]
            for table in ("organisation", "person", "affiliation", "tag", "organisation_tag")
        }


def plan_file(services, path: Path, **kw):
    rows = read_rows(path, kw.pop("sheet", None))
    return ImportService(services.uow).plan(rows, suggest(rows), **kw)


# -- the mixed-up real-world file ---------------------------------------------------------


def test_messy_file_preview(services, known, tmp_path):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    assert gc.isenabled()  # paused for the bulk work only
    assert plan.mapping.header_row == 3
    by_row = {r.row_no: r for r in plan.rows}
    assert sorted(by_row) == [5, 7, 8, 9, 10, 11, 12, 13, 14, 15]  # blank rows left out
    assert {r.row_no for r in plan.rejected} == {10, 15}
    reasons = " | ".join(by_row[10].reasons)
    assert "Zeile 10, Spalte D „E-Mail“: „otto(at)kaputt“ ist keine gültige E-Mail" in reasons
    assert "Zeile 10, Spalte E „Telefon“: „12“" in reasons
    assert by_row[15].reasons == ["Zeile 15: Nachname: Bitte ausfüllen."]
    assert by_row[5].status == "match" and len(by_row[5].matches) == 2
    assert plan.organisations[by_row[5].organisation].match_id == known["org"]
    assert plan.people[by_row[5].person].match_id == known["person"]
    assert by_row[7].status == "new"
    assert by_row[8].organisation == by_row[7].organisation  # one organisation, three rows
    assert by_row[9].person == by_row[7].person  # the same person twice (e-mail, any case)
    assert by_row[14].organisation == by_row[13].organisation  # merged cell
    assert by_row[11].organisation is None and by_row[12].person is None
    s = plan.summary()
    assert (s.organisations_new, s.people_new, s.rows_rejected) == (3, 5, 2)
    assert (s.organisations_updated, s.people_updated) == (1, 1)


def test_messy_file_import(services, uow_factory, known, tmp_path):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    summary = ImportService(uow_factory).apply(plan)
    assert (summary.organisations_new, summary.organisations_updated) == (3, 1)
    assert (summary.people_new, summary.people_updated) == (5, 1)
    assert summary.affiliations_new == 4  # Änne Mühlberg was linked before
    assert summary.rows_rejected == 2
    assert "Abgelehnte Zeilen: 2" in summary.text()
    with uow_factory() as uow:
        s = uow.session
        orgs = {o.name: o for o in s.scalars(select(Organisation))}
        assert set(orgs) == {
            "Bildungswerk Elbaue GmbH", "Zöllner Metallbau GmbH", "Verein Elbwiese e.V.",
            "Netzwerk Altmark",
        }  # fmt: skip
        zoellner = orgs["Zöllner Metallbau GmbH"]
        assert zoellner.type.name == "Unternehmen"
        assert zoellner.region.name == "Halle (Saale)"  # from the city: a kreisfreie Stadt
        assert (zoellner.postcode, zoellner.city) == ("06108", "Halle (Saale)")
        assert orgs["Netzwerk Altmark"].region.plate == "SDL"
        assert orgs["Netzwerk Altmark"].type.name == "Initiative / Netzwerk"
        assert orgs["Verein Elbwiese e.V."].type.name == "Verein / Zivilgesellschaft"
        elbaue = orgs["Bildungswerk Elbaue GmbH"]
        assert elbaue.website == "https://www.elbaue.example"  # an empty field filled
        people = {p.last_name: p for p in s.scalars(select(Person))}
        assert set(people) == {
            "Mühlberg", "Kräuter", "Brösel", "Sonnenschein", "Wendehals", "Pötschke"
        }  # fmt: skip
        aenne = people["Mühlberg"]
        assert (aenne.salutation, aenne.title, aenne.phone) == ("Frau", "Dr.", "+49 3496 123456")
        assert aenne.email == "a.muehlberg@elbaue.example"  # kept: fill never overwrites
        joerg = people["Kräuter"]
        assert (joerg.salutation, joerg.first_name) == ("Herr", "Jörg")
        links = {
            (a.person.last_name, a.organisation.name): a for a in s.scalars(select(Affiliation))
        }
        assert links[("Kräuter", "Zöllner Metallbau GmbH")].is_primary
        assert links[("Kräuter", "Zöllner Metallbau GmbH")].function == "Geschäftsführung"
        assert links[("Mühlberg", "Bildungswerk Elbaue GmbH")].function == "Leitung"
        assert ("Pötschke", "Netzwerk Altmark") in links
        assert not any(last == "Sonnenschein" for last, _ in links)


def test_second_import_of_the_same_file_creates_nothing(services, uow_factory, known, tmp_path):
    path = messy_workbook(tmp_path / "partner.xlsx")
    ImportService(uow_factory).apply(plan_file(services, path))
    before = snapshot(uow_factory)
    plan = plan_file(services, path)
    assert {r.status for r in plan.rows} == {"match", "rejected"}
    summary = ImportService(uow_factory).apply(plan)
    assert (summary.new, summary.updated, summary.affiliations_new) == (0, 0, 0)
    assert summary.skipped == 10
    assert snapshot(uow_factory) == before


# -- decisions per match ------------------------------------------------------------------


def _one_row_file(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Firma", "PLZ", "Ort", "Vorname", "Nachname", "E-Mail", "Telefon", "Mobil"])
    wb.active.append(["Bildungswerk Elbaue", "06366", "Köthen (Anhalt)", "Änne", "Mühlberg",
                      "a.muehlberg@elbaue.example", "0340 502200", "0171 2345678"])  # fmt: skip
    wb.save(tmp_path / "eine.xlsx")
    return tmp_path / "eine.xlsx"


@pytest.fixture
def known_with_phone(services, known):
    p = services.people.get(known["person"])
    p.data.phone = "+49 391 123456"
    services.people.update(known["person"], p.data, p.version)
    return known


@pytest.mark.parametrize("how", ["default", "dict", "cli-style"])
@pytest.mark.parametrize("action", list(Action))
def test_each_match_decision(services, uow_factory, known_with_phone, tmp_path, action, how):
    plan = plan_file(services, _one_row_file(tmp_path))
    (row,) = plan.rows
    assert row.status == "match" and row.action is Action.FILL
    decisions = {"default": action, "dict": {row.row_no: action}, "cli-style": action.value}[how]
    summary = ImportService(uow_factory).apply(plan, decisions)
    with uow_factory() as uow:
        orgs = uow.session.scalars(select(Organisation)).all()
        people = uow.session.scalars(select(Person).order_by(Person.id)).all()
        links = uow.session.scalars(select(Affiliation)).all()
        first = people[0]
        first_phones = (first.phone, first.mobile)
    if action is Action.SKIP:
        assert (summary.skipped, summary.new, summary.updated) == (2, 0, 0)
        assert first_phones == ("+49 391 123456", "")
    elif action is Action.FILL:
        assert first_phones == ("+49 391 123456", "+49 171 2345678")
        assert (summary.people_updated, summary.organisations_skipped) == (1, 1)
    elif action is Action.OVERWRITE:
        assert first_phones == ("+49 340 502200", "+49 171 2345678")
        assert summary.people_updated == 1
    else:
        assert (len(orgs), len(people), len(links)) == (2, 2, 2)
        assert summary.new == 2 and summary.affiliations_new == 1
        return
    assert (len(orgs), len(people), len(links)) == (1, 1, 1)


def test_decisions_per_row(services, uow_factory, known, tmp_path):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    summary = ImportService(uow_factory).apply(plan, {5: Action.SKIP, 9: "overwrite"})
    assert (summary.organisations_skipped, summary.people_skipped) == (1, 1)
    with uow_factory() as uow:
        aenne = uow.session.get(Person, known["person"])
        assert aenne.phone == "" and aenne.title == ""  # row 5 skipped


# -- all or nothing -------------------------------------------------------------------------


def test_a_failure_midway_leaves_the_database_as_it_was(
    services, uow_factory, known, tmp_path, monkeypatch
):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    before = snapshot(uow_factory)
    calls = []
    original = ImportService._apply_row

    def failing(writer, row, action):
        calls.append(row.row_no)
        if len(calls) == 5:
            raise RuntimeError("Festplatte voll")
        original(writer, row, action)

    monkeypatch.setattr(ImportService, "_apply_row", staticmethod(failing))
    with pytest.raises(RuntimeError):
        ImportService(uow_factory).apply(plan)
    assert len(calls) == 5
    assert snapshot(uow_factory) == before


def test_cancel_leaves_the_database_as_it_was(services, uow_factory, known, tmp_path):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    before = snapshot(uow_factory)
    asked = []
    progress = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= 4

    with pytest.raises(ImportCancelled, match="nichts wurde geändert"):
        ImportService(uow_factory).apply(
            plan, progress=lambda d, t, w: progress.append((d, t)), cancel=cancel
        )
    assert progress and progress[0] == (0, 8)
    assert snapshot(uow_factory) == before


def test_a_record_deleted_after_the_preview_stops_the_import(
    services, uow_factory, known, tmp_path
):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    services.people.delete(known["person"])
    before = snapshot(uow_factory)
    with pytest.raises(ServiceError, match="Vorschau neu erstellen"):
        ImportService(uow_factory).apply(plan)
    assert snapshot(uow_factory) == before


# -- the file of rejected rows ----------------------------------------------------------------


def test_rejected_rows_are_saved_as_xlsx(services, known, tmp_path):
    plan = plan_file(services, messy_workbook(tmp_path / "partner.xlsx"))
    out = tmp_path / "abgelehnt.xlsx"
    assert write_rejected_xlsx(plan, out) == 2
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]][:5] == ["Zeile", "Betrifft", "Gründe", "Firma", "Art"]
    assert ws["A1"].font.bold and ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws["A2"].value == 10 and ws["D2"].value == "Kaputt & Söhne"
    assert ws["B2"].value == "Kaputt & Söhne / Otto Brösel"
    assert ws["C2"].value.startswith("Spalte D „E-Mail“")  # without the row number again
    assert ws["A3"].value == 15 and ws["B3"].value is None  # a row without any name


# -- CSV ------------------------------------------------------------------------------------

CSV_ROWS = [
    ["Firma", "Vorname", "Nachname", "E-Mail", "PLZ", "Ort"],
    ["Bäckerei Schönfeld", "Jürgen", "Größe", "j.groesse@schoenfeld.example", "06108", "Halle"],
    ["Müller, Söhne & Co.", "Käthe", "Lüdecke", "", "39104", "Magdeburg"],
]


def _csv(rows, sep: str) -> str:
    import csv

    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("sep", "encoding"),
    [(";", "utf-8-sig"), (",", "utf-8"), ("\t", "utf-8"), (";", "cp1252"), ("\t", "utf-16")],
)
def test_csv_variants(services, tmp_path, sep, encoding):
    path = tmp_path / "kontakte.csv"
    path.write_bytes(_csv(CSV_ROWS, sep).encode(encoding))
    source = read_workbook(path)
    assert (source.kind, source.delimiter) == ("csv", sep)
    assert read_rows(path) == [[cell or None for cell in row] for row in CSV_ROWS]
    plan = plan_file(services, path)
    assert [r.status for r in plan.rows] == ["new", "new"]
    assert plan.organisations[1].data.name == "Müller, Söhne & Co."


def test_csv_in_an_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "dos.csv"
    path.write_bytes(_csv(CSV_ROWS, ";").encode("cp850"))  # ü is 0x81: undefined in cp1252
    with pytest.raises(ImportFileError, match="Zeichenkodierung .* unbekannt"):
        read_rows(path)
    path.write_bytes("Firma;Ort\nM\x84ller;K\x94then\n".encode("latin-1"))  # „ inside words
    with pytest.raises(ImportFileError, match="Zeichenkodierung"):
        read_rows(path)


def test_binary_file_named_csv_is_refused(tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ImportFileError):
        read_rows(path)


# -- hostile and broken files -------------------------------------------------------------


def test_random_bytes_named_xlsx(tmp_path):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(random.Random(1).randbytes(5000))
    with pytest.raises(ImportFileError, match="keine lesbare Tabelle"):
        read_rows(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "archiv.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("liesmich.txt", "kein Excel")
    with pytest.raises(ImportFileError, match="Archiv"):
        read_rows(path)


def test_password_protected_file(tmp_path):
    path = tmp_path / "geheim.xlsx"
    cfb = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    path.write_bytes(cfb + "EncryptedPackage".encode("utf-16-le") + bytes(1000))
    with pytest.raises(ImportFileError, match="Kennwort"):
        read_rows(path)


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = messy_workbook(tmp_path / "bombe.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/leer.xml", b" " * (60 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="ZIP-Bombe"):
        read_rows(path)


def test_xml_entities_are_refused(tmp_path):
    path = tmp_path / "lachen.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    body = parts[sheet].split(b"?>", 1)[-1]
    parts[sheet] = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + body
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with pytest.raises(ImportFileError, match="XML-Bombe"):
        read_rows(path)


@pytest.mark.parametrize("far_cell", ["A150000", "XFD1048576", "ZZZ10"])
def test_sheet_claiming_huge_extent_is_refused_without_allocating(tmp_path, far_cell):
    path = tmp_path / "weit.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Firma"
    wb.active[far_cell] = "x"
    wb.save(path)
    with pytest.raises(ImportFileError, match="Zeilen|Spalte"):
        read_rows(path)


def test_rows_beyond_the_limit_are_refused(tmp_path):
    path = tmp_path / "lang.xlsx"
    wb = openpyxl.Workbook()
    for i in range(30):
        wb.active.append([f"Firma {i}"])
    wb.save(path)
    assert len(read_rows(path, max_rows=30)) == 30
    with pytest.raises(ImportFileError, match="höchstens 20 werden"):
        read_rows(path, max_rows=20)
    csv_path = tmp_path / "lang.csv"
    csv_path.write_text("\n".join(f"Firma {i}" for i in range(30)), encoding="utf-8")
    with pytest.raises(ImportFileError, match="mehr als 20 Zeilen"):
        read_rows(csv_path, max_rows=20)


def test_ten_megabyte_cell_is_refused_naming_the_cell(tmp_path):
    rng = random.Random(2)
    huge = "".join(rng.choices(string.ascii_letters, k=10 * 1024 * 1024))
    path = tmp_path / "riesig.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Firma", "Bemerkung"])
    wb.active.append(["Elbaue", huge])
    wb.save(path)
    with pytest.raises(ImportFileError, match="Zelle B2 enthält zu viel Text"):
        read_rows(path)
    csv_path = tmp_path / "riesig.csv"
    csv_path.write_text(f"Firma;Bemerkung\nElbaue;{huge[:100_000]}\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="Zelle B2 enthält 100.000 Zeichen"):
        read_rows(csv_path)


def test_unknown_sheet_names_the_sheets(tmp_path):
    path = messy_workbook(tmp_path / "partner.xlsx")
    assert read_workbook(path).sheets == ("Partner", "Notizen")
    with pytest.raises(ImportFileError, match="„Partner“, „Notizen“"):
        read_rows(path, "Adressen")


# -- plain lists (as our own export writes them) -----------------------------------------------


def test_plain_organisation_list_with_usual_german_headers(services, uow_factory, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(
        [
            "Name",
            "Kurzname",
            "Art",
            "Landkreis",
            "WBA-Region",
            "PLZ",
            "Ort",
            "Straße",
            "E-Mail",
            "Telefon",
            "Website",
            "Branchen",
            "Schlagwörter",
        ]
    )
    wb.active.append(
        [
            "Agentur Elbaue",
            "AE",
            "Wirtschaftsförderung",
            "Harz",
            "West",
            38820,
            "Halberstadt",
            "Am Markt 1",
            "info@agentur-elbaue.example",
            "03941 12345",
            "agentur-elbaue.example",
            "Tourismus",
            "Netzwerk, Harz",
        ]
    )
    wb.save(tmp_path / "organisationen.xlsx")  # fmt: skip
    plan = plan_file(services, tmp_path / "organisationen.xlsx")
    assert plan.rejected == []
    ImportService(uow_factory).apply(plan)
    with uow_factory() as uow:
        (org,) = uow.session.scalars(select(Organisation)).all()
        assert (org.short_name, org.type.name, org.region.name) == (
            "AE",
            "Wirtschaftsförderung",
            "Harz",
        )
        assert (org.postcode, org.email, org.phone) == (
            "38820",
            "info@agentur-elbaue.example",
            "+49 3941 12345",
        )
        assert sorted(t.name for t in org.tags) == ["Harz", "Netzwerk"]
        assert uow.session.scalar(select(Region.name).where(Region.id == org.region_id)) == "Harz"


# -- fast paths give what the dialogs give ------------------------------------------------------


def test_fast_email_and_phone_paths_agree_with_the_validators():
    from wba_desktop.services import validation as v
    from wba_desktop.services.importing.contacts import FieldCleaner

    rng = random.Random(3)
    cleaner = FieldCleaner()
    emails = ["a.b@Firma-X.DE", "x@y.example", "ä@x.de", "a..b@x.de", "a@x", "a@x.test", "a b@x.de"]
    for email in emails:
        c = v.Collector()
        expected = v.clean_email(c, "email", email)
        assert cleaner.email(email) == (expected, c.errors.get("email"))
    areas = ["30", "340", "345", "391", "3496", "39203", "3941", "171", "1520", "1511", "800"]
    for _ in range(3000):
        digits = rng.choice(areas) + "".join(rng.choices("0123456789", k=rng.randint(3, 9)))
        raw = rng.choice(["0{}", "+49 {}", "0{}".replace("{}", "{} ")]).format(digits)
        c = v.Collector()
        expected = v.clean_phone(c, "phone", "Telefon", raw)
        assert cleaner.phone(raw, "Telefon") == (expected, c.errors.get("phone")), raw


# -- command line ---------------------------------------------------------------------------------


def test_cli_import(db_url, tmp_path, capsys):
    path = messy_workbook(tmp_path / "partner.xlsx")
    mapping_file = tmp_path / "zuordnung.json"
    rejected = tmp_path / "abgelehnt.xlsx"
    args = ["--db", db_url, "import", str(path)]
    assert main([*args, "--dry-run", "--save-mapping", str(mapping_file)]) == 0
    out = capsys.readouterr().out
    assert "Probelauf" in out and "Zeile 10 (Kaputt & Söhne / Otto Brösel), Spalte D" in out
    assert Mapping.from_json(mapping_file.read_text(encoding="utf-8")).header_row == 3
    assert main([*args, "--mapping", str(mapping_file), "--rejected", str(rejected)]) == 0
    out = capsys.readouterr().out
    assert "Organisationen: 4 neu" in out and "Abgelehnte Zeilen: 2" in out
    assert rejected.exists()
    assert main([*args, "--on-match", "skip"]) == 0
    assert "Organisationen: 0 neu, 0 aktualisiert, 4 unverändert" in capsys.readouterr().out


def test_cli_import_of_a_broken_file(db_url, tmp_path, capsys):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 kaputt")
    assert main(["--db", db_url, "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Fehler:" in err and "beschädigt" in err and "Traceback" not in err


def test_cli_import_with_nothing_to_import(db_url, tmp_path, capsys):
    path = tmp_path / "leer.csv"
    path.write_text("Firma;E-Mail\n;kaputt@\n", encoding="utf-8")
    assert main(["--db", db_url, "import", str(path)]) == 1
    assert "Nichts zu importieren" in capsys.readouterr().out
