"""A count with a bar beside it, painted by the table's delegate (no chart library needed).

The bar's length comes from the model (BAR_ROLE, 0…1 against the largest count of
the table), so every row of a table is drawn to one scale.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .summary_model import BAR_ROLE

BAR_COLOR = QColor("#4a7bb7")
NUMBER_CHARS = 5
BAR_WIDTH = 80


class CountBarDelegate(QStyledItemDelegate):
    def __init__(self, color: QColor = BAR_COLOR, parent: object = None) -> None:
        super().__init__(parent)
        self.color = color

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
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
        fraction = index.data(BAR_ROLE) or 0.0
        room = rect.width() - number_width - 8
        if fraction > 0 and room > 0:
            bar = QRect(number.right() + 8, rect.top() + 2, max(2, int(room * fraction)),
                        rect.height() - 4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(bar, self.color)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        width = option.fontMetrics.horizontalAdvance("0" * NUMBER_CHARS) + BAR_WIDTH + 20
        return QSize(max(base.width(), width), base.height())
