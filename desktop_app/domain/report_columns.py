"""Column widths balanced by the text each column holds, and row heights in lines.

With fixed proportions a column that holds long texts in a narrow width (the
demo's «Участники») makes every row tall while wider columns stay half empty.
:func:`column_widths_mm` shares the printable width out so that the report's
estimated height in lines is smallest; every renderer (DOCX, XLSX, PDF) calls
it with the same report and style, so they all print the same widths.

The estimate knows no font metrics (the domain has no Qt): an average letter
width per point of size and a little slack for word wrapping. It is close
enough to choose widths and to tell a short row (kept whole on a page) from a
long one (allowed to break across pages, as Word does by default).

Plain functions: no Qt, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import accumulate

from .report import AGREEMENT_COLUMN, COLUMN_COUNT, EventRow, Report, ReportStyle

__all__ = ["KEEP_WHOLE_LINES", "LineEstimate", "column_widths_mm", "keeps_whole"]

# A row shorter than this many lines is never split across pages: the few lines
# it would leave behind read worse than the space a move to the next page costs.
KEEP_WHOLE_LINES = 4

# Average width of a Cyrillic letter in Times New Roman, in mm per point of size.
LETTER_MM_PER_PT = 0.165
BOLD_FACTOR = 1.065
# Words wrap whole (or at a syllable), so a line ends on average this many letters short
# of the width: little in a wide column, a third of a narrow one.
WRAP_LOSS = 2.5
CELL_PAD_MM = 3.4  # left plus right cell margin (Word's default is 1.9 mm each)
LINE_MM_PER_PT = 0.3528 * 1.15  # a line of text is about 1.15 × the font size

_MIN_COLUMN_MM = 14.0
_LONGEST_WORD = 13  # letters; longer words get hyphenated, so they set no minimum
_SAMPLE_ROWS = 200  # enough rows to choose widths; a 10,000-row report is sampled
_STEPS_MM = (6.0, 3.0, 1.0)


class LineEstimate:
    """Lines a text takes in a column of a given width (estimated, see module doc)."""

    def __init__(self, size_pt: float, bold: bool = False) -> None:
        self.letter_mm = LETTER_MM_PER_PT * size_pt * (BOLD_FACTOR if bold else 1.0)

    def capacity(self, width_mm: float) -> float:
        """Letters per line in a column ``width_mm`` wide."""
        return max(1.0, (width_mm - CELL_PAD_MM) / self.letter_mm - WRAP_LOSS)

    def lines(self, text: str, width_mm: float) -> int:
        if not text:
            return 1
        cap = self.capacity(width_mm)
        if "\n" not in text:  # most cells: one paragraph (this runs for every cell and width)
            return max(1, math.ceil(len(text) / cap))
        return sum(max(1, math.ceil(len(part) / cap)) for part in text.split("\n"))

    def lines_each(self, texts: Sequence[str], width_mm: float) -> list[int]:
        """``lines`` of each of ``texts`` in one column: the capacity worked out once."""
        cap = self.capacity(width_mm)
        ceil = math.ceil
        return [1 if not text else max(1, ceil(len(text) / cap)) if "\n" not in text
                else sum(max(1, ceil(len(part) / cap)) for part in text.split("\n"))
                for text in texts]

    def row_lines(self, row: EventRow, widths_mm: Sequence[float]) -> int:
        """The row's height in lines; a merged agreement cell sets no single row's height."""
        merged = row.run_length != 1
        return max(self.lines(text, widths_mm[c]) for c, text in enumerate(row.texts())
                   if not (merged and c == AGREEMENT_COLUMN))


def keeps_whole(row: EventRow, widths_mm: Sequence[float], style: ReportStyle) -> bool:
    """True when the row is short enough to be kept on one page (see KEEP_WHOLE_LINES):
    ``row_lines`` below the limit, with the counting stopped at the first cell that
    reaches it (this runs for every row of a DOCX)."""
    letter_mm = LETTER_MM_PER_PT * style.table_font_size
    merged = row.run_length != 1
    for c, text in enumerate(row.texts()):
        if merged and c == AGREEMENT_COLUMN:
            continue
        # LineEstimate.capacity and .lines written out
        cap = max(1.0, (widths_mm[c] - CELL_PAD_MM) / letter_mm - WRAP_LOSS)
        if "\n" in text:
            lines = sum(max(1, math.ceil(len(part) / cap)) for part in text.split("\n"))
        elif len(text) <= cap:
            continue  # one line, or none
        else:
            lines = math.ceil(len(text) / cap)
        if lines >= KEEP_WHOLE_LINES:
            return False
    return True


def column_widths_mm(report: Report, style: ReportStyle) -> list[float]:
    """The eight column widths for ``report`` in ``style``: the style's proportions as a
    start, then width moved from columns with room to spare to the columns whose text
    makes rows tall, as long as the report's estimated height shrinks. Deterministic:
    the same report and style give the same widths in every output."""
    base = style.column_widths_mm()
    rows = report.event_rows()
    if not rows or not style.balance_columns:
        return base
    if len(rows) > _SAMPLE_ROWS:
        step = len(rows) / _SAMPLE_ROWS
        rows = [rows[int(k * step)] for k in range(_SAMPLE_ROWS)]
    return _Balancer(report.headers, rows, style).solve(base)


class _Balancer:
    def __init__(self, headers: Sequence[str], rows: list[EventRow], style: ReportStyle) -> None:
        self.body = LineEstimate(style.table_font_size)
        self.bold = LineEstimate(style.table_font_size, bold=True)
        self.headers = list(headers)
        # Cells as text per column; a run's agreement text once, on its first row.
        self.columns: list[list[str]] = [[] for _ in range(COLUMN_COUNT)]
        self.units: list[tuple[int, int, int]] = []  # (first row, rows, index of agreement text)
        self.run_texts: list[str] = []
        index = 0
        while index < len(rows):
            row = rows[index]
            length = max(1, row.run_length)
            if row.run_length > 1:
                # A run can be cut by sampling; count the rows that are here.
                ids = row.agreement_ids
                length = 1
                while (index + length < len(rows) and rows[index + length].run_length == 0
                       and rows[index + length].agreement_ids == ids):
                    length += 1
            self.units.append((index, length, len(self.run_texts)))
            # A sample that starts inside a run: that run's text was counted where it began.
            self.run_texts.append(row.agreement_text if row.run_length else "")
            for k in range(index, index + length):
                for c, text in enumerate(rows[k].texts()):
                    self.columns[c].append("" if c == AGREEMENT_COLUMN else text)
            index += length
        # One-row units (most of them) apart: their total is one map over two lists.
        self.single_rows = [first for first, length, _run in self.units if length == 1]
        self.single_runs = [run for _first, length, run in self.units if length == 1]
        self.long_units = [unit for unit in self.units if unit[1] > 1]
        self.cache: dict[tuple[int, float], list[int]] = {}
        self.totals: dict[tuple[float, ...], float] = {}
        self.minimum = [self._minimum(c) for c in range(COLUMN_COUNT)]
        lines_per_page = style.text_height_mm / (LINE_MM_PER_PT * style.table_font_size)
        base_total = self._body_total(style.column_widths_mm())
        # The header row is printed on every page: its lines count once per page.
        header = max(self.bold.lines(h, w) for h, w in
                     zip(self.headers, style.column_widths_mm(), strict=True))
        self.header_weight = max(1.0, base_total / max(1.0, lines_per_page - header))

    def _minimum(self, column: int) -> float:
        words = [w for text in self.columns[column] + (self.run_texts if column
                 == AGREEMENT_COLUMN else []) for w in text.split()]
        longest = min(max((len(w) for w in words), default=0), _LONGEST_WORD)
        return max(_MIN_COLUMN_MM, longest * self.body.letter_mm + CELL_PAD_MM)

    def _lines(self, column: int, width: float) -> list[int]:
        key = (column, round(width, 6))
        if key not in self.cache:  # each evaluation changes one or two columns only
            self.cache[key] = self.body.lines_each(self.columns[column], width)
        return self.cache[key]

    def _body_total(self, widths: Sequence[float]) -> float:
        per_row = list(map(max, *(self._lines(c, widths[c]) for c in range(COLUMN_COUNT))))
        runs = self._lines_of_runs(widths[AGREEMENT_COLUMN])
        # Whole numbers of lines: the sum is exact in any order.
        total = float(sum(map(max, map(per_row.__getitem__, self.single_rows),
                              map(runs.__getitem__, self.single_runs))))
        if self.long_units:
            before = list(accumulate(per_row, initial=0))  # lines above each row
            for first, length, run in self.long_units:
                rows = before[first + length] - before[first]
                total += rows if rows >= runs[run] else runs[run]
        return total

    def _lines_of_runs(self, width: float) -> list[int]:
        key = (-1, round(width, 6))
        if key not in self.cache:
            self.cache[key] = self.body.lines_each(self.run_texts, width)
        return self.cache[key]

    def _total(self, widths: Sequence[float]) -> float:
        # The search comes back to the same widths often (two in five evaluations).
        key = tuple(widths)
        total = self.totals.get(key)
        if total is None:
            header = max(self.bold.lines(h, w) for h, w in zip(self.headers, widths, strict=True))
            total = self.totals[key] = self._body_total(widths) + header * self.header_weight
        return total

    def solve(self, start: list[float]) -> list[float]:
        """Try each height of the header row (it repeats on every page, and only several
        columns widened together make it lower — a step-by-step search never finds that):
        the widths that header height needs as minimums, then the best body under them."""
        best: tuple[float, list[float]] | None = None
        for header_lines in range(3, 10):
            minimum = [max(self.minimum[c], self._header_width(c, header_lines))
                       for c in range(COLUMN_COUNT)]
            if sum(minimum[1:]) + start[0] > sum(start):
                continue
            widths = self._descend(self._fit(start, minimum), minimum)
            total = self._total(widths)
            if best is None or total < best[0] - 1e-9:
                best = (total, widths)
        return best[1] if best is not None else start

    def _header_width(self, column: int, lines: int) -> float:
        letters = len(self.headers[column]) / lines
        return (letters + WRAP_LOSS) * self.bold.letter_mm + CELL_PAD_MM

    @staticmethod
    def _fit(widths: list[float], minimum: list[float]) -> list[float]:
        """``widths`` raised to ``minimum``, the excess taken from the columns above theirs."""
        total_width = sum(widths)
        # The number column holds «29.»; it keeps its width from the style.
        movable = range(1, COLUMN_COUNT)
        widths = [widths[0]] + [max(widths[c], minimum[c]) for c in movable]
        excess = sum(widths) - total_width
        slack = sum(widths[c] - minimum[c] for c in movable)
        if excess > 0 and slack > 0:
            share = min(1.0, excess / slack)
            widths = [widths[0]] + [widths[c] - (widths[c] - minimum[c]) * share
                                    for c in movable]
        return widths

    def _descend(self, widths: list[float], minimum: list[float]) -> list[float]:
        movable = range(1, COLUMN_COUNT)
        best = self._total(widths)
        for step in _STEPS_MM:
            for _ in range(200):
                # Try each column one step wider and each one step narrower; move the
                # step from the narrowing that costs least to the widening that helps most.
                gains, costs = {}, {}
                for c in movable:
                    wider = list(widths)
                    wider[c] += step
                    gains[c] = best - self._total(wider)
                    if widths[c] - step >= minimum[c]:
                        narrower = list(widths)
                        narrower[c] -= step
                        costs[c] = self._total(narrower) - best
                if not costs:
                    break
                up = max(gains, key=lambda c: (gains[c], -c))
                down = min((c for c in costs if c != up), key=lambda c: (costs[c], c),
                           default=None)
                if down is None:
                    break
                trial = list(widths)
                trial[up] += step
                trial[down] -= step
                total = self._total(trial)
                if total >= best - 1e-9:
                    break
                widths, best = trial, total
        return widths
