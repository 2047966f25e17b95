"""Follow-ups in the main window: the window „Wiedervorlagen“ behind Extras and the
start page's card (which views/shell/start_view.py shows)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from wba_desktop.views.directory.followup_window import FollowUpWindow


class FollowUpCommands(QObject):
    """``w``: the main window (``services``, ``open_organisation``)."""

    def __init__(self, w) -> None:
        super().__init__(w)
        self.w = w
        self.window: FollowUpWindow | None = None

    # -- the window ----------------------------------------------------------------------
    def show_window(self, tab: int = FollowUpWindow.FOLLOW_UPS) -> FollowUpWindow:
        """The one window „Wiedervorlagen“ (brought to the front if already open)."""
        if self.window is None:
            self.window = FollowUpWindow(self.w.services, self.w)
            self.window.open_organisation.connect(
                lambda oid: self.w.open_organisation(oid, self.window)
            )
            self.window.finished.connect(self._closed)
        else:
            self.window.reload()
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
