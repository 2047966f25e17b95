"""Sheet XML goes to its temporary file through a 1 MB buffer (see ``xml_buffer``)."""

from __future__ import annotations

from et_xmlfile import incremental_tree, xmlfile
from openpyxl import load_workbook

from wba_desktop.exchange import xml_buffer
from wba_desktop.exchange.table import ExportColumn, ExportTable
from wba_desktop.exchange.xlsx_export import write_xlsx


def test_et_xmlfile_writes_files_through_a_large_buffer(tmp_path):
    import wba_desktop.exchange.xlsx_export  # noqa: F401 - installs it on import

    target = tmp_path / "sheet.xml"
    with incremental_tree._get_writer(str(target), "utf-8") as (write, _encoding):
        text_file = write.__self__
        # BufferedWriter.__sizeof__ counts its buffer: 4 KB by default
        assert text_file.buffer.__sizeof__() >= xml_buffer.BUFFER_BYTES
    assert xml_buffer.install() is True  # a second call changes nothing


def test_what_is_written_is_complete(tmp_path):
    target = tmp_path / "rows.xml"
    with xmlfile(str(target)) as xf, xf.element("rows"):
        for i in range(5000):
            with xf.element("row", r=str(i)):
                xf.write(f"Zeile {i} – Köthen")
    text = target.read_text(encoding="utf-8")
    assert text.count("<row ") == 5000 and text.endswith("</rows>")
    assert "Zeile 4999 – Köthen" in text


def test_an_export_with_the_buffer_reads_back(tmp_path):
    columns = [ExportColumn("name", "Name"), ExportColumn("city", "Ort")]
    rows = [[f"Person {i}", "Halle (Saale)"] for i in range(3000)]
    table = ExportTable("Personen", "Personen", columns, rows, total=len(rows))
    path = tmp_path / "personen.xlsx"
    assert write_xlsx([table], path, title="Personen", info=[("Inhalt", "alle")]) == [3000]
    ws = load_workbook(path, read_only=True)["Personen"]
    values = [r for r in ws.iter_rows(values_only=True)]
    assert values[0] == ("Name", "Ort")
    assert values[-1] == ("Person 2999", "Halle (Saale)") and len(values) == 3001
