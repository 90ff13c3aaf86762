"""Ranges that cross the new year take each side's year from the side that gives one."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.timing import TimingKind, parse_timing

Q4_2020 = ReportPeriod.quarter(2020, 4)
Q1_2021 = ReportPeriod.quarter(2021, 1)


@pytest.mark.parametrize("period", [Q4_2020, Q1_2021])
def test_only_the_start_year_given_puts_the_end_in_the_next_year(period):
    timing = parse_timing("28 декабря 2020 г. – 10 января", period)
    assert (timing.kind, timing.start, timing.end) == (
        TimingKind.DAY_RANGE, date(2020, 12, 28), date(2021, 1, 10))


@pytest.mark.parametrize("period", [Q4_2020, Q1_2021])
def test_only_the_end_year_given_puts_the_start_in_the_year_before(period):
    timing = parse_timing("28 декабря – 10 января 2021 г.", period)
    assert (timing.start, timing.end) == (date(2020, 12, 28), date(2021, 1, 10))


def test_a_range_within_one_year_keeps_that_year_on_both_sides():
    # The other side of the year rule: no crossing, no year added.
    timing = parse_timing("10 – 28 декабря 2020 г.", Q4_2020)
    assert (timing.start, timing.end) == (date(2020, 12, 10), date(2020, 12, 28))
    timing = parse_timing("10 января 2021 г. – 28 января", Q1_2021)
    assert (timing.start, timing.end) == (date(2021, 1, 10), date(2021, 1, 28))
    timing = parse_timing("10 января – 28 января 2021 г.", Q4_2020)
    assert (timing.start, timing.end) == (date(2021, 1, 10), date(2021, 1, 28))


def test_month_ranges_across_the_new_year():
    timing = parse_timing("декабрь 2020 г. – январь", Q1_2021)
    assert (timing.start, timing.end) == (date(2020, 12, 1), date(2021, 1, 31))
    timing = parse_timing("декабрь – февраль 2021 г.", Q1_2021)
    assert (timing.start, timing.end) == (date(2020, 12, 1), date(2021, 2, 28))
