"""The window's usual starts skip the parser (cli.window_start): the same answer as argparse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli


def _through_the_parser(argv: list[str]) -> tuple[bool, str | None]:
    """What the general path decides: the window (and its file) or a command."""
    parser = cli.build_parser()
    remaining, file = cli.split_file_argument(argv, cli.command_names(parser))
    args = parser.parse_args(remaining)
    if args.command is not None:
        return False, None
    return True, file if file is not None else args.db


def test_the_known_command_names_are_the_parsers():
    assert cli.COMMAND_NAMES == cli.command_names(cli.build_parser())


@pytest.mark.parametrize("argv", [
    [], ["отчёты.interreg"], ["папка/база"], ["/tmp/x.sqlite3"],
])
def test_a_launcher_or_a_double_click_opens_the_window_as_argparse_would(argv):
    assert cli.window_start(argv) == (True, argv[0] if argv else None)
    assert cli.window_start(argv) == _through_the_parser(list(argv))


@pytest.mark.parametrize("argv", [
    ["check"], ["demo"], ["--db", "x.interreg"], ["x.interreg", "check"], ["--version"],
    ["-"], ["exprot"], ["--help"],
])
def test_everything_else_goes_through_the_parser(argv):
    assert cli.window_start(argv) == (False, None)


def test_a_file_named_like_a_command_is_the_command(tmp_path: Path, monkeypatch):
    # «interreg check» runs the check even where a file called check exists.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "check").write_bytes(b"")
    assert cli.window_start(["check"]) == (False, None)


def test_the_window_start_loads_no_subcommand(tmp_path: Path):
    """Opening the window on a file imports none of the subcommands' modules."""
    code = (
        "import sys\n"
        "import desktop_app.app as app\n"
        "app.run_window = lambda db: print('window', db) or 0\n"
        "from desktop_app.cli import main\n"
        "rc = main([sys.argv[1]])\n"
        "print(sorted(m for m in sys.modules if m.startswith('desktop_app.commands')))\n"
        "sys.exit(rc)\n"
    )
    target = tmp_path / "отчёты.interreg"
    done = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"window {target}", "[]"]
