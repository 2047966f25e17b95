"""The overview table of all Verbünde: phase, members, health, funding end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QColor, QFont

from wba_desktop.services.verbuende.health import HealthReport
from wba_desktop.services.verbuende.records import VerbundRow
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.verbuende.health_panel import score_colour

HEALTH_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class OverviewRow:
    id: int
    name: str
    short_name: str
    type: str
    phase: str
    phase_since: date | None
    members: int
    health: str
    score: int
    funding_end: date | None
    funding_warning: str
    coordinator_name: str
    districts: str
    wba_regions: str
    open_factors: str

    @classmethod
    def build(cls, r: VerbundRow, h: HealthReport) -> OverviewRow:
        return cls(
            id=r.id,
            name=r.name,
            short_name=r.short_name,
            type=r.type,
            phase=r.phase,
            phase_since=r.phase_since,
            members=r.members,
            health=h.score_text,
            score=h.score,
            funding_end=r.funding_end,
            funding_warning=h.funding_warning,
            coordinator_name=r.coordinator_name,
            districts=", ".join(r.region_names),
            wba_regions=", ".join(cell(w) for w in r.wba_regions),
            open_factors="\n".join(f"✘ {f.title}" for f in h.factors if not f.met),
        )


COLUMNS = (
    Column("name", QT_TR_NOOP("Verbund"), 280),
    Column("short_name", QT_TR_NOOP("Kurzname"), 80),
    Column("phase", QT_TR_NOOP("Phase"), 110, format=cell),
    Column("phase_since", QT_TR_NOOP("seit"), 85),
    Column("health", QT_TR_NOOP("Gesundheit"), 100, align_right=True),
    Column("members", QT_TR_NOOP("Mitglieder"), 80, align_right=True),
    Column("funding_end", QT_TR_NOOP("Förderende"), 95),
    Column("coordinator_name", QT_TR_NOOP("Koordination"), 200),
    Column("districts", QT_TR_NOOP("Landkreise"), 220),
    Column("wba_regions", QT_TR_NOOP("WBA-Region"), 90),
    Column("type", QT_TR_NOOP("Typ"), 170, format=cell),
)


class OverviewModel(RecordListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            COLUMNS, is_muted=lambda r: r.phase in ("Beendet", "Ruhend"), parent=parent
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rec = self.record(index.row()) if index.isValid() else None
        if rec is None:
            return None
        key = self.columns[index.column()].key
        if key == "health":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(score_colour(rec.score))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return rec.open_factors or tr("Alle fünf Erfolgsfaktoren erfüllt")
            if role == HEALTH_ROLE:
                return rec.score
        if key == "funding_end" and rec.funding_warning:
            if role == Qt.ItemDataRole.DisplayRole:
                return "⚠ " + super().data(index, role)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#b7791f")
            if role == Qt.ItemDataRole.ToolTipRole:
                return rec.funding_warning
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
