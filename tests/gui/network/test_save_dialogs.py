"""The „Exportieren …“ dialogs of the picture views: one helper, the right formats,
and the chosen file is written."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from wba_desktop.views.common.picture_header import PICTURE_FILTERS, ask_save_file
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.network.network_view import NetworkView


def test_the_helper_offers_the_formats_and_passes_the_chosen_file(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = []
    dialog = ask_save_file(parent, "Karte exportieren", "karte.png", chosen.append)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.nameFilters() == list(PICTURE_FILTERS)
    dialog.fileSelected.emit(str(tmp_path / "karte.svg"))
    assert chosen == [str(tmp_path / "karte.svg")]
    dialog.close()


def test_the_network_export_offers_gephi_files_and_writes_the_choice(
    qtbot, services, demo, tmp_path
):
    view = NetworkView(services, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1090, 700)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    assert view.result is not None
    view.ask_export_file()
    (dialog,) = view.findChildren(QFileDialog)
    assert dialog.nameFilters()[-2:] == ["Gephi GEXF (*.gexf)", "GraphML (*.graphml)"]
    target = tmp_path / "netz.gexf"
    dialog.fileSelected.emit(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert b"<gexf" in target.read_bytes()[:400]
    dialog.close()
