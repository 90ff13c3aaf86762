"""The report's pages computed before anything is painted: page → row placements.

A QTextDocument table cannot keep a row on one page, so the Qt output lays the
report model out itself. Every cell's text is measured with QTextLayout for its
column width on the paint device that will be drawn on (its DPI decides the
metrics), lines break at word boundaries, hyphens and soft hyphens only (an
over-long word gets soft hyphens first, and breaks anywhere only if a syllable
is still too wide). Then the rows are dealt onto pages by the document rules:

* the title on page 1, a page-number band on top of every later page;
* the header row at the top of every page's table;
* a short row (under :data:`KEEP_WHOLE_LINES` lines) moves to the next page
  whole; a longer one is split by lines where the page ends, as Word splits a
  row, leaving at least :data:`MIN_PIECE_LINES` lines on each page;
* section rows stay with the row after them (with its first lines at least);
* an agreement run (merged cell) is one box per page; a run that crosses a page
  prints its agreement again at the top of the continuation, as Word does.

The result is plain data in device units that :mod:`.pdf_report` paints and the
tests inspect, so what is tested is exactly what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QTextLayout, QTextOption

from ..domain.report import AGREEMENT_COLUMN, EventRow, Report, ReportStyle
from ..domain.report_columns import KEEP_WHOLE_LINES, column_widths_mm
from .hyphenate import hyphenate_long_words, hyphenate_text

__all__ = ["Box", "CellText", "Fonts", "Page", "Piece", "Placement", "column_lefts",
           "layout_report"]

MIN_PIECE_LINES = 2  # a split row leaves no single stranded line at a page's foot

MM_PER_INCH = 25.4
PAD_X_MM = 1.5  # about Word's default cell margin (1.9 mm), a little tighter
PAD_Y_MM = 0.5
CENTRED_COLUMNS = frozenset({0, 3})  # «№ п/п» and the dates, as in the DOCX

_LEFT = Qt.AlignmentFlag.AlignLeft
_CENTRE = Qt.AlignmentFlag.AlignHCenter


class CellText:
    """One cell's text broken into lines for a width; ``tops``/``bottoms`` per line."""

    def __init__(self, text: str, font: QFont, device: QPaintDevice, width: float,
                 align: Qt.AlignmentFlag = _LEFT, hyphenate: bool = True) -> None:
        metrics = QFontMetricsF(font, device)
        # Every long word may break at a syllable, as in a word processor with automatic
        # hyphenation (the DOCX's readers): the two then fill a line alike. A word still
        # too wide for the column gets every break the rules allow.
        text = hyphenate_text(text) if hyphenate else text
        text = hyphenate_long_words(text, lambda word: metrics.horizontalAdvance(word) <= width)
        # Paragraphs become line separators: one QTextLayout per cell, forced breaks kept.
        self.text = text.replace("\n", "\u2028")
        self.layout = QTextLayout(self.text, font, device)
        option = QTextOption(align)
        # Word boundaries and (soft) hyphens first; "anywhere" only for a piece wider
        # than the column even after hyphenation — the last resort.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.tops: list[float] = []
        self.bottoms: list[float] = []
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            self.tops.append(y)
            y += line.height()
            self.bottoms.append(y)
        self.layout.endLayout()
        if not text:
            self.tops, self.bottoms = [], []

    @property
    def line_count(self) -> int:
        return len(self.tops)

    def height(self, first: int = 0, end: int | None = None) -> float:
        end = self.line_count if end is None else end
        return self.bottoms[end - 1] - self.tops[first] if end > first else 0.0

    def lines_fitting(self, first: int, room: float) -> int:
        """End index of the lines from ``first`` that fit in ``room``."""
        end = first
        while end < self.line_count and self.bottoms[end] - self.tops[first] <= room:
            end += 1
        return end

    def plain(self) -> str:
        return self.text.replace("\u2028", "\n").replace("\u00ad", "")


@dataclass
class Piece:
    """The lines ``first``..``end`` of a cell, drawn in column ``column`` (-1: the whole width)."""

    column: int
    cell: CellText
    first: int
    end: int


