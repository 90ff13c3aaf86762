"""A small demo database per test, written by the command line as a clerk's would be."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "отчет.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def export_args(db: Path, out: Path | str, fmt: str = "json") -> list[str]:
    return ["export", "--db", str(db), "--year", "2020", "--quarter", "1",
            "--format", fmt, "--out", str(out)]
