"""From a report table's grid of cells to numbered rows: the shape both readers share.

The DOCX and XLSX readers only turn their format into :class:`GridCell` rows;
everything about the report's shape is decided here, once: which row is the
header (over one to three rows, read by meaning through
:mod:`header_vocabulary`), the row of column numbers, the section rows
(period, department, agreement: :mod:`table_sections`), «Итого» rows, merged
or blank agreement cells meaning "the same as above", several agreements in
one cell, and the text clean-up («[bookmark…]» debris, runs of spaces). One
numbered row is one :class:`ReportRow`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..domain.matching import match_key
from ..domain.periods import ReportPeriod
from ..domain.timing import clean_phrase
from .header_vocabulary import (
    CLI_FIELDS,
    CLI_NAMES,
    FIELD_TITLES,
    NEEDED,
    field_of,
    format_columns,
    header_signature,
    normalize_header,
)
from .table_sections import (
    DATE_LINE_RE,
    ORG_START_RE,
    ORG_WORDS_RE,
    PERSON_RE,
    SECTION_NUMBER_RE,
    agreement_in_title,
    agreement_section,
    is_period_section,
    split_timing_place,
)

FIELDS = ("number", "agreements", "title", "timing", "place", "participants", "result", "note")
MAX_TEXT = 100_000  # characters in one cell (safety.MAX_TEXT); the reference's longest is ~2,000
MAX_HEADER_ROWS = 3
# Fields whose text several columns may share: joined, one line per column.
_JOINED = ("participants", "result", "note", "place", "partner")

_NUMBER_RE = re.compile(r"^\s*(\d{1,6})((?:\.\d{1,4})*)\s*[.)]?\s*$")
_TOTAL_RE = re.compile(r"^\s*(итого|всего)\b", re.IGNORECASE)
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


@dataclass(slots=True)  # one per event row: 10,000 in a long report
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
    partner: str = ""
    count: int | None = None  # a «количество участников» column
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
    header: list[str] = field(default_factory=list)  # each column's header text, as read
    columns: dict[int, str] = field(default_factory=dict)  # column → field, as used
    ignored_columns: list[str] = field(default_factory=list)  # «6 «Источник…»», not loaded


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
    if len(lines) == 1:
        # Most cells are one paragraph: the same tests on it, without joining. Every
        # character of _ODD_CHAR but «[» is one str.isprintable() refuses (checked by
        # tests/exchange/test_clean_text.py), and it scans twice as fast as the regex;
        # a line it refuses for another reason takes the general way below.
        line = lines[0]
        if (line and line[0] != " " and line[-1] != " " and "  " not in line
                and line.isprintable() and "[" not in line):
            return line
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
    if len(lines) == 1:  # one paragraph, one agreement (what _grouped gives one line)
        text = clean_line(lines[0])
        return [text] if text else []
    return _grouped([clean_line(line) for line in lines])


def _grouped(cleaned: list[str]) -> list[str]:
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


# A child header narrows its parent's field («Срок и место» → «начало»), but never
# changes it («Участники» → «от партнёра» is still participants).
_NARROWS = {
    "timing_place": {"timing", "timing_start", "timing_end", "place"},
    "timing": {"timing_start", "timing_end"},
    "participants": {"count"},
}
LEVELS = " / "  # between a parent's and a child's header text in column_texts


def column_field(text: str) -> str | None:
    """The field of one column's header text (parent / child levels joined by LEVELS)."""
    full = field_of(text)
    if LEVELS not in text:
        return full
    child = field_of(text.rsplit(LEVELS, 1)[1])
    if child and (full is None or child in _NARROWS.get(full, ())):
        return child
    return full


def _fields_of(texts: Sequence[str]) -> dict[int, str]:
    return {col: f for col, text in enumerate(texts) if text and (f := column_field(text))}


