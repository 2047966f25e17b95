"""The network's filter and display panel (left of the canvas)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell

COLOUR_BY = (
    (QT_TR_NOOP("Art"), "kind"),
    (QT_TR_NOOP("Landkreis"), "district"),
    (QT_TR_NOOP("WBA-Region"), "wba_region"),
    (QT_TR_NOOP("Gemeinschaft"), "community"),
)
SIZE_BY = (
    (QT_TR_NOOP("Verbindungen"), "degree"),
    (QT_TR_NOOP("Vermittlerrolle (Betweenness)"), "betweenness"),
    (QT_TR_NOOP("gewichtete Verbindungen"), "weighted_degree"),
    (QT_TR_NOOP("Einfluss"), "influence"),
)
LAYOUTS = (
    (QT_TR_NOOP("Kräfte"), "force"),
    (QT_TR_NOOP("nach Landkreis"), "district"),
    (QT_TR_NOOP("nach Art"), "kind"),
)
GROUP_BY = (
    (QT_TR_NOOP("keine"), ""),
    (QT_TR_NOOP("Landkreis"), "district"),
    (QT_TR_NOOP("WBA-Region"), "wba_region"),
    (QT_TR_NOOP("Art"), "kind"),
    (QT_TR_NOOP("Gemeinschaft (Louvain)"), "community"),
)
HISTORY_DAYS = 10 * 365
#: check boxes and combo boxes of the panel's state (``state_dict``); "grouping" once
#: the panel has such a combo box
_CHECKS = ("include_inactive", "include_people", "include_verbuende", "include_referrals")
_COMBOS = {"colour_by": "colour_by", "size_by": "size_by", "layout": "layout_mode",
           "min_strength": "min_strength", "grouping": "grouping"}  # fmt: skip


@dataclass
class PanelState:
    kinds: tuple[int, ...] = ()
    districts: tuple[int, ...] = ()
    wba_regions: tuple[str, ...] = ()
    tags: tuple[int, ...] = ()
    relation_types: tuple[int, ...] = ()
    min_strength: int = 1
    as_of: date | None = None
    focus: int | None = None
    depth: int = 1
    include_inactive: bool = False
    include_people: bool = False
    include_verbuende: bool = False
    include_referrals: bool = False
    colour_by: str = "kind"
    size_by: str = "degree"
    layout: str = "force"
    group_by: str = ""
    extras: dict = field(default_factory=dict)


class FilterPanel(QScrollArea):
    """Emits ``changed`` (debounced) when a filter changes, ``display_changed`` when
    only colours or sizes change, ``grouping_changed`` for „Gruppieren nach“ and
    ``relayout_requested`` for "Neu anordnen".

    Narrow windows: every row can shrink (combo boxes elide, the focus row wraps), and
    a horizontal scroll bar appears rather than cutting anything off."""

    changed = Signal()
    display_changed = Signal()
    grouping_changed = Signal()
    relayout_requested = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setMinimumWidth(230)
        self.setMaximumWidth(360)
        ref = services.reference
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.changed)

        display = QGroupBox(self.tr("Darstellung"), inner)
        form = QFormLayout(display)
        self.colour_by = self._combo(COLOUR_BY, display)
        self.size_by = self._combo(SIZE_BY, display)
        self.layout_mode = self._combo(LAYOUTS, display)
        self.group_by = self._combo(GROUP_BY, display)
        self.group_by.setToolTip(
            self.tr("Organisationen zu Blasen zusammenfassen; Doppelklick oder Hineinzoomen "
                    "öffnet eine Gruppe")
        )  # fmt: skip
        self.relayout = QPushButton(self.tr("Neu anordnen"), display)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Farbe nach:"), self.colour_by)
        form.addRow(self.tr("Größe nach:"), self.size_by)
        form.addRow(self.tr("Gruppieren nach:"), self.group_by)
        form.addRow(self.tr("Anordnung:"), self.layout_mode)
        form.addRow("", self.relayout)
        self.group_by.currentIndexChanged.connect(self.grouping_changed)
        self.colour_by.currentIndexChanged.connect(self.display_changed)
        self.size_by.currentIndexChanged.connect(self.display_changed)
        self.layout_mode.currentIndexChanged.connect(self.relayout_requested)
        self.relayout.clicked.connect(self.relayout_requested)
        layout.addWidget(display)

        focus = QGroupBox(self.tr("Blick auf eine Organisation"), inner)
        fl = QVBoxLayout(focus)
        self.focus = RecordPicker(lambda t: services.organisations.choices(t), focus)
        self.focus.setPlaceholderText(self.tr("Name … (leer: ganzes Netz)"))
        self.focus.setMinimumWidth(120)
        self.depth = QSpinBox(focus)
        self.depth.setRange(1, 3)
        self.depth.setPrefix(self.tr("Umfeld: "))
        self.depth.setSuffix(self.tr(" Schritt(e)"))
        fl.addWidget(self.focus)
        fl.addWidget(self.depth, 0, Qt.AlignmentFlag.AlignLeft)
        self.focus.picked.connect(lambda _id: self._timer.start())
        self.focus.textChanged.connect(lambda t: self._timer.start() if not t else None)
        self.depth.valueChanged.connect(lambda _v: self._timer.start())
        layout.addWidget(focus)

        when = QGroupBox(self.tr("Stand"), inner)
        wl = QVBoxLayout(when)
        self.use_date = QCheckBox(self.tr("An einem Stichtag zeigen"), when)
        self.date_slider = QSlider(Qt.Orientation.Horizontal, when)
        self.date_slider.setMinimumWidth(100)
        self.date_slider.setRange(-HISTORY_DAYS, 0)
        self.date_slider.setValue(0)
        self.date_label = QLabel(self.tr("heute"), when)
        self.date_slider.setEnabled(False)
        self.use_date.toggled.connect(self.date_slider.setEnabled)
        self.use_date.toggled.connect(lambda _on: self._timer.start())
        self.date_slider.valueChanged.connect(self._date_moved)
        wl.addWidget(self.use_date)
        wl.addWidget(self.date_slider)
        wl.addWidget(self.date_label)
        layout.addWidget(when)

        self.kinds = CheckList([(cell(t.name), t.id) for t in ref.organisation_types()])
        self.districts = CheckList([(r.name, r.id) for r in ref.regions()])
        self.wba = CheckList([(cell(w), w) for w in ref.wba_regions()])
        self.tags = CheckList([(t.name, t.id) for t in ref.tags()])
        self.relation_types = CheckList([(cell(t.name), t.id) for t in ref.relation_types()])
        box = QToolBox(inner)
        sections = (
            (self.tr("Arten"), self.kinds),
            (self.tr("Landkreise"), self.districts),
            (self.tr("WBA-Regionen"), self.wba),
            (self.tr("Schlagwörter"), self.tags),
            (self.tr("Beziehungsarten"), self.relation_types),
        )
        for label, widget in sections:
            widget.setMinimumHeight(160)
            widget.changed.connect(self._timer.start)
            box.addItem(widget, label)
        hint = QLabel(self.tr("Filter (nichts angehakt: alle)"), inner)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(box, 1)
        more = QFormLayout()
        strengths = ((QT_TR_NOOP("alle"), 1), (QT_TR_NOOP("ab regelmäßig (2)"), 2),
                     (QT_TR_NOOP("nur eng (3)"), 3))  # fmt: skip
        self.min_strength = self._combo(strengths, inner)
        self.min_strength.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.include_inactive = QCheckBox(self.tr("auch inaktive Organisationen"), inner)
        self.include_inactive.toggled.connect(lambda _on: self._timer.start())
        self.include_people = QCheckBox(self.tr("Personen einblenden"), inner)
        self.include_people.setToolTip(
            self.tr("Die Personen der gezeigten Organisationen; nur für eine kleine Auswahl")
        )
        self.include_people.toggled.connect(lambda _on: self._timer.start())
        self.include_verbuende = QCheckBox(self.tr("gemeinsame Verbünde verbinden"), inner)
        self.include_verbuende.setToolTip(
            self.tr("Organisationen, die im selben Weiterbildungsverbund sind, verbinden")
        )
        self.include_verbuende.toggled.connect(lambda _on: self._timer.start())
        self.include_referrals = QCheckBox(self.tr("Vermittlungen"), inner)
        self.include_referrals.setToolTip(
            self.tr("Unsere Agentur mit den Partnern verbinden, an die sie Anfragen vermittelt "
                    "hat; je mehr Vermittlungen, desto stärker (bis zum gewählten Tag)")
        )  # fmt: skip
        self.include_referrals.toggled.connect(lambda _on: self._timer.start())
        more.addRow(self.tr("Stärke:"), self.min_strength)
        # check boxes take the whole row: the panel is narrow
        more.addRow(self.include_inactive)
        more.addRow(self.include_people)
        more.addRow(self.include_verbuende)
        more.addRow(self.include_referrals)
        layout.addLayout(more)
        self.reset = QPushButton(self.tr("Filter zurücksetzen"), inner)
        self.reset.clicked.connect(self.reset_filters)
        layout.addWidget(self.reset)
        self.setWidget(inner)

    @staticmethod
    def _combo(items, parent) -> QComboBox:
        box = QComboBox(parent)
        # a long entry must not widen the panel: the box shrinks and elides instead
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        for label, data in items:
            box.addItem(tr(label), data)
        return box

    def _date_moved(self, value: int) -> None:
        day = date.today() + timedelta(days=value)
        self.date_label.setText(day.strftime("%d.%m.%Y") if value else self.tr("heute"))
        self._timer.start()

    def set_as_of(self, day: date) -> None:
        self.use_date.setChecked(True)
        self.date_slider.setValue(max(-HISTORY_DAYS, (day - date.today()).days))

    def reset_filters(self) -> None:
        for widget in (self.kinds, self.districts, self.wba, self.tags, self.relation_types):
            widget.set_checked(())
        self.focus.set_current(None, "")
        self.use_date.setChecked(False)
        self.min_strength.setCurrentIndex(0)
        self.include_inactive.setChecked(False)
        self.include_people.setChecked(False)
        self.include_verbuende.setChecked(False)
        self.include_referrals.setChecked(False)
        self._timer.start()

    def state(self) -> PanelState:
        # without a chosen day the network is today's: ended relations are not shown
        as_of = date.today()
        if self.use_date.isChecked():
            as_of += timedelta(days=self.date_slider.value())
        return PanelState(
            kinds=self.kinds.checked(),
            districts=self.districts.checked(),
            wba_regions=self.wba.checked(),
            tags=self.tags.checked(),
            relation_types=self.relation_types.checked(),
            min_strength=self.min_strength.currentData(),
            as_of=as_of,
            focus=self.focus.current_id() if self.focus.text() else None,
            depth=self.depth.value(),
            include_inactive=self.include_inactive.isChecked(),
            include_people=self.include_people.isChecked(),
            include_verbuende=self.include_verbuende.isChecked(),
            include_referrals=self.include_referrals.isChecked(),
            colour_by=self.colour_by.currentData(),
            size_by=self.size_by.currentData(),
            layout=self.layout_mode.currentData(),
            group_by=self.group_by.currentData() or "",
        )

    # -- the state as plain values (saved views, „Ansichten“) ----------------------------
    def state_dict(self) -> dict:
        """Every filter and display choice as JSON values, for a saved view. Combo boxes
        added later (a grouping, say) are included by their attribute name."""
        as_of = None
        if self.use_date.isChecked():
            as_of = (date.today() + timedelta(days=self.date_slider.value())).isoformat()
        focus = self.focus.current_id() if self.focus.text() else None
        state = {
            "kinds": list(self.kinds.checked()),
            "districts": list(self.districts.checked()),
            "wba_regions": list(self.wba.checked()),
            "tags": list(self.tags.checked()),
            "relation_types": list(self.relation_types.checked()),
            "as_of": as_of,
            "focus": focus,
            "focus_label": self.focus.text() if focus is not None else "",
            "depth": self.depth.value(),
        }
        for key in _CHECKS:
            state[key] = getattr(self, key).isChecked()
        for key, box in self._combos().items():
            state[key] = box.currentData()
        return state

    def set_state(self, state: dict) -> None:
        """Show ``state`` (from ``state_dict``, maybe of another program version):
        unknown keys are ignored, missing ones take the defaults; one ``changed``
        follows (debounced), no relayout and no redraw on the way."""
        get = state.get if isinstance(state, dict) else {}.get
        widgets = [self.kinds, self.districts, self.wba, self.tags, self.relation_types,
                   self.focus, self.depth, self.use_date, self.date_slider,
                   *(getattr(self, k) for k in _CHECKS), *self._combos().values()]  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        try:
            for key, widget in (("kinds", self.kinds), ("districts", self.districts),
                                ("wba_regions", self.wba), ("tags", self.tags),
                                ("relation_types", self.relation_types)):  # fmt: skip
                values = get(key)
                widget.set_checked(values if isinstance(values, list) else ())
            focus, label = get("focus"), get("focus_label")
            if isinstance(focus, int) and not isinstance(focus, bool):
                self.focus.set_current(focus, label if isinstance(label, str) else "")
            else:
                self.focus.set_current(None, "")
            depth = get("depth")
            self.depth.setValue(depth if isinstance(depth, int) else 1)
            day = None
            if isinstance(get("as_of"), str):
                with contextlib.suppress(ValueError):
                    day = date.fromisoformat(get("as_of"))
            self.use_date.setChecked(day is not None)
            self.date_slider.setEnabled(day is not None)
            value = max(-HISTORY_DAYS, min(0, (day - date.today()).days)) if day else 0
            self.date_slider.setValue(value)
            self._date_moved(value)
            for key in _CHECKS:
                getattr(self, key).setChecked(bool(get(key)))
            for key, box in self._combos().items():
                index = box.findData(get(key))
                box.setCurrentIndex(index if index >= 0 else 0)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._timer.start()

    def _combos(self) -> dict[str, QComboBox]:
        """State key -> combo box, for the combo boxes this panel has."""
        boxes = {key: getattr(self, attr, None) for key, attr in _COMBOS.items()}
        return {key: box for key, box in boxes.items() if isinstance(box, QComboBox)}

    def flush(self) -> None:
        """Apply a pending change at once (tests, and before an export)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
