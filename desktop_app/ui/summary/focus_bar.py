"""The strip above the events table that says which summary count it shows, with «Сбросить»."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class FocusBar(QFrame):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryFocusBar")
        self.setStyleSheet(
            "#summaryFocusBar { background: #fff4d6; border: 1px solid #e0c56e; border-radius: 3px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Сбросить отбор"), self)
        self.clear_button.setToolTip(self.tr("Показать все мероприятия периода"))
        self.clear_button.clicked.connect(self.cleared.emit)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(self.tr("Отбор из сводки: {0}").format(text))
        self.show()
