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


def damage(db: Path, index: str = "events_list_note") -> None:
    """Break one index page of a closed database: it still opens, quick_check fails."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * size + 3)  # the page's cell count
        fh.write(b"\xff\xff")


def quick_check(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
