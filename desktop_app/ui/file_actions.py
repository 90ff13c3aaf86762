"""The File menu's own files: a new database, another one, the recent ones, the demo.

Each goes through the same opener as the program's start (its lock, its
backup, its questions about a busy or damaged file), and the file then shows
in a window of its own that takes the place of the current one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..paths import data_dir

if TYPE_CHECKING:
    from ..settings import Settings
    from .main_window import MainWindow

EXTENSION = ".interreg"
RECENT_LIMIT = 8
DEMO_FILE_NAME = "demo.interreg"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def file_filter() -> str:
    """The file dialogs' filter: our files first, any other name still allowed."""
    return tr("База межрегионального сотрудничества (*.interreg *.db *.sqlite3);;Все файлы (*)")


# -- the recent list ------------------------------------------------------------------


def recent_files(settings: Settings) -> list[Path]:
    return [Path(line) for line in settings.recent_files.splitlines() if line.strip()]


def remember_recent(settings: Settings, path: Path) -> None:
    """Put ``path`` first in the recent list (once), keeping the newest few."""
    path = Path(path).resolve()
    rest = [p for p in recent_files(settings) if p != path]
    settings.recent_files = "\n".join(str(p) for p in [path, *rest][:RECENT_LIMIT])
    settings.sync()


# -- opening -----------------------------------------------------------------------------


def open_database_file(win: MainWindow, path: Path) -> MainWindow | None:
    """Show the database at ``path`` in place of ``win``; None when it was not opened."""
    from .application import replace_window
    from .open_database import open_store_interactively

    path = Path(path)
    current = win.ops.store.path
    if current is not None and path.resolve() == Path(current).resolve():
        win.statusBar().showMessage(tr("Этот файл уже открыт."), 5000)
        return win
    store = open_store_interactively(win, path, win.settings)
    if store is None:
        return None
    if store.path is not None:
        remember_recent(win.settings, store.path)
    return replace_window(win, store, win.settings)


def _start_folder(win: MainWindow) -> str:
    current = win.ops.store.path
    return str(Path(current).parent) if current is not None else str(Path.home())


def new_file(win: MainWindow) -> MainWindow | None:
    """Файл → Новый…: an empty database under a name the user gives."""
    # Imported here: naming them at the top builds their Python types (~3 ms of enums)
    # before the window's first paint, which shows neither.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    name, _filter = QFileDialog.getSaveFileName(
        win, tr("Новый файл базы"), str(Path(_start_folder(win)) / f"новая{EXTENSION}"),
        file_filter(),
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(EXTENSION)
    if path.exists():
        # A new file never replaces an old one: its records would be lost.
        QMessageBox.warning(
            win, tr("Файл уже существует"),
            tr("Файл «{0}» уже существует. Чтобы работать с ним, откройте его через "
               "«Файл → Открыть…», или введите другое имя.").format(path),
        )
        return None
    return open_database_file(win, path)


def open_file(win: MainWindow) -> MainWindow | None:
    """Файл → Открыть…"""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(
        win, tr("Открыть файл базы"), _start_folder(win), file_filter()
    )
    return open_database_file(win, Path(name)) if name else None


def open_demo(win: MainWindow) -> MainWindow | None:
    """The reference report in a database of its own, never in the working file."""
    from ..demo import load_demo
    from ..domain.periods import ReportPeriod

    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shown = open_database_file(win, folder / DEMO_FILE_NAME)
    if shown is None or shown.readonly:
        return shown
    if not shown.ops.store.counts()["events"]:
        shown.ops.run_bulk(tr("Загрузка демо-данных"), load_demo)
    shown.set_period(ReportPeriod.quarter(2020, 1))
    shown.statusBar().showMessage(
        tr("Открыт демонстрационный файл: {0}. Ваш рабочий файл не изменён.").format(
            shown.ops.store.path), 10000)
    return shown


# -- the menu ------------------------------------------------------------------------------


def add_file_menu_actions(win: MainWindow) -> None:
    """Новый…, Открыть…, Недавние файлы at the top of the File menu."""
    menu = win.ui.menuFile
    first = menu.actions()[0]
    new = QAction(tr("&Новый файл базы…"), win)
    new.setShortcut(QKeySequence("Ctrl+Shift+N"))
    new.triggered.connect(lambda: new_file(win))
    opened = QAction(tr("&Открыть файл базы…"), win)
    opened.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
    opened.triggered.connect(lambda: open_file(win))
    recent = QMenu(tr("&Недавние файлы"), menu)
    recent.aboutToShow.connect(lambda: _fill_recent(win, recent))
    win.new_file_action, win.open_file_action, win.recent_menu = new, opened, recent
    menu.insertActions(first, [new, opened])
    menu.insertMenu(first, recent)
    menu.insertSeparator(first)


def _fill_recent(win: MainWindow, menu: QMenu) -> None:
    menu.clear()
    current = win.ops.store.path
    paths = [p for p in recent_files(win.settings)
             if current is None or p != Path(current).resolve()]
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number} {path.name} — {path.parent}")
        action.setToolTip(str(path))
        action.setEnabled(path.exists())
        action.triggered.connect(lambda _checked=False, p=path: open_database_file(win, p))
    if not paths:
        menu.addAction(tr("Нет недавних файлов")).setEnabled(False)
