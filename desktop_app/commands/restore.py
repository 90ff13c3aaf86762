"""`interreg restore FILE`: put a backup in place of the database (the current file is kept)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import UserError
from .common import add_backup_options, add_db_option, backup_folder, db_path, holder_of


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore",
        help="восстановить базу из резервной копии (текущий файл сначала копируется)",
    )
    add_db_option(p)
    p.add_argument("file", nargs="?", help="файл резервной копии")
    p.add_argument("--list", action="store_true", help="показать резервные копии базы")
    add_backup_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    folder = backup_folder(args, path)
    if args.list:
        return _print_list(path, folder)
    if not args.file:
        raise UserError(
            "Укажите файл резервной копии: interreg restore ФАЙЛ. "
            "Список копий: interreg restore --list."
        )
    from ..storage.lifecycle import restore_backup  # here: other commands start without it
    from ..storage.lock import acquire_lock

    # Restoring under a running window would pull the file from under its edits.
    with acquire_lock(path, holder=holder_of(args)):
        before = restore_backup(path, Path(args.file), folder, keep=args.keep)
    print(f"База {path} восстановлена из {args.file}.")
    if before is not None:
        print(f"Прежнее содержимое сохранено: {before}")
    return 0


def _print_list(path: Path, folder: Path) -> int:
    from ..storage.backup import list_backups
    from ..storage.lifecycle import backup_label, backup_reason

    backups = list_backups(folder, path)
    if not backups:
        print(f"Резервных копий базы {path} в папке {folder} нет.")
        return 0
    for info in backups:
        events = "ПОВРЕЖДЕНА, не восстанавливать" if info.damaged else f"мероприятий: {info.events}"
        print(f"{backup_label(info.made_at, backup_reason(info.path, path))}  "
              f"({events})  {info.path}")
    good = next((info for info in backups if not info.damaged), None)
    if good is None:
        print("Исправных копий нет.")
    else:
        print(f"Последняя исправная копия: {good.path}")
    return 0
