"""An area whose widget is built the first time it is shown.

The network area needs networkx and matplotlib; building it on first visit keeps
them out of the app's start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class LazyArea(QWidget):
    def __init__(self, factory: Callable[[QWidget], QWidget], parent=None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.widget: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_loaded(self) -> QWidget:
        if self.widget is None:
            self.widget = self._factory(self)
            # an area takes the width the window gives it: a long title or a wide table in
            # one of its tabs must not push the main window past the screen
            self.widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._layout.addWidget(self.widget)
        if hasattr(self.widget, "ensure_loaded"):
            self.widget.ensure_loaded()
        return self.widget

    @property
    def loaded(self) -> bool:
        return self.widget is not None
