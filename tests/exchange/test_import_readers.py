"""The pieces of reading: agreements in one cell, counts in prose, name matching, headers."""

from __future__ import annotations

import pytest
from report_shapes import Shape, build_docx

from desktop_app.demo import load_demo
from desktop_app.exchange.docx_reader import read_docx
from desktop_app.exchange.import_names import NameResolver, names_agree
from desktop_app.exchange.importer import participants_count
from desktop_app.exchange.table_rows import (
    GridCell,
    _grouped,
    clean_line,
    header_columns,
    split_agreements,
)
from desktop_app.storage.store import Store

MOSCOW = ("Соглашение между Администрацией Смоленской области и Правительством Москвы "
          "о торгово-экономическом, научно-техническом и культурном сотрудничестве")
KALUGA = ("Трехстороннее соглашение о единых подходах и стандартах в различных сферах "
          "деятельности между Правительством Калужской области, Правительством Брянской "
          "области и Администрацией Смоленской области")


def test_a_title_wrapped_over_lines_stays_one_agreement():
    lines = ["Соглашение между Администрацией Смоленской области и Правительством Москвы "
             "о торгово-экономическом, научно-техническом ", "и культурном сотрудничестве"]
    assert split_agreements(lines) == [MOSCOW]


def test_agreements_one_per_line_or_separated_by_blank_lines():
    assert split_agreements([MOSCOW, KALUGA]) == [MOSCOW, KALUGA]
    assert split_agreements([MOSCOW, "", KALUGA, ""]) == [MOSCOW, KALUGA]
    wrapped = ["Трехстороннее соглашение о единых подходах и стандартах",
               "в различных сферах деятельности", "", MOSCOW]
    assert split_agreements(wrapped)[0].startswith("Трехстороннее соглашение о единых подходах "
                                                   "и стандартах в различных")


@pytest.mark.parametrize("line", [
    MOSCOW, "", " ", "  Соглашение  с   Тверской областью ", "договор о сотрудничестве",
    "[bookmark: _GoBack]", "Меморандум\u00a0о взаимопонимании",
])
def test_one_line_cell_is_split_as_the_general_grouping_would(line: str) -> None:
    # A one-paragraph cell skips the grouping (most agreement cells of a long report).
    assert split_agreements([line]) == _grouped([clean_line(line)])


@pytest.mark.parametrize(("text", "count"), [
    ("Всего 86 участников из     5 регионов", 86),
    ("Ученые, краеведы, студенты (всего 150 человек)", 150),
    ("Общее количество участников более 300 человек (представители …)", 300),
    ("представители 22 регионов России", None),
    ("Делегация Смоленской области", None),
])
def test_participant_counts_are_read_where_given(text, count):
    assert participants_count(text) == count


def test_lost_space_case_and_double_space_match_but_another_region_does_not(demo_store):
    resolver = NameResolver(demo_store)
    vladimir = resolver.agreement(
        "Соглашение между Администрацией Смоленской области и АдминистрациейВладимирской "
        "области о сотрудничестве в торгово-экономической, научно – технической, культурной "
        "и иных сферах", "1")
    assert "Владимирской" in resolver.names[vladimir]
    assert resolver.is_known(resolver.agreement(KALUGA.replace("соглашение", "Соглашение"), "2"))
    lipetsk_like = resolver.names[vladimir].replace("Владимирской", "Рязанской")
    assert not resolver.is_known(resolver.agreement(lipetsk_like, "3"))
    [unmatched] = resolver.unmatched.values()
    assert unmatched.suggestion_id == vladimir and unmatched.rows == ["3"]


def test_names_agree_guards_the_similarity_of_official_titles():
    assert not names_agree("Администрацией Липецкой области", "Администрацией Владимирской области")
    assert names_agree("Администрацией Владимирской области", "администрацией Владимирскй области")


