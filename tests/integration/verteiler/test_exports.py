"""Export on a real database: xlsx/csv/vCard read back, Verteiler, cancel, CLI, chunks.

All names are invented.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date

import openpyxl
import pytest
import vobject
from sqlalchemy import event, insert

from wba_desktop import cli
from wba_desktop.errors import ServiceError
from wba_desktop.exchange.table import ExportCancelled
from wba_desktop.models import Person
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.listing import Sort
from wba_desktop.services.privacy import consent_filter
from wba_desktop.services.verteiler import export_rows, exports
from wba_desktop.text.fold import search_key, sort_key

FORMULA = '=HYPERLINK("http://x.example","klick")'


@pytest.fixture
def directory(services) -> dict[str, int]:
    """Two organisations, four people (one inactive, one without organisation), a
    relation and a static Verteiler with two members."""
    ref = services.reference
    type_id = ref.organisation_types()[0].id
    region = next(r for r in ref.regions() if r.name == "Dessau-Roßlau")
    org_a = services.organisations.create(
        OrganisationData(
            name="Fantasiewerk Dessau GmbH",
            type_id=type_id,
            region_id=region.id,
            street="Erfundene Straße 7",
            postcode="06844",
            city="Dessau-Roßlau",
        )
    ).id
    org_b = services.organisations.create(
        OrganisationData(name="Verein Ausgedacht e. V.", type_id=type_id, city="Nirgendwo")
    ).id
    people = services.people
    heinze = people.create(
        PersonData(
            last_name="Heinze-Öztürk",
            first_name="Quirina",
            salutation="Frau",
            title="Dr.",
            email="q.heinze@fantasiewerk.example",
            phone="+49 340 502200",
        )
    ).id
    xander = people.create(
        PersonData(
            last_name="Xander",
            first_name="Udo",
            salutation="Herr",
            title="Prof. Dr.",
            email="u.xander@ausgedacht.example",
        )
    ).id
    zora = people.create(PersonData(last_name="Zweifel", first_name="Zora")).id
    gone = people.create(PersonData(last_name="Ehemals", first_name="Egon", active=False)).id
    aff = services.affiliations
    aff.save(
        AffiliationData(
            person_id=heinze,
            organisation_id=org_a,
            function="Leiterin Weiterbildung",
            department="Personalentwicklung",
            is_primary=True,
        )
    )
    aff.save(AffiliationData(person_id=xander, organisation_id=org_b, function=FORMULA))
    rtype = services.reference.relation_types()[0].id
    services.relations.save(
        RelationData(
            source_id=org_a,
            target_id=org_b,
            type_id=rtype,
            valid_from=date(2023, 4, 1),
            note="-intern",
        )
    )
    vt = services.verteiler.create("Beirat: Fantasie/Netzwerk [Ost] mit sehr langem Namen")
    services.verteiler.add_members(vt.id, [heinze, zora])
    return {
        "org_a": org_a,
        "org_b": org_b,
        "heinze": heinze,
        "xander": xander,
        "zora": zora,
        "gone": gone,
        "verteiler": vt.id,
    }


def _sheet_rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _info(wb) -> dict[str, object]:
    return {r[0]: r[1] for r in wb["Info"].iter_rows(values_only=True)}


# -- xlsx ----------------------------------------------------------------------------------


def test_people_xlsx_layout(services, directory, tmp_path):
    path = tmp_path / "personen.xlsx"
    result = services.exports.export("people", PersonFilter(), path=path)
    assert (result.rows, result.format, result.path) == (3, "xlsx", path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Personen", "Info"]
    assert wb.properties.title == "Personen"
    assert wb.properties.creator == "WBA Desktop"
    ws = wb["Personen"]
    header = [c.value for c in ws[1]]
    assert header == [c.header for c in exports.PERSON_COLUMNS]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:R{1 + 3}"
    for i, title in enumerate(header, 1):
        width = ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
        assert len(title) < width <= 60
    names = [r[0] for r in _sheet_rows(ws)[1:]]
    assert names == ["Heinze-Öztürk, Quirina", "Xander, Udo", "Zweifel, Zora"]
    changed = ws.cell(row=2, column=header.index("Geändert") + 1)
    assert changed.is_date and changed.number_format == "DD.MM.YYYY HH:MM"
    heinze = dict(zip(header, _sheet_rows(ws)[1], strict=True))
    assert heinze["Organisation"] == "Fantasiewerk Dessau GmbH"
    assert heinze["Abteilung"] == "Personalentwicklung"
    assert (heinze["Straße"], heinze["PLZ"], heinze["Ort"]) == (
        "Erfundene Straße 7",
        "06844",
        "Dessau-Roßlau",
    )
    assert heinze["WBA-Region"] == "Ost" and heinze["Status"] == "aktiv"
    info = _info(wb)
    assert info["Export"] == "Personen"
    assert info["Inhalt"] == "Status: nur aktive"
    assert info["Zeilen"] == 3
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", info["Exportiert am"])


def test_visible_columns_sort_and_filter(services, directory, tmp_path):
    path = tmp_path / "auswahl.xlsx"
    flt = PersonFilter(wba_regions=("Ost",), active=None)
    services.exports.export(
        "people", flt, Sort("name", False), ["email", "name", "organisation"], path
    )
    wb = openpyxl.load_workbook(path)
    rows = _sheet_rows(wb.worksheets[0])
    assert rows == [
        ["E-Mail", "Name", "Organisation"],
        ["q.heinze@fantasiewerk.example", "Heinze-Öztürk, Quirina", "Fantasiewerk Dessau GmbH"],
    ]
    assert "WBA-Regionen: Ost" in _info(wb)["Inhalt"]
    assert _info(wb)["Sortierung"] == "Name, absteigend"
    with pytest.raises(ServiceError):
        services.exports.export("people", flt, Sort(), ["shoe_size"], path)


def test_formula_injection_cells_stay_strings(services, directory, tmp_path):
    path = tmp_path / "f.xlsx"
    services.exports.export(
        "people", PersonFilter(), columns=["name", "function", "phone"], path=path
    )
    ws = openpyxl.load_workbook(path).worksheets[0]
    by_name = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    function = by_name["Xander, Udo"][1]
    assert function.value == FORMULA
    assert function.data_type == "s" and function.quotePrefix
    phone = by_name["Heinze-Öztürk, Quirina"][2]
    assert phone.value == "+49 340 502200" and phone.data_type == "s"


def test_mail_merge_columns(services, directory, tmp_path):
    path = tmp_path / "serienbrief.xlsx"
    services.exports.export("people", PersonFilter(), path=path, mail_merge=True)
    rows = _sheet_rows(openpyxl.load_workbook(path).worksheets[0])
    header = rows[0]
    assert header[-8:] == ["Anrede", "Briefanrede", *(f"Adresszeile {i}" for i in range(1, 7))]
    assert header.count("Anrede") == 1
    heinze, xander, zora = (dict(zip(header, r, strict=True)) for r in rows[1:])
    assert heinze["Anrede"] == "Frau"
    assert heinze["Briefanrede"] == "Sehr geehrte Frau Dr. Heinze-Öztürk,"
    assert [heinze[f"Adresszeile {i}"] for i in range(1, 7)] == [
        "Fantasiewerk Dessau GmbH",
        "Frau Dr. Quirina Heinze-Öztürk",
        "Personalentwicklung",
        "Erfundene Straße 7",
        "06844 Dessau-Roßlau",
        None,
    ]
    assert xander["Briefanrede"] == "Sehr geehrter Herr Prof. Dr. Xander,"
    assert xander["Adresszeile 3"] == "Nirgendwo"
    assert zora["Anrede"] is None and zora["Briefanrede"] == "Sehr geehrte Damen und Herren,"
    assert zora["Adresszeile 1"] == "Zora Zweifel"


def test_organisations_and_relations(services, directory, tmp_path):
    path = tmp_path / "org.xlsx"
    services.exports.export("organisations", OrganisationFilter(), path=path, mail_merge=True)
    rows = _sheet_rows(openpyxl.load_workbook(path).worksheets[0])
    org = dict(zip(rows[0], rows[1], strict=True))
    assert org["Name"] == "Fantasiewerk Dessau GmbH" and org["Personen"] == 1
    assert org["Beziehungen"] == 1 and org["Briefanrede"] == "Sehr geehrte Damen und Herren,"
    path = tmp_path / "rel.xlsx"
    flt = OrganisationFilter(wba_regions=("Ost",))
    result = services.exports.export("relations", flt, path=path)
    assert result.rows == 1
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == [c.header for c in exports.RELATION_COLUMNS]
    values = [c.value for c in ws[2]]
    assert values[0] == "Fantasiewerk Dessau GmbH" and values[2] == "Verein Ausgedacht e. V."
    assert ws["F2"].is_date and ws["F2"].number_format == "DD.MM.YYYY"
    assert ws["F2"].value.date() == date(2023, 4, 1)
    assert ws["H2"].value == "-intern" and ws["H2"].data_type == "s"


def test_verteiler_export(services, directory, tmp_path):
    table = services.exports.verteiler_table(directory["verteiler"])
    assert table.total == 2
    path = tmp_path / "verteiler.xlsx"
    result = services.exports.export("verteiler", directory["verteiler"], path=path)
    wb = openpyxl.load_workbook(path)
    name = wb.sheetnames[0]
    assert name.startswith("Verteiler Beirat") and len(name) <= 31
    assert not set(name) & set("[]:*?/\\")
    assert result.rows == 2
    assert "statisch" in _info(wb)["Inhalt"]


# -- csv and vCard -------------------------------------------------------------------------


def test_csv_for_german_excel(services, directory, tmp_path):
    path = tmp_path / "personen.csv"
    result = services.exports.export("people", PersonFilter(), path=path)
    assert result.format == "csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 4 and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:3] == ["Name", "Anrede", "Titel"]
    assert rows[1][0] == "Heinze-Öztürk, Quirina"
    header = rows[0]
    assert rows[2][header.index("Funktion")] == "'" + FORMULA
    # a German number in national form: no apostrophe needed (Word mail merge prints it)
    assert rows[1][header.index("Telefon")] == "0340 502200"
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", rows[1][header.index("Geändert")])


def test_vcards(services, directory, tmp_path):
    path = tmp_path / "kontakte.vcf"
    result = services.exports.export("people", PersonFilter(), path=path)
    assert result.rows == 3
    text = path.read_text(encoding="utf-8")
    cards = list(vobject.readComponents(text))
    assert len(cards) == 3
    heinze = cards[0]
    assert heinze.fn.value == "Dr. Quirina Heinze-Öztürk"
    assert heinze.n.value.family == "Heinze-Öztürk"
    assert heinze.org.value == ["Fantasiewerk Dessau GmbH", "Personalentwicklung"]
    assert heinze.adr.value.city == "Dessau-Roßlau"
    assert heinze.title.value == "Leiterin Weiterbildung"
    assert "note" not in heinze.contents
    zpath = tmp_path / "kontakte.zip"
    assert services.exports.export("people", PersonFilter(), path=zpath).rows == 3
    with zipfile.ZipFile(zpath) as z:
        names = z.namelist()
        assert names == ["Heinze-Oeztuerk_Quirina.vcf", "Xander_Udo.vcf", "Zweifel_Zora.vcf"]
        card = vobject.readOne(z.read(names[0]).decode("utf-8"))
        assert card.n.value.family == "Heinze-Öztürk"
    with pytest.raises(ServiceError):
        services.exports.export("organisations", OrganisationFilter(), path=path)


def test_recipients(services, directory):
    rec = services.exports.recipients(PersonFilter())
    assert rec.with_email == [
        ("Dr. Quirina Heinze-Öztürk", "q.heinze@fantasiewerk.example"),
        ("Prof. Dr. Udo Xander", "u.xander@ausgedacht.example"),
    ]
    assert rec.without_email == [("Zora Zweifel", "", "")]


# -- cancel and errors ---------------------------------------------------------------------


@pytest.mark.parametrize("ending", [".xlsx", ".csv", ".vcf", ".zip"])
def test_cancel_removes_the_file(services, directory, tmp_path, ending):
    path = tmp_path / f"abbruch{ending}"
    with pytest.raises(ExportCancelled):
        services.exports.export("people", PersonFilter(), path=path, cancel=lambda: True)
    assert not list(tmp_path.glob("*abbruch*"))
    path.write_text("älter")
    with pytest.raises(ExportCancelled):
        services.exports.export("people", PersonFilter(), path=path, cancel=lambda: True)
    assert path.read_text() == "älter"  # an existing file is not touched


def test_unknown_format_and_missing_folder(services, directory, tmp_path):
    with pytest.raises(ServiceError, match="Format"):
        services.exports.export("people", PersonFilter(), path=tmp_path / "x.txt")
    with pytest.raises(ServiceError, match="Ordner"):
        services.exports.export("people", PersonFilter(), path=tmp_path / "fehlt" / "x.xlsx")


def test_progress_is_reported(services, directory, tmp_path):
    seen = []
    services.exports.export(
        "people", PersonFilter(), path=tmp_path / "p.xlsx", progress=lambda *a: seen.append(a)
    )
    assert seen[0][0] == 0 and seen[-1][:2] == (3, 3)


# -- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "ending", "rows"),
    [
        (["people"], ".xlsx", 3),
        (["people", "--all", "--format", "csv"], ".out", 4),
        (["people", "--inactive"], ".csv", 1),
        (["people", "--wba-region", "ost", "--mail-merge"], ".xlsx", 1),
        (["people", "--text", "xander"], ".vcf", 1),
        (["people"], ".zip", 3),
        (["organisations", "--district", "Dessau-Roßlau"], ".xlsx", 1),
        (["organisations"], ".csv", 2),
        (["relations"], ".xlsx", 1),
        (["relations"], ".csv", 1),
        (["verteiler", "beirat: fantasie/netzwerk [ost] mit sehr langem namen"], ".xlsx", 2),
        (["verteiler", "Beirat: Fantasie/Netzwerk [Ost] mit sehr langem Namen"], ".vcf", 2),
    ],
)
def test_cli_export(db_url, directory, tmp_path, capsys, args, ending, rows):
    out = tmp_path / f"cli{ending}"
    assert cli.main(["--db", db_url, "export", *args, "--out", str(out)]) == 0
    assert out.exists()
    assert f"{rows} Zeilen exportiert nach {out}" in capsys.readouterr().out


def test_cli_errors_are_messages(db_url, directory, tmp_path, capsys):
    out = str(tmp_path / "x.xlsx")
    assert cli.main(["--db", db_url, "export", "people", "--kind", "Gibtsnicht", "--out", out]) == 2
    assert "Art „Gibtsnicht“ gibt es nicht" in capsys.readouterr().err
    assert cli.main(["--db", db_url, "export", "verteiler", "--out", out]) == 2
    assert cli.main(["--db", db_url, "export", "verteiler", "Keiner", "--out", out]) == 2


# -- streaming ------------------------------------------------------------------------------


def test_large_export_streams_in_chunks(services, engine, tmp_path, monkeypatch):
    with engine.begin() as conn:
        conn.execute(
            insert(Person),
            [
                {
                    "last_name": f"Erfunden{i:04d}",
                    "first_name": "Test",
                    "search_key": search_key("Test", f"Erfunden{i:04d}"),
                    "sort_key": sort_key(f"Erfunden{i:04d}", "Test"),
                }
                for i in range(2000)
            ],
        )
    monkeypatch.setattr(export_rows, "CHUNK_SIZE", 100)
    statements: list[str] = []

    def count(conn, cursor, statement, *rest) -> None:
        # reads only: the disclosure log's INSERT … SELECT FROM person is not a read
        flat = statement.replace("\n", " ")
        if "FROM person" in flat and "IN (" in flat and not flat.startswith("INSERT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        path = tmp_path / "gross.xlsx"
        result = services.exports.export("people", PersonFilter(), Sort("name", False), path=path)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert result.rows == 2000
    # 20 chunks of rows, and data protection's check of the 2000 people in its chunks
    assert len(statements) == 20 + -(-2000 // consent_filter.CHUNK)
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    names = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert names[0] == "Erfunden1999, Test" and names[-1] == "Erfunden0000, Test"
    assert len(names) == 2000


# -- printouts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "mail_merge"),
    [
        ("people", False),
        ("people", True),
        ("organisations", False),
        ("organisations", True),
        ("relations", False),
        ("verteiler", True),
    ],
)
def test_every_list_prints_at_8_pt_or_more(services, directory, tmp_path, kind, mail_merge):
    from tests.printing import formula_cells, printed_font_pt, repeated_columns

    flt = directory["verteiler"] if kind == "verteiler" else None
    path = tmp_path / f"{kind}.xlsx"
    services.exports.export(kind, flt, path=path, mail_merge=mail_merge)
    wb = openpyxl.load_workbook(path)
    assert formula_cells(wb) == []
    for ws in wb.worksheets:
        assert printed_font_pt(ws) >= 8, ws.title
        if not ws.sheet_properties.pageSetUpPr.fitToPage:
            assert repeated_columns(ws) >= 1, ws.title
    if mail_merge:  # 25 columns never fit one page readably: printed across pages
        assert not wb.worksheets[0].sheet_properties.pageSetUpPr.fitToPage
