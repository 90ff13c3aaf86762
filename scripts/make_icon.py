"""Draw the program's icon once with QPainter: resources/icons/interreg.svg and PNG sizes.

The window, the Linux menu entry and the Windows installer use these files; rerun after
changing the drawing and commit the results (the build does not draw them).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
UNIT = 256.0


def draw(painter: QPainter, side: float) -> None:
    """A report sheet with two linked rings (two regions) on a blue tile."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(side / UNIT, side / UNIT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f5fa8"))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 40, 40)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(56, 36, 144, 184), 12, 12)
    painter.setPen(QPen(QColor("#9db3cc"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (72, 100, 128):
        painter.drawLine(QPointF(80, y), QPointF(176, y))
    painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    painter.setPen(QPen(QColor("#d9342b"), 14))
    painter.drawEllipse(QPointF(110, 172), 28, 28)
    painter.setPen(QPen(QColor("#1f5fa8"), 14))
    painter.drawEllipse(QPointF(146, 172), 28, 28)


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QPainter on images needs the application
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = QSvgGenerator()
    svg.setFileName(str(ICONS / "interreg.svg"))
    svg.setSize(QSize(int(UNIT), int(UNIT)))
    svg.setViewBox(QRectF(0, 0, UNIT, UNIT))
    svg.setTitle("interreg")
    painter = QPainter(svg)
    draw(painter, UNIT)
    painter.end()
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        draw(painter, size)
        painter.end()
        image.save(str(ICONS / f"interreg_{size}.png"))
    # Windows wants one .ico with several sizes; Qt writes .ico through its imageformats plugin.
    big = QImage(str(ICONS / "interreg_256.png"))
    big.save(str(ICONS / "interreg.ico"))
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
