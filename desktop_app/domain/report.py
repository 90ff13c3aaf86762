"""The quarterly report as one model: title, header, section rows, numbered rows, merged runs.

Every output (DOCX, XLSX, PDF, print preview) renders a :class:`Report` and
nothing else, so they cannot disagree about order, numbering or merging.

Rules (taken from the reference report «за I квартал 2020 года»):

* the title is two lines: :data:`REPORT_TITLE` and the period's title;
* eight columns with the texts of :data:`HEADERS`;
* section rows span the table: the period («I квартал»), then each department;
* rows are numbered «1.», «2.», … through all sections; the number belongs to
  the event, so in the per-agreement layout an event listed under several
  agreements carries the same number under each;
* within a run, events are in order of start date, then title; «Сроки» are
  printed in their canonical form unless ``dates_as_typed`` is set;
* consecutive rows of one department with the same ordered set of agreements
  form a *run*: the agreement cell is printed once and merged down. An event
  with ``repeat_agreement`` starts a new run (the reference repeats row 10's
  agreement in row 11), and a row without agreements is never merged, since an
  empty cell there means "the same as above" to a reader.

Layouts: *per event* (one row per event, all of its agreements in the cell,
one paragraph each) and *per agreement* (an event under N agreements appears
once under each; within a department the agreements come in the order they
first appear in the department's events, and events are sorted by date under
each agreement; ``repeat_agreement`` has no meaning there and is ignored).

Plain data: no Qt, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .entities import Agreement, Department, Event, EventStatus
from .periods import ReportPeriod
from .timing_value import Timing, TimingKind

__all__ = [
    "HEADERS",
    "REPORT_TITLE",
    "EventRow",
    "Layout",
    "Report",
    "ReportOptions",
    "ReportStyle",
    "SectionRow",
    "build_report",
    "clean_text",
]

REPORT_TITLE = "Отчет о реализации соглашений в сфере межрегионального сотрудничества"

# The reference's header texts, with the hyphenation debris of its narrow
# columns («мероприя-тия», «запланирова-нных») turned back into words.
HEADERS: tuple[str, ...] = (
    "№ п/п",
    "Соглашение о сотрудничестве, в рамках которого была проведена работа",
    "Наименование мероприятия",
    "Сроки проведения мероприятия",
    "Место проведения мероприятия",
    "Участники мероприятия (общее количество, представители регионов, "
    "другие дополнительные сведения)",
    "Содержание и результат мероприятия (в том числе краткая информация "
    "о достигнутых договоренностях, подписанных документах и т.д.)",
    "Примечание (причины невыполнения запланированных мероприятий)",
)
COLUMN_COUNT = len(HEADERS)
AGREEMENT_COLUMN = 1


class Layout(StrEnum):
    PER_EVENT = "per-event"
    PER_AGREEMENT = "per-agreement"


@dataclass(frozen=True)
class ReportStyle:
    """How the report looks; a region may change any of it in the settings.

    ``column_weights`` are relative widths of the eight columns: the printable
    width (page minus margins) is shared out in these proportions, then — with
    ``balance_columns`` — moved towards the columns whose text makes rows tall
    (see :mod:`.report_columns`, which every renderer asks for the widths).
    ``signature`` and ``executor`` are printed under the table when not empty
    (several lines allowed).
    """

    font_name: str = "Times New Roman"
    table_font_size: float = 12.0
    title_font_size: float = 14.0
    margin_left_mm: float = 20.0
    margin_right_mm: float = 10.0
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    column_weights: tuple[float, ...] = (10, 45, 38, 27, 30, 40, 45, 32)
    balance_columns: bool = True
    signature: str = ""
    executor: str = ""

    PAGE_WIDTH_MM = 297.0  # A4 landscape
    PAGE_HEIGHT_MM = 210.0

    def __post_init__(self) -> None:
        if len(self.column_weights) != COLUMN_COUNT or min(self.column_weights) <= 0:
            raise ValueError("Нужно восемь положительных ширин столбцов.")
        if not 4 <= self.table_font_size <= 72 or not 4 <= self.title_font_size <= 72:
            raise ValueError("Размер шрифта должен быть от 4 до 72 пт.")
        margins = (self.margin_left_mm, self.margin_right_mm, self.margin_top_mm,
                   self.margin_bottom_mm)
        if min(margins) < 0 or self.text_width_mm < 100 or self.text_height_mm < 80:
            raise ValueError("Поля страницы слишком велики для листа A4.")

    @property
    def executor_name(self) -> str:
        """The executor's name: the first line of ``executor`` without «Исп.» before it."""
        first = self.executor.strip().splitlines()[0] if self.executor.strip() else ""
        return re.sub(r"^исп(?:олнитель)?\.?\s*:?\s*", "", first, flags=re.IGNORECASE).strip()

    @property
    def text_width_mm(self) -> float:
        return self.PAGE_WIDTH_MM - self.margin_left_mm - self.margin_right_mm

    @property
    def text_height_mm(self) -> float:
        return self.PAGE_HEIGHT_MM - self.margin_top_mm - self.margin_bottom_mm

    def column_widths_mm(self) -> list[float]:
        total = sum(self.column_weights)
        return [self.text_width_mm * w / total for w in self.column_weights]


