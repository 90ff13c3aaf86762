"""Import of reports: files → a preview plan (nothing written) → one transaction.

A file from elsewhere is read from its visible table; an event there is "the
same" as a stored one when department, title, timing and agreements match
(``match_key``), and is then skipped rather than duplicated. A DOCX exported
by the program also carries its records (:mod:`package`); those keep their
ids and versions, and each one is compared with the stored state:

* the same content → skipped;
* the stored state is one the file's event passed through → the file is newer: update;
* the file's state is one the stored event passed through → the base is newer: skipped;
* neither → both sides changed it: a conflict the user decides.

A row of the visible table that differs from its packaged record was edited in
Word after the export: its visible text wins, and the summary names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.entities import Event, EventStatus, event_with
from ..domain.matching import match_key
from ..domain.periods import ReportPeriod
from ..domain.status_words import status_from_note
from ..domain.timing import PERIOD_BOUND_KINDS, TimingKind, parse_or_free_text
from ..storage.imported_events import event_revisions
from ..storage.store import Store
from .docx_reader import read_docx
from .import_names import AGREEMENT, DEPARTMENT, NameResolver
from .import_plan import Action, ImportPlan, PlannedRow
from .package import (
    ROW_FIELDS,
    MatchKeys,
    Package,
    PackagedEvent,
    content_hash,
    event_content_hash,
    read_package,
    row_hash,
    row_hashes,
    table_vouched_for,
)
from .report_file import ImportFileError, check_file, open_zip
from .table_rows import ReportRow, ReportTable
from .xlsx_reader import read_xlsx

__all__ = ["ReadFile", "ReadOptions", "import_files", "participants_count", "read_files", "read_report"]

_COUNT_RE = re.compile(
    r"(?:всего|более|свыше|около|количество\s+участников)\s*:?\s*(\d{1,7})\s*"
    r"(?:участник|человек|чел\b)",
    re.IGNORECASE,
)
_BEFORE_DEPARTMENT = "строка стоит до названия департамента."
DOCX_SUFFIXES = {".docx", ".docm", ".dotx"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
FIELD_NAMES = {
    "title": "наименование", "timing": "сроки", "place": "место", "participants": "участники",
    "result": "результат", "note": "примечание",
}


def participants_count(text: str) -> int | None:
    """The number of participants where the text gives one («всего 150 человек»)."""
    found = _COUNT_RE.search(text.replace("\u00a0", " "))
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class ReadOptions:
    """How to read tables whose header is not understood by itself.

    ``columns``: grid column (0-based) → field, for every file (``--columns``);
    ``remembered``: header signature → such a mapping, kept from earlier imports.
    """

    columns: dict[int, str] | None = None
    remembered: dict[str, dict[int, str]] | None = None


def read_report(
    path: Path, options: ReadOptions | None = None
) -> tuple[ReportTable | None, Package | None]:
    """The visible table and, for the program's own DOCX, its embedded records. The table
    is None where the records stand for it (:func:`package.table_vouched_for`)."""
    options = options or ReadOptions()
    check_file(path)  # an old binary .doc/.xls, an RTF or no zip at all is refused here
    suffix = path.suffix.lower()
    # A zip under another name (a .docx renamed .doc, or saved without an extension) is
    # told by what it holds.
    if suffix not in DOCX_SUFFIXES | XLSX_SUFFIXES:
        with open_zip(path) as archive:
            names = set(archive.namelist())
        if "xl/workbook.xml" in names:
            suffix = ".xlsx"
        elif "word/document.xml" not in names:
            raise ImportFileError(path, "это не документ Word (.docx) и не книга Excel (.xlsx).")
    # Only what was given is passed on: the readers' plain one-argument call stays the usual one.
    given = {k: v for k, v in (("columns", options.columns), ("remembered", options.remembered)) if v}
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path, **given), None
    # The records part is read beside the visible table: unpacking and parsing either
    # part runs in C without the GIL, so on two cores most of one hides behind the other
    # (10,000 events: ~0.3 s). An error in either still stops the file, after both end.
    # The program's own export, untouched since, needs no table read at all: its main
    # part is the one its records were written with, so its rows are those records
    # (10,000 events: the table is ~1.2 s to read, the check 0.05 s).
    # Columns mapped by hand are a request to read the table.
    with ThreadPoolExecutor(max_workers=1) as pool:
        package = pool.submit(read_package, path)
        vouched = not options.columns and table_vouched_for(path)
        try:
            table = None if vouched else read_docx(path, **given)
        except ImportFileError:
            # The program's own report of a period with no events has no rows to find:
            # it imports nothing and says so (see plan_package), not an error that
            # would stop the other files of the import.
            found = package.result()
            if found is not None and not found.events and not options.columns:
                return None, found
            raise
        found = package.result()
        if table is None and found is None:  # the records do not read after all
            table = read_docx(path, **given)
        return table, found


def _identity(event: Event) -> tuple[str, str, object, tuple[str, ...]]:
    return (event.department_id, match_key(event.title), _timing_key(event),
            tuple(event.agreement_ids))


def _timing_key(event: Event) -> object:
    """«Сроки» by what they mean: the report prints a recognised phrase in its own words
    («1 квартал» as «I квартал», «в течение квартала» as «в течение всего периода»), so its
    table read back must meet the typed event. Dates are compared by their days; monthly,
    weekly and whole-period ones by kind (their days are those of whichever period a file
    covers); free text as text, as before."""
    kind = event.timing_kind
    if kind == TimingKind.FREE_TEXT:
        return match_key(event.timing)
    if kind in PERIOD_BOUND_KINDS:
        return str(kind)
    return (event.starts_on, event.ends_on)


@dataclass
class _Planner:
    store: Store
    resolver: NameResolver
    plan: ImportPlan
    department: str = ""  # for rows of a file that names no department (--department)

    def __post_init__(self) -> None:
        self._existing: dict[tuple, Event] = {}
        self._loaded: set[ReportPeriod] = set()
        self._planned: dict[tuple, PlannedRow] = {}
        self._planned_ids: set[str] = set()
        self._stored: dict[str, Event] = {}  # packaged events found here, read in bulk
        self._quarters: dict[tuple[int, int], ReportPeriod] = {}
        self.keys = MatchKeys()  # match_key of each distinct text, once per import

    # -- the stored events a file meets ----------------------------------------

    def existing(self, period: ReportPeriod) -> dict[tuple, Event]:
        if period not in self._loaded:
            self._loaded.add(period)
            for event in self.store.events_between(period.start, period.end):
                self._existing.setdefault(_identity(event), event)
        return self._existing

    def local_hashes(self, event_id: str) -> set[str]:
        return {
            content_hash(state, self.resolver.names.get(state.get("department_id", ""), ""),
                         [self.resolver.names.get(a, a) for a in state.get("agreement_ids") or []])
            for state in event_revisions(self.store, event_id)
        }

    def local_hash(self, event: Event) -> str:
        return event_content_hash(
            event, self.resolver.names.get(event.department_id, ""),
            [self.resolver.names.get(a, a) for a in event.agreement_ids],
        )

    # -- rows read from the visible table ----------------------------------------

    def visible_event(self, path: Path, row: ReportRow, period: ReportPeriod) -> PlannedRow:
        where = f"{path.name}, № {row.number}"
        warnings = list(row.warnings)
        department = row.department
        if not department and self.department:
            department = self.department
            warnings = [w for w in warnings if not w.endswith(_BEFORE_DEPARTMENT)]
        dept_id = self.resolver.department(department, where)
        agreement_ids = list(
            dict.fromkeys(self.resolver.agreement(a, where) for a in row.agreements)
        )
        timing, warning = parse_or_free_text(row.timing, period)
        warnings += [f"{where}: {warning}"] if warning else []
        if warning is None and (timing.end < period.start or timing.start > period.end):
            warnings.append(f"{where}: сроки «{row.timing}» вне периода файла "
                            f"({period.title}) — проверьте дату.")
        status = status_from_note(row.note)
        event = Event(
            department_id=dept_id, title=row.title, timing=row.timing,
            timing_kind=str(timing.kind), starts_on=timing.start, ends_on=timing.end,
            agreement_ids=agreement_ids, place=row.place, participants=row.participants,
            participants_count=row.count if row.count is not None
            else participants_count(row.participants),
            participant_regions=[row.partner] if row.partner else [],
            result=row.result, note=row.note, status=status or EventStatus.DONE,
            repeat_agreement=row.repeat_agreement, version=0,
        )
        if not row.title:
            warnings.append(f"{where}: нет наименования мероприятия — строка пропущена.")
            return PlannedRow(path.name, row.location, row.number, Action.SKIP,
                              "нет наименования", event, warnings=warnings)
        key = _identity(event)
        if key in self._planned:
            return PlannedRow(path.name, row.location, row.number, Action.SKIP,
                              f"повтор: то же, что {self._planned[key].label}", event,
                              warnings=warnings)
        # A date outside the file's period (flagged above) is looked for in its own quarter
        # too: otherwise every re-import of the file added that event again.
        local = self.existing(period).get(key) or self._existing_twin(event)
        if local is not None:
            differs = [FIELD_NAMES[f] for f in ROW_FIELDS[2:] if
                       match_key(getattr(local, f)) != match_key(getattr(event, f))]
            reason = "уже есть в базе"
            if differs:
                reason += ": в файле иначе " + ", ".join(differs) + " — оставлено как в базе"
            return PlannedRow(path.name, row.location, row.number, Action.SKIP, reason, event,
                              local=local, warnings=warnings)
        planned = PlannedRow(path.name, row.location, row.number, Action.ADD,
                             "новое мероприятие", event, warnings=warnings)
        self._planned[key] = planned
        return planned

    def plan_visible(self, path: Path, table: ReportTable, rows: Iterable[ReportRow]) -> None:
        period = table.period
        if period is None:
            raise ImportFileError(
                path, "не удалось определить отчётный период: в заголовке нет слов вроде "
                "«за I квартал 2020 года».",
            )
        for row in rows:
            self.plan.rows.append(self.visible_event(path, row, period))

    # -- records carried in the file ----------------------------------------------

    def plan_package(self, path: Path, table: ReportTable | None, package: Package) -> None:
        ids = {d.id: self.resolver.adopt(DEPARTMENT, d) for d in package.departments}
        ids |= {a.id: self.resolver.adopt(AGREEMENT, a) for a in package.agreements}
        self._stored.update(
            (e.id, e) for e in self.store.events_by_id([pe.event.id for pe in package.events]))
        if table is None:
            # The table is the export's own, untouched (read_report): it shows each record
            # once, numbered in the records' order, as written.
            if not package.events:
                self.plan.warnings.append(
                    f"{path.name}: в отчёте нет мероприятий (выгружен пустой период) — "
                    "загружать нечего.")
            for number, pe in enumerate(package.events, 1):
                self.plan.rows.append(self.packaged_row(
                    path, "", number, _file_event(pe, ids), set(pe.history), edited=False))
            return
        hashes = dict(zip(map(id, table.rows), row_hashes(table.rows, self.keys), strict=True))
        pairs, extra_rows, lost = _pair_rows(table.rows, package.events, hashes)
        period = table.period or package.period
        for pe in lost:
            self.plan.rows.append(PlannedRow(
                path.name, "", 0, Action.SKIP, "строки нет в таблице документа (удалена в Word?)",
                pe.event, warnings=[f"{path.name}: мероприятие «{pe.event.title[:60]}» есть в "
                                    "данных файла, но его строка удалена из таблицы — пропущено."],
            ))
        for row, pe in pairs:
            file_event = _file_event(pe, ids)
            history = set(pe.history)
            edited = period is not None and hashes[id(row)] != pe.row_hash
            if edited:
                history.add(event_content_hash(
                    pe.event, package.department_name(pe.event.department_id),
                    package.agreement_titles(pe.event.agreement_ids)))
                file_event = _with_visible_text(file_event, row, period)  # type: ignore[arg-type]
            self.plan.rows.append(self.packaged_row(
                path, row.location, row.number, file_event, history, edited))
        if extra_rows:
            self.plan_visible(path, table, extra_rows)

    def packaged_row(
        self, path: Path, location: str, number: int, event: Event, history: set[str],
        edited: bool,
    ) -> PlannedRow:
        def planned(action: Action, reason: str, local: Event | None = None) -> PlannedRow:
            return PlannedRow(path.name, location, number, action, reason, event,
                              local=local, exact=not edited, edited_in_word=edited)

        if event.id in self._planned_ids:
            return planned(Action.SKIP, "повтор: это мероприятие уже есть в другом файле импорта")
        self._planned_ids.add(event.id)
        local = self._stored.get(event.id)
        if local is None:
            twin = self._existing_twin(event)
            if twin is not None:
                return planned(Action.SKIP, "уже есть в базе (совпадают департамент, "
                               "наименование, сроки и соглашения)", twin)
            return planned(Action.ADD, "новое мероприятие (из данных файла)")
        mine = self.local_hash(local)
        theirs = self.local_hash(event)
        if mine == theirs:
            return planned(Action.SKIP, "уже загружено, без изменений", local)
        if mine in history:
            why = "изменено в Word после выгрузки" if edited else \
                f"в файле более новая версия ({event.version})"
            return planned(Action.UPDATE, why, local)
        if theirs in self.local_hashes(local.id):
            return planned(Action.SKIP, "в базе более новая версия", local)
        return planned(Action.CONFLICT, "изменено и в базе, и в файле", local)

    def _existing_twin(self, event: Event) -> Event | None:
        """A stored event (from an earlier import of the visible table) that is this one."""
        day = event.starts_on
        key = (day.year, (day.month - 1) // 3)
        period = self._quarters.get(key)
        if period is None:  # built (and validated) once per quarter, not once per row
            period = self._quarters[key] = ReportPeriod.quarter_of(day)
        existing = self.existing(period)
        return existing.get(_identity(event)) if existing else None  # a new file: none


def _file_event(pe: PackagedEvent, ids: dict[str, str]) -> Event:
    """A packaged event with the ids its department and agreements have here."""
    return event_with(
        pe.event, department_id=ids.get(pe.event.department_id, pe.event.department_id),
        agreement_ids=list(dict.fromkeys(ids.get(a, a) for a in pe.event.agreement_ids)),
    )


def _row_texts(row: ReportRow) -> dict[str, str]:
    return {name: getattr(row, name) for name in ROW_FIELDS}


def _with_visible_text(event: Event, row: ReportRow, period: ReportPeriod) -> Event:
    """The packaged record with the text its row shows now (edited in Word)."""
    changed = {name: getattr(row, name) for name in ROW_FIELDS
               if match_key(getattr(row, name)) != match_key(getattr(event, name))}
    if "timing" in changed:
        timing, _warning = parse_or_free_text(row.timing, period)
        changed |= {"timing_kind": str(timing.kind), "starts_on": timing.start,
                    "ends_on": timing.end}
    if "participants" in changed:
        changed["participants_count"] = participants_count(row.participants)
    return replace(event, **changed)


def _pair_rows(
    rows: list[ReportRow], packaged: list[PackagedEvent], hashes: dict[int, str] | None = None
) -> tuple[list[tuple[ReportRow, PackagedEvent]], list[ReportRow], list[PackagedEvent]]:
    """Visible rows matched to packaged events: by identical text first, then in order.

    Several rows may show one event (a report laid out one row per agreement);
    that event is then taken once.
    """
    by_hash: dict[str, list[int]] = {}
    for i, pe in enumerate(packaged):
        by_hash.setdefault(pe.row_hash, []).append(i)
    taken: dict[int, ReportRow] = {}
    unpaired: list[ReportRow] = []
    for row in rows:
        visible = hashes[id(row)] if hashes is not None else row_hash(_row_texts(row))
        candidates = by_hash.get(visible, [])
        free = [i for i in candidates if i not in taken]
        if free:
            taken[free[0]] = row
        elif not candidates:
            unpaired.append(row)
    left = [i for i in range(len(packaged)) if i not in taken]
    for row, i in zip(unpaired, left, strict=False):
        taken[i] = row
    extra = unpaired[len(left):]
    lost = [packaged[i] for i in left[len(unpaired):]]
    pairs = [(taken[i], packaged[i]) for i in sorted(taken)]
    return pairs, extra, lost


@dataclass(frozen=True)
class ReadFile:
    """One file as read from disk: its visible table and, if it carries them, its records
    (the table is None where the records stand for it: see :func:`read_report`)."""

    path: Path
    table: ReportTable | None
    package: Package | None

    @property
    def row_count(self) -> int:
        """The event rows the file shows."""
        if self.table is not None:
            return len(self.table.rows)
        return len(self.package.events) if self.package is not None else 0


def read_files(
    paths: Iterable[Path | str], check: Callable[[], None] | None = None,
    options: ReadOptions | None = None,
) -> list[ReadFile]:
    """Read and parse the files; touches no database, so it may run in a worker thread.

    ``check`` is called before each file (a cancel token's ``check``: it raises to stop).
    Raises ImportFileError for a bad file.
    """
    read = []
    for path in map(Path, paths):
        if check is not None:
            check()
        table, package = read_report(path, options)
        read.append(ReadFile(path, table, package))
    return read


def import_files(
    store: Store,
    paths: Iterable[Path | str],
    *,
    create_missing: bool = False,
    mapping: dict[str, str] | None = None,
    read: Sequence[ReadFile] | None = None,
    department: str = "",
    options: ReadOptions | None = None,
) -> ImportPlan:
    """Read the files and plan the import. Writes nothing; raises ImportFileError for a bad file.

    ``mapping`` maps a name as written in a file to a stored record's id, or to
    :data:`import_names.CREATE` to create it. ``read`` is the files already read
    by :func:`read_files` (in a worker, or for planning again with another
    mapping); ``paths`` are then not read again. ``department`` names the
    department of rows whose file names none; ``options`` say how to read
    columns the header does not explain.
    """
    files = list(read) if read is not None else read_files(paths, options=options)
    resolver = NameResolver(store, create_missing, mapping)
    plan = ImportPlan(files=[f.path for f in files])
    planner = _Planner(store, resolver, plan, department)
    for file in files:
        path, table, package = file.path, file.table, file.package
        if table is not None:
            plan.warnings += [f"{path.name}: {w}" for w in table.warnings]
            if table.ignored_columns:
                plan.ignored_columns.append(f"{path.name}: " + "; ".join(table.ignored_columns))
        if package is not None:
            planner.plan_package(path, table, package)
        elif table is not None:
            planner.plan_visible(path, table, table.rows)
    plan.new_departments = resolver.new_departments
    plan.new_agreements = resolver.new_agreements
    plan.unmatched = list(resolver.unmatched.values())
    plan.warnings += resolver.warnings
    plan.names = dict(resolver.names)
    return plan
