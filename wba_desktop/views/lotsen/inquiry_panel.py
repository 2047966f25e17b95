"""One inquiry in the Lotsen area: what it is about, its status, and three tabs —
„Passende Partner“ (ranked, each with its reasons in words, „Vermitteln …“),
„Vermittlungen“ (the partner's answer, the outcome, the referral e-mail) and
„Verlauf“ (every dated step)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TR_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import open_dialog, setup_table
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import show_rows
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.lotsen.referral_dialogs import (
    AnswerDialog,
    OutcomeDialog,
    ReferDialog,
    StatusDialog,
)

MATCH_COLUMNS = (
    Column("label", QT_TR_NOOP("Partner"), 215),
    Column("reason_text", QT_TR_NOOP("Warum"), 300),
)
REFERRAL_COLUMNS = (
    Column("partner", QT_TR_NOOP("Partner"), 165),
    Column("referred_on", QT_TR_NOOP("Vermittelt"), 88),
    Column("follow_up_on", QT_TR_NOOP("Wiedervorlage"), 108),
    Column("answer", QT_TR_NOOP("Antwort"), 92, format=cell),
    Column("outcome", QT_TR_NOOP("Ergebnis"), 140, format=cell),
)


class _MatchRow:
    """A match as the table shows it (the reasons in one cell, the way in front)."""

    def __init__(self, match) -> None:
        self.match = match
        self.id = match.organisation_id
        self.name = match.name
        self.kind = match.kind
        where = f" · {match.district}" if match.district else ""
        self.label = f"{match.name}\n{cell(match.kind)}{where}"
        self.reason_text = "\n".join(f"• {r}" for r in match.reasons)


class InquiryPanel(QWidget):
    open_organisation = Signal(int)
    open_person = Signal(int)
    edit_requested = Signal(int)
    #: something of the inquiry was saved here (the list shows the new state)
    changed = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryPanel")
        self._services = services
        self._runner = runner
        self.inquiry_id: int | None = None
        self.detail = None

        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.who = QLabel(self)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.who.linkActivated.connect(self._open_link)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self)
        for label, widget in (
            (self.tr("Wer fragt:"), self.who),
            (self.tr("Worum:"), self.about),
            (self.tr("Anliegen:"), self.description),
            (self.tr("Stand:"), self.state),
        ):
            self.facts.addRow(label, widget)
        self.status_button = QPushButton(self.tr("Status ändern …"), self)
        self.status_button.clicked.connect(self.change_status)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.edit_button.clicked.connect(
            lambda: self.inquiry_id and self.edit_requested.emit(self.inquiry_id)
        )
        head_buttons = QHBoxLayout()
        head_buttons.addWidget(self.status_button)
        head_buttons.addWidget(self.edit_button)
        head_buttons.addStretch(1)

        # -- matches ---------------------------------------------------------------------
        self.matches = RecordListModel(MATCH_COLUMNS, parent=self)
        self.match_table = QTableView(self)
        self.match_table.setObjectName("matchTable")
        self.match_table.setModel(self.matches)
        setup_table(self.match_table, MATCH_COLUMNS, row_height=40)
        self.match_table.setWordWrap(True)
        self.match_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        show_rows(self.match_table)  # four partners to compare, also at 1024×640
        self.match_table.doubleClicked.connect(lambda _i: self.refer_selected())
        self.refer_button = QPushButton(self.tr("&Vermitteln …"), self)
        self.refer_button.setObjectName("primaryButton")
        self.refer_button.clicked.connect(self.refer_selected)
        self.refer_other = QPushButton(self.tr("An andere Organisation …"), self)
        self.refer_other.clicked.connect(lambda: self.refer(None, ""))
        self.match_note = QLabel(self)
        self.match_note.setWordWrap(True)
        match_page = QWidget(self)
        box = QVBoxLayout(match_page)
        box.addWidget(self.match_note)
        box.addWidget(self.match_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refer_button)
        row.addWidget(self.refer_other)
        row.addStretch(1)
        box.addLayout(row)

        # -- referrals --------------------------------------------------------------------
        self.referrals = RecordListModel(REFERRAL_COLUMNS, parent=self)
        self.referral_table = QTableView(self)
        self.referral_table.setObjectName("referralTable")
        self.referral_table.setModel(self.referrals)
        setup_table(self.referral_table, REFERRAL_COLUMNS, compact=True)
        self.answer_button = QPushButton(self.tr("Antwort erfassen …"), self)
        self.answer_button.clicked.connect(self.record_answer)
        self.outcome_button = QPushButton(self.tr("Ergebnis erfassen …"), self)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.mail_button = QPushButton(self.tr("E-Mail an Partner"), self)
        self.mail_button.setToolTip(
            self.tr("Öffnet eine E-Mail mit der Zusammenfassung der Anfrage an den Partner")
        )
        self.mail_button.clicked.connect(self.mail_partner)
        self.partner_button = QPushButton(self.tr("Partner öffnen"), self)
        self.partner_button.clicked.connect(self._open_partner)
        referral_page = QWidget(self)
        box = QVBoxLayout(referral_page)
        box.addWidget(self.referral_table, 1)
        row = QHBoxLayout()
        for b in (self.answer_button, self.outcome_button, self.mail_button, self.partner_button):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)

        self.history = QListWidget(self)
        self.history.setObjectName("inquiryHistory")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(match_page, self.tr("Passende Partner"))
        self.tabs.addTab(referral_page, self.tr("Vermittlungen"))
        self.tabs.addTab(self.history, self.tr("Verlauf"))

        self.hint = QLabel(self.tr("Wählen Sie links eine Anfrage."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addLayout(head_buttons)
        layout.addWidget(self.tabs, 1)
        self.show_inquiry(None)

    # -- showing -----------------------------------------------------------------------------
    def show_inquiry(self, inquiry_id: int | None) -> None:
        self.inquiry_id = inquiry_id
        has = inquiry_id is not None
        self.hint.setVisible(not has)
        for w in (self.title, self.status_button, self.edit_button, self.tabs):
            w.setVisible(has)
        for i in range(self.facts.rowCount()):
            self.facts.setRowVisible(i, has)
        if not has:
            self.detail = None
            return
        detail = op(self, lambda: self._services.inquiries.get(inquiry_id)).run()
        if detail is None:
            return
        self.detail = d = detail
        form = d.data
        self.title.setText(f"{d.number} · {cell(form.inquirer_kind)} · {fmt.day(form.received_on)}")
        who = escape(d.organisation_name or d.person_name or d.inquirer)
        if form.organisation_id is not None:
            who = f'<a href="org:{form.organisation_id}">{who}</a>'
            if d.person_name:
                who += f" ({escape(d.person_name)})"
        contact = " · ".join(escape(x) for x in (form.phone, form.email) if x)
        self.who.setText(who + (f"<br>{contact}" if contact else ""))
        self.about.setText(
            f"{', '.join(d.topic_names)} · {d.district} ({cell(d.wba_region)}) · "
            f"{cell(form.urgency)}"
        )
        self.description.setText(form.description or "–")
        outcome = f": {cell(d.outcome)}" if d.outcome else ""
        channel = self.tr("(über %1)").replace("%1", cell(form.channel))
        coordinator = (
            " · " + self.tr("zuständig: %1").replace("%1", d.coordinator_name)
            if d.coordinator_name
            else ""
        )
        self.state.setText(f"{cell(d.status)}{outcome} {channel}{coordinator}")
        final = not d.next_statuses
        self.status_button.setEnabled(not final)
        self.refer_button.setEnabled(not final)
        self.refer_other.setEnabled(not final)
        self._load_referrals()
        self._load_history()
        self._load_matches()

    def _load_matches(self) -> None:
        iid, matching = self.inquiry_id, self._services.matching
        self.match_note.setText(self.tr("Passende Partner werden gesucht …"))
        op(self, lambda: matching.matches(iid), key="matches", runner=self._runner).success(
            self._show_matches
        ).run_in_background()

    def _show_matches(self, matches) -> None:
        referred = {r.organisation_id for r in self.referrals.rows()}
        rows = [_MatchRow(m) for m in matches if m.organisation_id not in referred]
        self.matches.set_rows(rows)
        self.match_table.resizeRowsToContents()
        if not rows:
            self.match_note.setText(
                self.tr("Kein passender Partner gefunden: Themen oder Landkreis prüfen.")
            )
        else:
            self.match_note.setText(
                self.tr("%1, die besten zuerst. Doppelklick vermittelt.").replace(
                    "%1",
                    fmt.count(len(rows), self.tr("passender Partner"), self.tr("passende Partner")),
                )
            )
            self.match_table.selectRow(0)

    def _load_referrals(self) -> None:
        rows = op(self, lambda: self._services.referrals.of_inquiry(self.inquiry_id)).run()
        self.referrals.set_rows(rows or [])
        if rows:
            self.referral_table.selectRow(0)
        self.tabs.setTabText(1, self.tr("Vermittlungen (%1)").replace("%1", str(len(rows or []))))
        for b in (self.answer_button, self.outcome_button, self.mail_button, self.partner_button):
            b.setEnabled(bool(rows))

    def _load_history(self) -> None:
        self.history.clear()
        steps = op(self, lambda: self._services.inquiries.history(self.inquiry_id)).run() or []
        for s in steps:
            parts = [fmt.day(s.changed_on), f"{s.field}: {s.value}"]
            if s.partner:
                parts.append(s.partner)
            if s.note:
                parts.append(s.note)
            if s.user_name:
                parts.append(f"({s.user_name})")
            self.history.addItem(" · ".join(parts))

    # -- commands -------------------------------------------------------------------------------
    def _selected_match(self):
        row = self.matches.record(self.match_table.currentIndex().row())
        return row.match if row is not None else None

    def _selected_referral(self):
        return self.referrals.record(self.referral_table.currentIndex().row())

    def refer_selected(self) -> None:
        match = self._selected_match()
        if match is not None:
            self.refer(match.organisation_id, match.name, match.contact_person_id,
                       match.contact_name)  # fmt: skip

    def refer(self, org_id, name, contact_id=None, contact_name="") -> ReferDialog | None:
        if self.inquiry_id is None:
            return None
        dialog = ReferDialog(
            self._services, self.inquiry_id, org_id, name, contact_id, contact_name, self
        )
        return open_dialog(dialog, self._after_referral)

    def _after_referral(self) -> None:
        self.changed.emit()
        self.tabs.setCurrentIndex(1)

    def record_answer(self) -> AnswerDialog | None:
        ref = self._selected_referral()
        if ref is None:
            return None
        return open_dialog(AnswerDialog(self._services, ref, self), self.changed.emit)

    def record_outcome(self) -> OutcomeDialog | None:
        ref = self._selected_referral()
        if ref is None:
            return None
        return open_dialog(OutcomeDialog(self._services, ref, self), self.changed.emit)

    def change_status(self) -> StatusDialog | None:
        if self.detail is None:
            return None
        return open_dialog(StatusDialog(self._services, self.detail, self), self.changed.emit)

    def mail_partner(self) -> None:
        ref = self._selected_referral()
        if ref is None:
            return
        draft = op(self, lambda: self._services.referrals.mail(ref.id)).run()
        if draft is not None:
            QDesktopServices.openUrl(QUrl(draft.url))

    def _open_partner(self) -> None:
        ref = self._selected_referral()
        if ref is not None:
            self.open_organisation.emit(ref.organisation_id)

    def _open_link(self, link: str) -> None:
        kind, _, rid = link.partition(":")
        if kind == "org":
            self.open_organisation.emit(int(rid))
