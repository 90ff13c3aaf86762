"""«Сроки проведения мероприятия»: Russian event-timing phrases.

A clerk types the dates of an event as a Russian phrase — «5 февраля»,
«29-31 января», «Январь-март», «1 квартал», «В течение всего периода».
:func:`parse_timing` reads such a phrase against the report period into a
:class:`Timing` (a kind plus the first and last day it covers), and
:meth:`Timing.phrase` writes it back in its one canonical spelling.

The work is split in two modules, each with one job:

* :mod:`desktop_app.domain.timing_value` — the :class:`Timing` value, its
  canonical spelling (documented there) and the constructors the UI uses;
* :mod:`desktop_app.domain.timing_parse` — reading typed phrases.

This module is the name the rest of the program imports from, so callers
need not know where the seam runs.
"""

from __future__ import annotations

from desktop_app.domain.timing_parse import (
    TimingParseError,
    parse_or_free_text,
    parse_timing,
)
from desktop_app.domain.timing_value import (
    PERIOD_BOUND_KINDS as PERIOD_BOUND_KINDS,  # not in __all__, but imported by the UI
)
from desktop_app.domain.timing_value import (
    Timing,
    TimingKind,
    clean_phrase,
    day_timing,
    free_text_timing,
    month_timing,
    monthly_timing,
    quarter_timing,
    span_timing,
    weekly_timing,
    whole_period_timing,
)

__all__ = [
    "Timing",
    "TimingKind",
    "TimingParseError",
    "clean_phrase",
    "day_timing",
    "free_text_timing",
    "month_timing",
    "monthly_timing",
    "parse_or_free_text",
    "parse_timing",
    "quarter_timing",
    "span_timing",
    "weekly_timing",
    "whole_period_timing",
]
