"""Table models for the reference editors: agreements and departments.

Each model reads its rows (and how many events use each record) from the
store on ``reload()``; the dialogs call it when Operations says something
changed, so no view is refreshed by hand.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..domain.entities import Agreement, Department
from ..storage import lookups
from .agreement_picker import fold, matches

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex
INACTIVE = QColor("#808080")


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class _RecordModel(QAbstractTableModel):
    """Rows of records; subclasses name the columns and how to show each."""

    def __init__(self, ops: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._rows: list[Any] = []
        self._uses: dict[str, int] = {}
        self._keys: list[str] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, record: Any, column: int) -> tuple[str, Any]:
        """What a column shows, and the value it sorts by."""
        raise NotImplementedError

    def read(self) -> tuple[list[Any], dict[str, int]]:
        raise NotImplementedError

    def centred(self) -> tuple[int, ...]:
        """Columns of short values (dates, yes/no, counts), shown centred."""
        return ()

    def search_text(self, record: Any) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._uses = self.read()
        self._keys = [" " + fold(self.search_text(r)) for r in self._rows]
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def uses(self, record_id: str) -> int:
        return self._uses.get(record_id, 0)

    def key(self, row: int) -> str:
        return self._keys[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        shown, sort = self.cell(record, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == SORT_ROLE:
            return sort
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown if len(shown) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.centred():
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(INACTIVE)
        return None


class AgreementTableModel(_RecordModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Краткое название"),
            self.tr("Полное название"),
            self.tr("Регионы-партнёры"),
            self.tr("Срок действия"),
            self.tr("Действует"),
            self.tr("Мероприятий"),
        ]

    def centred(self) -> tuple[int, ...]:
        return (3, 4, 5)

    def term(self, record: Agreement) -> str:
        """«с 15.05.2018 до 31.12.2025», «с 15.05.2018, бессрочно», «бессрочно»."""
        until = (
            self.tr("до {0}").format(_day(record.valid_until))
            if record.valid_until else self.tr("бессрочно")
        )
        if record.signed_on:
            joint = " " if record.valid_until else ", "
            return self.tr("с {0}").format(_day(record.signed_on)) + joint + until
        return until

    def read(self) -> tuple[list[Agreement], dict[str, int]]:
        store = self._ops.store
        return store.agreements(), lookups.agreement_use_counts(store)

    def search_text(self, record: Agreement) -> str:
        return " | ".join([record.short_name, record.title, *record.partner_regions])

    def cell(self, record: Agreement, column: int) -> tuple[str, Any]:
        if column == 0:
            return record.short_name, record.short_name.casefold()
        if column == 1:
            return record.title, record.title.casefold()
        if column == 2:
            text = "; ".join(record.partner_regions)
            return text, text.casefold()
        if column == 3:
            return self.term(record), record.valid_until.isoformat() if record.valid_until else "9999"
        if column == 4:
            return (self.tr("да") if record.active else self.tr("нет")), int(record.active)
        uses = self.uses(record.id)
        return str(uses), uses


class DepartmentTableModel(_RecordModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Порядок"),
            self.tr("Название"),
            self.tr("Краткое название"),
            self.tr("Действует"),
            self.tr("Мероприятий"),
        ]

    def centred(self) -> tuple[int, ...]:
        return (0, 3, 4)

    def read(self) -> tuple[list[Department], dict[str, int]]:
        store = self._ops.store
        return store.departments(), lookups.department_use_counts(store)

    def search_text(self, record: Department) -> str:
        return f"{record.name} | {record.short_name}"

    def cell(self, record: Department, column: int) -> tuple[str, Any]:
        if column == 0:
            return str(record.position), record.position
        if column == 1:
            return record.name, record.name.casefold()
        if column == 2:
            return record.short_name, record.short_name.casefold()
        if column == 3:
            return (self.tr("да") if record.active else self.tr("нет")), int(record.active)
        uses = self.uses(record.id)
        return str(uses), uses


class RecordFilter(QSortFilterProxyModel):
    """Rows whose name, short name or regions contain every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt ≥ 6.10; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._needle = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, _RecordModel)
        return matches(model.key(source_row), self._needle)
