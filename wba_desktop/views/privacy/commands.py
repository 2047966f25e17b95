"""The commands of Extras › Datenschutz: the access report for any person (or for a
name that is not stored) and the list of people not yet informed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wba_desktop.views.privacy.access_dialog import AccessDialog
from wba_desktop.views.privacy.uninformed_dialog import UninformedDialog


class PrivacyCommands:
    def __init__(self, window) -> None:
        self.w = window

    def show_access(self) -> AccessDialog:
        dialog = AccessDialog(self.w.services, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_uninformed(self) -> UninformedDialog:
        dialog = UninformedDialog(self.w.services, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
