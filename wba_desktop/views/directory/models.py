"""Table models of the organisation and person lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from wba_desktop.services.directory.organisations import OrganisationFilter, OrganisationService
from wba_desktop.services.directory.people import PersonFilter, PersonService
from wba_desktop.views.common.lazy_table import Column, LazyTableModel
from wba_desktop.views.common.vocab_combo import cell


def _level(value: int | None) -> str:
    return "" if value is None else "●" * value + "○" * (5 - value)


def _active(value: bool) -> str:
    return "aktiv" if value else "inaktiv"


class OrganisationTableModel(LazyTableModel):
    columns = (
        Column("name", QT_TR_NOOP("Name"), 280),
        Column("short_name", QT_TR_NOOP("Kurzname"), 90, hidden_by_default=True),
        Column("type_name", QT_TR_NOOP("Art"), 170, format=cell),
        Column("region_name", QT_TR_NOOP("Landkreis"), 150),
        Column("wba_region", QT_TR_NOOP("WBA-Region"), 105, format=cell),
        Column(
            "coverage", QT_TR_NOOP("Zuständigkeit"), 180, sortable=False, hidden_by_default=True
        ),
        Column("postcode", QT_TR_NOOP("PLZ"), 60, hidden_by_default=True),
        Column("city", QT_TR_NOOP("Ort"), 140),
        Column("street", QT_TR_NOOP("Straße"), 170, hidden_by_default=True),
        Column("email", QT_TR_NOOP("E-Mail"), 200),
        Column("phone", QT_TR_NOOP("Telefon"), 130),
        Column("website", QT_TR_NOOP("Website"), 180, hidden_by_default=True),
        Column("sectors", QT_TR_NOOP("Branchen"), 160, hidden_by_default=True),
        Column("tags", QT_TR_NOOP("Schlagwörter"), 160, sortable=False),
        Column("size_class", QT_TR_NOOP("Größe"), 120, hidden_by_default=True, format=cell),
        Column("influence", QT_TR_NOOP("Einfluss"), 80, format=_level, hidden_by_default=True),
        Column("interest", QT_TR_NOOP("Interesse"), 80, format=_level, hidden_by_default=True),
        Column("stance", QT_TR_NOOP("Haltung"), 100, hidden_by_default=True, format=cell),
        Column("people", QT_TR_NOOP("Personen"), 70, align_right=True, sortable=False),
        Column("relations", QT_TR_NOOP("Beziehungen"), 85, align_right=True, sortable=False),
        Column("active", QT_TR_NOOP("Status"), 70, format=_active, hidden_by_default=True),
        Column("updated_at", QT_TR_NOOP("Geändert"), 120, hidden_by_default=True),
    )

    def __init__(self, service: OrganisationService, parent=None) -> None:
        super().__init__(service.list_ids, service.rows, OrganisationFilter(), parent)
        self._icons: dict[str, QIcon] = {}

    def _swatch(self, colour: str) -> QIcon:
        icon = self._icons.get(colour)
        if icon is None:
            pix = QPixmap(10, 10)
            pix.fill(QColor(colour))
            icon = self._icons[colour] = QIcon(pix)
        return icon

    def extra_data(self, rec: Any, col: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and col.key == "type_name":
            return self._swatch(rec.type_colour)
        if role == Qt.ItemDataRole.FontRole and col.key == "name":
            font = QFont()
            font.setBold(True)
            return font
        return None


class PersonTableModel(LazyTableModel):
    columns = (
        Column("name", QT_TR_NOOP("Name"), 220),
        Column("salutation", QT_TR_NOOP("Anrede"), 60, hidden_by_default=True, format=cell),
        Column("title", QT_TR_NOOP("Titel"), 70, hidden_by_default=True),
        Column("organisation", QT_TR_NOOP("Organisation"), 260),
        Column("function", QT_TR_NOOP("Funktion"), 180),
        Column("email", QT_TR_NOOP("E-Mail"), 230),
        Column("phone", QT_TR_NOOP("Telefon"), 130),
        Column("mobile", QT_TR_NOOP("Mobil"), 130, hidden_by_default=True),
        Column("region_name", QT_TR_NOOP("Landkreis"), 150),
        Column("wba_region", QT_TR_NOOP("WBA-Region"), 105, hidden_by_default=True, format=cell),
        Column("active", QT_TR_NOOP("Status"), 70, format=_active, hidden_by_default=True),
        Column("updated_at", QT_TR_NOOP("Geändert"), 120, hidden_by_default=True),
    )

    def __init__(self, service: PersonService, parent=None) -> None:
        super().__init__(service.list_ids, service.rows, PersonFilter(), parent)
