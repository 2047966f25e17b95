"""The main window's picture areas, built on first use: „Netzwerk“ and „Karte“, and the
network's „Karte“ button that opens the map with the network's filters."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class PictureAreas(QObject):
    """``w`` is the main window; ``w.network`` and ``w.map`` are LazyAreas built here."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self._map_options = None

    def build_network(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.network.network_view import NetworkView

        w = self.w
        view = NetworkView(w.services, w.runner, parent)
        view.open_organisation.connect(w.open_organisation)
        view.counts_changed.connect(w._show_counts)
        view.add_to_verbund.connect(w.verbund_commands.add_organisations)
        view.map_requested.connect(self.show_map)
        w.bus.changed.connect(view.views_bar.on_changes)  # another user's saved views
        return view

    def build_map(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.map.map_view import MapView

        w = self.w
        view = MapView(w.services, w.runner, parent)
        if self._map_options is not None:  # opened by the network's „Karte“ button
            view.set_options(self._map_options)
        view.open_organisation.connect(w.open_organisation)
        view.open_verbund.connect(w.verbund_commands.open_verbund)
        view.counts_changed.connect(w._show_counts)
        return view

    def show_map(self, options) -> None:
        """The network's „Karte“ button: the map with the network's filters."""
        self._map_options = options
        built = self.w.map.loaded
        self.w.show_area("map")  # builds the area with these options the first time
        if built:
            self.w.map.widget.set_options(options)
