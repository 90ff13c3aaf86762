"""The report printed with Qt: the pages computed by :mod:`.pdf_layout`, painted with
QPainter onto a QPrinter — a PDF file, or a real printer and the print preview
(QPrintPreviewDialog's paintRequested calls :func:`print_report` too).

Landscape A4, margins and fonts from the style, the header row repeated on each
page, page numbers at the top centre from page two, short rows kept whole on a page.
Works without a display: a QApplication is made on the offscreen platform
when the program runs from the command line on a Linux box without X/Wayland.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from ..domain.report import AGREEMENT_COLUMN, Report, ReportStyle
from .files import ExportError
from .pdf_layout import (
    MM_PER_INCH,
    PAD_X_MM,
    PAD_Y_MM,
    CellText,
    Fonts,
    Page,
    column_lefts,
    layout_report,
)

__all__ = ["configure_printer", "ensure_gui_application", "print_report", "save_pdf"]

_app: QGuiApplication | None = None

def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not a bare QGuiApplication), so that widgets made later in the
    # same process — print preview, the window, tests — still find the application they need.
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1] or ["interreg"])
    return _app


def configure_printer(printer: QPrinter, style: ReportStyle) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(style.margin_left_mm, style.margin_top_mm, style.margin_right_mm,
                  style.margin_bottom_mm),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)


BORDER_PT = 0.5  # Word's «single» table border


class _Painter:
    """Draws computed pages; x positions of the columns come from the page width."""

    def __init__(self, painter: QPainter, report: Report, style: ReportStyle, width: float,
                 dpi: float) -> None:
        self.p = painter
        self.x = column_lefts(report, style, width)
        self.width = width
        self.pad_x = dpi * PAD_X_MM / MM_PER_INCH
        self.pad_y = dpi * PAD_Y_MM / MM_PER_INCH
        self.pen = QPen(Qt.GlobalColor.black, dpi * BORDER_PT / 72)
        self.number_font = Fonts.from_style(style).table

    def _span(self, column: int) -> tuple[float, float]:
        if column < 0:
            return 0.0, self.width
        return self.x[column], self.x[column + 1] - self.x[column]

    def _text(self, cell: CellText, first: int, end: int, rect: QRectF,
              middle: bool = False) -> None:
        """Lines ``first``..``end`` of ``cell`` inside ``rect`` (padding applied here)."""
        if end <= first:
            return
        top = rect.top() + self.pad_y
        if middle:  # header cells: centred vertically, as in the reference
            top += max(0.0, (rect.height() - 2 * self.pad_y - cell.height(first, end)) / 2)
        origin = QPointF(rect.left() + self.pad_x, top - cell.tops[first])
        self.p.save()
        self.p.setClipRect(rect)  # a run's text taller than its box must not spill out
        for k in range(first, end):
            cell.layout.lineAt(k).draw(self.p, origin)
        self.p.restore()

    def page(self, page: Page) -> None:
        if page.number > 1:
            self.p.setFont(self.number_font)
            self.p.drawText(QRectF(0, 0, self.width, page.number_band),
                            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                            str(page.number))
        for y, cell in page.title:
            self._text(cell, 0, cell.line_count,
                       QRectF(0, y - self.pad_y, self.width, cell.height() + 2 * self.pad_y))
        self.p.setPen(self.pen)
        for place in page.placements:
            for piece in place.pieces:
                x, w = self._span(piece.column)
                rect = QRectF(x, place.y, w, place.height)
                if place.kind != "text":
                    self.p.drawRect(rect)
                self._text(piece.cell, piece.first, piece.end, rect,
                           middle=place.kind == "header")
        for box in page.boxes:
            x, w = self._span(AGREEMENT_COLUMN)
            rect = QRectF(x, box.y, w, box.height)
            self.p.drawRect(rect)
            self._text(box.cell, 0, box.cell.line_count, rect)


def print_report(report: Report, printer: QPrinter, style: ReportStyle | None = None) -> int:
    """Paint the report on ``printer`` (already set up); return the number of pages.

    The layout is computed for the printer's own page rectangle, so a page set up
    differently in the preview dialog (another size or orientation) still fits.
    """
    style = style or ReportStyle()
    ensure_gui_application()
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    pages = layout_report(report, style, printer, rect.size().toSizeF())
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("Не удалось начать печать: принтер или файл недоступен.")
    try:
        draw = _Painter(painter, report, style, rect.width(), printer.resolution())
        for page in pages:
            if page.number > 1:
                printer.newPage()
            draw.page(page)
        return len(pages)
    finally:
        painter.end()


def save_pdf(report: Report, path: Path | str, style: ReportStyle | None = None) -> Path:
    style = style or ReportStyle()
    ensure_gui_application()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(report.title)
    printer.setCreator("interreg")
    configure_printer(printer, style)
    print_report(report, printer, style)
    return Path(path)
