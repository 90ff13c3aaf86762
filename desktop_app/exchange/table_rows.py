"""From a report table's grid of cells to numbered rows: the shape both readers share.

The DOCX and XLSX readers only turn their format into :class:`GridCell` rows;
everything about the report's shape is decided here, once: which row is the
header, the row of column numbers, the section rows (period, department),
merged or blank agreement cells meaning "the same as above", several
agreements in one cell, and the text clean-up («[bookmark…]» debris, runs of
spaces). One numbered row is one :class:`ReportRow`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..domain.matching import match_key
from ..domain.periods import ReportPeriod
from ..domain.timing import clean_phrase

FIELDS = ("number", "agreements", "title", "timing", "place", "participants", "result", "note")
REQUIRED = ("number", "agreements", "title", "timing")
MAX_TEXT = 100_000  # characters in one cell (safety.MAX_TEXT); the reference's longest is ~2,000

# Checked in this order: the later headers' words also occur in earlier ones
# («Примечание (причины невыполнения запланированных мероприятий)»).
_HEADER_WORDS = (
    ("number", ("п/п", "no", "№")),  # match_key turns «№» into «no»
    ("note", ("примечани",)),
    ("result", ("содержани", "результат")),
    ("participants", ("участник",)),
    ("place", ("место",)),
    ("timing", ("срок", "дата")),
    ("title", ("наименовани", "мероприяти")),
    ("agreements", ("соглашени",)),
)

_NUMBER_RE = re.compile(r"^\s*(\d{1,6})\s*[.)]?\s*$")
_PERIOD_SECTION_RE = re.compile(
    r"квартал|полугоди|месяц|^\s*\d{4}\s*(год|г\.?)\s*$|^\s*(за\s+)?\d{4}", re.IGNORECASE
)
_ORG_WORDS_RE = re.compile(
    r"департамент|управлени|комитет|министерств|аппарат|инспекци|агентств|служб", re.IGNORECASE
)
_AGREEMENT_START_RE = re.compile(
    r"^(?:(?:дву|тре|трё|четыре)хсторонн\w+\s+)?(?:соглашени|договор|меморандум|протокол)",
    re.IGNORECASE,
)


@dataclass(slots=True)  # tens of thousands per long table: slots make them cheaper to build
class GridCell:
    """One cell as a reader found it: its lines, where it sits, how it is merged."""

    lines: list[str]
    col: int
    span: int = 1
    continues_above: bool = False  # the lower part of a vertically merged cell


@dataclass
class ReportRow:
    """One numbered row of a report, in the report's own words."""

    location: str
    section: str
    department: str
    number: int
    agreements: list[str]
    title: str
    timing: str
    place: str
    participants: str
    result: str
    note: str
    agreements_from_above: bool = False
    repeat_agreement: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReportTable:
    """What a reader found in one file."""

    title: str
    period: ReportPeriod | None
    rows: list[ReportRow]
    warnings: list[str] = field(default_factory=list)


class TableShapeError(ValueError):
    """The table is not a report table; the message says why, in Russian."""


# Anything clean_phrase would change: debris, runs of spaces, other white space,
# invisible characters, spaces at the ends. Most lines have none (the fast path).
_NEEDS_CLEANING = re.compile(
    r"\[|\s\s|[^\S ]|[\u00a0\u2007\u202f\u2000-\u200d\u3000\u00ad\u2060\ufeff]|^ | $"
)


def clean_line(line: str) -> str:
    return clean_phrase(line) if _NEEDS_CLEANING.search(line) else line


