"""The «Сроки» value: :class:`Timing`, its canonical phrase and its constructors.

A :class:`Timing` is a kind plus the first and last day an event covers, so
that events can be checked against and selected by periods. Reading a typed
phrase into one is :mod:`desktop_app.domain.timing_parse`'s job; this module
only holds the value and writes it back.

Canonical spelling (:meth:`Timing.phrase`), the one way the program writes a
timing back:

* one day: «5 февраля»;
* days within one month: «29–31 января» — an en dash without spaces;
* days across months: «29 февраля – 1 марта» — an en dash with spaces;
* one month: «январь»; several months: «январь – март» (spaced en dash);
* a quarter: «I квартал» (Roman numeral);
* «в течение всего периода», «ежемесячно», «еженедельно».

House style: phrases are lower case, as in the design notes («январь –
март»); only the Roman numeral is upper case. The reference report starts
some cells with a capital («Январь-март», «В течение всего периода»); a
renderer that wants that look asks for ``phrase(capitalize=True)``. The year
is not written, since the report period gives it, unless the span crosses a
new year, the caller asks for it (``with_year=True``), or the caller passes a
period of another year: then «5 февраля 2019 г.», «28 декабря 2019 г. – 10
января 2020 г.». Every canonical phrase parses back to the same
:class:`Timing` (given a period of the right year).

:func:`clean_phrase` lives here rather than with the parser because a
FREE_TEXT timing keeps its text cleaned, so the value itself needs it.

Plain functions: no Qt, no I/O.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.russian import (
    MONTHS_GENITIVE,
    MONTHS_NOMINATIVE,
    normalize_spaces,
    to_roman,
)

__all__ = [
    "PERIOD_BOUND_KINDS",
    "Timing",
    "TimingKind",
    "clean_phrase",
    "day_timing",
    "free_text_timing",
    "month_end",
    "month_timing",
    "monthly_timing",
    "quarter_timing",
    "span_timing",
    "weekly_timing",
    "whole_period_timing",
]

EN_DASH = "\u2013"

WHOLE_PERIOD_PHRASE = "в течение всего периода"
MONTHLY_PHRASE = "ежемесячно"
WEEKLY_PHRASE = "еженедельно"


class TimingKind(StrEnum):
    DAY = "day"
    DAY_RANGE = "day_range"  # within a month or across months
    MONTH = "month"
    MONTH_RANGE = "month_range"
    QUARTER = "quarter"
    WHOLE_PERIOD = "whole_period"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    FREE_TEXT = "free_text"


# Kinds whose dates are the report period's bounds rather than read from the phrase.
PERIOD_BOUND_KINDS = frozenset(
    {TimingKind.WHOLE_PERIOD, TimingKind.MONTHLY, TimingKind.WEEKLY, TimingKind.FREE_TEXT}
)


def month_end(year: int, month: int) -> date:
    """The last day of the month (the parser needs it too)."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


