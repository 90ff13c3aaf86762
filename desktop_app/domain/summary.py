"""The summary of a period: how many events per department, agreement, partner region,
month and status, and which agreements in force had none.

One :class:`Summary` feeds every output (the window, JSON, XLSX, DOCX), as the
report model does for the report. Counting rules:

* a count is a number of events; an event under two agreements counts once for
  each of them, and once for each distinct partner region of its agreements;
* every agreement in force in the period is listed, those with no event too
  (the gap the coordinator has to explain), and so is any agreement that has
  events in the period even if its dates say it was not in force;
* an agreement is in force when it was signed before the period ended (or the
  date is unknown) and its end date is not before the period began; one marked
  as no longer in force and without an end date is taken as ended;
* months are the months of the period, by the month an event starts in;
* the same counts for the same period a year earlier stand beside them when
  that period has any data (``previous`` is None otherwise).

Plain data: no Qt, no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .entities import Agreement, Department, EventStatus
from .periods import ReportPeriod
from .russian import MONTHS_NOMINATIVE

__all__ = [
    "APPENDIX_TITLE",
    "CountRow",
    "EventFacts",
    "Summary",
    "SummaryKind",
    "build_summary",
    "in_force_during",
    "previous_period",
]


#: The heading of the summary (the appendix of a report DOCX, the second XLSX sheet).
APPENDIX_TITLE = "Сводные данные"


class SummaryKind(StrEnum):
    """What a count is of; also what the events table is filtered by when it is clicked."""

    DEPARTMENT = "department"
    AGREEMENT = "agreement"
    REGION = "region"
    MONTH = "month"
    STATUS = "status"


SECTION_TITLES: dict[SummaryKind, str] = {
    SummaryKind.DEPARTMENT: "Департаменты",
    SummaryKind.AGREEMENT: "Соглашения",
    SummaryKind.REGION: "Регионы-партнеры",
    SummaryKind.MONTH: "Месяцы",
    SummaryKind.STATUS: "Статусы",
}


@dataclass(frozen=True)
class EventFacts:
    """What the summary needs of an event (no texts): read by one storage query."""

    id: str
    department_id: str
    status: str
    starts_on: date
    agreement_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountRow:
    """One count. ``key`` says which events it counts (a department or agreement id,
    a region's name, a month as «2020-01», a status); ``label`` is what is shown.

    The agreement fields are filled for agreements only.
    """

    kind: SummaryKind
    key: str
    label: str
    events: int
    previous: int | None = None
    full_label: str = ""
    in_force: bool = True
    ends_on: date | None = None
    partner_regions: tuple[str, ...] = ()
    expires_this_year: bool = False

    @property
    def is_gap(self) -> bool:
        """An agreement in force with no event in the period: the coordinator must explain it."""
        return self.kind is SummaryKind.AGREEMENT and self.in_force and self.events == 0


@dataclass(frozen=True)
class Summary:
    period: ReportPeriod
    total: int
    departments: tuple[CountRow, ...]
    agreements: tuple[CountRow, ...]
    regions: tuple[CountRow, ...]
    months: tuple[CountRow, ...]
    statuses: tuple[CountRow, ...]
    without_agreement: int = 0
    previous_period: ReportPeriod | None = None
    previous_total: int | None = None
    department_ids: tuple[str, ...] | None = None
    department_names: tuple[str, ...] = field(default_factory=tuple)

    def sections(self) -> list[tuple[SummaryKind, str, tuple[CountRow, ...]]]:
        """The tables in the order every output shows them, with their titles."""
        return [
            (SummaryKind.DEPARTMENT, SECTION_TITLES[SummaryKind.DEPARTMENT], self.departments),
            (SummaryKind.AGREEMENT, SECTION_TITLES[SummaryKind.AGREEMENT], self.agreements),
            (SummaryKind.REGION, SECTION_TITLES[SummaryKind.REGION], self.regions),
            (SummaryKind.MONTH, SECTION_TITLES[SummaryKind.MONTH], self.months),
            (SummaryKind.STATUS, SECTION_TITLES[SummaryKind.STATUS], self.statuses),
        ]

    def rows(self, kind: SummaryKind) -> tuple[CountRow, ...]:
        return {k: rows for k, _title, rows in self.sections()}[kind]

    @property
    def has_previous(self) -> bool:
        return self.previous_period is not None

    @property
    def gaps(self) -> list[CountRow]:
        return [r for r in self.agreements if r.is_gap]

    @property
    def title(self) -> str:
        """«Сводные данные за I квартал 2020 года», with the departments when filtered."""
        text = f"{APPENDIX_TITLE} {self.period.title}"
        if self.department_names:
            text += f" ({'; '.join(self.department_names)})"
        return text


def previous_period(period: ReportPeriod) -> ReportPeriod:
    """The same period a year earlier."""
    return ReportPeriod(period.year - 1, period.kind, period.number)


def in_force_during(agreement: Agreement, start: date, end: date) -> bool:
    if agreement.signed_on is not None and agreement.signed_on > end:
        return False
    if agreement.valid_until is not None:
        return agreement.valid_until >= start
    return agreement.active


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _department_counts(events: Iterable[EventFacts]) -> Counter[str]:
    return Counter(e.department_id for e in events)


def _agreement_counts(events: Iterable[EventFacts]) -> Counter[str]:
    return Counter(a for e in events for a in set(e.agreement_ids))


def _region_counts(events: Iterable[EventFacts], partners: dict[str, tuple[str, ...]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for e in events:
        counts.update({r for a in e.agreement_ids for r in partners.get(a, ())})
    return counts


def _month_counts(events: Iterable[EventFacts]) -> Counter[int]:
    return Counter(e.starts_on.month for e in events)


def _status_counts(events: Iterable[EventFacts]) -> Counter[str]:
    return Counter(str(e.status) for e in events)


def _by_count(rows: list[CountRow]) -> tuple[CountRow, ...]:
    """Most events first; equal counts by name, so the silent ones gather at the end."""
    return tuple(sorted(rows, key=lambda r: (-r.events, r.label.casefold())))


def build_summary(
    period: ReportPeriod,
    departments: Sequence[Department],
    agreements: Sequence[Agreement],
    events: Sequence[EventFacts],
    previous_events: Sequence[EventFacts] | None = None,
    department_ids: Sequence[str] | None = None,
) -> Summary:
    """The summary of ``events`` (the period's, already limited to ``department_ids``).

    ``previous_events`` are the same departments' events a year earlier, or None when
    that period holds no data at all. ``department_ids`` None means every department.
    """
    wanted = set(department_ids) if department_ids is not None else None
    prev = list(previous_events) if previous_events is not None else None

    def previous(counts: Counter, key: object) -> int | None:
        return None if prev is None else counts.get(key, 0)

    # Departments: the active ones always (a department that did nothing shows 0),
    # an inactive one only when it has events.
    dept_now, dept_prev = _department_counts(events), _department_counts(prev or [])
    dept_rows = [
        CountRow(SummaryKind.DEPARTMENT, d.id, d.short_name or d.name, dept_now.get(d.id, 0),
                 previous(dept_prev, d.id), full_label=d.name)
        for d in departments
        if (wanted is None or d.id in wanted) and (d.active or dept_now.get(d.id))
    ]

    ag_now, ag_prev = _agreement_counts(events), _agreement_counts(prev or [])
    listed = [
        a for a in agreements
        if in_force_during(a, period.start, period.end) or ag_now.get(a.id)
    ]
    agreement_rows = [
        CountRow(
            SummaryKind.AGREEMENT, a.id, a.short_name or a.title, ag_now.get(a.id, 0),
            previous(ag_prev, a.id), full_label=a.title,
            in_force=in_force_during(a, period.start, period.end),
            ends_on=a.valid_until,
            partner_regions=tuple(a.partner_regions),
            expires_this_year=a.valid_until is not None and a.valid_until.year == period.year,
        )
        for a in listed
    ]

    partners = {a.id: tuple(a.partner_regions) for a in agreements}
    reg_now, reg_prev = _region_counts(events, partners), _region_counts(prev or [], partners)
    region_names = dict.fromkeys(r for a in listed for r in a.partner_regions)
    region_names.update(dict.fromkeys(reg_now))
    region_rows = [
        CountRow(SummaryKind.REGION, name, name, reg_now.get(name, 0), previous(reg_prev, name))
        for name in region_names
    ]

    mon_now, mon_prev = _month_counts(events), _month_counts(prev or [])
    month_rows = tuple(
        CountRow(SummaryKind.MONTH, month_key(period.year, m), MONTHS_NOMINATIVE[m],
                 mon_now.get(m, 0), previous(mon_prev, m))
        for m in range(period.first_month, period.last_month + 1)
    )

    st_now, st_prev = _status_counts(events), _status_counts(prev or [])
    status_rows = tuple(
        CountRow(SummaryKind.STATUS, str(s), str(s), st_now.get(str(s), 0), previous(st_prev, str(s)))
        for s in EventStatus
    )

    names = tuple(r.full_label for r in dept_rows) if wanted is not None else ()
    return Summary(
        period=period,
        total=len(events),
        departments=tuple(dept_rows),
        agreements=_by_count(agreement_rows),
        regions=_by_count(region_rows),
        months=month_rows,
        statuses=status_rows,
        without_agreement=sum(1 for e in events if not e.agreement_ids),
        previous_period=previous_period(period) if prev is not None else None,
        previous_total=len(prev) if prev is not None else None,
        department_ids=tuple(department_ids) if department_ids is not None else None,
        department_names=names,
    )
