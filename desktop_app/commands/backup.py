from __future__ import annotations

import argparse
from pathlib import Path

from ..paths import default_backup_dir
from ..storage.backup import DEFAULT_KEEP, make_backup
from .common import add_db_option, db_path, open_store, positive_int


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="сделать резервную копию базы")
    add_db_option(p)
    p.add_argument("--dir", help="папка резервных копий (по умолчанию — backups рядом с базой)")
    p.add_argument("--keep", type=positive_int, default=DEFAULT_KEEP,
                   help=f"сколько последних копий хранить (по умолчанию {DEFAULT_KEEP})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    folder = Path(args.dir) if args.dir else default_backup_dir(path)
    with open_store(args, create=False) as store:
        target = make_backup(store.db.conn, path, folder, keep=args.keep)
    print(f"Резервная копия сохранена: {target}")
    return 0