@dataclass(frozen=True)
class Timing:
    """What a «Сроки» phrase means: its kind and the days it covers (inclusive).

    For WHOLE_PERIOD, MONTHLY, WEEKLY and FREE_TEXT, ``start`` and ``end``
    are the bounds of the report period the phrase was read for. ``text`` is
    kept for FREE_TEXT only (cleaned); for every other kind it is stored as
    ``""`` so that equal timings compare equal. ``kind`` may be given as its
    string value, as storage keeps it. Inconsistent values (the end before
    the start, a MONTH that does not cover a whole month, …) raise
    ``ValueError``.
    """

    kind: TimingKind
    start: date
    end: date
    text: str = ""

    def __post_init__(self) -> None:
        try:
            kind = TimingKind(self.kind)
        except ValueError:
            raise ValueError(f"Неизвестный вид сроков {self.kind!r}") from None
        object.__setattr__(self, "kind", kind)
        if kind is TimingKind.FREE_TEXT:
            object.__setattr__(self, "text", clean_phrase(self.text))
        else:
            object.__setattr__(self, "text", "")
        start, end = self.start, self.end
        if end < start:
            raise ValueError(f"Окончание сроков ({end:%d.%m.%Y}) раньше начала ({start:%d.%m.%Y})")
        if kind is TimingKind.DAY and start != end:
            raise ValueError("Сроки вида «день» должны начинаться и заканчиваться в один день")
        if kind is TimingKind.DAY_RANGE and start == end:
            raise ValueError("Диапазон дней должен охватывать больше одного дня")
        if kind in (TimingKind.MONTH, TimingKind.MONTH_RANGE):
            if start.day != 1 or end != month_end(end.year, end.month):
                raise ValueError("Сроки по месяцам должны охватывать месяцы целиком")
            same_month = (start.year, start.month) == (end.year, end.month)
            if kind is TimingKind.MONTH and not same_month:
                raise ValueError("Сроки вида «месяц» должны охватывать ровно один месяц")
            if kind is TimingKind.MONTH_RANGE and same_month:
                raise ValueError("Диапазон месяцев должен охватывать больше одного месяца")
        if kind is TimingKind.QUARTER:
            q = ReportPeriod.quarter_of(start)
            if (start, end) != (q.start, q.end):
                raise ValueError("Сроки вида «квартал» должны охватывать квартал целиком")

    # --- questions --------------------------------------------------------------

    @property
    def bound_to_period(self) -> bool:
        """True when the dates are the report period's bounds, not the phrase's own."""
        return self.kind in PERIOD_BOUND_KINDS

    def falls_within(self, period: ReportPeriod) -> bool:
        """The whole span lies inside the period."""
        return period.start <= self.start and self.end <= period.end

    def overlaps(self, period: ReportPeriod) -> bool:
        """At least one day of the span lies inside the period."""
        return self.start <= period.end and period.start <= self.end

    def for_period(self, period: ReportPeriod) -> Timing:
        """The same timing read for another period.

        Only the period-bound kinds (WHOLE_PERIOD, MONTHLY, WEEKLY, FREE_TEXT)
        change: they take the new period's bounds. Dated kinds are returned as
        they are.
        """
        if not self.bound_to_period:
            return self
        return Timing(self.kind, period.start, period.end, self.text)

    # --- words ------------------------------------------------------------------

    def phrase(
        self,
        period: ReportPeriod | None = None,
        *,
        with_year: bool = False,
        capitalize: bool = False,
    ) -> str:
        """The one canonical Russian spelling (see the module docstring).

        The year is written when ``with_year`` is set, when ``period`` is given
        and its year differs from the timing's, and always for a span that
        crosses a new year. ``capitalize`` upper-cases the first letter.
        """
        text = self._phrase(period, with_year)
        if capitalize and text:
            text = text[0].upper() + text[1:]
        return text

    def _phrase(self, period: ReportPeriod | None, with_year: bool) -> str:
        kind, start, end = self.kind, self.start, self.end
        if kind is TimingKind.WHOLE_PERIOD:
            return WHOLE_PERIOD_PHRASE
        if kind is TimingKind.MONTHLY:
            return MONTHLY_PHRASE
        if kind is TimingKind.WEEKLY:
            return WEEKLY_PHRASE
        if kind is TimingKind.FREE_TEXT:
            return self.text
        crosses_year = start.year != end.year
        show_year = with_year or (period is not None and period.year != start.year)

        def year(day: date) -> str:
            return f" {day.year} г."

        if kind is TimingKind.DAY:
            return f"{start.day} {MONTHS_GENITIVE[start.month]}" + (
                year(start) if show_year else ""
            )
        if kind is TimingKind.DAY_RANGE:
            if crosses_year:
                return (
                    f"{start.day} {MONTHS_GENITIVE[start.month]}{year(start)} {EN_DASH} "
                    f"{end.day} {MONTHS_GENITIVE[end.month]}{year(end)}"
                )
            tail = year(end) if show_year else ""
            if start.month == end.month:
                return f"{start.day}{EN_DASH}{end.day} {MONTHS_GENITIVE[end.month]}{tail}"
            return (
                f"{start.day} {MONTHS_GENITIVE[start.month]} {EN_DASH} "
                f"{end.day} {MONTHS_GENITIVE[end.month]}{tail}"
            )
        if kind is TimingKind.MONTH:
            return MONTHS_NOMINATIVE[start.month] + (year(start) if show_year else "")
        if kind is TimingKind.MONTH_RANGE:
            if crosses_year:
                return (
                    f"{MONTHS_NOMINATIVE[start.month]}{year(start)} {EN_DASH} "
                    f"{MONTHS_NOMINATIVE[end.month]}{year(end)}"
                )
            tail = year(end) if show_year else ""
            return (
                f"{MONTHS_NOMINATIVE[start.month]} {EN_DASH} {MONTHS_NOMINATIVE[end.month]}{tail}"
            )
        # QUARTER
        return f"{to_roman(_quarter_of(start))} квартал" + (year(start) if show_year else "")

    def __str__(self) -> str:
        return self.phrase()