def _is_header(fields: dict[int, str], texts: Sequence[str]) -> bool:
    """Three known fields, one of them the title or dates, and most filled columns known.

    The last keeps out an event row whose texts happen to hold header words
    («Мероприятие, посвящённое…», «Соглашение…», «Департамент…»).
    """
    found = set(fields.values())
    return (len(found) >= 3 and bool(found & {"title", "timing", "timing_start", "timing_place"})
            and 2 * len(fields) >= sum(1 for t in texts if t))


def header_columns(cells: Sequence[GridCell]) -> dict[int, str]:
    """Grid column → field for a header row, or {} when the row is not a header."""
    texts = column_texts([cells])
    fields = _fields_of(texts)
    return fields if _is_header(fields, texts) else {}


def column_texts(rows: Sequence[Sequence[GridCell]]) -> list[str]:
    """Each grid column's header text over one to three rows: parent and child joined.

    A cell spanning several columns heads each of them; the lower part of a
    vertically merged cell adds nothing.
    """
    width = max((c.col + c.span for cells in rows for c in cells), default=0)
    parts: list[list[str]] = [[] for _ in range(width)]
    for cells in rows:
        for cell in cells:
            if cell.continues_above:
                continue
            text = clean_text(cell.lines)
            for col in range(cell.col, cell.col + cell.span):
                if text and text not in parts[col]:
                    parts[col].append(text)
    return [LEVELS.join(p) for p in parts]


def _child_label(text: str) -> str:
    """The lowest level of a column's header («от Смоленской области»), for joined text."""
    return text.rsplit(LEVELS, 1)[-1]


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


_NO_AGREEMENT = "не указано соглашение."


def fill_agreement_from_title(title: str, rows: list[ReportRow]) -> None:
    """Rows with no agreement of their own take the one the title names, if it names one."""
    if not any(not row.agreements for row in rows):
        return
    agreement = agreement_in_title(title)
    if agreement is None:
        return
    for row in rows:
        if not row.agreements:
            row.agreements = [agreement]
            row.warnings = [w for w in row.warnings if not w.endswith(_NO_AGREEMENT)]


class ColumnsUnclear(TableShapeError):
    """The header does not say which column holds a needed field.

    Carries what the window's mapping step and the CLI's hint need: the header
    as read, the columns that were recognised, and a mapping that would read
    the table (the recognised columns plus a guess for the missing ones).
    """

    def __init__(self, message: str, header: list[str], columns: dict[int, str],
                 suggested: dict[int, str], samples: list[list[str]],
                 competing: dict[str, list[int]] | None = None) -> None:
        super().__init__(message)
        self.header = header
        self.columns = columns
        self.suggested = suggested
        self.samples = samples
        # field → the columns whose headers all read as it (each its one value)
        self.competing = competing or {}


def competing_columns(columns: dict[int, str]) -> dict[str, list[int]]:
    """Fields that several columns read as, where only one can be loaded.

    Participants, result, note, place and partner are joined line by line,
    so several columns of them are no contest; two «наименование» or two
    «сроки» (not a начала/окончания pair: those are two fields) are.
    """
    by_field: dict[str, list[int]] = {}
    for col, name in sorted(columns.items()):
        by_field.setdefault(name, []).append(col)
    return {name: cols for name, cols in by_field.items()
            if len(cols) > 1 and name not in _JOINED}


