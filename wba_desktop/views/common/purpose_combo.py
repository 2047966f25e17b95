"""The optional purpose of a list, export or e-mail: „Zweck: (keiner) / Newsletter / …“.

With a purpose, people without a current consent for it (where consent is their legal
basis) are left out; restricted people are left out always (the services decide and
count, see ``services.privacy.consent_filter``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from wba_desktop.vocab import label

NONE_LABEL = "(keiner)"


class PurposeCombo(QComboBox):
    """``purpose()`` is the chosen purpose's name, or None for „(keiner)“."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purposeCombo")
        self.addItem(self.tr(NONE_LABEL), None)
        for name in names:
            self.addItem(label(name), name)  # a seeded purpose reads in the language
        self.setToolTip(
            self.tr(
                "Mit einem Zweck bleiben Personen ohne Einwilligung dafür (wo die Einwilligung "
                "ihre Rechtsgrundlage ist) außen vor; eingeschränkte Personen immer."
            )
        )

    def purpose(self) -> str | None:
        return self.currentData()

    def set_purpose(self, name: str | None) -> None:
        i = self.findData(name) if name else 0
        if i < 0:  # an inactive purpose a Verteiler still names
            self.addItem(label(name), name)
            i = self.count() - 1
        self.setCurrentIndex(i)
