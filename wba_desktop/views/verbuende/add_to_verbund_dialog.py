"""Add organisations chosen elsewhere (directory selection, network graph) to a Verbund."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.vocab_combo import add_vocab
from wba_desktop.vocab import MEMBER_ROLES

BY_KIND = QT_TR_NOOP("passend zur Art der Organisation")


class AddToVerbundDialog(QDialog):
    """After ``accept()``: ``added`` (count), ``skipped`` (names already members)
    and ``verbund_id``."""

    def __init__(
        self,
        services: Services,
        organisation_ids: list[int],
        verbund_id: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addToVerbundDialog")
        self.setWindowTitle(self.tr("Zu Verbund hinzufügen"))
        self._services = services
        self._ids = list(organisation_ids)
        self.added = 0
        self.skipped: list[str] = []
        self.verbund_id: int | None = None
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {})
        intro = QLabel(
            self.tr("%1 Organisation(en) als Mitglied aufnehmen.").replace(
                "%1", str(len(self._ids))
            ),
            self,
        )
        self.verbund = QComboBox(self)
        for vid, label in services.verbuende.choices():
            self.verbund.addItem(label, vid)
        if verbund_id is not None:
            self.verbund.setCurrentIndex(max(0, self.verbund.findData(verbund_id)))
        self.role = QComboBox(self)
        self.role.addItem(self.tr(BY_KIND), None)
        add_vocab(self.role, MEMBER_ROLES)
        self.joined = OptionalDateEdit(self)
        self.joined.set_value(date.today())
        form = QFormLayout()
        form.addRow(self.tr("&Verbund:"), self.verbund)
        form.addRow(self.tr("&Rolle:"), self.role)
        form.addRow(self.tr("&Beigetreten:"), self.joined)
        box = save_cancel_buttons(self)
        box.button(box.StandardButton.Save).setText(self.tr("Hinzufügen"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(box)
        if not self.verbund.count():
            self.banner.show_messages([self.tr("Es gibt noch keinen Verbund.")])
            box.button(box.StandardButton.Save).setEnabled(False)

    def save(self) -> None:
        vid = self.verbund.currentData()
        if vid is None:
            return
        role, joined = self.role.currentData(), self.joined.value()

        def added(result: tuple[int, list[str]]) -> None:
            self.added, self.skipped = result
            self.verbund_id = vid
            self.accept()

        op(
            self,
            lambda: self._services.verbund_members.add_members(vid, self._ids, role, joined),
            form=self.errors,
        ).success(added).run()
