"""Key figures of a Verbund per period, entered by hand, and the same figures counted
from the contact history for a chosen period (to compare or to take over)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.progress import FigureData, FigureInfo
from wba_desktop.views.common.count_edit import CountEdit
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import show_rows
from wba_desktop.views.common.translation import tr

#: the five numbers: (FigureData attribute, label, column width)
NUMBERS = (
    ("companies_reached", QT_TR_NOOP("Unternehmen"), 110),
    ("kmu_reached", "davon KMU", 100),
    ("advice_sessions", QT_TR_NOOP("Beratungen"), 100),
    ("course_participants", QT_TR_NOOP("Kursteilnehmende"), 135),
    ("courses_developed", QT_TR_NOOP("Kurse entwickelt"), 125),
)


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


COLUMNS = (
    Column("period", QT_TR_NOOP("Zeitraum"), 170),
    *(Column(key, label, w, align_right=True, format=_count) for key, label, w in NUMBERS),
    Column("note", QT_TR_NOOP("Notiz"), 200),
)


class FigureRow:
    """Flat view of a FigureInfo for the table."""

    def __init__(self, f: FigureInfo) -> None:
        d = f.data
        self.info, self.id, self.note = f, f.id, d.note
        self.period = f"{d.period_start:%d.%m.%Y} – {d.period_end:%d.%m.%Y}"
        for key, _label, _w in NUMBERS:
            setattr(self, key, getattr(d, key))


class FiguresModel(RecordListModel):
    """Numbers right-aligned."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            if self.columns[index.column()].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)


