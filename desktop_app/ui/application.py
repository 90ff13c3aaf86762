"""Starting the window: translators, settings, the database, the main window."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..paths import APP_NAME, default_db_path, resource
from ..settings import Settings
from ..storage.store import Store

if TYPE_CHECKING:
    from .crash import CrashHandler
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def qt_translation_file(language: str) -> Path | None:
    """Qt's ``qtbase_<language>.qm`` (the file dialog's «Перейти к:», «Типы файлов:», …).

    Where Qt says it is, else where PySide6's wheels (Linux: ``Qt/translations``,
    Windows: ``translations``) or a bundled copy keep it.
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]
    for folder in folders:
        candidate = folder / f"qtbase_{language}.qm"
        if candidate.is_file():
            return candidate
    return None


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation (for English) and Qt's own (so standard dialogs match).

    The sources are Russian, so Russian needs only Qt's ``qtbase_ru``. The
    translators are returned: they must outlive the application's use of them.
    """
    installed: list[QTranslator] = []
    qt_file = qt_translation_file(language)
    if qt_file is not None:
        qt = QTranslator(app)
        if qt.load(str(qt_file)):
            app.installTranslator(qt)
            installed.append(qt)
    else:
        log.warning("Qt's own translation qtbase_%s.qm not found", language)
    if language == "ru":
        from .qt_translation_gaps import GAPS_RU, QtGapsTranslator

        gaps = QtGapsTranslator(GAPS_RU, app)
        app.installTranslator(gaps)
        installed.append(gaps)
    if language != "ru":
        ours = QTranslator(app)
        qm = resource("translations", f"interreg_{language}.qm")
        if ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("translation %s not found", qm)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English))
    return installed


def window_icon() -> QIcon:
    """The program's icon in the sizes drawn by scripts/make_icon.py (PNG: no plugin needed)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"interreg_{size}.png")))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(
        QApplication.translate("Application", "Межрегиональное сотрудничество")
    )
    app.setWindowIcon(window_icon())
    # Matches the .desktop file's name, so a Linux desktop groups the window under its icon.
    app.setDesktopFileName(APP_NAME)
    return app  # type: ignore[return-value]


def open_store(db_path: Path, settings: Settings | None = None) -> Store | None:
    """The reliability engineer's interactive opener when present, else a plain open."""
    try:
        opener = importlib.import_module("desktop_app.ui.open_database")
    except ImportError:
        opener = None
    if opener is not None and hasattr(opener, "open_store_interactively"):
        return opener.open_store_interactively(None, db_path, settings)
    from ..errors import UserError

    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        return Store.open(db_path)
    except (UserError, OSError) as exc:
        QMessageBox.critical(
            None, QApplication.translate("Application", "База данных не открыта"), str(exc)
        )
        return None


# Every window open in this process with the Store it shows, the newest last.
_windows: list[tuple[MainWindow, Store]] = []


def current_window() -> MainWindow | None:
    """The window opened last (the one a crash message belongs to)."""
    return _windows[-1][0] if _windows else None


def show_window(store: Store, settings: Settings) -> MainWindow:
    """A main window on an open Store, shown, with its drafts offered back."""
    from .crash import offer_drafts
    from .first_paint import watch as watch_first_paint
    from .main_window import MainWindow
    from .operations import Operations

    ops = Operations(store)
    window = MainWindow(ops, settings, store.path)
    watch_first_paint(window)  # parented to the window: lives as long as it
    window.show()
    _windows.append((window, store))
    # The opener may have switched to another file: drafts belong to the one actually open.
    # A read-only file takes no draft; the drafts wait for a writable start.
    if not store.readonly:
        offer_drafts(window, ops, store.path, settings=settings)
    return window


def replace_window(old: MainWindow, store: Store, settings: Settings) -> MainWindow:
    """Show ``store`` in a new window, then close ``old`` and its file (and the file's lock)."""
    from .open_database import release_lock

    window = show_window(store, settings)
    old.close()
    for pair in [pair for pair in _windows if pair[0] is old]:
        _windows.remove(pair)
        old_store = pair[1]
        old_store.close()
        if old_store.path is not None:
            release_lock(old_store.path)
    old.deleteLater()
    return window


def start_window(store: Store, settings: Settings) -> tuple[MainWindow, CrashHandler]:
    """Show the window on an open Store and hook crashes to whichever window is current."""
    from .crash import install_excepthook

    window = show_window(store, settings)
    handler = install_excepthook(current_window)
    return window, handler


def run(db: str | None) -> int:
    """Open the window on ``db`` (default: the per-user data folder); return the exit code."""
    app = make_application()
    settings = Settings()
    translators = install_translators(app, settings.ui_language)
    db_path = Path(db) if db else default_db_path()
    if not db:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(db_path, settings)
    if store is None:
        return 1
    if store.path is not None:
        from .file_actions import remember_recent

        remember_recent(settings, store.path)
    _window, handler = start_window(store, settings)
    try:
        return app.exec()
    finally:
        handler.uninstall()
        for window, open_store_ in _windows:
            window.deleteLater()
            open_store_.close()
        _windows.clear()
        store.close()
        del translators
