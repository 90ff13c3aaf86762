"""`interreg summary`: events per department, agreement, partner region, month and status."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import UserError
from ..exchange.summary_file import SUMMARY_FORMATS
from .common import add_db_option, add_period_options, open_store, period_from_args
from .export import resolve_departments


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "summary",
        help="сводка за период: мероприятия по департаментам, соглашениям, регионам, "
        "месяцам и статусам",
    )
    add_db_option(p)
    add_period_options(p)
    p.add_argument("--department", action="append",
                   help="только этот департамент (название или краткое название); можно повторять")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true",
                       help="вывести сводку в формате JSON (в файл, если указан --out)")
    shape.add_argument("--format", choices=SUMMARY_FORMATS, help="сохранить сводку в файл DOCX или XLSX")
    p.add_argument("--out", help="куда сохранить файл")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..exchange.files import atomic_write
    from ..exchange.summary_json import summary_record
    from ..exchange.summary_text import summary_lines
    from ..storage.summary_query import store_summary

    if args.format and not args.out:
        raise UserError("Укажите файл для сводки: --out ИМЯ_ФАЙЛА.")
    if args.out and not (args.format or args.json):
        raise UserError("Укажите, в каком виде сохранить сводку: --format docx|xlsx или --json.")
    period = period_from_args(args)
    with open_store(args, create=False, readonly=True) as store:
        summary = store_summary(store, period, resolve_departments(store, args.department))
    if args.json:
        text = json.dumps(summary_record(summary), ensure_ascii=False, indent=2)
        if args.out:
            atomic_write(Path(args.out), lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))
            print(f"Сводка {period.title} сохранена: {args.out}")
        else:
            print(text)
        return 0
    if args.format:
        from ..exchange.summary_file import write_summary_file

        write_summary_file(summary, args.format, Path(args.out))
        print(f"Сводка {period.title} сохранена: {args.out}")
        return 0
    print("\n".join(summary_lines(summary)))
    return 0
