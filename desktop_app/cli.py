"""`interreg`: the window with no arguments, the same services as subcommands.

Errors a user can act on are printed as one plain sentence on stderr with a
non-zero exit code; a bug still gets a short message and a log entry, never a
bare traceback on the user's screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .commands import COMMANDS
from .errors import UserError

EXIT_USER_ERROR = 1
EXIT_BUG = 3

log = logging.getLogger("interreg.cli")


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Ошибка в аргументах: {message}\nСправка: interreg --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="interreg",
        description="Мероприятия по соглашениям о межрегиональном сотрудничестве и "
        "квартальный отчёт. Без команды открывается окно программы.",
    )
    parser.add_argument("--version", action="version", version=f"interreg {__version__}")
    parser.add_argument("--db", help="файл базы данных (по умолчанию — в папке данных "
                        "пользователя; также переменная INTERREG_DB)")
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА",
                                parser_class=RussianArgumentParser)
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from .app import run_window

            return run_window(args.db)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"Ошибка: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 130
    except Exception as exc:  # the program's own fault: say so plainly, keep details in the log
        log.exception("unexpected error")
        print(
            f"Внутренняя ошибка программы ({type(exc).__name__}: {exc}). Данные не изменены. "
            "Сообщите разработчикам.",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
