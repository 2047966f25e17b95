"""``wba-desktop privacy report PERSON --out DATEI``: by number, e-mail and name; several
matches listed (exit 2); an unknown name gets the "keine Daten" letter; an unknown
number and a wrong ending are errors."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.integration.services.privacy_support import SURNAME, make_namesakes
from wba_desktop import cli
from wba_desktop.db import UnitOfWorkFactory, create_db_engine


@pytest.fixture
def pair(db_url):
    engine = create_db_engine(db_url)
    try:
        return make_namesakes(UnitOfWorkFactory(engine))
    finally:
        engine.dispose()


def _pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@pytest.mark.parametrize("how", ["id", "email", "name"])
def test_report_by_id_email_and_name(db_url, pair, tmp_path, capsys, how):
    a, _b = pair
    person = {"id": str(a.id), "email": a.email, "name": a.name}[how]
    out = tmp_path / "auskunft.pdf"
    assert cli.main(["privacy", "report", person, "--out", str(out), "--db", db_url]) == 0
    assert f"Auskunft zu {a.name} (Nr. {a.id}) geschrieben" in capsys.readouterr().out
    text = _pdf_text(out)
    assert "Werkstatt -A-" in text and "-B-" not in text


def test_several_matches_are_listed(db_url, pair, tmp_path, capsys):
    a, b = pair
    out = tmp_path / "auskunft.xlsx"
    assert cli.main(["--db", db_url, "privacy", "report", SURNAME, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "passt auf 2 Personen" in err
    assert f"Nr. {a.id}: {a.name} (Werkstatt -A-)" in err
    assert f"Nr. {b.id}: {b.name} (Werkstatt -B-)" in err
    assert not out.exists()


def test_unknown_name_gets_the_no_data_letter(db_url, pair, tmp_path, capsys):
    out = tmp_path / "keine.xlsx"
    args = ["--db", db_url, "privacy", "report", "Erika Mustermann", "--out", str(out)]
    assert cli.main(args) == 0
    assert "keine Daten gespeichert" in capsys.readouterr().out
    assert out.exists()


def test_unknown_number_and_wrong_ending(db_url, pair, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert cli.main(["--db", db_url, "privacy", "report", "987654", "--out", str(out)]) == 2
    assert "Nummer 987654 gibt es nicht" in capsys.readouterr().err
    assert not out.exists()
    doc = str(tmp_path / "x.docx")
    assert cli.main(["--db", db_url, "privacy", "report", "1", "--out", doc]) == 2
    assert ".pdf" in capsys.readouterr().err


def test_help_lists_the_sub_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["privacy", "--help"])
    assert "report" in capsys.readouterr().out
