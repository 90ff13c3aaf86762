"""Row heights in lines: which rows a DOCX keeps whole on a page."""

from __future__ import annotations

import pytest

from desktop_app.domain.report import EventRow, ReportStyle
from desktop_app.domain.report_columns import KEEP_WHOLE_LINES, LineEstimate, keeps_whole

STYLE = ReportStyle()
WIDTHS = STYLE.column_widths_mm()


def row(run_length: int = 1, agreement: str = "Соглашение", **texts: str) -> EventRow:
    cells = dict(title="Выставка", timing="5 февраля", place="г. Москва",
                 participants="10", result="Обмен опытом", note="-")
    cells.update(texts)
    return EventRow(number=1, event_id="e", department_id="d", agreement_ids=("a",),
                    agreements=(agreement,), run_length=run_length, **cells)


@pytest.mark.parametrize("cells, whole", [
    ({}, True),
    ({"note": "а\nб\nв"}, True),  # three short lines
    ({"note": "а\nб\nв\nг"}, False),  # four short lines: each is a line of its own
    ({"result": "слово " * 40}, False),  # one long paragraph wraps
    ({"result": "слово " * 5}, True),
    ({"title": "\n\n\n"}, False),  # empty lines are lines too
])
def test_a_row_is_kept_whole_below_the_line_limit(cells, whole):
    event = row(**cells)
    assert keeps_whole(event, WIDTHS, STYLE) is whole
    lines = LineEstimate(STYLE.table_font_size).row_lines(event, WIDTHS)
    assert (lines < KEEP_WHOLE_LINES) is whole


def test_a_merged_agreement_cell_sets_no_row_height():
    long = "\n".join(["Соглашение"] * 6)
    assert not keeps_whole(row(agreement=long), WIDTHS, STYLE)
    assert keeps_whole(row(run_length=3, agreement=long), WIDTHS, STYLE)
    assert keeps_whole(row(run_length=0, agreement=long), WIDTHS, STYLE)
