"""What Qt's xcb platform needs from a Linux system, probed before Qt starts.

Without one of these libraries, or with an X server that does not let the program in, Qt
aborts with a message naming the wrong library (it always names xcb-cursor0). Probing here
costs a few dlopen calls; no Qt is imported.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Every library libqxcb.so, libQt6XcbQpa and libQt6Gui link to that a desktop may lack
# (from `ldd` on the PySide6 wheel's plugin), with the Debian/Astra package that ships it.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
)


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname``, or the frozen bundle carries it."""
    bundle = getattr(sys, "_MEIPASS", None)
    # The bundle's copies sit beside the executable's libraries, where Qt finds them but a
    # dlopen from here (no RUNPATH) would not.
    if bundle and (Path(bundle) / soname).exists():
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] = can_load,
                      libraries: Iterable[tuple[str, str]] = XCB_LIBRARIES
                      ) -> list[tuple[str, str]]:
    """The (library, package) pairs the xcb platform needs and the loader cannot find."""
    return [(soname, package) for soname, package in libraries if not load(soname)]


def x_server_answers(display: str) -> bool:
    """Whether the X server at ``display`` accepts this program (address and authorisation)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def has_wayland_plugin() -> bool:
    """Whether this Qt carries a Wayland platform plugin (the bundle leaves it out)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if any((Path(folder) / "Qt" / "plugins" / "platforms").glob("*qwayland*")):
            return True
    return False
