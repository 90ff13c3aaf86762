"""«Сроки проведения мероприятия»: parsing, canonical spelling, period checks."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.russian import MONTHS_GENITIVE
from desktop_app.domain.timing import (
    Timing,
    TimingKind,
    TimingParseError,
    clean_phrase,
    day_timing,
    free_text_timing,
    month_timing,
    monthly_timing,
    parse_or_free_text,
    parse_timing,
    quarter_timing,
    span_timing,
    weekly_timing,
    whole_period_timing,
)

REFERENCE_FILE = Path(__file__).parents[1] / "data" / "report_2020_q1.txt"
DEMO_FILE = Path(__file__).parents[2] / "resources" / "demo" / "report_2020_q1.json"

Q1 = ReportPeriod.quarter(2020, 1)
Q2 = ReportPeriod.quarter(2020, 2)
Q3 = ReportPeriod.quarter(2020, 3)
Q4 = ReportPeriod.quarter(2020, 4)
H1 = ReportPeriod.half_year(2020, 1)
H2 = ReportPeriod.half_year(2020, 2)
M9 = ReportPeriod.nine_months(2020)
Y2020 = ReportPeriod.full_year(2020)

D = date
K = TimingKind

# Every «Сроки» cell of the reference report (column 4), as extracted, with what it
# means in the report's period (I квартал 2020) and how the program writes it back.
REFERENCE_PHRASES: list[tuple[str, TimingKind, date, date, str]] = [
    (
        "[bookmark: _GoBack]29-31 января",
        K.DAY_RANGE,
        D(2020, 1, 29),
        D(2020, 1, 31),
        "29–31 января",
    ),
    ("5 февраля", K.DAY, D(2020, 2, 5), D(2020, 2, 5), "5 февраля"),
    ("21 февраля", K.DAY, D(2020, 2, 21), D(2020, 2, 21), "21 февраля"),
    ("1 квартал", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31), "I квартал"),
    (
        "В течение всего периода",
        K.WHOLE_PERIOD,
        D(2020, 1, 1),
        D(2020, 3, 31),
        "в течение всего периода",
    ),
    ("Ежемесячно", K.MONTHLY, D(2020, 1, 1), D(2020, 3, 31), "ежемесячно"),
    ("Январь-март ", K.MONTH_RANGE, D(2020, 1, 1), D(2020, 3, 31), "январь – март"),
    ("12-13 февраля ", K.DAY_RANGE, D(2020, 2, 12), D(2020, 2, 13), "12–13 февраля"),
    ("26-29 февраля ", K.DAY_RANGE, D(2020, 2, 26), D(2020, 2, 29), "26–29 февраля"),
    ("20 февраля – 13 марта", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13), "20 февраля – 13 марта"),
    ("9 марта\n", K.DAY, D(2020, 3, 9), D(2020, 3, 9), "9 марта"),
    ("9-12 марта", K.DAY_RANGE, D(2020, 3, 9), D(2020, 3, 12), "9–12 марта"),
    ("27 февраля", K.DAY, D(2020, 2, 27), D(2020, 2, 27), "27 февраля"),
    ("23-27 января", K.DAY_RANGE, D(2020, 1, 23), D(2020, 1, 27), "23–27 января"),
    ("14-16 февраля", K.DAY_RANGE, D(2020, 2, 14), D(2020, 2, 16), "14–16 февраля"),
    ("20-24 февраля", K.DAY_RANGE, D(2020, 2, 20), D(2020, 2, 24), "20–24 февраля"),
    ("24-25 февраля", K.DAY_RANGE, D(2020, 2, 24), D(2020, 2, 25), "24–25 февраля"),
    ("29 февраля -1 марта", K.DAY_RANGE, D(2020, 2, 29), D(2020, 3, 1), "29 февраля – 1 марта"),
    ("23-24 февраля\n", K.DAY_RANGE, D(2020, 2, 23), D(2020, 2, 24), "23–24 февраля"),
    ("29 февраля -01 марта", K.DAY_RANGE, D(2020, 2, 29), D(2020, 3, 1), "29 февраля – 1 марта"),
    ("23-24 февраля", K.DAY_RANGE, D(2020, 2, 23), D(2020, 2, 24), "23–24 февраля"),
]


@pytest.mark.parametrize(("phrase", "kind", "start", "end", "canonical"), REFERENCE_PHRASES)
def test_reference_phrases(
    phrase: str, kind: TimingKind, start: date, end: date, canonical: str
) -> None:
    timing = parse_timing(phrase, Q1)
    assert (timing.kind, timing.start, timing.end) == (kind, start, end)
    assert timing.text == ""
    assert timing.phrase() == canonical
    assert parse_timing(canonical, Q1) == timing
    assert timing.falls_within(Q1)


def _reference_cells(column: int) -> list[str]:
    """Cells of one column of the reference report's numbered rows (0 = «№ п/п»)."""
    cells: list[list[str]] = []
    for line in REFERENCE_FILE.read_text(encoding="utf-8").split("\n"):
        if line.startswith("\t"):
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)
    texts = ["\n".join(cell) for cell in cells]
    return [
        texts[i + column]
        for i, text in enumerate(texts)
        if re.fullmatch(r"\d+\.\s*", text) and i + column < len(texts)
    ]


