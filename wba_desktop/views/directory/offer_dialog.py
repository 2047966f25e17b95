"""One offer („Leistung“) of an organisation: topic, target groups, districts served
(„wie Sitz und Zuständigkeit der Organisation“ or chosen ones), contact person, note.

The dialog saves on its own, like a person's affiliation: it hands the organisation's
whole offer list, with this one added or changed, to ``services.offers.save_offers``;
a refused field is marked and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.lotsen.offers import TARGET_GROUPS, OfferData
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.directory.coverage_field import CoverageField

AS_ORGANISATION = QT_TR_NOOP("wie Sitz und Zuständigkeit der Organisation")


class OfferDialog(QDialog):
    """``offers``: the organisation's offers as loaded; ``existing``: the one to edit
    (None: a new one). ``people``: (id, name) of the people for the contact combo.
    After saving, ``saved`` holds the organisation's offers as stored."""

    def __init__(
        self,
        services: Services,
        organisation: tuple[int, str],
        offers: list[OfferData],
        people: list[tuple[int, str]],
        existing: OfferData | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offerDialog")
        self._services, self._org_id = services, organisation[0]
        self._others = [o for o in offers if existing is None or o.id != existing.id]
        self.saved: list[OfferData] | None = None
        self.setWindowTitle(
            self.tr("Leistung bearbeiten") if existing else self.tr("Leistung hinzufügen")
        )

        self.topic = QComboBox(self)
        self.topic.addItem("", None)
        used = {o.topic_id for o in self._others}
        for t in services.offers.topics(active_only=False):
            mine = existing is not None and t.id == existing.topic_id
            if (t.active and t.id not in used) or mine:
                self.topic.addItem(t.name if t.active else f"{t.name} (inaktiv)", t.id)
        groups_box = QWidget(self)
        groups_row = QHBoxLayout(groups_box)
        groups_row.setContentsMargins(0, 0, 0, 0)
        self.groups: dict[str, QCheckBox] = {}
        for g in TARGET_GROUPS:
            box = QCheckBox(g, groups_box)
            self.groups[g] = box
            groups_row.addWidget(box)
        groups_row.addStretch(1)
        self.groups_box = groups_box
        self.as_organisation = QCheckBox(self.tr(AS_ORGANISATION), self)
        self.as_organisation.setToolTip(
            self.tr(
                "Die Leistung gilt überall, wo die Organisation ihren Sitz hat oder "
                "zuständig ist; ändert sich die Zuständigkeit, folgt die Leistung ihr"
            )
        )
        regions = services.reference.regions()
        self.districts = CoverageField([(r.id, r.name) for r in regions], self)
        self.contact = QComboBox(self)
        self.contact.addItem(self.tr("(keine)"), None)
        for pid, name in people:
            self.contact.addItem(name, pid)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("z. B. nur für Metallberufe, Termine nach Absprache"))

        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), QLabel(f"<b>{organisation[1]}</b>", self))
        form.addRow(self.tr("&Thema: *"), self.topic)
        form.addRow(self.tr("Ziel&gruppen:"), groups_box)
        hint = QLabel(self.tr("keine gewählt: für alle"), self)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        form.addRow(self.tr("&Landkreise:"), self.as_organisation)
        form.addRow("", self.districts)
        form.addRow(self.tr("&Ansprechperson:"), self.contact)
        form.addRow(self.tr("&Notiz:"), self.note)

        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {
                "topic_id": self.topic,
                "target_groups": groups_box,
                "region_ids": self.districts.list,
                "contact_person_id": self.contact,
                "note": self.note,
            },
        )
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self.as_organisation.toggled.connect(self._as_organisation_toggled)

        if existing is not None:
            self.topic.setCurrentIndex(max(self.topic.findData(existing.topic_id), 0))
            for g in existing.target_groups:
                if g in self.groups:
                    self.groups[g].setChecked(True)
            self.districts.set_ids(existing.region_ids)
            index = self.contact.findData(existing.contact_person_id)
            if index < 0 and existing.contact_person_id is not None:  # no longer affiliated
                self.contact.addItem(existing.contact_name or "?", existing.contact_person_id)
                index = self.contact.count() - 1
            self.contact.setCurrentIndex(max(index, 0))
            self.note.setText(existing.note)
        self.as_organisation.setChecked(existing is None or not existing.region_ids)
        self._as_organisation_toggled(self.as_organisation.isChecked())
        self.topic.setFocus()

    def save_button(self):
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def _as_organisation_toggled(self, on: bool) -> None:
        self.districts.setEnabled(not on)

    def offer(self) -> OfferData:
        """The offer as the form shows it."""
        return OfferData(
            topic_id=self.topic.currentData(),
            target_groups=tuple(g for g, box in self.groups.items() if box.isChecked()),
            region_ids=() if self.as_organisation.isChecked() else tuple(self.districts.ids()),
            contact_person_id=self.contact.currentData(),
            note=self.note.text(),
        )

    def save(self) -> None:
        offer = self.offer()
        if not self.as_organisation.isChecked() and not offer.region_ids:
            self.errors.show(
                {
                    "region_ids": self.tr(
                        "Landkreise: Bitte mindestens einen wählen oder „%1“ ankreuzen."
                    ).replace("%1", self.tr(AS_ORGANISATION))
                }
            )
            return
        offers = [*self._others, offer]
        op(
            self,
            lambda: self._services.offers.save_offers(self._org_id, offers),
            form=self.errors,
        ).success(accept_saved(self)).run()
