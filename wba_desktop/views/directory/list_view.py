"""A directory list: filter bar, lazily loaded table, column choice, counts.

Subclasses say which filters exist and how they become a service filter.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TR_NOOP,
    QItemSelectionModel,
    QLocale,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.flow_bar import FlowLayout
from wba_desktop.views.common.lazy_table import LazyTableModel
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.common.sizing import fit_titles
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell

ACTIVE_CHOICES = (
    (QT_TR_NOOP("Nur aktive"), True),
    (QT_TR_NOOP("Nur inaktive"), False),
    (QT_TR_NOOP("Alle"), None),
)


class FilterCombo(QComboBox):
    """A filter box that asks for the width its „Alle …“ entry needs (``readable``) but
    may shrink to a few letters when the window is narrow (1024 px)."""

    readable = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.readable), hint.height())


def filter_combo(
    parent: QWidget, label_all: str, items: list[tuple[str, object]], name: str
) -> QComboBox:
    box = FilterCombo(parent)
    box.setObjectName(name)
    box.addItem(label_all, None)
    for label, data in items:
        box.addItem(label, data)
    # shrink with the window (laptops with 1366 px), show the full text in the popup
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    box.setMaximumWidth(230)
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 30)
    keep_readable(box, [label_all])
    # a long choice („Fach-/Branchenverband oder Innung“) may be cut: the tip says it all
    box.currentTextChanged.connect(box.setToolTip)
    return box


def keep_readable(box: QComboBox, texts: list[str]) -> None:
    """The box asks for the width ``texts`` need („Alle WBA-Regionen“ was cut to
    „Alle WBA-Regione“ at 1280×800), the arrow and the frame included."""
    widest = max((box.fontMetrics().horizontalAdvance(t) for t in texts if t), default=0)
    if not widest:
        return
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    # the style adds frame, padding (style.qss) and the arrow to the text's width
    size = box.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(widest, box.fontMetrics().height()), box
    )
    if isinstance(box, FilterCombo):
        box.readable = min(size.width() + 8, box.maximumWidth())
        box.updateGeometry()


def refill(box: QComboBox, label_all: str, items: list[tuple[str, object]]) -> None:
    """Replace the entries of a filter combo box, keeping the current choice if it still exists."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(label_all, None)
    for label, data in items:
        box.addItem(label, data)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.blockSignals(False)
    box.setToolTip(box.currentText())
    keep_readable(box, [label_all])


def german_number(n: int) -> str:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany).toString(n)


