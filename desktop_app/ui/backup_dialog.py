"""«Восстановить из резервной копии…»: the database's backups with dates and event counts.

Restoring first copies the current file (so a wrong choice can be undone by
restoring that copy), then copies the chosen backup in through SQLite's backup
API: the window's open connection sees the restored data at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..paths import default_backup_dir
from ..storage.backup import DEFAULT_KEEP, BackupInfo, list_backups
from ..storage.lifecycle import backup_label, backup_reason, restore_backup
from .screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class BackupListModel(QAbstractTableModel):
    def __init__(self, backups: list[BackupInfo], db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = backups
        self.db_path = db_path

    def headers(self) -> list[str]:
        return [self.tr("Когда и почему"), self.tr("Мероприятий"), self.tr("Файл")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return backup_label(info.made_at, backup_reason(info.path, self.db_path))
            if index.column() == 1:
                return self.tr("повреждена") if info.damaged else str(info.events)
            return info.path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupDialog(QDialog):
    """Pick one backup; ``chosen()`` is its BackupInfo after the dialog is accepted."""

    def __init__(self, db_path: Path, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Восстановление из резервной копии"))
        self.resize(720, 380)
        fit_to_screen(self)
        self.model = BackupListModel(list_backups(backup_dir, db_path), db_path, self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Выберите копию базы «{0}». Перед восстановлением текущее содержимое будет "
            "сохранено в отдельной копии, так что восстановление можно отменить."
        ).format(db_path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Резервных копий пока нет (папка «{0}»).").format(backup_dir))
        self.empty.setVisible(not self.model.backups)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Восстановить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        # The newest copy that passed the check: a damaged one is listed, never offered first.
        good = next((i for i, b in enumerate(self.model.backups) if not b.damaged), None)
        if good is not None:
            self.table.selectRow(good)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


def _confirm(parent: QWidget | None, info: BackupInfo, db_path: Path) -> bool:
    events = "?" if info.events is None else str(info.events)
    answer = QMessageBox.question(
        parent,
        tr("Восстановление из резервной копии"),
        tr(
            "Заменить содержимое базы копией от {0} (мероприятий: {1})? Текущее содержимое "
            "будет сохранено в отдельной резервной копии."
        ).format(backup_label(info.made_at, backup_reason(info.path, db_path)), events),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_from_backup(parent: QWidget | None, ops_or_store: Any, db_path: Path | str,
                        settings: Any = None) -> bool:
    """Show the backups of ``db_path``, restore the chosen one; True if something was restored.

    ``ops_or_store`` is the window's Operations (the restore then runs as its bulk
    write, so every view reloads), a Store, or None when no file is open yet.
    """
    db_path = Path(db_path)
    settings = settings if settings is not None else getattr(parent, "settings", None)
    if hasattr(settings, "backup_folder"):
        backup_dir = settings.backup_folder(db_path)
    else:
        backup_dir = default_backup_dir(db_path)
    keep = getattr(settings, "backup_keep", None) or DEFAULT_KEEP
    dialog = BackupDialog(db_path, backup_dir, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    info = dialog.chosen()
    if info is None or not _confirm(parent, info, db_path):
        return False

    def restore(_store: Any = None) -> bool:
        restore_backup(db_path, info.path, backup_dir, keep=max(1, keep))
        return True

    if hasattr(ops_or_store, "run_bulk"):
        done = ops_or_store.run_bulk(tr("Восстановление из резервной копии"), restore)
        return bool(done)
    try:
        return restore()
    except UserError as exc:
        QMessageBox.warning(parent, tr("Восстановление не выполнено"), str(exc))
        return False
