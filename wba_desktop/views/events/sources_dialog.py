"""Extend an event's invitation list from Verteiler, Verbünde and a simple people
filter, with a live preview of who would be added and who is left out."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.services.events.invitation_sources import (
    AddResult,
    InvitationPreview,
    InvitationSources,
)
from wba_desktop.services.events.invitations import ADD_STATUSES
from wba_desktop.text import format as fmt
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.form_support import ErrorBanner
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import add_vocab, vocab_value

#: how many new people the preview lists by name
SHOWN = 300
#: how many names of people without consent the preview text names
NAMED = 8


def _elide(check: CheckList) -> None:
    """Long names end in "…" (full text as tooltip) instead of a horizontal scroll bar."""
    check.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    check.setTextElideMode(Qt.TextElideMode.ElideRight)
    for i in range(check.count()):
        check.item(i).setToolTip(check.item(i).text())


class SourcesDialog(QDialog):
    """After ``accept()``: ``result`` is the service's :class:`AddResult`."""

    def __init__(self, services: Services, event_id: int, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self.result: AddResult | None = None
        self.preview: InvitationPreview | None = None
        self.setWindowTitle(self.tr("Einladungsliste erweitern"))
        self.resize(1060, 620)
        self.banner = ErrorBanner(self)

        left = QVBoxLayout()
        left.addWidget(self._build_lists(), 2)
        left.addWidget(self._build_filter(), 1)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Vorschau"), self)
        heading.setObjectName("cardTitle")
        self.preview_label = QLabel(self.tr("Bitte mindestens eine Quelle wählen."), self)
        self.preview_label.setObjectName("previewText")
        self.preview_label.setWordWrap(True)
        self.new_list = QTreeWidget(self)
        self.new_list.setObjectName("newPeople")
        self.new_list.setRootIsDecorated(False)
        self.new_list.setAlternatingRowColors(True)
        self.new_list.setHeaderLabels([self.tr("Name"), self.tr("Quelle")])
        self.new_list.setColumnWidth(0, 170)
        right.addWidget(heading)
        right.addWidget(self.preview_label)
        right.addWidget(self.new_list, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.status = QComboBox(self)
        add_vocab(self.status, ADD_STATUSES)
        self.status.setToolTip(
            self.tr(
                "„vorgemerkt“: noch nicht angeschrieben (die Einladung geht später per "
                "E-Mail hinaus); „eingeladen“: die Einladung ist schon verschickt."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Hinzufügen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Neue Personen &als:"), self))
        bottom.itemAt(0).widget().setBuddy(self.status)
        bottom.addWidget(self.status)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_preview)
        for w in (self.verteiler, self.verbuende, self.kinds, self.wba):
            w.changed.connect(self._timer.start)
        self.all_staff.toggled.connect(lambda _on: self._timer.start())
        self.update_preview()

    # -- building --------------------------------------------------------------------
    def _group(self, title: str, items, empty_text: str) -> tuple[QGroupBox, CheckList]:
        box = QGroupBox(title, self)
        check = CheckList(items, box)
        _elide(check)
        inner = QVBoxLayout(box)
        inner.addWidget(check, 1)
        if not check.count():
            check.hide()
            hint = QLabel(empty_text, box)
            hint.setObjectName("cardEmpty")
            hint.setWordWrap(True)
            inner.addWidget(hint)
        return box, check

    def _build_lists(self) -> QWidget:
        lists = [(f"{v.name} ({v.members})", v.id) for v in self._services.verteiler.list_all()]
        verteiler_box, self.verteiler = self._group(
            self.tr("Verteiler"), lists, self.tr("Noch kein Verteiler angelegt.")
        )
        verbund_box, self.verbuende = self._group(
            self.tr("Verbünde (Ansprechpersonen der Mitglieder und Beirat)"),
            [(label, vid) for vid, label in self._services.verbuende.choices()],
            self.tr("Noch kein Verbund angelegt."),
        )
        self.all_staff = QCheckBox(
            self.tr("alle Beschäftigten der Mitgliedsorganisationen"), verbund_box
        )
        self.all_staff.setEnabled(self.verbuende.count() > 0)
        verbund_box.layout().addWidget(self.all_staff)
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(verteiler_box, 1)
        row.addWidget(verbund_box, 1)
        return page

    def _build_filter(self) -> QWidget:
        ref = self._services.reference
        box = QGroupBox(self.tr("Personen nach Merkmalen (optional, bezogen auf die Organisation)"))
        box.setParent(self)
        types = ref.organisation_types()
        self._kind_names = {t.id: t.name for t in types}
        self.kinds = CheckList([(t.name, t.id) for t in types], box)
        self.wba = CheckList([(w, w) for w in ref.wba_regions()], box)
        _elide(self.kinds)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Art der Organisation"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("WBA-Region"), box), 0, 1)
        grid.addWidget(self.kinds, 1, 0)
        grid.addWidget(self.wba, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return box

    # -- reading the choice ----------------------------------------------------------
    def _filter_label(self) -> str:
        kinds = [self._kind_names[i] for i in self.kinds.checked()]
        parts = [", ".join(kinds)] if kinds else []
        if self.wba.checked():
            parts.append(self.tr("Region %1").replace("%1", ", ".join(self.wba.checked())))
        return self.tr("Merkmale: %1").replace("%1", "; ".join(parts))

    def sources(self) -> InvitationSources:
        flt = None
        if self.kinds.checked() or self.wba.checked():
            flt = PersonFilter(type_ids=self.kinds.checked(), wba_regions=self.wba.checked())
        return InvitationSources(
            verteiler_ids=self.verteiler.checked(),
            person_filter=flt,
            verbund_ids=self.verbuende.checked(),
            include_all_member_staff=self.all_staff.isChecked(),
            filter_label=self._filter_label() if flt else tr("Filter"),
        )

    # -- preview and saving ----------------------------------------------------------
    def update_preview(self) -> None:
        """Ask the service who would be added; show counts, names and sources."""
        self._timer.stop()
        self.new_list.clear()
        self.preview = None
        sources = self.sources()
        if sources.is_empty():
            self.preview_label.setText(self.tr("Bitte mindestens eine Quelle wählen."))
            self.add_button.setEnabled(False)
            return

        def refused(exc: ServiceError) -> None:
            self.preview_label.setText(str(exc))
            self.add_button.setEnabled(False)

        p = (
            op(self, lambda: self._services.invitations.preview(self._event_id, sources))
            .handle(ServiceError, refused)
            .run()
        )
        if p is None:
            return
        self.preview = p
        parts = [
            self.tr("%1 neue Personen").replace("%1", fmt.integer(len(p.new))),
            self.tr("%1 schon auf der Liste").replace("%1", fmt.integer(p.already_invited)),
        ]
        if p.without_consent:
            names = ", ".join(p.without_consent_names[:NAMED])
            if len(p.without_consent_names) > NAMED:
                names += ", …"
            why = ", ".join(f"{fmt.integer(n)} {reason}" for reason, n in p.left_out)
            parts.append(
                self.tr("%1 nicht eingeladen (%3): %2")
                .replace("%1", fmt.integer(p.without_consent))
                .replace("%3", why or self.tr("ohne Einwilligung"))
                .replace("%2", names)
            )
        if p.inactive:
            parts.append(
                self.tr("%1 inaktiv (nicht eingeladen)").replace("%1", fmt.integer(p.inactive))
            )
        self.preview_label.setText(" · ".join(parts))
        items = [QTreeWidgetItem([c.name, c.source]) for c in p.new[:SHOWN]]
        if len(p.new) > SHOWN:
            more = self.tr("… und %1 weitere").replace("%1", fmt.integer(len(p.new) - SHOWN))
            items.append(QTreeWidgetItem([more, ""]))
        for item in items:
            item.setToolTip(1, item.text(1))
        self.new_list.addTopLevelItems(items)
        self.add_button.setEnabled(bool(p.new))

    def save(self) -> None:
        sources = self.sources()
        if sources.is_empty():
            self.banner.show_messages([self.tr("Bitte mindestens eine Quelle wählen.")])
            return
        try:
            self.result = self._services.invitations.add(
                self._event_id, sources, vocab_value(self.status)
            )
        except (ValidationError, ServiceError) as exc:
            self.banner.show_messages([str(exc)])
            return
        self.accept()
