"""«Сроки» in the other forms offices type: quotes, slashes, month.year, a trailing comma;
and the plain-words reason kept on the error for the window to show."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.timing_parse import TimingParseError, parse_timing

Q1_2021 = ReportPeriod.quarter(2021, 1)


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("«5 февраля»", date(2021, 2, 5), date(2021, 2, 5)),
    ('"5 февраля"', date(2021, 2, 5), date(2021, 2, 5)),
    ("5 февраля,", date(2021, 2, 5), date(2021, 2, 5)),
    ("12/03/2021", date(2021, 3, 12), date(2021, 3, 12)),
    ("12/03/21", date(2021, 3, 12), date(2021, 3, 12)),
    ("12/03", date(2021, 3, 12), date(2021, 3, 12)),
    ("03.2021", date(2021, 3, 1), date(2021, 3, 31)),
    ("12.2020 - 02.2021", date(2020, 12, 1), date(2021, 2, 28)),
    ("25.12.2021", date(2021, 12, 25), date(2021, 12, 25)),
    ("март – март 2021 г.", date(2021, 3, 1), date(2021, 3, 31)),
    ("5 марта – 5 марта 2021", date(2021, 3, 5), date(2021, 3, 5)),
    ("20 декабря – 5 января 2021", date(2020, 12, 20), date(2021, 1, 5)),
])
def test_office_forms_are_read(phrase, start, end):
    timing = parse_timing(phrase, Q1_2021)
    assert (timing.start, timing.end) == (start, end)


@pytest.mark.parametrize(("phrase", "reason"), [
    ("13.2021", "месяца с номером 13 не бывает — проверьте дату"),
    ("мартобря 2021", "слово «мартобря» не похоже на название месяца"),
    ("32 января", "в январе 2021 года 31 день"),
    ("31 апреля", "в апреле 2021 года 30 дней"),
    ("30 февраля", "в феврале 2021 года 28 дней"),
    ("31 – 5 января 2021", "окончание (05.01.2021) раньше начала (31.01.2021)"),
])
def test_a_wrong_phrase_says_why_in_plain_words(phrase, reason):
    with pytest.raises(TimingParseError) as caught:
        parse_timing(phrase, Q1_2021)
    assert reason in caught.value.reason
    assert caught.value.phrase == phrase
    assert str(caught.value) == f"Не удалось распознать сроки «{phrase}»: {caught.value.reason}"


def test_a_year_alone_is_that_year_or_the_whole_yearly_period():
    from desktop_app.domain.timing_value import TimingKind

    year_2021 = ReportPeriod.full_year(2021)
    for phrase, period, kind, year in [("2021", Q1_2021, TimingKind.MONTH_RANGE, 2021),
                                       ("2021 г.", year_2021, TimingKind.WHOLE_PERIOD, 2021),
                                       ("2020", year_2021, TimingKind.MONTH_RANGE, 2020)]:
        timing = parse_timing(phrase, period)
        assert (timing.kind, timing.start, timing.end) == \
            (kind, date(year, 1, 1), date(year, 12, 31)), phrase


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("I полугодие", date(2021, 1, 1), date(2021, 6, 30)),
    ("II полугодие", date(2021, 7, 1), date(2021, 12, 31)),
    ("2 полугодие 2020", date(2020, 7, 1), date(2020, 12, 31)),
])
def test_half_years(phrase, start, end):
    timing = parse_timing(phrase, Q1_2021)
    assert (timing.start, timing.end) == (start, end)


DAY_AND_MONTH = "«20 февраля – 13 марта» или «февраль – март»"


@pytest.mark.parametrize(("phrase", "reason"), [
    ("5", "не указан месяц — напишите, например, «5 февраля»"),
    ("5 - 10", "после тире не указан месяц — напишите, например, «29–31 января»"),
    ("5 - март", f"начало — день, а окончание — месяц; напишите оба конца одинаково: {DAY_AND_MONTH}"),
    ("март - 5 марта",
     f"начало — месяц, а окончание — день; напишите оба конца одинаково: {DAY_AND_MONTH}"),
    ("III полугодие", "полугодия «iii» не бывает — укажите I или II полугодие"),
])
def test_the_reason_names_what_is_missing(phrase, reason):
    with pytest.raises(TimingParseError) as caught:
        parse_timing(phrase, Q1_2021)
    assert str(caught.value) == f"Не удалось распознать сроки «{phrase}»: {reason}"


@pytest.mark.parametrize("phrase", ["5 мартобря - 10 апреля", "5 марта - 10 мартобря"])
def test_a_wrong_month_on_either_side_names_the_phrase(phrase):
    with pytest.raises(TimingParseError) as caught:
        parse_timing(phrase, Q1_2021)
    assert caught.value.phrase == phrase
    assert str(caught.value).startswith(f"Не удалось распознать сроки «{phrase}»: слово «")


def test_no_phrase_gets_the_examples():
    with pytest.raises(TimingParseError) as caught:
        parse_timing("  ", Q1_2021)
    assert str(caught.value).startswith("Сроки не указаны: напишите дату («5 февраля»)")
    assert caught.value.reason.startswith("напишите дату")
