"""Attack 8: a bug in a command shows one plain line naming the log; the traceback goes there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import cli
from desktop_app.commands import check


def test_internal_error_is_one_line_naming_the_log_and_exit_3(demo_db, capsys, monkeypatch):
    def broken(_args):
        raise RuntimeError("что-то сломалось внутри")

    monkeypatch.setattr(check, "run", broken)  # the parser is built per call: it takes this one
    code = cli.main(["check", "--db", str(demo_db)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_BUG
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    log_file = Path(lines[0].rsplit("журнал: ", 1)[1].rstrip("."))
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "что-то сломалось внутри" in logged


def test_a_real_process_prints_no_traceback(tmp_path):
    """No log handler in a fresh process: logging's last resort must not print the traceback."""
    code = (
        "import sys; from desktop_app import cli; from desktop_app.commands import check\n"
        "def boom(a): raise ZeroDivisionError('x')\n"
        "check.run = boom\n"
        "sys.exit(cli.main(['check', '--db', sys.argv[1]]))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.db")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "interreg.log" in done.stderr
