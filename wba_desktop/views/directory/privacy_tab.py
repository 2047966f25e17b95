"""The person dialog's "Datenschutz" tab: legal basis, source, informed on,
restriction and objection (saved with their own button), the current consent per
purpose and the full history of consent events, with „Einwilligung erfassen …“ and
„Widerruf erfassen …“ (a :class:`ConsentForm` opened with ``open()``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.privacy.consents import GRANTED, WITHDRAWN
from wba_desktop.services.privacy.facts import PersonPrivacy, PrivacyFacts
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import fit_titles, show_rows
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.consent_forms import ConsentForm
from wba_desktop.vocab import LEGAL_BASES

CURRENT_COLUMNS = (
    Column("purpose", QT_TR_NOOP("Zweck"), 210),
    Column("status", QT_TR_NOOP("Stand heute"), 110),
    Column("effective_on", QT_TR_NOOP("seit"), 85),
    Column("expires_on", QT_TR_NOOP("bis"), 85),
    Column("source", QT_TR_NOOP("Quelle"), 240),
)
HISTORY_COLUMNS = (
    Column("purpose", QT_TR_NOOP("Zweck"), 190),
    Column("status", QT_TR_NOOP("Status"), 80),
    Column("effective_on", QT_TR_NOOP("gültig ab"), 80),
    Column("expires_on", QT_TR_NOOP("bis"), 82),
    Column("source", QT_TR_NOOP("Quelle"), 170),
    Column("wording_version", QT_TR_NOOP("Fassung"), 100),
    Column("recorded_by", QT_TR_NOOP("erfasst von"), 100),
    Column("recorded_at", QT_TR_NOOP("erfasst am"), 115),
)


def _table(model: RecordListModel, parent: QWidget, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    for i, col in enumerate(model.columns):
        table.setColumnWidth(i, col.width)
    fit_titles(table)
    if stretch == len(model.columns) - 1:
        # the last column fills spare room, and the table scrolls when there is none
        # (a stretched column shrank to „Q…“ in a dialog of 760 px)
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class PrivacyTab(QWidget):
    """``facts_saved(version)`` after the facts were stored (the person's new version);
    ``changed`` after any save (facts or consent)."""

    facts_saved = Signal(int)
    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyTab")
        self._services = services
        self.person_id: int | None = None
        self.who = ""
        self.form: ConsentForm | None = None
        self.banner = ErrorBanner(self)
        self.legal_basis = QComboBox(self)
        self.legal_basis.addItem(self.tr("(nicht angegeben)"), "")
        for basis in LEGAL_BASES:
            self.legal_basis.addItem(cell(basis), basis)
        self.data_source = QLineEdit(self)
        self.data_source.setMaxLength(200)
        self.data_source.setPlaceholderText(self.tr("z. B. Visitenkarte Kongress 2026"))
        self.informed_on = OptionalDateEdit(self)
        self.informed_on.setSpecialValueText(self.tr("nicht informiert"))
        self.restricted = QCheckBox(
            self.tr("Verarbeitung eingeschränkt (Art. 18): in keiner Liste, keinem Export, "
                    "keiner E-Mail, Einladung oder Karte"),
            self,
        )  # fmt: skip
        self.objected_on = OptionalDateEdit(self)
        self.objected_on.setSpecialValueText(self.tr("kein Widerspruch"))
        self.objected_on.setToolTip(
            self.tr("Widerspruch (Art. 21): beendet alles, was auf berechtigtem Interesse beruht.")
        )
        self.save_facts_button = QPushButton(self.tr("Angaben speichern"), self)
        self.save_facts_button.setAutoDefault(False)
        self.save_facts_button.clicked.connect(self.save_facts)
        self.errors = FieldErrors(
            self.banner,
            {
                "legal_basis": self.legal_basis,
                "data_source": self.data_source,
                "informed_on": self.informed_on,
                "objected_on": self.objected_on,
            },
        )
        form = QFormLayout()
        form.addRow(self.tr("&Rechtsgrundlage:"), self.legal_basis)
        form.addRow(self.tr("&Herkunft der Daten:"), self.data_source)
        form.addRow(self.tr("&Informiert am:"), self.informed_on)
        form.addRow(self.tr("&Widerspruch am:"), self.objected_on)
        form.addRow("", self.restricted)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_facts_button)
        form.addRow(save_row)

        self.current_model = RecordListModel(CURRENT_COLUMNS, parent=self)
        self.current_table = _table(self.current_model, self, 4)
        self.current_table.setObjectName("currentConsents")
        show_rows(self.current_table)  # a row per purpose; more scroll
        self.current_table.setMaximumHeight(self.current_table.minimumHeight())
        self.history_model = RecordListModel(HISTORY_COLUMNS, parent=self)
        self.history_table = _table(self.history_model, self, len(HISTORY_COLUMNS) - 1)
        self.history_table.setObjectName("consentHistory")
        self.grant_button = QPushButton(self.tr("Einwilligung erfassen …"), self)
        self.withdraw_button = QPushButton(self.tr("Widerruf erfassen …"), self)
        for button, status in ((self.grant_button, GRANTED), (self.withdraw_button, WITHDRAWN)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.open_consent_form(s))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Einwilligungen</b> – Stand heute:"), self))
        buttons.addStretch(1)
        buttons.addWidget(self.grant_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.current_table)
        layout.addWidget(QLabel(self.tr("Verlauf (nichts wird überschrieben):"), self))
        layout.addWidget(self.history_table, 1)

    # -- loading -------------------------------------------------------------------
    def set_person(self, person_id: int, who: str) -> None:
        self.person_id, self.who = person_id, who
        self.show_facts(self._services.privacy_facts.get(person_id))
        self.reload_consents()

    def show_facts(self, privacy: PersonPrivacy) -> None:
        f = privacy.facts
        self.legal_basis.setCurrentIndex(max(self.legal_basis.findData(f.legal_basis), 0))
        self.data_source.setText(f.data_source)
        self.informed_on.set_value(f.informed_on)
        self.objected_on.set_value(f.objected_on)
        self.restricted.setChecked(f.restricted)

    def reload_consents(self) -> None:
        if self.person_id is None:
            return
        self.current_model.set_rows(self._services.consents.current(self.person_id))
        self.history_model.set_rows(self._services.consents.history(self.person_id))

    def facts(self) -> PrivacyFacts:
        return PrivacyFacts(
            legal_basis=self.legal_basis.currentData() or "",
            data_source=self.data_source.text(),
            informed_on=self.informed_on.value(),
            restricted=self.restricted.isChecked(),
            objected_on=self.objected_on.value(),
        )

    # -- saving --------------------------------------------------------------------
    def save_facts(self) -> None:
        if self.person_id is None:
            return
        pid, facts = self.person_id, self.facts()

        def done(saved: PersonPrivacy) -> None:
            self.show_facts(saved)
            self.facts_saved.emit(saved.version)
            self.changed.emit()

        op(self, lambda: self._services.privacy_facts.save(pid, facts), form=self.errors).success(
            done
        ).run()

    def open_consent_form(self, status: str = GRANTED) -> ConsentForm | None:
        if self.person_id is None:
            return None
        form = ConsentForm(
            self._services.consents, [self.person_id], self, status=status, who=self.who
        )
        self.form = form
        form.finished.connect(lambda result: self._after_form(result, form))
        form.open()
        return form

    def _after_form(self, result: int, form: ConsentForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        if result and form.saved is not None:
            self.reload_consents()
            self.changed.emit()