def test_every_timing_cell_of_the_reference_file_is_understood() -> None:
    cells = _reference_cells(3)
    assert len(cells) >= 29
    known = {clean_phrase(p) for p, *_ in REFERENCE_PHRASES}
    for cell in cells:
        timing, warning = parse_or_free_text(cell, Q1)
        assert warning is None, cell
        assert timing.kind is not K.FREE_TEXT
        assert timing.falls_within(Q1), cell
        assert clean_phrase(cell) in known, cell


@pytest.mark.skipif(not DEMO_FILE.exists(), reason="demo data not available")
def test_every_timing_of_the_demo_data_is_understood() -> None:
    data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    period = ReportPeriod.quarter(data["period"]["year"], data["period"]["quarter"])
    for event in data["events"]:
        timing = parse_timing(event["timing"], period)
        assert timing.falls_within(period), event["timing"]


# --------------------------------------------------------------------------- variants


@pytest.mark.parametrize(
    ("phrase", "kind", "start", "end"),
    [
        # quarters
        ("I квартал", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("1-й квартал", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("1-ый квартал", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("первый квартал", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("в I квартале", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("в течение I квартала", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("1 кв. 2020 г.", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("ІІ квартал", K.QUARTER, D(2020, 4, 1), D(2020, 6, 30)),  # Cyrillic «І»
        ("3 квартал", K.QUARTER, D(2020, 7, 1), D(2020, 9, 30)),
        # the whole period
        ("в течение квартала", K.WHOLE_PERIOD, D(2020, 1, 1), D(2020, 3, 31)),
        ("весь период", K.WHOLE_PERIOD, D(2020, 1, 1), D(2020, 3, 31)),
        ("в течение всего отчетного периода", K.WHOLE_PERIOD, D(2020, 1, 1), D(2020, 3, 31)),
        ("В ТЕЧЕНИЕ ВСЕГО ПЕРИОДА.", K.WHOLE_PERIOD, D(2020, 1, 1), D(2020, 3, 31)),
        ("постоянно", K.WHOLE_PERIOD, D(2020, 1, 1), D(2020, 3, 31)),
        ("еженедельно", K.WEEKLY, D(2020, 1, 1), D(2020, 3, 31)),
        ("Ежемесячно.", K.MONTHLY, D(2020, 1, 1), D(2020, 3, 31)),
        # months
        ("март", K.MONTH, D(2020, 3, 1), D(2020, 3, 31)),
        ("Март", K.MONTH, D(2020, 3, 1), D(2020, 3, 31)),
        ("в марте", K.MONTH, D(2020, 3, 1), D(2020, 3, 31)),
        ("в течение февраля", K.MONTH, D(2020, 2, 1), D(2020, 2, 29)),
        ("февраль 2020 г.", K.MONTH, D(2020, 2, 1), D(2020, 2, 29)),
        ("Февраль – март", K.MONTH_RANGE, D(2020, 2, 1), D(2020, 3, 31)),
        ("январь—март", K.MONTH_RANGE, D(2020, 1, 1), D(2020, 3, 31)),
        ("с января по март", K.MONTH_RANGE, D(2020, 1, 1), D(2020, 3, 31)),
        ("в январе - феврале", K.MONTH_RANGE, D(2020, 1, 1), D(2020, 2, 29)),
        ("I полугодие", K.MONTH_RANGE, D(2020, 1, 1), D(2020, 6, 30)),
        ("в течение года", K.MONTH_RANGE, D(2020, 1, 1), D(2020, 12, 31)),
        # days
        ("01 марта", K.DAY, D(2020, 3, 1), D(2020, 3, 1)),
        ("5 февраля 2020 г.", K.DAY, D(2020, 2, 5), D(2020, 2, 5)),
        ("5 февраля 2020 года", K.DAY, D(2020, 2, 5), D(2020, 2, 5)),
        ("5\u00a0февраля", K.DAY, D(2020, 2, 5), D(2020, 2, 5)),
        ("5 фев.", K.DAY, D(2020, 2, 5), D(2020, 2, 5)),
        ("20.02.2020", K.DAY, D(2020, 2, 20), D(2020, 2, 20)),
        ("20.02.20", K.DAY, D(2020, 2, 20), D(2020, 2, 20)),
        ("2020-02-20", K.DAY, D(2020, 2, 20), D(2020, 2, 20)),
        ("20.02", K.DAY, D(2020, 2, 20), D(2020, 2, 20)),
        ("5-5 февраля", K.DAY, D(2020, 2, 5), D(2020, 2, 5)),
        # day ranges
        ("29–31 января", K.DAY_RANGE, D(2020, 1, 29), D(2020, 1, 31)),
        ("29 — 31 января", K.DAY_RANGE, D(2020, 1, 29), D(2020, 1, 31)),
        ("29\u201131 января", K.DAY_RANGE, D(2020, 1, 29), D(2020, 1, 31)),
        ("с 29 по 31 января", K.DAY_RANGE, D(2020, 1, 29), D(2020, 1, 31)),
        ("с 20 февраля по 13 марта", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13)),
        ("с 20 февраля до 13 марта", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13)),
        ("20 февраля–13 марта", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13)),
        ("20.02.2020 – 13.03.2020", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13)),
        ("20.02–13.03", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13)),
        ("20.02 - 13.03.2020", K.DAY_RANGE, D(2020, 2, 20), D(2020, 3, 13)),
        ("29-31.01.2020", K.DAY_RANGE, D(2020, 1, 29), D(2020, 1, 31)),
        ("29-31 января 2020 г.", K.DAY_RANGE, D(2020, 1, 29), D(2020, 1, 31)),
        (
            "[bookmark: _GoBack] 29 февраля\u00a0-\u00a01 марта.",
            K.DAY_RANGE,
            D(2020, 2, 29),
            D(2020, 3, 1),
        ),
    ],
)
def test_variants(phrase: str, kind: TimingKind, start: date, end: date) -> None:
    timing = parse_timing(phrase, Q1)
    assert (timing.kind, timing.start, timing.end) == (kind, start, end)


def test_explicit_year_overrides_the_period() -> None:
    timing = parse_timing("5 февраля 2019 г.", Q1)
    assert timing == day_timing(D(2019, 2, 5))
    assert not timing.falls_within(Q1)
    assert timing.phrase() == "5 февраля"
    assert timing.phrase(Q1) == "5 февраля 2019 г."
    assert parse_timing(timing.phrase(Q1), Q1) == timing


def test_range_across_new_year() -> None:
    period = ReportPeriod.quarter(2020, 4)
    timing = parse_timing("28 декабря 2020 г. – 10 января 2021 г.", period)
    assert (timing.kind, timing.start, timing.end) == (K.DAY_RANGE, D(2020, 12, 28), D(2021, 1, 10))
    assert timing.phrase() == "28 декабря 2020 г. – 10 января 2021 г."
    assert parse_timing(timing.phrase(), period) == timing
    assert timing.overlaps(period)
    assert not timing.falls_within(period)
    # Only the end's year given: the start is the December before it.
    assert parse_timing("28 декабря – 10 января 2021 г.", period) == timing


def test_month_range_across_new_year_round_trips() -> None:
    timing = month_timing(D(2019, 12, 1), D(2020, 2, 1))
    assert timing.phrase() == "декабрь 2019 г. – февраль 2020 г."
    assert parse_timing(timing.phrase(), Q1) == timing


def test_year_comes_from_the_period() -> None:
    assert parse_timing("29 февраля", ReportPeriod.quarter(2024, 1)).start == D(2024, 2, 29)
    assert parse_timing("I квартал", ReportPeriod.quarter(2021, 3)).start == D(2021, 1, 1)
    assert parse_timing("март", ReportPeriod.full_year(2019)).end == D(2019, 3, 31)


def test_period_words_depend_on_the_period_kind() -> None:
    assert parse_timing("в течение года", Y2020) == whole_period_timing(Y2020)
    assert parse_timing("в течение полугодия", H1) == whole_period_timing(H1)
    assert parse_timing("в течение 9 месяцев", M9) == whole_period_timing(M9)
    with pytest.raises(TimingParseError, match="«в течение квартала»: .*за 2020 год"):
        parse_timing("в течение квартала", Y2020)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("30 февраля", "в феврале 2020 года 29 дней"),
        ("32 января", "в январе 2020 года 31 день"),
        ("31 апреля", "в апреле 2020 года 30 дней"),
        ("28-30 февраля", "30 февраля 2020"),
        ("13.13.2020", "месяца с номером 13 не бывает"),
        ("13 марта – 20 февраля", "окончание (20.02.2020) раньше начала (13.03.2020)"),
        ("31-29 января", "раньше начала"),
        ("апрель – март", "раньше начала"),
        ("5 квартал", "от I до IV"),
        ("III полугодие", "I или II полугодие"),
        ("12", "не указан месяц"),
        ("12 - 13", "после тире не указан месяц"),
        ("20 февраля – март", "начало — день, а окончание — месяц"),
        ("февраль – 13 марта", "начало — месяц, а окончание — день"),
        ("5 фавраля", "«фавраля» не похоже на название месяца"),
        ("по мере необходимости", "напишите дату"),
        ("1 - 2 - 3 марта", "слишком много тире"),
    ],
)
def test_errors_name_the_phrase_and_say_why(phrase: str, reason: str) -> None:
    with pytest.raises(TimingParseError) as info:
        parse_timing(phrase, Q1)
    error = info.value
    assert isinstance(error, ValueError)
    assert error.phrase == phrase
    assert str(error).startswith(f"Не удалось распознать сроки «{phrase}»: ")
    assert reason in str(error)


