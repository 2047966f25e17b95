"""Stammdaten: the reference data an administrator may change.

Three tabs: Landkreise (the WBA region of each district), Organisationsarten (name,
colour, multiplier flag) and Beziehungsarten (a label per direction). Every change
goes through ``services.reference`` in a small form opened with ``open()``; the
dialog emits ``changed`` after each save so other views can refresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
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
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ValidationError
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.reference import (
    OrganisationTypeInfo,
    ReferenceService,
    RegionInfo,
    RelationTypeInfo,
)
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.shell.ops import accept_saved, op
from wba_desktop.vocab import WBA_REGIONS

NOTE_STYLE = (
    "QLabel#referenceNote { background: #eef5fb; color: #1f3b57; border: 1px solid #c9dcec;"
    " border-radius: 4px; padding: 6px 8px; }"
)
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

    Subclasses add fields with ``add_row`` and implement ``submit`` (call the service,
    return the saved record). A ValidationError marks the named field, any other
    ServiceError shows in the banner; on success the record is in ``saved``.
    """

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.saved: Any = None
        self.banner = ErrorBanner(self)
        self.rows = QFormLayout()
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
        layout.addLayout(self.rows)
        layout.addWidget(buttons)

    def add_row(self, label: str, widget: QWidget, field: str = "") -> QWidget:
        self.rows.addRow(label, widget)
        if field:
            self._fields[field] = widget
        return widget

    def line_edit(self, hint: str, text: str | None) -> QLineEdit:
        edit = QLineEdit(text or "", self)
        edit.setMaxLength(MAX_NAME)
        edit.setPlaceholderText(hint)
        return edit

    def submit(self) -> Any:
        """Save through the service and return what it saved (each form defines it)."""
        raise TypeError(f"{type(self).__name__} defines no submit()")

    def save(self) -> None:
        op(self, self.submit, form=self.errors).success(accept_saved(self)).run()


class RegionForm(EditForm):
    """The WBA region of one district: the four regions and any other already in use."""

    def __init__(self, ref: ReferenceService, region: RegionInfo, parent: QWidget) -> None:
        super().__init__(self.tr("WBA-Region ändern"), parent)
        self._ref, self._region = ref, region
        self.wba_region = QComboBox(self)
        self.wba_region.addItems(list(dict.fromkeys([*WBA_REGIONS, *ref.wba_regions()])))
        self.wba_region.setCurrentText(region.wba_region)
        self.add_row(self.tr("Landkreis:"), QLabel(f"<b>{region.name}</b>", self))
        self.add_row(self.tr("&WBA-Region:"), self.wba_region, "wba_region").setFocus()

    def submit(self) -> RegionInfo:
        return self._ref.set_wba_region(self._region.id, self.wba_region.currentText())


class TypeForm(EditForm):
    """Name, colour (a QColorDialog opened with ``open()``) and multiplier flag."""

    def __init__(
        self, ref: ReferenceService, current: OrganisationTypeInfo | None, parent: QWidget
    ) -> None:
        new = current is None
        super().__init__(
            self.tr("Neue Organisationsart") if new else self.tr("Organisationsart bearbeiten"),
            parent,
        )
        self._ref, self._id = ref, None if current is None else current.id
        self.colour = DEFAULT_COLOUR if current is None else current.colour
        self.name = self.line_edit(self.tr("z. B. Stiftung"), current and current.name)
        self.colour_button = QPushButton(swatch_icon(self.colour), self.tr("Farbe wählen …"))
        self.colour_button.setAutoDefault(False)
        self.colour_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.colour_button.clicked.connect(self.choose_colour)
        self.multiplier = QCheckBox(self.tr("Multiplikator"), self)
        self.multiplier.setChecked(new or current.is_multiplier)
        self.multiplier.setToolTip(
            self.tr("Organisationen dieser Art tragen Angebote der WBA in ihr Netzwerk weiter.")
        )
        self.add_row(self.tr("&Bezeichnung: *"), self.name, "name").setFocus()
        self.add_row(self.tr("&Farbe:"), self.colour_button)
        self.add_row("", self.multiplier, "is_multiplier")

    def choose_colour(self) -> None:
        dialog = QColorDialog(QColor(self.colour), self)
        dialog.setWindowTitle(self.tr("Farbe wählen"))
        dialog.colorSelected.connect(self.set_colour)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def set_colour(self, colour: QColor) -> None:
        self.colour = colour.name()
        self.colour_button.setIcon(swatch_icon(self.colour))

    def submit(self) -> OrganisationTypeInfo:
        name, multiplier = self.name.text(), self.multiplier.isChecked()
        return self._ref.save_organisation_type(name, self.colour, multiplier, type_id=self._id)


class RelationTypeForm(EditForm):
    """Name and labels; the reverse label only counts for directed types."""

    def __init__(
        self, ref: ReferenceService, current: RelationTypeInfo | None, parent: QWidget
    ) -> None:
        new = current is None
        super().__init__(
            self.tr("Neue Beziehungsart") if new else self.tr("Beziehungsart bearbeiten"),
            parent,
        )
        self._ref, self._id = ref, None if current is None else current.id
        self.name = self.line_edit(self.tr("z. B. Mitgliedschaft"), current and current.name)
        self.directed = QCheckBox(self.tr("gerichtet (je Blickrichtung eine eigene Bezeichnung)"))
        self.directed.setChecked(not new and current.directed)
        self.forward = self.line_edit(
            self.tr("z. B. ist Mitglied von"), current and current.forward_label
        )
        self.reverse = self.line_edit(
            self.tr("z. B. hat als Mitglied"), current and current.reverse_label
        )
        self.reverse.setEnabled(self.directed.isChecked())
        self.directed.toggled.connect(self.reverse.setEnabled)
        self.add_row(self.tr("&Bezeichnung: *"), self.name, "name").setFocus()
        self.add_row("", self.directed, "directed")
        self.add_row(self.tr("Bezeichnung &vorwärts: *"), self.forward, "forward_label")
        self.add_row(self.tr("Bezeichnung &rückwärts:"), self.reverse, "reverse_label")

    def submit(self) -> RelationTypeInfo:
        # The name is unique in the database, but the service does not check it (yet).
        name = " ".join(self.name.text().split())
        taken = self._ref.relation_types()
        if any(t.id != self._id and t.name.casefold() == name.casefold() for t in taken):
            message = self.tr("Bezeichnung: „%1“ gibt es schon.").replace("%1", name)
            raise ValidationError({"name": message})
        return self._ref.save_relation_type(
            self.name.text(),
            self.forward.text(),
            self.reverse.text(),
            self.directed.isChecked(),
            type_id=self._id,
        )


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

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch all three lists again, keeping each table's sort order."""
        for table, rows in (
            (self.region_table, self._ref.regions()),
            (self.type_table, self._ref.organisation_types()),
            (self.relation_table, self._ref.relation_types()),
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
