"""What the bundle leaves out: Qt parts the program never loads, modules it never imports.

Kept apart from the spec so that a test can check the rules without running PyInstaller.
The program uses QtCore, QtGui, QtWidgets and QtPrintSupport only; PDF is painted through
QPrinter, images are PNG (built into QtGui), so most plugins and all QML are dead weight.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import PurePath

TocEntry = tuple[str, str, str]  # PyInstaller's (path in bundle, source path, kind)

EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "lxml.objectify",  # python-docx and openpyxl use lxml.etree only
    "lxml.html",
    "lxml.isoschematron",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
]

# Plugin folders kept whole, and single plugins kept from the other folders (by stem,
# without "lib"/"q" prefixes or extensions so one list serves .so and .dll).
KEPT_PLUGIN_DIRS = {"platforms", "platformthemes", "platforminputcontexts", "printsupport",
                    "xcbglintegrations", "styles"}
KEPT_PLUGINS = {"imageformats": {"ico"}, "iconengines": set()}
# Wayland clients fall back to xcb (XWayland); eglfs/linuxfb/vnc/minimalegl serve kiosks.
# The GTK theme needs the system's GTK, which would then meet the bundle's own cairo/pango.
DROPPED_PLUGINS = {"eglfs", "linuxfb", "vnc", "vkkhrdisplay", "wayland-egl", "wayland",
                   "wayland-generic", "wayland-brcm", "minimalegl", "gtk3"}
KEPT_TRANSLATIONS = {"qtbase_ru.qm"}
# Windows: Mesa's software OpenGL (20 MB) serves Qt Quick on machines without a GL driver.
DROPPED_FILES = {"opengl32sw.dll"}
# Loaded from the system, never bundled: every desktop with a printer has CUPS, and a bundled
# copy would drag in its own TLS and Kerberos stack (and Debian's glibc floor).
SYSTEM_ONLY = {"libcups.so.2"}


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    for prefix in ("libq", "q"):
        if stem.startswith(prefix):
            return stem[len(prefix):]
    return stem


def keep_entry(dest: str) -> bool:
    """Whether a file at ``dest`` (its path inside the bundle) is worth shipping."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if parts[-1].lower() in DROPPED_FILES:
        return False
    if "translations" in parts and "PySide6" in parts:
        return parts[-1] in KEPT_TRANSLATIONS
    if "plugins" in parts and "PySide6" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        folder, name = parts[index + 1], parts[-1]
        if _plugin_stem(name) in DROPPED_PLUGINS:
            return False
        if folder in KEPT_PLUGIN_DIRS:
            return True
        return _plugin_stem(name) in KEPT_PLUGINS.get(folder, set())
    if "qml" in parts and "PySide6" in parts:
        return False
    return True


def _prunable(dest: str, kind: str) -> bool:
    """A shared library that is only there because something links to it."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if kind != "BINARY" or name.startswith("libpython"):
        return False
    return "/" not in path or path.startswith("PySide6/Qt/lib/")


def drop_unlinked(binaries: Iterable[TocEntry],
                  needed: Callable[[str], Iterable[str]]) -> list[TocEntry]:
    """Keep the libraries some kept file links to; drop those only dropped plugins wanted.

    ``needed(source_path)`` gives the sonames a file links against.
    """
    entries = [entry for entry in binaries if entry[0].rsplit("/", 1)[-1] not in SYSTEM_ONLY]
    by_name = {entry[0].replace("\\", "/").rsplit("/", 1)[-1]: entry
               for entry in entries if _prunable(entry[0], entry[2])}
    kept = [entry for entry in entries if not _prunable(entry[0], entry[2])]
    reached: set[str] = set()
    queue = list(kept)
    while queue:
        for soname in needed(queue.pop()[1]):
            if soname in by_name and soname not in reached:
                reached.add(soname)
                queue.append(by_name[soname])
    return kept + [entry for name, entry in by_name.items() if name in reached]


def drop_dangling_links(entries: Iterable[TocEntry], *tocs: Iterable[TocEntry]) -> list[TocEntry]:
    """Leave out symbolic links whose target file is not in any of ``tocs``.

    PyInstaller links top-level names to Qt's libraries (among the data files): a link to a
    library left out above would dangle.
    """
    files = {entry[0].replace("\\", "/") for toc in tocs for entry in toc
             if entry[2] != "SYMLINK"}
    return [entry for entry in entries if entry[2] != "SYMLINK" or posixpath.normpath(
        posixpath.join(posixpath.dirname(entry[0]), entry[1].replace("\\", "/"))) in files]
