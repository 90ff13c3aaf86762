"""A readable phrase naming a day the calendar lacks says so, with the day, not «not recognised»."""

from __future__ import annotations

import pytest

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.timing_parse import TimingParseError, parse_timing


@pytest.mark.parametrize(("phrase", "missing"), [
    ("29 февраля", (2021, 2, 29)),
    ("29 февраля - 1 марта", (2021, 2, 29)),
    ("31 апреля", (2021, 4, 31)),
])
def test_a_day_the_calendar_lacks_is_named(phrase, missing):
    with pytest.raises(TimingParseError) as caught:
        parse_timing(phrase, ReportPeriod.quarter(2021, 1))
    assert caught.value.missing_date == missing
    assert "не существует" in str(caught.value)


def test_an_unreadable_phrase_names_no_date():
    with pytest.raises(TimingParseError) as caught:
        parse_timing("тридцатого числа", ReportPeriod.quarter(2021, 1))
    assert caught.value.missing_date is None


def test_the_leap_day_of_a_leap_year_is_read():
    assert parse_timing("29 февраля", ReportPeriod.quarter(2020, 1)).start.day == 29