@dataclass(frozen=True)
class ReportOptions:
    """What goes into the report. ``department_ids`` gives the departments and their order
    (None: every department the caller passed); ``statuses`` None means all statuses."""

    period: ReportPeriod
    department_ids: tuple[str, ...] | None = None
    layout: Layout = Layout.PER_EVENT
    statuses: tuple[EventStatus, ...] | None = None
    include_empty_departments: bool = False
    dates_as_typed: bool = False  # «Сроки» as the clerk typed them, not in canonical form


@dataclass(frozen=True)
class SectionRow:
    """A row spanning the table: the period («I квартал») or a department's name."""

    text: str
    department_id: str | None = None

    @property
    def is_period(self) -> bool:
        return self.department_id is None


@dataclass(frozen=True)
class EventRow:
    """A numbered row. ``agreements`` are full titles, one paragraph each.

    ``run_length`` > 0 marks the first row of a run (its agreement cell is
    printed and merged over ``run_length`` rows); 0 marks a continuation row,
    whose agreement cell is part of the merge above and prints nothing.
    """

    number: int
    event_id: str
    department_id: str
    agreement_ids: tuple[str, ...]
    agreements: tuple[str, ...]
    title: str
    timing: str
    place: str
    participants: str
    result: str
    note: str
    run_length: int = 1

    @property
    def label(self) -> str:
        return f"{self.number}."

    @property
    def starts_run(self) -> bool:
        return self.run_length > 0

    @property
    def agreement_text(self) -> str:
        return "\n".join(self.agreements)

    def texts(self) -> tuple[str, ...]:
        """The eight cell texts; a continuation row's agreement cell is empty."""
        return (
            self.label,
            self.agreement_text if self.starts_run else "",
            self.title,
            self.timing,
            self.place,
            self.participants,
            self.result,
            self.note,
        )


Row = SectionRow | EventRow


@dataclass(frozen=True)
class Report:
    period: ReportPeriod
    layout: Layout
    title_lines: tuple[str, str]
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    department_ids: tuple[str, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)

    def event_rows(self) -> list[EventRow]:
        return [r for r in self.rows if isinstance(r, EventRow)]

    def runs(self) -> list[tuple[int, int]]:
        """(first, last) indexes into ``rows`` of every agreement run longer than one row."""
        out = []
        for i, row in enumerate(self.rows):
            if isinstance(row, EventRow) and row.run_length > 1:
                out.append((i, i + row.run_length - 1))
        return out


# XML 1.0 cannot hold these; a NUL pasted from elsewhere must not break a DOCX or XLSX.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# What clean_text changes besides the ends: one scan tells most texts need only strip().
_UNCLEAN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")


def clean_text(text: str | None) -> str:
    """Cell text safe for every output: no XML-illegal control characters, \\n line breaks."""
    if not text:
        return ""
    if _UNCLEAN.search(text) is None:
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", text).strip()


def _clean_fields(*texts: str) -> list[str]:
    """``clean_text`` of each of a row's texts: one scan of them all finds the rare row
    that needs more than strip() (ten thousand rows, six texts each)."""
    if _UNCLEAN.search("".join(texts)) is None:
        return [t.strip() if t else "" for t in texts]
    return [clean_text(t) for t in texts]


def _titles(ids: Iterable[str], agreements: Mapping[str, Agreement]) -> tuple[str, ...]:
    return tuple(clean_text(agreements[a].title) for a in ids if a in agreements)


def _order_per_agreement(events: list[Event]) -> list[tuple[Event, tuple[str, ...]]]:
    """(event, one agreement id or none) pairs grouped by agreement within one department."""
    groups: dict[str, list[Event]] = {}
    without: list[tuple[Event, tuple[str, ...]]] = []
    for event in events:
        if not event.agreement_ids:
            without.append((event, ()))
        for agreement_id in dict.fromkeys(event.agreement_ids):
            groups.setdefault(agreement_id, []).append(event)
    pairs = [(e, (a,)) for a, group in groups.items() for e in group]
    return pairs + without


