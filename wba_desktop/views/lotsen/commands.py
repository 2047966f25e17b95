"""The main window's Lotsen commands: the „Anfragen“ area, „Neue Anfrage …“ from
anywhere (Strg+Umschalt+A), and opening an inquiry (from the start page)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class LotsenCommands(QObject):
    """``w`` is the main window; its „Anfragen“ area is a LazyArea built here."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window

    def build_view(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.lotsen.lotsen_view import LotsenView

        view = LotsenView(self.w.services, self.w.runner, parent)
        view.open_organisation.connect(self.w.open_organisation)
        view.open_person.connect(self.w.open_person)
        view.counts_changed.connect(self.w._show_counts)
        return view

    @property
    def view(self):
        return self.w.lotsen.ensure_loaded()

    def new_inquiry(self):
        self.w.show_area("lotsen")
        return self.view.new_inquiry()

    def open_inquiry(self, inquiry_id: int) -> None:
        self.w.show_area("lotsen")
        view = self.view
        if not view.select_id(inquiry_id):
            view._saved(inquiry_id)  # clears the filters until it is in the list
