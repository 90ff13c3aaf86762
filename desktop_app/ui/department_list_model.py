"""The department list at the left: «Все департаменты» and each department with its count."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..storage import event_list
from .operations import Operations

DEPARTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DepartmentListModel(QAbstractListModel):
    """Row 0 is «Все департаменты» (id ""); then departments in report order."""

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        today = date.today()
        self._range = (today, today)
        self._statuses: tuple[str, ...] = ()
        self._rows: list[dict[str, Any]] = []
        ops.changed.connect(self.reload)

    def set_range(self, start: date, end: date, statuses: tuple[str, ...] = ()) -> None:
        if (start, end) != self._range or statuses != self._statuses:
            self._range = (start, end)
            self._statuses = statuses
            self.reload()

    def reload(self) -> None:
        store = self.ops.store
        counts = event_list.department_counts(store, *self._range, self._statuses)
        rows = [
            {
                "id": "",
                "name": QCoreApplication.translate("DepartmentListModel", "Все департаменты"),
                "full": "",
                "count": sum(counts.values()),
                "active": True,
            }
        ]
        for d in store.departments():
            n = counts.get(d.id, 0)
            if d.active or n:
                rows.append(
                    {"id": d.id, "name": d.short_name or d.name, "full": d.name, "count": n,
                     "active": d.active}
                )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, department_id: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r["id"] == department_id:
                return i
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row['name']} ({row['count']})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["full"] or None
        if role == DEPARTMENT_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (not row["count"] or not row["active"]):
            return QBrush(QColor("#8a8a8a"))
        return None