@dataclass
class Placement:
    """A row (or a piece of a split row) on a page. ``row`` indexes ``report.rows``;
    -1 for the header row, -2 for the text under the table. ``part`` counts the
    pieces of a split row (0 = first); ``y`` is from the top of the printable area."""

    kind: str  # "header", "section", "event", "text"
    row: int
    y: float
    height: float
    pieces: list[Piece]
    part: int = 0
    complete: bool = True  # False while more pieces of the row follow on later pages


@dataclass
class Box:
    """The merged agreement cell of a run on one page: rows ``first_row``..``last_row``."""

    run_start: int
    first_row: int
    last_row: int
    y: float
    height: float
    cell: CellText
    repeated: bool  # the run began on an earlier page: its text printed again


@dataclass
class Page:
    number: int
    title: list[tuple[float, CellText]] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    number_band: float = 0.0  # height of the page-number strip on top (0 on page 1)

    def event_rows(self) -> list[int]:
        return [p.row for p in self.placements if p.kind == "event"]


@dataclass(frozen=True)
class Fonts:
    table: QFont
    bold: QFont
    title: QFont

    @classmethod
    def from_style(cls, style: ReportStyle) -> Fonts:
        def make(size: float, bold: bool) -> QFont:
            font = QFont(style.font_name)
            font.setPointSizeF(size)
            font.setBold(bold)
            # A missing Times New Roman falls back to a serif (Liberation/PT Astra Serif).
            font.setStyleHint(QFont.StyleHint.Serif)
            return font

        return cls(make(style.table_font_size, False), make(style.table_font_size, True),
                   make(style.title_font_size, True))


def column_lefts(report: Report, style: ReportStyle, width: float) -> list[float]:
    """x of each column's left edge, and of the table's right edge, for a table ``width``
    wide: the widths every output shares (see domain.report_columns)."""
    widths = column_widths_mm(report, style)
    total = sum(widths)
    lefts = [0.0]
    for w in widths:
        lefts.append(lefts[-1] + width * w / total)
    return lefts


def layout_report(report: Report, style: ReportStyle, device: QPaintDevice,
                  body: QSizeF | None = None) -> list[Page]:
    """The pages of ``report`` for ``device``; ``body`` is the printable area in device
    pixels (default: landscape A4 less the style's margins at the device's DPI)."""
    return _Paginator(report, style, device, body).run()