def _unclear(header: list[str], columns: dict[int, str], samples: list[list[str]],
             competing: dict[str, list[int]] | None = None) -> ColumnsUnclear:
    found = set(columns.values())
    missing = [f for f in NEEDED if f not in found
               and not (f == "timing" and found & {"timing_start", "timing_place"})]
    suggested = dict(columns)
    for name, cols in (competing or {}).items():
        # One keeps the field (the header that says most of the field's own
        # words, else the first): a mapping that reads, for the user to check.
        words = FIELD_TITLES[name].split()
        keep = max(cols, key=lambda c, words=words: sum(w[:6] in normalize_header(header[c]) for w in words))
        for col in cols:
            if col != keep:
                del suggested[col]
    found = set(suggested.values())
    free = [c for c in range(len(header)) if c not in suggested]
    sample = samples[0] if samples else []

    def text(col: int) -> str:
        return sample[col] if col < len(sample) else ""

    # A guess the user checks: the agreement where the first row names one, dates
    # where it has a date, the title in the column of the longest text left.
    for name, looks_like in (("agreements", _AGREEMENT_START_RE), ("department", ORG_START_RE)):
        named = [c for c in free if looks_like.match(text(c))]
        if name not in found and named:
            suggested[named[0]] = name
            free.remove(named[0])
    for name in sorted(missing, key=lambda f: f != "timing"):
        if not free:
            break
        if name == "timing":
            dated = [c for c in free if DATE_LINE_RE.search(text(c)) and len(text(c)) < 60]
            col = dated[0] if dated else free[0]
        else:
            col = max(free, key=lambda c: len(text(c)))
        free.remove(col)
        suggested[col] = name
    seen = "\n".join(
        f"  {col + 1}. «{' '.join(text.split())[:60] or '—'}» → "
        + (CLI_NAMES[columns[col]] if col in columns else "не распознан")
        for col, text in enumerate(header)
    )
    if competing:
        problem = "; ".join(
            f"несколько столбцов похожи на «{FIELD_TITLES[name]}»: "
            + ", ".join(f"{col + 1} «{' '.join(header[col].split())[:60]}»" for col in cols)
            for name, cols in competing.items()
        ) + " — укажите, какой из них загружать"
    else:
        what = ", ".join(FIELD_TITLES[f] for f in missing) if missing else "нужные столбцы"
        problem = f"в заголовке таблицы не найдены столбцы: {what}"
    message = (
        f"{problem}.\nЗаголовок в файле:\n{seen}\n"
        f'Укажите столбцы сами, например: --columns "{format_columns(suggested)}" '
        "(номера столбцов с 1; поля: " + ", ".join(CLI_FIELDS) + ")."
    )
    return ColumnsUnclear(message, header, columns, suggested, samples, competing)


def _title_from_contents(found: dict[int, str], header: list[str]) -> None:
    """No title column, but «Содержание мероприятия»: in a plan that column is the title."""
    if "title" in found.values():
        return
    for col, name in sorted(found.items()):
        words = normalize_header(header[col])
        if name == "result" and ("мероприят" in words or words.startswith("содержани")):
            found[col] = "title"
            return