def test_feb_29_exists_only_in_leap_years() -> None:
    assert parse_timing("29 февраля", Q1).start == D(2020, 2, 29)
    q1_2021 = ReportPeriod.quarter(2021, 1)
    with pytest.raises(TimingParseError, match="«29 февраля 2021 г.» не существует"):
        parse_timing("29 февраля", q1_2021)
    with pytest.raises(TimingParseError, match="«29 февраля -1 марта»"):
        parse_timing("29 февраля -1 марта", q1_2021)


def test_error_message_shows_the_cleaned_phrase_and_keeps_the_original() -> None:
    raw = "[bookmark: _GoBack]30\u00a0февраля"
    with pytest.raises(TimingParseError) as info:
        parse_timing(raw, Q1)
    assert info.value.phrase == raw
    assert "«30 февраля»" in str(info.value)
    assert "bookmark" not in str(info.value)


def test_empty_phrase() -> None:
    with pytest.raises(TimingParseError, match="^Сроки не указаны"):
        parse_timing("  \u00a0 ", Q1)


# --------------------------------------------------------------------------- parse_or_free_text


def test_parse_or_free_text_readable() -> None:
    timing, warning = parse_or_free_text("Январь-март", Q1)
    assert warning is None
    assert timing == month_timing(D(2020, 1, 1), D(2020, 3, 1))


