"""Create or edit a Verteiler; for a dynamic one, the filter with a live member count."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verteiler.lists import Criteria, VerteilerInfo
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.purpose_combo import PurposeCombo
from wba_desktop.views.common.vocab_combo import cell


class VerteilerDialog(QDialog):
    """``kind`` is "static" or "dynamic" for a new list; ``existing`` edits one."""

    def __init__(
        self,
        services: Services,
        kind: str = "static",
        existing: VerteilerInfo | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._existing = existing
        self.kind = existing.kind if existing else kind
        self.saved: VerteilerInfo | None = None
        dynamic = self.kind == "dynamic"
        title = (
            self.tr("Verteiler bearbeiten")
            if existing
            else self.tr("Neuer dynamischer Verteiler")
            if dynamic
            else self.tr("Neuer Verteiler")
        )
        self.setWindowTitle(title)
        self.resize(820 if dynamic else 440, 650 if dynamic else 290)

        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("&Name: *"), self.name)
        form.addRow(self.tr("&Beschreibung:"), self.description)
        self.purpose = PurposeCombo(
            [p.name for p in services.consents.purposes(active_only=True)], self
        )
        form.addRow(self.tr("&Zweck:"), self.purpose)

        self.banner = ErrorBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("dialogSubtitle")
        if dynamic:
            layout.addWidget(self._build_criteria(), 1)
            layout.addWidget(self.count_label)
        else:
            hint = QLabel(
                self.tr(
                    "Mitglieder fügen Sie in der Personenliste hinzu: Personen markieren, "
                    "dann „Zu Verteiler hinzufügen …“."
                ),
                self,
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = save_cancel_buttons(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        fields = {"name": self.name, "purpose": self.purpose}
        if dynamic:
            fields["criteria"] = self.kinds
        self.errors = FieldErrors(self.banner, fields)
        if existing:
            self.name.setText(existing.name)
            self.description.setPlainText(existing.description)
            self.purpose.set_purpose(existing.purpose)
            if dynamic:
                self._load_criteria(existing.criteria)
        self._update_count()

    def _build_criteria(self) -> QWidget:
        ref = self._services.reference
        box = QGroupBox(self.tr("Wer gehört dazu? (je Liste: eines der Merkmale genügt)"), self)
        self.kinds = CheckList([(cell(t.name), t.id) for t in ref.organisation_types()], box)
        self.regions = CheckList([(r.name, r.id) for r in ref.regions()], box)
        self.wba = CheckList([(cell(w), w) for w in ref.wba_regions()], box)
        tags = [(t.name, t.id) for t in ref.tags()]
        self.org_tags = CheckList(tags, box)
        self.person_tags = CheckList(tags, box)
        self.functions = QLineEdit(box)
        self.functions.setPlaceholderText(
            self.tr("z. B. Geschäftsf, Personal (durch Komma getrennt)")
        )
        grid = QGridLayout(box)
        for col, (label, widget) in enumerate(
            (
                (self.tr("Art der Organisation"), self.kinds),
                (self.tr("Landkreis"), self.regions),
                (self.tr("WBA-Region"), self.wba),
            )
        ):
            grid.addWidget(QLabel(label, box), 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(QLabel(self.tr("Schlagwort der Organisation"), box), 2, 0)
        grid.addWidget(self.org_tags, 3, 0)
        grid.addWidget(QLabel(self.tr("Schlagwort der Person"), box), 2, 1)
        grid.addWidget(self.person_tags, 3, 1)
        grid.addWidget(QLabel(self.tr("Funktion enthält"), box), 2, 2)
        grid.addWidget(self.functions, 3, 2, alignment=Qt.AlignmentFlag.AlignTop)
        self.wba.setMaximumHeight(self.wba.sizeHintForRow(0) * 4 + 8)
        grid.setAlignment(self.wba, Qt.AlignmentFlag.AlignTop)
        self._count_timer = QTimer(self, singleShot=True, interval=250)
        self._count_timer.timeout.connect(self._update_count)
        for w in (self.kinds, self.regions, self.wba, self.org_tags, self.person_tags):
            w.changed.connect(self._count_timer.start)
        self.functions.textChanged.connect(lambda _t: self._count_timer.start())
        return box

    def _load_criteria(self, c: Criteria) -> None:
        self.kinds.set_checked(c.type_ids)
        self.regions.set_checked(c.region_ids)
        self.wba.set_checked(c.wba_regions)
        self.org_tags.set_checked(c.org_tag_ids)
        self.person_tags.set_checked(c.tag_ids)
        self.functions.setText(", ".join(c.functions))

    def criteria(self) -> Criteria | None:
        if self.kind != "dynamic":
            return None
        return Criteria(
            type_ids=self.kinds.checked(),
            region_ids=self.regions.checked(),
            wba_regions=self.wba.checked(),
            tag_ids=self.person_tags.checked(),
            org_tag_ids=self.org_tags.checked(),
            functions=tuple(f.strip() for f in self.functions.text().split(",") if f.strip()),
        )

    def _update_count(self) -> None:
        crit = self.criteria()
        if crit is None:
            return
        if crit.is_empty():
            self.count_label.setText(self.tr("Bitte mindestens ein Merkmal wählen."))
            return
        n = self._services.people.count(crit.person_filter())
        self.count_label.setText(
            self.tr("Passt derzeit auf %n aktive Person(en).").replace("%n", str(n))
        )

    def save(self) -> None:
        verteiler = self._services.verteiler
        name, text = self.name.text(), self.description.toPlainText()
        criteria, purpose = self.criteria(), self.purpose.purpose()
        if self._existing is None:
            call = lambda: verteiler.create(name, self.kind, text, criteria, purpose)  # noqa: E731
        else:
            list_id = self._existing.id
            call = lambda: verteiler.update(list_id, name, text, criteria, purpose)  # noqa: E731
        op(self, call, form=self.errors).success(accept_saved(self)).run()
