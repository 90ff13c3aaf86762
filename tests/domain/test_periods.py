"""Report periods: bounds, Russian titles, short codes, parsing of report titles."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.periods import PeriodKind, PeriodParseError, ReportPeriod, parse_period
from desktop_app.domain.russian import from_roman, month_from_word, ordinal_from_word, to_roman

REFERENCE_FILE = Path(__file__).parents[1] / "data" / "report_2020_q1.txt"

Q1_2020 = ReportPeriod.quarter(2020, 1)


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (ReportPeriod.quarter(2020, 1), date(2020, 1, 1), date(2020, 3, 31)),
        (ReportPeriod.quarter(2020, 2), date(2020, 4, 1), date(2020, 6, 30)),
        (ReportPeriod.quarter(2020, 3), date(2020, 7, 1), date(2020, 9, 30)),
        (ReportPeriod.quarter(2020, 4), date(2020, 10, 1), date(2020, 12, 31)),
        (ReportPeriod.half_year(2021, 1), date(2021, 1, 1), date(2021, 6, 30)),
        (ReportPeriod.half_year(2021, 2), date(2021, 7, 1), date(2021, 12, 31)),
        (ReportPeriod.nine_months(2020), date(2020, 1, 1), date(2020, 9, 30)),
        (ReportPeriod.full_year(2020), date(2020, 1, 1), date(2020, 12, 31)),
    ],
)
def test_bounds(period: ReportPeriod, start: date, end: date) -> None:
    assert period.start == start
    assert period.end == end
    assert period.contains(start)
    assert period.contains(end)
    assert not period.contains(start - timedelta(days=1))
    assert not period.contains(end + timedelta(days=1))


def test_default_is_first_quarter() -> None:
    period = ReportPeriod(2020)
    assert period.kind is PeriodKind.QUARTER
    assert period == Q1_2020


def test_kind_given_as_stored_string_is_converted() -> None:
    period = ReportPeriod(2020, "half", 2)  # type: ignore[arg-type]
    assert period.kind is PeriodKind.HALF_YEAR
    assert period == ReportPeriod.half_year(2020, 2)


def test_number_is_ignored_for_nine_months_and_year() -> None:
    assert ReportPeriod(2020, PeriodKind.YEAR, 3) == ReportPeriod.full_year(2020)
    assert ReportPeriod(2020, PeriodKind.NINE_MONTHS, 7) == ReportPeriod.nine_months(2020)
    assert ReportPeriod(2020, PeriodKind.YEAR, 3).number == 1


def test_periods_are_hashable_and_usable_as_keys() -> None:
    seen = {ReportPeriod.quarter(2020, 1): "a", ReportPeriod(2020, "quarter", 1): "b"}  # type: ignore[arg-type]
    assert len(seen) == 1


def test_quarter_of_a_day() -> None:
    assert ReportPeriod.quarter_of(date(2020, 2, 29)) == Q1_2020
    assert ReportPeriod.quarter_of(date(2020, 4, 1)) == ReportPeriod.quarter(2020, 2)
    assert ReportPeriod.quarter_of(date(2020, 12, 31)) == ReportPeriod.quarter(2020, 4)


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (ReportPeriod.quarter(2020, 3), [3]),
        (ReportPeriod.half_year(2020, 1), [1, 2]),
        (ReportPeriod.half_year(2020, 2), [3, 4]),
        (ReportPeriod.nine_months(2020), [1, 2, 3]),
        (ReportPeriod.full_year(2020), [1, 2, 3, 4]),
    ],
)
def test_quarters(period: ReportPeriod, expected: list[int]) -> None:
    quarters = period.quarters()
    assert [q.number for q in quarters] == expected
    assert all(q.kind is PeriodKind.QUARTER and q.year == 2020 for q in quarters)
    assert quarters[0].start == period.start
    assert quarters[-1].end == period.end


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("q", [0, 5, -1])
def test_invalid_quarter_number(q: int) -> None:
    with pytest.raises(ValueError, match=f"квартала должен быть от 1 до 4, а не {q}"):
        ReportPeriod.quarter(2020, q)


@pytest.mark.parametrize("half", [0, 3])
def test_invalid_half_year_number(half: int) -> None:
    with pytest.raises(ValueError, match="полугодия должен быть от 1 до 2"):
        ReportPeriod.half_year(2020, half)


def test_invalid_kind() -> None:
    with pytest.raises(ValueError, match="Неизвестный вид отчетного периода 'month'"):
        ReportPeriod(2020, "month", 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [20, 1899, 2201])
def test_implausible_year(year: int) -> None:
    with pytest.raises(ValueError, match=f"Год отчетного периода {year}"):
        ReportPeriod.quarter(year, 1)


def test_non_integer_year_and_number() -> None:
    with pytest.raises(ValueError, match="целым числом"):
        ReportPeriod("2020", PeriodKind.QUARTER, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="целым числом"):
        ReportPeriod(2020, PeriodKind.QUARTER, 1.0)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("period", "title", "section", "code"),
    [
        (ReportPeriod.quarter(2020, 1), "за I квартал 2020 года", "I квартал", "2020_Q1"),
        (ReportPeriod.quarter(2020, 2), "за II квартал 2020 года", "II квартал", "2020_Q2"),
        (ReportPeriod.quarter(2020, 3), "за III квартал 2020 года", "III квартал", "2020_Q3"),
        (ReportPeriod.quarter(2020, 4), "за IV квартал 2020 года", "IV квартал", "2020_Q4"),
        (ReportPeriod.half_year(2020, 1), "за I полугодие 2020 года", "I полугодие", "2020_H1"),
        (ReportPeriod.half_year(2020, 2), "за II полугодие 2020 года", "II полугодие", "2020_H2"),
        (ReportPeriod.nine_months(2020), "за 9 месяцев 2020 года", "9 месяцев", "2020_9M"),
        (ReportPeriod.full_year(2020), "за 2020 год", "2020 год", "2020"),
    ],
)
def test_titles_and_codes(period: ReportPeriod, title: str, section: str, code: str) -> None:
    assert period.title == title
    assert period.section_title == section
    assert period.short_code == code
    assert str(period) == title
    # The title and the short code both lead back to the same period.
    assert parse_period(title) == period
    assert parse_period(code) == period
    assert ReportPeriod.from_short_code(code) == period


def test_short_code_lower_case_and_bad_codes() -> None:
    assert ReportPeriod.from_short_code("2021_q4") == ReportPeriod.quarter(2021, 4)
    with pytest.raises(PeriodParseError, match="«2020_Q5»"):
        ReportPeriod.from_short_code("2020_Q5")
    with pytest.raises(PeriodParseError, match="«Q1»"):
        ReportPeriod.from_short_code("Q1")


# --------------------------------------------------------------------------- parse_period


REFERENCE_TITLE = (
    "Отчет о реализации соглашений в сфере межрегионального сотрудничества\nза I квартал 2020 года"
)


def test_parse_reference_title_lines() -> None:
    assert parse_period(REFERENCE_TITLE) == Q1_2020


def test_parse_title_of_the_reference_file() -> None:
    lines = REFERENCE_FILE.read_text(encoding="utf-8").splitlines()
    title = "\n".join(lines[:2])
    assert title.strip().startswith("Отчет о реализации соглашений")
    assert parse_period(title) == Q1_2020


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Отчет о реализации соглашений за I квартал 2020 года", Q1_2020),
        ("за 1 квартал 2020 г.", Q1_2020),
        ("за 1-й квартал 2020 г.", Q1_2020),
        ("за первый квартал 2020 года", Q1_2020),
        ("ЗА IV КВАРТАЛ 2019 ГОДА", ReportPeriod.quarter(2019, 4)),
        ("за\u00a0III\u00a0квартал\u00a02020\u00a0года", ReportPeriod.quarter(2020, 3)),
        ("за ІІ квартал 2020 года", ReportPeriod.quarter(2020, 2)),  # Cyrillic «І»
        ("за 2 кв. 2020 г.", ReportPeriod.quarter(2020, 2)),
        ("за 9 месяцев 2020 г.", ReportPeriod.nine_months(2020)),
        ("за девять месяцев 2020 года", ReportPeriod.nine_months(2020)),
        ("за 1 полугодие 2021 года", ReportPeriod.half_year(2021, 1)),
        ("за II полугодие 2021 года", ReportPeriod.half_year(2021, 2)),
        ("за 1-е полугодие 2021 г.", ReportPeriod.half_year(2021, 1)),
        ("за 2020 год", ReportPeriod.full_year(2020)),
        ("Отчет о реализации соглашений за 2020 г.", ReportPeriod.full_year(2020)),
        ("Отчет_2020_Q1", None),
    ],
)
def test_parse_period_variants(text: str, expected: ReportPeriod | None) -> None:
    if expected is None:
        with pytest.raises(PeriodParseError):
            parse_period(text)
    else:
        assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Отчет о реализации соглашений", "", "за квартал", "за I квартал", "за 5 квартал 2020 года"],
)
def test_parse_period_errors_name_the_text(text: str) -> None:
    with pytest.raises(PeriodParseError) as info:
        parse_period(text)
    message = str(info.value)
    assert message.startswith("Не удалось определить отчетный период")
    assert f"«{text}»" in message
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


def test_parse_period_error_for_bad_quarter_explains() -> None:
    with pytest.raises(PeriodParseError, match="от 1 до 4"):
        parse_period("за 5 квартал 2020 года")


# --------------------------------------------------------------------------- russian helpers


@pytest.mark.parametrize(
    ("number", "roman"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (9, "IX"), (14, "XIV"), (1994, "MCMXCIV")],
)
def test_roman_numerals(number: int, roman: str) -> None:
    assert to_roman(number) == roman
    assert from_roman(roman) == number
    assert from_roman(roman.lower()) == number


@pytest.mark.parametrize("text", ["IIII", "IIV", "", "A", "VV"])
def test_from_roman_rejects_non_canonical(text: str) -> None:
    with pytest.raises(ValueError):
        from_roman(text)


def test_to_roman_range() -> None:
    with pytest.raises(ValueError):
        to_roman(0)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("январь", 1),
        ("Января", 1),
        ("феврале", 2),
        ("март", 3),
        ("мая", 5),
        ("май", 5),
        ("сент.", 9),
        ("ДЕКАБРЯ", 12),
        ("мартовский", None),
        ("ма", None),
        ("среда", None),
    ],
)
def test_month_from_word(word: str, month: int | None) -> None:
    assert month_from_word(word) == month


@pytest.mark.parametrize(
    ("word", "number"),
    [("1", 1), ("2-й", 2), ("II", 2), ("второй", 2), ("третьего", 3), ("четвёртый", 4), ("х", 10)],
)
def test_ordinal_from_word(word: str, number: int) -> None:
    assert ordinal_from_word(word) == number
