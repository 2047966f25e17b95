"""Stammdaten: the reference data an administrator may change.

Five tabs: Landkreise (the WBA region of each district), Organisationsarten (name,
colour, multiplier flag), Beziehungsarten (a label per direction),
Einwilligungszwecke (name, description, order, active) and Themen der Leistungen
(name, active). Every change goes through ``services.reference`` (the purposes
through ``services.consents``, the topics through ``services.offers``) in a small
form opened with ``open()`` (``reference_forms``, ``consent_forms``, ``topic_form``);
the change bus tells the other areas.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.directory.consent_forms import PurposeForm
from wba_desktop.views.directory.reference_forms import (  # re-exported for the tests
    EditForm,
    RegionForm,
    RelationTypeForm,
    TypeForm,
)
from wba_desktop.views.directory.topic_form import TopicForm

NOTE_STYLE = (
    "QLabel#referenceNote { background: #eef5fb; color: #1f3b57; border: 1px solid #c9dcec;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class SwatchModel(RecordListModel):
    """A record list that shows each record's ``colour`` as a swatch in column 0."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            rec = self.record(index.row())
            return QColor(rec.colour) if rec is not None else None
        return super().data(index, role)


class ReferenceDialog(QDialog):
    """Edit districts' WBA regions, kinds of organisation and relation types.

    ``form`` is the small edit form currently open (or None), for tests and tools.
    """

    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._ref = services.reference
        self._consents = services.consents
        self._offers = services.offers
        self.form: EditForm | None = None
        self.setObjectName("referenceDialog")
        self.setWindowTitle(self.tr("Stammdaten"))
        self.resize(900, 690)
        self.tabs = QTabWidget(self)
        yes_no, edit = self._yes_no, self.tr("Bearbeiten …")

        self.region_table, (self.region_button,) = self._tab(
            self.tr("Landkreise"),
            self.tr(
                "Die Zuordnung der Landkreise zu den WBA-Regionen ist aus den Bezirken der "
                "Agenturen für Arbeit abgeleitet (Nord: Magdeburg, Süd: Halle, West: "
                "Halberstadt, Ost: Dessau-Roßlau) und nicht für jeden Landkreis bestätigt. "
                "Weicht die Zuständigkeit ab, passen Sie die WBA-Region hier an."
            ),
            RecordListModel(
                [
                    Column("name", self.tr("Name"), 200),
                    Column("kind", self.tr("Art"), 120),
                    Column("seat", self.tr("Kreissitz"), 180),
                    Column("plate", self.tr("Kfz-Kennzeichen"), 135),
                    Column("ags", self.tr("AGS"), 70),
                    Column("wba_region", self.tr("WBA-Region"), 105),
                ]
            ),
            [(self.tr("WBA-Region ändern …"), RegionForm, False)],
        )
        self.type_table, (self.add_type_button, self.edit_type_button) = self._tab(
            self.tr("Organisationsarten"),
            self.tr(
                "Die Farbe kennzeichnet die Art in Netzwerkgrafiken. Multiplikatoren tragen "
                "die Angebote der WBA weiter; Unternehmen und Schulen sind die Zielgruppe."
            ),
            SwatchModel(
                [
                    Column("name", self.tr("Bezeichnung"), 340),
                    Column("is_multiplier", self.tr("Multiplikator"), 110, format=yes_no),
                    Column(
                        "default_cadence_days",
                        self.tr("Kontakt alle"),
                        110,
                        format=lambda d: f"{d} Tage" if d else "",
                    ),
                ]
            ),
            [(self.tr("Neue Organisationsart …"), TypeForm, True), (edit, TypeForm, False)],
        )
        self.relation_table, (self.add_relation_button, self.edit_relation_button) = self._tab(
            self.tr("Beziehungsarten"),
            self.tr(
                "Gerichtete Beziehungen lesen sich je nach Blickrichtung anders (vorwärts von A "
                "nach B „ist Mitglied von“, rückwärts „hat als Mitglied“); ungerichtete haben "
                "eine Bezeichnung für beide Seiten, z. B. „kooperiert mit“."
            ),
            RecordListModel(
                [
                    Column("name", self.tr("Bezeichnung"), 170),
                    Column("forward_label", self.tr("Bezeichnung vorwärts"), 230),
                    Column("reverse_label", self.tr("Bezeichnung rückwärts"), 260, format=_dash),
                    Column("directed", self.tr("gerichtet"), 80, format=yes_no),
                ]
            ),
            [
                (self.tr("Neue Beziehungsart …"), RelationTypeForm, True),
                (edit, RelationTypeForm, False),
            ],
            stretch=2,
        )
        purpose_form = self._purpose_form
        self.purpose_table, (self.add_purpose_button, self.edit_purpose_button) = self._tab(
            self.tr("Einwilligungszwecke"),
            self.tr(
                "Wofür Personen einwilligen können (Newsletter, Einladungen, Fotos, Netzwerk"
                "karten). Ein Zweck mit Einwilligungen wird nicht gelöscht, sondern "
                "deaktiviert: Sein Verlauf bleibt lesbar, neu erfasst wird er nicht mehr."
            ),
            RecordListModel(
                [
                    Column("name", self.tr("Bezeichnung"), 230),
                    Column("description", self.tr("Beschreibung"), 380),
                    Column("sort_order", self.tr("Reihenfolge"), 95, align_right=True),
                    Column("active", self.tr("aktiv"), 60, format=yes_no),
                ]
            ),
            [
                (self.tr("Neuer Zweck …"), purpose_form, True),  # type: ignore[list-item]
                (edit, purpose_form, False),  # type: ignore[list-item]
            ],
            stretch=1,
        )
        topic_form = self._topic_form
        self.topic_table, (self.add_topic_button, self.edit_topic_button) = self._tab(
            self.tr("Themen der Leistungen"),
            self.tr(
                "Die Themen, zu denen Partner Leistungen anbieten und Anfragen gestellt werden "
                "(Weiterbildungsberatung, Förderberatung, Umschulung …). Ein Thema wird nicht "
                "gelöscht, sondern deaktiviert: Bei den Leistungen bleibt es stehen, neu "
                "gewählt wird es nicht mehr."
            ),
            RecordListModel(
                [
                    Column("name", self.tr("Bezeichnung"), 420),
                    Column("active", self.tr("aktiv"), 60, format=yes_no),
                ]
            ),
            [
                (self.tr("Neues Thema …"), topic_form, True),  # type: ignore[list-item]
                (edit, topic_form, False),  # type: ignore[list-item]
            ],
        )
        self.region_model = self.region_table.model()
        self.type_model = self.type_table.model()
        self.relation_model = self.relation_table.model()

        title = QLabel(self.tr("Stammdaten"), self)
        title.setObjectName("dialogTitle")
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()

    # -- building ------------------------------------------------------------------
    def _yes_no(self, value: Any) -> str:
        return self.tr("ja") if value else self.tr("nein")

    def _tab(
        self,
        title: str,
        note: str,
        model: RecordListModel,
        actions: Sequence[tuple[str, type[EditForm], bool]],
        stretch: int = 0,
    ) -> tuple[QTableView, list[QPushButton]]:
        """A page: note, buttons, and a table whose column ``stretch`` takes the spare
        width. Each action ``(label, form class, new)`` opens the form for a new record
        or, enabled only then, for the selected one; the last action also runs on
        double-click or Enter in the table."""
        page = QWidget(self)
        model.setParent(page)
        note_label = QLabel(note, page)
        note_label.setObjectName("referenceNote")
        note_label.setStyleSheet(NOTE_STYLE)
        note_label.setWordWrap(True)
        table = QTableView(page)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        for i, col in enumerate(model.columns):
            table.setColumnWidth(i, col.width)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        selection = table.selectionModel()
        row = QHBoxLayout()
        buttons = []
        for label, form_class, new in actions:
            button = QPushButton(label, page)
            button.setAutoDefault(False)  # Enter in the table must not close the dialog
            button.clicked.connect(lambda _c=False, f=form_class, n=new: self._open(f, table, n))
            if not new:
                button.setEnabled(False)
                selection.selectionChanged.connect(
                    lambda *_a, b=button: b.setEnabled(selection.hasSelection())
                )
                model.modelReset.connect(lambda b=button: b.setEnabled(selection.hasSelection()))
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        table.activated.connect(lambda _index: buttons[-1].click())
        layout = QVBoxLayout(page)
        layout.addWidget(note_label)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        self.tabs.addTab(page, title)
        return table, buttons

    def _purpose_form(self, _ref, current, parent) -> PurposeForm:
        """The purposes are saved through the consent service, not the reference one."""
        return PurposeForm(self._consents, current, parent)

    def _topic_form(self, _ref, current, parent) -> TopicForm:
        """The topics are saved through the offer service."""
        return TopicForm(self._offers, current, parent)

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch all lists again, keeping each table's sort order."""
        for table, rows in (
            (self.region_table, self._ref.regions()),
            (self.type_table, self._ref.organisation_types()),
            (self.relation_table, self._ref.relation_types()),
            (self.purpose_table, self._consents.purposes()),
            (self.topic_table, self._offers.topics(active_only=False)),
        ):
            table.model().set_rows(rows)
            header = table.horizontalHeader()
            table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    @staticmethod
    def _selected(table: QTableView) -> Any | None:
        rows = table.selectionModel().selectedRows()
        return table.model().record(rows[0].row()) if rows else None

    # -- forms -------------------------------------------------------------------
    def _open(self, form_class: type[EditForm], table: QTableView, new: bool = False) -> None:
        current = None if new else self._selected(table)
        if current is None and not new:
            return
        form = form_class(self._ref, current, self)
        self.form = form
        form.finished.connect(lambda result: self._after_form(result, form, table))
        form.open()

    def _after_form(self, result: int, form: EditForm, table: QTableView) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        if result == QDialog.DialogCode.Accepted and form.saved is not None:
            self.reload()
            ids = [rec.id for rec in table.model().rows()]
            if form.saved.id in ids:
                table.selectRow(ids.index(form.saved.id))
            table.setFocus()
            self.changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Enter in a table opens the form (``activated``); passed on to QDialog it
        # would click the default button of that form, a child of this dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)


def _dash(value: str | None) -> str:
    return value or "–"  # an undirected type: the forward label reads both ways
