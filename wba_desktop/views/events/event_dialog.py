"""Create or edit an event: title, type and time; place; organisers and Verbünde; text.

After a save the dialog checks for other events on the same day in the same WBA
region and warns about them (the event is saved all the same); it closes once the
warning is acknowledged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.events.calendar import same_day_text
from wba_desktop.services.events.records import EventData, EventDetail
from wba_desktop.views.common.audit_tab import AuditTab
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.record_dialog import RecordDialog
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_table import on_delete_key
from wba_desktop.views.common.vocab_combo import add_vocab, cell, set_vocab, vocab_value
from wba_desktop.vocab import EVENT_STATUSES, EVENT_TYPES

DATETIME_FORMAT = "dd.MM.yyyy HH:mm"
NEW_EVENT_WEEKS = 4
NEW_EVENT_HOURS = (time(10, 0), time(15, 0))
#: line edits named like the EventData field they fill
TEXT_FIELDS = ("venue", "street", "postcode", "city", "online_url")
FORM_FIELDS = ("type", "status", "starts_at", "ends_at", "capacity", "description")


def datetime_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumWidth(150)
    return edit


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt shortcut (``&``) reaches a field inside a row layout."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    return label


def line(*widgets: QWidget, grow: QWidget | None = None) -> QHBoxLayout:
    """Widgets side by side; ``grow`` takes the spare width (else a stretch at the end)."""
    layout = QHBoxLayout()
    for w in widgets:
        layout.addWidget(w, 1 if w is grow else 0)
    if grow is None:
        layout.addStretch(1)
    return layout


class EventDialog(RecordDialog):
    """``event_id=None`` creates a new event (optionally with preset Verbünde and type);
    ``saved_id`` tells which event was saved. ``today`` is for tests."""

    def __init__(
        self,
        services: Services,
        event_id: int | None = None,
        parent=None,
        *,
        today: date | None = None,
        verbund_ids: tuple[int, ...] | list[int] = (),
        event_type: str | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Veranstaltung"))
        self.resize(760, 560)
        self.saved_id: int | None = None
        self.warning_box = None
        self._today = today
        self._preset = (tuple(verbund_ids), event_type)
        self._regions = {r.id: r for r in services.reference.regions()}
        self.tabs.addTab(self._build_event(), self.tr("Veranstaltung"))
        self.tabs.addTab(self._build_place(), self.tr("Ort"))
        self.tabs.addTab(self._build_people(), self.tr("Beteiligte"))
        self.tabs.addTab(self._build_description(), self.tr("Beschreibung"))
        self.audit = AuditTab(services, "event", self)
        self.tabs.addTab(self.audit, self.tr("Änderungen"))
        self.finish_setup(event_id)

    # -- building ----------------------------------------------------------------------
    def _build_event(self) -> QWidget:
        page = QWidget(self)
        self.title_edit = QLineEdit(page)
        self.title_edit.setPlaceholderText(self.tr("z. B. Weiterbildungskongress Ost"))
        self.type = QComboBox(page)
        add_vocab(self.type, EVENT_TYPES)
        self.status = QComboBox(page)
        add_vocab(self.status, EVENT_STATUSES)
        self.starts_at = datetime_edit(page)
        self.ends_at = datetime_edit(page)
        self._last_start = self.starts_at.dateTime()
        self.starts_at.dateTimeChanged.connect(self._start_moved)
        self.duration = QLabel(page)
        self.duration.setObjectName("durationHint")
        self.ends_at.dateTimeChanged.connect(lambda _v: self._show_duration())
        self.capacity = QSpinBox(page)
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("unbegrenzt"))
        self.capacity.setToolTip(self.tr("0 = unbegrenzt"))
        self.capacity.setMinimumWidth(150)
        waiting = QLabel(self.tr("Zusagen darüber hinaus kommen auf die Warteliste."), page)
        waiting.setStyleSheet("color: #5b6b7a;")
        form = QFormLayout(page)
        form.addRow(self.tr("&Titel: *"), self.title_edit)
        form.addRow(self.tr("&Art:"), self.type)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(buddy_label(self.tr("&Beginn: *"), self.starts_at), line(self.starts_at))
        ends = line(self.ends_at, self.duration)
        form.addRow(buddy_label(self.tr("&Ende: *"), self.ends_at), ends)
        form.addRow(buddy_label(self.tr("&Plätze:"), self.capacity), line(self.capacity, waiting))
        return page

    def _build_place(self) -> QWidget:
        page = QWidget(self)
        self.venue = QLineEdit(page)
        self.venue.setPlaceholderText(self.tr("z. B. Tagungszentrum, Raum 2.14"))
        self.street = QLineEdit(page)
        self.postcode = QLineEdit(page)
        self.postcode.setMaxLength(5)
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit(page)
        self.region = QComboBox(page)
        self.region.addItem(self.tr("– kein Landkreis –"), None)
        for r in self._regions.values():
            self.region.addItem(r.name, r.id)
        self.wba_region = QLabel(page)
        self.wba_region.setObjectName("wbaRegionHint")
        self.online_url = QLineEdit(page)
        self.online_url.setPlaceholderText(self.tr("Link zum Stream oder zur Videokonferenz"))
        self.mode_hint = QLabel(page)
        self.mode_hint.setObjectName("modeHint")
        self.mode_hint.setStyleSheet("color: #1f5f8b; font-weight: 600;")
        for w in (self.venue, self.city, self.online_url):
            w.textChanged.connect(lambda _t: self._show_mode())
        self.region.currentIndexChanged.connect(lambda _i: self._show_mode())
        form = QFormLayout(page)
        form.addRow(self.tr("&Veranstaltungsort:"), self.venue)
        form.addRow(self.tr("&Straße:"), self.street)
        place = line(self.postcode, self.city, grow=self.city)
        form.addRow(buddy_label(self.tr("PL&Z / Ort:"), self.postcode), place)
        district = line(self.region, self.wba_region)
        form.addRow(buddy_label(self.tr("&Landkreis:"), self.region), district)
        form.addRow(self.tr("&Online-Link:"), self.online_url)
        form.addRow(self.tr("Form:"), self.mode_hint)
        return page

    def _build_people(self) -> QWidget:
        page = QWidget(self)
        orgs = QGroupBox(self.tr("Veranstaltende Organisationen"), page)
        self.organiser_picker = RecordPicker(self._services.organisations.choices, orgs)
        self.organiser_picker.setPlaceholderText(self.tr("Organisation suchen und hinzufügen …"))
        self.organiser_picker.picked.connect(self._organiser_picked)
        self.add_organiser_button = QPushButton(self.tr("Hinzufügen"), orgs)
        self.add_organiser_button.clicked.connect(self._add_typed_organiser)
        self.organisers = QListWidget(orgs)
        self.organisers.setObjectName("eventOrganisers")
        on_delete_key(self.organisers, self.remove_organiser)
        self.remove_organiser_button = QPushButton(self.tr("Entfernen"), orgs)
        self.remove_organiser_button.clicked.connect(self.remove_organiser)
        self.organisers.currentRowChanged.connect(
            lambda row: self.remove_organiser_button.setEnabled(row >= 0)
        )
        self.remove_organiser_button.setEnabled(False)
        box = QVBoxLayout(orgs)
        picker, add, remove = (
            self.organiser_picker,
            self.add_organiser_button,
            self.remove_organiser_button,
        )
        box.addLayout(line(picker, add, remove, grow=picker))
        box.addWidget(self.organisers)
        verbuende = QGroupBox(self.tr("Zugehörige Weiterbildungsverbünde"), page)
        choices = self._services.verbuende.choices()
        self.verbuende = CheckList([(label, vid) for vid, label in choices], verbuende)
        self.verbuende.setObjectName("eventVerbuende")
        vbox = QVBoxLayout(verbuende)
        vbox.addWidget(self.verbuende)
        if not choices:
            vbox.addWidget(QLabel(self.tr("Es sind noch keine Verbünde angelegt."), verbuende))
        layout = QVBoxLayout(page)
        layout.addWidget(orgs, 1)
        layout.addWidget(verbuende, 1)
        return page

    def _build_description(self) -> QWidget:
        page = QWidget(self)
        self.description = QPlainTextEdit(page)
        self.description.setPlaceholderText(
            self.tr("Worum geht es? Zielgruppe, Ablauf, Hinweise für die Einladung")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.description)
        return page

    # -- reactions ---------------------------------------------------------------------
    def _start_moved(self, new: QDateTime) -> None:
        """Moving the start moves the end by the same amount (the length stays)."""
        delta = self._last_start.secsTo(new)
        self._last_start = new
        if delta:
            self.ends_at.setDateTime(self.ends_at.dateTime().addSecs(delta))
        self._show_duration()

    def _show_duration(self) -> None:
        minutes = self.starts_at.dateTime().secsTo(self.ends_at.dateTime()) // 60
        if minutes < 0:
            self.duration.setText(self.tr("Ende liegt vor dem Beginn"))
            self.duration.setStyleSheet("color: #b03a2e;")
            return
        days = self.ends_at.date().toJulianDay() - self.starts_at.date().toJulianDay()
        if days:
            text = self.tr("%1 Tage").replace("%1", str(days + 1))
        else:
            text = self.tr("Dauer %1 h").replace("%1", f"{minutes // 60}:{minutes % 60:02d}")
        self.duration.setText(text)
        self.duration.setStyleSheet("color: #5b6b7a;")

    def _show_mode(self) -> None:
        on_site = bool(self.venue.text().strip() or self.city.text().strip())
        online = bool(self.online_url.text().strip())
        if on_site and online:
            mode = self.tr("hybrid (vor Ort und online)")
        elif online:
            mode = self.tr("online")
        elif on_site:
            mode = self.tr("vor Ort")
        else:
            mode = self.tr("noch offen (Ort oder Online-Link eintragen)")
        self.mode_hint.setText(mode)
        region = self._regions.get(self.region.currentData())
        self.wba_region.setText(
            self.tr("WBA-Region %1").replace("%1", cell(region.wba_region)) if region else ""
        )

    def _organiser_picked(self, org_id: int) -> None:
        self.add_organiser(org_id, self.organiser_picker.text())
        self.organiser_picker.clear()

    def _add_typed_organiser(self) -> None:
        org_id = self.organiser_picker.current_id()
        if org_id is not None:
            self._organiser_picked(org_id)

    def add_organiser(self, org_id: int, label: str) -> None:
        if org_id in self.organiser_ids():
            return
        item = QListWidgetItem(label, self.organisers)
        item.setData(Qt.ItemDataRole.UserRole, org_id)

    def remove_organiser(self) -> None:
        row = self.organisers.currentRow()
        if row >= 0:
            self.organisers.takeItem(row)

    def organiser_ids(self) -> tuple[int, ...]:
        return tuple(
            self.organisers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.organisers.count())
        )

    # -- RecordDialog hooks --------------------------------------------------------------
    def _fields(self) -> dict[str, QWidget]:
        same = {name: getattr(self, name) for name in (*FORM_FIELDS, *TEXT_FIELDS)}
        return same | {
            "title": self.title_edit,
            "region_id": self.region,
            "organiser_ids": self.organisers,
            "verbund_ids": self.verbuende,
        }

    def data(self) -> EventData:
        return EventData(
            title=self.title_edit.text(),
            type=vocab_value(self.type),
            status=vocab_value(self.status),
            starts_at=self.starts_at.dateTime().toPython(),
            ends_at=self.ends_at.dateTime().toPython(),
            region_id=self.region.currentData(),
            capacity=self.capacity.value() or None,
            description=self.description.toPlainText(),
            organiser_ids=self.organiser_ids(),
            verbund_ids=tuple(sorted(self.verbuende.checked())),
            **{name: getattr(self, name).text() for name in TEXT_FIELDS},
        )

    def _create(self, data: EventData, allow_duplicate: bool) -> EventDetail:
        detail = self._services.events.create(data, today=self._today)
        self.saved_id = detail.id
        return detail

    def _update(self, data: EventData, version: int, original: EventData) -> EventDetail:
        detail = self._services.events.update(self._detail.id, data, version, original=original)
        self.saved_id = detail.id
        return detail

    def _show_new(self) -> None:
        self.title.setText(self.tr("Neue Veranstaltung"))
        self.subtitle.setText(
            self.tr("Pflichtfelder: Titel, Beginn und Ende. Alles andere geht auch später.")
        )
        day = (self._today or date.today()) + timedelta(weeks=NEW_EVENT_WEEKS)
        self.starts_at.setDateTime(datetime.combine(day, NEW_EVENT_HOURS[0]))
        self.ends_at.setDateTime(datetime.combine(day, NEW_EVENT_HOURS[1]))
        verbund_ids, event_type = self._preset
        if event_type:
            set_vocab(self.type, event_type)
        self.verbuende.set_checked(verbund_ids)
        self._show_mode()

    def load(self, record_id: int) -> None:
        d = self._services.events.get(record_id)
        self._detail = d
        self.audit.set_record(record_id)
        data = d.data
        self.title.setText(d.title)
        self.subtitle.setText(" · ".join((cell(d.type), d.period, d.mode, cell(d.status))))
        self.title_edit.setText(data.title)
        set_vocab(self.type, data.type)
        set_vocab(self.status, data.status)
        self.starts_at.setDateTime(data.starts_at)
        self.ends_at.setDateTime(data.ends_at)
        self.capacity.setValue(data.capacity or 0)
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(data, name))
        self.region.setCurrentIndex(max(0, self.region.findData(data.region_id)))
        self.organisers.clear()
        for org_id, name in zip(d.organiser_ids, d.organiser_names, strict=True):
            self.add_organiser(org_id, name)
        self.verbuende.set_checked(data.verbund_ids)
        self.description.setPlainText(data.description)
        self._show_mode()

    # -- saving ------------------------------------------------------------------------
    def save(self, allow_duplicate: bool = False) -> bool:
        before = self._detail
        if not super().save(allow_duplicate):
            return False
        d = self._detail
        moved = before is None or (
            before.starts_at.date() != d.starts_at.date() or before.region_id != d.region_id
        )
        others = self._services.events.same_day_conflicts(d.id) if moved else []
        if not others:
            self.accept()
            return True
        text = same_day_text(d.starts_at.date(), d.wba_region, [e.title for e in others])
        detail = self.tr("„%1“ ist trotzdem gespeichert. Passt der Termin?").replace("%1", d.title)
        self.warning_box = inform(self, self.tr("Termin am selben Tag"), text, detail, error=True)
        self.warning_box.finished.connect(lambda _r: self.accept())
        return True
