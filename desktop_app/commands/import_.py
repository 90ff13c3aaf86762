"""`interreg import FILE…`: the same preview and summary as the window's «Импорт…»."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import TYPE_CHECKING

from ..errors import UserError
from ..exchange.header_vocabulary import CLI_FIELDS, format_columns, parse_columns
from .common import add_db_option, db_path, open_store, without_cycle_collection

if TYPE_CHECKING:
    from ..exchange.import_plan import ImportSummary
    from ..exchange.importer import ReadOptions
    from ..exchange.report_file import ImportFileError
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
    p.add_argument("--department", metavar="НАЗВАНИЕ", default="",
                   help="департамент для строк файла, в котором департамент не указан")
    p.add_argument("--columns", metavar="N=ПОЛЕ,…", default="",
                   help="какие столбцы что содержат, если заголовок таблицы не распознан: "
                   "номера столбцов с 1, поля " + ", ".join(CLI_FIELDS)
                   + "; например --columns \"1=number,2=agreement,3=title,4=dates\"")
    p.add_argument("--verbose", "-v", action="store_true", help="показать каждую строку")
    p.set_defaults(func=run)


def _small_blocks_merged_when_freed() -> None:
    """Ask glibc's malloc to merge freed small blocks at once (M_MXFAST = 0).

    Reading a 10,000-row DOCX builds and frees an XML tree of ~10^6 small blocks; by
    default glibc parks them in its "fast bins" and merges them all in one go at the
    next larger request — SQLite's first query after the read paid 0.17 s of CPU for
    that, more than merging them as they are freed costs. Elsewhere (Windows, macOS,
    musl) there is no such call and nothing to do.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(1, 0)  # M_MXFAST (malloc.h): the largest block size kept in fast bins


def run(args: argparse.Namespace) -> int:
    _small_blocks_merged_when_freed()
    target = db_path(args)
    new_file = not target.exists()
    try:
        # Reading, planning and writing 10,000 rows make some 10^6 objects and no
        # garbage cycles: the collector's passes over them cost a tenth of the CPU.
        with without_cycle_collection(), \
                open_store(args, readonly=args.dry_run, create=not args.dry_run) as store:
            if new_file and not args.dry_run:
                from ..storage.bulk_events import pages_written_once

                with pages_written_once(store):
                    summary = _import(store, args)
            else:
                summary = _import(store, args)
    except BaseException:
        # A failed import changes nothing, and that includes not leaving a new empty file.
        if new_file:
            for leftover in (target, *(target.with_name(target.name + s)
                                       for s in ("-wal", "-shm", "-journal"))):
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


def _options(args: argparse.Namespace) -> ReadOptions:
    from ..exchange.importer import ReadOptions

    if not args.columns.strip():
        return ReadOptions()
    try:
        return ReadOptions(columns=parse_columns(args.columns))
    except ValueError as exc:
        raise UserError(f"--columns: {exc}") from None


def _command_for(args: argparse.Namespace, exc: ImportFileError) -> str:
    """The command that would read the refused file, with the suggested mapping."""
    from ..exchange.table_rows import ColumnsUnclear

    unclear = exc.unclear
    assert isinstance(unclear, ColumnsUnclear)
    parts = ["interreg", "import"]
    if args.db:
        parts += ["--db", shlex.quote(str(args.db))]
    if args.create_missing:
        parts.append("--create-missing")
    if args.department:
        parts += ["--department", shlex.quote(args.department)]
    parts += ["--columns", f'"{format_columns(unclear.suggested)}"', shlex.quote(str(exc.path))]
    return " ".join(parts)


def _import(store: Store, args: argparse.Namespace) -> ImportSummary:
    # Imported here: the readers (lxml, python-docx, openpyxl) are not needed by the
    # other commands, and every command pays for what the command line imports.
    from ..exchange.import_plan import MINE, THEIRS, UnmatchedNamesError, apply_plan, summarize
    from ..exchange.importer import import_files
    from ..exchange.report_file import ImportFileError

    try:
        plan = import_files(store, args.files, create_missing=args.create_missing,
                            department=args.department.strip(), options=_options(args))
    except ImportFileError as exc:
        if exc.unclear is None:
            raise
        raise UserError(f"{exc}\nКоманда, которая прочтёт файл (проверьте номера столбцов):\n  "
                        + _command_for(args, exc)) from None
    if plan.unmatched:
        raise UnmatchedNamesError(plan.unmatched)
    if args.theirs or args.mine:
        plan.resolve_conflicts(THEIRS if args.theirs else MINE)
    if args.verbose:
        for row in plan.rows:
            print(f"{row.label}: {row.action} — {row.reason}")
    return summarize(plan, dry_run=True) if args.dry_run else apply_plan(store, plan)
