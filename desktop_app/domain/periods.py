"""Report periods: a quarter, a half-year, nine months or a whole year.

A report is always made «за» a period of one calendar year: «за I квартал
2020 года», «за I полугодие 2020 года», «за 9 месяцев 2020 года», «за 2020
год». Half-years and nine months count from January (cumulative reports),
except that the second half-year is July–December.

Plain data: no Qt, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.russian import (
    normalize_dashes,
    normalize_spaces,
    ordinal_from_word,
    to_roman,
)

__all__ = ["PeriodKind", "PeriodParseError", "ReportPeriod", "parse_period"]

MIN_YEAR = 1900
MAX_YEAR = 2200


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF_YEAR = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"


_MAX_NUMBER = {PeriodKind.QUARTER: 4, PeriodKind.HALF_YEAR: 2}


class PeriodParseError(ValueError):
    """A title or file name in which no report period could be found."""

    def __init__(self, text: str, reason: str = "") -> None:
        self.text = text
        shown = normalize_spaces(text)
        if len(shown) > 120:
            shown = shown[:117] + "…"
        hint = (
            (reason[:1].lower() + reason[1:])
            if reason
            else (
                "укажите период так, как в заголовке отчета: «за I квартал 2020 года», "
                "«за I полугодие 2020 года», «за 9 месяцев 2020 года» или «за 2020 год»"
            )
        )
        super().__init__(f"Не удалось определить отчетный период в тексте «{shown}»: {hint}.")


@dataclass(frozen=True)
class ReportPeriod:
    """A report period. ``number`` is the quarter (1–4) or half-year (1–2).

    For nine months and a year ``number`` means nothing and is stored as 1,
    so that ``ReportPeriod(2020, PeriodKind.YEAR, 3) == ReportPeriod(2020, PeriodKind.YEAR)``.
    ``kind`` may be given as its string value (``"quarter"``), as storage keeps it.
    """

    year: int
    kind: PeriodKind = PeriodKind.QUARTER
    number: int = 1

    def __post_init__(self) -> None:
        try:
            kind = PeriodKind(self.kind)
        except ValueError:
            known = ", ".join(k.value for k in PeriodKind)
            raise ValueError(
                f"Неизвестный вид отчетного периода {self.kind!r}: ожидается один из {known}"
            ) from None
        object.__setattr__(self, "kind", kind)
        if isinstance(self.year, bool) or not isinstance(self.year, int):
            raise ValueError(f"Год отчетного периода должен быть целым числом, а не {self.year!r}")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(
                f"Год отчетного периода {self.year} вне допустимых пределов "
                f"({MIN_YEAR}–{MAX_YEAR}): проверьте год"
            )
        if kind in _MAX_NUMBER:
            top = _MAX_NUMBER[kind]
            if isinstance(self.number, bool) or not isinstance(self.number, int):
                raise ValueError(f"Номер периода должен быть целым числом, а не {self.number!r}")
            if not 1 <= self.number <= top:
                what = "квартала" if kind is PeriodKind.QUARTER else "полугодия"
                raise ValueError(f"Номер {what} должен быть от 1 до {top}, а не {self.number}")
        else:
            object.__setattr__(self, "number", 1)

    # --- constructors -------------------------------------------------------

    @classmethod
    def quarter(cls, year: int, q: int) -> ReportPeriod:
        return cls(year, PeriodKind.QUARTER, q)

    @classmethod
    def half_year(cls, year: int, half: int) -> ReportPeriod:
        return cls(year, PeriodKind.HALF_YEAR, half)

    @classmethod
    def nine_months(cls, year: int) -> ReportPeriod:
        return cls(year, PeriodKind.NINE_MONTHS)

    @classmethod
    def full_year(cls, year: int) -> ReportPeriod:
        return cls(year, PeriodKind.YEAR)

    @classmethod
    def quarter_of(cls, day: date) -> ReportPeriod:
        """The quarter that contains ``day``."""
        return cls.quarter(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def from_short_code(cls, code: str) -> ReportPeriod:
        """The inverse of :attr:`short_code`: ``"2020_Q1"``, ``"2020_H2"``, ``"2020_9M"``, ``"2020"``."""
        match = re.fullmatch(r"(\d{4})(?:[_\- ]?(Q[1-4]|H[12]|9M))?", code.strip().upper())
        if not match:
            raise PeriodParseError(
                code, "ожидается код вида «2020_Q1», «2020_H1», «2020_9M» или «2020»"
            )
        year, suffix = int(match.group(1)), match.group(2)
        try:
            if suffix is None:
                return cls.full_year(year)
            if suffix == "9M":
                return cls.nine_months(year)
            if suffix[0] == "Q":
                return cls.quarter(year, int(suffix[1]))
            return cls.half_year(year, int(suffix[1]))
        except ValueError as exc:
            raise PeriodParseError(code, str(exc)) from None

    # --- bounds ---------------------------------------------------------------

    @property
    def first_month(self) -> int:
        if self.kind is PeriodKind.QUARTER:
            return 3 * (self.number - 1) + 1
        if self.kind is PeriodKind.HALF_YEAR:
            return 6 * (self.number - 1) + 1
        return 1

    @property
    def last_month(self) -> int:
        if self.kind is PeriodKind.QUARTER:
            return 3 * self.number
        if self.kind is PeriodKind.HALF_YEAR:
            return 6 * self.number
        if self.kind is PeriodKind.NINE_MONTHS:
            return 9
        return 12

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        """The last day of the period (inclusive)."""
        # The day before the next month's first: no calendar module (and the locale it
        # imports) on the window's way to its first paint.
        month = self.last_month
        return date(self.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def quarters(self) -> list[ReportPeriod]:
        """The quarters the period is made of, in order."""
        first = (self.first_month - 1) // 3 + 1
        last = self.last_month // 3
        return [ReportPeriod.quarter(self.year, q) for q in range(first, last + 1)]

    # --- words ----------------------------------------------------------------

    @property
    def section_title(self) -> str:
        """The first section row of the report table: «I квартал», «9 месяцев», «2020 год»."""
        if self.kind is PeriodKind.QUARTER:
            return f"{to_roman(self.number)} квартал"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"{to_roman(self.number)} полугодие"
        if self.kind is PeriodKind.NINE_MONTHS:
            return "9 месяцев"
        return f"{self.year} год"

    @property
    def title(self) -> str:
        """The words after the report title: «за I квартал 2020 года», «за 2020 год»."""
        if self.kind is PeriodKind.YEAR:
            return f"за {self.year} год"
        return f"за {self.section_title} {self.year} года"

    @property
    def short_code(self) -> str:
        """For file names: ``"2020_Q1"``, ``"2020_H1"``, ``"2020_9M"``, ``"2020"``."""
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}_Q{self.number}"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"{self.year}_H{self.number}"
        if self.kind is PeriodKind.NINE_MONTHS:
            return f"{self.year}_9M"
        return str(self.year)

    def __str__(self) -> str:
        return self.title


# Patterns over the normalised (lower-case, «ё» → «е», dashes → «-») text.
_NUM = r"(?P<n>\d|[ivxіх]{1,4}|перв\w*|втор\w*|трет\w*|четверт\w*)(?:\s*-?\s*(?:ый|ий|ой|й|е|ое|го|ого))?"
_YEAR = r"(?P<y>\d{4})(?!\d)"
_QUARTER_RE = re.compile(rf"(?<!\w){_NUM}\s*(?:квартал\w*|кв\b\.?)\s*{_YEAR}")
_HALF_RE = re.compile(rf"(?<!\w){_NUM}\s*полугод\w*\s*{_YEAR}")
_NINE_RE = re.compile(rf"(?<!\w)(?:9|девят\w*)\s*(?:-?\s*ти\s*)?месяц\w*\s*{_YEAR}")
_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}\s*(?:год\w*|г\b\.?)")


def _normalize(text: str) -> str:
    return normalize_spaces(normalize_dashes(text).lower().replace("ё", "е"))


def parse_period(text: str) -> ReportPeriod:
    """The report period named in a title or a file name.

    Reads «Отчет … за I квартал 2020 года», «за 1-й квартал 2020 г.», «за 9
    месяцев 2020 г.», «за 1 полугодие 2021 года», «за 2020 год», and the
    short codes of :attr:`ReportPeriod.short_code` («2020_Q1»). Raises
    :class:`PeriodParseError` with a message naming the text.
    """
    s = _normalize(text)
    if re.fullmatch(r"\d{4}(?:[_\- ]?(?:q[1-4]|h[12]|9m))?", s):
        return ReportPeriod.from_short_code(s)
    # Prefer what follows the last «за» (the title proper) when there is one.
    candidates = [s]
    at = s.rfind("за ")
    if at >= 0:
        candidates.insert(0, s[at:])
    for part in candidates:
        for pattern, kind in (
            (_QUARTER_RE, PeriodKind.QUARTER),
            (_HALF_RE, PeriodKind.HALF_YEAR),
            (_NINE_RE, PeriodKind.NINE_MONTHS),
            (_YEAR_RE, PeriodKind.YEAR),
        ):
            match = pattern.search(part)
            if not match:
                continue
            year = int(match.group("y"))
            number = 1
            if kind in _MAX_NUMBER:
                parsed = ordinal_from_word(match.group("n"))
                if parsed is None:
                    raise PeriodParseError(text, f"непонятный номер периода «{match.group('n')}»")
                number = parsed
            try:
                return ReportPeriod(year, kind, number)
            except ValueError as exc:
                raise PeriodParseError(text, str(exc)) from None
    raise PeriodParseError(text)
