"""The event form driven like a clerk drives it: typing, Enter, Tab, clicks.

Every check ends in the database or on what the dialog shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop_app.demo import demo_id
from desktop_app.domain.entities import EventStatus
from desktop_app.domain.periods import ReportPeriod
from desktop_app.ui.agreement_picker import ID_ROLE
from desktop_app.ui.event_form import EventFormDialog

# The offscreen platform says it cannot pass a window's size limits on; that is
# the test platform talking, not the form.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Q1 = ReportPeriod.quarter(2020, 1)
CULTURE = demo_id("department", "culture")


@pytest.fixture
def ops(demo_store):
    from desktop_app.ui.operations import Operations

    return Operations(demo_store)


def open_form(qtbot, ops, **kwargs) -> EventFormDialog:
    dialog = EventFormDialog(ops, period=kwargs.pop("period", Q1), **kwargs)
    # At teardown qtbot closes the dialog; a form with typed text would ask and block.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_clean())
    with qtbot.waitActive(dialog):  # shortcuts and focus need the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.fixture
def form(qtbot, ops) -> EventFormDialog:
    return open_form(qtbot, ops, settings=SimpleNamespace(own_department_id=CULTURE))


def titled(store, title: str):
    return [e for e in store.events_in_period(Q1) if e.title == title]


def pick(type_text: Callable[[QWidget, str], None], qtbot, dialog: EventFormDialog, fragment: str) -> None:
    type_text(dialog.ui.agreementFilter, fragment)
    qtbot.keyClick(dialog.ui.agreementFilter, Qt.Key.Key_Return)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_next_question(qtbot, button_text: str, seen: list[str]) -> None:
    """Click a button of the message box that is about to open, remembering its text."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        click(qtbot, button)

    QTimer.singleShot(0, press)


def test_create_event_by_typing_and_picking_two_agreements(qtbot, form, demo_store, type_text):
    ui = form.ui
    before = demo_store.counts()["events"]
    pick(type_text, qtbot, form, "Москв")
    pick(type_text, qtbot, form, "липецк")  # case does not matter
    type_text(ui.titleEdit, "Круглый стол о межмузейном сотрудничестве")
    type_text(ui.timingPhrase, "29-31 января")
    type_text(ui.placeEdit, "г. Смоленск, Дом Советов")
    type_text(ui.participantsEdit, "Сотрудники музеев (всего 45 человек)")
    ui.participantsCount.selectAll()
    type_text(ui.participantsCount, "45")
    type_text(ui.regionsEdit, "г. Москва; Липецкая область")
    type_text(ui.resultEdit, "Согласован план совместных выставок.")
    type_text(ui.noteEdit, "-")
    with qtbot.waitSignal(form.saved) as signal:
        click(qtbot, ui.saveButton)

    assert demo_store.counts()["events"] == before + 1
    (event,) = titled(demo_store, "Круглый стол о межмузейном сотрудничестве")
    assert signal.args[0].id == event.id
    assert event.department_id == CULTURE
    assert event.agreement_ids == [demo_id("agreement", "moscow"), demo_id("agreement", "lipetsk")]
    assert (event.timing, event.timing_kind) == ("29-31 января", "day_range")
    assert (event.starts_on, event.ends_on) == (date(2020, 1, 29), date(2020, 1, 31))
    assert event.place == "г. Смоленск, Дом Советов"
    assert event.participants == "Сотрудники музеев (всего 45 человек)"
    assert event.participants_count == 45
    assert event.participant_regions == ["г. Москва", "Липецкая область"]
    assert event.result == "Согласован план совместных выставок."
    assert (event.status, event.note) == (EventStatus.DONE, "-")
    assert not form.isVisible()


