"""One count table of the summary (departments, agreements, …) as a Qt model.

The model only presents a :class:`~desktop_app.domain.summary.Summary`; nothing is
counted here. Count cells carry the bar's length (BAR_ROLE) for the delegate, and
every row the events it stands for (FOCUS_ROLE), which a click hands to the window.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.summary import CountRow, Summary, SummaryKind
from ...storage.event_list import EventFocus
from ..event_table_model import status_label

BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # float 0…1: the count against the table's largest
FOCUS_ROLE = Qt.ItemDataRole.UserRole + 2  # EventFocus of the row
GAP_ROLE = Qt.ItemDataRole.UserRole + 3  # True for an agreement in force without events
BAR_COLOR_ROLE = Qt.ItemDataRole.UserRole + 4  # QColor of the bar: this year's or the year before
GAP_COLOR = QColor("#fce4e4")
BAR_COLOR = QColor("#4a7bb7")
PREVIOUS_BAR_COLOR = QColor("#a9a9a9")


class Field(IntEnum):
    NAME = 0
    COUNT = 1
    PREVIOUS = 2
    PARTNERS = 3
    ENDS_ON = 4


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


def name_title(kind: SummaryKind) -> str:
    titles = {
        SummaryKind.DEPARTMENT: tr("Департамент"),
        SummaryKind.AGREEMENT: tr("Соглашение"),
        SummaryKind.REGION: tr("Регион-партнёр"),
        SummaryKind.MONTH: tr("Месяц"),
        SummaryKind.STATUS: tr("Статус"),
    }
    return titles[kind]


def row_label(row: CountRow) -> str:
    """A row's name as the window shows it (statuses and months in the UI's language)."""
    if row.kind is SummaryKind.STATUS:
        return status_label(row.key)
    if row.kind is SummaryKind.MONTH:
        months = (
            tr("январь"), tr("февраль"), tr("март"), tr("апрель"), tr("май"), tr("июнь"),
            tr("июль"), tr("август"), tr("сентябрь"), tr("октябрь"), tr("ноябрь"), tr("декабрь"),
        )
        return months[int(row.key[5:7]) - 1]
    return row.label


class SummaryTableModel(QAbstractTableModel):
    def __init__(self, kind: SummaryKind, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._summary: Summary | None = None
        self._rows: tuple[CountRow, ...] = ()
        self._fields: list[Field] = [Field.NAME, Field.COUNT]
        self._largest = 0

    def set_summary(self, summary: Summary) -> None:
        self.beginResetModel()
        self._summary = summary
        self._rows = summary.rows(self.kind)
        fields = [Field.NAME, Field.COUNT]
        if summary.has_previous:
            fields.append(Field.PREVIOUS)
        if self.kind is SummaryKind.AGREEMENT:
            fields += [Field.PARTNERS, Field.ENDS_ON]
        self._fields = fields
        counts = [r.events for r in self._rows] + [r.previous or 0 for r in self._rows]
        self._largest = max(counts, default=0)
        self.endResetModel()

    def field(self, column: int) -> Field:
        return self._fields[column]

    def column_of(self, field: Field) -> int | None:
        return self._fields.index(field) if field in self._fields else None

    def count_row(self, row: int) -> CountRow:
        return self._rows[row]

    def row_of_key(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def focus(self, row: int) -> EventFocus:
        r = self._rows[row]
        return EventFocus(r.kind, r.key)

    # -- the Qt model interface ------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        field = self._fields[section]
        if field is Field.NAME:
            return name_title(self.kind)
        if field is Field.COUNT:
            return tr("Мероприятий")
        if field is Field.PREVIOUS:
            previous = self._summary.previous_period if self._summary else None
            return tr("Год назад ({0})").format(previous.year if previous else "")
        if field is Field.PARTNERS:
            return tr("Регионы-партнёры")
        return tr("Действует до")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        field = self._fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, field)
        if role == BAR_ROLE and field in (Field.COUNT, Field.PREVIOUS):
            value = row.events if field is Field.COUNT else (row.previous or 0)
            return value / self._largest if self._largest else 0.0
        if role == BAR_COLOR_ROLE and field in (Field.COUNT, Field.PREVIOUS):
            return BAR_COLOR if field is Field.COUNT else PREVIOUS_BAR_COLOR
        if role == FOCUS_ROLE:
            return EventFocus(row.kind, row.key)
        if role == GAP_ROLE:
            return row.is_gap
        if role == Qt.ItemDataRole.BackgroundRole and row.is_gap:
            return QBrush(GAP_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and field is Field.ENDS_ON and row.expires_this_year:
            return QBrush(QColor("#a35a00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (Field.COUNT, Field.PREVIOUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CountRow, field: Field) -> str:
        if field is Field.NAME:
            return row_label(row)
        if field is Field.COUNT:
            return str(row.events)
        if field is Field.PREVIOUS:
            return "" if row.previous is None else str(row.previous)
        if field is Field.PARTNERS:
            return ", ".join(row.partner_regions)
        if row.ends_on is None:
            return "—"
        text = row.ends_on.strftime("%d.%m.%Y")
        if row.expires_this_year:
            text += " — " + tr("истекает в этом году")
        elif not row.in_force:
            text += " — " + tr("не действует")
        return text

    def _tooltip(self, row: CountRow, field: Field) -> str | None:
        if field is Field.NAME:
            tip = row.full_label or row_label(row)
            if row.is_gap:
                tip += "\n" + tr("В этом периоде по соглашению нет мероприятий.")
            return tip
        if field is Field.COUNT:
            return tr("Щёлкните, чтобы показать эти мероприятия в таблице")
        if field is Field.PARTNERS:
            return "\n".join(row.partner_regions) or None
        return None
