"""The main window's Verbund commands: the area, adding organisations from the
directory or the network, the health-check settings, jumping from the start page."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from wba_desktop.text import format as fmt

TAB_KEYS = {"tasks": "tasks", "members": "members", "record": "health"}


class VerbundCommands(QObject):
    """``w`` is the main window; its Verbünde area is a LazyArea built here."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window

    def build_view(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.verbuende.verbund_view import VerbundView

        view = VerbundView(self.w.services, self.w.runner, parent)
        view.open_organisation.connect(self.w.open_organisation)
        view.open_person.connect(self.w.open_person)
        view.counts_changed.connect(self.w._show_counts)
        view.add_members_requested.connect(self._pick_in_directory)
        view.new_event_requested.connect(self.w.event_commands.new_event_for_verbund)
        view.open_event.connect(self.w.event_commands.open_event)
        return view

    @property
    def view(self):
        return self.w.verbuende.ensure_loaded()

    def open_verbund(self, verbund_id: int, tab: str = "record") -> None:
        self.w.show_area("verbuende")
        view = self.view
        view.select_id(verbund_id)
        target = getattr(view, TAB_KEYS.get(tab, "health"), view.health)
        view.tabs.setCurrentWidget(target)

    def _pick_in_directory(self, _verbund_id: int) -> None:
        self.w.show_area("organisations")
        self.w.statusBar().showMessage(
            self.tr(
                "Organisationen markieren (Strg/Umschalt + Klick) und „Zu Verbund "
                "hinzufügen …“ wählen (Rechtsklick oder Menü Bearbeiten)."
            ),
            15000,
        )

    def add_organisations(self, organisation_ids: list[int], parent: QWidget | None = None):
        """Open the dialog that adds the given organisations to a Verbund."""
        from wba_desktop.views.verbuende.add_to_verbund_dialog import AddToVerbundDialog

        if not organisation_ids:
            return None
        current = self.w.verbuende.widget.current_id() if self.w.verbuende.loaded else None
        dialog = AddToVerbundDialog(self.w.services, organisation_ids, current, parent or self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if not result:
                return
            text = self.tr("%1 aufgenommen.").replace(
                "%1", fmt.count(dialog.added, "Organisation", "Organisationen")
            )
            if dialog.skipped:
                text += " " + self.tr("Schon Mitglied: %1.").replace(
                    "%1", fmt.listing(dialog.skipped)
                )
            self.w.statusBar().showMessage(text, 10000)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def add_selection(self):
        return self.add_organisations(self.w.organisations.selected_ids())

    def show_health_settings(self):
        from wba_desktop.views.verbuende.health_settings_dialog import HealthSettingsDialog

        dialog = HealthSettingsDialog(self.w.services, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
