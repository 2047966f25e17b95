"""The „Ansichten“ control of the network area: a combo box of the saved views (one
click restores filters, colouring, sizing, grouping, focus and zoom) and a menu to
save, rename, delete and export them.

The bar works on its host, the network view, through a small surface: ``host.panel``
(``state_dict()`` / ``set_state(dict)``), ``host.canvas`` (``view_rect()`` /
``set_view_rect(rect)``, whichever canvas is in use), ``host.reload()``,
``host.shown`` (a signal after a picture is drawn) and ``host.description`` (a label
for short news). Views live in the database (``services.saved_views``); the main
window's change bus calls ``on_changes`` so another user's new view appears.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from wba_desktop.errors import ConflictError
from wba_desktop.services.bundle import Changes, Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.picture_header import PICTURE_FILTERS, ask_save_file
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr

log = logging.getLogger(__name__)

TITLE = QT_TR_NOOP("Ansichten")


class ViewsBar(QWidget):
    """Combo box „Ansicht“ plus the menu button „Ansichten“ (see the module docstring)."""

    def __init__(self, services: Services, runner: TaskRunner, host, parent=None) -> None:
        super().__init__(parent)
        self._services, self._runner, self._host = services, runner, host
        self._views: list = []
        self._pending_rect: tuple[float, float, float, float] | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("savedViews")
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setToolTip(self.tr("Gespeicherte Ansicht mit einem Klick wiederherstellen"))
        self.combo.activated.connect(self._chosen)
        self.combo.currentIndexChanged.connect(lambda _i: self._update_actions())
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Ansichten"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.save_action = self.menu.addAction(self.tr("Ansicht speichern …"), self.ask_save)
        self.rename_action = self.menu.addAction(self.tr("Umbenennen …"), self.ask_rename)
        self.delete_action = self.menu.addAction(self.tr("Löschen"), self.ask_delete)
        self.menu.addSeparator()
        self.export_action = self.menu.addAction(
            self.tr("Ansicht exportieren (Bild, HTML-Seite) …"), self.ask_export
        )
        self.menu.addSeparator()
        self.release_action = self.menu.addAction(
            self.tr("Alle Positionen neu berechnen (auch von Hand gesetzte)"), self.release
        )
        self.menu_button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Ansicht:"), self))
        layout.addWidget(self.combo)
        layout.addWidget(self.menu_button)
        layout.addStretch(1)
        host.shown.connect(self._apply_pending_rect)
        self.refresh()

    # -- the list ----------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """From the change bus: refresh when views changed (here or in another program)."""
        if changes.touches("saved_views"):
            self.refresh()

    def refresh(self) -> None:
        views = self._services.saved_views
        op(self, views.list, key="views", runner=self._runner).success(
            self._fill
        ).run_in_background()

    def _fill(self, views: list) -> None:
        current = self.current_id()
        self._views = list(views)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("– Ansicht wählen –"), None)
        for view in self._views:
            self.combo.addItem(view.name, view.id)
            tip = self.tr("gespeichert von %1, %2").replace("%1", view.created_by or "?")
            tip = tip.replace("%2", fmt.day(view.updated_at))
            self.combo.setItemData(self.combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._update_actions()

    def current_id(self) -> int | None:
        return self.combo.currentData()

    def current_view(self):
        return next((v for v in self._views if v.id == self.current_id()), None)

    def names(self) -> list[str]:
        return [v.name for v in self._views]

    def _update_actions(self) -> None:
        chosen = self.current_id() is not None
        self.rename_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # -- restore ---------------------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        view_id = self.combo.itemData(index)
        view = next((v for v in self._views if v.id == view_id), None)
        if view is not None:
            self.restore(view)

    def choose(self, name: str) -> None:
        """Pick the view ``name`` as a click in the combo box would (tests, menus)."""
        index = self.combo.findText(name)
        if index < 0:
            raise KeyError(name)
        self.combo.setCurrentIndex(index)
        self.combo.activated.emit(index)

    def restore(self, view) -> None:
        """Filters, colouring, sizing, grouping and focus into the panel, the graph
        rebuilt; the zoom follows once the picture is drawn."""
        self._pending_rect = view.view_rect
        self._host.panel.set_state(view.panel)
        self._host.panel.flush()

    def _apply_pending_rect(self) -> None:
        rect, self._pending_rect = self._pending_rect, None
        if rect is not None:
            self._host.canvas.set_view_rect(rect)

    def settings(self) -> dict:
        """What the window shows now, as a view's settings."""
        rect = [float(v) for v in self._host.canvas.view_rect()]
        return {"panel": self._host.panel.state_dict(), "view_rect": rect}

    # -- save, rename, delete ----------------------------------------------------------------
    def _ask_name(self, title: str, label: str, text: str, then) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("viewNameDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("Speichern"))
        dialog.setCancelButtonText(self.tr("Abbrechen"))
        dialog.textValueSelected.connect(then)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def ask_save(self) -> QInputDialog:
        view = self.current_view()
        return self._ask_name(
            self.tr("Ansicht speichern"),
            self.tr("Name der Ansicht (Filter, Farben, Größen, Fokus und Ausschnitt):"),
            view.name if view is not None else "",
            self.save_as,
        )

    def save_as(self, name: str, overwrite: bool = False) -> None:
        settings = self.settings()
        views = self._services.saved_views
        op(self, lambda: views.save(name, settings, overwrite=overwrite), title=tr(TITLE)).success(
            self._saved
        ).handle(ConflictError, lambda _exc: self._confirm_overwrite(name)).run()

    def _confirm_overwrite(self, name: str) -> None:
        ask(
            self,
            self.tr("Ansicht speichern"),
            self.tr("Die Ansicht „%1“ gibt es schon. Überschreiben?").replace("%1", name.strip()),
            [
                (self.tr("Überschreiben"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],  # fmt: skip
            lambda answer: self.save_as(name, overwrite=True) if answer == 0 else None,
            default=1,
        )

    def _saved(self, view) -> None:
        self._views = [v for v in self._views if v.id != view.id] + [view]
        self._fill(sorted(self._views, key=lambda v: v.name.casefold()))
        self.combo.setCurrentIndex(self.combo.findData(view.id))
        self._update_actions()
        self._host.description.setText(
            self.tr("Ansicht „%1“ gespeichert.").replace("%1", view.name)
        )

    def ask_rename(self) -> QInputDialog | None:
        view = self.current_view()
        if view is None:
            return None
        views = self._services.saved_views

        def rename(name: str) -> None:
            op(self, lambda: views.rename(view.id, name), title=tr(TITLE)).success(
                lambda _v: self.refresh()
            ).run()

        return self._ask_name(
            self.tr("Ansicht umbenennen"), self.tr("Neuer Name:"), view.name, rename
        )

    def ask_delete(self) -> QMessageBox | None:
        view = self.current_view()
        if view is None:
            return None
        views = self._services.saved_views

        def answered(answer: int) -> None:
            if answer == 0:
                op(self, lambda: views.delete(view.id), title=tr(TITLE)).success(
                    lambda _r: self.refresh()
                ).run()

        return ask(
            self,
            self.tr("Ansicht löschen"),
            self.tr("Die Ansicht „%1“ für alle löschen?").replace("%1", view.name),
            [
                (self.tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],  # fmt: skip
            answered,
            detail=self.tr(
                "Gespeicherte Ansichten gelten für alle, die mit dieser Datenbank arbeiten."
            ),
            default=1,
        )

    # -- export and positions ---------------------------------------------------------------
    def ask_export(self) -> QFileDialog:
        view = self.current_view()
        name = view.name if view is not None else self.tr("Netzwerk")
        return ask_save_file(
            self,
            self.tr("Ansicht exportieren"),
            f"{name}.html",
            lambda path: self.export_to(path, name),
            (QT_TR_NOOP("HTML-Seite zum Weitergeben (*.html)"), *PICTURE_FILTERS),
        )

    def export_to(self, path: str, name: str = "") -> None:
        """Write what the window shows (filters and zoom) to ``path``, in the background."""
        settings, network = self.settings(), self._services.network
        self._host.description.setText(self.tr("Ansicht wird exportiert …"))

        def done(result) -> None:
            text = self.tr("Gespeichert: %1").replace("%1", str(result.path))
            if result.people:
                text += " " + self.tr("(mit %1 Personen; im Auskunftsprotokoll vermerkt)").replace(
                    "%1", fmt.integer(result.people)
                )
            self._host.description.setText(text)

        op(
            self, lambda: network.export_view(settings, path, name or Path(path).stem),
            title=self.tr("Ansicht exportieren"), runner=self._runner,
        ).success(done).run_in_background()  # fmt: skip

    def release(self) -> None:
        """Forget every stored position, the hand-placed ones too, and lay out afresh."""
        network = self._services.network
        op(self, lambda: network.forget_positions(keep_pinned=False), title=tr(TITLE)).success(
            lambda _r: self._host.reload(relayout=True)
        ).run()