@pytest.mark.parametrize("phrase", ["по мере поступления заявок", "30 февраля", "", "5 квартал"])
def test_parse_or_free_text_never_raises(phrase: str) -> None:
    timing, warning = parse_or_free_text(phrase, Q2)
    assert timing.kind is K.FREE_TEXT
    assert (timing.start, timing.end) == (Q2.start, Q2.end)
    assert timing.text == phrase
    assert timing.phrase() == phrase
    assert warning is not None
    assert f"«{phrase}»" in warning or not phrase
    assert "сохранены как текст" in warning


def test_free_text_keeps_the_cleaned_text() -> None:
    timing, warning = parse_or_free_text("[bookmark: _GoBack] по   мере\nнеобходимости ", Q1)
    assert warning is not None
    assert timing.text == "по мере необходимости"
    assert timing.phrase(capitalize=True) == "По мере необходимости"


# --------------------------------------------------------------------------- clean_phrase


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("[bookmark: _GoBack]29-31 января", "29-31 января"),
        ("  9 марта\n", "9 марта"),
        ("29\u00a0февраля\t-1 марта", "29 февраля -1 марта"),
        ("5\u200b февраля\ufeff", "5 февраля"),
        ("[BOOKMARK: _Hlk123] Ежемесячно", "Ежемесячно"),
        ("20 февраля – 13 марта", "20 февраля – 13 марта"),
    ],
)
def test_clean_phrase(raw: str, clean: str) -> None:
    assert clean_phrase(raw) == clean


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("timing", "inside", "touching", "outside"),
    [
        # a day range in February is inside Q1, H1, 9M and the year
        (day_timing(D(2020, 2, 12), D(2020, 2, 13)), [Q1, H1, M9, Y2020], [], [Q2, Q3, Q4, H2]),
        # across the end of June: touches Q2/Q3 and both halves, inside 9M and the year
        (day_timing(D(2020, 6, 29), D(2020, 7, 2)), [M9, Y2020], [Q2, Q3, H1, H2], [Q1, Q4]),
        # across the end of September: out of the nine months
        (day_timing(D(2020, 9, 30), D(2020, 10, 1)), [Y2020, H2], [Q3, Q4, M9], [Q1, Q2, H1]),
        (quarter_timing(2020, 3), [Q3, H2, M9, Y2020], [], [Q1, Q2, Q4, H1]),
        (month_timing(D(2020, 3, 5), D(2020, 4, 5)), [H1, M9, Y2020], [Q1, Q2], [Q3, Q4, H2]),
        (day_timing(D(2019, 12, 31)), [], [], [Q1, H1, M9, Y2020, Q4]),
        (day_timing(D(2019, 12, 30), D(2020, 1, 2)), [], [Q1, H1, M9, Y2020], [Q2, H2]),
    ],
)
def test_falls_within_and_overlaps(
    timing: Timing,
    inside: list[ReportPeriod],
    touching: list[ReportPeriod],
    outside: list[ReportPeriod],
) -> None:
    for period in inside:
        assert timing.falls_within(period), period
        assert timing.overlaps(period), period
    for period in touching:
        assert not timing.falls_within(period), period
        assert timing.overlaps(period), period
    for period in outside:
        assert not timing.falls_within(period), period
        assert not timing.overlaps(period), period


