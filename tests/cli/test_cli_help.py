"""What `interreg --help` and a mistyped command line tell the user, word for word."""

from __future__ import annotations

import pytest

from desktop_app import __version__
from desktop_app.cli import main


def _run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    return done.value.code, out, err


def test_top_level_help_in_russian(capsys):
    code, out, err = _run(capsys, "--help")
    assert code == 0 and err == ""
    assert out.startswith("использование: interreg ")
    text = " ".join(out.split())
    for words in (
        "Мероприятия по соглашениям о межрегиональном сотрудничестве и квартальный отчёт. "
        "Без команды открывается окно программы; «interreg ФАЙЛ» открывает окно с этим "
        "файлом базы данных (например, отчёты.interreg).",
        "аргументы:", "параметры:",
        "-h, --help показать эту справку и выйти",
        "--version показать версию программы и выйти",
        "--db DB файл базы данных (по умолчанию — в папке данных пользователя; также "
        "переменная INTERREG_DB)",
    ):
        assert words in text, words
    assert "usage:" not in out and "show this help" not in out


def test_version(capsys):
    code, out, _err = _run(capsys, "--version")
    assert (code, out) == (0, f"interreg {__version__}\n")


@pytest.mark.parametrize(("args", "reason"), [
    (["нет-такой"], "аргумент КОМАНДА: недопустимое значение 'нет-такой' (можно: "),
    (["check", "--лишнее"], "лишние аргументы: --лишнее"),
    (["export", "--format", "pdf", "--year"], "аргумент --year: нужно указать значение"),
])
def test_a_mistyped_command_line_gets_usage_and_one_plain_error(capsys, args, reason):
    code, out, err = _run(capsys, *args)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("использование: interreg")
    error = next(line for line in lines if line.startswith("Ошибка в аргументах: "))
    assert error.startswith(f"Ошибка в аргументах: {reason}"), error
    assert lines[-1] == "Справка: interreg --help"
    assert "Traceback" not in err and "usage:" not in err
