"""Opening the database for the window, with a way forward when the file cannot be used.

A file held by another copy of the program, on a read-only medium, damaged or
written by a newer version gets a plain message and buttons that say what can
be done: view it read-only, restore a backup, choose another file, or exit.
Nothing here ever writes over the file the user chose.
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..storage.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    StorageError,
)
from ..storage.lifecycle import backup_before_migration, daily_backup, open_for_viewing
from ..storage.lock import WINDOW, DatabaseLock, acquire_lock
from ..storage.store import Store

log = logging.getLogger(__name__)

VIEW, BACKUP, OTHER, EXIT, RETRY = "view", "backup", "other", "exit", "retry"

# Locks held by this process, by database path; the OS frees them if we die.
_locks: dict[Path, DatabaseLock] = {}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _labels() -> dict[str, str]:
    return {
        VIEW: tr("Открыть только для просмотра"),
        BACKUP: tr("Восстановить из резервной копии…"),
        OTHER: tr("Выбрать другой файл…"),
        EXIT: tr("Выход"),
        RETRY: tr("Повторить"),
    }


def ask(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str:
    """A warning with one button per way forward; closing the box means «Выход»."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    labels = _labels()
    buttons = {}
    for key in choices:
        role = QMessageBox.ButtonRole.RejectRole if key == EXIT else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(labels[key], role)] = key
    exit_button = next((b for b, k in buttons.items() if k == EXIT), None)
    if exit_button is not None:
        box.setEscapeButton(exit_button)
    box.exec()
    return buttons.get(box.clickedButton(), EXIT)


def release_lock(db_path: Path) -> None:
    lock = _locks.pop(Path(db_path).resolve(), None)
    if lock is not None:
        lock.release()


@atexit.register
def _release_all() -> None:
    for path in list(_locks):
        release_lock(path)


def open_for_writing(db_path: Path, backup_dir: Path | None = None, keep: int | None = None
                     ) -> Store:
    """Take the file's lock, open (upgrading after a backup), make the day's backup."""
    db_path = Path(db_path)
    key = db_path.resolve()
    lock = _locks.get(key) or acquire_lock(db_path, holder=WINDOW)
    try:
        store = Store.open(db_path, before_migration=backup_before_migration)
    except BaseException:
        if key not in _locks:
            lock.release()
        raise
    _locks[key] = lock
    try:
        kwargs = {"keep": keep} if keep else {}
        daily_backup(store, backup_dir, **kwargs)
    except DatabaseCorrupt:
        # The day's copy is checked: a damaged file is not edited on, the user is
        # offered the newest good backup instead.
        store.close()
        release_lock(db_path)
        raise
    except StorageError as exc:  # no backup today is worth a log line, not a refusal
        log.warning("daily backup failed: %s", exc)
    return store


def _problem(exc: StorageError) -> tuple[str, list[str]]:
    """The title and the ways forward for a file that cannot be opened for writing."""
    if isinstance(exc, DatabaseLocked):
        return tr("База данных занята"), [VIEW, RETRY, OTHER, EXIT]
    if isinstance(exc, DatabaseReadOnly):
        return tr("База данных только для чтения"), [VIEW, OTHER, EXIT]
    if isinstance(exc, DatabaseCorrupt):
        return tr("База данных повреждена"), [BACKUP, OTHER, EXIT]
    if isinstance(exc, DatabaseTooNew):
        return tr("База данных от более новой версии"), [BACKUP, OTHER, EXIT]
    return tr("База данных не открыта"), [OTHER, RETRY, EXIT]


def _choose_file(parent: QWidget | None, current: Path) -> Path | None:
    from .file_actions import file_filter

    name, _filter = QFileDialog.getOpenFileName(
        parent, tr("Выберите файл базы данных"), str(current.parent), file_filter()
    )
    return Path(name) if name else None


def open_store_interactively(parent: QWidget | None, db_path: Path | str,
                             settings: object | None = None) -> Store | None:
    """The window's Store for ``db_path``, or None when the user chose to exit."""
    path = Path(db_path)
    backup_dir = settings.backup_folder(path) if hasattr(settings, "backup_folder") else None
    keep = getattr(settings, "backup_keep", None)
    while True:
        try:
            return open_for_writing(path, backup_dir, keep)
        except StorageError as exc:
            log.warning("cannot open %s: %s", path, exc)
            title, choices = _problem(exc)
            choice = ask(parent, title, str(exc), choices)
        if choice == EXIT:
            return None
        if choice == VIEW:
            try:
                return open_for_viewing(path)
            except StorageError as exc:
                QMessageBox.warning(parent, tr("База данных не открыта"), str(exc))
        elif choice == BACKUP:
            from .backup_dialog import restore_from_backup

            restore_from_backup(parent, None, path, settings=settings)
        elif choice == OTHER:
            path = _choose_file(parent, path) or path