# The same test over a whole cell at once, its lines joined by NUL (never in XML
# text, and not white space): a character clean_phrase would change — «[» of
# debris, invisible characters, any white space but the plain space (the class
# is exactly str.isspace() minus " ", as tests/exchange/test_clean_text.py
# checks) — found by one character-class scan, the rest by substring tests.
# One regex alternation per line was most of a 10,000-row table's reading time.
_ODD_CHAR = re.compile(
    "[\\[\u00ad\u200b-\u200d\u2060\ufeff\t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680"
    "\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def clean_text(lines: Sequence[str]) -> str:
    """Cell text as stored: debris removed, spaces collapsed, lines kept, blank ends dropped."""
    joined = "\x00".join(lines)
    if _ODD_CHAR.search(joined) is None:
        # Runs of spaces, spaces at a line's ends, blank lines (kept or dropped).
        probe = f"\x00{joined}\x00"
        if not ("  " in probe or " \x00" in probe or "\x00 " in probe or "\x00\x00" in probe):
            return joined.replace("\x00", "\n") if len(lines) > 1 else joined
    return _clean_lines(lines)


def _clean_lines(lines: Iterable[str]) -> str:
    out: list[str] = []
    for line in lines:
        text = clean_line(line)
        if text or (out and out[-1]):
            out.append(text)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def split_agreements(lines: Sequence[str]) -> list[str]:
    """Several agreements in one cell: separated by blank lines, or one per line.

    A title wrapped over several lines stays one agreement: a new one starts at
    a blank line, or at a line that opens like an agreement («Соглашение…»,
    «Трехстороннее соглашение…»).
    """
    cleaned = [clean_line(line) for line in lines]
    groups: list[list[str]] = [[]]
    if any(not c for c in cleaned) and sum(1 for c in cleaned if c) > 1:
        for text in cleaned:
            if text:
                groups[-1].append(text)
            elif groups[-1]:
                groups.append([])
    else:
        starts = [bool(_AGREEMENT_START_RE.match(t)) for t in cleaned]
        use_starts = any(starts)
        for text, starts_new in zip(cleaned, starts, strict=True):
            if not text:
                continue
            opens = starts_new if use_starts else text[:1].isupper()
            if opens and groups[-1]:
                groups.append([])
            groups[-1].append(text)
    return [" ".join(g) for g in groups if g]


def header_columns(cells: Sequence[GridCell]) -> dict[int, str]:
    """Grid column → field for a header row, or {} when the row is not a header."""
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for cell in cells:
        key = match_key(" ".join(cell.lines)).replace("-", "")
        if not key:
            continue
        for name, words in _HEADER_WORDS:
            if name not in taken and any(w in key for w in words):
                for col in range(cell.col, cell.col + cell.span):
                    columns[col] = name
                taken.add(name)
                break
    return columns if len(taken) >= 5 else {}


def _is_column_numbers(texts: list[str]) -> bool:
    # Asked of every numbered row: give up at the first cell that is not a number.
    values: list[str] = []
    for text in texts:
        value = text.strip().rstrip(".")
        if value:
            if not value.isdigit():
                return False
            values.append(value)
    if len(values) < 3:
        return False
    return [int(v) for v in values] == list(range(1, len(values) + 1))


def columns_problem(width: int) -> str:
    plural = "столбец" if width == 1 else ("столбца" if 1 < width < 5 else "столбцов")
    return (
        f"в таблице {width} {plural}, а в отчёте их {len(FIELDS)} (№, соглашение, "
        "наименование, сроки, место, участники, результат, примечание)."
    )


def is_period_section(text: str) -> bool:
    return bool(_PERIOD_SECTION_RE.search(text)) and not _ORG_WORDS_RE.search(text)


class RowCollector:
    """Feeds grid rows in document order (across split tables) and collects report rows."""

    def __init__(self) -> None:
        self.columns: dict[int, str] = {}
        self.rows: list[ReportRow] = []
        self.warnings: list[str] = []
        self.section = ""
        self.department = ""
        self._above: dict[str, str] = {}
        self._above_agreements: list[str] = []
        self._above_department: str | None = None
        self._keys: dict[str, str] = {}

    def start_table(self, table_no: int, width: int) -> None:
        self._table_no = table_no
        self._width = width

    def add_row(self, row_no: int, cells: list[GridCell]) -> None:
        where = f"таблица {self._table_no}, строка {row_no}"
        texts = [clean_text(c.lines) for c in cells]
        if not any(texts) and not any(c.continues_above for c in cells):
            return
        by_field: dict[str, tuple[GridCell, str]] = {}
        for cell, text in zip(cells, texts, strict=True):
            name = self.columns.get(cell.col)
            if name and name not in by_field:
                by_field[name] = (cell, text)
        number = _NUMBER_RE.match(by_field["number"][1]) if "number" in by_field else None
        if number is None:  # a numbered row is never a header: spare it the costlier test
            found = header_columns(cells)
            if found:
                self._set_columns(found)
                return
        if _is_column_numbers(texts):
            return
        if not self.columns:
            self._guess_columns(cells)
            self.add_row(row_no, cells)
            return
        filled = [t for t in texts if t]
        if number is None:
            if len(set(filled)) == 1:
                self._section(filled[0])
            elif filled:
                self.warnings.append(f"{where}: строка без номера пропущена («{filled[0][:60]}»).")
            return
        self._event(where, int(number.group(1)), by_field)

    def _set_columns(self, found: dict[int, str]) -> None:
        missing = [f for f in REQUIRED if f not in found.values()]
        if missing:
            raise TableShapeError(
                "в заголовке таблицы не найдены столбцы: "
                + ", ".join(_COLUMN_NAMES[f] for f in missing)
            )
        self.columns = found

    def _guess_columns(self, cells: list[GridCell]) -> None:
        if self._width < len(FIELDS):
            raise TableShapeError(columns_problem(self._width))
        self.columns = {col: name for col, name in enumerate(FIELDS)}
        self.warnings.append("Заголовок таблицы не найден: столбцы прочитаны в порядке эталона.")

    def section_between_tables(self, text: str) -> None:
        """A paragraph between split tables that names a department or period."""
        if len(text) < 300 and (_ORG_WORDS_RE.search(text) or is_period_section(text)):
            self._section(text)

    def _section(self, text: str) -> None:
        if is_period_section(text):
            self.section = text
        else:
            self.department = text

    def _key(self, text: str) -> str:
        # A report repeats a handful of agreement titles thousands of times;
        # match_key (NFKC, translate, regex) is worth computing once per title.
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = match_key(text)
        return key

    def _text(self, name: str, by_field: dict[str, tuple[GridCell, str]]) -> str:
        if name not in by_field:
            return ""
        cell, text = by_field[name]
        if cell.continues_above:
            return self._above.get(name, "")
        self._above[name] = text
        return text

    def _event(
        self, where: str, number: int, by_field: dict[str, tuple[GridCell, str]]
    ) -> None:
        warnings: list[str] = []
        cell = by_field["agreements"][0] if "agreements" in by_field else None
        agreements = split_agreements(cell.lines) if cell and not cell.continues_above else []
        from_above = not agreements
        repeat = False
        if from_above:
            agreements = list(self._above_agreements)
            if not agreements:
                warnings.append(f"{where}: не указано соглашение.")
        elif self._above_department == self.department and self._above_agreements:
            repeat = agreements == self._above_agreements or [
                self._key(a) for a in agreements
            ] == [self._key(a) for a in self._above_agreements]
        if not self.department:
            warnings.append(f"{where}: строка стоит до названия департамента.")
        for name, (_cell, text) in by_field.items():
            if len(text) > MAX_TEXT:
                raise TableShapeError(
                    f"{where}: текст в столбце «{_COLUMN_NAMES[name]}» слишком длинный "
                    f"({len(text)} знаков) — похоже, файл повреждён."
                )
        self.rows.append(
            ReportRow(
                location=where,
                section=self.section,
                department=self.department,
                number=number,
                agreements=agreements,
                title=self._text("title", by_field),
                timing=self._text("timing", by_field),
                place=self._text("place", by_field),
                participants=self._text("participants", by_field),
                result=self._text("result", by_field),
                note=self._text("note", by_field),
                agreements_from_above=from_above,
                repeat_agreement=repeat,
                warnings=warnings,
            )
        )
        self._above_agreements = agreements
        self._above_department = self.department


_COLUMN_NAMES = {
    "number": "№ п/п",
    "agreements": "соглашение",
    "title": "наименование мероприятия",
    "timing": "сроки",
    "place": "место",
    "participants": "участники",
    "result": "результат",
    "note": "примечание",
}
