"""Completion as a clerk meets it: type part of a name, see the suggestion, take it.

Each field that promises suggestions is typed into after a garbage collection
(a completer whose model only Python held used to lose it there), the popup
is looked at, and the chosen suggestion is followed into the field and the
database.
"""

from __future__ import annotations

import gc
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.demo import demo_id
from desktop_app.domain.periods import ReportPeriod
from desktop_app.ui.event_form import EventFormDialog
from desktop_app.ui.record_dialogs import AgreementDialog

Q1 = ReportPeriod.quarter(2020, 1)


@pytest.fixture
def ops(demo_store):
    from desktop_app.ui.operations import Operations

    return Operations(demo_store)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_clean())
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def suggestions(line: QLineEdit) -> list[str]:
    completer = line.completer()
    model = completer.completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def type_and_see(qtbot, type_text, line: QLineEdit, text: str) -> list[str]:
    gc.collect()  # what lost the models: nothing but Python held them
    line.setFocus()
    type_text(line, text)
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    return suggestions(line)


def choose_first(qtbot, line: QLineEdit) -> None:
    popup = line.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()


def test_region_field_finds_moscow_inside_a_longer_name_and_keeps_earlier_ones(
    qtbot, ops, demo_store, type_text
):
    form = shown(qtbot, EventFormDialog(ops, period=Q1,
                                        settings=SimpleNamespace(own_department_id="")))
    line = form.ui.regionsEdit
    assert "г. Москва" in type_and_see(qtbot, type_text, line, "москва")  # any case, any place
    choose_first(qtbot, line)
    assert line.text().startswith("г. Москва")
    # The second name completes without losing the first.
    offered = type_and_see(qtbot, type_text, line, "липецк")
    assert offered == ["Липецкая область"]
    choose_first(qtbot, line)
    assert form.ui.regionsHint.isHidden()  # both are known regions: nothing new to add

    form.ui.titleEdit.setPlainText("Совещание")
    form.ui.timingPhrase.setText("5 февраля")
    form.ui.departmentCombo.setCurrentIndex(form.ui.departmentCombo.findData(
        demo_id("department", "culture")))
    form.picker.set_ids([demo_id("agreement", "moscow")])
    assert form.save()
    (event,) = [e for e in demo_store.events_in_period(Q1) if e.title == "Совещание"]
    assert event.participant_regions == ["г. Москва", "Липецкая область"]


def test_place_field_suggests_places_typed_before(qtbot, ops, demo_store, type_text):
    places = {e.place for e in demo_store.events_in_period(Q1)}
    wanted = next(p for p in sorted(places) if "Смоленск" in p)
    form = shown(qtbot, EventFormDialog(ops, period=Q1,
                                        settings=SimpleNamespace(own_department_id="")))
    line = form.ui.placeEdit
    offered = type_and_see(qtbot, type_text, line, "смоленск")
    assert wanted in offered
    assert all("смоленск" in p.casefold() for p in offered)
    popup = line.completer().popup()
    row = offered.index(wanted)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == wanted


def test_agreement_dialog_partner_regions_complete(qtbot, ops, type_text):
    dialog = shown(qtbot, AgreementDialog(ops))
    line = dialog.ui.regionsEdit
    assert "Брянская область" in type_and_see(qtbot, type_text, line, "брянск")
    choose_first(qtbot, line)
    assert line.text().startswith("Брянская область")
    assert dialog.new_regions() == []


def test_agreement_picker_narrows_while_typing_and_enter_takes_the_match(
    qtbot, ops, type_text
):
    form = shown(qtbot, EventFormDialog(ops, period=Q1,
                                        settings=SimpleNamespace(own_department_id="")))
    gc.collect()
    type_text(form.ui.agreementFilter, "москва")
    view = form.ui.availableList
    assert view.isVisible()
    assert view.model().rowCount() == 1
    qtbot.keyClick(form.ui.agreementFilter, Qt.Key.Key_Return)
    assert form.picker.ids() == [demo_id("agreement", "moscow")]
    assert form.ui.agreementFilter.text() == ""
