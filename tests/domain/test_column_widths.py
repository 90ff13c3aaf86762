"""Column widths shared by every printed output: they fill the page, follow the text, and
do not depend on the order of the rows. Expected values come from the rules of the
estimate (letters per line, a minimum width), not from running the balancer."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import (
    AGREEMENT_COLUMN,
    COLUMN_COUNT,
    ReportOptions,
    ReportStyle,
    build_report,
)
from desktop_app.domain.report_columns import (
    BOLD_FACTOR,
    CELL_PAD_MM,
    KEEP_WHOLE_LINES,
    LETTER_MM_PER_PT,
    WRAP_LOSS,
    LineEstimate,
    column_widths_mm,
    keeps_whole,
)

Q1 = ReportPeriod.quarter(2020, 1)
DEPT = Department(name="Департамент", id="d")
SHORT_AGR = Agreement(title="Соглашение с Тверской областью", id="a")
LONG = ("Делегация области: представители департамента, муниципальных образований, "
        "предприятий агропромышленного комплекса и научных организаций региона. ") * 3
PARTICIPANTS, RESULT, PLACE = 5, 6, 4
MIN_MM = 14.0  # no movable column narrower (module rule)


def event(i: int, agreements: tuple[str, ...] = ("a",), **kw) -> Event:
    base = dict(department_id="d", title=f"Мероприятие {i}", timing="5 февраля",
                starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5),
                agreement_ids=list(agreements), note="-", id=f"e{i}", position=i)
    base.update(kw)
    return Event(**base)


def widths_for(events, agreements=(SHORT_AGR,), style: ReportStyle | None = None):
    style = style or ReportStyle()
    rep = build_report([DEPT], list(agreements), list(events), ReportOptions(period=Q1))
    return column_widths_mm(rep, style), rep, style


def total_lines(rep, widths, style) -> int:
    estimate = LineEstimate(style.table_font_size)
    return sum(estimate.row_lines(r, widths) for r in rep.event_rows())


def check_page(widths, style):
    assert len(widths) == COLUMN_COUNT
    assert sum(widths) == pytest.approx(style.text_width_mm)
    # the number column keeps its share; every other column stays readable
    assert widths[0] == pytest.approx(style.column_widths_mm()[0])
    assert min(widths[1:]) >= MIN_MM - 1e-6


# -- LineEstimate: letters per line from the documented rule --------------------------------

def test_letters_per_line_follow_the_font_size_and_weight():
    size = 12.0
    letter = LETTER_MM_PER_PT * size
    estimate = LineEstimate(size)
    assert estimate.letter_mm == pytest.approx(letter)
    assert LineEstimate(size, bold=True).letter_mm == pytest.approx(letter * BOLD_FACTOR)
    assert LineEstimate(size, bold=False).letter_mm == pytest.approx(letter)
    assert estimate.capacity(50.0) == pytest.approx((50.0 - CELL_PAD_MM) / letter - WRAP_LOSS)
    # a column narrower than its margins still holds one letter per line
    assert estimate.capacity(2.0) == 1.0
    assert estimate.capacity(CELL_PAD_MM + letter * (WRAP_LOSS + 0.5)) == pytest.approx(1.0)


def test_lines_of_texts_in_a_column():
    estimate = LineEstimate(12.0)
    width = 50.0
    cap = estimate.capacity(width)  # 21.0… letters at 12 pt in 50 mm
    per_line = int(cap)
    assert 20 < cap < 22
    cases = {
        "": 1,
        "а": 1,
        "а" * per_line: 1,
        "а" * (per_line + 1): 2,
        "а" * (2 * per_line + 1): 3,
        "а\nб": 2,
        "\n": 2,  # two empty paragraphs
        "а" * (per_line + 1) + "\nб": 3,
        "а\n" + "б" * (2 * per_line + 1): 4,
    }
    for text, lines in cases.items():
        assert estimate.lines(text, width) == lines, text
    assert estimate.lines_each(list(cases), width) == list(cases.values())
    assert estimate.lines_each([], width) == []


def test_bold_text_wraps_sooner():
    width = 50.0
    text = "а" * 20
    assert LineEstimate(12.0).lines(text, width) == 1
    assert LineEstimate(12.0, bold=True).lines(text, width) == 2
    assert LineEstimate(12.0, bold=True).lines_each([text], width) == [2]


# -- column widths --------------------------------------------------------------------------

@pytest.mark.parametrize("column, field", [
    (PARTICIPANTS, "participants"), (RESULT, "result"), (PLACE, "place")])
def test_the_column_with_long_texts_gets_the_room(column, field):
    widths, rep, style = widths_for([event(i, **{field: LONG}) for i in range(6)])
    check_page(widths, style)
    base = style.column_widths_mm()
    short = widths_for([event(i) for i in range(6)])[0]
    assert widths[column] > short[column] + 10
    assert widths[column] == max(widths[1:])
    # the report is shorter than with the style's fixed proportions
    assert total_lines(rep, widths, style) < total_lines(rep, base, style)


def test_short_texts_everywhere_still_fill_the_page():
    widths, _rep, style = widths_for([event(i) for i in range(3)])
    check_page(widths, style)


def test_no_rows_or_fixed_proportions_give_the_styles_widths():
    style = ReportStyle()
    assert widths_for([], style=style)[0] == style.column_widths_mm()
    fixed = ReportStyle(balance_columns=False)
    assert widths_for([event(0, participants=LONG)], style=fixed)[0] == fixed.column_widths_mm()


def test_a_long_word_sets_a_minimum_width():
    # «Участники» holds one word of 13 letters (longer ones get hyphenated) in every row;
    # all other texts are long, so the balancer would like to take that column's room.
    word = "Благовещенск" + "ий"  # 14 letters: counts as 13
    events = [event(i, participants=word, title=LONG, result=LONG, note=LONG, place=LONG)
              for i in range(6)]
    widths, _rep, style = widths_for(events)
    check_page(widths, style)
    letter = LETTER_MM_PER_PT * style.table_font_size
    assert widths[PARTICIPANTS] >= 13 * letter + CELL_PAD_MM - 1e-6


def test_widths_do_not_depend_on_the_order_of_the_rows():
    texts = [dict(participants=LONG), dict(result=LONG[:150]), dict(place=LONG[:90]),
             dict(note="Перенесено на II квартал"), dict(title=LONG[:200]), {}]
    forward = [event(i, **kw) for i, kw in enumerate(texts)]
    backward = [event(i, **kw) for i, kw in zip(range(len(texts)), reversed(texts),
                                                 strict=True)]
    first, _rep, style = widths_for(forward)
    check_page(first, style)
    assert widths_for(backward)[0] == first
    # the same report asked twice: the same widths (every output asks once)
    assert widths_for(forward)[0] == first


def test_repeated_rows_give_the_same_widths():
    texts = [dict(participants=LONG), dict(result=LONG[:150]), {}]
    once = [event(i, **kw) for i, kw in enumerate(texts)]
    twice = [event(i, **kw) for i, kw in enumerate(texts * 2)]
    assert widths_for(twice)[0] == pytest.approx(widths_for(once)[0])


def test_a_long_report_is_balanced_by_rows_from_all_of_it():
    # 300 short rows, then 300 with long «Результат»: a sample of the first rows only
    # would see no long text at all.
    events = [event(i) for i in range(300)] + [event(i, result=LONG) for i in range(300, 600)]
    widths, _rep, style = widths_for(events)
    check_page(widths, style)
    short = widths_for([event(i) for i in range(600)])[0]
    assert widths[RESULT] > short[RESULT] + 10


def test_a_long_agreement_title_widens_its_column_unless_a_run_gives_it_rows():
    long_title = "Соглашение между Правительством области и Правительством края " \
                 "о торгово-экономическом, научно-техническом и культурном сотрудничестве " * 2
    agreements = [Agreement(title=long_title, id=f"a{i}") for i in range(6)]
    # one event per agreement: each title decides its row's height
    apart, rep, style = widths_for([event(i, agreements=(f"a{i}",)) for i in range(6)],
                                   agreements)
    check_page(apart, style)
    base = style.column_widths_mm()
    assert apart[AGREEMENT_COLUMN] > base[AGREEMENT_COLUMN] + 10
    # one agreement over six rows of long text: its merged cell has the rows' height anyway
    run, rep_run, _ = widths_for([event(i, agreements=("a0",), result=LONG)
                                  for i in range(6)], agreements)
    check_page(run, style)
    assert rep_run.event_rows()[0].run_length == 6
    assert run[AGREEMENT_COLUMN] < apart[AGREEMENT_COLUMN]
    assert run[RESULT] > base[RESULT]


def test_a_smaller_font_needs_less_room():
    events = [event(i, participants=LONG[:120]) for i in range(6)]
    big, _rep, style = widths_for(events)
    small, _rep2, small_style = widths_for(events, style=ReportStyle(table_font_size=8.0))
    check_page(small, small_style)
    assert small[PARTICIPANTS] < big[PARTICIPANTS]


def test_a_merged_agreement_that_its_rows_cover_takes_no_room():
    # Six tall rows under one agreement: the merged cell is as tall as the six rows, so
    # however long the title (at any width above the minimum) it changes nothing.
    words = "Соглашение о сотрудничестве между областью и краем "
    agreements = [Agreement(title=words * 6, id="long"), Agreement(title=words, id="short")]
    tall = [event(i, agreements=("long",), result=LONG) for i in range(6)]
    plain = [event(i, agreements=("short",), result=LONG) for i in range(6)]
    widths, _rep, style = widths_for(tall, agreements)
    check_page(widths, style)
    assert widths == widths_for(plain, agreements)[0]


def test_when_no_balance_fits_the_styles_widths_stay():
    # 40 pt letters: a 13-letter word in two columns needs more than the page holds
    style = ReportStyle(table_font_size=40)
    events = [event(i, title="Благовещенский", place="Благовещенский") for i in range(3)]
    assert widths_for(events, style=style)[0] == style.column_widths_mm()


# -- rows kept whole: the rule at its edges -----------------------------------------------

def row_with(run_length: int = 1, agreement: str = "Соглашение", **texts: str):
    from desktop_app.domain.report import EventRow

    cells = dict(title="Выставка", timing="май", place="Москва", participants="10",
                 result="итог", note="-")
    cells.update(texts)
    return EventRow(number=1, event_id="e", department_id="d", agreement_ids=("a",),
                    agreements=(agreement,), run_length=run_length, **cells)


def test_a_row_is_split_from_its_fourth_line_on():
    style = ReportStyle()
    estimate = LineEstimate(style.table_font_size)
    widths = [50.0] * COLUMN_COUNT
    per_line = int(estimate.capacity(50.0))  # 21 letters in 50 mm at 12 pt
    three, four = "а" * (3 * per_line), "а" * (3 * per_line + 1)
    assert KEEP_WHOLE_LINES == 4
    assert estimate.row_lines(row_with(result=three), widths) == 3
    assert keeps_whole(row_with(result=three), widths, style)
    assert estimate.row_lines(row_with(result=four), widths) == 4
    assert not keeps_whole(row_with(result=four), widths, style)
    # a column narrower than its margins: a letter per line
    narrow = [50.0, 50.0, 50.0, 8.0, 50.0, 50.0, 50.0, 50.0]
    assert keeps_whole(row_with(timing="абв"), narrow, style)
    assert not keeps_whole(row_with(timing="абвг"), narrow, style)
    assert estimate.row_lines(row_with(timing="абвг"), narrow) == 4


def test_a_merged_row_is_still_measured_by_its_other_cells():
    style = ReportStyle()
    widths = style.column_widths_mm()
    estimate = LineEstimate(style.table_font_size)
    long_agreement = "\n".join(["Соглашение"] * 6)
    plain = estimate.row_lines(row_with(1, "Соглашение"), widths)
    assert plain < 4
    for run_length in (0, 2, 3):
        short = row_with(run_length, long_agreement)
        assert keeps_whole(short, widths, style)
        assert estimate.row_lines(short, widths) == plain
        tall = row_with(run_length, long_agreement, note="а\nб\nв\nг")
        assert not keeps_whole(tall, widths, style)
        assert estimate.row_lines(tall, widths) == 4
    assert estimate.row_lines(row_with(1, long_agreement), widths) == 6


def test_a_run_of_short_rows_needs_room_only_for_what_its_rows_do_not_cover():
    words = "Соглашение о сотрудничестве между областью и краем "
    agreements = [Agreement(title=words * 5, id=f"long{i}") for i in range(6)]
    agreements.append(Agreement(title=words, id="short"))
    # six one-line rows under one long title: the title needs more than six lines …
    run, rep, style = widths_for([event(i, agreements=("long0",)) for i in range(6)],
                                 agreements)
    check_page(run, style)
    assert rep.event_rows()[0].run_length == 6
    short = widths_for([event(i, agreements=("short",)) for i in range(6)], agreements)[0]
    assert run[AGREEMENT_COLUMN] > short[AGREEMENT_COLUMN]
    # … but far fewer than six rows that each carry that title
    apart = widths_for([event(i, agreements=(f"long{i}",)) for i in range(6)], agreements)[0]
    assert run[AGREEMENT_COLUMN] < apart[AGREEMENT_COLUMN]


def test_short_rows_leave_room_to_lower_the_header():
    # The bold header row repeats on every page: with short texts in every row the widths
    # go to lowering it (8 lines with the style's proportions at 12 pt).
    widths, rep, style = widths_for([event(i) for i in range(6)])
    bold = LineEstimate(style.table_font_size, bold=True)

    def header_lines(ws):
        return max(bold.lines(h, w) for h, w in zip(rep.headers, ws, strict=True))

    assert header_lines(style.column_widths_mm()) == 8
    assert header_lines(widths) <= 5
