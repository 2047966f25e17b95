"""The organisation dialog's tab „Leistungen“: what the partner offers (topic, target
groups, districts, contact person, note), added, edited and removed through the small
:class:`~wba_desktop.views.directory.offer_dialog.OfferDialog`; each change is saved
at once, like the people and relations of the neighbouring tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from wba_desktop.services.bundle import Services
from wba_desktop.services.lotsen.offers import AS_COVERAGE, OfferData, groups_text
from wba_desktop.text.fold import sort_key
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op
from wba_desktop.views.directory.linked_tables import LinkedTable
from wba_desktop.views.directory.offer_dialog import OfferDialog


class OffersTab(LinkedTable):
    """Set the organisation with :meth:`set_record`; ``offers_changed(count)`` after
    loading, ``saved`` after every saved change."""

    offers_changed = Signal(int)
    saved = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        self._services = services
        self._names = {r.id: r.name for r in services.reference.regions()}
        columns = (
            Column("topic_name", self.tr("Thema"), 250),
            Column("target_groups", self.tr("Zielgruppen"), 170, format=groups_text),
            Column("region_ids", self.tr("Landkreise"), 170, format=self._regions),
            Column("contact_name", self.tr("Ansprechperson"), 150),
            Column("note", self.tr("Notiz"), 150),
        )
        super().__init__(columns, self.tr("Leistung hinzufügen …"), "", parent=parent)
        self.setObjectName("offersTab")
        self.open_button.hide()
        self.table.setSortingEnabled(False)  # the order of the topic list
        self._org: tuple[int, str] | None = None
        self.dialog: OfferDialog | None = None  # the open offer dialog (for tests)
        self.add_requested.connect(lambda: self._open(None))
        self.edit_requested.connect(self._open)
        self.remove_requested.connect(self._remove)

    def _regions(self, ids) -> str:
        if not ids:
            return AS_COVERAGE
        return ", ".join(sorted((self._names.get(i, "?") for i in ids), key=sort_key))

    # -- loading -----------------------------------------------------------------------
    def set_record(self, org_id: int, name: str) -> None:
        self._org = (org_id, name)
        self.reload()

    def reload(self) -> None:
        if self._org is None:
            return
        offers = self._services.offers.offers_of(self._org[0])
        self.set_rows(offers)
        self.offers_changed.emit(len(offers))

    def offers(self) -> list[OfferData]:
        return list(self.model.rows())

    # -- changing ----------------------------------------------------------------------
    def _people(self) -> list[tuple[int, str]]:
        assert self._org is not None
        found = {
            a.person_id: a.person_name
            for a in self._services.affiliations.for_organisation(self._org[0])
            if a.current
        }
        return sorted(found.items(), key=lambda p: sort_key(p[1]))

    def _open(self, existing: OfferData | None) -> None:
        if self._org is None:
            return
        dialog = OfferDialog(
            self._services, self._org, self.offers(), self._people(), existing, self
        )
        self.dialog = dialog

        def done(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.reload()
                self.table.setFocus()
                self.saved.emit()

        dialog.finished.connect(done)
        dialog.open()

    def _remove(self, offer: OfferData) -> None:
        if self._org is None:
            return
        org_id = self._org[0]
        rest = [o for o in self.offers() if o.id != offer.id]

        def answer(i: int) -> None:
            if i == 0:
                op(self, lambda: self._services.offers.save_offers(org_id, rest)).success(
                    lambda _saved: (self.reload(), self.saved.emit())
                ).run()

        ask(
            self,
            self.tr("Leistung entfernen"),
            self.tr("Die Leistung „%1“ entfernen?").replace("%1", offer.topic_name),
            [
                (self.tr("Entfernen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            default=1,
        )
