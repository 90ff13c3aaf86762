"""What the import plan tells the clerk about each row: where it is, what is odd about it.

A file from another office may name no department (the clerk picks one for the whole
file), have a date the program cannot read, or a date outside the quarter in its title.
Each row's remarks name the file and the row's number, and none is lost or misplaced.
"""

from __future__ import annotations

from import_helpers import Q1
from office_shapes import ECONOMY, EVENTS, PERIOD, OfficeShape
from report_shapes import Shape, build_docx

from desktop_app.exchange.import_plan import Action, apply_plan
from desktop_app.exchange.importer import import_files
from desktop_app.storage.store import Store

UNREADABLE = ("plain.xlsx, № 2: Не удалось распознать сроки «по мере готовности»: напишите "
              "дату («5 февраля»), дни («29–31 января», «20 февраля – 13 марта»), месяц "
              "(«март», «январь – март»), квартал («I квартал») или «в течение всего периода», "
              "«ежемесячно», «еженедельно». Сроки сохранены как текст и считаются "
              "относящимися ко всему отчетному периоду.")
OUTSIDE = ("plain.xlsx, № 3: сроки «5 октября» вне периода файла (за I квартал 2021 года) — "
           "проверьте дату.")


def _file_without_department(tmp_path):
    """Three rows of «за I квартал 2021 года»: a readable date, an unreadable one, October."""
    rows = [["№", "Соглашение", "Мероприятие", "Сроки"]]
    timings = [EVENTS[0].timing, "по мере готовности", "5 октября"]
    rows += [[str(n), e.agreement, e.title, t]
             for n, (e, t) in enumerate(zip(EVENTS, timings, strict=False), 1)]
    return OfficeShape("plain", "xlsx", [f"Отчет {PERIOD}", rows], ()).build(tmp_path)


def test_each_rows_remarks_name_the_file_and_row_and_none_is_lost(tmp_path):
    plan = import_files(Store.in_memory(), [_file_without_department(tmp_path)],
                        create_missing=True)
    before = "таблица 1, строка {}: строка стоит до названия департамента."
    assert [r.warnings for r in plan.rows] == [
        [before.format(3)],
        [before.format(4), UNREADABLE],
        [before.format(5), OUTSIDE],
    ]


def test_a_department_chosen_for_the_file_takes_its_rows_and_drops_only_that_remark(tmp_path):
    store = Store.in_memory()
    plan = import_files(store, [_file_without_department(tmp_path)], create_missing=True,
                        department=ECONOMY)
    assert [r.warnings for r in plan.rows] == [[], [UNREADABLE], [OUTSIDE]]
    assert [(r.action, r.reason, r.location) for r in plan.rows] == [
        (Action.ADD, "новое мероприятие", f"таблица 1, строка {n}") for n in (3, 4, 5)]
    apply_plan(store, plan, backup=False)
    (economy,) = store.departments()
    assert economy.name == ECONOMY
    assert {e.department_id for e in store.events_between(*_year_2021())} == {economy.id}


def test_names_missing_from_the_database_list_the_rows_that_use_them(tmp_path):
    plan = import_files(Store.in_memory(), [_file_without_department(tmp_path)],
                        department=ECONOMY)
    assert [(u.kind, u.rows) for u in plan.unmatched if u.kind == "department"] == [
        ("department", ["plain.xlsx, № 1", "plain.xlsx, № 2", "plain.xlsx, № 3"])]
    assert sorted(u.rows for u in plan.unmatched if u.kind == "agreement") == [
        ["plain.xlsx, № 1", "plain.xlsx, № 2"], ["plain.xlsx, № 3"]]


def test_a_department_chosen_for_the_file_does_not_override_one_the_file_names(tmp_path):
    store = Store.in_memory()
    plan = import_files(store, [build_docx(tmp_path / "r.docx", Shape(debris=False))],
                        create_missing=True, department="Департамент, выбранный в окне")
    apply_plan(store, plan, backup=False)
    names = {d.name for d in store.departments()}
    assert "Департамент, выбранный в окне" not in names
    assert len(store.events_in_period(Q1)) == 29


def _year_2021():
    from datetime import date

    return date(2021, 1, 1), date(2021, 12, 31)