def test_empty_title_is_refused_next_to_the_field_and_nothing_is_written(qtbot, form, demo_store, type_text):
    before = demo_store.counts()["events"]
    pick(type_text, qtbot, form, "Крым")
    type_text(form.ui.timingPhrase, "5 февраля")
    click(qtbot, form.ui.saveButton)

    assert demo_store.counts()["events"] == before
    assert form.isVisible()
    assert form.ui.titleError.isVisible()
    assert "наименование" in form.ui.titleError.text()
    assert not form.ui.timingError.isVisible()
    assert not form.ui.agreementsError.isVisible()
    # The message goes away as soon as the title is typed.
    type_text(form.ui.titleEdit, "Совещание")
    assert not form.ui.titleError.isVisible()


def test_every_missing_field_is_named_before_anything_is_written(qtbot, ops, demo_store):
    dialog = open_form(qtbot, ops)  # no settings: no department chosen
    before = demo_store.counts()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.counts() == before
    for label in ("departmentError", "agreementsError", "titleError", "timingError"):
        assert getattr(dialog.ui, label).isVisible(), label
    assert "департамент" in dialog.ui.departmentError.text()
    assert "соглашение" in dialog.ui.agreementsError.text()
    assert "сроки" in dialog.ui.timingError.text().lower()


def test_not_held_without_a_reason_is_refused(qtbot, form, demo_store, type_text):
    ui = form.ui
    before = demo_store.counts()["events"]
    pick(type_text, qtbot, form, "Орлов")
    type_text(ui.titleEdit, "Семинар по охране труда")
    type_text(ui.timingPhrase, "12 марта")
    ui.statusCombo.setFocus()
    type_text(ui.statusCombo, "не")  # keyboard search in the closed combo
    assert ui.statusCombo.currentData() == "не проведено"
    # The requirement is said at once, next to the note.
    assert ui.noteError.isVisible()
    assert "причину" in ui.noteError.text()
    click(qtbot, ui.saveButton)
    assert demo_store.counts()["events"] == before
    assert form.isVisible()

    type_text(ui.noteEdit, "Перенесено организаторами из-за карантина")
    assert not ui.noteError.isVisible()
    click(qtbot, ui.saveButton)
    (event,) = titled(demo_store, "Семинар по охране труда")
    assert event.status is EventStatus.NOT_DONE
    assert event.note == "Перенесено организаторами из-за карантина"


def test_timing_preview_shows_the_canonical_phrase(qtbot, form, type_text):
    type_text(form.ui.timingPhrase, "29-31 января")
    preview = form.ui.timingPreview.text()
    assert "«29\u201331 января»" in preview
    assert "29.01.2020" in preview and "31.01.2020" in preview
    # The kind and the calendars follow the phrase.
    assert form.ui.timingKind.currentText() == "период"
    assert form.ui.timingFrom.date().toPython() == date(2020, 1, 29)
    assert form.ui.timingTo.date().toPython() == date(2020, 1, 31)


def test_choosing_a_kind_and_dates_writes_the_phrase(qtbot, form, type_text):
    ui = form.ui
    ui.timingKind.setFocus()
    type_text(ui.timingKind, "весь")
    assert ui.timingPhrase.text() == "в течение всего периода"
    assert not ui.timingFrom.isEnabled()
    ui.timingKind.setCurrentIndex(ui.timingKind.findText("один день"))
    ui.timingKind.activated.emit(ui.timingKind.currentIndex())
    ui.timingFrom.setDate(date(2020, 2, 5))
    assert ui.timingPhrase.text() == "5 февраля"
    assert "05.02.2020" in ui.timingPreview.text()


def test_unreadable_phrase_is_saved_as_free_text_with_a_warning(qtbot, form, demo_store, type_text):
    ui = form.ui
    pick(type_text, qtbot, form, "Тверск")
    type_text(ui.titleEdit, "Обмен делегациями")
    type_text(ui.timingPhrase, "по мере поступления заявок")
    assert "не распознаны" in ui.timingPreview.text()
    assert ui.timingKind.currentText() == "свой текст"
    click(qtbot, ui.saveButton)
    (event,) = titled(demo_store, "Обмен делегациями")
    assert event.timing == "по мере поступления заявок"
    assert event.timing_kind == "free_text"
    assert (event.starts_on, event.ends_on) == (Q1.start, Q1.end)