def test_a_close_typo_matches_by_similarity_with_a_warning():
    store = Store.in_memory()
    load_demo(store)
    resolver = NameResolver(store)
    found = resolver.department("Департамент Смоленской области по культурe и туризму", "1")
    assert not resolver.is_known(found)  # too different: asked, not guessed
    found = resolver.department("Департамент Смоленской области по культуере", "2")
    assert resolver.is_known(found) and resolver.warnings


def test_header_cells_with_line_breaks_are_recognised():
    cells = [GridCell(["№", "п/п"], 0), GridCell(["Соглашение ", "о сотрудничестве"], 1),
             GridCell(["Наименование", "мероприятия"], 2), GridCell(["Сроки проведения мероприя-", "тия"], 3),
             GridCell(["Место"], 4), GridCell(["Участники"], 5), GridCell(["Содержание и результат"], 6),
             GridCell(["Примечание", "(причины невыполнения запланирова-нных мероприятий)"], 7)]
    assert list(header_columns(cells).values()) == [
        "number", "agreements", "title", "timing", "place", "participants", "result", "note"]


def test_reader_finds_period_sections_debris_and_repeated_agreement(tmp_path):
    table = read_docx(build_docx(tmp_path / "r.docx", Shape(title_paragraphs=2)))
    assert str(table.period.title) == "за I квартал 2020 года"
    assert table.rows[0].section == "I квартал" and table.rows[0].timing == "29-31 января"
    assert [r.number for r in table.rows if r.repeat_agreement] == [11]
    assert table.rows[1].agreements_from_above and not table.rows[1].repeat_agreement
    assert [len(r.agreements) for r in table.rows if len(r.agreements) > 1] == [5, 6]


def test_names_that_differ_in_a_number_or_date_are_different_records():
    store = Store.in_memory()
    resolver = NameResolver(store, create_missing=True)
    sixth = resolver.department("Департамент Смоленской области по образованию № 6", "1")
    first = resolver.department("Департамент Смоленской области по образованию № 1", "2")
    assert sixth != first and len(resolver.new_departments) == 2
    old = resolver.agreement("Соглашение о сотрудничестве с Республикой Беларусь от 12.03.2015 № 15", "3")
    new = resolver.agreement("Соглашение о сотрудничестве с Республикой Беларусь от 01.02.2019 № 27", "4")
    assert old != new and len(resolver.new_agreements) == 2
    # Ten numbered departments stay ten.
    ids = {resolver.department(f"Отдел образования района № {n}", str(n)) for n in range(1, 11)}
    assert len(ids) == 10
    # A leading zero or a lost space is still the same name.
    again = resolver.agreement("Соглашение о сотрудничестве с Республикой Беларусь от 12.3.2015 №15", "5")
    assert again == old and len(resolver.warnings) == 1  # matched, with a similarity note


@pytest.mark.parametrize(("text", "agreement"), [
    ("1. Соглашение между Администрацией Смоленской области и Правительством Москвы",
     "Соглашение между Администрацией Смоленской области и Правительством Москвы"),
    ("В рамках Соглашения о сотрудничестве с Республикой Беларусь",
     "Соглашение о сотрудничестве с Республикой Беларусь"),
    ("Соглашение: Соглашение о дружбе", "Соглашение о дружбе"),
    ("Договорно-правовой отдел", None),
    ("Департамент Смоленской области по культуре", None),
    ("I квартал 2021 года", None),
])
def test_a_section_row_naming_an_agreement_applies_to_the_rows_below(text, agreement):
    from desktop_app.exchange.table_sections import agreement_section

    assert agreement_section(text) == agreement


def test_an_event_row_with_header_words_is_not_taken_for_a_header():
    event = [GridCell([t], c) for c, t in enumerate([
        "Соглашение о сотрудничестве с Республикой Беларусь",
        "Мероприятие, посвящённое Дню славянской письменности", "12.03.2021", "г. Смоленск",
        "120 человек", "Проведены концерты", "выполнено",
        "Департамент Смоленской области по культуре"])]
    assert header_columns(event) == {}
