"""Render the application icon (resources/icons/app.svg) to app.png and a multi-size app.ico.

Run from the repository root after changing the SVG, and commit the results:

    python tools/make_icons.py

Qt's SVG renderer draws every size from the vector source (sharp at 16 px, too), and
Pillow packs the sizes into one Windows icon (the .exe's and the installer's icon).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256


def render(svg: Path, size: int):
    """The SVG drawn at ``size`` × ``size`` pixels as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = ICONS / "app.svg"
    images = {size: render(svg, size) for size in SIZES}
    images[PNG_SIZE].save(ICONS / "app.png", optimize=True)
    largest = images[max(SIZES)]
    largest.save(
        ICONS / "app.ico",
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=[images[s] for s in SIZES if s != max(SIZES)],
    )
    print(f"app.png ({PNG_SIZE} px) and app.ico ({', '.join(map(str, SIZES))} px) written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
