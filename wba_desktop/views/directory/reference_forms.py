"""The small forms of the Stammdaten dialog: the WBA region of a district, a kind of
organisation (name, colour, multiplier) and a relation type (a label per direction).
Each saves through ``services.reference`` and keeps what it saved in ``saved``."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ValidationError
from wba_desktop.services.directory.reference import (
    MAX_CADENCE_DAYS,
    OrganisationTypeInfo,
    ReferenceService,
    RegionInfo,
    RelationTypeInfo,
)
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.vocab_combo import add_vocab, set_vocab, vocab_value
from wba_desktop.vocab import WBA_REGIONS

DEFAULT_COLOUR = "#808080"
MAX_NAME = 80  # the length of the name and label columns


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
        add_vocab(self.wba_region, dict.fromkeys([*WBA_REGIONS, *ref.wba_regions()]))
        set_vocab(self.wba_region, region.wba_region)
        self.add_row(self.tr("Landkreis:"), QLabel(f"<b>{region.name}</b>", self))
        self.add_row(self.tr("&WBA-Region:"), self.wba_region, "wba_region").setFocus()

    def submit(self) -> RegionInfo:
        return self._ref.set_wba_region(self._region.id, vocab_value(self.wba_region))


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
        self.cadence = QSpinBox(self)
        self.cadence.setRange(0, MAX_CADENCE_DAYS)  # 0: no cadence
        self.cadence.setSingleStep(30)
        self.cadence.setSuffix(self.tr(" Tage"))
        self.cadence.setSpecialValueText(self.tr("keine Vorgabe"))
        self.cadence.setValue((current and current.default_cadence_days) or 0)
        self.cadence.setToolTip(
            self.tr(
                "Wie oft Organisationen dieser Art kontaktiert werden sollten, wenn bei "
                "der Organisation selbst nichts eingetragen ist"
            )
        )
        self.add_row(self.tr("&Bezeichnung: *"), self.name, "name").setFocus()
        self.add_row(self.tr("&Farbe:"), self.colour_button)
        self.add_row("", self.multiplier, "is_multiplier")
        self.add_row(self.tr("&Kontakt alle:"), self.cadence, "default_cadence_days")

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
        return self._ref.save_organisation_type(
            name,
            self.colour,
            multiplier,
            type_id=self._id,
            default_cadence_days=self.cadence.value() or None,
        )


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
