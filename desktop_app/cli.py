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
# Without a handler, logging's last resort prints the logged traceback on stderr: exactly
# what the user must not see. Where the details go is the log's business, not the screen's.
logging.getLogger("interreg").addHandler(logging.NullHandler())


_ARGPARSE_RU = {
    "the following arguments are required: %s": "не указаны обязательные аргументы: %s",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "недопустимое значение %(value)r (можно: %(choices)s)",
    "invalid %(type)s value: %(value)r": "недопустимое значение: %(value)r",
    "unrecognized arguments: %s": "лишние аргументы: %s",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "not allowed with argument %s": "нельзя указывать вместе с %s",
    "expected one argument": "нужно указать значение",
    "ambiguous option: %(option)s could match %(matches)s":
        "неоднозначный параметр %(option)s: подходят %(matches)s",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_RU.get(message, message)


# argparse looks its messages up through the module-level gettext alias at call time.
argparse._ = _argparse_text  # type: ignore[attr-defined]


class RussianArgumentParser(argparse.ArgumentParser):
    """argparse speaking Russian in its help, as the rest of the program does."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "аргументы"
        self._optionals.title = "параметры"
        self.add_argument("-h", "--help", action="help", help="показать эту справку и выйти")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "использование:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "использование:", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Ошибка в аргументах: {message}\nСправка: interreg --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="interreg",
        description="Мероприятия по соглашениям о межрегиональном сотрудничестве и "
        "квартальный отчёт. Без команды открывается окно программы.",
    )
    parser.add_argument("--version", action="version", version=f"interreg {__version__}",
                        help="показать версию программы и выйти")
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
