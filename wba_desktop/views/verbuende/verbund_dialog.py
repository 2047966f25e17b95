"""Create or edit the record of a Verbund: master data, funding, goals and notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.records import VerbundData, VerbundDetail
from wba_desktop.views.common.audit_tab import AuditTab
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.record_dialog import RecordDialog
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import add_vocab, set_vocab, vocab_value
from wba_desktop.vocab import PHASES, VERBUND_TYPES

TOPIC_HINT = QT_TR_NOOP("z. B. Digitalisierung, Energiewende, Demografie")


class VerbundDialog(RecordDialog):
    """``verbund_id=None`` creates a new Verbund; ``saved_id`` tells which was saved."""

    def __init__(self, services: Services, verbund_id: int | None = None, parent=None) -> None:
        super().__init__(services, parent)
        self.setObjectName("verbundDialog")
        self.setWindowTitle(self.tr("Weiterbildungsverbund"))
        self.resize(780, 600)
        self.saved_id: int | None = None
        self.tabs.addTab(self._build_master(), self.tr("Stammdaten"))
        self.tabs.addTab(self._build_funding(), self.tr("Förderung"))
        self.tabs.addTab(self._build_texts(), self.tr("Ziele und Notizen"))
        self.audit = AuditTab(services, "verbund", self)
        self.tabs.addTab(self.audit, self.tr("Änderungen"))
        self.finish_setup(verbund_id)

    # -- building ----------------------------------------------------------------------
    def _build_master(self) -> QWidget:
        page = QWidget(self)
        self.name = QLineEdit(page)
        self.short_name = QLineEdit(page)
        self.short_name.setMaxLength(40)
        self.type = QComboBox(page)
        add_vocab(self.type, VERBUND_TYPES)
        self.phase = QComboBox(page)
        add_vocab(self.phase, PHASES)
        self.phase_since = OptionalDateEdit(page)
        self.sectors = QLineEdit(page)
        self.sectors.setPlaceholderText(self.tr("z. B. Automobilzulieferer, Metall"))
        self.topics = QLineEdit(page)
        self.topics.setPlaceholderText(self.tr(TOPIC_HINT))
        self.coordinator = RecordPicker(self._services.organisations.choices, page)
        self.coordinator.setPlaceholderText(self.tr("Koordinierende Organisation suchen …"))
        self.regions = CheckList([(r.name, r.id) for r in self._services.reference.regions()], page)
        self.regions.setObjectName("verbundRegions")
        self.regions.setMaximumHeight(150)
        form = QFormLayout(page)
        form.addRow(self.tr("&Name: *"), self.name)
        form.addRow(self.tr("&Kurzname:"), self.short_name)
        form.addRow(self.tr("&Typ:"), self.type)
        form.addRow(self.tr("&Phase:"), self.phase)
        form.addRow(self.tr("Phase seit:"), self.phase_since)
        form.addRow(self.tr("&Koordination:"), self.coordinator)
        form.addRow(self.tr("&Branchen:"), self.sectors)
        form.addRow(self.tr("&Themen:"), self.topics)
        form.addRow(self.tr("Landkreise:"), self.regions)
        return page

    def _build_funding(self) -> QWidget:
        page = QWidget(self)
        self.funding_programme = QLineEdit(page)
        self.funding_programme.setPlaceholderText(
            self.tr("z. B. Bundesprogramm „Aufbau von Weiterbildungsverbünden“")
        )
        self.grant_reference = QLineEdit(page)
        self.funding_start = OptionalDateEdit(page)
        self.funding_end = OptionalDateEdit(page)
        self.budget = QDoubleSpinBox(page)
        self.budget.setRange(-1, 100_000_000)
        self.budget.setDecimals(2)
        self.budget.setSingleStep(1000)
        self.budget.setSpecialValueText(self.tr("–"))
        self.budget.setValue(-1)
        self.budget.setSuffix(" €")
        self.budget.setGroupSeparatorShown(True)
        self.continuation_plan = QPlainTextEdit(page)
        self.continuation_plan.setPlaceholderText(
            self.tr("Wie geht es nach der Förderung weiter? (Verstetigung)")
        )
        form = QFormLayout(page)
        form.addRow(self.tr("&Förderprogramm:"), self.funding_programme)
        form.addRow(self.tr("&Förderkennzeichen:"), self.grant_reference)
        form.addRow(self.tr("Förderbeginn:"), self.funding_start)
        form.addRow(self.tr("Förderende:"), self.funding_end)
        form.addRow(self.tr("&Budget:"), self.budget)
        form.addRow(self.tr("&Verstetigung:"), self.continuation_plan)
        return page

    def _build_texts(self) -> QWidget:
        page = QWidget(self)
        self.goals = QPlainTextEdit(page)
        self.goals.setPlaceholderText(self.tr("Ziele des Verbunds"))
        self.notes = QPlainTextEdit(page)
        self.notes.setPlaceholderText(self.tr("Notizen, Absprachen, Hintergründe"))
        form = QFormLayout(page)
        form.addRow(self.tr("&Ziele:"), self.goals)
        form.addRow(self.tr("N&otizen:"), self.notes)
        return page

    # -- RecordDialog hooks --------------------------------------------------------------
    def _fields(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "short_name": self.short_name,
            "type": self.type,
            "phase": self.phase,
            "coordinator_id": self.coordinator,
            "region_ids": self.regions,
            "funding_start": self.funding_start,
            "funding_end": self.funding_end,
            "budget": self.budget,
        }

    def data(self) -> VerbundData:
        budget = self.budget.value()
        return VerbundData(
            name=self.name.text(),
            short_name=self.short_name.text(),
            type=vocab_value(self.type),
            sectors=self.sectors.text(),
            topics=self.topics.text(),
            region_ids=tuple(sorted(self.regions.checked())),
            coordinator_id=self.coordinator.current_id() if self.coordinator.text() else None,
            funding_programme=self.funding_programme.text(),
            grant_reference=self.grant_reference.text(),
            funding_start=self.funding_start.value(),
            funding_end=self.funding_end.value(),
            budget=None if budget < 0 else budget,
            goals=self.goals.toPlainText(),
            continuation_plan=self.continuation_plan.toPlainText(),
            notes=self.notes.toPlainText(),
            phase=vocab_value(self.phase),
            phase_since=self.phase_since.value(),
        )

    def _create(self, data: VerbundData, allow_duplicate: bool) -> VerbundDetail:
        detail = self._services.verbuende.create(data)
        self.saved_id = detail.id
        return detail

    def _update(self, data: VerbundData, version: int, original: VerbundData) -> VerbundDetail:
        detail = self._services.verbuende.update(self._detail.id, data, version, original=original)
        self.saved_id = detail.id
        return detail

    def _show_new(self) -> None:
        self.title.setText(self.tr("Neuer Weiterbildungsverbund"))
        self.subtitle.setText(
            self.tr("Pflichtfeld ist nur der Name; alles andere lässt sich später ergänzen.")
        )
        self.phase_since.set_value(date.today())

    def load(self, record_id: int) -> None:
        d = self._services.verbuende.get(record_id)
        self._detail = d
        self.audit.set_record(record_id)
        data = d.data
        self.title.setText(d.name)
        self.subtitle.setText(
            self.tr("Phase %1 · %2")
            .replace("%1", d.phase)
            .replace("%2", ", ".join(d.region_names) or self.tr("ohne Landkreis"))
        )
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        set_vocab(self.type, data.type)
        set_vocab(self.phase, data.phase)
        self.phase_since.set_value(data.phase_since)
        # the phase changes through the history, not through this form
        self.phase.setEnabled(False)
        self.phase_since.setEnabled(False)
        self.phase.setToolTip(self.tr("Die Phase wechseln Sie im Reiter „Phasen“."))
        self.sectors.setText(data.sectors)
        self.topics.setText(data.topics)
        self.coordinator.set_current(data.coordinator_id, d.coordinator_name)
        self.regions.set_checked(data.region_ids)
        self.funding_programme.setText(data.funding_programme)
        self.grant_reference.setText(data.grant_reference)
        self.funding_start.set_value(data.funding_start)
        self.funding_end.set_value(data.funding_end)
        self.budget.setValue(-1 if data.budget is None else data.budget)
        self.goals.setPlainText(data.goals)
        self.continuation_plan.setPlainText(data.continuation_plan)
        self.notes.setPlainText(data.notes)

    def save(self, allow_duplicate: bool = False) -> bool:
        if not super().save(allow_duplicate):
            return False
        self.accept()
        return True
