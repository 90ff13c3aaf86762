"""«Импорт…»: preview what the files will add, update and skip, then write on confirmation.

The files are read, parsed and planned in a worker (:mod:`background`: a
progress dialog with a count and «Отмена»), and the confirmed plan is written
in a worker too, each on a connection of its own to the window's file (SQLite
connections belong to their thread), so 10,000 rows never freeze the window.
The write is one transaction: «Отмена» interrupts it and nothing lands. A
database in memory (tests, nothing to reopen) is planned and written on the
window's thread as before.

The dialog shows the plan row by row with the reasons, lets the user map names
that match nothing to a stored record (or create them), and shows both
versions of every conflicting event for the user to choose. Nothing is
written until «Импортировать»; the write goes through ``ops.run_bulk`` in one
transaction and the summary replaces the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import Event
from ..errors import UserError
from ..exchange.import_names import AGREEMENT, CREATE, UnmatchedName
from ..exchange.import_plan import MINE, THEIRS, Action, ImportPlan, apply_plan, summarize
from ..exchange.importer import ReadFile, ReadOptions, import_files, read_files
from ..exchange.report_file import ImportFileError
from ..settings import Settings
from ..storage.store import Store
from .background import Cancelled, CancelToken, Task, run_in_background, show_failure
from .column_mapping import ask_department, map_columns, remembered_mappings
from .operations import import_pairs
from .screen_fit import fit_to_screen

# The fields compared side by side for a conflict; their labels are in ImportDialog.compared_labels.
_COMPARED = ("title", "timing", "place", "participants", "result", "note", "status", "version",
             "updated_at")

Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """The plan's rows: where, what will happen, the event, why."""

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        # «Строка» is the row's number in its file; the file has a column of its own
        # (shown when several files are imported).
        self.headers = [self.tr("Строка"), self.tr("Действие"), self.tr("Мероприятие"),
                        self.tr("Причина"), self.tr("Файл")]
        self.actions = {
            Action.ADD: self.tr("добавить"),
            Action.UPDATE: self.tr("обновить"),
            Action.SKIP: self.tr("пропустить"),
            Action.CONFLICT: self.tr("конфликт"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.plan.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            action = self.actions[row.action]
            if row.action is Action.CONFLICT and row.resolution:
                action += " → " + (self.tr("из файла") if row.resolution == THEIRS
                                   else self.tr("своё"))
            return (str(row.number), action, row.event.title.replace("\n", " "),
                    row.reason + ("; " + "; ".join(row.warnings) if row.warnings else ""),
                    row.file)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join([row.reason, *row.warnings])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.label
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ImportDialog(QDialog):
    """``read``: the files already read (in a worker); else plan_files reads them here."""

    def __init__(self, ops: Any, paths: list[Path], parent: QWidget | None = None,
                 read: list[ReadFile] | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.store = ops.store
        self.paths = paths
        self.read = read
        self.mapping: dict[str, str] = {}
        self.department = ""  # for rows of files that name no department (asked once)
        self.applied = False
        self.summary_text = ""
        self.setWindowTitle(self.tr("Импорт отчётов"))
        self.resize(1000, 640)
        self._build()
        fit_to_screen(self)

    # -- layout ------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        layout.addWidget(self.files_label)
        self.counts_label = QLabel(self)
        layout.addWidget(self.counts_label)
        # Columns the import leaves out are said where the rows are previewed, not
        # only in «Итог»: a column of real data the program did not recognise is
        # a loss the user must see before «Импортировать».
        self.ignored_label = QLabel(self)
        self.ignored_label.setWordWrap(True)
        self.ignored_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.ignored_label.setVisible(False)
        layout.addWidget(self.ignored_label)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        self.table = QTableView(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.tabs.addTab(self.table, self.tr("Строки"))

        self.names_page = QWidget(self)
        names_layout = QVBoxLayout(self.names_page)
        names_layout.addWidget(QLabel(self.tr(
            "Эти названия не найдены в базе. Укажите, чему каждое соответствует, "
            "или выберите «Создать новое», затем нажмите «Применить сопоставление»."), self))
        self.names_form = QFormLayout()
        names_layout.addLayout(self.names_form)
        self.apply_mapping_button = QPushButton(self.tr("Применить сопоставление"), self)
        self.apply_mapping_button.clicked.connect(self.replan)
        names_layout.addWidget(self.apply_mapping_button)
        names_layout.addStretch(1)
        self.tabs.addTab(self.names_page, self.tr("Несопоставленные названия"))

        self.conflicts_page = QWidget(self)
        conflicts_layout = QHBoxLayout(self.conflicts_page)
        self.conflict_list = QListWidget(self)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        conflicts_layout.addWidget(self.conflict_list, 1)
        right = QVBoxLayout()
        self.compare = QTableWidget(len(_COMPARED), 2, self)
        self.compare.setHorizontalHeaderLabels([self.tr("В базе (моё)"), self.tr("В файле")])
        self.compare.setVerticalHeaderLabels(self.compared_labels())
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right.addWidget(self.compare, 1)
        self.keep_mine = QRadioButton(self.tr("Оставить моё"), self)
        self.take_theirs = QRadioButton(self.tr("Взять из файла"), self)
        self.choice = QButtonGroup(self)
        for button in (self.keep_mine, self.take_theirs):
            self.choice.addButton(button)
            right.addWidget(button)
        self.keep_mine.toggled.connect(self._choose)
        self.take_theirs.toggled.connect(self._choose)
        conflicts_layout.addLayout(right, 2)
        self.tabs.addTab(self.conflicts_page, self.tr("Конфликты"))

        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.tabs.addTab(self.summary, self.tr("Итог"))

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Импортировать"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.confirm)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def compared_labels(self) -> list[str]:
        """Row labels of the conflict comparison, in the order of ``_COMPARED``."""
        return [self.tr("Наименование"), self.tr("Сроки"), self.tr("Место"),
                self.tr("Участники"), self.tr("Результат"), self.tr("Примечание"),
                self.tr("Статус"), self.tr("Версия"), self.tr("Изменено")]

    # -- planning ----------------------------------------------------------------

    def plan_files(self, plan: ImportPlan | None = None) -> None:
        """Show ``plan`` (made in a worker), or plan here against the Store (raises
        UserError for a bad file).

        The files are read once (here, unless they came read from a worker); a new
        name mapping plans again from the same parsed tables.
        """
        if plan is None:
            if self.read is None:
                self.read = read_files(self.paths)
            plan = import_files(self.store, self.paths, mapping=self.mapping, read=self.read,
                                department=self.department)
        self.plan = plan
        self.files_label.setText(
            self.tr("Файлы: %1").replace("%1", "; ".join(p.name for p in self.paths)))
        self.model = PlanModel(self.plan, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(4, len({r.file for r in self.plan.rows}) < 2)
        self._fill_names()
        self._fill_conflicts()
        self._update_state()

    def replan(self) -> None:
        for combo in self.findChildren(QComboBox, "mapping"):
            value = combo.currentData()
            if value:
                self.mapping[combo.property("text")] = value
        if self.store.path is not None:
            outcome = plan_in_background(self, self.store, self.paths, self.mapping, self.read)
            if outcome is not None:
                self.plan_files(outcome[1])
            return
        try:
            self.plan_files()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Импорт"), str(exc))

    def _fill_names(self) -> None:
        while self.names_form.rowCount():
            self.names_form.removeRow(0)
        for name in self.plan.unmatched:
            self.names_form.addRow(self._name_label(name), self._name_combo(name))
        self.tabs.setTabEnabled(1, bool(self.plan.unmatched))

    def _name_label(self, name: UnmatchedName) -> QLabel:
        kind = self.tr("Соглашение") if name.kind == AGREEMENT else self.tr("Департамент")
        text = name.text or self.tr("(не указан в файле)")
        label = QLabel(f"{kind}: «{text}»", self)
        label.setWordWrap(True)
        return label

    def _name_combo(self, name: UnmatchedName) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("mapping")
        combo.setProperty("text", name.text)
        combo.addItem(self.tr("— выберите —"), "")
        if name.text:
            combo.addItem(self.tr("Создать новое"), CREATE)
        records = (
            [(a.id, a.title) for a in self.store.agreements()] if name.kind == AGREEMENT
            else [(d.id, d.name) for d in self.store.departments()]
        )
        records.sort(key=lambda r: r[0] != name.suggestion_id)
        for record_id, title in records:
            combo.addItem(title[:120], record_id)
        combo.setMinimumContentsLength(40)
        return combo

    def _fill_conflicts(self) -> None:
        self.conflict_list.clear()
        for row in self.plan.conflicts:
            self.conflict_list.addItem(f"{row.label}: {row.event.title[:60]}")
        self.tabs.setTabEnabled(2, bool(self.plan.conflicts))
        if self.plan.conflicts:
            self.conflict_list.setCurrentRow(0)

    def _show_conflict(self, index: int) -> None:
        if not 0 <= index < len(self.plan.conflicts):
            return
        row = self.plan.conflicts[index]
        for line, field in enumerate(_COMPARED):
            for col, event in enumerate((row.local, row.event)):
                value = str(getattr(event, field, "")) if isinstance(event, Event) else ""
                self.compare.setItem(line, col, QTableWidgetItem(value))
        self.compare.resizeRowsToContents()
        for button in (self.keep_mine, self.take_theirs):
            button.blockSignals(True)
        self.choice.setExclusive(False)
        self.keep_mine.setChecked(row.resolution == MINE)
        self.take_theirs.setChecked(row.resolution == THEIRS)
        self.choice.setExclusive(True)
        for button in (self.keep_mine, self.take_theirs):
            button.blockSignals(False)

    def _choose(self, checked: bool) -> None:
        index = self.conflict_list.currentRow()
        if not checked or not 0 <= index < len(self.plan.conflicts):
            return
        self.plan.conflicts[index].resolution = THEIRS if self.take_theirs.isChecked() else MINE
        self.model.refresh()
        self._update_state()

    def _update_state(self) -> None:
        plan = self.plan
        text = self.tr("Будет добавлено: %1, обновлено: %2, пропущено: %3, конфликтов: %4.")
        for n, value in enumerate((plan.count(Action.ADD), plan.count(Action.UPDATE),
                                   plan.count(Action.SKIP), len(plan.conflicts)), 1):
            text = text.replace(f"%{n}", str(value))
        if plan.unmatched:
            text += " " + self.tr("Сопоставьте названия (%1), чтобы продолжить.").replace(
                "%1", str(len(plan.unmatched)))
            self.tabs.setCurrentWidget(self.names_page)
        self.counts_label.setText(text)
        self.ignored_label.setText(self.tr(
            "Не будут загружены столбцы, которые программа не узнала: %1. Если они нужны, "
            "откройте импорт снова и сопоставьте столбцы вручную.").replace(
                "%1", " | ".join(plan.ignored_columns)))
        self.ignored_label.setVisible(bool(plan.ignored_columns))
        self.summary.setPlainText(summarize(plan, dry_run=True).text())
        self.import_button.setEnabled(not plan.unmatched and plan.writes_anything())

    # -- writing -----------------------------------------------------------------

    def confirm(self) -> Task | None:
        """Write the plan: in a worker for a file (returned, running), else here.

        Either way the import is one undo step: Ctrl+Z removes what was added and puts
        back what was overwritten."""
        if self.store.path is not None:
            self.import_button.setEnabled(False)
            return apply_in_background(self, self.ops, self.plan, self._applied,
                                       lambda: self._update_state())
        # run_import reports a refused write itself (one message path for the window)
        # and returns None; the transaction has then left the database as it was.
        plan = self.plan
        summary = self.ops.run_import(
            self.tr("Импорт отчётов"), lambda store: apply_plan(store, plan),
            written_ids(plan), [d.id for d in plan.new_departments],
            [a.id for a in plan.new_agreements],
        )
        if summary is not None:
            self._applied(summary)
        return None

    def _applied(self, summary: Any) -> None:
        self.applied = True
        self.summary_text = summary.text() + "\n\n" + self.tr(
            "Отменить весь импорт одним действием — «Правка → Отменить» (Ctrl+Z).")
        self.summary.setPlainText(self.summary_text)
        self.tabs.setCurrentWidget(self.summary)
        self.counts_label.setText(self.summary_text.split("\n", 1)[0])
        self.import_button.setEnabled(False)
        self.import_button.hide()
        self.close_button.setText(self.tr("Закрыть"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def choose_files(parent: QWidget | None) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        _tr("Выберите отчёты для импорта"),
        "",
        _tr("Отчёты (*.docx *.xlsx);;Все файлы (*)"),
    )
    return [Path(n) for n in names]


def read_in_background(parent: QWidget | None, paths: list[Path],
                       settings: Settings | None = None) -> list[ReadFile] | None:
    """Read and parse the files in a worker; None if cancelled or failed (already said).

    A table whose columns are unclear goes through the mapping step
    (:mod:`column_mapping`) and the files are read again with that mapping.
    """
    known = remembered_mappings(settings)
    while True:
        outcome = _read_once(parent, paths, ReadOptions(remembered=known))
        error = outcome.get("error")
        if isinstance(error, ImportFileError) and error.unclear is not None:
            if map_columns(parent, error, settings, known):
                continue
            return None  # the user closed the mapping step: nothing to say
        if error is not None:
            _say_not_imported(parent, error)
        return outcome.get("read")


def _file_progress(token: CancelToken, count: int) -> Callable[[], None]:
    """What read_files calls before each file: cancel here, and say which file it is."""
    done = 0

    def next_file() -> None:
        nonlocal done
        token.check()
        token.report(done, count, _tr("Чтение файла {0} из {1}…").format(done + 1, count))
        done += 1

    return next_file


def _read_once(parent: QWidget | None, paths: list[Path], options: ReadOptions) -> dict[str, Any]:
    """One reading in a worker. A local event loop waits for it, so the window keeps
    painting while run_import keeps its plain "returns when done" contract.
    """
    outcome: dict[str, Any] = {}

    def work(token: CancelToken) -> list[ReadFile]:
        # No Store here: it belongs to this thread.
        return read_files(paths, check=_file_progress(token, len(paths)), options=options)

    _wait(run_in_background(
        parent, _tr("Чтение файлов для импорта…"), work,
        on_done=lambda read: outcome.__setitem__("read", read),
        on_error=lambda exc: outcome.__setitem__("error", exc),
    ))
    return outcome


@contextmanager
def _worker_store(
    token: CancelToken, store: Store, readonly: bool = False
) -> Iterator[Store | None]:
    """The worker's own connection to the window's file (None for one in memory).

    «Отмена» interrupts its running SQLite statement (a transaction then rolls
    back), and whatever that interruption raises reaches the caller as Cancelled.
    """
    import sqlite3

    worker = store.for_worker(readonly=readonly)
    if worker is None:
        yield None
        return

    def interrupt() -> None:
        try:
            worker.conn.interrupt()
        except sqlite3.ProgrammingError:  # already closed: the work is over
            pass

    token.on_cancel(interrupt)
    try:
        yield worker
    except Exception:
        if token.cancelled:
            raise Cancelled from None
        raise
    finally:
        worker.close()


def _wait(task: Task) -> None:
    """A local event loop until the task is over: the window keeps painting meanwhile."""
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()


def plan_in_background(
    parent: QWidget | None, store: Store, paths: list[Path],
    mapping: dict[str, str] | None = None, read: list[ReadFile] | None = None,
    department: str = "",
) -> tuple[list[ReadFile], ImportPlan | None] | None:
    """Read and plan the files in a worker; None if cancelled or failed (already said).

    The plan is None for a database in memory: the worker cannot open it, so the
    caller plans on the window's thread.
    """
    outcome: dict[str, Any] = {}

    def work(token: CancelToken) -> tuple[list[ReadFile], ImportPlan | None]:
        files = list(read) if read is not None else read_files(
            paths, check=_file_progress(token, len(paths)))
        rows = sum(f.row_count for f in files)
        token.report(0, 0, _tr("Прочитано строк: {0}. Сравнение с базой…").format(rows))
        with _worker_store(token, store, readonly=True) as worker:
            if worker is None:
                return files, None
            plan = import_files(worker, paths, mapping=mapping, read=files,
                                department=department)
        token.check()
        return files, plan

    task = run_in_background(
        parent, _tr("Чтение файлов для импорта…"), work,
        on_done=lambda result: outcome.__setitem__("result", result),
        on_error=lambda exc: outcome.__setitem__("error", exc),
    )
    _wait(task)
    if "error" in outcome:
        _say_not_imported(parent, outcome["error"])
    return outcome.get("result")


def written_ids(plan: ImportPlan) -> list[str]:
    """The events the plan adds or overwrites."""
    return [r.event.id for r in plan.rows
            if r.action in (Action.ADD, Action.UPDATE)
            or (r.action is Action.CONFLICT and r.resolution == THEIRS)]


def apply_in_background(
    parent: QWidget | None, ops: Any, plan: ImportPlan,
    on_done: Callable[[Any], None], on_refused: Callable[[], None],
) -> Task:
    """Write the plan in a worker, on its own connection, in one transaction.

    «Отмена» interrupts the write and rolls it back: nothing of it lands. When it
    has landed, ``ops`` puts it on the undo stack as one step (the states before and
    after are read inside the write's transaction) and tells every view once; a
    refusal is shown in plain words and ``on_refused`` runs.
    """
    store: Store = ops.store
    ids = written_ids(plan)
    label = _tr("Импорт отчётов")

    committed: dict[str, Any] = {}

    def work(token: CancelToken) -> Any:
        token.report(0, 0, _tr("Запись мероприятий в базу: {0}…").format(len(ids)))
        with _worker_store(token, store) as worker:
            assert worker is not None  # only called for a database in a file
            with worker.transaction():
                before = {e.id: e for e in worker.events_by_id(ids)}
                summary = apply_plan(worker, plan)
                after = {e.id: e for e in worker.events_by_id(ids)}
                token.check()  # cancelled now: the transaction rolls back
        committed["summary"] = summary
        committed["pairs"] = import_pairs(ids, before, after)
        return summary

    def landed(summary: Any) -> None:
        ops.import_landed(label, committed["pairs"], [d.id for d in plan.new_departments],
                          [a.id for a in plan.new_agreements])
        on_done(summary)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            ops.report(str(exc))  # the window's one path for a refused write
        else:
            show_failure(parent, _tr("Импорт"), exc)
        on_refused()

    task = run_in_background(parent, _tr("Импорт отчётов"), work, on_done=landed,
                             on_error=failed, error_title=_tr("Импорт"))
    def cancelled() -> None:
        if not task.token.cancelled:
            return
        if "summary" in committed:  # «Отмена» came after the commit: it has landed
            landed(committed["summary"])
        else:  # rolled back: the dialog stays, ready to import again
            on_refused()

    task.finished.connect(cancelled)
    return task


def _say_not_imported(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, _tr("Импорт"),
                            str(exc) + "\n" + _tr("База данных не изменена."))
    else:
        show_failure(parent, _tr("Импорт"), exc)


def run_import(parent: QWidget | None, ops: Any, paths: list[Path | str] | None = None,
               settings: Settings | None = None) -> bool:
    """Preview and, on confirmation, import the files; True when something was written."""
    chosen = [Path(p) for p in paths] if paths else choose_files(parent)
    if not chosen:
        return False
    read = read_in_background(parent, chosen, settings)
    if read is None:
        return False
    department = ask_department(parent, read, [d.name for d in ops.store.departments()])
    if department is None:
        return False
    outcome = plan_in_background(parent, ops.store, chosen, read=read, department=department)
    if outcome is None:
        return False
    read, plan = outcome
    dialog = ImportDialog(ops, chosen, parent, read=read)
    dialog.department = department
    try:
        dialog.plan_files(plan)
    except UserError as exc:
        _say_not_imported(parent, exc)
        dialog.deleteLater()
        return False
    dialog.exec()
    return dialog.applied
