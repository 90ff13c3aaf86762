"""The agreement picker's models: every agreement (recently used first), the
filter that narrows them as the clerk types, the chosen ones in report order,
and the two-line delegate that draws them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ..domain.entities import Agreement
from ..domain.matching import match_key
from ..domain.periods import ReportPeriod

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2  # the bold first line: short name
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # the second line: the full title
Index = QModelIndex | QPersistentModelIndex


def in_force_during(agreement: Agreement, period: ReportPeriod) -> bool:
    """In force on at least one day of the period (signed before its end, valid after its start)."""
    if not agreement.active:
        return False
    if agreement.signed_on and agreement.signed_on > period.end:
        return False
    return not (agreement.valid_until and agreement.valid_until < period.start)


def fold(text: str) -> str:
    """Text as the search compares it: case, «ё»/«е», quotes, dashes and spacing ignored.

    Unlike match_key, word gaps are kept (as one space): gluing words would
    let «коми» match «научно-техническом и».
    """
    return " ".join(match_key(word) for word in text.split())


def search_key(agreement: Agreement) -> str:
    """Everything a clerk might type to find the agreement, folded into one string."""
    return " " + fold(" | ".join([agreement.short_name, agreement.title, *agreement.partner_regions]))


def matches(key: str, needle: str) -> bool:
    """Every word typed occurs somewhere in the key, in any order."""
    return all(match_key(word) in key for word in needle.split())


def label(agreement: Agreement) -> str:
    return f"{agreement.short_name} — {agreement.title}" if agreement.short_name else agreement.title


def headline(agreement: Agreement) -> str:
    """What a clerk recognises an agreement by: its short name, else its partners."""
    return agreement.short_name or "; ".join(agreement.partner_regions) or agreement.title


class AgreementDelegate(QStyledItemDelegate):
    """Two lines per agreement: the short name in bold, the full title elided below.

    Titles are long official sentences that differ near their ends; the short
    name is what tells them apart at a glance, the title is there to confirm.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, 2 * metrics.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(group)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(foreground, QBrush) and not selected:
            color = foreground.color()
        rect = opt.rect.adjusted(6, 4, -6, -4)
        line = opt.fontMetrics.height()
        painter.save()
        painter.setPen(color)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(str(index.data(HEADLINE_ROLE) or ""), Qt.TextElideMode.ElideRight, top.width()),
        )
        painter.setFont(opt.font)
        bottom = QRect(rect.left(), rect.top() + line, rect.width(), line)
        title = str(index.data(TITLE_ROLE) or "")
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            opt.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()


class AgreementListModel(QAbstractListModel):
    """All agreements, recently used first; greyed when not in force in the period."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Agreement] = []
        self._keys: list[str] = []
        self._in_force: list[bool] = []
        self._last_used: list[str | None] = []

    def set_agreements(
        self, rows: list[tuple[Agreement, str | None]], period: ReportPeriod
    ) -> None:
        self.beginResetModel()
        self._rows = [a for a, _ in rows]
        self._last_used = [last for _, last in rows]
        self._keys = [search_key(a) for a in self._rows]
        self._in_force = [in_force_during(a, period) for a in self._rows]
        self.endResetModel()

    def set_period(self, period: ReportPeriod) -> None:
        self._in_force = [in_force_during(a, period) for a in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def agreement(self, row: int) -> Agreement:
        return self._rows[row]

    def find(self, agreement_id: str) -> Agreement | None:
        return next((a for a in self._rows if a.id == agreement_id), None)

    def key(self, row: int) -> str:
        return self._keys[row]

    def in_force(self, row: int) -> bool:
        return self._in_force[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        agreement = self._rows[index.row()]
        in_force = self._in_force[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = label(agreement)
            return text if in_force else self.tr("{0} (не действует)").format(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = agreement.title
            if agreement.partner_regions:
                tip += "\n" + self.tr("Регионы: {0}").format("; ".join(agreement.partner_regions))
            if agreement.number or agreement.signed_on:
                signed = agreement.signed_on.strftime("%d.%m.%Y") if agreement.signed_on else "—"
                tip += "\n" + self.tr("№ {0}, подписано {1}").format(agreement.number or "—", signed)
            last = self._last_used[index.row()]
            if last:
                used = date.fromisoformat(last[:10]).strftime("%d.%m.%Y")
                tip += "\n" + self.tr("Последний раз выбрано {0}").format(used)
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and not in_force:
            return QBrush(QColor("#808080"))
        if role == TITLE_ROLE:
            return agreement.title
        if role == HEADLINE_ROLE:
            text = headline(agreement)
            return text if in_force else self.tr("{0} — не действует").format(text)
        if role == ID_ROLE:
            return agreement.id
        return None


class AvailableFilter(QSortFilterProxyModel):
    """What the typed text matches, minus the already chosen, minus the not in force."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show_inactive = False
        self._chosen: set[str] = set()

    def _refilter(self, change: Callable[[], None] = lambda: None) -> None:
        # Qt 6.10 replaced invalidateFilter() by a begin/end pair; 6.9 has only the begin.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def refresh(self) -> None:
        """Filter again after the source model's facts (in force or not) changed."""
        self._refilter()

    def set_needle(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", text))

    def set_show_inactive(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "_show_inactive", show))

    def set_chosen(self, ids: list[str]) -> None:
        self._refilter(lambda: setattr(self, "_chosen", set(ids)))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AgreementListModel)
        if model.agreement(source_row).id in self._chosen:
            return False
        if not self._show_inactive and not model.in_force(source_row):
            return False
        return matches(model.key(source_row), self._needle)


class ChosenAgreementsModel(QAbstractListModel):
    """The agreements of the event, in report order."""

    def __init__(self, catalogue: AgreementListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._ids: list[str] = []

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(dict.fromkeys(ids))
        self.endResetModel()

    def add(self, agreement_id: str) -> int:
        if agreement_id in self._ids:
            return self._ids.index(agreement_id)
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(agreement_id)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        """Move a row one place up (step -1) or down (+1); return where it is now."""
        target = row + step
        if not (0 <= row < len(self._ids) and 0 <= target < len(self._ids)):
            return row
        # Qt's moveRows wants the destination before which the row lands.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if step > 0 else 0))
        self._ids.insert(target, self._ids.pop(row))
        self.endMoveRows()
        return target

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        agreement_id = self._ids[index.row()]
        agreement = self._catalogue.find(agreement_id)
        if role == Qt.ItemDataRole.DisplayRole:
            name = label(agreement) if agreement else self.tr("(соглашение удалено)")
            return f"{index.row() + 1}. {name}"
        if role == Qt.ItemDataRole.ToolTipRole and agreement:
            return agreement.title
        if role == TITLE_ROLE:
            return agreement.title if agreement else ""
        if role == HEADLINE_ROLE:
            name = headline(agreement) if agreement else self.tr("(соглашение удалено)")
            return f"{index.row() + 1}. {name}"
        if role == ID_ROLE:
            return agreement_id
        return None
