"""What every subcommand shares: the --db option and reading a period."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.periods import PeriodKind, ReportPeriod
from ..errors import UserError
from ..paths import default_db_path
from ..storage.store import Store


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="файл базы данных (по умолчанию — в папке данных пользователя или INTERREG_DB)",
    )


def positive_int(text: str) -> int:
    """An argparse type for counts such as --keep: a whole number from 1 up."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"нужно целое число, а не «{text}»") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"нужно число не меньше 1, а не {value}")
    return value


def add_backup_options(parser: argparse.ArgumentParser) -> None:
    from ..storage.backup import DEFAULT_KEEP

    parser.add_argument("--dir", help="папка резервных копий (по умолчанию — backups рядом с базой)")
    parser.add_argument("--keep", type=positive_int, default=DEFAULT_KEEP,
                        help=f"сколько последних копий хранить (по умолчанию {DEFAULT_KEEP})")


def backup_folder(args: argparse.Namespace, path: Path) -> Path:
    from ..paths import default_backup_dir

    return Path(args.dir) if args.dir else default_backup_dir(path)


def db_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    if given is not None and not given.strip():
        raise UserError("Путь к файлу базы данных (--db) пуст. Укажите файл.")
    return Path(given) if given else default_db_path()


def holder_of(args: argparse.Namespace) -> str:
    """How another copy names this command when it finds the file taken."""
    return f"команда «{getattr(args, 'command', None) or 'interreg'}»"


def open_store(args: argparse.Namespace, *, create: bool = True, readonly: bool = False,
               verify: bool | None = None) -> Store:
    """The command's Store: locked for writing, and checked for damage before any write.

    ``verify`` (default: for writing) runs quick_check on an existing file first;
    an export asks for it too, since a report from a damaged file may miss events.
    """
    path = db_path(args)
    present = path.exists()
    existed = path.is_file() and path.stat().st_size > 0
    try:
        store = _open(args, path, create=create, readonly=readonly)
    except BaseException:
        if not present:  # a refused new file (a full disk) leaves nothing behind
            for leftover in (path, *(path.with_name(path.name + s) for s in
                                     ("-wal", "-shm", "-journal"))):
                leftover.unlink(missing_ok=True)
        raise
    if (not readonly if verify is None else verify) and existed:
        from ..storage.lifecycle import require_intact

        try:
            require_intact(store, Path(args.dir) if getattr(args, "dir", None) else None)
        except BaseException:
            store.close()
            raise
    return store


def _open(args: argparse.Namespace, path: Path, *, create: bool, readonly: bool) -> Store:
    if create and not readonly and not getattr(args, "db", None):
        path.parent.mkdir(parents=True, exist_ok=True)
    from ..storage.lifecycle import backup_before_migration
    from ..storage.lock import acquire_lock

    if readonly:
        return Store.open(path, create=create, readonly=True)
    # Validate the file before creating a lock file beside it.
    if not path.parent.is_dir() or (not create and not path.exists()):
        return Store.open(path, create=create)
    # Only one copy of the program writes a file at a time, the window included.
    lock = acquire_lock(path, holder=holder_of(args))
    try:
        store = Store.open(path, create=create, before_migration=backup_before_migration)
    except BaseException:
        lock.release()
        raise
    store.on_close(lock.release)
    return store


def add_period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="год отчёта")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="квартал (1–4)")
    group.add_argument("--half", type=int, choices=[1, 2], help="полугодие (1 или 2)")
    group.add_argument("--nine-months", action="store_true", help="9 месяцев")
    group.add_argument("--full-year", action="store_true", help="весь год")


def period_from_args(args: argparse.Namespace) -> ReportPeriod:
    if not 1990 <= args.year <= 2100:
        raise UserError(f"Год {args.year} вне допустимого диапазона (1990–2100).")
    if args.quarter:
        return ReportPeriod(args.year, PeriodKind.QUARTER, args.quarter)
    if args.half:
        return ReportPeriod(args.year, PeriodKind.HALF_YEAR, args.half)
    if args.nine_months:
        return ReportPeriod(args.year, PeriodKind.NINE_MONTHS, 1)
    return ReportPeriod(args.year, PeriodKind.YEAR, 1)


@contextmanager
def checked_beside(store: Store, args: argparse.Namespace) -> Iterator[Callable[[], None]]:
    """open_store's damage check (quick_check) for a command that only reads: run on a
    connection of its own, on a second core, while the command reads and writes its
    output (it reads every page: 10,000 events ~0.06 s, 100,000 ~1 s). The command calls
    what this gives before its output replaces an old file and there gets the same
    DatabaseCorrupt it would have got at the start; the check is waited for on the way out."""
    from concurrent.futures import ThreadPoolExecutor

    from ..storage.lifecycle import require_intact

    folder = Path(args.dir) if getattr(args, "dir", None) else None

    def check() -> None:
        other = store.for_worker(readonly=True)
        if other is not None:
            with other:
                require_intact(other, folder)

    with ThreadPoolExecutor(max_workers=1) as pool:
        yield pool.submit(check).result


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """For one command in its own short process: the collector's full passes re-scan every
    record, row and XML piece the export holds (10,000 events: ~10% of the CPU) and find
    no garbage, since reference counting frees all of it; the peak memory stays the same."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
