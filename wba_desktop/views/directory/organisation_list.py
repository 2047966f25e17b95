"""The organisation list (filters come from DirectoryListView)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.views.directory.list_view import DirectoryListView
from wba_desktop.views.directory.models import OrganisationTableModel


class OrganisationListView(DirectoryListView):
    noun_plural = QT_TR_NOOP("Organisationen")
    watches = frozenset({"organisations", "reference"})
    table_name = "organisations"
    filter_class = OrganisationFilter
    kind_label = QT_TR_NOOP("Alle Arten")

    def __init__(self, services, settings, parent=None) -> None:
        super().__init__(services, OrganisationTableModel(services.organisations), settings, parent)
