"""`interreg import --columns/--department`: a table whose header is not understood is mapped by hand."""

from __future__ import annotations

import re
import shlex

from office_shapes import (
    ECONOMY,
    EVENTS,
    OfficeShape,
    combined_timing_place,
    competing_dates,
    competing_titles,
)
from test_import_office_shapes import field_errors

from desktop_app.cli import main
from desktop_app.exchange.header_vocabulary import field_of, parse_columns
from desktop_app.storage.store import Store


def _odd_header(tmp_path):
    """Header words the vocabulary does not know for the agreement and the title."""
    rows = [["№", "Основание", "Что сделано", "Когда", "Где", "Отметка"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([str(n), e.agreement, e.title, e.timing, e.place, e.note])
    shape = OfficeShape("odd", "docx", ["Отчет за I квартал 2021 года", rows], ())
    return shape.build(tmp_path)


def test_a_refused_file_shows_its_header_and_a_command_that_works(db_path, tmp_path, capsys):
    path = _odd_header(tmp_path)
    assert main(["import", "--db", str(db_path), "--create-missing", str(path)]) == 1
    err = capsys.readouterr().err
    assert "не найдены столбцы: наименование мероприятия" in err and "Traceback" not in err
    assert "2. «Основание» → не распознан" in err and "4. «Когда» → dates" in err
    command = err.strip().splitlines()[-1].strip()
    assert command.startswith("interreg import") and '--columns "' in command
    spec = re.search(r'--columns "([^"]+)"', command).group(1)
    # Guessed from the first row: the agreement by its first word, the title by its length.
    assert parse_columns(spec) == {0: "number", 1: "agreements", 2: "title", 3: "timing",
                                   4: "place", 5: "note"}
    args = shlex.split(command)[1:]
    assert main(args + ["--department", ECONOMY]) == 0
    assert "добавлено 6" in capsys.readouterr().out
    with Store.open(db_path) as store:
        events = store.events_between(EVENTS[0].start.replace(month=1, day=1),
                                      EVENTS[0].start.replace(month=12, day=31))
        titles = {a.id: a.title for a in store.agreements()}
        assert sorted(e.title for e in events) == sorted(e.title for e in EVENTS)
        assert {titles[a] for e in events for a in e.agreement_ids} == {e.agreement for e in EVENTS}


def test_department_names_the_department_of_a_file_without_one(db_path, tmp_path, capsys):
    path = combined_timing_place().build(tmp_path)
    assert main(["import", "--db", str(db_path), "--create-missing", str(path)]) == 1
    assert "департамент не указан в файле" in capsys.readouterr().err
    assert main(["import", "--db", str(db_path), "--create-missing", "--department", ECONOMY,
                 str(path)]) == 0
    with Store.open(db_path) as store:
        assert [d.name for d in store.departments()] == [ECONOMY]
        assert store.counts()["events"] == 3


def test_a_wrong_columns_spec_is_named(db_path, tmp_path, capsys):
    path = combined_timing_place().build(tmp_path)
    assert main(["import", "--db", str(db_path), "--columns", "3=titel", str(path)]) == 1
    err = capsys.readouterr().err
    assert "«titel» — неизвестное поле" in err and "title" in err
    assert main(["import", "--db", str(db_path), "--columns", "0=title", str(path)]) == 1
    assert "столбцы считаются с 1" in capsys.readouterr().err


def test_header_words_are_read_by_meaning():
    cases = {
        "Наименование соглашения": "agreements", "В рамках какого документа": "agreements",
        "Регион-партнёр": "partner", "Иностранное государство": "partner",
        "Наименование мероприятия": "title", "Мероприятие": "title",
        "Срок исполнения": "timing", "Дата проведения": "timing", "Период": "timing",
        "Дата начала": "timing_start", "Дата окончания": "timing_end",
        "Срок и место проведения": "timing_place", "Место проведения": "place",
        "Участники (общее количество…)": "participants", "Количество участников": "count",
        "Информация о выполнении": "result", "Достигнутые договорённости": "result",
        "Итоги": "result", "Отметка о выполнении": "note", "Примечание": "note",
        "Орган исполнительной власти": "department", "Ответственный исполнитель": "department",
        "N п/п": "number", "No": "number", "№\nп/п": "number",
        "Сроки проведения мероприя-\nтия": "timing", "Наиме\u00adнование": "title",
        "Источник финансирования": None,
    }
    assert {text: field_of(text) for text in cases} == cases


def _refused_command(db_path, path, capsys) -> tuple[str, str]:
    """The refusal's stderr and the command it offers, for a file with competing columns."""
    assert main(["import", "--db", str(db_path), "--create-missing", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Заголовок в файле:" in err
    with Store.open(db_path) as store:
        assert store.counts()["events"] == 0  # refused whole, nothing half-read
    return err, err.strip().splitlines()[-1].strip()


def test_two_title_columns_are_not_settled_by_taking_the_first(db_path, tmp_path, capsys):
    shape = competing_titles("docx")
    err, command = _refused_command(db_path, shape.build(tmp_path), capsys)
    assert ("несколько столбцов похожи на «наименование мероприятия»: 2 «Наименование», "
            "3 «Наименование мероприятия»") in err
    assert "2. «Наименование» → title" in err and "3. «Наименование мероприятия» → title" in err
    # The offered mapping keeps the header that says «мероприятие» and reads the
    # other column, whose first row opens with «Соглашение», as the agreement.
    spec = re.search(r'--columns "([^"]+)"', command).group(1)
    assert parse_columns(spec) == {0: "number", 1: "agreements", 2: "title", 3: "timing",
                                   4: "place", 5: "note", 6: "department"}
    assert main(shlex.split(command)[1:]) == 0
    assert "добавлено 6" in capsys.readouterr().out
    with Store.open(db_path) as store:
        assert field_errors(store, shape) == {}


def test_two_date_columns_that_are_not_start_and_end_are_asked_about(db_path, tmp_path, capsys):
    shape = competing_dates("xlsx")
    path = shape.build(tmp_path)
    err, command = _refused_command(db_path, path, capsys)
    assert ("несколько столбцов похожи на «сроки»: 4 «Срок исполнения», 5 «Дата проведения»"
            in err)
    spec = re.search(r'--columns "([^"]+)"', command).group(1)
    assert parse_columns(spec)[3] == "timing" and 4 not in parse_columns(spec)
    # The offered command reads the file (here with the plan's quarter as the dates) …
    assert main(shlex.split(command)[1:] + ["--dry-run"]) == 0
    assert "Проверка без записи: добавлено 6" in capsys.readouterr().out
    # … and the other date column, named instead, gives each event its own day.
    args = ["import", "--db", str(db_path), "--create-missing", "--columns",
            "1=number,2=agreement,3=title,5=dates,6=place,7=department", str(path)]
    assert main(args) == 0
    assert "Столбцы не распознаны и не загружены: 4 «Срок исполнения»" in capsys.readouterr().out
    with Store.open(db_path) as store:
        assert field_errors(store, shape) == {}