class DirectoryListView(QWidget):
    """``open_requested(id)`` on double-click or Enter; ``counts_changed(text)`` for the
    status bar; ``selection_changed()`` when the current record changes."""

    open_requested = Signal(int)
    counts_changed = Signal(str)
    selection_changed = Signal()

    noun_plural = QT_TR_NOOP("Einträge")
    table_name = "list"
    #: change topics that make the list refresh (see MainWindow._on_changes)
    watches: frozenset[str] = frozenset()

    def __init__(
        self, services: Services, model: LazyTableModel, settings: Settings, parent=None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.model = model
        model.setParent(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(self.tr("Suchen (Strg+F) …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.filters: list[QComboBox] = []
        self._choices_filled = False
        self.active = filter_combo(self, "", [], "filterActive")
        self.active.clear()
        for label, value in ACTIVE_CHOICES:
            self.active.addItem(self.tr(label), value)
        keep_readable(self.active, [self.active.itemText(i) for i in range(self.active.count())])

        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Zurücksetzen"))
        self.reset_button.setToolTip(self.tr("Alle Filter zurücksetzen"))
        self.reset_button.clicked.connect(self.reset_filters)

        self.table = QTableView(self)
        self.table.setObjectName(f"{self.table_name}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # after the indicator: no extra sort query
        # activated: Enter, or double-click (single click where the platform says so)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()

        bar = FlowLayout()
        # the search field takes what the filters leave; they keep the width they ask
        # for and wrap onto a second row on a narrow window (1024 px)
        bar.addWidget(self.search)
        self.filter_bar = bar
        self.build_filters()
        for box in self.filters:
            bar.addWidget(box)
            box.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.active)
        self.active.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        self._restore_columns()

    # -- filters -----------------------------------------------------------------------
    #: the service filter class and the label of the "all kinds" entry (subclasses)
    filter_class: type = object
    kind_label = QT_TR_NOOP("Alle Arten")

    def build_filters(self) -> None:
        """Kind, district, WBA region and tag; every list filters by the same four."""
        self.kind = filter_combo(self, "", [], "filterKind")
        self.region = filter_combo(self, "", [], "filterRegion")
        self.wba = filter_combo(self, "", [], "filterWba")
        self.tag = filter_combo(self, "", [], "filterTag")
        self.filters = [self.kind, self.region, self.wba, self.tag]

    def fill_choices(self) -> None:
        ref = self._services.reference
        kinds = [(cell(t.name), t.id) for t in ref.organisation_types()]
        refill(self.kind, self.tr(self.kind_label), kinds)
        refill(self.region, self.tr("Alle Landkreise"), [(r.name, r.id) for r in ref.regions()])
        refill(self.wba, self.tr("Alle WBA-Regionen"), [(cell(w), w) for w in ref.wba_regions()])
        refill(self.tag, self.tr("Alle Schlagwörter"), [(t.name, t.id) for t in ref.tags()])

    def refresh_choices(self) -> None:
        """Reference data or tags changed: refill the filters, keep the user's choice
        (a list not shown yet fills them when it is)."""
        if self._choices_filled:
            self.fill_choices()

    def ensure_choices(self) -> None:
        """Fill the filter boxes the first time they are needed: a list that is not on
        screen costs no queries at start."""
        if not self._choices_filled:
            self._choices_filled = True
            self.fill_choices()

    def current_filter(self):
        """The service filter for the current filter widgets."""

        def one(box: QComboBox) -> tuple:
            value = box.currentData()
            return () if value is None else (value,)

        return self.filter_class(
            text=self.search.text(),
            type_ids=one(self.kind),
            region_ids=one(self.region),
            wba_regions=one(self.wba),
            tag_ids=one(self.tag),
            active=self.active.currentData(),
        )

    # -- filtering -----------------------------------------------------------------
    def apply_filter(self) -> None:
        """Show the first hits of the new filter from the top; the record marked before
        stays marked when it still matches, without scrolling the list down to it."""
        selected = self.current_id()
        self.model.set_filter(self.current_filter())
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self.table.scrollToTop()
        self._update_counts()

    def reset_filters(self) -> None:
        for box in [*self.filters, self.active]:
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    @property
    def loaded(self) -> bool:
        return self.model.loaded

    def reload(self) -> None:
        """Re-read ids and rows (F5, after a change), keeping the user's place: the
        marked records that still match, the current one and the scroll position. When
        the current record left the list (deleted, deactivated), the one that took its
        place becomes current, as after deleting a line in a spreadsheet."""
        selected, current = self.selected_ids(), self.current_id()
        old_row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_filter(self.current_filter())
        selection = self.table.selectionModel()
        for rid in selected:
            row = self.model.row_of(rid)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        elif current is not None and old_row >= 0 and self.model.rowCount():
            self.table.selectRow(min(old_row, self.model.rowCount() - 1))
        self.table.verticalScrollBar().setValue(scroll)
        self._update_counts()

    def ensure_loaded(self) -> None:
        """Load the list the first time it is shown (hidden lists cost nothing at start)."""
        self.ensure_choices()
        if not self.model.loaded:
            self.apply_filter()

    def refresh_rows(self) -> None:
        self.model.refresh_rows()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        filtered = bool(self.search.text().strip()) or any(
            b.currentData() is not None for b in self.filters
        )
        text = f"{german_number(shown)} {self.tr(self.noun_plural)}"
        if filtered:
            text += self.tr(" (gefiltert)")
        self.counts_changed.emit(text)
        if shown == 0:
            self.empty_hint.setText(
                self.tr("Keine Treffer für diese Filter.")
                if filtered or self.active.currentData() is False
                else self.tr("Noch keine Einträge. Mit Strg+N legen Sie den ersten an.")
            )
        self.empty_hint.setVisible(shown == 0)

    # -- selection -----------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _open_index(self, index) -> None:
        rid = self.model.id_at(index.row())
        if rid is not None:
            self.open_requested.emit(rid)

    # -- columns -------------------------------------------------------------------
    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.columns):
            header.resizeSection(i, col.width)
            header.setSectionHidden(i, col.hidden_by_default)
        fit_titles(self.table)  # before the user's widths: theirs win
        state = self._settings.table_state(self.table_name)
        if state is not None:
            header.restoreState(state)
        header.setSortIndicatorShown(True)

    def save_columns(self) -> None:
        self._settings.set_table_state(self.table_name, self.table.horizontalHeader().saveState())

    def set_column_visible(self, key: str, visible: bool) -> None:
        for i, col in enumerate(self.model.columns):
            if col.key == key:
                self.table.horizontalHeader().setSectionHidden(i, not visible)
        self.save_columns()

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [c.key for i, c in enumerate(self.model.columns) if not header.isSectionHidden(i)]

    def column_menu(self) -> QMenu:
        menu = QMenu(self.tr("Spalten"), self)
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.columns):
            action = menu.addAction(tr(col.header))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(i != 0)
            action.toggled.connect(lambda on, key=col.key: self.set_column_visible(key, on))
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