def test_third_quarter_phrase_in_first_quarter_report() -> None:
    timing = parse_timing("3 квартал", Q1)
    assert timing.kind is K.QUARTER
    assert not timing.falls_within(Q1)
    assert not timing.overlaps(Q1)
    assert timing.falls_within(M9)
    assert not timing.falls_within(H1)


def test_period_bound_kinds_take_the_periods_bounds() -> None:
    for phrase in ("В течение всего периода", "Ежемесячно", "еженедельно"):
        for period in (Q3, H2, M9, Y2020):
            timing = parse_timing(phrase, period)
            assert (timing.start, timing.end) == (period.start, period.end)
            assert timing.falls_within(period)
            assert timing.bound_to_period
    assert not parse_timing("5 февраля", Q1).bound_to_period


def test_for_period_moves_only_period_bound_kinds() -> None:
    whole = parse_timing("в течение всего периода", Q1)
    assert whole.for_period(Q2) == whole_period_timing(Q2)
    free = free_text_timing("по заявкам", Q1)
    assert free.for_period(Q2) == Timing(K.FREE_TEXT, Q2.start, Q2.end, "по заявкам")
    day = day_timing(D(2020, 2, 5))
    assert day.for_period(Q2) is day


# --------------------------------------------------------------------------- canonical spelling


