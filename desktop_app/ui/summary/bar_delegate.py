"""A count with a bar beside it, painted by the table's delegate (no chart library needed).

The bar's length comes from the model (BAR_ROLE, 0…1 against the largest count of
the table), so every row of a table is drawn to one scale; cells without it (names,
regions, dates) are drawn as usual, so one delegate serves the whole table whatever
columns the period gives it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .summary_model import BAR_COLOR, BAR_COLOR_ROLE, BAR_ROLE

NUMBER_CHARS = 5
BAR_WIDTH = 80


class CountBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fraction = index.data(BAR_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        rect = option.rect.adjusted(4, 3, -6, -3)
        number_width = opt.fontMetrics.horizontalAdvance("0" * NUMBER_CHARS)
        number = QRect(rect.left(), rect.top(), number_width, rect.height())
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(number, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         text)
        room = rect.width() - number_width - 8
        if fraction > 0 and room > 0:
            bar = QRect(number.right() + 8, rect.top() + 2, max(2, int(room * fraction)),
                        rect.height() - 4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            color = index.data(BAR_COLOR_ROLE)
            painter.fillRect(bar, color if isinstance(color, QColor) else BAR_COLOR)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        if index.data(BAR_ROLE) is None:
            return base
        width = option.fontMetrics.horizontalAdvance("0" * NUMBER_CHARS) + BAR_WIDTH + 20
        return QSize(max(base.width(), width), base.height())
