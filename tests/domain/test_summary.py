"""The summary model: what is counted, what is listed, and the year before."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.entities import Agreement, Department, EventStatus
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.summary import EventFacts, SummaryKind, build_summary, in_force_during

Q1 = ReportPeriod.quarter(2021, 1)
SPORT = Department("Главное управление спорта", "Спорт", position=2, id="sport")
CULTURE = Department("Департамент по культуре", "Культура", position=1, id="culture")
OLD = Department("Упразднённый департамент", active=False, id="old")
MOSCOW = Agreement("Соглашение с Москвой", "Москва", ["г. Москва"], id="msk")
TWO = Agreement("Соглашение с Калугой и Брянском", "Калуга и Брянск",
                ["Калужская область", "Брянская область"], id="kb")
SILENT = Agreement("Соглашение с Тверью", "Тверь", ["Тверская область"], id="tver",
                   valid_until=date(2021, 12, 31))
ENDED = Agreement("Соглашение с Псковом", "Псков", ["Псковская область"], id="pskov",
                  valid_until=date(2020, 6, 30))


def facts(n: int, dept: str, *agreements: str, month: int = 1,
          status: EventStatus = EventStatus.DONE, year: int = 2021) -> EventFacts:
    return EventFacts(f"e{n}-{year}", dept, str(status), date(year, month, 10), tuple(agreements))


def build(events, previous=None, department_ids=None, agreements=(MOSCOW, TWO, SILENT, ENDED)):
    return build_summary(Q1, [CULTURE, SPORT, OLD], list(agreements), events, previous,
                         department_ids)


def counts(rows) -> dict[str, int]:
    return {r.label: r.events for r in rows}


def test_an_event_under_two_agreements_counts_once_for_each():
    s = build([facts(1, "sport", "msk", "kb"), facts(2, "sport", "kb")])
    assert s.total == 2
    assert counts(s.departments) == {"Культура": 0, "Спорт": 2}
    assert counts(s.agreements) == {"Калуга и Брянск": 2, "Москва": 1, "Тверь": 0}
    # Each partner region of the event's agreements once, even when two agreements share it.
    assert counts(s.regions) == {"Калужская область": 2, "Брянская область": 2, "г. Москва": 1,
                                 "Тверская область": 0}


def test_silent_agreements_in_force_are_listed_and_marked_ended_ones_are_not():
    s = build([facts(1, "culture", "msk")])
    titles = [r.label for r in s.agreements]
    assert titles == ["Москва", "Калуга и Брянск", "Тверь"]  # most events first, then by name
    gaps = {r.label for r in s.gaps}
    assert gaps == {"Калуга и Брянск", "Тверь"}
    tver = next(r for r in s.agreements if r.key == "tver")
    assert tver.expires_this_year and tver.ends_on == date(2021, 12, 31)
    assert not next(r for r in s.agreements if r.key == "msk").expires_this_year


def test_an_agreement_out_of_force_with_events_is_still_counted_but_not_a_gap():
    s = build([facts(1, "culture", "pskov")])
    pskov = next(r for r in s.agreements if r.key == "pskov")
    assert (pskov.events, pskov.in_force, pskov.is_gap) == (1, False, False)


def test_in_force_follows_the_dates_and_the_active_mark():
    assert in_force_during(MOSCOW, Q1.start, Q1.end)
    assert not in_force_during(ENDED, Q1.start, Q1.end)
    later = Agreement("Будущее", signed_on=date(2021, 4, 1))
    assert not in_force_during(later, Q1.start, Q1.end)
    assert in_force_during(Agreement("x", signed_on=date(2021, 3, 31)), Q1.start, Q1.end)
    assert not in_force_during(Agreement("x", active=False), Q1.start, Q1.end)
    assert in_force_during(Agreement("x", active=False, valid_until=date(2021, 1, 1)),
                           Q1.start, Q1.end)


def test_months_of_the_period_and_every_status_are_listed_with_zeros():
    s = build([facts(1, "sport", month=1), facts(2, "sport", month=3),
               facts(3, "sport", month=3, status=EventStatus.POSTPONED)])
    assert [(r.key, r.label, r.events) for r in s.months] == [
        ("2021-01", "январь", 1), ("2021-02", "февраль", 0), ("2021-03", "март", 2)]
    assert {r.key: r.events for r in s.statuses} == {
        "проведено": 2, "запланировано": 0, "не проведено": 0, "перенесено": 1}
    assert s.without_agreement == 3


def test_an_inactive_department_appears_only_with_events():
    assert "old" not in [r.key for r in build([]).departments]
    assert counts(build([facts(1, "old")]).departments)["Упразднённый департамент"] == 1


def test_department_filter_limits_the_department_rows():
    s = build([facts(1, "sport", "msk")], department_ids=["sport"])
    assert [r.key for r in s.departments] == ["sport"]
    assert s.department_names == ("Главное управление спорта",)
    assert "Главное управление спорта" in s.title


def test_the_year_before_stands_beside_each_count_when_it_has_data():
    now = [facts(1, "sport", "msk"), facts(2, "sport", "msk", month=2)]
    before = [facts(1, "sport", "msk", year=2020), facts(2, "culture", "kb", month=3, year=2020)]
    s = build(now, before)
    assert s.previous_period == ReportPeriod.quarter(2020, 1)
    assert s.previous_total == 2
    assert {r.key: r.previous for r in s.departments} == {"culture": 1, "sport": 1}
    assert {r.key: (r.events, r.previous) for r in s.agreements} == {
        "msk": (2, 1), "kb": (0, 1), "tver": (0, 0)}
    assert {r.key: r.previous for r in s.months} == {"2021-01": 1, "2021-02": 0, "2021-03": 1}
    without = build(now, None)
    assert without.previous_period is None
    assert all(r.previous is None for _k, _t, rows in without.sections() for r in rows)


def test_sections_come_in_one_order_for_every_output():
    s = build([])
    assert [kind for kind, _title, _rows in s.sections()] == list(SummaryKind)
