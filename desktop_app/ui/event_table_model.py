"""The events table as a Qt model over SQL, fetched a window of rows at a time.

``rowCount`` is the number of matching rows (one SQL count); ``data`` loads
the window of rows around the one being painted and keeps a few windows.
Sorting (a header click) and the search box change the query and reset the
model: SQLite does the work, so 100,000 events cost what 200 do.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ..domain.entities import EventStatus
from ..storage import event_list
from ..storage.event_list import Column, EventQuery
from .operations import Operations

WINDOW = 200
# In a large file a reload reads only the head of the first window: the rows a tall
# screen shows at once (cold, 80 rows of 100,000 cost ~2.5 ms of the first paint where
# 200 cost ~5.5 ms). The rest of that window is read when a row past the head is asked for.
FIRST_ROWS = 80
KEEP_WINDOWS = 16
# A search too short for the index scans every row; beyond this many rows the
# table waits for the third letter instead of freezing.
SCAN_LIMIT = 20_000
COUNT_DELAY_MS = 20

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEPARTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# ForegroundRole gets a QColor, which the view paints as a solid brush: a QBrush
# made here would make PySide6 build QGradient's Python type and enums (~4 ms)
# during the window's first paint.
_STATUS_COLORS = {
    str(EventStatus.PLANNED): QColor("#1f5fa8"),
    str(EventStatus.NOT_DONE): QColor("#b3261e"),
    str(EventStatus.POSTPONED): QColor("#a35a00"),
}
_GROUP_CONTINUES = QColor("#8a8a8a")

_FIELDS = {
    Column.DEPARTMENT: "department_short",
    Column.TITLE: "title",
    Column.TIMING: "timing",
    Column.PLACE: "place",
    Column.PARTICIPANTS: "participants",
    Column.RESULT: "result",
    Column.STATUS: "status",
    Column.NOTE: "note",
}


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("EventTableModel", "Департамент"),
        QCoreApplication.translate("EventTableModel", "Соглашения"),
        QCoreApplication.translate("EventTableModel", "Наименование мероприятия"),
        QCoreApplication.translate("EventTableModel", "Сроки"),
        QCoreApplication.translate("EventTableModel", "Место проведения"),
        QCoreApplication.translate("EventTableModel", "Участники"),
        QCoreApplication.translate("EventTableModel", "Содержание и результат"),
        QCoreApplication.translate("EventTableModel", "Статус"),
        QCoreApplication.translate("EventTableModel", "Примечание"),
    ]


def status_label(status: str) -> str:
    """A status as the user reads it (the stored value is the Russian word)."""
    labels = {
        str(EventStatus.DONE): QCoreApplication.translate("EventStatus", "проведено"),
        str(EventStatus.PLANNED): QCoreApplication.translate("EventStatus", "запланировано"),
        str(EventStatus.NOT_DONE): QCoreApplication.translate("EventStatus", "не проведено"),
        str(EventStatus.POSTPONED): QCoreApplication.translate("EventStatus", "перенесено"),
    }
    return labels.get(status, status)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class EventTableModel(QAbstractTableModel):
    """Rows of the events table for one query; refreshes itself on ``ops.changed``."""

    # Emitted after every reload with (shown rows, whether a short search was put off).
    reloaded = Signal(int, bool)

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        today = date.today()
        self._query = EventQuery(start=today, end=today)
        self._effective = self._query
        # One timer, not QTimer.singleShot(lambda): restarting it drops a stale count.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_rest)
        self._counts_held = False
        self._count_wanted = False  # a count waits for release_counts
        self._count = 0
        self._windows: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        # Rows read by a reload: WINDOW, or FIRST_ROWS for a large file (see MainWindow).
        self.first_rows = WINDOW
        self._head_only = False  # window 0 holds only the first ``first_rows`` rows
        self._titles = column_titles()
        self._bold: QFont | None = None
        self.search_put_off = False
        ops.changed.connect(self.reload)

    # -- the query -------------------------------------------------------------

    @property
    def query(self) -> EventQuery:
        return self._query

    def set_query(self, query: EventQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def set_filters(self, **changes: Any) -> None:
        """Change some of the query's fields (start, end, department_id, statuses, search)."""
        self.set_query(replace(self._query, **changes))

    def _effective_query(self) -> EventQuery:
        self.search_put_off = False
        query = self._query
        if query.search.strip() and not event_list.search_is_indexed(query.search):
            unfiltered = event_list.count_events(self.ops.store, replace(query, search=""))
            if unfiltered > SCAN_LIMIT:
                self.search_put_off = True
                return replace(query, search="")
        return query

    def reload(self) -> None:
        """Show the first window at once; count the rest just after the repaint.

        With 100,000 rows the count (or a search's count) costs as much as the
        window itself, so the head of the first window is shown alone and the
        exact count follows once the view has painted (the scroll bar grows).
        """
        self._count_timer.stop()  # a count of the previous query is no longer wanted
        self._count_wanted = False
        self.beginResetModel()
        self._windows.clear()
        self._effective = self._effective_query()
        first = event_list.event_rows(self.ops.store, self._effective, 0, self.first_rows)
        self._windows[0] = first
        self._head_only = self.first_rows < WINDOW and len(first) == self.first_rows
        self._count = len(first)
        self.endResetModel()
        if len(first) < self.first_rows:
            self.reloaded.emit(self._count, self.search_put_off)
        elif not self._counts_held:
            # A short delay lets the view paint the first window before the count runs.
            self._count_timer.start()
        else:
            self._count_wanted = True

    def hold_counts(self) -> None:
        """Run no count until ``release_counts`` (the window's first paint comes first)."""
        self._counts_held = True

    def release_counts(self) -> None:
        if self._counts_held:
            self._counts_held = False
            if self._count_wanted:
                self._count_timer.start()

    def _count_rest(self) -> None:
        total = event_list.count_events(self.ops.store, self._effective)
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.reloaded.emit(self._count, self.search_put_off)

    # -- rows --------------------------------------------------------------------

    def _row(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        number = row // WINDOW
        offset = row - number * WINDOW
        rows = self._windows.get(number)
        if rows is None or (number == 0 and self._head_only and offset >= len(rows)):
            rows = event_list.event_rows(self.ops.store, self._effective, number * WINDOW, WINDOW)
            self._windows[number] = rows
            if number == 0:
                self._head_only = False
            self._windows.move_to_end(number)
            while len(self._windows) > KEEP_WINDOWS:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(number)
        return rows[offset] if offset < len(rows) else None

    def event_id(self, row: int) -> str | None:
        found = self._row(row)
        return found["id"] if found else None

    def row_of(self, event_id: str) -> int | None:
        """The row showing an event: looked up in the loaded windows, then by SQL."""
        for number, rows in self._windows.items():
            for offset, r in enumerate(rows):
                if r["id"] == event_id:
                    return number * WINDOW + offset
        return event_list.row_of_event(self.ops.store, self._effective, event_id)

    # -- the Qt model interface ------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.AGREEMENTS:
                return "; ".join(row["agreements"])
            if column == Column.STATUS:
                return status_label(row["status"])
            return _one_line(row[_FIELDS[column]] or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DEPARTMENT:
                return row["department"]
            if column == Column.AGREEMENTS:
                return "\n".join(row["agreements"])
            return row[_FIELDS[column]] or None
        if role == EVENT_ID_ROLE:
            return row["id"]
        if role == DEPARTMENT_ID_ROLE:
            return row["department_id"]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.STATUS:
                return _STATUS_COLORS.get(row["status"])
            if column == Column.DEPARTMENT and self._continues_group(index.row(), row):
                return _GROUP_CONTINUES
        if role == Qt.ItemDataRole.FontRole and column == Column.DEPARTMENT:
            if self._query.sort_column == Column.DEPARTMENT and not self._continues_group(
                index.row(), row
            ):
                return self._bold_font()
        return None

    def _bold_font(self) -> QFont:
        # One font for every group's first row, made on first use (a QFont needs the
        # application, which does not exist yet when this module is imported).
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def _continues_group(self, row_number: int, row: dict[str, Any]) -> bool:
        """In report order, a row of the same department as the row above (drawn grey)."""
        if self._query.sort_column != Column.DEPARTMENT or row_number == 0:
            return False
        above = self._row(row_number - 1)
        return bool(above and above["department_id"] == row["department_id"])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_filters(
            sort_column=Column(column), descending=order == Qt.SortOrder.DescendingOrder
        )
