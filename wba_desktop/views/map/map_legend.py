"""The legend of the map (classes, "nicht ausgewählt", the bands, organisations
without a district), measured before it is painted so the canvas can find it a place
where it covers no district."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from wba_desktop.network.map_classes import NO_DATA_COLOUR, NO_DATA_LABEL
from wba_desktop.network.map_render import TIE_COLOUR
from wba_desktop.text import format as fmt

PAD = 8.0
ROW = 20.0
SWATCH = QRectF(0, 0, 22, 14)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class MapLegend:
    def __init__(self, font: QFont, classes, values, ties: bool, unplaced: int) -> None:
        self.font = QFont(font)
        self.title_font = QFont(font)
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(font.pointSizeF() * 1.1)
        self.small = QFont(font)
        self.small.setPointSizeF(font.pointSizeF() * 0.9)
        self.title, self.note = classes.title, classes.note
        self.rows = classes.legend()
        if any(v is None for v in values.values()):
            self.rows.append((NO_DATA_COLOUR, NO_DATA_LABEL))
        self.ties_text = _tr("Beziehungen zwischen Landkreisen (Breite: Anzahl)") if ties else ""
        self.unplaced_text = (
            _tr("%1 Organisationen ohne Landkreis sind nicht eingezeichnet.").replace(
                "%1", fmt.integer(unplaced)
            )
            if unplaced
            else ""
        )

    def _wrapped(self, font: QFont, width: float, text: str) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1000), flags, text).height()

    def size(self, width: float) -> tuple[float, float]:
        """(width, height): at least ``width``, wider when the title needs it."""
        title = QFontMetricsF(self.title_font).horizontalAdvance(self.title)
        width = max(width, title + 2 * PAD + 4)
        inner = width - 2 * PAD
        h = PAD + QFontMetricsF(self.title_font).height() + 2
        h += self._wrapped(self.small, inner, self.note) + 8
        h += ROW * len(self.rows)
        if self.ties_text:
            h += 8 + max(ROW, self._wrapped(self.small, inner - 30, self.ties_text))
        if self.unplaced_text:
            h += 6 + self._wrapped(self.small, inner, self.unplaced_text)
        return width, h + PAD

    def paint(self, p: QPainter, rect: QRectF) -> None:
        p.setPen(QPen(QColor("#d6d5cf"), 1))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(rect, 6, 6)
        left, inner = rect.left() + PAD, rect.width() - 2 * PAD
        y = rect.top() + PAD
        p.setFont(self.title_font)
        p.setPen(QColor("#1d1d1b"))
        fm = QFontMetricsF(self.title_font)
        p.drawText(QPointF(left, y + fm.ascent()), self.title)
        y += fm.height() + 2
        p.setFont(self.small)
        p.setPen(QColor("#555555"))
        h = self._wrapped(self.small, inner, self.note)
        p.drawText(QRectF(left, y, inner, h + 2), Qt.TextFlag.TextWordWrap, self.note)
        y += h + 8
        p.setFont(self.font)
        fm = QFontMetricsF(self.font)
        for colour, label in self.rows:
            p.setPen(QPen(QColor("#b5b5ad"), 1))
            p.setBrush(QColor(colour))
            p.drawRect(SWATCH.translated(left, y))
            p.setPen(QColor("#1d1d1b"))
            p.drawText(QPointF(left + 30, y + 7 + fm.ascent() / 2 - 1), label)
            y += ROW
        if self.ties_text:
            y += 8
            colour = QColor(TIE_COLOUR)
            colour.setAlphaF(0.5)
            pen = QPen(colour, 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(QPointF(left + 3, y + 8), QPointF(left + 19, y + 8))
            p.setPen(QColor("#555555"))
            p.setFont(self.small)
            h = self._wrapped(self.small, inner - 30, self.ties_text)
            p.drawText(QRectF(left + 30, y, inner - 30, h + 2), Qt.TextFlag.TextWordWrap,
                       self.ties_text)  # fmt: skip
            y += max(ROW, h)
        if self.unplaced_text:
            p.setPen(QColor("#555555"))
            p.setFont(self.small)
            h = self._wrapped(self.small, inner, self.unplaced_text)
            p.drawText(QRectF(left, y + 6, inner, h + 2), Qt.TextFlag.TextWordWrap,
                       self.unplaced_text)  # fmt: skip
