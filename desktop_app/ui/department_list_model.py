"""The department list at the left: «Все департаменты» and each department with its count."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..storage import event_list
from .operations import Operations

DEPARTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger("interreg.ui.departments")
COUNTS_DELAY_MS = 25


class DepartmentListModel(QAbstractListModel):
    """Row 0 is «Все департаменты» (id ""); then departments in report order."""

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        today = date.today()
        self._range = (today, today)
        self._statuses: tuple[str, ...] = ()
        self._rows: list[dict[str, Any]] = []
        self._counts_due = False
        self._counts_held = False
        # A small file is counted in reload() itself (well under a millisecond), so the
        # list shows its counts in the window's first frame (see MainWindow).
        self.count_at_once = False
        self._departments: list[Any] = []
        ops.changed.connect(self.reload)

    def set_range(self, start: date, end: date, statuses: tuple[str, ...] = ()) -> None:
        if (start, end) != self._range or statuses != self._statuses:
            self._range = (start, end)
            self._statuses = statuses
            self.reload()

    def reload(self) -> None:
        """Names now, counts right after: counting 100,000 events should not delay a paint."""
        # Read once per reload; the counts that follow reuse the same list.
        self._departments = self.ops.store.departments()
        self._set_rows(self._build_rows(None))
        self._counts_due = True
        if self.count_at_once:
            self._fill_counts()
        elif not self._counts_held:
            # A short delay rather than 0: the window's first paint comes first, then the counts.
            QTimer.singleShot(COUNTS_DELAY_MS, self._fill_counts)

    def hold_counts(self) -> None:
        """Count nothing until ``release_counts`` (the window's first paint comes first)."""
        self._counts_held = True

    def release_counts(self) -> None:
        if self._counts_held:
            self._counts_held = False
            if self._counts_due:
                # Released after the first paint: no delay needed, and counted before the
                # table's own count (20 ms on), so the window is idle once the status bar
                # shows the total — a click right then is not kept waiting by this list.
                QTimer.singleShot(0, self._fill_counts)

    def _build_rows(self, counts: dict[str, int] | None) -> list[dict[str, Any]]:
        rows = [
            {
                "id": "",
                "name": QCoreApplication.translate("DepartmentListModel", "Все департаменты"),
                "full": "",
                "count": None if counts is None else sum(counts.values()),
                "active": True,
            }
        ]
        for d in self._departments:
            n = None if counts is None else counts.get(d.id, 0)
            # An inactive department is listed only while it has events in the period; until
            # the counts are in it stays, so that a chosen one is not lost in between.
            if d.active or n is None or n:
                rows.append(
                    {"id": d.id, "name": d.short_name or d.name, "full": d.name, "count": n,
                     "active": d.active}
                )
        return rows

    def _set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _fill_counts(self) -> None:
        # The window may be closing (and its file closed) by the time the timer fires.
        if not self._counts_due or self.ops.store.closed:
            return
        self._counts_due = False
        try:
            counts = event_list.department_counts(self.ops.store, *self._range, self._statuses)
        except sqlite3.Error as exc:
            # A file busy for a moment costs the counts, not the window: the names stay
            # and the next reload counts again.
            log.warning("department counts not read: %s", exc)
            return
        rows = self._build_rows(counts)
        if [r["id"] for r in rows] != [r["id"] for r in self._rows]:
            self._set_rows(rows)  # an inactive department with events joins the list
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))


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
            return row["name"] if row["count"] is None else f"{row['name']} ({row['count']})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["full"] or None
        if role == DEPARTMENT_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (row["count"] == 0 or not row["active"]):
            return QBrush(QColor("#8a8a8a"))
        return None
