"""The event form: where a clerk types one row of the quarterly report.

The layout is ui/event_form.ui; the agreement picker and the «Сроки» widgets
are bound by their own modules. Every check runs before anything is written
and puts its message under the field it is about; saving goes through the
Operations object, so the undo stack, the change log and the «changed»
signal see it like any other edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from ..domain.entities import Event, EventStatus
from ..domain.periods import ReportPeriod
from ..errors import UserError
from ..storage import lookups
from .agreement_picker import AgreementPicker
from .completers import MultiValueCompleter, contains_completer, join_values, split_values
from .forms.ui_event_form import Ui_EventForm
from .screen_fit import fit_to_screen
from .timing_edit import TimingEdit
from .unsaved import ERROR_STYLE, HINT_STYLE, SAVED_STYLE, UnsavedChangesDialog

# The department list's «Добавить…» entry (never an id: ids are uuids).
ADD_NEW = "+add"
# The order problems are looked for and the first one gets the focus.
FIELDS = ("department", "agreements", "title", "timing", "note")


class EventFormDialog(UnsavedChangesDialog):
    """Create or edit one event; emits ``saved(Event)`` after each successful write."""

    saved = Signal(object)
    #: Anything typed changed; the crash-recovery code saves a draft on it.
    edited = Signal()

    def __init__(
        self,
        ops: Any,
        parent: QWidget | None = None,
        event: Event | None = None,
        period: ReportPeriod | None = None,
        settings: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EventForm()
        self.ui.setupUi(self)
        self.setLocale(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        self._ops = ops
        self._store = ops.store
        self._settings = settings
        self._original = event
        self._period = self._choose_period(event, period)
        self._tried = False  # after a refused save, messages follow every edit

        self._errors: dict[str, QLabel] = {
            "department": self.ui.departmentError,
            "agreements": self.ui.agreementsError,
            "title": self.ui.titleError,
            "timing": self.ui.timingError,
            "note": self.ui.noteError,
        }
        for label in self._errors.values():
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        self.ui.regionsHint.setStyleSheet(HINT_STYLE)
        self.ui.regionsHint.hide()
        self.ui.formMessage.setStyleSheet(SAVED_STYLE)
        self.ui.repeatAgreement.setToolTip(
            self.tr(
                "Печатать соглашение в этой строке отчёта, даже если в строке выше "
                "указаны те же соглашения (обычно такие ячейки объединяются в одну)."
            )
        )

        self.picker = AgreementPicker(
            self.ui.agreementFilter,
            self.ui.availableList,
            self.ui.chosenList,
            self.ui.showInactive,
            self.ui.addAgreementButton,
            self.ui.removeAgreementButton,
            self.ui.upButton,
            self.ui.downButton,
            self,
        )
        self.timing = TimingEdit(
            self.ui.timingPhrase,
            self.ui.timingKind,
            self.ui.timingFrom,
            self.ui.timingTo,
            self.ui.timingPreview,
            self._period,
            self,
        )
        self._fill_choices()
        self._connect()
        if event is not None:
            self._load(event)
        else:
            self._set_department(getattr(settings, "own_department_id", None) or "")
        self._update_title()
        self.mark_clean()
        fit_to_screen(self)

    def done(self, result: int) -> None:
        # Every close (save, Esc, the close box) ends here: the picker's key filters go
        # before Python may collect the form (see AgreementPicker.detach).
        self.picker.detach()
        super().done(result)

    # -- setting up ------------------------------------------------------------

    @staticmethod
    def _choose_period(event: Event | None, period: ReportPeriod | None) -> ReportPeriod:
        if event is not None and (period is None or not period.start <= event.starts_on <= period.end):
            return ReportPeriod.quarter_of(event.starts_on)
        return period or ReportPeriod.quarter_of(date.today())

    def _fill_choices(self) -> None:
        combo = self.ui.departmentCombo
        own = self._original.department_id if self._original else None
        for dept in self._store.departments():
            if not dept.active and dept.id != own:
                continue
            text = f"{dept.short_name} — {dept.name}" if dept.short_name else dept.name
            combo.addItem(text, dept.id)
            combo.setItemData(combo.count() - 1, dept.name, 3)  # Qt.ToolTipRole
        # The last entry adds a department to the list without leaving the form.
        combo.addItem(self.tr("Добавить департамент…"), ADD_NEW)
        combo.setPlaceholderText(self.tr("Выберите департамент"))
        combo.setCurrentIndex(-1)

        self.picker.set_agreements(lookups.agreements_recent_first(self._store), self._period)

        status = self.ui.statusCombo
        names = {
            EventStatus.DONE: self.tr("проведено"),
            EventStatus.PLANNED: self.tr("запланировано"),
            EventStatus.NOT_DONE: self.tr("не проведено"),
            EventStatus.POSTPONED: self.tr("перенесено"),
        }
        for value in EventStatus:
            status.addItem(names[value], str(value))

        self.ui.placeEdit.setCompleter(
            contains_completer(lookups.earlier_places(self._store), self)
        )
        self._region_names = lookups.region_names(self._store)
        self.ui.regionsEdit.setCompleter(MultiValueCompleter(self._region_names, self))

    def _connect(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.saveAndNewButton.clicked.connect(self.save_and_new)
        ui.cancelButton.clicked.connect(self.reject)
        # Enter in a one-line field saves (after the checks); the text boxes keep Enter
        # for a new line, the agreement search for adding the match.
        ui.saveButton.setDefault(True)
        # Method names, not bound methods: a bound method kept on the form is a
        # reference cycle, and Python then frees a parentless form only when its
        # cyclic collector runs — possibly while Qt is delivering an event to one of
        # the form's own widgets, which then crashed (SIGSEGV) once it was deleted.
        self._shortcuts = {
            QKeySequence("Ctrl+S"): "save",
            QKeySequence("Ctrl+Shift+S"): "save_and_new",
            QKeySequence("Ctrl+N"): "save_and_new",
        }
        for keys, slot in self._shortcuts.items():
            QShortcut(keys, self, getattr(self, slot))
        # An open completion list takes the keyboard; Ctrl+S typed right after a
        # place must still save, so the lists pass these keys on.
        for line in (ui.placeEdit, ui.regionsEdit):
            line.completer().popup().installEventFilter(self)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.regionsEdit.textChanged.connect(self._regions_changed)
        self.picker.changed.connect(self._changed)
        self.timing.changed.connect(self._changed)
        ui.departmentCombo.currentIndexChanged.connect(self._department_chosen)
        self.newAgreementButton = QPushButton(self.tr("Новое соглашение…"), self)
        self.newAgreementButton.setToolTip(
            self.tr("Добавить соглашение в справочник и выбрать его для этого мероприятия"))
        self.newAgreementButton.setAutoDefault(False)
        self.newAgreementButton.clicked.connect(self.add_new_agreement)
        ui.availableButtons.insertWidget(1, self.newAgreementButton)
        ui.participantsCount.valueChanged.connect(self._changed)
        ui.repeatAgreement.toggled.connect(self._changed)
        for line in (ui.placeEdit, ui.regionsEdit):
            line.textChanged.connect(self._changed)
        for text in (ui.titleEdit, ui.participantsEdit, ui.resultEdit, ui.noteEdit):
            text.textChanged.connect(self._changed)
        ui.titleEdit.textChanged.connect(self._update_title)

    # -- reading and writing the fields ------------------------------------------

    def _set_department(self, dept_id: str) -> None:
        self.ui.departmentCombo.setCurrentIndex(self.ui.departmentCombo.findData(dept_id))

    def _load(self, event: Event) -> None:
        self.restore_draft(event_state(event))

    def draft_state(self) -> dict[str, Any]:
        """Everything typed so far, as plain JSON-ready values (for crash recovery)."""
        ui = self.ui
        count = ui.participantsCount.value()
        return {
            "event_id": self._original.id if self._original else None,
            "period": self._period.short_code,
            "department_id": ui.departmentCombo.currentData() or "",
            "agreement_ids": self.picker.ids(),
            "show_inactive": ui.showInactive.isChecked(),
            "title": ui.titleEdit.toPlainText(),
            "timing": ui.timingPhrase.text(),
            "place": ui.placeEdit.text(),
            "participants": ui.participantsEdit.toPlainText(),
            "participants_count": count or None,
            "participant_regions": ui.regionsEdit.text(),
            "result": ui.resultEdit.toPlainText(),
            "status": ui.statusCombo.currentData(),
            "note": ui.noteEdit.toPlainText(),
            "repeat_agreement": ui.repeatAgreement.isChecked(),
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put back what :meth:`draft_state` returned; keys that are missing are left alone."""
        ui = self.ui
        if state.get("period") and state["period"] != self._period.short_code:
            # A draft typed for another period: its phrases take that period's year.
            try:
                self._set_period(ReportPeriod.from_short_code(state["period"]))
            except ValueError:
                pass  # a damaged draft keeps the period the form was opened for
        if "department_id" in state:
            self._set_department(state["department_id"] or "")
        if "show_inactive" in state:
            ui.showInactive.setChecked(bool(state["show_inactive"]))
        if "agreement_ids" in state:
            self.picker.set_ids(list(state["agreement_ids"] or []))
        for key, widget in (
            ("title", ui.titleEdit),
            ("participants", ui.participantsEdit),
            ("result", ui.resultEdit),
            ("note", ui.noteEdit),
        ):
            if key in state:
                widget.setPlainText(state[key] or "")
        if "place" in state:
            ui.placeEdit.setText(state["place"] or "")
            ui.placeEdit.setCursorPosition(0)
        if "participant_regions" in state:
            regions = state["participant_regions"] or ""
            ui.regionsEdit.setText(regions if isinstance(regions, str) else join_values(regions))
            ui.regionsEdit.setCursorPosition(0)  # show where the list begins
        if "timing" in state:
            self.timing.set_phrase(state["timing"] or "")
        if "participants_count" in state:
            ui.participantsCount.setValue(int(state["participants_count"] or 0))
        if "status" in state:
            index = ui.statusCombo.findData(state["status"])
            ui.statusCombo.setCurrentIndex(max(index, 0))
        if "repeat_agreement" in state:
            ui.repeatAgreement.setChecked(bool(state["repeat_agreement"]))

    def _set_period(self, period: ReportPeriod) -> None:
        self._period = period
        self.timing.set_period(period)
        self.picker.set_period(period)
        self._update_title()

    # -- checks ------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field → what is wrong with it, in plain Russian; empty when the event can be saved."""
        ui = self.ui
        found: dict[str, str] = {}
        if not ui.departmentCombo.currentData():
            found["department"] = self.tr("Выберите департамент, который провёл мероприятие.")
        if not self.picker.ids():
            found["agreements"] = self.tr(
                "Выберите хотя бы одно соглашение: начните печатать его название или регион "
                "и нажмите Enter."
            )
        if not ui.titleEdit.toPlainText().strip():
            found["title"] = self.tr("Укажите наименование мероприятия.")
        if not self.timing.phrase():
            found["timing"] = self.tr(
                "Укажите сроки проведения: например, «5 февраля» или «29-31 января»."
            )
        status = EventStatus(ui.statusCombo.currentData())
        note = ui.noteEdit.toPlainText().strip()
        if status.needs_reason and note in ("", "-", "–", "—"):
            found["note"] = self.tr(
                "Мероприятие {0}: напишите в примечании причину."
            ).format(self.tr("не проведено") if status is EventStatus.NOT_DONE else self.tr("перенесено"))
        return found

    def _show_problems(self, found: dict[str, str]) -> None:
        for field, label in self._errors.items():
            label.setText(found.get(field, ""))
            label.setVisible(field in found)

    def _focus_field(self, field: str) -> None:
        widget = {
            "department": self.ui.departmentCombo,
            "agreements": self.ui.agreementFilter,
            "title": self.ui.titleEdit,
            "timing": self.ui.timingPhrase,
            "note": self.ui.noteEdit,
        }[field]
        widget.setFocus()

    # -- saving --------------------------------------------------------------------

    def _build(self) -> Event:
        ui = self.ui
        timing, _warning = self.timing.result()
        fields: dict[str, Any] = {
            "department_id": ui.departmentCombo.currentData(),
            "agreement_ids": self.picker.ids(),
            "title": ui.titleEdit.toPlainText().strip(),
            "timing": self.timing.phrase(),
            "timing_kind": str(timing.kind),
            "starts_on": timing.start,
            "ends_on": timing.end,
            "place": ui.placeEdit.text().strip(),
            "participants": ui.participantsEdit.toPlainText().strip(),
            "participants_count": ui.participantsCount.value() or None,
            "participant_regions": split_values(ui.regionsEdit.text()),
            "result": ui.resultEdit.toPlainText().strip(),
            "note": ui.noteEdit.toPlainText().strip(),
            "status": EventStatus(ui.statusCombo.currentData()),
            "repeat_agreement": ui.repeatAgreement.isChecked(),
        }
        if self._original is not None:
            return replace(self._original, **fields)
        return Event(**fields)

    def _write(self) -> Event | None:
        """Check, then write through Operations; None when nothing was written."""
        found = self.problems()
        self._show_problems(found)
        if found:
            self._tried = True
            self.ui.formMessage.clear()
            self._focus_field(next(f for f in FIELDS if f in found))
            return None
        if self._original is not None and not self._settle_conflict():
            return None
        event = self._build()
        # Operations shows a refused write (a version conflict, a locked file)
        # itself and returns None; the form then stays open with what was typed.
        try:
            if self._original is None:
                saved = self._ops.create_event(event)
            else:
                saved = self._ops.update_event(self._original, event)
        except UserError as exc:  # an Operations that lets errors through
            QMessageBox.warning(self, self.tr("Мероприятие не сохранено"), str(exc))
            return None
        if saved is None:
            return None
        self.saved.emit(saved)
        return saved

    def _settle_conflict(self) -> bool:
        """If the event was saved elsewhere meanwhile, let the user choose; False to stay put."""
        current = self._store.find_event(self._original.id)
        if current is None or current.version == self._original.version:
            return True
        state = self.ask_conflict(
            self.draft_state(), event_state(current),
            self.tr("После того как вы открыли мероприятие, его сохранили в другом месте "
                    "(другое окно, импорт)."))
        if state is None:
            return False
        self._original = current
        self.restore_draft(state)
        return True

    def ask_conflict(self, mine: dict[str, Any], theirs: dict[str, Any], intro: str
                     ) -> dict[str, Any] | None:
        """Show both versions; the state to go on with, or None if the user cancelled."""
        from .conflict_dialog import ConflictDialog

        dialog = ConflictDialog(mine, theirs, intro, display_names(self._store), self)
        dialog.exec()
        return dialog.result_state()  # None when cancelled (Esc, «Отмена»)

    def save(self) -> bool:
        """Сохранить: write and close. False (and the dialog stays) when refused."""
        if self._write() is None:
            return False
        self.mark_clean()
        self.accept()
        return True

    def save_and_new(self) -> bool:
        """Write, then start the next event with the same department and agreements."""
        saved = self._write()
        if saved is None:
            return False
        self._original = None
        self._tried = False
        ui = self.ui
        for text in (ui.titleEdit, ui.participantsEdit, ui.resultEdit, ui.noteEdit):
            text.clear()
        for line in (ui.placeEdit, ui.regionsEdit):
            line.clear()
        self.timing.set_phrase("")
        ui.participantsCount.setValue(0)
        ui.statusCombo.setCurrentIndex(0)
        ui.repeatAgreement.setChecked(False)
        self._show_problems({})
        ui.formMessage.setText(
            self.tr("Мероприятие «{0}» сохранено. Введите следующее.").format(_short(saved.title))
        )
        self.mark_clean()
        self._update_title()
        ui.titleEdit.setFocus()
        return True

    # -- reacting to edits ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for keys, slot in self._shortcuts.items():
                if pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch:
                    if isinstance(watched, QWidget):
                        watched.hide()
                    getattr(self, slot)()
                    return True
        return super().eventFilter(watched, event)

    def _department_chosen(self, index: int) -> None:
        combo = self.ui.departmentCombo
        if combo.itemData(index) == ADD_NEW:
            self.add_new_department()
            return
        self._changed()

    def add_new_department(self) -> None:
        """The department dialog from the form; the new department is chosen, else none."""
        from .record_dialogs import DepartmentDialog

        combo = self.ui.departmentCombo
        dialog = DepartmentDialog(self._ops, self)
        added = dialog.saved_record if dialog.exec() else None
        combo.blockSignals(True)
        if added is not None:
            combo.insertItem(combo.count() - 1, added.name, added.id)
        combo.setCurrentIndex(combo.findData(added.id) if added is not None else -1)
        combo.blockSignals(False)
        self._changed()

    def add_new_agreement(self) -> None:
        """The agreement dialog from the form; the new agreement joins the chosen ones."""
        from .record_dialogs import AgreementDialog

        dialog = AgreementDialog(self._ops, self)
        if not dialog.exec() or dialog.saved_record is None:
            return
        chosen = self.picker.ids()
        self.picker.set_agreements(lookups.agreements_recent_first(self._store), self._period)
        self.picker.set_ids([*chosen, dialog.saved_record.id])
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._tried:
            self._show_problems(self.problems())
        self.edited.emit()

    def _status_changed(self, *_args: object) -> None:
        status = EventStatus(self.ui.statusCombo.currentData())
        if status.needs_reason or self._tried:
            # The reason is required from this moment; say so at once, not at saving.
            found = self.problems()
            self.ui.noteError.setText(found.get("note", ""))
            self.ui.noteError.setVisible("note" in found)
        else:
            self.ui.noteError.hide()
        self._changed()

    def _regions_changed(self, text: str) -> None:
        known = {name.casefold() for name in self._region_names}
        new = [name for name in split_values(text) if name.casefold() not in known]
        if new:
            self.ui.regionsHint.setText(
                self.tr("Нет в списке регионов, будет добавлено: {0}").format("; ".join(new))
            )
        self.ui.regionsHint.setVisible(bool(new))

    def _update_title(self) -> None:
        period = self._period.title
        if self._original is None:
            self.setWindowTitle(self.tr("Новое мероприятие {0}").format(period))
        else:
            name = _short(self.ui.titleEdit.toPlainText().strip()) or self.tr("без названия")
            self.setWindowTitle(self.tr("Мероприятие «{0}»").format(name))


def event_state(event: Event) -> dict[str, Any]:
    """A saved event in the shape of :meth:`EventFormDialog.draft_state`."""
    return {
        "department_id": event.department_id,
        "agreement_ids": list(event.agreement_ids),
        "title": event.title,
        "timing": event.timing,
        "place": event.place,
        "participants": event.participants,
        "participants_count": event.participants_count,
        "participant_regions": join_values(event.participant_regions),
        "result": event.result,
        "status": str(event.status),
        "note": event.note,
        "repeat_agreement": event.repeat_agreement,
    }


def display_names(store: Any) -> dict[str, str]:
    """Ids of departments and agreements → what the user knows them by."""
    names = {d.id: d.name for d in store.departments()}
    names.update({a.id: a.title for a in store.agreements()})
    return names


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
