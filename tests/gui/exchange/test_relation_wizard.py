"""Import wizard with relations: an edge list is recognised (the mapping page says so),
the preview lists missing organisations and unknown types with the choices to create
them, rejected rows block the import until „nur gültige“; a graph file goes straight
to the preview; the template choice „Beziehungen“. All names are invented."""

from __future__ import annotations

import os

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import select

from tests.gui.conftest import type_text
from wba_desktop.exchange.edge_template import SHEET
from wba_desktop.models import Organisation, Relation
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.exchange.import_wizard import ImportWizard

SHOTS = "/tmp/shots14"


def _edge_list(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Organisation A", "Beziehung", "Organisation B", "Stärke", "Seit", "Bis"])
    ws.append(["IHK Musterstadt", "ist Mitglied von", "Kreishandwerkerschaft Muster", 3,
               "01.01.2024", None])  # fmt: skip
    ws.append(["ihk musterstadt", "kooperiert mit", "Bildungswerk Müller", 2, None, None])
    ws.append(["Bildungswerk Mueller", "Kooperation", "IHK Musterstadt", 1, None, None])
    ws.append(["Neue Agentur Beispiel", "Lieferbeziehung", "IHK Musterstadt", 2, None, None])
    ws.append(["Bildungswerk Müller", "berät", "Bildungswerk Müller", 2, None, None])
    ws.append(["IHK Musterstadt", "fördert", "Kreishandwerkerschaft Muster", 2, "01.05.2025",
               "01.01.2025"])  # fmt: skip
    wb.save(path)


def test_edge_list_through_the_wizard(qtbot, services, runner, uow_factory, tmp_path):
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    for name in ("IHK Musterstadt", "Kreishandwerkerschaft Muster", "Bildungswerk Müller"):
        services.organisations.create(OrganisationData(name=name, type_id=kinds["Sonstige"]))
    source = tmp_path / "beziehungen.xlsx"
    _edge_list(source)
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    type_text(qtbot, wizard.file_page.path, str(source))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.as_relations.isChecked()
    assert "Beziehungsliste erkannt" in page.kind_note.text()
    shown = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert shown[:3] == ["Organisation (von)", "Beziehung", "Organisation (zu)"]
    os.makedirs(SHOTS, exist_ok=True)
    wizard.grab().save(f"{SHOTS}/relation_mapping.png")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    preview = wizard.relation_preview
    assert wizard.currentPage() is preview
    qtbot.waitUntil(lambda: preview.model.rowCount() == 6)
    assert "„Neue Agentur Beispiel“ (Zeile 5)" in preview.missing.text()
    assert "„Lieferbeziehung“" in preview.create_types.text()
    assert not preview.isComplete()  # rejected rows: nothing can be imported yet
    # create the missing organisation and the new type
    preview.create_missing.setChecked(True)
    preview.create_types.setChecked(True)
    qtbot.waitUntil(lambda: preview.isComplete() or preview.import_valid.isVisible())
    model = preview.model
    statuses = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert statuses == ["neu", "neu", "übersprungen", "neu", "abgelehnt", "abgelehnt"]
    assert "zu sich selbst" in model.index(4, 5).data()
    assert "vor dem Beginn" in model.index(5, 5).data()
    assert model.index(0, 3).data() == "ist Mitglied von"
    assert not preview.isComplete() and preview.import_valid.isVisible()
    wizard.grab().save(f"{SHOTS}/relation_preview.png")
    assert preview.rejected_button.isVisible()
    assert preview.save_rejected_to(str(tmp_path / "abgelehnt.xlsx")) == 2
    box = preview.import_valid
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert preview.import_valid.isChecked() and preview.isComplete()
    assert "Beziehungen: 3 neu" in preview.summary.text()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.run_page.isComplete())
    assert "Import abgeschlossen" in wizard.run_page.status.text()
    with uow_factory() as uow:
        rels = {(r.source.name, r.type.name, r.target.name)
                for r in uow.session.scalars(select(Relation))}  # fmt: skip
        new_org = uow.session.scalars(
            select(Organisation).where(Organisation.name == "Neue Agentur Beispiel")
        ).one()
        assert new_org.type.name == "Sonstige"
    assert ("IHK Musterstadt", "Mitgliedschaft", "Kreishandwerkerschaft Muster") in rels
    assert ("IHK Musterstadt", "Lieferbeziehung", "Neue Agentur Beispiel") in rels  # symmetric
    assert len(rels) == 3


def test_graph_file_goes_straight_to_the_preview(qtbot, services, runner, uow_factory, tmp_path):
    path = tmp_path / "netz.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="n" for="node" attr.name="name"/><graph edgedefault="undirected">'
        '<node id="1"><data key="n">Verein Eins</data></node>'
        '<node id="2"><data key="n">Verein Zwei</data></node>'
        '<edge source="1" target="2"/></graph></graphml>',
        encoding="utf-8",
    )
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.file_page.path, str(path))
    wizard.next()
    preview = wizard.relation_preview
    assert wizard.currentPage() is preview
    qtbot.waitUntil(preview.isComplete)
    assert "0 gefunden, 2 neu" in preview.summary.text()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.run_page.isComplete())
    with uow_factory() as uow:
        assert len(uow.session.scalars(select(Relation)).all()) == 1


def test_bad_graph_file_refused_on_the_first_page(qtbot, services, runner, tmp_path):
    path = tmp_path / "doppelt.gexf"
    path.write_text(
        '<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="7" label="A"/>'
        '<node id="7" label="B"/></nodes></graph></gexf>',
        encoding="utf-8",
    )
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.file_page.path, str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "„7“ zweimal" in wizard.file_page.message.text()


def test_template_choice_relations(qtbot, services, runner, tmp_path, monkeypatch):
    target = tmp_path / "vorlage"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), a[3]))
    )
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    page.template_kind.setCurrentIndex(page.template_kind.findData("relations"))
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "vorlage.xlsx"
    assert saved.exists() and openpyxl.load_workbook(saved).sheetnames[0] == SHEET
    assert "Vorlage gespeichert" in page.message.text()
