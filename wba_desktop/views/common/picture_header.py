"""The row above a picture (network, stakeholder matrix, map): a description that
wraps, a moving bar while the picture is made in the background, and „Exportieren …“."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from wba_desktop.views.common.translation import tr


class PictureHeader:
    """The three widgets, made once; ``row()`` lays them out side by side."""

    def __init__(self, parent: QWidget, export_tooltip: str, on_export: Callable[[], None]):
        self.description = QLabel(parent)
        self.description.setObjectName("dialogSubtitle")
        self.description.setWordWrap(True)
        self.busy = QProgressBar(parent)
        self.busy.setRange(0, 0)  # a moving bar: the work reports no steps
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        text = QCoreApplication.translate("PictureHeader", "Exportieren …")
        self.export_button = QPushButton(text, parent)
        self.export_button.setToolTip(export_tooltip)
        self.export_button.clicked.connect(on_export)

    def row(self) -> QHBoxLayout:
        """Description (stretching), moving bar, export button."""
        top = QHBoxLayout()
        top.addWidget(self.description, 1)
        top.addWidget(self.busy)
        top.addWidget(self.export_button)
        return top


#: the picture formats every picture view offers (matplotlib writes them)
PICTURE_FILTERS = (
    QT_TR_NOOP("Bild PNG (*.png)"),
    QT_TR_NOOP("Vektorgrafik SVG (*.svg)"),
    QT_TR_NOOP("PDF-Dokument (*.pdf)"),
)


def ask_save_file(
    parent: QWidget,
    title: str,
    default_name: str,
    on_file: Callable[[str], object],
    filters: tuple[str, ...] = PICTURE_FILTERS,
) -> QFileDialog:
    """A non-blocking „Speichern unter“ dialog; ``on_file`` gets the chosen path."""
    dialog = QFileDialog(parent, title, default_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters([tr(text) for text in filters])
    dialog.fileSelected.connect(on_file)
    dialog.open()
    return dialog
