"""A bug inside a command: one plain line on stderr, exit code 3, never a traceback.

Run in a real process (no pytest logging handlers), the way a script or a clerk
meets it: whatever the program logs about the bug must not reach the screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOOM = """
import sys
import desktop_app.commands.{module} as command

def boom(args):
    raise {error}

command.run = boom
from desktop_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run_with_bug(module: str, error: str, *args: str, tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("INTERREG_DB", None)
    return subprocess.run([sys.executable, "-c", BOOM.format(module=module, error=error), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("error", ["KeyError('department')", "RuntimeError('boom')",
                                   "AttributeError('x')", "ZeroDivisionError()"])
def test_an_unexpected_error_is_one_plain_line_and_exit_3(tmp_path, error):
    db = tmp_path / "отчет.interreg"
    result = _run_with_bug("check", error, "check", "--db", str(db), tmp_path=tmp_path)
    assert result.returncode == 3
    assert "Traceback" not in result.stderr and "File \"" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "ошибка" in lines[0].lower()
    assert result.stdout == ""


def test_the_same_guard_covers_every_command(tmp_path):
    db = tmp_path / "отчет.interreg"
    result = _run_with_bug("backup", "KeyError('x')", "backup", "--db", str(db), tmp_path=tmp_path)
    assert (result.returncode, len(result.stderr.strip().splitlines())) == (3, 1), result.stderr
    assert "Traceback" not in result.stderr


def test_a_users_mistake_is_not_called_an_internal_error(tmp_path):
    """The guard's other side: a user error keeps its own plain message and exit code 1."""
    result = _run_with_bug("check", "__import__('desktop_app.errors').errors.UserError('нет файла')",
                           "check", "--db", str(tmp_path / "x.interreg"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Ошибка: нет файла"]


@pytest.mark.parametrize("error", [KeyError("department"), RuntimeError("boom"), TypeError()])
def test_in_process_the_guard_returns_3_with_one_line(monkeypatch, capsys, tmp_path, error):
    """The same guard called directly, as the window's own code and scripts call main()."""
    from desktop_app import cli
    from desktop_app.commands import check

    def boom(args):
        raise error

    monkeypatch.setattr(check, "run", boom)
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == cli.EXIT_BUG == 3
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert type(error).__name__ in err and "Сообщите разработчикам" in err


def test_in_process_a_user_error_is_exit_1_and_interrupt_130(monkeypatch, capsys, tmp_path):
    from desktop_app import cli
    from desktop_app.commands import check
    from desktop_app.errors import UserError

    def refuse(args):
        raise UserError("файл занят")

    monkeypatch.setattr(check, "run", refuse)
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == cli.EXIT_USER_ERROR == 1
    assert capsys.readouterr().err == "Ошибка: файл занят\n"

    def interrupt(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(check, "run", interrupt)
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == 130
    assert capsys.readouterr().err == "Прервано.\n"


def test_a_command_result_becomes_the_exit_code(monkeypatch, tmp_path):
    from desktop_app import cli
    from desktop_app.commands import check

    monkeypatch.setattr(check, "run", lambda args: 4)
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == 4
    monkeypatch.setattr(check, "run", lambda args: None)
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == 0
