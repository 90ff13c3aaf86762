from __future__ import annotations

import argparse

from .common import add_db_option, db_path, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="заполнить базу данными эталонного отчёта за I квартал 2020 года")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..demo import load_demo  # here: every other command starts without the demo data

    with open_store(args) as store:
        added = load_demo(store)
        counts = store.counts()
    print(
        f"База {db_path(args)}: добавлено мероприятий {added['events']}, соглашений "
        f"{added['agreements']}, департаментов {added['departments']}. Всего мероприятий "
        f"{counts['events']}."
    )
    return 0