def test_dates_on_the_first_and_last_day_of_the_quarter_are_inside_it(tmp_path):
    rows = [["№", "Соглашение", "Мероприятие", "Сроки"]]
    timings = ["1 января", "31 марта", "31 декабря 2020 г. – 1 января", "31 марта – 1 апреля"]
    rows += [[str(n), EVENTS[0].agreement, f"Мероприятие {n}", t]
             for n, t in enumerate(timings, 1)]
    path = OfficeShape("edges", "xlsx", [f"Отчет {PERIOD}", rows], ()).build(tmp_path)
    plan = import_files(Store.in_memory(), [path], create_missing=True, department=ECONOMY)
    assert [r.warnings for r in plan.rows] == [[], [], [], []]


def test_a_row_without_a_title_is_skipped_and_said_so(tmp_path):
    rows = [["№", "Соглашение", "Мероприятие", "Сроки"],
            ["1", EVENTS[0].agreement, EVENTS[0].title, EVENTS[0].timing],
            ["2", EVENTS[0].agreement, "", "5 февраля"]]
    path = OfficeShape("untitled", "xlsx", [f"Отчет {PERIOD}", rows], ()).build(tmp_path)
    store = Store.in_memory()
    plan = import_files(store, [path], create_missing=True, department=ECONOMY)
    untitled = plan.rows[1]
    assert (untitled.file, untitled.number, untitled.action, untitled.reason) == (
        "untitled.xlsx", 2, Action.SKIP, "нет наименования")
    assert untitled.location.startswith("таблица 1, строка ")
    assert untitled.warnings == ["untitled.xlsx, № 2: нет наименования мероприятия — строка "
                                 "пропущена."]
    assert untitled.event.timing == "5 февраля"
    apply_plan(store, plan, backup=False)
    assert [e.title for e in store.events_between(*_year_2021())] == [EVENTS[0].title]


def test_a_count_column_beside_the_participants_gives_the_count(tmp_path):
    """«Представители 5 регионов» and «Количество участников: 40» — the count is 40, not 5."""
    rows = [["№", "Соглашение", "Мероприятие", "Сроки", "Участники", "Количество участников"],
            ["1", EVENTS[0].agreement, EVENTS[0].title, EVENTS[0].timing,
             "Представители 5 регионов", "40"],
            ["2", EVENTS[1].agreement, EVENTS[1].title, EVENTS[1].timing,
             "Всего 12 участников", ""]]
    path = OfficeShape("both", "xlsx", [f"Отчет {PERIOD}", rows], ()).build(tmp_path)
    store = Store.in_memory()
    plan = import_files(store, [path], create_missing=True, department=ECONOMY)
    apply_plan(store, plan, backup=False)
    got = {e.title: (e.participants, e.participants_count)
           for e in store.events_between(*_year_2021())}
    assert got[EVENTS[0].title] == ("Представители 5 регионов", 40)
    assert got[EVENTS[1].title] == ("Всего 12 участников", 12)


def test_a_repeated_row_keeps_its_own_remarks(tmp_path):
    rows = [["№", "Соглашение", "Мероприятие", "Сроки"]]
    timings = ["по мере готовности", "по мере  готовности"]
    rows += [[str(n), EVENTS[1].agreement, EVENTS[1].title, t] for n, t in enumerate(timings, 1)]
    path = OfficeShape("twice", "xlsx", [f"Отчет {PERIOD}", rows], ()).build(tmp_path)
    plan = import_files(Store.in_memory(), [path], create_missing=True, department=ECONOMY)
    first, again = plan.rows
    assert (again.action, again.reason) == (Action.SKIP, "повтор: то же, что twice.xlsx, № 1")
    assert [w.split(":")[0] for w in first.warnings + again.warnings] == [
        "twice.xlsx, № 1", "twice.xlsx, № 2"]
    assert "Сроки сохранены как текст" in again.warnings[0]


def test_rows_already_in_the_database_keep_their_remarks(tmp_path):
    """Read again, the same odd dates are still pointed out, even though nothing is added."""
    store = Store.in_memory()
    path = _file_without_department(tmp_path)
    apply_plan(store, import_files(store, [path], create_missing=True, department=ECONOMY),
               backup=False)
    plan = import_files(store, [path], department=ECONOMY)
    assert [(r.action, r.reason, r.warnings) for r in plan.rows] == [
        (Action.SKIP, "уже есть в базе", w) for w in ([], [UNREADABLE], [OUTSIDE])]
