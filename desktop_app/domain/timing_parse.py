"""Reading «Сроки» phrases into :class:`~desktop_app.domain.timing_value.Timing`.

A clerk types the dates of an event as a Russian phrase — «5 февраля»,
«29-31 января», «20 февраля – 13 марта», «Январь-март», «1 квартал», «В
течение всего периода», «Ежемесячно». :func:`parse_timing` reads such a
phrase against the report period (which supplies the year); tolerant of how
people type (case, dashes, Word debris), it accepts far more spellings than
the one canonical phrase :meth:`Timing.phrase` writes back.

Plain functions: no Qt, no I/O.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.periods import PeriodKind, ReportPeriod
from desktop_app.domain.russian import (
    MONTHS_GENITIVE,
    MONTHS_PREPOSITIONAL,
    month_from_word,
    normalize_dashes,
    normalize_spaces,
    ordinal_from_word,
)
from desktop_app.domain.timing_value import (
    Timing,
    TimingKind,
    clean_phrase,
    day_timing,
    free_text_timing,
    month_end,
    month_timing,
    monthly_timing,
    quarter_timing,
    weekly_timing,
    whole_period_timing,
)

__all__ = ["TimingParseError", "parse_or_free_text", "parse_timing"]


class TimingParseError(ValueError):
    """A «Сроки» phrase that could not be understood.

    ``phrase`` is the text as given, ``reason`` the plain-Russian explanation;
    ``str()`` reads «Не удалось распознать сроки «…»: <reason>». ``missing_date``
    is (year, month, day) when the phrase is readable but names a day the
    calendar does not have («29 февраля» of 2021), so a window can say just that.
    """

    def __init__(self, phrase: str, reason: str,
                 missing_date: tuple[int, int, int] | None = None) -> None:
        self.phrase = phrase
        self.reason = reason
        self.missing_date = missing_date
        shown = clean_phrase(phrase)
        if shown:
            message = f"Не удалось распознать сроки «{shown}»: {reason}"
        else:
            message = f"Сроки не указаны: {reason}"
        super().__init__(message)


# --- parsing ----------------------------------------------------------------------

_EXAMPLES = (
    "напишите дату («5 февраля»), дни («29–31 января», «20 февраля – 13 марта»), "
    "месяц («март», «январь – март»), квартал («I квартал») или "
    "«в течение всего периода», «ежемесячно», «еженедельно»"
)

_MONTHLY_RE = re.compile(r"(?:ежемесячн\w*|каждый месяц)")
_WEEKLY_RE = re.compile(r"(?:еженедельн\w*|каждую неделю)")
_CONSTANT_RE = re.compile(r"(?:постоянно|в течение всего времени|ежеквартальн\w*)")
# A plan's deadline («до 31.03.2021», «не позднее 15 марта») is read as that day.
_DEADLINE_RE = re.compile(r"^(?:до|не позднее|не позже|в срок до)\s+(?=\d)")
# «в течение всего периода», «весь отчетный период», «в течение квартала», «в течение года».
_WHOLE_RE = re.compile(
    r"(?:(?:в течение|на протяжении|за|в)\s+)?(?:(?:весь|всего|все|целый|целого)\s+)?"
    r"(?:отчетн\w*\s+)?"
    r"(?P<w>период\w*|квартал\w*|полугоди\w*|год\w*|(?:9|девят\w*) месяц\w*)"
)
_QUARTER_RE = re.compile(
    r"(?P<n>\d|[ivxіх]{1,4}|перв\w*|втор\w*|трет\w*|четверт\w*) ?(?:квартал\w*|кв)\.?"
    r"(?: (?P<y>\d{4}))?"
)
_HALF_RE = re.compile(r"(?P<n>\d|[ivxіх]{1,4}|перв\w*|втор\w*) ?(?:полугоди\w*)(?: (?P<y>\d{4}))?")
_YEAR_ONLY_RE = re.compile(r"(?P<y>\d{4})")
_PREFIX_RE = re.compile(r"^(?:в течение|на протяжении|в|во)\s+")

_BARE_DAY_RE = re.compile(r"(?P<d>\d{1,2})")
_TEXT_DAY_RE = re.compile(r"(?P<d>\d{1,2}) ?(?P<m>[а-я]+)\.?(?: (?P<y>\d{4}))?")
_NUM_DAY_RE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4}|\d{2}))?\.?")
_TEXT_MONTH_RE = re.compile(r"(?P<m>[а-я]+)\.?(?: (?P<y>\d{4}))?")
_NUM_MONTH_RE = re.compile(r"(?P<m>\d{1,2})\.(?P<y>\d{4})")

_PERIOD_WORDS: tuple[tuple[str, PeriodKind, str], ...] = (
    ("квартал", PeriodKind.QUARTER, "квартала"),
    ("полугоди", PeriodKind.HALF_YEAR, "полугодия"),
    ("год", PeriodKind.YEAR, "года"),
)


def _normalize(phrase: str) -> str:
    """Lower case, «ё» → «е», one kind of dash, no year words, spaces tidied."""
    s = clean_phrase(phrase).lower().replace("ё", "е")
    s = normalize_dashes(s)
    s = s.replace("«", "").replace("»", "").replace('"', "")
    # ISO dates and slashes become day.month.year.
    s = re.sub(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", r"\3.\2.\1", s)
    s = re.sub(r"(?<!\d)(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?!\d)", _slash_to_dots, s)
    # «2020 г.», «2020 года», «2020г» → «2020».
    s = re.sub(r"(?<!\d)(\d{4})\s*(?:гг|г|года|году|год)(?!\w)\.?", r"\1", s)
    # Ordinal endings: «1-й», «1-ый», «1-е» → «1».
    s = re.sub(
        r"(?<![\w.])(\d{1,2}|[ivxіх]{1,4})\s*-\s*(?:ый|ий|ой|й|е|ое|го|ого|м|ом)(?!\w)", r"\1", s
    )
    s = re.sub(r"\s*-\s*", " - ", s)
    s = re.sub(r"\s*,\s*$", "", s)
    s = normalize_spaces(s)
    return s.strip(" .,;:")


def _slash_to_dots(match: re.Match[str]) -> str:
    day, month, year = match.group(1), match.group(2), match.group(3)
    return f"{day}.{month}" + (f".{year}" if year else "")


@dataclass
class _End:
    """One side of a range as read: a day, a month, or a bare day number."""

    day: int | None
    month: int | None
    year: int | None

    @property
    def is_month(self) -> bool:
        return self.day is None

    @property
    def is_bare(self) -> bool:
        return self.month is None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _read_end(text: str, phrase: str) -> _End:
    text = text.strip()
    if m := _BARE_DAY_RE.fullmatch(text):
        return _End(int(m["d"]), None, None)
    if m := _NUM_DAY_RE.fullmatch(text):
        return _End(int(m["d"]), _month_number(m["m"], phrase), _year(m["y"]))
    if m := _NUM_MONTH_RE.fullmatch(text):
        return _End(None, _month_number(m["m"], phrase), int(m["y"]))
    if m := _TEXT_DAY_RE.fullmatch(text):
        return _End(int(m["d"]), _month_word(m["m"], phrase), _year(m["y"]))
    if m := _TEXT_MONTH_RE.fullmatch(text):
        return _End(None, _month_word(m["m"], phrase), _year(m["y"]))
    raise TimingParseError(phrase, _EXAMPLES)


def _month_number(text: str, phrase: str) -> int:
    month = int(text)
    if not 1 <= month <= 12:
        raise TimingParseError(phrase, f"месяца с номером {month} не бывает — проверьте дату")
    return month


def _month_word(word: str, phrase: str) -> int:
    month = month_from_word(word)
    if month is None:
        raise TimingParseError(phrase, f"слово «{word}» не похоже на название месяца; {_EXAMPLES}")
    return month


def _make_date(year: int, month: int, day: int, phrase: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        last = calendar.monthrange(year, month)[1]
        raise TimingParseError(
            phrase,
            f"даты «{day} {MONTHS_GENITIVE[month]} {year} г.» не существует: "
            f"в {MONTHS_PREPOSITIONAL[month]} {year} года {last} {_days_word(last)} — проверьте число",
            missing_date=(year, month, day),
        ) from None


def _days_word(count: int) -> str:
    if count % 10 == 1 and count % 100 != 11:
        return "день"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "дня"
    return "дней"


def _fill_years(first: _End, last: _End, default: int) -> tuple[int, int]:
    """Years for both sides: explicit ones, else each other's, else the period's."""
    if first.year is not None and last.year is not None:
        return first.year, last.year
    if first.year is None and last.year is None:
        return default, default
    if first.year is None:
        assert last.year is not None
        later = (first.month or 0, first.day or 0) > (last.month or 0, last.day or 0)
        return (last.year - 1 if later else last.year), last.year
    assert first.year is not None
    earlier = (last.month or 0, last.day or 0) < (first.month or 0, first.day or 0)
    return first.year, (first.year + 1 if earlier else first.year)


def _check_order(start: date, end: date, phrase: str) -> None:
    if end < start:
        raise TimingParseError(
            phrase,
            f"окончание ({end:%d.%m.%Y}) раньше начала ({start:%d.%m.%Y}) — проверьте порядок дат",
        )


def _period_word(word: str, period: ReportPeriod, phrase: str) -> Timing:
    """«в течение квартала / полугодия / года / 9 месяцев»."""
    if word.startswith("период"):
        return whole_period_timing(period)
    if re.match(r"(?:9|девят)", word):
        kind, genitive = PeriodKind.NINE_MONTHS, "9 месяцев"
    else:
        kind, genitive = next((k, g) for stem, k, g in _PERIOD_WORDS if word.startswith(stem))
    if period.kind is kind:
        return whole_period_timing(period)
    if kind is PeriodKind.YEAR:
        return Timing(TimingKind.MONTH_RANGE, date(period.year, 1, 1), date(period.year, 12, 31))
    raise TimingParseError(
        phrase,
        f"отчет составляется {period.title}, и неясно, какой период означает "
        f"«в течение {genitive}» — укажите его, например «I квартал» или «январь – июнь»",
    )


def parse_timing(phrase: str, period: ReportPeriod) -> Timing:
    """Reads a «Сроки» phrase; the year comes from ``period`` unless the phrase gives one.

    Case, dashes (hyphen, en dash, em dash, minus; with or without spaces),
    leading zeros, trailing dots, «г.»/«года», non-breaking spaces and Word
    debris do not matter. Understood forms (examples):

    * «5 февраля», «05.02.2020», «5 февраля 2020 г.» — DAY;
    * «29-31 января», «с 29 по 31 января», «29 февраля -01 марта»,
      «20.02.2020 – 13.03.2020», «20.02–13.03» — DAY_RANGE (DAY when both ends are one day);
    * «март», «в марте», «в течение марта» — MONTH;
    * «Январь-март», «с января по март» — MONTH_RANGE;
    * «1 квартал», «I квартал», «1-й квартал», «в I квартале» — QUARTER;
    * «в течение всего периода», «весь период», «постоянно», and «в течение
      квартала» in a quarterly report — WHOLE_PERIOD;
    * «ежемесячно» — MONTHLY; «еженедельно» — WEEKLY.

    Also «I полугодие» (MONTH_RANGE January–June). A date that does not exist
    («30 февраля», «29 февраля» of 2021) or a range that ends before it starts
    raises :class:`TimingParseError`, as does anything unreadable.
    """
    s = _normalize(phrase)
    if not s:
        raise TimingParseError(phrase, _EXAMPLES)
    if _MONTHLY_RE.fullmatch(s):
        return monthly_timing(period)
    if _WEEKLY_RE.fullmatch(s):
        return weekly_timing(period)
    if _CONSTANT_RE.fullmatch(s):
        return whole_period_timing(period)
    if m := _WHOLE_RE.fullmatch(s):
        return _period_word(m["w"], period, phrase)

    s = _PREFIX_RE.sub("", s)
    s = _DEADLINE_RE.sub("", s)

    if m := _QUARTER_RE.fullmatch(s):
        number = ordinal_from_word(m["n"])
        if number is None or not 1 <= number <= 4:
            raise TimingParseError(
                phrase, f"квартала «{m['n']}» не бывает — укажите квартал от I до IV"
            )
        return quarter_timing(_year(m["y"]) or period.year, number)
    if m := _HALF_RE.fullmatch(s):
        number = ordinal_from_word(m["n"])
        if number is None or not 1 <= number <= 2:
            raise TimingParseError(
                phrase, f"полугодия «{m['n']}» не бывает — укажите I или II полугодие"
            )
        half = ReportPeriod.half_year(_year(m["y"]) or period.year, number)
        return Timing(TimingKind.MONTH_RANGE, half.start, half.end)
    if m := _YEAR_ONLY_RE.fullmatch(s):
        year = int(m["y"])
        if period.kind is PeriodKind.YEAR and period.year == year:
            return whole_period_timing(period)
        return Timing(TimingKind.MONTH_RANGE, date(year, 1, 1), date(year, 12, 31))

    parts = re.split(r" - | по | до ", s)
    if len(parts) > 2:
        raise TimingParseError(phrase, f"слишком много тире; {_EXAMPLES}")
    if len(parts) == 1:
        end = _read_end(parts[0], phrase)
        if end.is_bare:
            raise TimingParseError(phrase, "не указан месяц — напишите, например, «5 февраля»")
        year = end.year if end.year is not None else period.year
        assert end.month is not None
        if end.is_month:
            return month_timing(date(year, end.month, 1))
        assert end.day is not None
        return day_timing(_make_date(year, end.month, end.day, phrase))

    left_text = re.sub(r"^(?:с|со|от)\s+", "", parts[0])
    first = _read_end(left_text, phrase)
    last = _read_end(parts[1], phrase)
    if last.is_bare:
        raise TimingParseError(
            phrase, "после тире не указан месяц — напишите, например, «29–31 января»"
        )
    assert last.month is not None
    if last.is_month:
        if not first.is_month:
            raise TimingParseError(
                phrase,
                "начало — день, а окончание — месяц; напишите оба конца одинаково: "
                "«20 февраля – 13 марта» или «февраль – март»",
            )
        assert first.month is not None
        first_year, last_year = _fill_years(first, last, period.year)
        start = date(first_year, first.month, 1)
        end = month_end(last_year, last.month)
        _check_order(start, end, phrase)
        return month_timing(start, end)
    if first.is_month:
        raise TimingParseError(
            phrase,
            "начало — месяц, а окончание — день; напишите оба конца одинаково: "
            "«20 февраля – 13 марта» или «февраль – март»",
        )
    if first.is_bare:
        first = _End(first.day, last.month, first.year if first.year is not None else last.year)
    assert first.month is not None and first.day is not None and last.day is not None
    first_year, last_year = _fill_years(first, last, period.year)
    start = _make_date(first_year, first.month, first.day, phrase)
    end = _make_date(last_year, last.month, last.day, phrase)
    _check_order(start, end, phrase)
    return day_timing(start, end)


def parse_or_free_text(phrase: str, period: ReportPeriod) -> tuple[Timing, str | None]:
    """Like :func:`parse_timing`, but never raises.

    An unreadable phrase becomes a FREE_TEXT timing over the whole period,
    returned with the warning to show the user; a readable one comes with
    ``None``.
    """
    try:
        return parse_timing(phrase, period), None
    except TimingParseError as exc:
        warning = (
            f"{exc}. Сроки сохранены как текст и считаются относящимися ко всему отчетному периоду."
        )
        return free_text_timing(phrase, period), warning
