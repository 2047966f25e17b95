"""The Hilfe menu's commands: the user guide, opened on the page of the area in front
(F1), and the About box with the versions and the licences of the shipped libraries."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from wba_desktop import APP_NAME, __version__, paths
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.translation import tr
from wba_desktop.views.shell.about import runtime_versions, shipped_libraries
from wba_desktop.views.shell.help_window import PAGES, HelpWindow


class HelpCommands(QObject):
    """``show_help`` (F1), ``show_manual`` and ``show_about`` for the main window ``w``."""

    def __init__(self, w: QMainWindow) -> None:
        super().__init__(w)
        self.w = w
        self.window: HelpWindow | None = None

    def current_page(self) -> str:
        """The help page of the area in front (the index when it has none)."""
        row = self.w.sidebar.currentRow()
        areas = getattr(self.w, "_areas", [])
        key = areas[row][0] if 0 <= row < len(areas) else ""
        return key if key in PAGES else "index"

    def show_help(self) -> HelpWindow:
        """F1: the guide on the page of the area in front, brought forward if open."""
        return self.show_page(self.current_page())

    def show_manual(self) -> HelpWindow:
        return self.show_page("index")

    def show_page(self, name: str) -> HelpWindow:
        if self.window is None:
            # a window of its own (not modal) that closes with the main window
            self.window = HelpWindow(self.w)
            self.window.setWindowIcon(self.w.windowIcon())
        self.window.show_page(name)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def show_about(self) -> QMessageBox:
        from wba_desktop.network.map_data import ATTRIBUTION as MAP_ATTRIBUTION

        versions = " · ".join(f"{name} {version}" for name, version in runtime_versions())
        rows = "".join(
            f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}</td>"
            f"<td>{html.escape(lib.licence)}</td></tr>"
            for lib in shipped_libraries()
        )
        head = tr("Bibliothek"), tr("Version"), tr("Lizenz")
        table = (
            "<table cellspacing='0' cellpadding='1'><tr>"
            + "".join(f"<th align='left'>{h}&nbsp;&nbsp;</th>" for h in head)
            + f"</tr>{rows}</table>"
        )
        description = tr(
            "Das Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt: "
            "Organisationen, Personen und ihre Beziehungen."
        )
        data_dir = tr("Datenordner: %1").replace("%1", html.escape(str(paths.data_dir())))
        built_on = tr("Läuft mit: %1").replace("%1", versions)
        licences = tr("Mitgelieferte Bibliotheken und ihre Lizenzen:")
        map_data = tr(
            "Karte: Verwaltungsgrenzen %1, Datenlizenz Deutschland – Namensnennung – "
            "Version 2.0 (dl-de/by-2-0), VG5000, Stand 01.01.2021."
        ).replace("%1", MAP_ATTRIBUTION)
        text = (
            f"<p>{description}</p><p>{data_dir}<br>{built_on}</p>"
            f"<p>{licences}</p>{table}<p>{map_data}</p>"
        )
        box = inform(self.w, tr("Über WBA Desktop"), f"<b>{APP_NAME} {__version__}</b>", text)
        box.setObjectName("aboutBox")
        return box
