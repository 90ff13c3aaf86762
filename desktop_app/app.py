"""Starting the window (kept apart so the command line never imports Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from .errors import UserError

WITHOUT_WINDOW = ("команды demo, check, export, import, backup и restore работают и без "
                  "него")


def check_screen(env: Mapping[str, str] = os.environ, platform: str = sys.platform, *,
                 load: Callable[[str], bool] | None = None,
                 answers: Callable[[str], bool] | None = None,
                 wayland: Callable[[], bool] | None = None) -> None:
    """Qt aborts the process when it cannot use the screen: say why in plain words first.

    ``load``, ``answers`` and ``wayland`` probe a library, the X server and Qt's Wayland
    plugin (see display_check); tests pass their own.
    """
    chosen = env.get("QT_QPA_PLATFORM", "")
    # A platform chosen by hand (offscreen, minimal, wayland, eglfs…) is the user's business.
    if not platform.startswith("linux") or (chosen and not chosen.startswith("xcb")):
        return
    display, wayland_display = env.get("DISPLAY"), env.get("WAYLAND_DISPLAY")
    if not (display or wayland_display):
        raise UserError(
            "Не найден графический экран (переменные DISPLAY и WAYLAND_DISPLAY не заданы), "
            f"поэтому окно открыть нельзя. Запустите программу из графического сеанса; "
            f"{WITHOUT_WINDOW}."
        )
    from . import display_check

    if not display:
        if (wayland or display_check.has_wayland_plugin)():
            return
        raise UserError(
            "Сеанс Wayland без X-сервера (переменная DISPLAY не задана), а эта сборка "
            "программы работает через X11: войдите в сеанс X11 или попросите администратора "
            f"включить XWayland; {WITHOUT_WINDOW}."
        )
    missing = display_check.missing_libraries(load or display_check.can_load)
    if missing:
        libraries = ", ".join(soname for soname, _package in missing)
        packages = " ".join(package for _soname, package in missing)
        what = (f"библиотеки {libraries}, нужной" if len(missing) == 1
                else f"библиотек {libraries}, нужных")
        package_word = "пакет" if len(missing) == 1 else "пакеты"
        raise UserError(
            f"Окно не открыть: в системе нет {what} Qt для работы с экраном, — попросите "
            f"администратора установить {package_word} {packages} (Astra Linux, Debian, Ubuntu: "
            f"sudo apt-get install {packages}); {WITHOUT_WINDOW}."
        )
    if not (answers or display_check.x_server_answers)(display):
        raise UserError(
            f"Графический экран {display} не отвечает или не пускает программу (нет доступа "
            "к X-серверу), поэтому окно открыть нельзя: запустите программу из своего "
            f"графического сеанса; {WITHOUT_WINDOW}."
        )


def run_window(db: str | None) -> int:
    check_screen()
    from .ui.application import run

    return run(db)