def test_picker_hides_agreements_not_in_force_unless_asked(qtbot, ops, demo_store, type_text):
    tver = demo_store.agreement(demo_id("agreement", "tver"))
    demo_store.save_agreement(replace(tver, valid_until=date(2019, 12, 31)))
    kostroma = demo_store.agreement(demo_id("agreement", "kostroma"))
    demo_store.save_agreement(replace(kostroma, active=False))
    dialog = open_form(qtbot, ops)
    view = dialog.ui.availableList

    def shown() -> list[str]:
        model = view.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert not any("Тверск" in t or "Костром" in t for t in shown())
    type_text(dialog.ui.agreementFilter, "Тверск")
    assert shown() == []
    qtbot.keyClick(dialog.ui.agreementFilter, Qt.Key.Key_Return)  # nothing to add
    assert dialog.picker.ids() == []

    click(qtbot, dialog.ui.showInactive)
    (text,) = shown()
    assert "Тверск" in text and "не действует" in text
    qtbot.keyClick(dialog.ui.agreementFilter, Qt.Key.Key_Return)
    assert dialog.picker.ids() == [tver.id]


def test_picker_finds_by_short_name_region_and_ignores_yo(qtbot, ops, demo_store, type_text):
    from desktop_app.domain.entities import Agreement

    extra = demo_store.save_agreement(
        Agreement(title="Соглашение о сотрудничестве в области учёта объёмов поставок",
                  short_name="Поставки", partner_regions=["Республика Коми"])
    )
    dialog = open_form(qtbot, ops)
    view = dialog.ui.availableList
    for fragment, expected in (
        ("объем учет", extra.id),  # «ё» typed as «е», two words in any order
        ("КОМИ", extra.id),  # a partner region; «научно-техническом и» must not match
        ("Калужская и Брянская", demo_id("agreement", "kaluga_bryansk")),  # short name
    ):
        dialog.ui.agreementFilter.clear()
        type_text(dialog.ui.agreementFilter, fragment)
        model = view.model()
        found = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
        assert found == [expected], fragment


