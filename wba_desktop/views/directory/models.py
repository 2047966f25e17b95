"""Table models of the organisation and person lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from wba_desktop.services.directory.organisations import OrganisationFilter, OrganisationService
from wba_desktop.services.directory.people import PersonFilter, PersonService
from wba_desktop.views.common.lazy_table import Column, LazyTableModel


def _level(value: int | None) -> str:
    return "" if value is None else "●" * value + "○" * (5 - value)


def _active(value: bool) -> str:
    return "aktiv" if value else "inaktiv"


class OrganisationTableModel(LazyTableModel):
    columns = (
        Column("name", "Name", 280),
        Column("short_name", "Kurzname", 90, hidden_by_default=True),
        Column("type_name", "Art", 170),
        Column("region_name", "Landkreis", 150),
        Column("wba_region", "WBA-Region", 105),
        Column("coverage", "Zuständigkeit", 180, sortable=False, hidden_by_default=True),
        Column("postcode", "PLZ", 60, hidden_by_default=True),
        Column("city", "Ort", 140),
        Column("street", "Straße", 170, hidden_by_default=True),
        Column("email", "E-Mail", 200),
        Column("phone", "Telefon", 130),
        Column("website", "Website", 180, hidden_by_default=True),
        Column("sectors", "Branchen", 160, hidden_by_default=True),
        Column("tags", "Schlagwörter", 160, sortable=False),
        Column("size_class", "Größe", 120, hidden_by_default=True),
        Column("influence", "Einfluss", 80, format=_level, hidden_by_default=True),
        Column("interest", "Interesse", 80, format=_level, hidden_by_default=True),
        Column("stance", "Haltung", 100, hidden_by_default=True),
        Column("people", "Personen", 70, align_right=True, sortable=False),
        Column("relations", "Beziehungen", 85, align_right=True, sortable=False),
        Column("active", "Status", 70, format=_active, hidden_by_default=True),
        Column("updated_at", "Geändert", 120, hidden_by_default=True),
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
        Column("name", "Name", 220),
        Column("salutation", "Anrede", 60, hidden_by_default=True),
        Column("title", "Titel", 70, hidden_by_default=True),
        Column("organisation", "Organisation", 260),
        Column("function", "Funktion", 180),
        Column("email", "E-Mail", 230),
        Column("phone", "Telefon", 130),
        Column("mobile", "Mobil", 130, hidden_by_default=True),
        Column("region_name", "Landkreis", 150),
        Column("wba_region", "WBA-Region", 105, hidden_by_default=True),
        Column("active", "Status", 70, format=_active, hidden_by_default=True),
        Column("updated_at", "Geändert", 120, hidden_by_default=True),
    )

    def __init__(self, service: PersonService, parent=None) -> None:
        super().__init__(service.list_ids, service.rows, PersonFilter(), parent)
