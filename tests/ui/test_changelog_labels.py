"""Labels kept as plain data outside the UI (storage, file filters) still reach the translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop_app.domain.periods import ReportPeriod
from desktop_app.storage.history import ACTION_LABELS, ENTITY_LABELS, FIELD_LABELS, VALUE_LABELS
from desktop_app.ui import changelog_dialog, report_actions
from desktop_app.ui.application import install_translators
from desktop_app.ui.changelog_dialog import ChangeLogDialog


@pytest.fixture
def english(qapp) -> Iterator[None]:
    before = QLocale()
    installed = install_translators(qapp, "en")
    assert installed
    yield
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def test_every_history_label_is_marked_for_lupdate():
    labels = {*ENTITY_LABELS.values(), *ACTION_LABELS.values(), *FIELD_LABELS.values(),
              *(text for words in VALUE_LABELS.values() for text in words.values())}
    assert labels <= set(changelog_dialog.MARKED_LABELS), (
        "add the new label to MARKED_LABELS in desktop_app/ui/changelog_dialog.py: "
        f"{sorted(labels - set(changelog_dialog.MARKED_LABELS))}"
    )


def test_the_change_log_speaks_english(qtbot, english, demo_store):
    event = demo_store.events_in_period(ReportPeriod.quarter(2020, 1))[0]
    demo_store.delete_event(event.id)
    dialog = ChangeLogDialog(demo_store)
    qtbot.addWidget(dialog)
    model = dialog.model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[2:4] == ["Event", "deletion"]
    assert "Title" in first[5] and "Наименование" not in first[5]
    assert [dialog.entity.itemText(i) for i in range(1, dialog.entity.count())] == [
        "Event", "Agreement", "Department"]
    assert "Event · deletion" in dialog.details.toPlainText()


def test_file_filters_speak_english(english):
    assert report_actions.file_filter("docx") == "Word document (*.docx)"
    assert report_actions.file_filter("pdf") == "PDF document (*.pdf)"


def test_the_change_log_shows_kinds_in_words_and_dates_as_read_in_russia(qtbot, demo_store):
    from dataclasses import replace
    from datetime import date

    event = next(e for e in demo_store.events_in_period(ReportPeriod.quarter(2020, 1))
                 if e.timing_kind == "day")
    demo_store.save_event(replace(event, timing="24-25 февраля", timing_kind="day_range",
                                  starts_on=date(2020, 2, 24), ends_on=date(2020, 2, 25)))
    dialog = ChangeLogDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    shown = dialog.details.toPlainText()
    assert "Вид сроков: «один день» → «диапазон дней»" in shown
    assert f"Начало: «{event.starts_on:%d.%m.%Y}» → «24.02.2020»" in shown
    assert "day_range" not in shown and "2020-02-24" not in shown
    tip = dialog.model.index(0, 5).data(0x03)  # the tooltip says the same
    assert "Окончание: " in tip and "25.02.2020" in tip
