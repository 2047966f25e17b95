"""Showing service errors on a form: red frame and tooltip on the named field,
all messages in a banner above the form, focus on the first wrong field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from wba_desktop.views.common.translation import tr

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdf2f1;"


class ErrorBanner(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#errorBanner { background: #fdecea; color: #8a1f11; border: 1px solid #e6b0aa;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class FieldErrors:
    """Maps service field names to widgets."""

    def __init__(self, banner: ErrorBanner, fields: dict[str, QWidget]) -> None:
        self._banner = banner
        self._fields = fields
        self._marked: list[QWidget] = []

    def clear(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
            w.setToolTip("")
        self._marked.clear()
        self._banner.show_messages([])

    def show(self, errors: dict[str, str]) -> None:
        self.clear()
        first: QWidget | None = None
        for field, message in errors.items():
            widget = self._fields.get(field)
            if widget is None:
                continue
            widget.setStyleSheet(ERROR_STYLE)
            widget.setToolTip(message)
            self._marked.append(widget)
            first = first or widget
        self._banner.show_messages(list(errors.values()))
        if first is not None:
            first.setFocus()

    def show_message(self, message: str) -> None:
        self.clear()
        self._banner.show_messages([message])


def save_cancel_buttons(dialog) -> QDialogButtonBox:
    """German "Speichern"/"Abbrechen" wired to ``dialog.save`` and ``dialog.reject``."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Save).setText(tr("Speichern"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
    box.accepted.connect(dialog.save)
    box.rejected.connect(dialog.reject)
    return box
