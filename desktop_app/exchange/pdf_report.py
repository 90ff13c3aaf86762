"""The report printed with Qt: a QTextDocument built from the report model, painted
page by page onto a QPrinter — a PDF file or a real printer (print preview).

Landscape A4, margins and fonts from the style, the header row repeated on each
page (a table header row), page numbers at the top centre from page two.
Works without a display: a QGuiApplication is made on the offscreen platform
when the program runs from the command line on a Linux box without X/Wayland.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from ..domain.report import COLUMN_COUNT, EventRow, Report, ReportStyle
from .files import ExportError

__all__ = ["build_text_document", "configure_printer", "ensure_gui_application",
           "print_report", "report_html", "save_pdf"]

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


def _cell(text: str) -> str:
    """Cell text as HTML paragraphs (one per line, as in the DOCX)."""
    if not text:
        return ""
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))


def report_html(report: Report, style: ReportStyle) -> str:
    widths = style.column_widths_mm()
    total = sum(widths)
    percent = [round(100 * w / total, 2) for w in widths]
    size = style.table_font_size
    parts = [
        "<html><head><style>"
        f"body {{ font-family: '{html.escape(style.font_name)}'; font-size: {size}pt; }}"
        "p { margin: 0; } th { font-weight: bold; text-align: center; vertical-align: middle; }"
        "td { vertical-align: top; } .sec { font-weight: bold; text-align: center; }"
        ".c { text-align: center; }"
        "</style></head><body>",
    ]
    for line in report.title_lines:
        parts.append(
            f"<p align='center' style='font-size:{style.title_font_size}pt; font-weight:bold'>"
            f"{html.escape(line)}</p>"
        )
    parts.append("<p>&nbsp;</p>")
    parts.append(
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        "style='border-collapse: collapse; border-color: black'>"
    )
    parts.append("<thead><tr>")
    for text, pct in zip(report.headers, percent, strict=True):
        parts.append(f"<th width='{pct}%'>{html.escape(text)}</th>")
    parts.append("</tr></thead>")
    for row in report.rows:
        if isinstance(row, EventRow):
            texts = row.texts()
            cells = [f"<td class='c'>{_cell(texts[0])}</td>"]
            if row.run_length > 0:
                span = f" rowspan='{row.run_length}'" if row.run_length > 1 else ""
                cells.append(f"<td{span}>{_cell(texts[1])}</td>")
            for i, text in enumerate(texts[2:], start=2):
                cls = " class='c'" if i == 3 else ""
                cells.append(f"<td{cls}>{_cell(text)}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        else:
            parts.append(
                f"<tr><td class='sec' colspan='{COLUMN_COUNT}'>{html.escape(row.text)}</td></tr>"
            )
    parts.append("</table>")
    for extra in (style.signature, style.executor):
        if extra.strip():
            parts.append("<p>&nbsp;</p>" + _cell(extra.strip()))
    parts.append("</body></html>")
    return "".join(parts)


def build_text_document(report: Report, style: ReportStyle | None = None) -> QTextDocument:
    style = style or ReportStyle()
    ensure_gui_application()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(style.font_name, round(style.table_font_size)))
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report, style))
    return doc


def configure_printer(printer: QPrinter, style: ReportStyle) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(style.margin_left_mm, style.margin_top_mm, style.margin_right_mm,
                  style.margin_bottom_mm),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)


def print_report(report: Report, printer: QPrinter, style: ReportStyle | None = None) -> int:
    """Paint the report on ``printer`` (already set up); return the number of pages."""
    style = style or ReportStyle()
    doc = build_text_document(report, style)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("Не удалось начать печать: принтер или файл недоступен.")
    try:
        rect = printer.pageLayout().paintRectPixels(printer.resolution())
        doc.documentLayout().setPaintDevice(printer)
        number_font = QFont(style.font_name, round(style.table_font_size))
        number_font.setPointSizeF(style.table_font_size)
        band = printer.resolution() * 0.3  # a 7.6 mm strip on top of the page for its number
        body = QSizeF(rect.width(), rect.height() - band)
        doc.setPageSize(body)
        pages = doc.pageCount()
        for page in range(pages):
            if page:
                printer.newPage()
                painter.setFont(number_font)
                painter.drawText(QRectF(0, 0, rect.width(), band),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                                 str(page + 1))
            painter.save()
            painter.translate(0, band - page * body.height())
            view = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(view)
            doc.drawContents(painter, view)
            painter.restore()
        return pages
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
