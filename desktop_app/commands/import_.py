"""`interreg import FILE…`: the same preview and summary as the window's «Импорт…»."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .common import add_db_option, db_path, open_store

if TYPE_CHECKING:
    from ..exchange.import_plan import ImportSummary
    from ..storage.store import Store

EXIT_CONFLICTS = 5


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="загрузить отчёты DOCX/XLSX (в том числе выгруженные этой программой)"
    )
    add_db_option(p)
    p.add_argument("files", nargs="+", metavar="ФАЙЛ", help="файлы .docx или .xlsx")
    p.add_argument("--create-missing", action="store_true",
                   help="создать департаменты и соглашения, которых нет в базе")
    p.add_argument("--dry-run", action="store_true",
                   help="только показать, что будет добавлено и обновлено, ничего не записывая")
    side = p.add_mutually_exclusive_group()
    side.add_argument("--theirs", action="store_true",
                      help="при конфликте принять версию из файла")
    side.add_argument("--mine", action="store_true",
                      help="при конфликте оставить версию в базе")
    p.add_argument("--verbose", "-v", action="store_true", help="показать каждую строку")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = db_path(args)
    new_file = not target.exists()
    try:
        with open_store(args, readonly=args.dry_run, create=not args.dry_run) as store:
            summary = _import(store, args)
    except BaseException:
        # A failed import changes nothing, and that includes not leaving a new empty file.
        if new_file:
            for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
    print(summary.text())
    if summary.conflicts_open:
        print(
            "Есть конфликты: запустите импорт снова с --theirs (взять из файла) "
            "или --mine (оставить своё).",
            file=sys.stderr,
        )
        return EXIT_CONFLICTS
    return 0


def _import(store: Store, args: argparse.Namespace) -> ImportSummary:
    # Imported here: the readers (lxml, python-docx, openpyxl) are not needed by the
    # other commands, and every command pays for what the command line imports.
    from ..exchange.import_plan import MINE, THEIRS, UnmatchedNamesError, apply_plan, summarize
    from ..exchange.importer import import_files

    plan = import_files(store, args.files, create_missing=args.create_missing)
    if plan.unmatched:
        raise UnmatchedNamesError(plan.unmatched)
    if args.theirs or args.mine:
        plan.resolve_conflicts(THEIRS if args.theirs else MINE)
    if args.verbose:
        for row in plan.rows:
            print(f"{row.label}: {row.action} — {row.reason}")
    return summarize(plan, dry_run=True) if args.dry_run else apply_plan(store, plan)
