"""One agreement or one department in its own dialog (ui/agreement_dialog.ui,
ui/department_dialog.ui), with its checks shown under the fields before
anything is written through Operations.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QMessageBox, QWidget

from ..domain.entities import Agreement, Department
from ..domain.matching import best_match
from ..errors import UserError
from ..storage import lookups
from .completers import MultiValueCompleter, join_values, split_values
from .forms.ui_agreement_dialog import Ui_AgreementDialog
from .forms.ui_department_dialog import Ui_DepartmentDialog
from .screen_fit import fit_to_screen
from .unsaved import ERROR_STYLE, HINT_STYLE, UnsavedChangesDialog

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
        ui.foreignCheck.hide()
        self._regions = lookups.region_names(ops.store)
        ui.regionsEdit.setCompleter(MultiValueCompleter(self._regions, self))
        ui.regionsEdit.textChanged.connect(self._regions_changed)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        # Enter in a one-line field saves, as in any dialog; the checks still run first.
        ui.saveButton.setDefault(True)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        # The title is one paragraph: Enter there saves like in the other fields.
        ui.titleEdit.installEventFilter(self)
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
        fit_to_screen(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.titleEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def draft_state(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "title": ui.titleEdit.toPlainText(),
            "short_name": ui.shortNameEdit.text(),
            "partner_regions": ui.regionsEdit.text(),
            "foreign_partner": ui.foreignCheck.isChecked(),
            "number": ui.numberEdit.text(),
            "signed_on": str(_optional_date(ui.signedEdit)),
            "valid_until": str(_optional_date(ui.validEdit)),
            "active": ui.activeCheck.isChecked(),
        }

    def new_regions(self) -> list[str]:
        """Partner regions typed that the regions list does not have yet."""
        known = {name.casefold() for name in self._regions}
        return [name for name in split_values(self.ui.regionsEdit.text()) if name.casefold() not in known]

    def _regions_changed(self, _text: str) -> None:
        new = self.new_regions()
        self.ui.regionsHint.setText(
            self.tr("Нет в списке регионов, будет добавлено: {0}").format("; ".join(new))
        )
        self.ui.regionsHint.setVisible(bool(new))
        # Whether a new name is a foreign partner is asked only when there is one.
        self.ui.foreignCheck.setVisible(bool(new))

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
        # New names go into the regions list first, with the mark chosen here;
        # saving the agreement would otherwise add them as Russian regions.
        foreign = ui.foreignCheck.isChecked()
        try:
            for name in self.new_regions():
                lookups.add_region(self._ops.store, name, foreign)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Соглашение не сохранено"), str(exc))
            return False
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
        # Enter in a one-line field saves, as in any dialog; the checks still run first.
        ui.saveButton.setDefault(True)
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
        fit_to_screen(self)

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