class _Paginator:
    def __init__(self, report: Report, style: ReportStyle, device: QPaintDevice,
                 body: QSizeF | None) -> None:
        self.report, self.device = report, device
        dpi = device.logicalDpiY()
        px = dpi / MM_PER_INCH
        if body is None:
            body = QSizeF(style.text_width_mm * px, style.text_height_mm * px)
        self.width, self.bottom = body.width(), body.height()
        self.pad_x, self.pad_y = PAD_X_MM * px, PAD_Y_MM * px
        self.fonts = Fonts.from_style(style)
        lefts = column_lefts(report, style, self.width)
        self.col_w = [b - a for a, b in zip(lefts, lefts[1:], strict=False)]
        self.extras = [t.strip() for t in (style.signature, style.executor) if t.strip()]
        self.line_h = QFontMetricsF(self.fonts.table, device).lineSpacing()
        self.pages: list[Page] = []
        self.y = 0.0
        self.fresh = True  # nothing but the header on the current page yet
        self.box: Box | None = None

    # -- cells ---------------------------------------------------------------

    def _cell(self, text: str, column: int, font: QFont, align: Qt.AlignmentFlag = _LEFT,
              ) -> CellText:
        width = (self.width if column < 0 else self.col_w[column]) - 2 * self.pad_x
        return CellText(text, font, self.device, max(width, 1.0), align)

    def _row_cells(self, i: int, row: EventRow) -> list[CellText | None]:
        """The row's cells; None where the agreement column belongs to a merged run box."""
        cells: list[CellText | None] = []
        for col, text in enumerate(row.texts()):
            if col == AGREEMENT_COLUMN and self.run_len[self.run_of[i]] > 1:
                cells.append(None)
            else:
                cells.append(self._cell(text, col, self.fonts.table,
                                        _CENTRE if col in CENTRED_COLUMNS else _LEFT))
        return cells

    # -- pages ---------------------------------------------------------------

    def _new_page(self) -> None:
        self._close_box()
        page = Page(len(self.pages) + 1)
        self.pages.append(page)
        if page.number == 1:
            y = 0.0
            for line in self.report.title_lines:
                cell = self._cell(line, -1, self.fonts.title, _CENTRE)
                page.title.append((y, cell))
                y += cell.height()
            self.y = y + self.line_h  # an empty line between the title and the table
        else:
            page.number_band = self.line_h * 1.5
            self.y = page.number_band
        pieces = [Piece(c, cell, 0, cell.line_count) for c, cell in enumerate(self.header)]
        page.placements.append(Placement("header", -1, self.y, self.header_h, pieces))
        self.y += self.header_h
        self.fresh = True

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _room(self) -> float:
        return self.bottom - self.y

    def _close_box(self) -> None:
        """End the current run box on this page, growing its last row if the agreement
        text needs more height than the rows give (as a Word row grows)."""
        box, self.box = self.box, None
        if box is None:
            return
        need = box.cell.height() + 2 * self.pad_y - box.height
        if need > 0:
            grow = min(need, max(self._room(), 0.0))
            last = next(p for p in reversed(self.page.placements) if p.row == box.last_row)
            last.height += grow
            box.height += grow
            self.y += grow

    def _place_event(self, i: int, height: float, pieces: list[Piece], part: int = 0,
                     complete: bool = True) -> None:
        start = self.run_of[i]
        if self.run_len[start] > 1:
            if self.box is None or self.box.run_start != start:
                self._close_box()
                cell = self.agreement_cells[start]
                self.box = Box(start, i, i, self.y, 0.0, cell, repeated=i != start or part > 0)
                self.page.boxes.append(self.box)
            self.box.last_row = i
            self.box.height += height
        self.page.placements.append(Placement("event", i, self.y, height, pieces, part, complete))
        self.y += height
        self.fresh = False
        if complete and i == start + self.run_len[start] - 1:
            self._close_box()

    def _event_height(self, i: int) -> float:
        """Row height, plus what the run's agreement still needs if this row ends the run."""
        start = self.run_of[i]
        h = self.heights[i]
        if self.run_len[start] > 1 and i == start + self.run_len[start] - 1:
            so_far = self.box.height if self.box is not None and self.box.run_start == start else 0
            h = max(h, self.agreement_cells[start].height() + 2 * self.pad_y - so_far)
        return h

    def _lines(self, i: int) -> int:
        return max((c.line_count for c in self.cells[i] if c is not None), default=0)

    def _splittable(self, i: int) -> bool:
        return self._lines(i) >= KEEP_WHOLE_LINES

    def _first_piece(self, i: int) -> float:
        """The least height row ``i`` needs at the foot of a page: all of it when it is kept
        whole, else its first MIN_PIECE_LINES lines (a page holds at least that much)."""
        if not self._splittable(i):
            return self._event_height(i)
        tallest = max((c for c in self.cells[i] if c is not None), key=lambda c: c.line_count)
        return tallest.height(0, MIN_PIECE_LINES) + 2 * self.pad_y

    def _split_event(self, i: int) -> None:
        """A long row that does not fit: as many lines of every cell as fit, then the rest
        on the next page(s); each piece holds at least MIN_PIECE_LINES lines of its tallest
        cell (a shorter cell may have ended already)."""
        firsts = {c: 0 for c, cell in enumerate(self.cells[i]) if cell is not None}
        part = 0
        while True:
            room = self._room() - 2 * self.pad_y
            ends = {c: self.cells[i][c].lines_fitting(f, room)  # type: ignore[union-attr]
                    for c, f in firsts.items()}
            left = {c: self.cells[i][c].line_count - f  # type: ignore[union-attr]
                    for c, f in firsts.items()}
            placed = max(ends[c] - f for c, f in firsts.items())
            done = all(ends[c] == f + left[c] for c, f in firsts.items())
            # Too little room for a piece worth printing, or for all that is left of a
            # short remainder: start the next page (never twice in a row).
            if not self.fresh and (placed < min(MIN_PIECE_LINES, max(left.values()))):
                self._new_page()
                continue
            if placed == 0:  # not even one line fits on an empty page: give up splitting
                ends = {c: f + left[c] for c, f in firsts.items()}
                done = True
            pieces = [Piece(c, self.cells[i][c], f, ends[c]) for c, f in firsts.items()]  # type: ignore[arg-type]
            used = max(p.cell.height(p.first, p.end) for p in pieces) + 2 * self.pad_y
            self._place_event(i, min(used, self._room()) if done else self._room(), pieces,
                              part, done)
            if done:
                return
            firsts = ends
            part += 1
            self._new_page()

    def run(self) -> list[Page]:
        rows = self.report.rows
        # Which run each row belongs to, and each run's length (1 for a lone row).
        self.run_of: list[int] = []
        self.run_len: dict[int, int] = {}
        current = -1
        for i, row in enumerate(rows):
            if isinstance(row, EventRow) and (row.starts_run or current < 0):
                current = i
                self.run_len[i] = max(row.run_length, 1)
            self.run_of.append(current if isinstance(row, EventRow) else i)
            if not isinstance(row, EventRow):
                current = -1
                self.run_len[i] = 1
        self.header = [self._cell(t, c, self.fonts.bold, _CENTRE)
                       for c, t in enumerate(self.report.headers)]
        self.header_h = max(c.height() for c in self.header) + 2 * self.pad_y
        self.cells: list[list[CellText | None]] = []
        self.agreement_cells: dict[int, CellText] = {}
        for i, row in enumerate(rows):
            if isinstance(row, EventRow):
                self.cells.append(self._row_cells(i, row))
                if row.starts_run and self.run_len[i] > 1:
                    self.agreement_cells[i] = self._cell(row.agreement_text, AGREEMENT_COLUMN,
                                                         self.fonts.table)
            else:
                self.cells.append([self._cell(row.text, -1, self.fonts.bold, _CENTRE)])
        self.heights = [max((c.height() for c in cells if c is not None), default=0.0)
                        + 2 * self.pad_y for cells in self.cells]
        full_room = self.bottom - self.line_h * 1.5 - self.header_h  # a later page's table

        self._new_page()
        i = 0
        while i < len(rows):
            if not isinstance(rows[i], EventRow):
                # Section rows go with the next numbered row: a heading never ends a page.
                j = i
                while j < len(rows) and not isinstance(rows[j], EventRow):
                    j += 1
                need = sum(self.heights[i:j]) + (self._first_piece(j) if j < len(rows) else 0)
                if need > self._room() and not self.fresh:
                    self._new_page()
                self._close_box()
                for k in range(i, j):
                    cell = self.cells[k][0]
                    assert cell is not None
                    self.page.placements.append(Placement(
                        "section", k, self.y, self.heights[k],
                        [Piece(-1, cell, 0, cell.line_count)]))
                    self.y += self.heights[k]
                    self.fresh = False
                i = j
                continue
            height = self._event_height(i)
            if height <= self._room():
                pieces = [Piece(c, cell, 0, cell.line_count)
                          for c, cell in enumerate(self.cells[i]) if cell is not None]
                self._place_event(i, height, pieces)
                i += 1
            elif self._splittable(i) or self.heights[i] > full_room:
                self._split_event(i)
                i += 1
            elif self.fresh and self.page.number > 1:
                # Fits no better on an empty page (only the run's text is too tall): place it.
                pieces = [Piece(c, cell, 0, cell.line_count)
                          for c, cell in enumerate(self.cells[i]) if cell is not None]
                self._place_event(i, min(height, self._room()), pieces)
                i += 1
            else:
                self._new_page()
        self._place_extras()
        self._close_box()
        return self.pages

    def _place_extras(self) -> None:
        """Signature and «Исп.» lines under the table, kept whole on one page."""
        if not self.extras:
            return
        cell = self._cell("\n\n".join(self.extras), -1, self.fonts.table)
        need = self.line_h + cell.height()
        if need > self._room() and not self.fresh:
            self._new_page()
        self._close_box()
        self.page.placements.append(Placement("text", -2, self.y + self.line_h, cell.height(),
                                              [Piece(-1, cell, 0, cell.line_count)]))
        self.y += need

