"""The person list: kind and district filters refer to the person's organisation."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.views.directory.list_view import DirectoryListView
from wba_desktop.views.directory.models import PersonTableModel


class PersonListView(DirectoryListView):
    noun_plural = QT_TR_NOOP("Personen")
    watches = frozenset({"people", "organisations", "reference"})
    table_name = "people"
    filter_class = PersonFilter
    kind_label = QT_TR_NOOP("Alle Organisationsarten")

    def __init__(self, services, settings, parent=None) -> None:
        super().__init__(services, PersonTableModel(services.people), settings, parent)
