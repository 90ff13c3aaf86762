"""The report model on hand-made cases: sections, numbering, agreement runs, both layouts."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.entities import Agreement, Department, Event, EventStatus
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import (
    HEADERS,
    REPORT_TITLE,
    EventRow,
    Layout,
    ReportOptions,
    ReportStyle,
    SectionRow,
    build_report,
    clean_text,
)

Q1 = ReportPeriod.quarter(2020, 1)
A = Agreement(title="Соглашение А", id="a")
B = Agreement(title="Соглашение Б", id="b")
C = Agreement(title="Соглашение В", id="c")
AGREEMENTS = [A, B, C]
D1 = Department(name="Департамент первый", id="d1", position=1)
D2 = Department(name="Департамент второй", id="d2", position=2)
D3 = Department(name="Департамент третий", id="d3", position=3)


def ev(title: str, dept: Department, *agreements: str, repeat: bool = False,
       status: EventStatus = EventStatus.DONE) -> Event:
    return Event(department_id=dept.id, title=title, timing="5 февраля",
                 starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5),
                 agreement_ids=list(agreements), repeat_agreement=repeat, status=status,
                 id=title, note="-")


def build(events, layout=Layout.PER_EVENT, departments=(D1, D2, D3), **kw):
    return build_report(list(departments), AGREEMENTS, events,
                        ReportOptions(period=Q1, layout=layout, **kw))


def shape(report):
    """Rows as compact tuples: ('S', text) or (number, title, agreement ids, run_length)."""
    out = []
    for row in report.rows:
        if isinstance(row, SectionRow):
            out.append(("S", row.text))
        else:
            out.append((row.number, row.title, row.agreement_ids, row.run_length))
    return out


def test_title_headers_and_period_section():
    report = build([ev("e1", D1, "a")])
    assert report.title_lines == (REPORT_TITLE, "за I квартал 2020 года")
    assert report.headers == HEADERS
    assert len(HEADERS) == 8
    assert "мероприятия" in HEADERS[3] and "-" not in HEADERS[3]
    assert HEADERS[7] == "Примечание (причины невыполнения запланированных мероприятий)"
    assert report.rows[0] == SectionRow("I квартал")
    assert report.rows[0].is_period


def test_run_interrupted_by_another_agreement_starts_again():
    report = build([ev("e1", D1, "a"), ev("e2", D1, "a"), ev("e3", D1, "b"), ev("e4", D1, "a")])
    assert shape(report)[2:] == [
        (1, "e1", ("a",), 2), (2, "e2", ("a",), 0), (3, "e3", ("b",), 1), (4, "e4", ("a",), 1),
    ]
    assert report.runs() == [(2, 3)]
    row2 = report.rows[3]
    assert isinstance(row2, EventRow)
    assert row2.texts()[1] == "" and row2.agreement_text == "Соглашение А"
    assert report.rows[2].texts()[:2] == ("1.", "Соглашение А")


def test_repeat_agreement_starts_a_new_run():
    report = build([ev("e1", D1, "a"), ev("e2", D1, "a", repeat=True), ev("e3", D1, "a")])
    assert [r[3] for r in shape(report)[2:]] == [1, 2, 0]


def test_runs_do_not_cross_departments_and_numbering_continues():
    report = build([ev("e1", D1, "a"), ev("e2", D1, "a"), ev("e3", D2, "a"), ev("e4", D3, "b")])
    assert shape(report) == [
        ("S", "I квартал"),
        ("S", D1.name), (1, "e1", ("a",), 2), (2, "e2", ("a",), 0),
        ("S", D2.name), (3, "e3", ("a",), 1),
        ("S", D3.name), (4, "e4", ("b",), 1),
    ]
    assert [r.label for r in report.event_rows()] == ["1.", "2.", "3.", "4."]


def test_same_agreements_in_another_order_are_another_run():
    report = build([ev("e1", D1, "a", "b"), ev("e2", D1, "a", "b"), ev("e3", D1, "b", "a")])
    assert [r[3] for r in shape(report)[2:]] == [2, 0, 1]


def test_rows_without_agreements_are_never_merged():
    report = build([ev("e1", D1), ev("e2", D1)])
    assert [r[3] for r in shape(report)[2:]] == [1, 1]


@pytest.mark.parametrize("include", [False, True])
def test_department_without_events(include):
    report = build([ev("e1", D1, "a"), ev("e2", D3, "a")], include_empty_departments=include)
    sections = [r.text for r in report.rows if isinstance(r, SectionRow)]
    expected = ["I квартал", D1.name, D2.name, D3.name] if include else \
        ["I квартал", D1.name, D3.name]
    assert sections == expected
    assert [r.number for r in report.event_rows()] == [1, 2]


def test_multi_agreement_event_per_event_layout_one_row_with_paragraphs():
    report = build([ev("e1", D1, "a", "b", "c"), ev("e2", D1, "b")])
    rows = report.event_rows()
    assert len(rows) == 2
    assert rows[0].agreements == ("Соглашение А", "Соглашение Б", "Соглашение В")
    assert rows[0].texts()[1] == "Соглашение А\nСоглашение Б\nСоглашение В"
    assert rows[1].run_length == 1


def test_multi_agreement_event_per_agreement_layout_once_under_each():
    events = [ev("e1", D1, "a"), ev("e2", D1, "b", "a"), ev("e3", D1, "b"),
              ev("e4", D1), ev("e5", D2, "c", "a", repeat=True)]
    report = build(events, layout=Layout.PER_AGREEMENT)
    assert report.layout is Layout.PER_AGREEMENT
    assert shape(report) == [
        ("S", "I квартал"),
        ("S", D1.name),
        (1, "e1", ("a",), 2), (2, "e2", ("a",), 0),
        # the number is the event's: e2 under its second agreement is still «2.»
        (2, "e2", ("b",), 2), (3, "e3", ("b",), 0),
        (4, "e4", (), 1),
        ("S", D2.name),
        # repeat_agreement means nothing when rows are grouped by agreement
        (5, "e5", ("c",), 1), (5, "e5", ("a",), 1),
    ]
    assert len({r.number for r in report.event_rows()}) == len(events)


def test_department_order_and_filter_follow_options():
    events = [ev("e1", D1, "a"), ev("e2", D2, "a"), ev("e3", D3, "a")]
    report = build(events, department_ids=("d3", "d1"))
    assert [r.text for r in report.rows if isinstance(r, SectionRow)][1:] == [D3.name, D1.name]
    assert [r.title for r in report.event_rows()] == ["e3", "e1"]
    assert report.department_ids == ("d3", "d1")


def test_status_filter():
    events = [ev("e1", D1, "a"), ev("e2", D1, "a", status=EventStatus.PLANNED),
              ev("e3", D1, "a")]
    report = build(events, statuses=(EventStatus.DONE,))
    assert [(r.title, r.run_length) for r in report.event_rows()] == [("e1", 2), ("e3", 0)]


def test_long_run_is_one_run():
    events = [ev(f"e{i}", D1, "a") for i in range(3000)]
    report = build(events)
    assert report.runs() == [(2, 3001)]
    assert report.event_rows()[-1].label == "3000."


def test_clean_text_removes_xml_illegal_characters():
    assert clean_text("\x00=SUM(A1)\x07") == "=SUM(A1)"
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert clean_text(None) == ""
    assert clean_text("\tтекст") == "текст"


def test_style_defaults_and_widths():
    style = ReportStyle()
    assert style.font_name == "Times New Roman"
    assert (style.table_font_size, style.title_font_size) == (12, 14)
    assert (style.margin_left_mm, style.margin_right_mm) == (20, 10)
    widths = style.column_widths_mm()
    assert sum(widths) == pytest.approx(267)
    assert widths[0] == min(widths)
    with pytest.raises(ValueError):
        ReportStyle(margin_left_mm=200)
    with pytest.raises(ValueError):
        ReportStyle(column_weights=(1, 2))


def dated(title: str, start: date, end: date, typed: str, kind: str, *agreements: str,
          repeat: bool = False) -> Event:
    return Event(department_id=D1.id, title=title, timing=typed, timing_kind=kind,
                 starts_on=start, ends_on=end, agreement_ids=list(agreements),
                 repeat_agreement=repeat, id=title)


FORUM = dated("Форум", date(2020, 2, 29), date(2020, 3, 1), "29 февраля - 01 марта",
              "day_range", "a")


def test_a_run_is_sorted_by_start_date_then_title():
    events = [
        FORUM,
        dated("Выставка", date(2020, 2, 5), date(2020, 2, 5), "5 февраля", "day", "a"),
        dated("Ярмарка", date(2020, 2, 5), date(2020, 2, 5), "5 февраля", "day", "a"),
        dated("Биеннале", date(2020, 2, 5), date(2020, 2, 5), "5 февраля", "day", "a"),
        # a new run (other agreement) keeps its place after the first
        dated("Семинар", date(2020, 1, 10), date(2020, 1, 10), "10 января", "day", "b"),
    ]
    for layout in Layout:
        rows = build(events, layout=layout).event_rows()
        assert [r.title for r in rows] == ["Биеннале", "Выставка", "Ярмарка", "Форум", "Семинар"]
        assert [r.number for r in rows] == [1, 2, 3, 4, 5]
        assert [r.run_length for r in rows] == [4, 0, 0, 0, 1]


def test_repeat_agreement_bounds_the_sorted_runs():
    events = [
        dated("Поздно", date(2020, 3, 5), date(2020, 3, 5), "5 марта", "day", "a"),
        dated("Рано", date(2020, 1, 5), date(2020, 1, 5), "5 января", "day", "a", repeat=True),
    ]
    rows = build(events).event_rows()
    assert [(r.title, r.run_length) for r in rows] == [("Поздно", 1), ("Рано", 1)]


def test_recognised_dates_print_in_canonical_form_unless_asked_as_typed():
    events = [
        FORUM,
        dated("Смотр", date(2020, 1, 1), date(2020, 3, 31), "Январь-март", "month_range", "b"),
        dated("Приём", date(2020, 1, 1), date(2020, 3, 31), "по согласованию", "free_text", "c"),
    ]
    rows = build(events).event_rows()
    assert [r.timing for r in rows] == [
        "29 февраля \u2013 1 марта", "Январь \u2013 март", "по согласованию"]
    typed = build(events, dates_as_typed=True).event_rows()
    assert [r.timing for r in typed] == [e.timing for e in events]


def test_each_row_is_cleaned_and_dated_on_its_own_when_texts_repeat():
    # Titles and printed dates are worked out once per report: a row that shares its
    # dates with another, typed differently, still prints its own; a stray control
    # character or CR in one text is cleaned there and nowhere else.
    events = [
        dated("Смотр", date(2020, 1, 1), date(2020, 3, 31), "январь-март", "month_range", "a"),
        dated("Показ", date(2020, 1, 1), date(2020, 3, 31), "Январь-март", "month_range", "a"),
        dated("Приём", date(2020, 1, 1), date(2020, 3, 31), "январь-март", "free_text", "a"),
        Event(department_id="d1", title=" Сбор\x07 ", timing="5 февраля", id="x",
              starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5), agreement_ids=["a"],
              place="  г. Тверь ", participants="10\r\nчеловек", result="\x00=1", note="-"),
    ]
    rows = build(events).event_rows()
    assert [(r.title, r.timing) for r in rows[:3]] == [  # a run is sorted by date, then title
        ("Показ", "Январь \u2013 март"), ("Приём", "январь-март"), ("Смотр", "январь \u2013 март")]
    assert {r.agreements for r in rows} == {("Соглашение А",)}
    sbor = rows[-1]
    assert (sbor.title, sbor.place, sbor.participants, sbor.result, sbor.note) == (
        "Сбор", "г. Тверь", "10\nчеловек", "=1", "-")
    assert sbor.timing == "5 февраля"


def test_event_rows_are_the_rows_the_dataclass_makes():
    # build_report makes its rows without the frozen dataclass's __init__: each must
    # hold every field, and equal, hash and print as the constructor's row does.
    from dataclasses import fields

    from desktop_app.domain.report import EventRow, _event_row

    values = {f.name: f"v{i}" for i, f in enumerate(fields(EventRow))}
    made, plain = _event_row(dict(values)), EventRow(**values)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert vars(made) == vars(plain)
    report = build_report([D1], AGREEMENTS, [ev("Первое", D1, "a"), ev("Второе", D1, "a")],
                          ReportOptions(period=Q1))
    names = {f.name for f in fields(EventRow)}
    assert all(set(vars(row)) == names for row in report.event_rows())
