"""What a clerk reads when a period cannot be found, and the edges of name matching.

Messages are compared whole: they are the program's answer to the user, and a
changed word in them is a changed answer.
"""

from __future__ import annotations

import pytest

from desktop_app.domain.matching import best_match, match_key
from desktop_app.domain.periods import (
    PeriodParseError,
    ReportPeriod,
    parse_period,
)

HINT = ("укажите период так, как в заголовке отчета: «за I квартал 2020 года», "
        "«за I полугодие 2020 года», «за 9 месяцев 2020 года» или «за 2020 год»")


def _message(text: str) -> str:
    with pytest.raises(PeriodParseError) as caught:
        parse_period(text)
    return str(caught.value)


def test_a_text_without_a_period_gets_the_hint():
    assert _message("Отчет о работе") == (
        f"Не удалось определить отчетный период в тексте «Отчет о работе»: {HINT}.")


def test_a_long_text_is_shortened_in_the_message():
    exact = "а" * 120
    assert f"«{exact}»" in _message(exact)
    long = "б" * 121
    assert f"«{'б' * 117}…»" in _message(long)


def test_a_given_reason_starts_in_lower_case():
    assert str(PeriodParseError("x", "Ожидается год")) == (
        "Не удалось определить отчетный период в тексте «x»: ожидается год.")
    assert str(PeriodParseError("x", "ГОД")) == (
        "Не удалось определить отчетный период в тексте «x»: гОД.")


def test_an_unreadable_period_number_is_named():
    assert _message("за ivx квартал 2020 года").endswith(
        ": непонятный номер периода «ivx».")


def test_a_period_number_out_of_range_says_what_is_allowed():
    assert _message("за 5 квартал 2020 года") == (
        "Не удалось определить отчетный период в тексте «за 5 квартал 2020 года»: "
        "номер квартала должен быть от 1 до 4, а не 5.")


def test_short_code_errors():
    with pytest.raises(PeriodParseError) as caught:
        ReportPeriod.from_short_code("20_Q1")
    assert str(caught.value) == (
        "Не удалось определить отчетный период в тексте «20_Q1»: ожидается код вида "
        "«2020_Q1», «2020_H1», «2020_9M» или «2020».")
    with pytest.raises(PeriodParseError) as caught:
        ReportPeriod.from_short_code("1800_Q1")
    assert str(caught.value) == (
        "Не удалось определить отчетный период в тексте «1800_Q1»: год отчетного периода "
        "1800 вне допустимых пределов (1900–2200): проверьте год.")


def test_year_limits_are_inclusive():
    assert ReportPeriod.quarter(1900, 1).start.year == 1900
    assert ReportPeriod.quarter(2200, 4).end.year == 2200
    for year in (1899, 2201):
        with pytest.raises(ValueError, match=f"Год отчетного периода {year} вне"):
            ReportPeriod.quarter(year, 1)


def test_an_unknown_kind_names_the_known_ones():
    with pytest.raises(ValueError) as caught:
        ReportPeriod(2020, "month", 1)
    assert str(caught.value) == ("Неизвестный вид отчетного периода 'month': ожидается один "
                                 "из quarter, half, nine_months, year")


@pytest.mark.parametrize(("period", "quarters"), [
    (ReportPeriod.quarter(2020, 2), [2]),
    (ReportPeriod.half_year(2020, 1), [1, 2]),
    (ReportPeriod.half_year(2020, 2), [3, 4]),
    (ReportPeriod.nine_months(2020), [1, 2, 3]),
    (ReportPeriod.full_year(2020), [1, 2, 3, 4]),
])
def test_quarters_of_a_period(period, quarters):
    assert period.quarters() == [ReportPeriod.quarter(2020, q) for q in quarters]


def test_the_last_za_names_the_period():
    """An appendix title names an older report first; the period is the one after the last «за»."""
    assert parse_period("Приложение к отчету за I квартал 2019 года за 2020 год") == \
        ReportPeriod.full_year(2020)


def test_yo_is_read_as_ye():
    assert parse_period("Отчет за четвёртый квартал 2020 года") == ReportPeriod.quarter(2020, 4)
    assert parse_period("ОТЧЕТ ЗА ЧЕТВЁРТЫЙ КВАРТАЛ 2020 ГОДА") == ReportPeriod.quarter(2020, 4)


# -- name matching ---------------------------------------------------------------------


def test_match_key_is_exactly_the_folded_text():
    assert match_key("Пётр  Иванов\t") == "петриванов"
    assert match_key("ПЁТР") == "петр"
    assert match_key("29 – 31 января") == "29-31января"
    assert match_key("«Агрос» — 2020") == '"агрос"-2020'


def test_an_exact_key_wins_with_similarity_one():
    assert best_match("Департамент  культуры", [("другое", 1), ("департамент культуры", 2)]) == \
        (2, 1.0)


def test_the_similarity_cutoff_is_inclusive():
    # «abcdefghij» vs «abcdefghik»: 9 of 10 characters in common → similarity 0.9 exactly
    assert best_match("abcdefghij", [("abcdefghik", "x")]) == ("x", 0.9)
    assert best_match("abcdefghij", [("abcdefghkk", "x")]) == (None, 0.8)


def test_among_equally_close_names_the_first_is_taken():
    assert best_match("abcx", [("abcy", 1), ("abcz", 2)], cutoff=0.5) == (1, 0.75)


def test_long_official_titles_with_one_typo_still_match():
    """Titles of agreements run to hundreds of characters: no character may be ignored
    as «junk» because it is frequent (difflib's autojunk), or long titles never match."""
    title = ("Соглашение между Администрацией Смоленской области и Правительством Москвы "
             "о торгово-экономическом, научно-техническом и культурном сотрудничестве ") * 3
    typo = title.replace("научно", "научна", 1)
    value, similarity = best_match(typo, [(title, "agreement")])
    assert value == "agreement" and similarity > 0.99
