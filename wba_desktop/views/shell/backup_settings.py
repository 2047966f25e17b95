"""The "Sicherung" page of the settings: the backup policy of the own database file
(a daily backup at the first start, how many to keep, after how many days to delete
them), the backup folder and the last backup. Kept per PC in the user's settings
file, because the database file lives on this PC; the team database is backed up by
its server."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from wba_desktop import paths
from wba_desktop.services.bundle import Services
from wba_desktop.views.common import settings as s
from wba_desktop.views.common.settings import Settings


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("fieldHint")
    return label


class BackupSettingsPage(QWidget):
    """``load()`` fills the fields from the settings file; ``save()`` writes them."""

    def __init__(self, services: Services, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettings")
        self._services, self._settings = services, settings
        self.daily = QCheckBox(self.tr("Jeden Tag beim ersten Start eine Sicherung anlegen"), self)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 999)
        self.keep.setSuffix(self.tr(" Sicherungen"))
        self.max_age = QSpinBox(self)
        self.max_age.setRange(0, 3650)
        self.max_age.setSpecialValueText(self.tr("unbegrenzt"))
        self.max_age.setSuffix(self.tr(" Tage"))
        for box in (self.keep, self.max_age):
            box.setMinimumWidth(160)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        folder = QLabel(str(paths.backup_dir()), self)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Ordner öffnen"), self)
        open_folder.setObjectName("openBackupFolder")
        open_folder.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        form = QFormLayout(self)
        form.addRow(self.daily)
        form.addRow(self.tr("Aufbewahren, höchstens:"), self.keep)
        form.addRow(self.tr("Älter als … löschen:"), self.max_age)
        form.addRow(self.tr("Ordner:"), folder_row)
        form.addRow(self.tr("Letzte Sicherung:"), QLabel(self._last_backup(), self))
        form.addRow(
            _hint(
                self.tr(
                    "Zusätzlich wird vor jedem Update, jedem Import und jeder Wiederherstellung "
                    "gesichert. Sicherungen gelten für die eigene Datenbankdatei; die "
                    "Teamdatenbank sichert der Server."
                ),
                self,
            ),
        )

    def _last_backup(self) -> str:
        from wba_desktop.services.backups import reason_label

        backups = self._services.backups
        if not backups.is_sqlite:
            return self.tr("– (die Teamdatenbank sichert der Server)")
        found = backups.list_backups()
        if not found:
            return self.tr("noch keine")
        last = found[0]
        return f"{last.created:%d.%m.%Y, %H:%M} Uhr ({reason_label(last.reason)})"

    def load(self) -> None:
        st = self._settings
        self.daily.setChecked(st.get(s.BACKUP_DAILY))
        self.keep.setValue(st.get(s.BACKUP_KEEP))
        self.max_age.setValue(st.get(s.BACKUP_MAX_AGE_DAYS))

    def save(self) -> None:
        st = self._settings
        st.set(s.BACKUP_DAILY, self.daily.isChecked())
        st.set(s.BACKUP_KEEP, self.keep.value())
        st.set(s.BACKUP_MAX_AGE_DAYS, self.max_age.value())

    def open_folder(self) -> None:
        folder = paths.backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
