"""Starting the window (kept apart so the command line never imports Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from .errors import UserError


def check_screen(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> None:
    """Qt aborts the process when it finds no screen: say so in plain words first."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        raise UserError(
            "Не найден графический экран (переменные DISPLAY и WAYLAND_DISPLAY не заданы), "
            "поэтому окно открыть нельзя. Запустите программу из графического сеанса; команды "
            "demo, check, export, import, backup и restore работают и без него."
        )


def run_window(db: str | None) -> int:
    check_screen()
    from .ui.application import run

    return run(db)