@pytest.mark.parametrize(
    ("timing", "canonical", "capitalized"),
    [
        (day_timing(D(2020, 2, 5)), "5 февраля", "5 февраля"),
        (day_timing(D(2020, 1, 29), D(2020, 1, 31)), "29\u201331 января", "29\u201331 января"),
        (
            day_timing(D(2020, 2, 29), D(2020, 3, 1)),
            "29 февраля \u2013 1 марта",
            "29 февраля \u2013 1 марта",
        ),
        (month_timing(D(2020, 1, 15)), "январь", "Январь"),
        (month_timing(D(2020, 1, 15), D(2020, 3, 2)), "январь \u2013 март", "Январь \u2013 март"),
        (quarter_timing(2020, 1), "I квартал", "I квартал"),
        (quarter_timing(2020, 4), "IV квартал", "IV квартал"),
        (whole_period_timing(Q1), "в течение всего периода", "В течение всего периода"),
        (monthly_timing(Q1), "ежемесячно", "Ежемесячно"),
        (weekly_timing(Q1), "еженедельно", "Еженедельно"),
    ],
)
def test_canonical_phrases(timing: Timing, canonical: str, capitalized: str) -> None:
    assert timing.phrase() == canonical
    assert str(timing) == canonical
    assert timing.phrase(capitalize=True) == capitalized
    period = Q4 if timing.kind is K.QUARTER and timing.start.month == 10 else Q1
    assert parse_timing(canonical, period).for_period(Q1) == timing
    assert parse_timing(capitalized, period).for_period(Q1) == timing


@pytest.mark.parametrize(
    ("timing", "with_year"),
    [
        (day_timing(D(2020, 2, 5)), "5 февраля 2020 г."),
        (day_timing(D(2020, 1, 29), D(2020, 1, 31)), "29\u201331 января 2020 г."),
        (day_timing(D(2020, 2, 29), D(2020, 3, 1)), "29 февраля \u2013 1 марта 2020 г."),
        (month_timing(D(2020, 1, 15)), "январь 2020 г."),
        (month_timing(D(2020, 1, 15), D(2020, 3, 2)), "январь \u2013 март 2020 г."),
        (quarter_timing(2020, 1), "I квартал 2020 г."),
    ],
)
def test_phrase_with_year(timing: Timing, with_year: str) -> None:
    assert timing.phrase(with_year=True) == with_year
    # A period of another year makes the year necessary.
    assert timing.phrase(ReportPeriod.quarter(2021, 1)) == with_year
    assert timing.phrase(Q1) == timing.phrase()
    assert parse_timing(with_year, ReportPeriod.quarter(2023, 2)) == timing


# --------------------------------------------------------------------------- constructors


def test_day_timing() -> None:
    assert day_timing(D(2020, 2, 5)).kind is K.DAY
    assert day_timing(D(2020, 2, 5), D(2020, 2, 5)).kind is K.DAY
    swapped = day_timing(D(2020, 2, 7), D(2020, 2, 5))
    assert (swapped.kind, swapped.start, swapped.end) == (K.DAY_RANGE, D(2020, 2, 5), D(2020, 2, 7))


def test_month_timing_takes_any_day_of_the_month() -> None:
    feb = month_timing(D(2020, 2, 17))
    assert (feb.kind, feb.start, feb.end) == (K.MONTH, D(2020, 2, 1), D(2020, 2, 29))
    rng = month_timing(D(2020, 5, 31), D(2020, 2, 3))
    assert (rng.kind, rng.start, rng.end) == (K.MONTH_RANGE, D(2020, 2, 1), D(2020, 5, 31))


def test_quarter_timing_validates() -> None:
    assert quarter_timing(2021, 2) == Timing(K.QUARTER, D(2021, 4, 1), D(2021, 6, 30))
    with pytest.raises(ValueError, match="от 1 до 4"):
        quarter_timing(2021, 5)