class FigureDialog(QDialog):
    """Enter the key figures of one period. ``preset`` pre-fills a new entry."""

    def __init__(
        self,
        services: Services,
        verbund_id: int,
        existing: FigureInfo | None = None,
        preset: FigureData | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureDialog")
        self._services = services
        self._verbund_id = verbund_id
        self._existing = existing
        self.saved: int | None = None
        self.setWindowTitle(
            self.tr("Kennzahlen bearbeiten") if existing else self.tr("Kennzahlen erfassen")
        )
        self.setMinimumWidth(420)
        self.period_start = OptionalDateEdit(self)
        self.period_end = OptionalDateEdit(self)
        self.numbers = {key: CountEdit(self) for key, _label, _w in NUMBERS}
        self.note = QLineEdit(self)

        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("bis"), self))
        period.addWidget(self.period_end)
        period.addStretch(1)
        form = QFormLayout()
        period_label = QLabel(self.tr("&Zeitraum:"), self)
        period_label.setBuddy(self.period_start)
        form.addRow(period_label, period)
        for key, label, _w in NUMBERS:
            form.addRow(tr(label) + ":", self.numbers[key])
        form.addRow(self.tr("&Notiz:"), self.note)
        self.banner = ErrorBanner(self)
        fields = {"period_start": self.period_start, "period_end": self.period_end}
        self.errors = FieldErrors(self.banner, {**fields, **self.numbers})
        self._buttons = save_cancel_buttons(self)
        hint = QLabel(self.tr("Leer lassen, was nicht bekannt ist."), self)
        hint.setObjectName("dialogSubtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self._buttons)
        data = existing.data if existing else preset
        if data is not None:
            self.period_start.set_value(data.period_start)
            self.period_end.set_value(data.period_end)
            for key, edit in self.numbers.items():
                edit.set_value(getattr(data, key))
            self.note.setText(data.note)

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        data = FigureData(
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            note=self.note.text().strip(),
            **{key: edit.value() for key, edit in self.numbers.items()},
        )
        figure_id = self._existing.id if self._existing else None
        progress = self._services.verbund_progress
        op(
            self, lambda: progress.save_figure(self._verbund_id, data, figure_id), form=self.errors
        ).success(accept_saved(self)).run()


def _date_edit(parent) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class FiguresTab(RecordTab):
    """Emits ``changed`` after every write."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            FiguresModel(COLUMNS),
            title=self.tr("Kennzahlen"),
            table_name="figureTable",
            add=self.tr("Kennzahlen erfassen …"),
            remove=self.tr("Entfernen"),
            parent=parent,
        )
        self.summary.hide()  # the counted figures below say more
        show_rows(self.table)  # the counted panel below must not squeeze it to two rows

        self.counted_box = QFrame(self)
        self.counted_box.setObjectName("countedPanel")
        self.counted_box.setStyleSheet(
            "QFrame#countedPanel { background: #ffffff; border: 1px solid #d5dae0;"
            " border-radius: 4px; }"
        )
        self.counted_box.setToolTip(
            self.tr(
                "Beratungen für den Verbund oder mit seinen Mitgliedern, die Unternehmen "
                "(und KMU) darunter, Teilnehmende an Veranstaltungen des Verbunds. "
                "Entwickelte Kurse lassen sich nicht zählen."
            )
        )
        title = QLabel(self.tr("<b>Aus der Kontakthistorie gezählt</b>"), self.counted_box)
        self.count_start = _date_edit(self.counted_box)
        self.count_end = _date_edit(self.counted_box)
        self.count_start.dateChanged.connect(lambda _d: self.recount())
        self.count_end.dateChanged.connect(lambda _d: self.recount())
        self.counted: FigureData | None = None
        self.counted_labels = {key: QLabel("–", self.counted_box) for key, _l, _w in NUMBERS}
        self.take_over_button = QPushButton(self.tr("Als Kennzahlen übernehmen …"), self)
        self.take_over_button.clicked.connect(lambda: self.take_over())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Zeitraum:"), self.counted_box))
        top.addWidget(self.count_start)
        top.addWidget(QLabel(self.tr("bis"), self.counted_box))
        top.addWidget(self.count_end)
        top.addStretch(1)
        top.addWidget(self.take_over_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        for i, (key, label, _w) in enumerate(NUMBERS):
            value = self.counted_labels[key]
            value.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f3b57;")
            caption = QLabel(tr(label), self.counted_box)
            caption.setObjectName("dialogSubtitle")
            grid.addWidget(value, 0, i)
            grid.addWidget(caption, 1, i)
        grid.setColumnStretch(len(NUMBERS), 1)
        panel = QVBoxLayout(self.counted_box)
        panel.addLayout(top)
        panel.addLayout(grid)

        self.layout().addWidget(self.counted_box)
        self.update_buttons()

    # -- loading ---------------------------------------------------------------------
    def set_verbund(self, verbund_id: int | None) -> None:
        if verbund_id != self.owner_id:  # a refresh keeps the period the user chose
            self._default_period(verbund_id)
        self.set_owner(verbund_id)

    def _default_period(self, verbund_id: int | None) -> None:
        """The funding period if the Verbund has one, otherwise the last 12 months."""
        today = date.today()
        start, end = today - timedelta(days=364), today
        if verbund_id is not None:
            verbuende = self._services.verbuende
            found = op(self, lambda: verbuende.get(verbund_id), title=self.tr("Kennzahlen")).run()
            data = found.data if found is not None else None
            if data is not None and data.funding_start is not None:
                start, end = data.funding_start, data.funding_end or today
        for edit, d in ((self.count_start, start), (self.count_end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(d))
            edit.blockSignals(False)

    def load(self, verbund_id: int) -> list[FigureRow]:
        return [FigureRow(f) for f in self._services.verbund_progress.figures(verbund_id)]

    def reload(self) -> None:
        super().reload()
        self.recount()

    def recount(self) -> None:
        start, end = _pydate(self.count_start.date()), _pydate(self.count_end.date())
        self.counted = None
        if self.owner_id is not None and start <= end:
            self.counted = self._services.verbund_progress.counted_figures(
                self.owner_id, start, end
            )
        for key, label in self.counted_labels.items():
            label.setText(_count(getattr(self.counted, key)) if self.counted else "–")
        self.take_over_button.setEnabled(self.counted is not None)

    def update_extra_buttons(self, _row: FigureRow | None) -> None:
        self.counted_box.setEnabled(self.owner_id is not None)

    # -- commands --------------------------------------------------------------------
    def make_dialog(self, row: FigureRow | None, preset: FigureData | None = None) -> FigureDialog:
        existing = row.info if row is not None else None
        return FigureDialog(self._services, self.owner_id, existing, preset, parent=self)

    def add_figure(self, preset: FigureData | None = None) -> FigureDialog | None:
        if self.owner_id is None:
            return None
        return self.open_record_dialog(self.make_dialog(None, preset))

    def take_over(self) -> FigureDialog | None:
        """Open the dialog pre-filled with the counted values."""
        return self.add_figure(self.counted) if self.counted is not None else None

    edit_figure, remove_figure = RecordTab.edit, RecordTab.remove

    def delete(self, row: FigureRow) -> None:
        self._services.verbund_progress.delete_figure(row.id)

    def delete_question(self, row: FigureRow) -> DeleteQuestion:
        d = row.info.data
        return DeleteQuestion(
            self.tr("Kennzahlen löschen"),
            self.tr("Die Kennzahlen für %1 – %2 löschen?")
            .replace("%1", f"{d.period_start:%d.%m.%Y}")
            .replace("%2", f"{d.period_end:%d.%m.%Y}"),
            self.tr("Löschen"),
        )
