"""Base of the record dialogs (organisations, people, events, Verbünde): header, tabs,
save/close, duplicate question, the conflict dialog when a save meets a newer version,
linked dialogs and the question about unsaved changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import DuplicatesFound, StaleEdit
from wba_desktop.services.bundle import Services
from wba_desktop.views.common.accessibility import name_controls
from wba_desktop.views.common.conflict_dialog import ConflictDialog
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op


class RecordDialog(QDialog):
    """Subclasses build their tabs, then call ``finish_setup(record_id)``, and implement
    ``_fields``, ``data``, ``_create``, ``_update``, ``load``, ``_show_new`` and
    ``_open_existing``. ``_detail`` (what ``load`` fetched) must have ``id``,
    ``version`` and ``data`` (the form as loaded: the original of a conflict)."""

    changed = Signal()
    open_person = Signal(int)
    open_organisation = Signal(int)

    duplicate_question = QT_TR_NOOP("Diesen Eintrag scheint es schon zu geben:")

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: Any = None
        self._saved_state: Any = None
        self._resolved: tuple[Any, int, Any] | None = None  # (data, version, original)
        self.conflict_dialog: ConflictDialog | None = None
        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dialogSubtitle")
        self.banner = ErrorBanner(self)
        self.tabs = QTabWidget(self)
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())
        buttons = self.button_row = QHBoxLayout()  # subclasses may add at the left
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def finish_setup(self, record_id: int | None) -> None:
        self.errors = FieldErrors(self.banner, self._fields())
        name_controls(self)
        if record_id is None:
            self._show_new()
        else:
            self.load(record_id)
        self.mark_clean()

    # -- hooks -----------------------------------------------------------------------
    def _fields(self) -> dict[str, QWidget]:
        return {}

    def data(self) -> Any:
        return None

    def _create(self, data: Any, allow_duplicate: bool) -> Any:
        raise TypeError(f"{type(self).__name__} defines no _create()")

    def _update(self, data: Any, version: int, original: Any) -> Any:
        """Save ``data`` over ``version`` (``original``: the form that version had)."""
        raise TypeError(f"{type(self).__name__} defines no _update()")

    def load(self, record_id: int) -> None:
        """Fill the form from the service."""

    def _show_new(self) -> None:
        """Prepare the empty form."""

    def _open_existing(self, record_id: int) -> None:
        """Show the existing record a duplicate warning named."""

    # -- saving ----------------------------------------------------------------------
    @property
    def record_id(self) -> int | None:
        return self._detail.id if self._detail is not None else None

    def mark_clean(self) -> None:
        self._saved_state = self.data()

    def has_changes(self) -> bool:
        return self.data() != self._saved_state

    def save(self, allow_duplicate: bool = False) -> bool:
        """Save; returns True when saved. A likely duplicate is asked about first; a
        newer version opens the conflict dialog (and returns False). When the database
        is busy and the user tries again later, the save completes then (through
        ``success``) and this call has returned False."""
        data = self.data()
        resolved, self._resolved = self._resolved, None
        if self._detail is None:
            call = lambda: self._create(data, allow_duplicate)  # noqa: E731
        elif resolved is not None:
            data = resolved[0]
            call = lambda: self._update(*resolved)  # noqa: E731
        else:
            version, original = self._detail.version, self._detail.data
            call = lambda: self._update(data, version, original)  # noqa: E731
        saved = []

        def done(detail) -> None:
            saved.append(detail)
            self.load(detail.id)
            self.mark_clean()
            self.changed.emit()

        (
            op(self, call, form=self.errors)
            .success(done)
            .handle(DuplicatesFound, lambda exc: self._ask_duplicate(exc.candidates))
            .handle(StaleEdit, lambda exc: self._resolve_conflict(exc, data))
            .failure(lambda exc: self._show_tab_of(getattr(exc, "errors", {})))
            .run()
        )
        return bool(saved)

    def _resolve_conflict(self, exc: StaleEdit, mine: Any) -> None:
        """Someone saved (or deleted) the record meanwhile: let the user decide."""
        if exc.deleted:
            self._ask_save_as_new(exc)
            return
        dialog = self.conflict_dialog = ConflictDialog(exc, self)

        def done(_result: int) -> None:
            self.conflict_dialog = None
            dialog.deleteLater()
            if dialog.choice == "theirs":  # nothing of mine is written
                self.load(self._detail.id)
                self.mark_clean()
            elif dialog.choice in ("mine", "selection"):
                merged = exc.resolve(mine, dialog.take_theirs())
                self._resolved = (merged, exc.current_version, exc.theirs)
                self.save()  # a second conflict opens the dialog again

        dialog.finished.connect(done)
        dialog.open()

    def _ask_save_as_new(self, exc: StaleEdit) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self._detail = None
                self.save(allow_duplicate=True)

        ask(
            self,
            self.tr("Inzwischen gelöscht"),
            str(exc),
            [
                (self.tr("Als neuen Eintrag speichern"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            detail=self.tr("Ihre Eingaben stehen noch im Formular."),
            default=1,
        )

    def _show_tab_of(self, errors: dict[str, str]) -> None:
        """Bring the tab with the first wrong field to the front."""
        fields = self._fields()
        for name in errors:
            widget = fields.get(name)
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if widget is not None and (widget is page or page.isAncestorOf(widget)):
                    self.tabs.setCurrentIndex(i)
                    return
        self.tabs.setCurrentIndex(0)

    def _ask_duplicate(self, candidates: list) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self.save(allow_duplicate=True)
            elif i == 1:
                self._open_existing(candidates[0].id)

        ask(
            self,
            self.tr("Möglicherweise doppelt"),
            self.tr(self.duplicate_question),
            [
                (self.tr("Trotzdem anlegen"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Vorhandene öffnen"), QMessageBox.ButtonRole.ActionRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            detail="\n".join(f"• {c.label}: {c.reason}" for c in candidates),
            default=2,
        )

    def reject(self) -> None:
        """Closing with unsaved changes asks first: save, discard or stay."""
        if not self.has_changes():
            super().reject()
            return

        def answer(i: int) -> None:
            if i == 0:
                if self.save():
                    super(RecordDialog, self).reject()
            elif i == 1:
                self.mark_clean()
                super(RecordDialog, self).reject()

        ask(
            self,
            self.tr("Ungespeicherte Änderungen"),
            self.tr("Die Änderungen wurden noch nicht gespeichert."),
            [
                (self.tr("Speichern"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Verwerfen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
        )

    # -- linked records ----------------------------------------------------------------
    def run_linked(self, dialog: QDialog, reload) -> None:
        """Open a small linked dialog; after it saved, reload the tab and tell the window."""

        def done(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                reload()
                self.changed.emit()

        dialog.finished.connect(done)
        dialog.open()

    def confirm_remove_affiliation(self, a, reload) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self._services.affiliations.delete(a.id)
                reload()
                self.changed.emit()

        ask(
            self,
            self.tr("Zuordnung entfernen"),
            self.tr("%1 von %2 lösen? Person und Organisation bleiben erhalten.")
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
        # Enter in a line edit moves on instead of closing the dialog; Ctrl+S saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