@pytest.mark.parametrize(
    ("start", "end", "kind"),
    [
        (D(2020, 1, 1), D(2020, 3, 31), K.QUARTER),
        (D(2020, 4, 1), D(2020, 4, 30), K.MONTH),
        (D(2020, 1, 1), D(2020, 2, 29), K.MONTH_RANGE),
        (D(2020, 1, 1), D(2020, 6, 30), K.MONTH_RANGE),
        (D(2020, 2, 5), None, K.DAY),
        (D(2020, 2, 5), D(2020, 2, 28), K.DAY_RANGE),
        (D(2020, 2, 2), D(2020, 3, 31), K.DAY_RANGE),
    ],
)
def test_span_timing_picks_the_natural_kind(
    start: date, end: date | None, kind: TimingKind
) -> None:
    timing = span_timing(start, end)
    assert timing.kind is kind
    assert timing.start == start
    assert timing.end == (end or start)


@pytest.mark.parametrize(
    ("kind", "start", "end", "message"),
    [
        (K.DAY_RANGE, D(2020, 2, 5), D(2020, 2, 4), "раньше начала"),
        (K.DAY, D(2020, 2, 5), D(2020, 2, 6), "в один день"),
        (K.DAY_RANGE, D(2020, 2, 5), D(2020, 2, 5), "больше одного дня"),
        (K.MONTH, D(2020, 2, 2), D(2020, 2, 29), "месяцы целиком"),
        (K.MONTH, D(2020, 2, 1), D(2020, 3, 31), "ровно один месяц"),
        (K.MONTH_RANGE, D(2020, 2, 1), D(2020, 2, 29), "больше одного месяца"),
        (K.QUARTER, D(2020, 1, 1), D(2020, 2, 29), "квартал целиком"),
        ("week", D(2020, 1, 1), D(2020, 1, 7), "Неизвестный вид сроков"),
    ],
)
def test_inconsistent_timings_are_rejected(
    kind: TimingKind, start: date, end: date, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Timing(kind, start, end)


def test_kind_from_storage_string_and_text_only_for_free_text() -> None:
    timing = Timing("day", D(2020, 2, 5), D(2020, 2, 5), text="5 февраля")  # type: ignore[arg-type]
    assert timing.kind is K.DAY
    assert timing == day_timing(D(2020, 2, 5))
    assert timing.text == ""


# --------------------------------------------------------------------------- properties

DAYS_2020 = st.dates(min_value=D(2020, 1, 1), max_value=D(2020, 12, 31))


@given(DAYS_2020, st.integers(min_value=0, max_value=120))
def test_day_ranges_round_trip(start: date, length: int) -> None:
    end = min(start + timedelta(days=length), D(2020, 12, 31))
    timing = day_timing(start, end)
    period = ReportPeriod.quarter_of(start)
    assert parse_timing(timing.phrase(), period) == timing
    assert parse_timing(timing.phrase(capitalize=True), Y2020) == timing
    assert parse_timing(timing.phrase(with_year=True), ReportPeriod.quarter(2031, 1)) == timing
    assert timing.falls_within(Y2020)
    assert timing.falls_within(period) == (end <= period.end)


@given(DAYS_2020, DAYS_2020)
def test_month_ranges_round_trip(a: date, b: date) -> None:
    timing = month_timing(a, b)
    assert parse_timing(timing.phrase(), Q3) == timing
    assert timing.start.day == 1
    assert (timing.end + timedelta(days=1)).day == 1


@given(
    st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)),
    st.integers(min_value=0, max_value=400),
)
def test_any_span_round_trips_with_its_period(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    timing = span_timing(start, end)
    period = ReportPeriod.quarter_of(start)
    assert parse_timing(timing.phrase(period), period) == timing


@given(DAYS_2020, st.sampled_from(["-", "–", "—", " - ", " – ", "- ", " -"]), st.booleans())
def test_sloppy_spelling_of_day_ranges(start: date, dash: str, zero: bool) -> None:
    end = start + timedelta(days=3)
    assume(end.year == 2020)

    def day(d: date) -> str:
        return f"{d.day:02d}" if zero else str(d.day)

    if start.month == end.month:
        text = f"{day(start)}{dash}{day(end)} {MONTHS_GENITIVE[end.month].upper()}"
    else:
        text = f"{day(start)} {MONTHS_GENITIVE[start.month]}{dash}{day(end)} {MONTHS_GENITIVE[end.month]}."
    assert parse_timing(text, Y2020) == day_timing(start, end)
