"""Stammdaten: the reference data an administrator may change.

Three tabs: Landkreise (the WBA region of each district), Organisationsarten (name,
colour, multiplier flag) and Beziehungsarten (a label per direction). Every change
goes through ``services.reference`` in a small form opened with ``open()``; the
dialog emits ``changed`` after each save so other views can refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.models.reference import WBA_REGIONS
from wba_desktop.services.bundle import Services
from wba_desktop.services.errors import ServiceError, ValidationError
from wba_desktop.views.dialogs.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.itemmodels.lazy_table import Column
from wba_desktop.views.itemmodels.simple_table import RecordListModel

NOTE_STYLE = (
    "QLabel#referenceNote { background: #eef5fb; color: #1f3b57; border: 1px solid #c9dcec;"
    " border-radius: 4px; padding: 6px 8px; }"
)
HINT_STYLE = "color: #5b6b7a;"
DEFAULT_COLOUR = "#808080"
MAX_NAME = 80  # the length of the name and label columns


class SwatchModel(RecordListModel):
    """A record list that shows each record's ``colour`` as a swatch in column 0."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            rec = self.record(index.row())
            return QColor(rec.colour) if rec is not None else None
        return super().data(index, role)


def swatch_icon(colour: str) -> QIcon:
    pixmap = QPixmap(28, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class EditForm(QDialog):
    """A small form: error banner, labelled fields, Speichern / Abbrechen.

    ``submit`` calls the service and returns the saved record; a ValidationError
    marks the named field, any other ServiceError shows in the banner. On success
    the form is accepted and the record is in ``saved``.
    """

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.submit: Callable[[], Any] = lambda: None
        self.saved: Any = None
        self.banner = ErrorBanner(self)
        self.form = QFormLayout()
        self._fields: dict[str, QWidget] = {}
        self.errors = FieldErrors(self.banner, self._fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(buttons)

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        self.form.addRow(label, widget)
        if field:
            self._fields[field] = widget

    def save(self) -> None:
        try:
            self.saved = self.submit()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return
        self.accept()


class ReferenceDialog(QDialog):
    """Edit districts' WBA regions, kinds of organisation and relation types.

    ``form`` is the small edit form currently open (or None), for tests and tools.
    """

    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._ref = services.reference
        self.form: EditForm | None = None
        self.setObjectName("referenceDialog")
        self.setWindowTitle(self.tr("Stammdaten"))
        self.resize(880, 620)
        yes_no = self._yes_no

        self.region_model = RecordListModel(
            [
                Column("name", self.tr("Name"), 200),
                Column("kind", self.tr("Art"), 120),
                Column("seat", self.tr("Kreissitz"), 170),
                Column("plate", self.tr("Kfz-Kennzeichen"), 120),
                Column("ags", self.tr("AGS"), 70),
                Column("wba_region", self.tr("WBA-Region"), 90),
            ],
            parent=self,
        )
        self.type_model = SwatchModel(
            [
                Column("name", self.tr("Bezeichnung"), 340),
                Column("is_multiplier", self.tr("Multiplikator"), 110, format=yes_no),
            ],
            parent=self,
        )
        self.relation_model = RecordListModel(
            [
                Column("name", self.tr("Bezeichnung"), 170),
                Column("forward_label", self.tr("Bezeichnung vorwärts"), 230),
                Column("reverse_label", self.tr("Bezeichnung rückwärts"), 260),
                Column("directed", self.tr("gerichtet"), 80, format=yes_no),
            ],
            parent=self,
        )
        self.region_table = self._table(self.region_model, self.edit_region)
        self.type_table = self._table(self.type_model, self.edit_type)
        self.relation_table = self._table(self.relation_model, self.edit_relation_type)

        self.region_button = self._button(self.tr("WBA-Region ändern …"), self.edit_region)
        self.add_type_button = self._button(self.tr("Neue Organisationsart …"), self.add_type)
        self.edit_type_button = self._button(self.tr("Bearbeiten …"), self.edit_type)
        self.add_relation_button = self._button(
            self.tr("Neue Beziehungsart …"), self.add_relation_type
        )
        self.edit_relation_button = self._button(
            self.tr("Bearbeiten …"), self.edit_relation_type
        )

        self.tabs = QTabWidget(self)
        region_note = self.tr(
            "Die Zuordnung der Landkreise zu den WBA-Regionen ist aus den Bezirken der "
            "Agenturen für Arbeit abgeleitet (Nord: Magdeburg, Süd: Halle, West: Halberstadt, "
            "Ost: Dessau-Roßlau) und nicht für jeden Landkreis bestätigt. Weicht die "
            "Zuständigkeit ab, passen Sie die WBA-Region hier an."
        )
        type_note = self.tr(
            "Die Farbe kennzeichnet die Art in Netzwerkkarten. Multiplikatoren tragen die "
            "Angebote der Weiterbildungsagentur weiter (Kammern, Verbände, Gewerkschaften …); "
            "Unternehmen und Schulen sind die Zielgruppe des Netzwerks."
        )
        relation_note = self.tr(
            "Gerichtete Beziehungen lesen sich je nach Blickrichtung verschieden, z. B. "
            "„ist Mitglied von“ und „hat als Mitglied“. Ungerichtete haben eine Bezeichnung "
            "für beide Seiten, z. B. „kooperiert mit“."
        )
        self.tabs.addTab(
            self._page(region_note, [self.region_button], self.region_table),
            self.tr("Landkreise"),
        )
        self.tabs.addTab(
            self._page(type_note, [self.add_type_button, self.edit_type_button], self.type_table),
            self.tr("Organisationsarten"),
        )
        self.tabs.addTab(
            self._page(
                relation_note,
                [self.add_relation_button, self.edit_relation_button],
                self.relation_table,
            ),
            self.tr("Beziehungsarten"),
        )

        title = QLabel(self.tr("Stammdaten"), self)
        title.setObjectName("dialogTitle")
        subtitle = QLabel(
            self.tr("Nachschlagewerte für die ganze Anwendung. Änderungen gelten sofort."), self
        )
        subtitle.setObjectName("dialogSubtitle")
        self.close_button = self._button(self.tr("Schließen"), self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.reload()

    # -- building ------------------------------------------------------------------
    def _yes_no(self, value: Any) -> str:
        return self.tr("ja") if value else self.tr("nein")

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in a table must not close the dialog
        button.clicked.connect(lambda: slot())
        return button

    def _table(self, model: RecordListModel, edit: Callable[[], None]) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, col in enumerate(model.columns):
            table.setColumnWidth(i, col.width)
        table.activated.connect(lambda _index: edit())  # double-click or Enter
        return table

    def _page(self, note: str, buttons: Sequence[QPushButton], table: QTableView) -> QWidget:
        page = QWidget(self)
        label = QLabel(note, page)
        label.setObjectName("referenceNote")
        label.setStyleSheet(NOTE_STYLE)
        label.setWordWrap(True)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        for b in buttons[1:] if len(buttons) > 1 else buttons:
            self._enable_with_selection(b, table)
        return page

    @staticmethod
    def _enable_with_selection(button: QPushButton, table: QTableView) -> None:
        def update(*_args) -> None:
            button.setEnabled(table.selectionModel().hasSelection())

        table.selectionModel().selectionChanged.connect(update)
        table.model().modelReset.connect(update)
        update()

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        self._fill(self.region_table, self.region_model, self._ref.regions())
        self._fill(self.type_table, self.type_model, self._ref.organisation_types())
        self._fill(self.relation_table, self.relation_model, self._ref.relation_types())

    @staticmethod
    def _fill(table: QTableView, model: RecordListModel, rows: Sequence[Any]) -> None:
        model.set_rows(rows)
        header = table.horizontalHeader()
        table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    @staticmethod
    def _selected(table: QTableView) -> Any | None:
        rows = table.selectionModel().selectedRows()
        model = table.model()
        return model.record(rows[0].row()) if rows else None

    def select_id(self, table: QTableView, record_id: int) -> bool:
        """Select the row of ``record_id`` in ``table``; False when it is not there."""
        model = table.model()
        for row, rec in enumerate(model.rows()):
            if rec.id == record_id:
                table.selectRow(row)
                table.scrollTo(model.index(row, 0))
                return True
        return False

    # -- forms -------------------------------------------------------------------
    def _run(self, form: EditForm, table: QTableView) -> None:
        self.form = form
        form.finished.connect(lambda result: self._after_form(result, form, table))
        form.open()

    def _after_form(self, result: int, form: EditForm, table: QTableView) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        if result != QDialog.DialogCode.Accepted or form.saved is None:
            return
        self.reload()
        self.select_id(table, form.saved.id)
        table.setFocus()
        self.changed.emit()

    def edit_region(self) -> None:
        region = self._selected(self.region_table)
        if region is None:
            return
        form = EditForm(self.tr("WBA-Region ändern"), self)
        choices = list(WBA_REGIONS)
        choices += [r for r in self._ref.wba_regions() if r not in choices]
        form.combo = QComboBox(form)
        form.combo.addItems(choices)
        form.combo.setCurrentText(region.wba_region)
        form.add_row(self.tr("Landkreis:"), QLabel(f"<b>{region.name}</b>", form))
        form.add_row(self.tr("&WBA-Region:"), form.combo, "wba_region")
        form.submit = lambda: self._ref.set_wba_region(region.id, form.combo.currentText())
        self._run(form, self.region_table)

    def add_type(self) -> None:
        self.edit_type(new=True)

    def edit_type(self, new: bool = False) -> None:
        current = None if new else self._selected(self.type_table)
        if current is None and not new:
            return
        title = self.tr("Organisationsart bearbeiten") if current else self.tr("Neue Organisationsart")
        form = EditForm(title, self)
        form.name = QLineEdit(form)
        form.name.setMaxLength(MAX_NAME)
        form.name.setPlaceholderText(self.tr("z. B. Stiftung"))
        form.colour = current.colour if current else DEFAULT_COLOUR
        form.colour_button = QPushButton(self.tr("Farbe wählen …"), form)
        form.colour_button.setAutoDefault(False)
        form.colour_button.setIcon(swatch_icon(form.colour))
        form.multiplier = QCheckBox(self.tr("Multiplikator"), form)
        form.multiplier.setToolTip(
            self.tr("Organisationen dieser Art tragen Angebote der WBA in ihr Netzwerk weiter.")
        )
        form.multiplier.setChecked(current.is_multiplier if current else True)
        if current:
            form.name.setText(current.name)
        colour_row = QHBoxLayout()
        colour_row.addWidget(form.colour_button)
        colour_row.addStretch(1)
        form.add_row(self.tr("&Bezeichnung: *"), form.name, "name")
        form.form.addRow(self.tr("&Farbe:"), colour_row)
        form.add_row("", form.multiplier, "is_multiplier")
        form.colour_button.clicked.connect(lambda: self._choose_colour(form))
        form.submit = lambda: self._ref.save_organisation_type(
            form.name.text(),
            form.colour,
            form.multiplier.isChecked(),
            type_id=current.id if current else None,
        )
        self._run(form, self.type_table)
        form.name.setFocus()

    def _choose_colour(self, form: EditForm) -> None:
        dialog = QColorDialog(QColor(form.colour), form)
        dialog.setWindowTitle(self.tr("Farbe wählen"))

        def chosen(colour: QColor) -> None:
            form.colour = colour.name()
            form.colour_button.setIcon(swatch_icon(form.colour))

        dialog.colorSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add_relation_type(self) -> None:
        self.edit_relation_type(new=True)

    def edit_relation_type(self, new: bool = False) -> None:
        current = None if new else self._selected(self.relation_table)
        if current is None and not new:
            return
        title = self.tr("Beziehungsart bearbeiten") if current else self.tr("Neue Beziehungsart")
        form = EditForm(title, self)
        form.name = QLineEdit(form)
        form.directed = QCheckBox(self.tr("gerichtet (je Blickrichtung eine eigene Bezeichnung)"))
        form.forward = QLineEdit(form)
        form.reverse = QLineEdit(form)
        form.name.setPlaceholderText(self.tr("z. B. Mitgliedschaft"))
        form.forward.setPlaceholderText(self.tr("z. B. ist Mitglied von"))
        form.reverse.setPlaceholderText(self.tr("z. B. hat als Mitglied"))
        for edit in (form.name, form.forward, form.reverse):
            edit.setMaxLength(MAX_NAME)
        if current:
            form.name.setText(current.name)
            form.forward.setText(current.forward_label)
            form.reverse.setText(current.reverse_label or "")
            form.directed.setChecked(current.directed)
        form.reverse.setEnabled(form.directed.isChecked())
        form.directed.toggled.connect(form.reverse.setEnabled)
        form.add_row(self.tr("&Bezeichnung: *"), form.name, "name")
        form.add_row("", form.directed, "directed")
        form.add_row(self.tr("Bezeichnung &vorwärts: *"), form.forward, "forward_label")
        form.add_row(self.tr("Bezeichnung &rückwärts:"), form.reverse, "reverse_label")
        hint = QLabel(self.tr("Vorwärts: von A nach B gelesen, rückwärts: von B nach A."), form)
        hint.setStyleSheet(HINT_STYLE)
        form.add_row("", hint)
        type_id = current.id if current else None

        def submit():
            self._check_relation_name(form.name.text(), type_id)
            return self._ref.save_relation_type(
                form.name.text(),
                form.forward.text(),
                form.reverse.text(),
                form.directed.isChecked(),
                type_id=type_id,
            )

        form.submit = submit
        self._run(form, self.relation_table)
        form.name.setFocus()

    def _check_relation_name(self, name: str, type_id: int | None) -> None:
        """The name is unique in the database, but the service does not check it yet."""
        name = " ".join(name.split())
        for t in self.relation_model.rows():
            if t.id != type_id and t.name.casefold() == name.casefold():
                raise ValidationError(
                    {"name": self.tr("Bezeichnung: „%1“ gibt es schon.").replace("%1", name)}
                )

    def current_index(self, table: QTableView) -> QModelIndex:
        return table.currentIndex()
