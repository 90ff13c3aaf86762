from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..domain.matching import best_match, match_key
from ..errors import UserError
from ..exchange.summary_file import SUMMARY_FORMATS
from ..storage.errors import DatabaseCorrupt
from ..storage.store import Store
from .common import (
    add_db_option,
    add_period_options,
    checked_beside,
    open_store,
    period_from_args,
    without_cycle_collection,
)

# format name → function(store, args, period, department_ids, out_path, check) -> Path;
# ``check`` is called before the written file replaces ``out`` (it raises to keep the old one)
Exporter = Callable[[Store, argparse.Namespace, object, list[str] | None, Path,
                     Callable[[], None]], Path]
EXPORTERS: dict[str, Exporter] = {}


def _report_exporter(fmt: str) -> Exporter:
    def export(store: Store, args: argparse.Namespace, period: object,
               department_ids: list[str] | None, out: Path, check: Callable[[], None]) -> Path:
        from ..exchange.report_service import export_report_file

        # The summary, the table and the records from one state of the file.
        with store.reading():
            summary = None
            if args.with_summary:
                from ..storage.summary_query import store_summary

                summary = store_summary(store, period, department_ids)  # type: ignore[arg-type]
            return export_report_file(store, period, department_ids, fmt,  # type: ignore[arg-type]
                                      out, layout=args.layout, summary=summary,
                                      dates_as_typed=args.dates_as_typed, check=check)

    return export


EXPORTERS.update({fmt: _report_exporter(fmt) for fmt in ("docx", "xlsx", "pdf")})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="выгрузить отчёт за период (docx, xlsx, pdf, json)")
    add_db_option(p)
    add_period_options(p)
    p.add_argument("--format", required=True, choices=["docx", "xlsx", "pdf", "json"],
                   help="формат файла")
    p.add_argument("--out", required=True, help="куда сохранить файл")
    p.add_argument("--department", action="append",
                   help="только этот департамент (название или краткое название); можно повторять")
    p.add_argument("--layout", choices=["per-event", "per-agreement"], default="per-event",
                   help="строка на мероприятие (как в эталоне) или на каждое соглашение")
    p.add_argument("--with-summary", action="store_true",
                   help="добавить «Сводные данные»: приложение к DOCX, второй лист XLSX")
    p.add_argument("--dates-as-typed", action="store_true",
                   help="печатать сроки как введены (по умолчанию распознанные сроки "
                        "печатаются в единой форме: «29 февраля – 1 марта»)")
    p.set_defaults(func=run)


def resolve_departments(store: Store, names: list[str] | None) -> list[str] | None:
    if not names:
        return None
    depts = store.departments()
    ids = []
    for name in names:
        candidates = [(d.name, d.id) for d in depts] + [(d.short_name, d.id) for d in depts if d.short_name]
        found, _score = best_match(name, candidates, cutoff=0.85)
        if found is None:
            # A unique fragment of a name («спорта») is enough on the command line.
            key = match_key(name)
            hits = {d.id for d in depts if key and key in match_key(d.name)}
            found = hits.pop() if len(hits) == 1 else None
        if found is None:
            known = "; ".join(d.name for d in depts) or "нет ни одного"
            raise UserError(f"Департамент «{name}» не найден. Известные департаменты: {known}.")
        ids.append(found)
    return ids


def run(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    if args.with_summary and args.format not in SUMMARY_FORMATS:
        raise UserError("Сводные данные (--with-summary) добавляются только к отчёту DOCX или XLSX.")
    out = Path(args.out)
    # A report from a damaged file may miss events: the file is checked (beside the
    # export's own reading), and a damaged one leaves no report and the old file as it was.
    with without_cycle_collection(), \
            open_store(args, create=False, readonly=True, verify=False) as store, \
            checked_beside(store, args) as intact:
        try:
            dept_ids = resolve_departments(store, args.department)
            if args.format == "json":
                from ..exchange.json_export import write_json

                events = store.events_in_period(period, department_ids=dept_ids)
                intact()
                write_json(out, events, store.departments(), store.agreements(), period.title)
                count = len(events)
            else:
                exporter = EXPORTERS.get(args.format)
                if exporter is None:
                    raise UserError(f"Формат {args.format} пока не поддерживается.")
                exporter(store, args, period, dept_ids, out, intact)
                count = None
        except Exception:
            try:
                intact()  # a damaged file: its own message, not whatever reading it raised
            except DatabaseCorrupt:
                raise
            except Exception:  # noqa: BLE001 - the check's own trouble must not hide the error
                pass
            raise
    tail = f" (мероприятий: {count})" if count is not None else ""
    print(f"Отчёт {period.title} сохранён: {out}{tail}")
    return 0
