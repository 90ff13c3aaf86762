from __future__ import annotations

import argparse
import json

from .common import add_db_option, db_path, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="проверить целостность базы и показать количество записей")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="вывести результат в формате JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Read-only: checking a file must never change it (nor upgrade it).
    with open_store(args, create=False, readonly=True) as store:
        integrity = store.integrity()
        counts = store.counts()
        version = store.schema_version
    if args.json:
        print(json.dumps({**counts, "integrity": integrity, "schema_version": version,
                          "path": str(db_path(args))}, ensure_ascii=False))
    else:
        state = "в порядке" if integrity == "ok" else f"НАЙДЕНЫ ОШИБКИ: {integrity}"
        print(f"База {db_path(args)}: {state}.")
        print(f"Мероприятий: {counts['events']}, соглашений: {counts['agreements']}, "
              f"департаментов: {counts['departments']}.")
    return 0 if integrity == "ok" else 1
