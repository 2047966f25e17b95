"""The overview tab of a Verbund: key facts and the five-factor health check, each
factor with why and what would meet it, and a button to the place to fix it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.verbuende.health import (
    FIX_ACTIVITIES,
    FIX_EVENTS,
    FIX_MEMBERS,
    HealthReport,
)
from wba_desktop.services.verbuende.records import VerbundDetail
from wba_desktop.text import format as fmt
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell

FIX_LABELS = {
    FIX_MEMBERS: QT_TR_NOOP("Zu den Mitgliedern"),
    FIX_ACTIVITIES: QT_TR_NOOP("Beratung erfassen …"),
    FIX_EVENTS: QT_TR_NOOP("Zu den Veranstaltungen"),
}
MET_COLOUR = "#1e7b34"
NOT_MET_COLOUR = "#b03a2e"


def score_colour(score: int) -> str:
    return MET_COLOUR if score >= 4 else ("#b7791f" if score >= 2 else NOT_MET_COLOUR)


class FactorCard(QFrame):
    fix_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factorCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mark = QLabel(self)
        self.mark.setFixedWidth(28)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.fix_button = QPushButton(self)
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self._fix))
        self._fix = ""
        layout = QHBoxLayout(self)
        layout.addWidget(self.mark)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_factor(self, f) -> None:
        colour = MET_COLOUR if f.met else NOT_MET_COLOUR
        sign = "✔" if f.met else "✘"
        self.mark.setText(f"<span style='font-size:16pt;color:{colour}'>{sign}</span>")
        parts = [f"<b>{f.number}. {escape(f.title)}</b>", escape(f.reason)]
        if not f.met:
            how = self.tr("So wird es erfüllt:")
            parts.append(f"<i>{how}</i> {escape(f.remedy)}")
        if f.details:
            label = f"{escape(f.details_label)}: " if f.details_label else ""
            parts.append(
                "<span style='color:#5a6570'>"
                + label
                + escape(", ".join(f.details[:8]))
                + (" …" if len(f.details) > 8 else "")
                + "</span>"
            )
        self.text.setText("<br>".join(parts))
        self._fix = f.fix
        self.fix_button.setText(self.tr(FIX_LABELS.get(f.fix, "Öffnen")))
        self.fix_button.setVisible(not f.met and f.fix in FIX_LABELS)
        self.setProperty("met", f.met)


class HealthPanel(QScrollArea):
    """Emits ``fix_requested(key)`` with one of the FIX_* keys of the health service."""

    fix_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.facts = QLabel(body)
        self.facts.setObjectName("verbundFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score = QLabel(body)
        self.score.setObjectName("healthScore")
        self.warning = QLabel(body)
        self.warning.setObjectName("fundingWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel#fundingWarning { background:#fff4e0; color:#7a4b00; border:1px solid #f0c36d;"
            " border-radius:4px; padding:6px 8px; }"
        )
        self.cards = [FactorCard(body) for _ in range(5)]
        for card in self.cards:
            card.fix_requested.connect(self.fix_requested.emit)
        grid = QGridLayout()
        grid.addWidget(self.facts, 0, 0)
        layout = QVBoxLayout(body)
        layout.addWidget(self.warning)
        layout.addWidget(self.score)
        for card in self.cards:
            layout.addWidget(card)
        # the facts repeat much of the list row: below the five factors, which must all
        # be in view at 1280×800 (they were cut to one or two under the facts)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)
        self.clear()

    def clear(self) -> None:
        self.facts.setText(self.tr("Kein Verbund gewählt."))
        self.score.setText("")
        self.warning.hide()
        for card in self.cards:
            card.hide()

    def show_verbund(self, d: VerbundDetail, report: HealthReport, members: int) -> None:
        data, since = d.data, tr("seit")
        rows = [
            (self.tr("Typ"), cell(data.type)),
            (self.tr("Phase"), f"{cell(d.phase)} {since} {fmt.day(data.phase_since, '–')}"),
            (self.tr("Koordination"), d.coordinator_name or "–"),
            (self.tr("Landkreise"), fmt.listing(d.region_names) or "–"),
            (self.tr("Themen"), data.topics or "–"),
            (self.tr("Branchen"), data.sectors or "–"),
            (self.tr("Förderung"), self._funding_text(data)),
            (self.tr("Mitglieder"), fmt.integer(members)),
        ]
        html = (
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='color:#5a6570;padding-right:12px'>{escape(k)}</td>"
                f"<td>{escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        if data.goals:
            goals = self.tr("Ziele")
            html += f"<p><b>{goals}:</b> {escape(data.goals)}</p>"
        self.facts.setText(html)
        colour = score_colour(report.score)
        check, met = self.tr("Gesundheitscheck"), self.tr("Erfolgsfaktoren erfüllt, Stand")
        self.score.setText(
            f"<span style='font-size:13pt'><b>{check}: "
            f"<span style='color:{colour}'>{report.score_text}</span></b></span> "
            f"<span style='color:#5a6570'>{met} "
            f"{fmt.day(report.checked_on, '–')}</span>"
        )
        self.warning.setText("⚠ " + report.funding_warning)
        self.warning.setVisible(bool(report.funding_warning))
        for card, factor in zip(self.cards, report.factors, strict=True):
            card.show_factor(factor)
            card.show()

    @staticmethod
    def _funding_text(data) -> str:
        parts = [data.funding_programme] if data.funding_programme else []
        if data.funding_start or data.funding_end:
            parts.append(fmt.day_range(data.funding_start, data.funding_end))
        if data.budget is not None:
            parts.append(fmt.money(data.budget))
        return " · ".join(parts) or "–"
