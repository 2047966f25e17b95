"""The organisation list with its filters."""

from __future__ import annotations

from wba_desktop.services.organisations import OrganisationFilter
from wba_desktop.views.directory.list_view import DirectoryListView, filter_combo, refill
from wba_desktop.views.itemmodels.directory_models import OrganisationTableModel


class OrganisationListView(DirectoryListView):
    noun_plural = "Organisationen"
    table_name = "organisations"

    def __init__(self, services, settings, parent=None) -> None:
        super().__init__(services, OrganisationTableModel(services.organisations), settings, parent)

    def build_filters(self) -> None:
        self.kind = filter_combo(self, "", [], "filterKind")
        self.region = filter_combo(self, "", [], "filterRegion")
        self.wba = filter_combo(self, "", [], "filterWba")
        self.tag = filter_combo(self, "", [], "filterTag")
        self.filters = [self.kind, self.region, self.wba, self.tag]
        self.fill_choices()

    def fill_choices(self) -> None:
        ref = self._services.reference
        refill(self.kind, self.tr("Alle Arten"), [(t.name, t.id) for t in ref.organisation_types()])
        refill(self.region, self.tr("Alle Landkreise"), [(r.name, r.id) for r in ref.regions()])
        refill(self.wba, self.tr("Alle WBA-Regionen"), [(w, w) for w in ref.wba_regions()])
        refill(self.tag, self.tr("Alle Schlagwörter"), [(t.name, t.id) for t in ref.tags()])

    def current_filter(self) -> OrganisationFilter:
        def one(box):
            value = box.currentData()
            return () if value is None else (value,)

        return OrganisationFilter(
            text=self.search.text(),
            type_ids=one(self.kind),
            region_ids=one(self.region),
            wba_regions=one(self.wba),
            tag_ids=one(self.tag),
            active=self.active.currentData(),
        )