# --- cleaning -------------------------------------------------------------------

# Word fields that survive a copy from a DOCX or its text extraction.
_DEBRIS_RE = re.compile(
    r"\[(?:bookmark|footnoteRef|endnoteRef|commentRef|annotation)\s*:[^\]]*\]", re.IGNORECASE
)


def clean_phrase(phrase: str) -> str:
    """The phrase without Word debris, with whitespace collapsed and trimmed.

    Removes «[bookmark: _GoBack]» and similar fields, invisible characters
    (soft hyphens, zero-width spaces), turns non-breaking spaces, tabs and
    line breaks into single spaces. Keeps everything else as typed.
    """
    return normalize_spaces(_DEBRIS_RE.sub("", phrase))


# --- constructors for the UI ------------------------------------------------------


def day_timing(start: date, end: date | None = None) -> Timing:
    """One day, or a range of days when ``end`` is given and differs from ``start``.

    The two dates may be given in either order.
    """
    if end is None or end == start:
        return Timing(TimingKind.DAY, start, start)
    first, last = min(start, end), max(start, end)
    return Timing(TimingKind.DAY_RANGE, first, last)


def month_timing(start: date, end: date | None = None) -> Timing:
    """The whole month of ``start``, or every month from ``start``'s to ``end``'s.

    Any day of a month stands for the month (a calendar widget gives a day).
    The two dates may be given in either order.
    """
    last = start if end is None else end
    first, last = min(start, last), max(start, last)
    begin = date(first.year, first.month, 1)
    finish = month_end(last.year, last.month)
    same = (first.year, first.month) == (last.year, last.month)
    return Timing(TimingKind.MONTH if same else TimingKind.MONTH_RANGE, begin, finish)


def quarter_timing(year: int, quarter: int) -> Timing:
    """A whole quarter, «I квартал» … «IV квартал»."""
    q = ReportPeriod.quarter(year, quarter)
    return Timing(TimingKind.QUARTER, q.start, q.end)


def whole_period_timing(period: ReportPeriod) -> Timing:
    """«в течение всего периода»."""
    return Timing(TimingKind.WHOLE_PERIOD, period.start, period.end)


def monthly_timing(period: ReportPeriod) -> Timing:
    """«ежемесячно» during the period."""
    return Timing(TimingKind.MONTHLY, period.start, period.end)


def weekly_timing(period: ReportPeriod) -> Timing:
    """«еженедельно» during the period."""
    return Timing(TimingKind.WEEKLY, period.start, period.end)


def free_text_timing(text: str, period: ReportPeriod) -> Timing:
    """A phrase kept as typed (cleaned); it counts as the whole period."""
    return Timing(TimingKind.FREE_TEXT, period.start, period.end, clean_phrase(text))


def span_timing(start: date, end: date | None = None) -> Timing:
    """The most natural timing for the days from ``start`` to ``end``.

    A whole quarter becomes QUARTER, whole months MONTH or MONTH_RANGE,
    anything else DAY or DAY_RANGE: what a date-range picker should store.
    """
    last = start if end is None else end
    first, last = min(start, last), max(start, last)
    quarter = ReportPeriod.quarter_of(first)
    if (first, last) == (quarter.start, quarter.end):
        return Timing(TimingKind.QUARTER, first, last)
    if first.day == 1 and last == month_end(last.year, last.month):
        return month_timing(first, last)
    return day_timing(first, last)
