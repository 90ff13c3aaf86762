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
from .errors import UserError

EXIT_USER_ERROR = 1
EXIT_BUG = 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell shows for a reader that went away

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
        "квартальный отчёт. Без команды открывается окно программы; «interreg ФАЙЛ» "
        "открывает окно с этим файлом базы данных (например, отчёты.interreg).",
    )
    parser.add_argument("--version", action="version", version=f"interreg {__version__}",
                        help="показать версию программы и выйти")
    parser.add_argument("--db", help="файл базы данных (по умолчанию — в папке данных "
                        "пользователя; также переменная INTERREG_DB)")
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА",
                                parser_class=RussianArgumentParser)
    from .commands import COMMANDS  # every subcommand's module: see window_start

    for module in COMMANDS:
        module.register(sub)
    # ФАЙЛ is taken out of the arguments before argparse (see split_file_argument): a
    # positional beside the subcommands would swallow the command names. Set after the
    # subcommands exist, whose own usage lines start from the parent's.
    parser.usage = "interreg [-h] [--version] [--db DB] [ФАЙЛ | КОМАНДА ...]"
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def _looks_like_a_file(token: str) -> bool:
    """A database path rather than a mistyped command: it exists, or has a folder or suffix."""
    from pathlib import Path

    return Path(token).exists() or "/" in token or "\\" in token or "." in token


def split_file_argument(argv: Sequence[str], commands: set[str]) -> tuple[list[str], str | None]:
    """Take `interreg FILE`'s database path out of ``argv``; return the rest and the path.

    The first argument that is neither an option (nor --db's value) nor a command name is
    the file, as a file manager passes it on a double click. A word that looks like neither
    a file nor a command stays, so argparse reports it as an unknown command instead of
    the window creating a database named after a typo.
    """
    rest = list(argv)
    index = 0
    while index < len(rest):
        token = rest[index]
        if token == "--":
            if index + 1 < len(rest):
                return rest[:index] + rest[index + 2:], rest[index + 1]
            return rest[:index], None
        if token == "--db":
            index += 2
            continue
        if token.startswith("-") and token != "-":
            index += 1
            continue
        if token in commands or not _looks_like_a_file(token):
            return rest, None
        return rest[:index] + rest[index + 1:], token
    return rest, None


# The subcommands' names, known without building the parser (a test keeps them equal).
COMMAND_NAMES = frozenset({"demo", "check", "backup", "export", "summary", "import", "restore"})


def window_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only opens the window, and on which file (None: the default one).

    The window's two usual starts — no argument (a menu entry) and one file (a double
    click) — are answered without the parser: building it imports every subcommand's
    module, ~15 ms before the window begins. Anything else goes through argparse.
    """
    if not argv:
        return True, None
    if len(argv) == 1:
        token = argv[0]
        if not token.startswith("-") and token not in COMMAND_NAMES and _looks_like_a_file(token):
            return True, token
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    only_window, file = window_start(given)
    args: argparse.Namespace | None = None
    if not only_window:
        parser = build_parser()
        remaining, file = split_file_argument(given, command_names(parser))
        args = parser.parse_args(remaining)
        if file is not None:
            if args.db is not None:
                parser.error("файл базы данных указан дважды (ФАЙЛ и --db); оставьте один")
            args.db = file
    try:
        if args is None or args.command is None:
            from .app import run_window

            return run_window(file if args is None else args.db)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"Ошибка: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # «interreg import … | head»: the reader closed our output, often after the
        # import was already saved. Nothing here knows whether it was, so say only what
        # happened — never «данные не изменены».
        _silence_stdout()
        print("Вывод прерван: программа, читавшая его, закрылась раньше.", file=sys.stderr)
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # the program's own fault: say so plainly, keep details in the log
        print(_internal_error(exc), file=sys.stderr)
        return EXIT_BUG


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not raise again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (a test)
        pass


def _internal_error(exc: Exception) -> str:
    """Log the traceback to the log file (never to the screen) and say where it is."""
    from .logfile import setup_log_file

    logging.lastResort = None  # without a file, the traceback must not reach stderr instead
    path = setup_log_file()
    log.error("unexpected error in %s", " ".join(sys.argv), exc_info=exc)
    where = f"подробности записаны в журнал: {path}." if path.is_file() else (
        "журнал записать не удалось.")
    # Not «данные не изменены»: a command may fail after it has saved (printing what it
    # did). What always holds: a change under way when it failed was rolled back.
    return (f"Ошибка: внутренняя ошибка программы ({type(exc).__name__}); незавершённые "
            f"изменения в базу не записаны. Сообщите разработчикам, {where}")


if __name__ == "__main__":
    sys.exit(main())