class RowCollector:
    """Feeds grid rows in document order (across split tables) and collects report rows.

    ``columns`` (grid column → field) replaces what the header says, for a
    table the user mapped by hand; ``remembered`` maps a header's signature to
    such a mapping, kept from an earlier import of the same layout.
    """

    def __init__(self, columns: dict[int, str] | None = None,
                 remembered: dict[str, dict[int, str]] | None = None) -> None:
        self.forced = dict(columns) if columns else None
        self.remembered = remembered or {}
        self.columns: dict[int, str] = {}
        self.header: list[str] = []
        self.rows: list[ReportRow] = []
        self.warnings: list[str] = []
        self.ignored: list[str] = []  # columns of any table's header that map to nothing
        self.pre_header: list[str] = []  # single-text rows above the header (a title in the table)
        self.section = ""
        self.department = ""
        self.section_agreements: list[str] = []
        self._header_rows: list[list[GridCell]] = []
        self._above: dict[str, str] = {}
        self._above_agreements: list[str] = []
        self._above_department: str | None = None
        self._keys: dict[str, str] = {}
        self._count = 0
        self._width = 0
        self._table_no = 0

    def start_table(self, table_no: int, width: int) -> None:
        self._finish_header()
        self._table_no = table_no
        self._width = width

    # -- the header ------------------------------------------------------------------

    def _continues_header(self, cells: list[GridCell], texts: list[str]) -> bool:
        """A second or third header row: children under a spanning parent, or merged down."""
        if len(self._header_rows) >= MAX_HEADER_ROWS or _is_column_numbers(texts):
            return False
        filled = [(c, t) for c, t in zip(cells, texts, strict=True) if t]
        if not filled or len({t for _c, t in filled}) < 2 and len(filled) > 1:
            return False
        parents = {}
        for cell in self._header_rows[-1]:
            for col in range(cell.col, cell.col + cell.span):
                parents[col] = cell
        merged_down = any(c.continues_above for c in cells)
        for cell, text in filled:
            parent = parents.get(cell.col)
            if _NUMBER_RE.match(text) or len(text) > 120:
                return False
            if not (parent is not None and parent.span > 1) and field_of(text) is None:
                return False
        return merged_down or any(
            (p := parents.get(c.col)) is not None and p.span > 1 for c, _t in filled
        )

    def _set_header(self) -> None:
        self.header = column_texts(self._header_rows)
        found = _fields_of(self.header)
        signature = header_signature(self.header)
        if self.forced is not None:
            found = dict(self.forced)
        elif signature in self.remembered:
            found = dict(self.remembered[signature])
        else:
            _title_from_contents(found, self.header)
        self.columns = found

    def _finish_header(self, first_row: list[str] | None = None) -> None:
        """Check the header once all its rows are in: the needed fields, the unknown columns.

        ``first_row`` is the row below the header by grid column: a sample for
        the mapping the refusal suggests.
        """
        if not self._header_rows:
            return
        self._header_rows = []
        found = set(self.columns.values())
        samples = [first_row] if first_row else []
        if "title" not in found or not found & {"timing", "timing_start", "timing_place"}:
            raise _unclear(self.header, self.columns, samples)
        # Read by the header's words alone, two columns for one field are a guess
        # the user must settle; a mapping the user gave (or confirmed) is not.
        if self.forced is None and header_signature(self.header) not in self.remembered:
            competing = competing_columns(self.columns)
            if competing:
                raise _unclear(self.header, self.columns, samples, competing)
        ignored = [f"{col + 1} «{' '.join(text.split())[:50]}»" for col, text in
                   enumerate(self.header) if text and col not in self.columns]
        self.ignored += [i for i in ignored if i not in self.ignored]
        if ignored:
            self.warnings.append("Столбцы не распознаны и не загружены: " + "; ".join(ignored)
                                 + ". Если они нужны, сопоставьте столбцы вручную.")
        fields = list(self.columns.values())
        for name in sorted(set(fields)):
            if fields.count(name) > 1 and name not in _JOINED and name != "timing":
                self.warnings.append(
                    f"Несколько столбцов похожи на «{FIELD_TITLES[name]}»: взят первый.")

    # -- rows -----------------------------------------------------------------------

    def add_row(self, row_no: int, cells: list[GridCell]) -> None:
        where = f"таблица {self._table_no}, строка {row_no}"
        texts = [clean_text(c.lines) for c in cells]
        if not any(texts) and not any(c.continues_above for c in cells):
            return
        if self._header_rows:
            if self._continues_header(cells, texts):
                self._header_rows.append(cells)
                self._set_header()
                return
            by_col = {c.col: t for c, t in zip(cells, texts, strict=True)}
            self._finish_header([by_col.get(col, "") for col in range(len(self.header))])
        by_field: dict[str, list[tuple[GridCell, str]]] = {}
        for cell, text in zip(cells, texts, strict=True):
            name = self.columns.get(cell.col)
            if name:
                by_field.setdefault(name, []).append((cell, text))
        number_text = by_field["number"][0][1] if "number" in by_field else ""
        number = _NUMBER_RE.match(number_text) if number_text else None
        if number is None:  # a numbered row is never a header: spare it the costlier test
            row_texts = column_texts([cells])
            if _is_header(_fields_of(row_texts), row_texts) or (
                    not self.columns and len([t for t in texts if t]) >= 2 and (
                        self.forced is not None
                        or (self.remembered and header_signature(row_texts) in self.remembered))):
                self._header_rows = [cells]
                self._set_header()
                return
        if _is_column_numbers(texts):
            return
        if not self.columns:
            filled = {t for t in texts if t}
            if len(filled) == 1:
                self.pre_header.append(next(iter(filled)).replace("\n", " "))
                return
            self._guess_columns(texts)
            self.add_row(row_no, cells)
            return
        filled = [t for t in texts if t]
        if filled and _TOTAL_RE.match(filled[0]):
            return
        distinct = set(filled)
        if number is not None and len(distinct) == 2:
            # «1.» in the number cell and one merged cell across the rest: a numbered section.
            rest = [(c, t) for c, t in zip(cells, texts, strict=True) if t and t != number_text]
            if len(rest) == 1 and rest[0][0].span > 1:
                self._section(rest[0][1])
                return
        if number is None:
            if len(distinct) == 1 and self._is_section(cells, texts, by_field):
                self._section(filled[0])
                return
            if "number" in self.columns:
                if filled:
                    self.warnings.append(f"{where}: строка без номера пропущена («{filled[0][:60]}»).")
                return
            if not filled:
                return
        self._count += 1
        value = self._count
        if number is not None and not number.group(2):
            value = int(number.group(1))
        self._event(where, value, by_field)

    def _is_section(self, cells: list[GridCell], texts: list[str],
                    by_field: dict[str, list[tuple[GridCell, str]]]) -> bool:
        if "number" in self.columns:
            return True
        # Without a number column an event's row may hold its title alone; a
        # section is a merged row, or text outside the title column.
        cell = next(c for c, t in zip(cells, texts, strict=True) if t)
        return cell.span > 1 or self.columns.get(cell.col) != "title"

    def _guess_columns(self, texts: list[str]) -> None:
        if self._width < len(FIELDS):
            raise _unclear([t for t in texts], {}, [texts])
        self.columns = {col: name for col, name in enumerate(FIELDS)}
        self.warnings.append("Заголовок таблицы не найден: столбцы прочитаны в порядке эталона.")

    def section_between_tables(self, text: str) -> None:
        """A paragraph between split tables that names a department or period."""
        if len(text) < 300 and (ORG_WORDS_RE.search(text) or is_period_section(text)
                                or agreement_section(text)):
            self._section(text)

    def _section(self, text: str) -> None:
        agreement = agreement_section(text)
        if agreement is not None:
            self.section_agreements = [agreement]
            self._above_agreements = []
        elif is_period_section(text):
            self.section = text
        else:
            self.department = SECTION_NUMBER_RE.sub("", text, count=1).rstrip(" :;")
            self.section_agreements = []
            self._above_agreements = []

    def _key(self, text: str) -> str:
        # A report repeats a handful of agreement titles thousands of times;
        # match_key (NFKC, translate, regex) is worth computing once per title.
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = match_key(text)
        return key

    def _text(self, name: str, by_field: dict[str, list[tuple[GridCell, str]]]) -> str:
        """A field's text; several columns of one field are joined, one line each."""
        found = by_field.get(name)
        if not found:
            return ""
        if len(found) == 1 or name not in _JOINED:
            # _cell_text written out: ten fields of every row come this way
            cell, text = found[0]
            if cell.continues_above:
                return self._above.get(name, "")
            self._above[name] = text
            return text
        parts = []
        for cell, _text in found:
            text = self._cell_text(f"{name}:{cell.col}", cell, _text)
            if text:
                label = _child_label(self.header[cell.col]) if cell.col < len(self.header) else ""
                parts.append(f"{label}: {text}" if label and name == "participants" else text)
        return "\n".join(parts)

    def _cell_text(self, key: str, cell: GridCell, text: str) -> str:
        if cell.continues_above:
            return self._above.get(key, "")
        self._above[key] = text
        return text

    def _department(self, text: str) -> str:
        """The row's department: its column, unless that holds a person («Иванов И.И.»)."""
        if not text or PERSON_RE.search(text) and not ORG_WORDS_RE.search(text):
            return self.department
        return text

    def _timing(self, by_field: dict[str, list[tuple[GridCell, str]]]) -> tuple[str, str]:
        """The «Сроки» phrase and, from a combined «срок и место» cell, the place."""
        timing = self._text("timing", by_field)
        place = self._text("place", by_field)
        if not timing and ("timing_start" in by_field or "timing_end" in by_field):
            start = self._text("timing_start", by_field)
            end = self._text("timing_end", by_field)
            timing = f"{start} – {end}" if start and end and start != end else start or end
        if "timing_place" in by_field:
            both_timing, both_place = split_timing_place(self._text("timing_place", by_field))
            timing = timing or both_timing
            place = place or both_place
        return timing, place

    def _event(
        self, where: str, number: int, by_field: dict[str, list[tuple[GridCell, str]]]
    ) -> None:
        warnings: list[str] = []
        cell = by_field["agreements"][0][0] if "agreements" in by_field else None
        agreements = split_agreements(cell.lines) if cell and not cell.continues_above else []
        from_above = not agreements
        repeat = False
        if from_above:
            agreements = list(self._above_agreements or self.section_agreements)
            if not agreements:
                warnings.append(f"{where}: {_NO_AGREEMENT}")
        elif self._above_department == self.department and self._above_agreements:
            repeat = agreements == self._above_agreements or [
                self._key(a) for a in agreements
            ] == [self._key(a) for a in self._above_agreements]
        department = self._department(self._text("department", by_field))
        if not department:
            warnings.append(f"{where}: строка стоит до названия департамента.")
        for name, found in by_field.items():
            for _cell, text in found:
                if len(text) > MAX_TEXT:
                    raise TableShapeError(
                        f"{where}: текст в столбце «{FIELD_TITLES[name]}» слишком длинный "
                        f"({len(text)} знаков) — похоже, файл повреждён."
                    )
        timing, place = self._timing(by_field)
        count_text = self._text("count", by_field)
        count = _COUNT_RE.match(count_text) if count_text else None
        participants = self._text("participants", by_field)
        if not participants and count_text:
            # The report prints «Участники», not the count: a count-only column fills it too.
            participants = _participants_text(count_text)
        self.rows.append(
            ReportRow(
                location=where,
                section=self.section,
                department=department,
                number=number,
                agreements=agreements,
                title=self._text("title", by_field),
                timing=timing,
                place=place,
                participants=participants,
                result=self._text("result", by_field),
                note=self._text("note", by_field),
                partner=self._text("partner", by_field),
                count=int(count.group(1)) if count else None,
                agreements_from_above=from_above,
                repeat_agreement=repeat,
                warnings=warnings,
            )
        )
        if "agreements" in by_field:
            self._above_agreements = agreements
        self._above_department = self.department

    def finish(self) -> None:
        """The end of the file: a header with no rows below it is still checked."""
        self._finish_header()


_COUNT_RE = re.compile(r"^\s*(\d{1,7})(?:[.,]0+)?\s*(?:чел\.?|человек)?\s*$")
_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,7})(?:[.,]0+)?\s*$")


def _participants_text(count_text: str) -> str:
    """«Участники» from a count column: a bare number as the reference words it
    («Всего 25 участников»); anything the office wrote in words, as written."""
    bare = _BARE_NUMBER_RE.match(count_text)
    if bare is None:
        return count_text
    n = int(bare.group(1))
    if n % 10 == 1 and n % 100 != 11:
        word = "участник"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = "участника"
    else:
        word = "участников"
    return f"Всего {n} {word}"
