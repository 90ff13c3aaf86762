"""What a file without events shows in place of the empty table: the first steps.

A clerk's first start opens an empty file. Instead of a blank table it says
what to do — add one's department and the agreements, import a report one
already has, or look at the demonstration file (a file of its own, so the
working file stays clean) — with a button for each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..domain.entities import Agreement, Department
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def add_own_department(win: MainWindow) -> Department | None:
    """The department dialog; the first department added becomes the user's own."""
    from .record_dialogs import DepartmentDialog

    dialog = DepartmentDialog(win.ops, win)
    if not dialog.exec() or dialog.saved_record is None:
        return None
    if not win.settings.own_department_id:
        win.settings.own_department_id = dialog.saved_record.id
    return dialog.saved_record


def add_agreement(win: QWidget, ops: object) -> Agreement | None:
    from .record_dialogs import AgreementDialog

    dialog = AgreementDialog(ops, win)
    return dialog.saved_record if dialog.exec() else None


class EmptyState(QWidget):
    """The first steps, with a button for each; shown while the file has no events."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(tr("В этом файле пока нет мероприятий"), self)
        self.heading.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; }")
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.heading, self.steps):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

        def button(text: str, slot: object) -> QPushButton:
            made = QPushButton(text, self)
            made.setMinimumWidth(320)
            made.clicked.connect(slot)
            layout.addWidget(made, 0, Qt.AlignmentFlag.AlignHCenter)
            return made

        from . import window_actions
        from .file_actions import open_demo

        self.department_button = button(tr("Добавить свой департамент"),
                                        lambda: add_own_department(win))
        self.agreement_button = button(tr("Добавить соглашение"),
                                       lambda: add_agreement(win, win.ops))
        self.event_button = button(tr("Создать мероприятие"),
                                   lambda: window_actions.new_event(win))
        self.import_button = button(tr("Импортировать отчёт…"),
                                    lambda: window_actions.import_files(win))
        self.demo_button = button(tr("Открыть демонстрационный файл"), lambda: open_demo(win))
        layout.addStretch(2)

    @property
    def _win(self) -> MainWindow:
        # Asked of Qt, not kept: the window keeps this widget, and a reference back made
        # the pair a cycle that only Python's cycle collector freed — the window with its
        # Operations and undo stack, at whatever moment the collector next ran.
        return cast("MainWindow", self.window())

    def refresh(self, counts: dict[str, int]) -> None:
        has_department, has_agreement = bool(counts["departments"]), bool(counts["agreements"])
        writable = not self._win.readonly
        lines = [
            tr("1. Добавьте свой департамент{0}.").format(
                tr(" — готово") if has_department else ""),
            tr("2. Добавьте соглашения, в рамках которых проводятся мероприятия{0}.").format(
                tr(" — готово") if has_agreement else ""),
            tr("3. Создайте мероприятие — или импортируйте отчёт, который у вас уже есть "
               "(DOCX или XLSX)."),
            tr("Посмотреть, как выглядит заполненный отчёт, можно в демонстрационном файле: "
               "он открывается отдельно, ваш файл не меняется."),
        ]
        self.steps.setText("\n".join(lines))
        self.department_button.setEnabled(writable)
        self.agreement_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.event_button.setVisible(writable and has_department and has_agreement)


class EventStack(QStackedWidget):
    """The events table, or in its place the first steps while the file has no events.

    The first steps are built the first time they are needed: a file with events
    never pays for their widgets (and their style sheet) before its first paint.
    """

    def __init__(self, win: MainWindow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("eventStack")
        self.table = win.ui.eventTable
        self._empty: EmptyState | None = None

    @property
    def _win(self) -> MainWindow:
        return cast("MainWindow", self.window())

    def empty_state(self) -> EmptyState:
        if self._empty is None:
            self._empty = EmptyState(self._win)
            self.addWidget(self._empty)
        return self._empty

    def follow_counts(self) -> None:
        """Shown instead of the table while the file has no events."""
        store = self._win.ops.store
        # EXISTS stops at the first event; a count would read all 100,000 of them.
        if store.has_events():
            self.setCurrentWidget(self.table)
            return
        empty = self.empty_state()
        empty.refresh(store.counts())
        self.setCurrentWidget(empty)


def install_empty_state(win: MainWindow) -> EventStack:
    """Put the table in a stack that shows the first steps instead while no event exists."""
    table = win.ui.eventTable
    holder = table.parentWidget()
    stack = EventStack(win, holder)
    if isinstance(holder, QSplitter):
        holder.replaceWidget(holder.indexOf(table), stack)
    elif holder is not None and holder.layout() is not None:
        holder.layout().replaceWidget(table, stack)
    stack.addWidget(table)
    # A bound method: Qt drops the connection with this widget, while Operations may live on.
    win.ops.changed.connect(stack.follow_counts)
    stack.follow_counts()
    return stack
