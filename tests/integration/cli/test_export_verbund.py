"""``wba-desktop export verbund NAME --out DATEI``: the Excel report or the timeline of a
Verbund from the command line; unknown names and wrong endings give German messages."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import openpyxl
import pytest

from wba_desktop import cli
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.verbuende.members import MemberData
from wba_desktop.services.verbuende.records import VerbundData


@pytest.fixture
def verbund(services) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Beispielwerk Harz GmbH", type_id=types["Unternehmen"])
    ).id
    vid = services.verbuende.create(
        VerbundData(
            name="Weiterbildungsverbund Automotive Fantasia",
            short_name="WAF",
            funding_start=date(2024, 1, 1),
            funding_end=date(2026, 12, 31),
            phase_since=date(2023, 9, 1),
        )
    ).id
    services.verbuende.change_phase(vid, "Aktiv", date(2024, 4, 1))
    services.verbund_members.save_member(vid, MemberData(org, "Mitgliedsunternehmen"))
    return vid


def test_help_mentions_verbund(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["export", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "verbund" in out and "Kurzname" in out


def test_export_report_by_short_name(db_url, verbund, tmp_path, capsys):
    out = tmp_path / "bericht.xlsx"
    assert cli.main(["--db", db_url, "export", "verbund", "waf", "--out", str(out)]) == 0
    assert f"exportiert nach {out}" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:6] == [
        "Verbund",
        "Mitglieder",
        "Beirat",
        "Aufgaben",
        "Kennzahlen",
        "Gesundheitscheck",
    ]
    assert wb["Verbund"]["B2"].value == "Weiterbildungsverbund Automotive Fantasia"
    assert wb["Mitglieder"]["A2"].value == "Beispielwerk Harz GmbH"


@pytest.mark.parametrize(("ending", "magic"), [(".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_export_timeline_by_name(db_url, verbund, tmp_path, capsys, ending, magic):
    out = tmp_path / f"zeitleiste{ending}"
    name = "weiterbildungsverbund automotive fantasia"
    assert cli.main(["--db", db_url, "export", "verbund", name, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(magic)
    assert "Zeitleiste" in capsys.readouterr().out


def test_unknown_verbund_is_a_german_message(db_url, verbund, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert cli.main(["--db", db_url, "export", "verbund", "Gibtsnicht", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Fehler:" in err and "Einen Verbund „Gibtsnicht“ gibt es nicht" in err
    assert not out.exists()


def test_missing_name_and_wrong_ending(db_url, verbund, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert cli.main(["--db", db_url, "export", "verbund", "--out", str(out)]) == 2
    assert "Namen oder Kurznamen des Verbunds" in capsys.readouterr().err
    csv = tmp_path / "x.csv"
    assert cli.main(["--db", db_url, "export", "verbund", "WAF", "--out", str(csv)]) == 2
    assert ".xlsx (Verbundbericht), .png oder .pdf (Zeitleiste)" in capsys.readouterr().err
    args = ["--db", db_url, "export", "verbund", "WAF", "--format", "csv", "--out", str(out)]
    assert cli.main(args) == 2
    assert not out.exists() and not csv.exists()


def test_no_traceback_in_a_real_process(db_url, verbund, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "wba_desktop", "--db", db_url, "export", "verbund", "Nix"]
        + ["--out", str(tmp_path / "x.xlsx")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Einen Verbund „Nix“ gibt es nicht" in result.stderr
    assert "Traceback" not in result.stderr
