"""Starting the window (kept apart so the command line never imports Qt)."""

from __future__ import annotations


def run_window(db: str | None) -> int:
    from .ui.application import run

    return run(db)