def _runs(pairs: list[tuple[Event, tuple[str, ...]]], repeat_flags: list[bool]
          ) -> list[list[tuple[Event, tuple[str, ...]]]]:
    """Consecutive rows with the same agreements, each run sorted by start date, then
    title: «5 февраля» before «29 февраля – 1 марта», whatever order they were entered in.
    A row without agreements, or one marked to repeat its agreement, starts a run."""
    runs: list[list[tuple[Event, tuple[str, ...]]]] = []
    for i, (event, ids) in enumerate(pairs):
        if runs and ids and runs[-1][-1][1] == ids and not repeat_flags[i]:
            runs[-1].append((event, ids))
        else:
            runs.append([(event, ids)])
    for run in runs:
        run.sort(key=lambda pair: (pair[0].starts_on, pair[0].title.casefold()))
    return runs


def _event_row(values: dict[str, Any]) -> EventRow:
    """EventRow(**values) without the frozen dataclass's __init__, which sets each of the
    twelve fields through object.__setattr__ (a third of the cost, 10,000 times over).
    ``values`` must name every field (a test holds the two ways to the same rows)."""
    row = object.__new__(EventRow)
    object.__setattr__(row, "__dict__", values)
    return row


def printed_timing(event: Event, options: ReportOptions) -> str:
    """«Сроки» as printed: the canonical form of a recognised phrase («29 февраля – 1
    марта» for «29 февраля - 01 марта»), keeping a capital the clerk typed; the phrase as
    typed for free text, or when the options ask for it."""
    typed = event.timing
    if options.dates_as_typed or event.timing_kind == TimingKind.FREE_TEXT:
        return typed
    try:
        timing = Timing(event.timing_kind, event.starts_on, event.ends_on)
    except ValueError:  # a kind this version does not know, or damaged dates
        return typed
    return timing.phrase(options.period, capitalize=typed[:1].isupper())


def build_report(
    departments: Sequence[Department],
    agreements: Mapping[str, Agreement] | Iterable[Agreement],
    events: Iterable[Event],
    options: ReportOptions,
) -> Report:
    """Build the report from the period's events, keeping the order they come in within
    a department (the store's report order) except within a run, which is sorted by date. Sections follow ``options.department_ids``
    when given, otherwise the order of ``departments``."""
    if not isinstance(agreements, Mapping):
        agreements = {a.id: a for a in agreements}
    by_id = {d.id: d for d in departments}
    if options.department_ids is not None:
        order = [d for d in dict.fromkeys(options.department_ids) if d in by_id]
    else:
        order = [d.id for d in departments]
    wanted = set(options.statuses) if options.statuses is not None else None

    per_department: dict[str, list[Event]] = {d: [] for d in order}
    for event in events:
        if event.department_id in per_department and (wanted is None or event.status in wanted):
            per_department[event.department_id].append(event)

    rows: list[Row] = [SectionRow(options.period.section_title)]
    numbers: dict[str, int] = {}  # an event keeps one number wherever it appears
    titles_of: dict[tuple[str, ...], tuple[str, ...]] = {}
    timings: dict[tuple[str, str, date, date], str] = {}
    for dept_id in order:
        dept_events = per_department[dept_id]
        if not dept_events and not options.include_empty_departments:
            continue
        rows.append(SectionRow(clean_text(by_id[dept_id].name), dept_id))
        if options.layout is Layout.PER_AGREEMENT:
            pairs = _order_per_agreement(dept_events)
            repeat_flags = [False] * len(pairs)
        else:
            pairs = [(e, tuple(e.agreement_ids)) for e in dept_events]
            repeat_flags = [e.repeat_agreement for e in dept_events]
        for run in _runs(pairs, repeat_flags):
            for k, (event, ids) in enumerate(run):
                number = numbers.setdefault(event.id, len(numbers) + 1)
                # Agreement titles and printed timings repeat across thousands of rows:
                # each is worked out once per report.
                titles = titles_of.get(ids)
                if titles is None:
                    titles = titles_of[ids] = _titles(ids, agreements)
                when = (event.timing, event.timing_kind, event.starts_on, event.ends_on)
                timing = timings.get(when)
                if timing is None:
                    timing = timings[when] = clean_text(printed_timing(event, options))
                title, place, participants, result, note = _clean_fields(
                    event.title, event.place, event.participants, event.result, event.note)
                rows.append(_event_row({
                    "number": number,
                    "event_id": event.id,
                    "department_id": dept_id,
                    "agreement_ids": ids,
                    "agreements": titles,
                    "title": title,
                    "timing": timing,
                    "place": place,
                    "participants": participants,
                    "result": result,
                    "note": note,
                    "run_length": len(run) if k == 0 else 0,
                }))
    return Report(
        period=options.period,
        layout=options.layout,
        title_lines=(REPORT_TITLE, options.period.title),
        headers=HEADERS,
        rows=tuple(rows),
        department_ids=tuple(order),
    )
