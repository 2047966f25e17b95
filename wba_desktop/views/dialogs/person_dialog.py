"""Person detail and edit: contact data, affiliations, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.models.directory import CHANNELS
from wba_desktop.services.bundle import Services
from wba_desktop.services.errors import DuplicatesFound, ServiceError, ValidationError
from wba_desktop.services.people import PersonData, PersonDetail
from wba_desktop.views.dialogs.affiliation_dialog import AffiliationDialog
from wba_desktop.views.dialogs.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.dialogs.linked_tables import LinkedTable
from wba_desktop.views.itemmodels.lazy_table import Column, format_value
from wba_desktop.views.widgets.messages import ask

TITLES = ("", "Dr.", "Prof.", "Prof. Dr.", "Dr.-Ing.", "Dipl.-Ing.")

AFFILIATION_COLUMNS = (
    Column("organisation_name", "Organisation", 260),
    Column("function", "Funktion", 170),
    Column("department", "Abteilung", 120),
    Column("is_primary", "Haupt", 55),
    Column("valid_from", "Von", 80),
    Column("valid_until", "Bis", 80),
)


class PersonDialog(QDialog):
    changed = Signal()
    open_organisation = Signal(int)
    open_person = Signal(int)

    def __init__(self, services: Services, person_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: PersonDetail | None = None
        self.setObjectName("personDialog")
        self.resize(760, 560)

        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dialogSubtitle")
        self.banner = ErrorBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_master(), self.tr("Kontaktdaten"))
        self.affiliations = LinkedTable(
            AFFILIATION_COLUMNS,
            self.tr("Organisation zuordnen …"),
            self.tr("Organisation öffnen"),
            is_muted=lambda a: not a.current,
            parent=self,
        )
        self.tabs.addTab(self.affiliations, self.tr("Organisationen"))
        self.notes = QPlainTextEdit(self)
        self.tabs.addTab(self.notes, self.tr("Notizen"))
        self.errors = FieldErrors(
            self.banner,
            {
                "last_name": self.last_name,
                "email": self.email,
                "phone": self.phone,
                "mobile": self.mobile,
                "salutation": self.salutation,
            },
        )
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.affiliations.add_requested.connect(self._add_affiliation)
        self.affiliations.edit_requested.connect(self._edit_affiliation)
        self.affiliations.remove_requested.connect(self._remove_affiliation)
        self.affiliations.open_requested.connect(
            lambda a: self.open_organisation.emit(a.organisation_id)
        )
        if person_id is None:
            self._show_new()
        else:
            self.load(person_id)

    def _build_master(self) -> QWidget:
        page = QWidget(self)
        self.salutation = QComboBox(page)
        for label in ("", "Frau", "Herr"):
            self.salutation.addItem(label, label)
        self.academic_title = QComboBox(page)
        self.academic_title.setEditable(True)
        self.academic_title.addItems(TITLES)
        self.first_name = QLineEdit(page)
        self.last_name = QLineEdit(page)
        self.email = QLineEdit(page)
        self.phone = QLineEdit(page)
        self.phone.setPlaceholderText("0391 123456")
        self.mobile = QLineEdit(page)
        self.mobile.setPlaceholderText("0170 1234567")
        self.channel = QComboBox(page)
        self.channel.addItem("", "")
        for c in CHANNELS:
            self.channel.addItem(c, c)
        self.tags = QLineEdit(page)
        self.tags.setPlaceholderText(self.tr("durch Komma getrennt"))
        self.active = QCheckBox(self.tr("aktiv"), page)
        name_row = QHBoxLayout()
        name_row.addWidget(self.salutation)
        name_row.addWidget(self.academic_title)
        name_row.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.tr("Anrede, Titel:"), name_row)
        form.addRow(self.tr("&Vorname:"), self.first_name)
        form.addRow(self.tr("&Nachname: *"), self.last_name)
        form.addRow(self.tr("&E-Mail:"), self.email)
        form.addRow(self.tr("&Telefon:"), self.phone)
        form.addRow(self.tr("&Mobil:"), self.mobile)
        form.addRow(self.tr("&Bevorzugter Kanal:"), self.channel)
        form.addRow(self.tr("Schlag&wörter:"), self.tags)
        form.addRow("", self.active)
        return page

    def _show_new(self) -> None:
        self.setWindowTitle(self.tr("Neue Person"))
        self.title.setText(self.tr("Neue Person"))
        self.subtitle.setText(self.tr("Organisationen lassen sich nach dem Speichern zuordnen."))
        self.active.setChecked(True)
        self.tabs.setTabEnabled(1, False)
        self.first_name.setFocus()

    @property
    def person_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def load(self, person_id: int) -> None:
        d = self._services.people.get(person_id)
        self._detail = d
        data = d.data
        self.setWindowTitle(d.display_name)
        self.title.setText(d.display_name)
        links = self._services.affiliations.for_person(person_id)
        primary = next((a for a in links if a.is_primary), None)
        parts = [f"{primary.function}, {primary.organisation_name}".lstrip(", ")] if primary else []
        if not data.active:
            parts.append(self.tr("inaktiv"))
        parts.append(f"{self.tr('geändert am')} {format_value(d.updated_at)}")
        self.subtitle.setText(" · ".join(parts))
        self.salutation.setCurrentIndex(max(self.salutation.findData(data.salutation), 0))
        self.academic_title.setCurrentText(data.title)
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.mobile.setText(data.mobile)
        self.channel.setCurrentIndex(max(self.channel.findData(data.preferred_channel), 0))
        self.tags.setText(", ".join(data.tags))
        self.active.setChecked(data.active)
        self.notes.setPlainText(data.notes)
        self.tabs.setTabEnabled(1, True)
        self.reload_links()

    def reload_links(self) -> None:
        if self.person_id is None:
            return
        rows = self._services.affiliations.for_person(self.person_id)
        self.affiliations.set_rows(rows)
        self.tabs.setTabText(1, self.tr("Organisationen") + f" ({len(rows)})")

    def data(self) -> PersonData:
        return PersonData(
            salutation=self.salutation.currentData() or "",
            title=self.academic_title.currentText(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            preferred_channel=self.channel.currentData() or "",
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
        )

    def save(self, allow_duplicate: bool = False) -> bool:
        people = self._services.people
        try:
            if self._detail is None:
                detail = people.create(self.data(), allow_duplicate=allow_duplicate)
            else:
                detail = people.update(self._detail.id, self.data(), self._detail.version)
        except ValidationError as exc:
            self.tabs.setCurrentIndex(0)
            self.errors.show(exc.errors)
            return False
        except DuplicatesFound as exc:
            self._ask_duplicate(exc.candidates)
            return False
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return False
        self.errors.clear()
        self.load(detail.id)
        self.changed.emit()
        return True

    def _ask_duplicate(self, candidates) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self.save(allow_duplicate=True)
            elif i == 1:
                self.open_person.emit(candidates[0].id)

        ask(
            self,
            self.tr("Möglicherweise doppelt"),
            self.tr("Diese Person scheint es schon zu geben:"),
            [
                (self.tr("Trotzdem anlegen"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Vorhandene öffnen"), QMessageBox.ButtonRole.ActionRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            detail="\n".join(f"• {c.label}: {c.reason}" for c in candidates),
            default=2,
        )

    def _this(self) -> tuple[int, str]:
        assert self._detail is not None
        return self._detail.id, self._detail.display_name

    def _run(self, dialog: QDialog) -> None:
        def done(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.reload_links()
                self.changed.emit()

        dialog.finished.connect(done)
        dialog.open()

    def _add_affiliation(self) -> None:
        self._run(AffiliationDialog(self._services, person=self._this(), parent=self))

    def _edit_affiliation(self, a) -> None:
        self._run(AffiliationDialog(self._services, existing=a, parent=self))

    def _remove_affiliation(self, a) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self._services.affiliations.delete(a.id)
                self.reload_links()
                self.changed.emit()

        ask(
            self,
            self.tr("Zuordnung entfernen"),
            self.tr("%1 von %2 lösen?")
            .replace("%1", a.person_name)
            .replace("%2", a.organisation_name),
            [
                (self.tr("Entfernen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            default=1,
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
