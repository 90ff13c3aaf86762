"""Editors for the reference lists: agreements and departments.

A list with a filter box (ui/reference_list.ui) opens one record in its own
dialog (ui/agreement_dialog.ui, ui/department_dialog.ui). Writes go through
Operations, so they can be undone and land in the change log. A record that
events use is never deleted: the message says how many events hold it and
offers to mark it inactive instead, which keeps old reports intact.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from ..domain.entities import Agreement, Department
from .forms.ui_reference_list import Ui_ReferenceList
from .record_dialogs import AgreementDialog, DepartmentDialog
from .reference_models import (
    AgreementTableModel,
    DepartmentTableModel,
    RecordFilter,
    _RecordModel,
)
from .screen_fit import fit_to_screen
from .unsaved import HINT_STYLE

__all__ = ["AgreementDialog", "AgreementsDialog", "DepartmentDialog", "DepartmentsDialog"]



class _ReferenceList(QDialog):
    """A filterable, sortable table of records with add / change / delete."""

    def __init__(
        self, ops: Any, parent: QWidget | None, model: _RecordModel, stretch: int, widths: dict[int, int]
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferenceList()
        self.ui.setupUi(self)
        self._ops = ops
        self.model = model
        self.model.reload()
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Short columns fit their content, long texts get a set width, the full
        # name takes what is left: the table never needs a horizontal scroll bar.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the store's own order
        self.ui.filterEdit.textChanged.connect(self.proxy.set_needle)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        self.ui.closeButton.clicked.connect(self.accept)
        table.doubleClicked.connect(self.edit_current)
        table.installEventFilter(self)
        ops.changed.connect(self._reload)
        self.ui.hintLabel.setStyleSheet(HINT_STYLE)
        self.ui.hintLabel.setText(
            self.tr(
                "Серым показаны недействующие записи. Запись, на которую ссылаются "
                "мероприятия, удалить нельзя — её можно отметить как недействующую."
            )
        )
        if model.rowCount():
            table.selectRow(0)

    # subclasses give these
    def open_record(self, record: Any | None) -> Any:
        raise NotImplementedError

    def refusal(self, record: Any, uses: int) -> str:
        raise NotImplementedError

    def delete_question(self, record: Any) -> str:
        raise NotImplementedError

    def inactive_texts(self) -> tuple[str, str, str]:
        """The offer to mark a used record inactive, its button, and «already inactive»."""
        raise NotImplementedError

    def delete(self, record: Any) -> bool:
        raise NotImplementedError

    def save_inactive(self, record: Any) -> Any:
        raise NotImplementedError

    # -- actions -----------------------------------------------------------------

    def current(self) -> Any | None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def _select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.ui.table.selectRow(index.row())

    def _reload(self) -> None:
        current = self.current()
        self.model.reload()
        if current is not None:
            self._select(current.id)

    def add(self) -> None:
        dialog = self.open_record(None)
        if dialog.exec() and dialog.saved_record is not None:
            self._select(dialog.saved_record.id)

    def edit_current(self, *_args: object) -> None:
        record = self.current()
        if record is not None:
            self.open_record(record).exec()

    def delete_current(self) -> None:
        record = self.current()
        if record is None:
            return
        uses = self.model.uses(record.id)
        box = QMessageBox(self)
        if uses:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Удалить нельзя"))
            box.setText(self.refusal(record, uses))
            offer, button, already = self.inactive_texts()
            if record.active:
                box.setInformativeText(offer)
                mark = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
                box.addButton(self.tr("Отмена"), QMessageBox.ButtonRole.RejectRole)
                box.exec()
                if box.clickedButton() is mark:
                    self.save_inactive(record)
            else:
                box.setInformativeText(already)
                box.addButton(self.tr("Понятно"), QMessageBox.ButtonRole.AcceptRole)
                box.exec()
            return
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Удаление"))
        box.setText(self.delete_question(record))
        remove = box.addButton(self.tr("Удалить"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Отмена"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is remove:
            self.delete(record)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_current()
                return True
            if key == Qt.Key.Key_Insert:
                self.add()
                return True
        return super().eventFilter(watched, event)


class AgreementsDialog(_ReferenceList):
    """The list of agreements (Справочник соглашений)."""

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent, AgreementTableModel(ops), stretch=1, widths={0: 160, 2: 160})
        self.setWindowTitle(self.tr("Соглашения о сотрудничестве"))
        # Official titles differ only near their ends: show them whole, wrapped.
        table = self.ui.table
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.resize(1180, 620)
        fit_to_screen(self)

    def open_record(self, record: Agreement | None) -> AgreementDialog:
        return AgreementDialog(self._ops, self, record)

    def refusal(self, record: Agreement, uses: int) -> str:
        return self.tr(
            "Соглашение «{0}» нельзя удалить: на него ссылаются мероприятия ({1})."
        ).format(record.short_name or record.title, uses)

    def delete_question(self, record: Agreement) -> str:
        return self.tr("Удалить соглашение «{0}»?").format(record.short_name or record.title)

    def inactive_texts(self) -> tuple[str, str, str]:
        return (
            self.tr(
                "Его можно отметить как недействующее: оно не будет предлагаться для новых "
                "мероприятий, а прежние записи и отчёты останутся как есть."
            ),
            self.tr("Отметить недействующим"),
            self.tr("Оно уже отмечено как недействующее."),
        )

    def delete(self, record: Agreement) -> bool:
        return bool(self._ops.delete_agreement(record.id))

    def save_inactive(self, record: Agreement) -> Any:
        return self._ops.save_agreement(replace(record, active=False))


class DepartmentsDialog(_ReferenceList):
    """The list of departments (Справочник департаментов)."""

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent, DepartmentTableModel(ops), stretch=1, widths={2: 200})
        self.setWindowTitle(self.tr("Департаменты"))
        self.ui.filterEdit.setPlaceholderText(self.tr("часть названия или краткого названия"))
        self.resize(1000, 420)
        fit_to_screen(self)

    def open_record(self, record: Department | None) -> DepartmentDialog:
        return DepartmentDialog(self._ops, self, record)

    def refusal(self, record: Department, uses: int) -> str:
        return self.tr(
            "Департамент «{0}» нельзя удалить: к нему относятся мероприятия ({1})."
        ).format(record.short_name or record.name, uses)

    def delete_question(self, record: Department) -> str:
        return self.tr("Удалить департамент «{0}»?").format(record.name)

    def inactive_texts(self) -> tuple[str, str, str]:
        return (
            self.tr(
                "Его можно отметить как недействующий: он не будет предлагаться для новых "
                "мероприятий, а прежние записи и отчёты останутся как есть."
            ),
            self.tr("Отметить недействующим"),
            self.tr("Он уже отмечен как недействующий."),
        )

    def delete(self, record: Department) -> bool:
        return bool(self._ops.delete_department(record.id))

    def save_inactive(self, record: Department) -> Any:
        return self._ops.save_department(replace(record, active=False))
