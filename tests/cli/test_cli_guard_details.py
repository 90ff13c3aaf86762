"""What the command line's last guard leaves behind for a person to act on.

An unexpected error prints one line; the details a developer needs (the traceback
and the command that was run) must really be in the log file the line names, and
when no log can be written the line must say so rather than point at nothing. A
reader that closes the output early gets its own plain line and exit 141.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from desktop_app import cli, logfile
from desktop_app.commands import check


@pytest.fixture
def log_folder(monkeypatch, tmp_path):
    folder = tmp_path / "журналы"
    monkeypatch.setattr(logfile, "log_dir", lambda: folder)
    # The guard switches logging's last-resort handler off for the process; give it back.
    monkeypatch.setattr(logging, "lastResort", logging.lastResort)
    monkeypatch.setattr(cli.sys, "argv", ["interreg", "check", "--db", "отчёт.interreg"])
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename).is_relative_to(
                tmp_path):
            root.removeHandler(handler)
            handler.close()


def _fail_with(monkeypatch, error: BaseException) -> None:
    def boom(args):
        raise error

    monkeypatch.setattr(check, "run", boom)


def test_the_line_names_the_log_and_the_log_holds_the_traceback_and_the_command(
        monkeypatch, capsys, tmp_path, log_folder):
    _fail_with(monkeypatch, KeyError("отдел-42"))
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == 3
    out, err = capsys.readouterr()
    log_path = log_folder / logfile.LOG_NAME
    assert out == ""
    assert err.strip().splitlines() == [
        "Ошибка: внутренняя ошибка программы (KeyError); незавершённые изменения в базу не "
        f"записаны. Сообщите разработчикам, подробности записаны в журнал: {log_path}."]
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR" in text and "unexpected error in interreg check --db отчёт.interreg" in text
    assert "Traceback (most recent call last)" in text
    assert "KeyError: 'отдел-42'" in text
    assert "Traceback" not in err


def test_without_a_log_file_the_line_says_so(monkeypatch, capsys, tmp_path, log_folder):
    log_folder.parent.mkdir(exist_ok=True)
    log_folder.write_text("a file where the log folder should be", encoding="utf-8")
    _fail_with(monkeypatch, RuntimeError("boom"))
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == 3
    out, err = capsys.readouterr()
    assert err.strip().splitlines() == [
        "Ошибка: внутренняя ошибка программы (RuntimeError); незавершённые изменения в базу "
        "не записаны. Сообщите разработчикам, журнал записать не удалось."]
    assert "Traceback" not in err and out == ""


def test_a_reader_that_went_away_gets_one_line_and_141_and_no_more_output(
        monkeypatch, capfd, tmp_path):
    _fail_with(monkeypatch, BrokenPipeError())
    assert cli.main(["check", "--db", str(tmp_path / "x.interreg")]) == cli.EXIT_BROKEN_PIPE == 141
    # Whatever is flushed to standard output afterwards (at exit) goes nowhere, so
    # it cannot raise the same error again while Python shuts down.
    os.write(1, b"after the reader left\n")
    out, err = capfd.readouterr()
    assert out == ""
    assert err.strip().splitlines() == [
        "Вывод прерван: программа, читавшая его, закрылась раньше."]


def test_the_command_line_comes_from_sys_argv_when_not_given(monkeypatch, capsys, tmp_path):
    db = tmp_path / "из-argv.interreg"
    monkeypatch.setattr(cli.sys, "argv", ["interreg", "check", "--db", str(db)])
    seen = []
    monkeypatch.setattr(check, "run", lambda args: seen.append(args.db) or 0)
    assert cli.main() == 0
    assert [str(p) for p in seen] == [str(db)]


def test_a_file_given_twice_is_refused_in_plain_words(capsys, tmp_path):
    first, second = tmp_path / "a.interreg", tmp_path / "b.interreg"
    first.touch()
    with pytest.raises(SystemExit) as stop:
        cli.main([str(first), "--db", str(second), "check"])
    assert stop.value.code != 0
    err = capsys.readouterr().err
    assert "файл базы данных указан дважды (ФАЙЛ и --db); оставьте один" in err
