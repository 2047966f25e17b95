"""The data-protection actions of the main window: „Anonymisieren (Art. 17) …“ for the
selected person (Bearbeiten menu, the people list's context menu) and Extras ›
Datenschutz › „Überprüfungsliste …“ (``act_review_list``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from wba_desktop.views.common.translation import tr
from wba_desktop.views.privacy.erasure_commands import anonymise_person
from wba_desktop.views.privacy.review_dialog import ReviewDialog


class ErasureActions:
    def __init__(self, window) -> None:
        self.w = window
        self.review_dialog: ReviewDialog | None = None

    def install(self) -> None:
        """Create the actions and put them into the menus (after ``menus.build``)."""
        w = self.w
        w.act_anonymise = QAction(tr("Anonymisieren (Art. 17) …"), w)
        w.act_anonymise.setObjectName("act_anonymise")
        w.act_anonymise.triggered.connect(self.anonymise_selected)
        w.act_review_list = QAction(tr("Überprüfungsliste …"), w)
        w.act_review_list.setObjectName("act_review_list")
        w.act_review_list.triggered.connect(self.show_review_list)
        bar: QMenuBar = w.menuBar()
        menus = {a.text().replace("&", ""): a.menu() for a in bar.actions() if a.menu()}
        edit = menus.get("Bearbeiten")
        if edit is not None:
            edit.insertAction(w.act_add_to_list, w.act_anonymise)
        extras = menus.get("Extras")
        if extras is not None:
            privacy = self._privacy_menu(extras)
            privacy.addAction(w.act_review_list)
        w.people.table.addAction(w.act_anonymise)
        w.people.selection_changed.connect(self.update)
        w.sidebar.currentRowChanged.connect(lambda _row: self.update())
        self.update()

    def _privacy_menu(self, extras: QMenu) -> QMenu:
        """Extras › Datenschutz (made here, or found when another part made it)."""
        for action in extras.actions():
            if action.menu() is not None and action.menu().objectName() == "privacyMenu":
                return action.menu()
        menu = QMenu(tr("&Datenschutz"), extras)
        menu.setObjectName("privacyMenu")
        first = extras.actions()[0] if extras.actions() else None
        extras.insertMenu(first, menu)
        return menu

    def update(self, *_args) -> None:
        view = self.w.current_view()
        self.w.act_anonymise.setEnabled(
            view is self.w.people
            and self.w.people.current_id() is not None
            and self.w.services.permissions.can_erase  # the team login may not erase
        )

    def anonymise_selected(self):
        person_id = self.w.people.current_id()
        if person_id is None:
            return None
        return anonymise_person(self.w, self.w.services, person_id, runner=self.w.runner)

    def show_review_list(self) -> ReviewDialog:
        dialog = ReviewDialog(self.w.services, self.w, runner=self.w.runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.review_dialog = dialog
        dialog.open()
        return dialog
