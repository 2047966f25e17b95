"""The person list with its filters (by the kind and district of their organisation)."""

from __future__ import annotations

from wba_desktop.services.people import PersonFilter
from wba_desktop.views.directory.list_view import DirectoryListView, filter_combo, refill
from wba_desktop.views.itemmodels.directory_models import PersonTableModel


class PersonListView(DirectoryListView):
    noun_plural = "Personen"
    table_name = "people"

    def __init__(self, services, settings, parent=None) -> None:
        super().__init__(services, PersonTableModel(services.people), settings, parent)

    def build_filters(self) -> None:
        self.kind = filter_combo(self, "", [], "filterKind")
        self.region = filter_combo(self, "", [], "filterRegion")
        self.wba = filter_combo(self, "", [], "filterWba")
        self.tag = filter_combo(self, "", [], "filterTag")
        self.filters = [self.kind, self.region, self.wba, self.tag]
        self.fill_choices()

    def fill_choices(self) -> None:
        ref = self._services.reference
        refill(
            self.kind,
            self.tr("Alle Organisationsarten"),
            [(t.name, t.id) for t in ref.organisation_types()],
        )
        refill(self.region, self.tr("Alle Landkreise"), [(r.name, r.id) for r in ref.regions()])
        refill(self.wba, self.tr("Alle WBA-Regionen"), [(w, w) for w in ref.wba_regions()])
        refill(self.tag, self.tr("Alle Schlagwörter"), [(t.name, t.id) for t in ref.tags()])

    def current_filter(self) -> PersonFilter:
        def one(box):
            value = box.currentData()
            return () if value is None else (value,)

        return PersonFilter(
            text=self.search.text(),
            type_ids=one(self.kind),
            region_ids=one(self.region),
            wba_regions=one(self.wba),
            tag_ids=one(self.tag),
            active=self.active.currentData(),
        )