def test_chosen_agreements_are_ordered_and_removed_from_the_keyboard(qtbot, form, type_text):
    for fragment in ("Москв", "Липецк", "Крым"):
        pick(type_text, qtbot, form, fragment)
    moscow, lipetsk, crimea = (demo_id("agreement", k) for k in ("moscow", "lipetsk", "crimea"))
    chosen = form.ui.chosenList
    chosen.setFocus()
    chosen.setCurrentIndex(chosen.model().index(2, 0))
    qtbot.keyClick(chosen, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chosen, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert form.picker.ids() == [crimea, moscow, lipetsk]
    qtbot.keyClick(chosen, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert form.picker.ids() == [moscow, crimea, lipetsk]
    qtbot.keyClick(chosen, Qt.Key.Key_Delete)
    assert form.picker.ids() == [moscow, lipetsk]
    click(qtbot, form.ui.upButton)  # the buttons do the same
    assert form.picker.ids() == [lipetsk, moscow]
    assert chosen.model().index(0, 0).data().startswith("1. Липецк")


def test_closing_with_changes_asks_and_cancel_keeps_the_form(qtbot, form, demo_store, type_text):
    before = demo_store.counts()["events"]
    type_text(form.ui.titleEdit, "Черновик")
    seen: list[str] = []
    answer_next_question(qtbot, "Отмена", seen)
    qtbot.keyClick(form.ui.titleEdit, Qt.Key.Key_Escape)
    assert seen and "не сохранены" in seen[0]
    assert form.isVisible()

    answer_next_question(qtbot, "Не сохранять", seen)
    click(qtbot, form.ui.cancelButton)
    assert len(seen) == 2
    assert not form.isVisible()
    assert demo_store.counts()["events"] == before


def test_closing_with_changes_can_save(qtbot, form, demo_store, type_text):
    pick(type_text, qtbot, form, "Владимир")
    type_text(form.ui.titleEdit, "Обмен опытом")
    type_text(form.ui.timingPhrase, "март")
    seen: list[str] = []
    answer_next_question(qtbot, "Сохранить", seen)
    form.close()
    assert seen
    assert not form.isVisible()
    (event,) = titled(demo_store, "Обмен опытом")
    assert (event.starts_on, event.ends_on) == (date(2020, 3, 1), date(2020, 3, 31))


def test_closing_untouched_form_does_not_ask(qtbot, form):
    qtbot.keyClick(form.ui.titleEdit, Qt.Key.Key_Escape)  # a question would block here
    assert not form.isVisible()


def test_save_and_new_keeps_department_and_agreements(qtbot, form, demo_store, type_text):
    ui = form.ui
    pick(type_text, qtbot, form, "Москв")
    type_text(ui.titleEdit, "Первое")
    type_text(ui.timingPhrase, "5 февраля")
    qtbot.keyClick(ui.timingPhrase, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert ui.titleEdit.toPlainText() == "" and ui.timingPhrase.text() == ""
    assert "сохранено" in ui.formMessage.text()
    type_text(ui.titleEdit, "Второе")
    type_text(ui.timingPhrase, "6 февраля")
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    first, second = titled(demo_store, "Первое")[0], titled(demo_store, "Второе")[0]
    assert first.id != second.id
    for event in (first, second):
        assert event.agreement_ids == [demo_id("agreement", "moscow")]
        assert event.department_id == CULTURE


def test_editing_an_event_updates_it(qtbot, ops, demo_store, type_text):
    old = demo_store.event(demo_id("event", "17"))
    dialog = open_form(qtbot, ops, event=old)
    assert dialog.picker.ids() == old.agreement_ids
    assert dialog.ui.timingPhrase.text() == "9-12 марта"
    assert not dialog.is_dirty()
    dialog.ui.placeEdit.selectAll()
    type_text(dialog.ui.placeEdit, "г. Смоленск")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new = demo_store.event(old.id)
    assert new.place == "г. Смоленск"
    assert new.version == old.version + 1
    assert (new.title, new.agreement_ids, new.timing) == (old.title, old.agreement_ids, old.timing)
    assert new.participant_regions == old.participant_regions


def test_draft_state_round_trips_every_field(qtbot, ops, form, type_text):
    import json

    pick(type_text, qtbot, form, "Крым")
    pick(type_text, qtbot, form, "Москв")
    type_text(form.ui.titleEdit, "Черновик")
    type_text(form.ui.timingPhrase, "январь-март")
    type_text(form.ui.regionsEdit, "Республика Крым")
    type_text(form.ui.noteEdit, "нет")
    state = json.loads(json.dumps(form.draft_state(), ensure_ascii=False))
    other = open_form(qtbot, ops, period=ReportPeriod.quarter(2021, 2))
    other.restore_draft(state)
    assert other.draft_state() == state
    assert "01.01.2020" in other.ui.timingPreview.text()  # read for the draft's period
    assert other.is_dirty()
    assert state["title"] == "Черновик"
    assert state["agreement_ids"] == [demo_id("agreement", "crimea"), demo_id("agreement", "moscow")]


def alt_letter(widget: QWidget, letter: str) -> None:
    """Alt plus a Cyrillic letter, as a Russian layout sends it (QTest cannot map it)."""
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key(ord(letter)), letter.lower(),
        Qt.KeyboardModifier.AltModifier,
    )


def tab_walk(qtbot, start: QWidget, until: str, limit: int = 30) -> list[str]:
    """Object names Tab visits from ``start`` up to and including ``until``."""
    start.setFocus()
    visited = [QApplication.focusWidget().objectName()]
    while visited[-1] != until and len(visited) < limit:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    return visited


def test_tab_order_follows_the_main_fields(qtbot, form, type_text):
    """One Tab per field of substance; the agreement lists are not in the way."""
    type_text(form.ui.timingPhrase, "29-31 января")  # a typed range: the dates only show it
    assert tab_walk(qtbot, form.ui.departmentCombo, "cancelButton") == [
        "departmentCombo", "agreementFilter", "titleEdit", "timingPhrase", "timingKind",
        "placeEdit", "participantsEdit", "participantsCount", "regionsEdit", "resultEdit",
        "statusCombo", "repeatAgreement", "noteEdit", "saveAndNewButton", "saveButton",
        "cancelButton",
    ]


def test_dates_are_tab_stops_once_a_kind_that_uses_them_is_chosen(qtbot, form, type_text):
    ui = form.ui
    ui.timingKind.setFocus()
    type_text(ui.timingKind, "пер")  # «период»: two dates
    assert ui.timingKind.currentText() == "период"
    visited = tab_walk(qtbot, ui.timingKind, "placeEdit")
    # Qt itself decides whether Tab first walks the day, month and year of a date.
    assert [name for i, name in enumerate(visited) if i == 0 or name != visited[i - 1]] == [
        "timingKind", "timingFrom", "timingTo", "placeEdit",
    ]
    ui.timingKind.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a fresh type-ahead search
    type_text(ui.timingKind, "весь")  # no dates: Tab goes straight on
    assert ui.timingKind.currentText() == "весь период"
    assert tab_walk(qtbot, ui.timingKind, "placeEdit") == ["timingKind", "placeEdit"]


def test_agreement_lists_are_reached_by_their_own_keys(qtbot, form, type_text):
    ui = form.ui
    ui.agreementFilter.setFocus()
    pick(type_text, qtbot, form, "Москв")
    pick(type_text, qtbot, form, "Крым")
    assert QApplication.focusWidget() is ui.agreementFilter  # ready for the next one
    # ↓ from the search box goes into the results, Enter there adds and comes back.
    type_text(ui.agreementFilter, "Липецк")
    qtbot.keyClick(ui.agreementFilter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is ui.availableList
    qtbot.keyClick(ui.availableList, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is ui.agreementFilter
    # Alt+В (the label «Выбранные») goes to the chosen list; Del removes there.
    alt_letter(ui.agreementFilter, "В")
    assert QApplication.focusWidget() is ui.chosenList
    ui.chosenList.setCurrentIndex(ui.chosenList.model().index(0, 0))
    qtbot.keyClick(ui.chosenList, Qt.Key.Key_Delete)
    assert form.picker.ids() == [demo_id("agreement", "crimea"), demo_id("agreement", "lipetsk")]
    # Alt+П ticks «показать недействующие».
    assert not ui.showInactive.isChecked()
    alt_letter(ui.chosenList, "П")
    qtbot.waitUntil(ui.showInactive.isChecked)


def test_reference_row_17_entered_from_the_keyboard_alone(qtbot, ops, demo_store, type_text):
    """Row 17 of the reference report: five agreements, typed without touching the mouse."""
    reference = demo_store.event(demo_id("event", "17"))
    assert reference.timing == "9-12 марта"
    dialog = open_form(qtbot, ops)  # no own department set: it is chosen by typing

    def keys(text: str) -> None:
        for number, line in enumerate(text.split("\n")):
            if number:
                press(Qt.Key.Key_Return)  # a line break inside a text field
            type_text(QApplication.focusWidget(), line)

    def press(key: Qt.Key, times: int = 1, mods=Qt.KeyboardModifier.NoModifier) -> None:
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), key, mods)

    assert QApplication.focusWidget() is dialog.ui.departmentCombo
    keys("Культ")
    press(Qt.Key.Key_Tab)
    for fragment in ("Москв", "Липецк", "Владимир", "Калуж", "Крым"):
        keys(fragment)
        press(Qt.Key.Key_Return)  # adds the first match, the cursor stays for the next
    press(Qt.Key.Key_Tab)  # one Tab: on to the title
    assert QApplication.focusWidget() is dialog.ui.titleEdit
    keys(reference.title)
    press(Qt.Key.Key_Tab)
    keys(reference.timing)
    press(Qt.Key.Key_Tab, 2)  # past the kind; the dates only show what was understood
    keys(reference.place)
    press(Qt.Key.Key_Tab)
    keys(reference.participants)
    press(Qt.Key.Key_Tab, 2)  # the count is not given in the report
    keys("; ".join(reference.participant_regions))
    press(Qt.Key.Key_Tab)
    keys(reference.result)
    press(Qt.Key.Key_Tab, 3)  # status «проведено» as it is, no repeat
    keys(reference.note)
    before = demo_store.counts()["events"]
    press(Qt.Key.Key_S, mods=Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible(), dialog.problems()
    assert demo_store.counts()["events"] == before + 1
    (typed,) = [e for e in titled(demo_store, reference.title) if e.id != reference.id]
    assert len(typed.agreement_ids) == 5
    assert typed.timing == "9-12 марта"
    for field in (
        "department_id", "agreement_ids", "title", "timing", "timing_kind", "starts_on",
        "ends_on", "place", "participants", "participants_count", "participant_regions",
        "result", "note", "status", "repeat_agreement",
    ):
        assert getattr(typed, field) == getattr(reference, field), field


def _answer_conflict(qtbot, key: Qt.Key, seen: list[str]) -> None:
    """Press ``key`` in the conflict dialog that is about to open."""
    from desktop_app.ui.conflict_dialog import ConflictDialog

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, ConflictDialog), box
        seen.append(box.windowTitle())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_a_refused_save_keeps_the_form_and_what_was_typed(qtbot, ops, demo_store, type_text):
    """Someone else changed the event meanwhile: both are shown; Esc keeps what was typed."""
    old = demo_store.event(demo_id("event", "17"))
    dialog = open_form(qtbot, ops, event=old)
    demo_store.save_event(replace(old, note="изменено на другом рабочем месте"))
    dialog.ui.noteEdit.clear()
    type_text(dialog.ui.noteEdit, "моё примечание")
    seen: list[str] = []
    _answer_conflict(qtbot, Qt.Key.Key_Escape, seen)
    click(qtbot, dialog.ui.saveButton)
    assert seen == ["Мероприятие изменено в другом месте"]
    assert dialog.isVisible()
    assert dialog.ui.noteEdit.toPlainText() == "моё примечание"
    assert demo_store.event(old.id).note == "изменено на другом рабочем месте"


def test_february_29_of_a_common_year_is_called_a_missing_date(qtbot, ops, type_text):
    dialog = open_form(qtbot, ops, period=ReportPeriod.quarter(2021, 1))
    type_text(dialog.ui.timingPhrase, "29 февраля")
    shown = dialog.ui.timingPreview.text()
    assert "Даты 29.02.2021 не существует (в этом месяце 28 дн.)" in shown
    assert "не распознаны" not in shown
    dialog.ui.timingPhrase.clear()
    type_text(dialog.ui.timingPhrase, "29 февраля")  # a leap year has it
    dialog.timing.set_period(ReportPeriod.quarter(2020, 1))
    assert "Понято как: «29 февраля», 29.02.2020" in dialog.ui.timingPreview.text()


def test_enter_in_the_conflict_dialog_saves_the_merge(qtbot, ops, demo_store, type_text):
    old = demo_store.event(demo_id("event", "17"))
    dialog = open_form(qtbot, ops, event=old)
    demo_store.save_event(replace(old, place="место из другого окна"))
    dialog.ui.noteEdit.clear()
    type_text(dialog.ui.noteEdit, "моё примечание")
    seen: list[str] = []
    _answer_conflict(qtbot, Qt.Key.Key_Return, seen)
    click(qtbot, dialog.ui.saveButton)
    assert seen
    saved = demo_store.event(old.id)
    assert saved.note == "моё примечание"
    assert saved.place == old.place  # every field defaults to the user's own version
