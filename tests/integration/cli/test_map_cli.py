"""``wba-desktop map --out DATEI``: the map as PNG, SVG or PDF from the command line,
coloured as asked, with German messages and the common exit codes."""

from __future__ import annotations

import pytest

from wba_desktop import cli


def test_help_is_german(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["map", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "Landkreise" in out and "--by" in out and "Lücken" in out and "Rückgabewerte" in out


@pytest.mark.parametrize(
    ("ending", "by", "magic"),
    [("png", "partners", b"\x89PNG\r\n\x1a\n"), ("svg", "gaps", b"<?xml"),
     ("pdf", "events", b"%PDF"), ("svg", "verbuende", b"<?xml")],
)  # fmt: skip
def test_writes_the_map(demo, db_url, tmp_path, capsys, ending, by, magic):
    out = tmp_path / f"karte.{ending}"
    assert cli.main(["--db", db_url, "map", "--out", str(out), "--by", by]) == 0
    assert out.read_bytes().startswith(magic)
    if ending == "svg":
        assert out.read_text(encoding="utf-8").count('id="district-') == 14
    said = capsys.readouterr().out
    assert "gespeichert" in said and str(out) in said


def test_kind_filter_and_bad_calls(demo, db_url, tmp_path, capsys):
    out = tmp_path / "traeger.png"
    args = ["--db", db_url, "map", "--out", str(out), "--kind", "Weiterbildungsträger"]
    assert cli.main(args) == 0
    assert out.exists()
    capsys.readouterr()
    assert cli.main(["--db", db_url, "map", "--out", str(out), "--kind", "Raumschiff"]) == 2
    assert "Art „Raumschiff“ gibt es nicht" in capsys.readouterr().err
    assert cli.main(["--db", db_url, "map", "--out", str(tmp_path / "karte.xlsx")]) == 2
    assert "bitte .png, .svg oder .pdf" in capsys.readouterr().err
