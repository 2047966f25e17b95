"""Take attendance: tick who came from the people who accepted; the others who
accepted are recorded as "nicht erschienen"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.events.invitation_queries import ACCEPTED
from wba_desktop.services.events.invitations import AttendanceResult
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import search_key, sort_key
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.ops import op


class AttendanceDialog(QDialog):
    """After ``accept()``: ``result`` is the service's :class:`AttendanceResult`."""

    def __init__(self, services: Services, event_id: int, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self.result: AttendanceResult | None = None
        event = services.events.get(event_id)
        self.setWindowTitle(self.tr("Anwesenheit: %1").replace("%1", event.title))
        self.resize(560, 620)
        rows = services.invitation_queries.rows(event_id, status=ACCEPTED)
        rows.sort(key=lambda r: (not r.organisation, sort_key(r.organisation), r.sort_name))
        self.rows = rows
        self._keys = {r.id: search_key(r.name, r.organisation) for r in rows}

        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {})
        hint = QLabel(
            self.tr(
                "Wer da war, bekommt ein Häkchen; wer zugesagt hat und fehlt, wird als "
                "„nicht erschienen“ vermerkt."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name oder Organisation suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.checks = CheckList(
            [(f"{r.name} – {r.organisation}" if r.organisation else r.name, r.id) for r in rows],
            self,
        )
        self.checks.setObjectName("attendanceList")
        self.checks.setStyleSheet("QListWidget#attendanceList::item { padding: 3px 2px; }")
        self.checks.set_checked(r.id for r in rows if r.status == "teilgenommen")
        self.checks.changed.connect(self._count)
        self.all_button = QPushButton(self.tr("alle"), self)
        self.none_button = QPushButton(self.tr("keine"), self)
        self.all_button.setToolTip(self.tr("Alle angezeigten Personen als anwesend markieren"))
        self.none_button.setToolTip(self.tr("Bei allen angezeigten Personen das Häkchen entfernen"))
        self.all_button.clicked.connect(lambda: self._check_visible(True))
        self.none_button.clicked.connect(lambda: self._check_visible(False))
        self.counter = QLabel(self)
        self.counter.setObjectName("cardTitle")
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.all_button)
        tools.addWidget(self.none_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Anwesenheit speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        if event.starts_at > datetime.now():
            future = QLabel(
                self.tr("Hinweis: Die Veranstaltung hat noch nicht begonnen (%1).").replace(
                    "%1", f"{event.starts_at:%d.%m.%Y %H:%M}"
                ),
                self,
            )
            future.setStyleSheet("color: #8a5a00;")
            layout.addWidget(future)
        layout.addLayout(tools)
        if rows:
            layout.addWidget(self.checks, 1)
        else:
            self.checks.hide()
            empty = QLabel(self.tr("Noch niemand hat zugesagt."), self)
            empty.setObjectName("emptyHint")
            layout.addWidget(empty, 1)
        layout.addLayout(bottom)
        self._count()

    def _filter(self, text: str) -> None:
        words = search_key(text).split()
        for i in range(self.checks.count()):
            item = self.checks.item(i)
            key = self._keys[item.data(Qt.ItemDataRole.UserRole)]
            item.setHidden(not all(w in key for w in words))

    def _check_visible(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.checks.blockSignals(True)
        for i in range(self.checks.count()):
            item = self.checks.item(i)
            if not item.isHidden():
                item.setCheckState(state)
        self.checks.blockSignals(False)
        self._count()

    def _count(self) -> None:
        self.counter.setText(
            self.tr("%1 von %2 anwesend")
            .replace("%1", fmt.integer(len(self.checks.checked())))
            .replace("%2", fmt.integer(len(self.rows)))
        )

    def present_ids(self) -> tuple[int, ...]:
        return self.checks.checked()

    def save(self) -> None:
        present = self.present_ids()

        def saved(result) -> None:
            self.result = result
            self.accept()

        op(
            self,
            lambda: self._services.invitations.mark_attendance(self._event_id, present),
            form=self.errors,
        ).success(saved).run()
