"""«Журнал изменений»: who changed what and when, filtered by record, user and dates.

A Qt model over :mod:`desktop_app.storage.history`; the selected entry's
changes are shown field by field («было» → «стало») below the table, and the
filtered list can be saved as CSV or XLSX.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..exchange.changelog_export import change_text, export_changes
from ..storage.history import ACTION_LABELS, ENTITY_LABELS, ChangeEntry, log_users, query_changes
from ..storage.store import Store
from .screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
ROW_LIMIT = 5000

# storage.history keeps its Russian labels as plain data (storage imports no Qt), so
# lupdate never sees them there; they are listed here literally under one context and
# translated with label(). tests/ui/test_changelog_labels.py checks this list is complete.
LABEL_CONTEXT = "ChangeLogLabels"
MARKED_LABELS = (
    # ENTITY_LABELS
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Мероприятие"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Соглашение"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Департамент"),
    # ACTION_LABELS
    QT_TRANSLATE_NOOP("ChangeLogLabels", "создание"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "изменение"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "удаление"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "восстановление"),
    # FIELD_LABELS
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Наименование"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Название"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Краткое название"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Соглашения"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Сроки"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Вид сроков"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Начало"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Окончание"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Место"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Участники"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Число участников"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Регионы участников"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Содержание и результат"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Примечание"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Состояние"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Повторять соглашение"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Регионы-партнёры"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Номер"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Дата подписания"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Действует до"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "Действует"),
    # VALUE_LABELS and describe()'s words
    QT_TRANSLATE_NOOP("ChangeLogLabels", "один день"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "диапазон дней"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "месяц"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "несколько месяцев"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "квартал"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "весь период"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "ежемесячно"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "еженедельно"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "свой текст"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "да"),
    QT_TRANSLATE_NOOP("ChangeLogLabels", "нет"),
)


def label(text: str) -> str:
    """One of storage.history's labels in the interface language."""
    return QCoreApplication.translate(LABEL_CONTEXT, text)


def entity_label(entity: str) -> str:
    return label(ENTITY_LABELS.get(entity, entity))


def action_label(action: str) -> str:
    return label(ACTION_LABELS.get(action, action))


class ChangeLogModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ChangeEntry] = []
        self.names: dict[str, str] = {}

    def set_entries(self, entries: list[ChangeEntry], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries, self.names = entries, names
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Когда"), self.tr("Кто"), self.tr("Запись"), self.tr("Действие"),
                self.tr("Наименование"), self.tr("Что изменено")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return change_text(e, self.names, label) or None
        if column == 0:
            return f"{e.at:%d.%m.%Y %H:%M}"
        if column == 1:
            return e.user
        if column == 2:
            return entity_label(e.entity)
        if column == 3:
            return action_label(e.action)
        if column == 4:
            return " ".join(e.record_title.split())
        return ", ".join(label(c.label) for c in e.changes())


class ChangeLogDialog(QDialog):
    """The log, or one record's history when ``event_id`` is given."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 event_id: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.setWindowTitle(self.tr("Журнал изменений"))
        self.resize(1000, 620)
        fit_to_screen(self)
        self.model = ChangeLogModel(self)

        self.only_event = QCheckBox(self.tr("Только выбранное мероприятие"), self)
        self.only_event.setChecked(event_id is not None)
        self.only_event.setVisible(event_id is not None)
        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("Все записи"), None)
        for key in ENTITY_LABELS:
            self.entity.addItem(entity_label(key), key)
        self.user = QComboBox(self)
        self.user.addItem(self.tr("Все пользователи"), None)
        for name in log_users(store):
            self.user.addItem(name, name)
        self.use_dates = QCheckBox(self.tr("За период с"), self)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.count = QLabel(self)
        self.export_button = QPushButton(self.tr("Сохранить в файл…"), self)
        close = QPushButton(self.tr("Закрыть"), self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 110, 100, 100, 360)):
            self.table.setColumnWidth(column, width)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Выберите запись, чтобы увидеть, что изменилось."))

        filters = QHBoxLayout()
        filters.addWidget(self.only_event)
        filters.addWidget(self.entity)
        filters.addWidget(self.user)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("по"), self))
        filters.addWidget(self.until)
        filters.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 160])
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)
        layout.addLayout(bottom)

        for combo in (self.entity, self.user):
            combo.currentIndexChanged.connect(self.reload)
        self.only_event.toggled.connect(self.reload)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.export_button.clicked.connect(self.export)
        close.clicked.connect(self.accept)
        self.reload()

    def _names(self) -> dict[str, str]:
        names = {d.id: d.name for d in self.store.departments()}
        names.update({a.id: a.title for a in self.store.agreements()})
        return names

    def _dates_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.reload()

    def filters(self) -> dict[str, Any]:
        since = until = None
        if self.use_dates.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
            if since > until:
                since, until = until, since
        return {
            "entity_id": self.event_id if self.only_event.isChecked() else None,
            "entity": self.entity.currentData(),
            "user": self.user.currentData(),
            "since": since,
            "until": until,
        }

    def reload(self) -> None:
        try:
            entries = query_changes(self.store, limit=ROW_LIMIT, **self.filters())
            names = self._names()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Журнал изменений"), str(exc))
            return
        self.model.set_entries(entries, names)
        more = self.tr(" (показаны последние {0})").format(ROW_LIMIT) if len(entries) >= ROW_LIMIT else ""
        self.count.setText(self.tr("Записей: {0}").format(len(entries)) + more)
        self.export_button.setEnabled(bool(entries))
        self.details.clear()
        if entries:
            self.table.selectRow(0)

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        entry = self.model.entries[rows[0].row()]
        head = (f"{entry.at:%d.%m.%Y %H:%M:%S} · {entry.user} · "
                f"{entity_label(entry.entity)} · {action_label(entry.action)}")
        body = change_text(entry, self.model.names, label) or self.tr("Поля не изменились.")
        self.details.setPlainText(f"{head}\n{' '.join(entry.record_title.split())}\n\n{body}")

    def export(self, path: str | None = None) -> bool:
        if path is None:
            suggested = f"журнал_изменений_{date.today():%Y%m%d}.xlsx"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Сохранить журнал"), suggested,
                self.tr("Книга Excel (*.xlsx);;Текст CSV (*.csv)"),
            )
            if not path:
                return False
        try:
            export_changes(self.model.entries, path, self.model.names)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Журнал не сохранён"), str(exc))
            return False
        return True

