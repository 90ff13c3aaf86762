"""Report settings a clerk may get wrong, the words the report is made of, and what a
report row carries from the event.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import EventRow, ReportOptions, ReportStyle, SectionRow, build_report
from desktop_app.domain.russian import from_roman, month_from_word, ordinal_from_word, to_roman

Q1 = ReportPeriod.quarter(2020, 1)


# -- the style's limits, one step either side -------------------------------------------


@pytest.mark.parametrize("name", ["table_font_size", "title_font_size"])
def test_font_sizes_from_4_to_72_points(name):
    for good in (4, 72):
        assert getattr(ReportStyle(**{name: good}), name) == good
    for bad in (3.9, 72.5):
        with pytest.raises(ValueError) as caught:
            ReportStyle(**{name: bad})
        assert str(caught.value) == "Размер шрифта должен быть от 4 до 72 пт."


def test_column_widths_must_be_eight_and_positive():
    ReportStyle(column_weights=(0.5, 1, 1, 1, 1, 1, 1, 1))
    for bad in ((0, 1, 1, 1, 1, 1, 1, 1), (1,) * 7, (-1, 1, 1, 1, 1, 1, 1, 1)):
        with pytest.raises(ValueError) as caught:
            ReportStyle(column_weights=bad)
        assert str(caught.value) == "Нужно восемь положительных ширин столбцов."


def test_margins_leave_at_least_100_by_80_mm():
    # 297 − 100 − 97 = 100 mm wide; 210 − 65 − 65 = 80 mm high: just allowed
    style = ReportStyle(margin_left_mm=100, margin_right_mm=97, margin_top_mm=65,
                        margin_bottom_mm=65)
    assert (style.text_width_mm, style.text_height_mm) == (100, 80)
    assert ReportStyle(margin_left_mm=0, margin_right_mm=0, margin_top_mm=0,
                       margin_bottom_mm=0).text_width_mm == 297
    for bad in (dict(margin_left_mm=100.5, margin_right_mm=97),
                dict(margin_top_mm=65.5, margin_bottom_mm=65),
                dict(margin_left_mm=-0.5)):
        with pytest.raises(ValueError) as caught:
            ReportStyle(**bad)
        assert str(caught.value) == "Поля страницы слишком велики для листа A4."


def test_column_widths_share_out_the_text_width():
    style = ReportStyle(margin_left_mm=20, margin_right_mm=17,
                        column_weights=(1, 1, 1, 1, 1, 1, 1, 5))
    assert style.column_widths_mm() == [260 / 12] * 7 + [260 * 5 / 12]


# -- Roman numerals and words ------------------------------------------------------------


def test_every_roman_numeral_reads_back():
    for n in range(1, 4000):
        roman = to_roman(n)
        assert from_roman(roman) == n
        assert from_roman(roman.lower()) == n
    assert [to_roman(n) for n in (4, 9, 14, 40, 90, 400, 900, 1994)] == [
        "IV", "IX", "XIV", "XL", "XC", "CD", "CM", "MCMXCIV"]


def test_roman_limits_and_messages():
    assert to_roman(3999) == "MMMCMXCIX"
    for bad in (0, 4000):
        with pytest.raises(ValueError) as caught:
            to_roman(bad)
        assert str(caught.value) == f"Римской цифрой записываются числа от 1 до 3999, а не {bad}"
    for bad in ("IIII", "VX", "ABC", "", "IL"):
        with pytest.raises(ValueError) as caught:
            from_roman(bad)
        assert str(caught.value) == f"«{bad}» — не римское число"
    assert from_roman("Іх") == 9  # Cyrillic look-alikes typed for I and X


def test_month_words_take_endings_of_up_to_three_letters():
    assert month_from_word("мартами") == 3
    assert month_from_word("январями") == 1
    assert month_from_word("мартиками") is None
    assert month_from_word("  Сент. ") == 9
    assert month_from_word("мая") == 5


def test_ordinals():
    assert [ordinal_from_word(w) for w in ("2-й", "2 -го", "II", "второго", "четвёртый", "3")] \
        == [2, 2, 2, 2, 4, 3]
    assert ordinal_from_word("пятый") is None


# -- a report row is the event's text, cleaned -------------------------------------------


def test_report_rows_carry_every_field_of_the_event_cleaned():
    event = Event(department_id="d", title="  Форум «Россия» ", timing="5 февраля ",
                  starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5), agreement_ids=["a"],
                  place=" Смоленск ", participants="всего 150 человек", result="итог ",
                  note=" - ", id="e1")
    report = build_report([Department(name=" Департамент культуры ", id="d")],
                          [Agreement(title="Соглашение", id="a")], [event],
                          ReportOptions(period=Q1))
    assert report.period == Q1
    section = [r for r in report.rows if isinstance(r, SectionRow) and not r.is_period]
    assert [(s.text, s.department_id) for s in section] == [("Департамент культуры", "d")]
    (row,) = report.event_rows()
    assert isinstance(row, EventRow)
    assert (row.event_id, row.department_id) == ("e1", "d")
    assert row.texts() == ("1.", "Соглашение", "Форум «Россия»", "5 февраля", "Смоленск",
                           "всего 150 человек", "итог", "-")
    assert {f.name for f in fields(row)} >= {"title", "timing", "place", "participants",
                                              "result", "note"}
