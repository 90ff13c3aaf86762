"""«Сводка» in the Service menu and on the toolbar.

Kept apart from summary_window.py so that the main window adds the action
without importing the summary window, its models, delegate and the domain's
summary code: they load on the first F9 (about 6 ms less before the first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..toolbar_icons import standard_icon

if TYPE_CHECKING:
    from ..main_window import MainWindow


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


def _show_summary(win: MainWindow) -> None:
    from .summary_window import show_summary  # first use only: see the module's docstring

    show_summary(win)


def install_summary_action(win: MainWindow) -> None:
    """«Сводка» in the Service menu and on the toolbar, added here so the window's form stays as is."""
    action = QAction(tr("Сводка…"), win)
    action.setObjectName("actionSummary")
    action.setIconText(tr("Сводка"))
    action.setToolTip(tr("Сводка за период: мероприятия по департаментам, соглашениям, "
                         "регионам, месяцам и статусам"))
    action.setShortcut(QKeySequence("F9"))
    action.setIcon(standard_icon(win, "fileinfo"))
    action.triggered.connect(lambda: _show_summary(win))
    win.ui.menuService.insertAction(win.ui.actionChangeLog, action)
    win.ui.mainToolBar.addAction(action)
    win.actionSummary = action  # type: ignore[attr-defined]
