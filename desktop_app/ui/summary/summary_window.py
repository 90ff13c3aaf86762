"""«Сводка»: the chosen period's counts beside the main window, following its period and
department; a click on a row shows that row's events in the main window's table."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from ...domain.summary import Summary, SummaryKind
from ...errors import UserError
from ..screen_fit import fit_to_screen
from .bar_delegate import CountBarDelegate
from .summary_model import Field, SummaryTableModel, name_title, row_label

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


def section_titles() -> dict[SummaryKind, str]:
    return {
        SummaryKind.DEPARTMENT: tr("Департаменты"),
        SummaryKind.AGREEMENT: tr("Соглашения в силе в периоде"),
        SummaryKind.REGION: tr("Регионы-партнёры"),
        SummaryKind.MONTH: tr("Месяцы"),
        SummaryKind.STATUS: tr("Статусы"),
    }


class SummaryWindow(QDialog):
    """Not modal: it stays open beside the main window and follows it."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.setObjectName("summaryWindow")
        self.win = win
        self.summary: Summary | None = None
        self._stale = True
        self.setWindowTitle(tr("Сводка"))
        self.models = {kind: SummaryTableModel(kind, self) for kind in SummaryKind}
        self.views: dict[SummaryKind, QTableView] = {}
        self._build()
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        win.view_changed.connect(self.schedule_reload)
        win.ops.changed.connect(self.schedule_reload)
        # Large enough for five tables side by side, never larger than the screen.
        self.resize(1150, 720)
        fit_to_screen(self)

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("summaryTitle")
        self.title_label.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.total_label = QLabel(self)
        hint = QLabel(tr("Щёлкните строку, чтобы показать её мероприятия в таблице главного окна. "
                         "Соглашения без мероприятий выделены цветом."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(self.title_label)
        layout.addWidget(self.total_label)
        layout.addWidget(hint)

        titles = section_titles()
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        left = QSplitter(Qt.Orientation.Vertical, columns)
        right = QSplitter(Qt.Orientation.Vertical, columns)
        for kind, parent in (
            (SummaryKind.DEPARTMENT, left), (SummaryKind.MONTH, left),
            (SummaryKind.STATUS, left), (SummaryKind.AGREEMENT, right),
            (SummaryKind.REGION, right),
        ):
            parent.addWidget(self._table_box(kind, titles[kind]))
        left.setSizes([240, 160, 160])
        right.setSizes([340, 220])
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 2)
        layout.addWidget(columns, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_docx_button = QPushButton(tr("Сохранить в DOCX…"), self)
        self.save_xlsx_button = QPushButton(tr("Сохранить в XLSX…"), self)
        for button in (self.save_docx_button, self.save_xlsx_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Закрыть"))
        close.setAutoDefault(False)  # Enter on a row shows its events, it does not close
        buttons.rejected.connect(self.reject)
        self.save_docx_button.clicked.connect(lambda: self.save_file("docx"))
        self.save_xlsx_button.clicked.connect(lambda: self.save_file("xlsx"))
        layout.addWidget(buttons)

    def _table_box(self, kind: SummaryKind, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        view = QTableView(box)
        view.setObjectName(f"summary_{kind.value}")
        view.setModel(self.models[kind])
        view.setItemDelegate(CountBarDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setWordWrap(False)
        view.horizontalHeader().setMinimumSectionSize(40)
        view.clicked.connect(self._row_clicked)
        view.activated.connect(self._row_clicked)  # Enter on a row, as a click
        self.views[kind] = view
        box_layout.addWidget(view)
        return box

    # -- following the main window -----------------------------------------------------

    def schedule_reload(self) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        from ...storage.summary_query import store_summary

        if self.win.ops.store.closed:
            return
        # Tens of thousands of events in one period take a second or two to count.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = store_summary(self.win.ops.store, self.win.period(),
                                    self.win.department_ids())
        except UserError as exc:
            self.total_label.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._stale = False
        self.summary = summary
        for kind, model in self.models.items():
            model.set_summary(summary)
            self._size_columns(kind)
        self.title_label.setText(tr("Сводные данные {0}").format(summary.period.title))
        total = tr("Всего мероприятий: {0}").format(summary.total)
        if summary.department_names:
            total = "; ".join(summary.department_names) + ". " + total
        if summary.previous_period is not None:
            total += " " + tr("(год назад: {0})").format(summary.previous_total)
        gaps = len(summary.gaps)
        if gaps:
            total += ". " + tr("Соглашений без мероприятий: {0}").format(gaps)
        self.total_label.setText(total)

    def _size_columns(self, kind: SummaryKind) -> None:
        """Names take what the counts leave; the bars keep their width."""
        view, model = self.views[kind], self.models[kind]
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            field = model.field(column)
            if field is Field.NAME:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif field in (Field.COUNT, Field.PREVIOUS):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, max(view.sizeHintForColumn(column),
                                                 header.sectionSizeHint(column)))
            elif field is Field.ENDS_ON:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, 170)

    # -- a click shows the events -------------------------------------------------------

    def _row_clicked(self, index: QModelIndex) -> None:
        model = index.model()
        if not isinstance(model, SummaryTableModel) or model.field(index.column()) is Field.PREVIOUS:
            return  # last year's count: its events are not in this period's table
        row = model.count_row(index.row())
        text = tr("{what} «{name}» — {count}").format(
            what=name_title(row.kind).lower(), name=row_label(row), count=row.events)
        self.win.show_focus(model.focus(index.row()), text)

    # -- files --------------------------------------------------------------------------

    def save_file(self, fmt: str, path: Path | str | None = None) -> Path | None:
        """Save the summary shown (asked where unless ``path`` is given)."""
        from ...exchange.summary_file import write_summary_file
        from ..report_actions import ask_save_path, reports_folder, style_from

        if self.summary is None:
            return None
        summary = self.summary
        suggested = reports_folder() / f"Сводные_данные_{summary.period.short_code}.{fmt}"
        target = ask_save_path(self, tr("Сохранить сводку"), suggested, fmt, path)
        if target is None:
            return None
        try:
            written = write_summary_file(summary, fmt, target, style_from(self.win.settings))
        except UserError as exc:
            QMessageBox.warning(self, tr("Сводка не сохранена"), str(exc))
            return None
        self.win.statusBar().showMessage(tr("Сводка сохранена: {0}").format(written), 10000)
        return written


def show_summary(win: MainWindow) -> SummaryWindow:
    """Open the summary window (one per main window), or bring it to the front."""
    window = win.findChild(SummaryWindow)
    if window is None:
        window = SummaryWindow(win)
    if window.isVisible():
        window.raise_()  # already open behind the main window: bring it forward
        window.activateWindow()
    else:
        window.show()
    return window
