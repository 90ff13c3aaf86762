"""Dates and statuses as other offices write them in their reports and plans."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.entities import EventStatus
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.status_words import status_from_note
from desktop_app.domain.timing_parse import parse_timing

Q1_2021 = ReportPeriod.quarter(2021, 1)


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("12.03.2021", date(2021, 3, 12), date(2021, 3, 12)),
    ("12.03.2021 г.", date(2021, 3, 12), date(2021, 3, 12)),
    ("15.03.2021 – 17.03.2021", date(2021, 3, 15), date(2021, 3, 17)),
    ("18.10–19.10.2020", date(2020, 10, 18), date(2020, 10, 19)),
    ("июль 2019 г.", date(2019, 7, 1), date(2019, 7, 31)),
    ("II квартал", date(2021, 4, 1), date(2021, 6, 30)),
    ("в течение года", date(2021, 1, 1), date(2021, 12, 31)),
    ("до 31.03.2021", date(2021, 3, 31), date(2021, 3, 31)),
    ("не позднее 15 марта", date(2021, 3, 15), date(2021, 3, 15)),
    ("ежеквартально", date(2021, 1, 1), date(2021, 3, 31)),
])
def test_office_dates_are_read_to_calendar_days(phrase, start, end):
    timing = parse_timing(phrase, Q1_2021)
    assert (timing.start, timing.end) == (start, end)


@pytest.mark.parametrize(("note", "status"), [
    ("выполнено", EventStatus.DONE),
    ("Выполнено в полном объёме", EventStatus.DONE),
    ("не выполнено", EventStatus.NOT_DONE),
    ("Не выполнено в связи с ограничительными мерами", EventStatus.NOT_DONE),
    ("отменено", EventStatus.NOT_DONE),
    ("мероприятие не проводилось", EventStatus.NOT_DONE),
    ("перенесено на IV квартал 2021 года", EventStatus.POSTPONED),
    ("Перенесено", EventStatus.POSTPONED),
    ("запланировано", EventStatus.PLANNED),
])
def test_a_note_states_the_status(note, status):
    assert status_from_note(note) is status


@pytest.mark.parametrize("note", ["", "-", "Приняли участие 40 человек",
                                  "Подписан протокол о намерениях"])
def test_a_note_that_states_no_status_leaves_it_to_the_default(note):
    assert status_from_note(note) is None


@pytest.mark.parametrize(("note", "status"), [
    ("Проведён", EventStatus.DONE),  # «ё» read as «е»: «проведен…»
    ("исполнён", EventStatus.DONE),
    ("Не проведён из-за паводка", EventStatus.NOT_DONE),
    ("ВЫПОЛНЕНО", EventStatus.DONE),
    ("  Запланировано  ", EventStatus.PLANNED),
])
def test_a_note_is_read_whatever_its_case_and_yo(note, status):
    assert status_from_note(note) is status


def test_a_long_text_is_not_a_note_stating_a_status():
    # a reason column's heading or a paragraph of explanations: up to 200 letters is a note
    note = "выполнено" + " а" * 95 + "б"  # 200 characters
    assert len(note) == 200
    assert status_from_note(note) is EventStatus.DONE
    assert status_from_note(f"  {note}\n") is EventStatus.DONE  # spaces around do not count
    assert status_from_note(note + "б") is None
