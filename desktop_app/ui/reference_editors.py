"""Editors for the reference lists: agreements and departments.

A list with a filter box (ui/reference_list.ui) opens one record in its own
dialog (ui/agreement_dialog.ui, ui/department_dialog.ui). Writes go through
Operations, so they can be undone and land in the change log. A record that
events use is never deleted: the message says how many events hold it and
offers to mark it inactive instead, which keeps old reports intact.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QDialog, QHeaderView, QMessageBox, QWidget

from ..domain.entities import Agreement, Department
from ..domain.matching import best_match
from ..storage import lookups
from .completers import MultiValueCompleter, join_values, split_values
from .event_form import ERROR_STYLE, HINT_STYLE, UnsavedChangesDialog
from .forms.ui_agreement_dialog import Ui_AgreementDialog
from .forms.ui_department_dialog import Ui_DepartmentDialog
from .forms.ui_reference_list import Ui_ReferenceList
from .reference_models import (
    AgreementTableModel,
    DepartmentTableModel,
    RecordFilter,
    _RecordModel,
)

# A QDateEdit cannot be empty; its lowest date shows the «не указана» text instead.
NO_DATE = QDate(1900, 1, 1)


def _set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def _optional_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


def _error_label(label: QWidget) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.hide()


# -- one record ----------------------------------------------------------------


class AgreementDialog(UnsavedChangesDialog):
    """Add or change one agreement; ``saved_record`` holds what was written."""

    def __init__(self, ops: Any, parent: QWidget | None = None, agreement: Agreement | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        self._ops = ops
        self._original = agreement
        self.saved_record: Agreement | None = None
        ui = self.ui
        for label in (ui.titleError, ui.datesError):
            _error_label(label)
        ui.regionsHint.setStyleSheet(HINT_STYLE)
        ui.regionsHint.hide()
        self._regions = lookups.region_names(ops.store)
        ui.regionsEdit.setCompleter(MultiValueCompleter(self._regions, self))
        ui.regionsEdit.textChanged.connect(self._regions_changed)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        record = agreement or Agreement(title="")
        ui.titleEdit.setPlainText(record.title)
        ui.shortNameEdit.setText(record.short_name)
        ui.regionsEdit.setText(join_values(record.partner_regions))
        ui.numberEdit.setText(record.number)
        _set_optional_date(ui.signedEdit, record.signed_on)
        _set_optional_date(ui.validEdit, record.valid_until)
        ui.activeCheck.setChecked(record.active)
        self.setWindowTitle(self.tr("Новое соглашение") if agreement is None else self.tr("Соглашение"))
        self.mark_clean()

    def draft_state(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "title": ui.titleEdit.toPlainText(),
            "short_name": ui.shortNameEdit.text(),
            "partner_regions": ui.regionsEdit.text(),
            "number": ui.numberEdit.text(),
            "signed_on": str(_optional_date(ui.signedEdit)),
            "valid_until": str(_optional_date(ui.validEdit)),
            "active": ui.activeCheck.isChecked(),
        }

    def _regions_changed(self, text: str) -> None:
        known = {name.casefold() for name in self._regions}
        new = [name for name in split_values(text) if name.casefold() not in known]
        self.ui.regionsHint.setText(
            self.tr("Нет в списке регионов, будет добавлено: {0}").format("; ".join(new))
        )
        self.ui.regionsHint.setVisible(bool(new))

    def problems(self) -> dict[str, str]:
        ui = self.ui
        found: dict[str, str] = {}
        title = " ".join(ui.titleEdit.toPlainText().split())
        if not title:
            found["title"] = self.tr("Укажите полное название соглашения, как в его тексте.")
        else:
            others = [
                (a.title, a) for a in self._ops.store.agreements()
                if self._original is None or a.id != self._original.id
            ]
            twin, _score = best_match(title, others, cutoff=0.97)
            if twin is not None:
                found["title"] = self.tr(
                    "Такое соглашение уже есть: «{0}». Измените его, а не заводите второе."
                ).format(twin.short_name or twin.title)
        signed, valid = _optional_date(ui.signedEdit), _optional_date(ui.validEdit)
        if signed and valid and valid < signed:
            found["dates"] = self.tr("Срок действия кончается раньше даты подписания.")
        return found

    def save(self) -> bool:
        ui = self.ui
        found = self.problems()
        for key, label in (("title", ui.titleError), ("dates", ui.datesError)):
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        if found:
            (ui.titleEdit if "title" in found else ui.signedEdit).setFocus()
            return False
        fields = {
            "title": " ".join(ui.titleEdit.toPlainText().split()),
            "short_name": ui.shortNameEdit.text().strip(),
            "partner_regions": split_values(ui.regionsEdit.text()),
            "number": ui.numberEdit.text().strip(),
            "signed_on": _optional_date(ui.signedEdit),
            "valid_until": _optional_date(ui.validEdit),
            "active": ui.activeCheck.isChecked(),
        }
        record = replace(self._original, **fields) if self._original else Agreement(**fields)
        saved = self._ops.save_agreement(record)
        if saved is None:  # refused; Operations has said why
            return False
        self.saved_record = saved
        self.mark_clean()
        self.accept()
        return True


class DepartmentDialog(UnsavedChangesDialog):
    """Add or change one department."""

    def __init__(self, ops: Any, parent: QWidget | None = None, department: Department | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DepartmentDialog()
        self.ui.setupUi(self)
        self._ops = ops
        self._original = department
        self.saved_record: Department | None = None
        ui = self.ui
        _error_label(ui.nameError)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        if department is None:
            # A new department goes to the end of the report unless told otherwise.
            last = max((d.position for d in ops.store.departments()), default=0)
            department = Department(name="", position=last + 1)
            self.setWindowTitle(self.tr("Новый департамент"))
        else:
            self.setWindowTitle(self.tr("Департамент"))
        ui.nameEdit.setText(department.name)
        ui.shortNameEdit.setText(department.short_name)
        ui.positionSpin.setValue(department.position)
        ui.activeCheck.setChecked(department.active)
        self._fields = department
        self.mark_clean()

    def draft_state(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "short_name": ui.shortNameEdit.text(),
            "position": ui.positionSpin.value(),
            "active": ui.activeCheck.isChecked(),
        }

    def problems(self) -> dict[str, str]:
        name = " ".join(self.ui.nameEdit.text().split())
        if not name:
            return {"name": self.tr("Укажите название департамента.")}
        others = [
            (d.name, d) for d in self._ops.store.departments()
            if self._original is None or d.id != self._original.id
        ]
        twin, _score = best_match(name, others, cutoff=0.97)
        if twin is not None:
            return {"name": self.tr("Такой департамент уже есть: «{0}».").format(twin.name)}
        return {}

    def save(self) -> bool:
        ui = self.ui
        found = self.problems()
        ui.nameError.setText(found.get("name", ""))
        ui.nameError.setVisible(bool(found))
        if found:
            ui.nameEdit.setFocus()
            return False
        record = replace(
            self._fields,
            name=" ".join(ui.nameEdit.text().split()),
            short_name=ui.shortNameEdit.text().strip(),
            position=ui.positionSpin.value(),
            active=ui.activeCheck.isChecked(),
        )
        saved = self._ops.save_department(record)
        if saved is None:
            return False
        self.saved_record = saved
        self.mark_clean()
        self.accept()
        return True


# -- the lists -------------------------------------------------------------------


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
