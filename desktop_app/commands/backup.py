from __future__ import annotations

import argparse

from ..errors import UserError
from .common import add_backup_options, add_db_option, backup_folder, db_path, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="сделать резервную копию базы")
    add_db_option(p)
    add_backup_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    folder = backup_folder(args, path)
    if path.is_file() and path.stat().st_size == 0:
        # Opening would write the program's tables into it: a backup must change nothing.
        raise UserError(f"Файл «{path}» пуст: в нём нет данных, копировать нечего.")
    from ..storage.backup import make_backup  # here: every other command starts without it

    with open_store(args, create=False) as store:
        target = make_backup(store.db.conn, path, folder, keep=args.keep)
    print(f"Резервная копия сохранена: {target}")
    return 0
