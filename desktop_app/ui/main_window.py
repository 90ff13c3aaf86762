"""The main window: period and departments at the left, the events table, the full text.

The layout comes from ui/main_window.ui (generated form); this class connects
the models to the widgets and keeps the window's state in the settings. What
the menu actions do lives in window_actions.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QWidget,
)

from ..domain.entities import EventStatus
from ..domain.periods import ReportPeriod
from ..settings import Settings
from ..storage import event_list
from ..storage.event_list import Column, EventFocus
from . import window_actions
from .department_list_model import DEPARTMENT_ID_ROLE, DepartmentListModel
from .empty_state import install_empty_state
from .event_table_model import FIRST_ROWS, EventTableModel, status_label
from .forms.ui_main_window import Ui_MainWindow
from .operations import Operations
from .screen_fit import fit_to_screen, largest_size
from .toolbar_icons import standard_icon

if TYPE_CHECKING:
    # Named only: PySide6 builds a Qt class's type (QEvent: ~1.5 ms of enums) on its
    # first use, and a usual file's window needs neither before its first paint.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent

    from .empty_state import EmptyState
    from .summary.focus_bar import FocusBar

SEARCH_DELAY_MS = 150
COUNTS_FALLBACK_MS = 300
# Beyond this many events in the file the window defers its counts past the first paint.
LARGE_FILE_EVENTS = 5000
# Period codes in the order of the period list (ReportPeriod.short_code without the year).
PERIOD_CODES = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M", "Y")
DEFAULT_WIDTHS = {
    Column.DEPARTMENT: 215,
    Column.AGREEMENTS: 170,
    Column.TITLE: 320,
    Column.TIMING: 160,
    Column.PLACE: 170,
    Column.PARTICIPANTS: 220,
    Column.RESULT: 320,
    Column.STATUS: 110,
}


def period_from_code(year: int, code: str) -> ReportPeriod:
    """The period list's code («Q1», …, «Y») in a year, through the domain's short code."""
    return ReportPeriod.from_short_code(str(year) if code == "Y" else f"{year}_{code}")


def code_of(period: ReportPeriod) -> str:
    return period.short_code.partition("_")[2] or "Y"


class _FirstPaint(QObject):
    """Calls ``then`` on the event loop's turn after the window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        from PySide6.QtCore import QEvent

        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._paint = QEvent.Type.Paint
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == self._paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class MainWindow(QMainWindow):
    # The period or the department list's choice changed (the summary follows them).
    view_changed = Signal()

    def __init__(
        self,
        ops: Operations,
        settings: Settings,
        db_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.db_path = db_path
        # A file opened for viewing only (a second copy, a read-only medium): nothing may write.
        self.readonly = bool(getattr(ops.store, "readonly", False))
        ops.window = self
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._fill_choices()
        self.events = EventTableModel(ops, self)
        self.departments = DepartmentListModel(ops, self)
        self.ui.eventTable.setModel(self.events)
        self.ui.departmentList.setModel(self.departments)
        if event_list.may_hold_more_events_than(ops.store, LARGE_FILE_EVENTS):
            # A large file reads the head of the table's first window, and its counts
            # (100,000 events: ~20 ms) wait for the first paint. Their own short delays
            # were not enough: whatever ran between this constructor and the event loop
            # (the drafts check, the crash log, a loaded machine) made them due first.
            self.events.first_rows = FIRST_ROWS
            self.events.hold_counts()
            self.departments.hold_counts()
            self._paint_watch = _FirstPaint(self, self._release_counts)
            # A window that is never shown (a test, a script) still gets its counts.
            QTimer.singleShot(COUNTS_FALLBACK_MS, self._release_counts)
        else:
            # A clerk's usual file: counted at once, so the first frame is complete.
            self.departments.count_at_once = True
        self._focus_bar: FocusBar | None = None
        self._setup_table()
        self._setup_actions()
        self.event_stack = install_empty_state(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._selected_id: str | None = None
        self._to_select: list[str] = []
        self._restore_state()
        self._connect()
        self._apply_period()
        self._select_department(settings.department_id)
        self._show_details()
        if self.readonly:
            self._show_readonly()

    # -- building ------------------------------------------------------------------

    # Two hidden widgets are built on first use, not before the first paint (their
    # creation and style-sheet polish cost ~3 ms there and most windows never show them).

    @property
    def focus_bar(self) -> FocusBar:
        """Which summary count the table shows, if any: between the filters and the table."""
        if self._focus_bar is None:
            from .summary.focus_bar import FocusBar

            self._focus_bar = FocusBar(self)
            self.ui.tableLayout.insertWidget(1, self._focus_bar)
            self._focus_bar.cleared.connect(self.clear_focus)
        return self._focus_bar

    @property
    def empty_state(self) -> EmptyState:
        """The first steps shown instead of the table while the file has no events."""
        return self.event_stack.empty_state()

    def _release_counts(self) -> None:
        self.events.release_counts()
        self.departments.release_counts()

    def _hide_focus(self) -> None:
        if self._focus_bar is not None:
            self._focus_bar.hide()

    def _fill_choices(self) -> None:
        names = [
            self.tr("I квартал"), self.tr("II квартал"), self.tr("III квартал"),
            self.tr("IV квартал"), self.tr("I полугодие"), self.tr("II полугодие"),
            self.tr("9 месяцев"), self.tr("год"),
        ]
        for code, name in zip(PERIOD_CODES, names, strict=True):
            self.ui.periodCombo.addItem(name, code)
        self.ui.statusCombo.addItem(self.tr("Все"), "")
        for status in EventStatus:
            self.ui.statusCombo.addItem(status_label(status), str(status))

    def _setup_table(self) -> None:
        table = self.ui.eventTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSortIndicator(Column.DEPARTMENT, Qt.SortOrder.AscendingOrder)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.mainSplitter.setSizes([250, 1000])
        self.ui.detailsSplitter.setStretchFactor(0, 1)
        self.ui.detailsSplitter.setSizes([520, 200])

    def _setup_actions(self) -> None:
        ui = self.ui
        icons = {
            ui.actionNewEvent: "file",
            ui.actionEditEvent: "viewdetailed",
            ui.actionDelete: "trash",
            ui.actionImport: "standardbutton-open",
            ui.actionExportDocx: "standardbutton-save",
            ui.actionPrintPreview: "filecontents",
        }
        for action, name in icons.items():
            action.setIcon(standard_icon(self, name))
        ui.actionQuit.setShortcuts(QKeySequence.StandardKey.Quit)
        self.undo_action = self.ops.undo_stack.createUndoAction(self, self.tr("Отменить"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.ops.undo_stack.createRedoAction(self, self.tr("Повторить"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = ui.menuEdit.actions()[0]
        ui.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        ui.menuEdit.insertSeparator(first)
        ui.mainToolBar.insertActions(ui.actionImport, [self.undo_action, self.redo_action])
        ui.mainToolBar.insertSeparator(ui.actionImport)
        # «Отменить создание мероприятия», not Qt's «Отменить Создание мероприятия».
        self.ops.undo_stack.undoTextChanged.connect(self._name_undo_actions)
        self.ops.undo_stack.redoTextChanged.connect(self._name_undo_actions)
        self.undo_action.setIcon(standard_icon(self, "arrow-left"))
        self.redo_action.setIcon(standard_icon(self, "arrow-right"))
        # Enter opens the event only when the table has focus, so that Enter in
        # the search box or a list keeps its usual meaning.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.eventTable)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(ui.actionEditEvent.trigger)
        # Esc in the search box clears it (and shows every row again).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.searchEdit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._clear_search)
        window_actions.connect_actions(self)
        self._name_undo_actions()

    def _connect(self) -> None:
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(self._apply_period)
        ui.yearSpin.valueChanged.connect(self._apply_period)
        ui.statusCombo.currentIndexChanged.connect(self._apply_status)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.departmentList.selectionModel().currentChanged.connect(self._department_chosen)
        ui.eventTable.selectionModel().currentRowChanged.connect(self._row_chosen)
        ui.eventTable.doubleClicked.connect(lambda _index: ui.actionEditEvent.trigger())
        self.events.modelAboutToBeReset.connect(self._remember_selection)
        self.events.modelReset.connect(self._restore_selection)
        self.events.reloaded.connect(self._show_count)
        # Created, edited or restored rows (also by Ctrl+Z) come up selected.
        self.ops.events_touched.connect(self.select_events)
        self.departments.modelAboutToBeReset.connect(self._remember_department)
        self.departments.modelReset.connect(self._restore_department)
        # A bound method, not a lambda: Qt drops the connection when this window is destroyed,
        # so the undo stack (owned by Operations, which outlives the window) never reaches a
        # half-deleted window.
        self.ops.undo_stack.cleanChanged.connect(self._undo_clean_changed)

    # -- state across restarts ----------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.settings
        if s.window_geometry and self.restoreGeometry(s.window_geometry):
            # Saved on a larger monitor: shrink it to this one.
            limit = largest_size(self)
            if self.width() > limit.width() or self.height() > limit.height():
                fit_to_screen(self)
        else:
            # First start: most of the screen, centred, rather than Qt's small default.
            fit_to_screen(self, share=0.9)
        if s.window_state:
            self.restoreState(s.window_state)
        if s.window_splitter:
            self.ui.mainSplitter.restoreState(s.window_splitter)
        if s.window_details_splitter:
            self.ui.detailsSplitter.restoreState(s.window_details_splitter)
        if s.table_header:
            self.ui.eventTable.horizontalHeader().restoreState(s.table_header)
        header = self.ui.eventTable.horizontalHeader()
        self.events.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        period = self._initial_period()
        self.ui.yearSpin.setValue(period.year)
        self.ui.periodCombo.setCurrentIndex(PERIOD_CODES.index(code_of(period)))
        at = self.ui.statusCombo.findData(s.status_filter)
        self.ui.statusCombo.setCurrentIndex(max(at, 0))
        self._apply_status()

    def _initial_period(self) -> ReportPeriod:
        """The period chosen last time, else the quarter of the newest event, else today's."""
        s = self.settings
        if s.period_year and s.period_code in PERIOD_CODES:
            return period_from_code(s.period_year, s.period_code)
        newest = event_list.newest_event_date(self.ops.store)
        return ReportPeriod.quarter_of(newest or date.today())

    def save_state(self) -> None:
        s = self.settings
        s.window_geometry = bytes(self.saveGeometry().data())
        s.window_state = bytes(self.saveState().data())
        s.window_splitter = bytes(self.ui.mainSplitter.saveState().data())
        s.window_details_splitter = bytes(self.ui.detailsSplitter.saveState().data())
        s.table_header = bytes(self.ui.eventTable.horizontalHeader().saveState().data())
        period = self.period()
        s.period_year = period.year
        s.period_code = code_of(period)
        s.department_id = self.department_id()
        s.status_filter = self.ui.statusCombo.currentData() or ""
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # -- what is shown ------------------------------------------------------------------

    def period(self) -> ReportPeriod:
        return period_from_code(self.ui.yearSpin.value(), self.ui.periodCombo.currentData())

    def set_period(self, period: ReportPeriod) -> None:
        self.ui.yearSpin.setValue(period.year)
        self.ui.periodCombo.setCurrentIndex(PERIOD_CODES.index(code_of(period)))

    def department_id(self) -> str:
        index = self.ui.departmentList.currentIndex()
        return index.data(DEPARTMENT_ID_ROLE) or "" if index.isValid() else ""

    def department_ids(self) -> list[str] | None:
        """The departments a report of the current view covers (None: all)."""
        chosen = self.department_id()
        return [chosen] if chosen else None

    def statuses(self) -> tuple[str, ...]:
        chosen = self.ui.statusCombo.currentData()
        return (chosen,) if chosen else ()

    def current_event_id(self) -> str | None:
        index = self.ui.eventTable.currentIndex()
        return self.events.event_id(index.row()) if index.isValid() else None

    def selected_event_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.eventTable.selectionModel().selectedRows()})
        ids = [self.events.event_id(r) for r in rows]
        found = [i for i in ids if i]
        if not found and self.current_event_id():
            found = [self.current_event_id()]  # type: ignore[list-item]
        return found

    def select_event(self, event_id: str) -> None:
        self.select_events([event_id])

    def select_events(self, event_ids: list[str]) -> None:
        """Select the rows of these events (the first one current); ids not shown are ignored.

        A row past the rows counted so far (a long table counts the rest on the next turn
        of the event loop) is selected once the count arrives.
        """
        rows = [r for r in map(self.events.row_of, event_ids) if r is not None]
        rows_now = [r for r in rows if r < self.events.rowCount()]
        # All of them again once counted (a new selection would drop the first ones).
        self._to_select = list(event_ids) if len(rows_now) < len(rows) else []
        if not rows_now:
            return
        selection = self.ui.eventTable.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Rows
        first = self.events.index(rows_now[0], 0)
        selection.setCurrentIndex(first, flags | QItemSelectionModel.SelectionFlag.ClearAndSelect)
        for row in rows_now[1:]:
            selection.select(self.events.index(row, 0), flags | QItemSelectionModel.SelectionFlag.Select)
        self.ui.eventTable.scrollTo(first)

    def show_focus(self, focus: EventFocus, text: str) -> None:
        """Show exactly the events of one summary count: other narrowing (status, search)
        is dropped so that the rows match the count; the bar above the table says so."""
        self._search_timer.stop()
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.ui.statusCombo.blockSignals(True)
        self.ui.statusCombo.setCurrentIndex(0)
        self.ui.statusCombo.blockSignals(False)
        period = self.period()
        self.departments.set_range(period.start, period.end, ())
        self.events.set_filters(focus=focus, search="", statuses=())
        self.focus_bar.show_text(text)

    def clear_focus(self) -> None:
        self._hide_focus()
        self.events.set_filters(focus=None)

    def _apply_period(self) -> None:
        period = self.period()
        self.departments.set_range(period.start, period.end, self.statuses())
        # A count of another period or department no longer holds: its filter goes.
        self._hide_focus()
        self.events.set_filters(start=period.start, end=period.end, focus=None)
        self.view_changed.emit()
        title = self.tr("Мероприятия {0} — межрегиональное сотрудничество").format(period.title)
        if self.readonly:
            title += " " + self.tr("(только просмотр)")
        if self.db_path is not None:
            # Which file is open, so that a demo or a colleague's copy is never taken for one's own.
            title += f" — {self.db_path}"
        self.setWindowTitle(title)

    def _apply_status(self) -> None:
        period = self.period()
        self.departments.set_range(period.start, period.end, self.statuses())
        self.events.set_filters(statuses=self.statuses())

    def _clear_search(self) -> None:
        if self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
            self._search_timer.stop()
            self._apply_search()
        else:
            self.ui.eventTable.setFocus()

    def _apply_search(self) -> None:
        self.events.set_filters(search=self.ui.searchEdit.text().strip())

    def _department_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        department_id = current.data(DEPARTMENT_ID_ROLE) or None
        if department_id != self.events.query.department_id:
            self._hide_focus()
            self.events.set_filters(department_id=department_id, focus=None)
            self.view_changed.emit()

    def _select_department(self, department_id: str) -> None:
        row = self.departments.row_of(department_id)
        self.ui.departmentList.setCurrentIndex(self.departments.index(row or 0, 0))

    def _remember_department(self) -> None:
        self._department_before_reset = self.department_id()

    def _restore_department(self) -> None:
        self._select_department(getattr(self, "_department_before_reset", ""))

    def _remember_selection(self) -> None:
        self._selected_id = self.current_event_id()

    def _restore_selection(self) -> None:
        if self._selected_id:
            self.select_event(self._selected_id)
        self._show_details()

    def _row_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()

    def _show_count(self, count: int, search_put_off: bool) -> None:
        if self._to_select:
            waiting, self._to_select = self._to_select, []
            self.select_events(waiting)
        text = self.tr("Мероприятий: {0}").format(count)
        if search_put_off:
            text += " " + self.tr("(для поиска введите не меньше трёх букв)")
        self.statusBar().showMessage(text)
        self._update_actions()

    def _name_undo_actions(self, _text: str = "") -> None:
        def named(verb: str, what: str) -> str:
            return f"{verb} {what[:1].lower()}{what[1:]}" if what else verb

        stack = self.ops.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack's destructor clears it and signals on its way out
        for action, verb, what in (
            (self.undo_action, self.tr("Отменить"), stack.undoText()),
            (self.redo_action, self.tr("Повторить"), stack.redoText()),
        ):
            # The menu says what is undone; the toolbar keeps one short word so that
            # its buttons do not move, and the full text is in the tooltip.
            action.setText(named(verb, what))
            action.setIconText(verb)
            action.setToolTip(named(verb, what))

    def _undo_clean_changed(self, _clean: bool) -> None:
        self._update_actions()

    def editing_actions(self) -> list[QAction]:
        """Every action that writes to the database (all off for a read-only file)."""
        ui = self.ui
        return [
            ui.actionNewEvent, ui.actionEditEvent, ui.actionDelete,
            ui.actionDuplicateAgreement, ui.actionDuplicateNextQuarter,
            ui.actionImport, ui.actionRestore, ui.actionAgreements, ui.actionDepartments,
            self.undo_action, self.redo_action,
        ]

    def _show_readonly(self) -> None:
        for action in self.editing_actions():
            action.setEnabled(False)
        # The undo actions stay off too: nothing is written, so the stack never changes.
        label = QLabel(self.tr("Только просмотр: файл открыт без права записи"), self)
        label.setObjectName("readonlyLabel")
        label.setStyleSheet("QLabel { color: #a33; font-weight: bold; padding: 0 6px; }")
        self.statusBar().addPermanentWidget(label)

    def _update_actions(self) -> None:
        has_row = self.ui.eventTable.currentIndex().isValid() and not self.readonly
        for action in (
            self.ui.actionEditEvent, self.ui.actionDelete,
            self.ui.actionDuplicateAgreement, self.ui.actionDuplicateNextQuarter,
        ):
            action.setEnabled(has_row)

    def _show_details(self) -> None:
        self._update_actions()
        event_id = self.current_event_id()
        found = event_list.event_details(self.ops.store, event_id) if event_id else None
        if not found:
            self.ui.detailsView.clear()
            return
        self.ui.detailsView.setHtml(self._details_html(found))

    def _details_html(self, found: dict) -> str:
        from html import escape

        e = found["event"]

        def para(label: str, text: str) -> str:
            body = escape(text or "—").replace("\n", "<br>")
            return f"<p><b>{escape(label)}:</b> {body}</p>"

        parts = [f"<h3>{escape(e.title)}</h3>"]
        parts.append(para(self.tr("Департамент"), found["department"]))
        parts.append(para(self.tr("Соглашения"), "\n".join(found["agreements"])))
        parts.append(para(self.tr("Сроки"), e.timing))
        parts.append(para(self.tr("Место проведения"), e.place))
        total = self.tr("всего")
        count = f" ({total}: {e.participants_count})" if e.participants_count else ""
        parts.append(para(self.tr("Участники"), e.participants + count))
        if e.participant_regions:
            parts.append(para(self.tr("Регионы-участники"), ", ".join(e.participant_regions)))
        parts.append(para(self.tr("Содержание и результат"), e.result))
        parts.append(para(self.tr("Статус"), status_label(e.status)))
        parts.append(para(self.tr("Примечание"), e.note))
        return "".join(parts)
