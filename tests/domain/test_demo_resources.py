"""Checks of the demo data files against the reference report they transcribe.

``resources/demo/report_2020_q1.json`` is a hand transcription of
``shared/reference/report_2020_q1.txt`` (a real quarterly report extracted from
DOCX: a line starting with a tab starts a table cell, any other line continues
the cell above).  The program loads the JSON and never parses the text, so these
tests parse the text here and compare every cell of every row with the JSON.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

RESOURCES = Path(__file__).parents[2] / "resources"
DEMO_FILE = RESOURCES / "demo" / "report_2020_q1.json"
REGIONS_FILE = RESOURCES / "regions.json"
REFERENCE_FILE = Path(__file__).parents[1] / "data" / "report_2020_q1.txt"

TEXT_FIELDS = ("title", "timing", "place", "participants", "result", "note")
WORD_DEBRIS = "[bookmark: _GoBack]"
AGREEMENT_START = re.compile(r"^\s*(Соглашение|Трехстороннее)\b")
ROW_NUMBER = re.compile(r"^(\d+)\.$")


# --------------------------------------------------------------------------- loading


@cache
def demo() -> dict:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


@cache
def regions() -> dict:
    return json.loads(REGIONS_FILE.read_text(encoding="utf-8"))


def region_names() -> set[str]:
    data = regions()
    return {r["name"] for r in data["regions"]} | {r["name"] for r in data["foreign"]}


def agreements_by_key() -> dict[str, dict]:
    return {a["key"]: a for a in demo()["agreements"]}


def squash(text: str) -> str:
    """The comparison rule for cells: whitespace does not count."""
    return re.sub(r"\s+", "", text)


def match_key(title: str) -> str:
    """The matching rule for agreement titles: case and whitespace do not count."""
    return squash(title).lower()


# --------------------------------------------------------------------------- reference parser


@cache
def reference_rows() -> tuple[list[str], list[dict]]:
    """Parse the reference report into (department names, numbered rows).

    Each row is a dict with ``number``, ``department`` (index into the names)
    and ``cells`` (8 lists of raw lines, one list per column).
    """
    if not REFERENCE_FILE.is_file():
        pytest.fail(
            f"Reference report not found at {REFERENCE_FILE}; the demo data cannot be "
            "checked against it. Restore tests/data/report_2020_q1.txt (a copy of shared/reference).",
            pytrace=False,
        )
    cells: list[list[str]] = []
    for line in REFERENCE_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("\t"):
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)

    # Header: 8 cells, the first one is «№ п/п».
    assert squash(cells[0][0]) == "№п/п", "reference header changed"
    body = cells[8:]
    assert squash(body[0][0]) == "Iквартал", "the first section row must be the quarter"

    departments: list[str] = []
    rows: list[dict] = []
    i = 1
    while i < len(body):
        first = " ".join(body[i]).strip()
        number = ROW_NUMBER.match(first)
        if number is None:
            if first:  # a section row spanning the table: a department name
                departments.append(re.sub(r"\s+", " ", first))
            i += 1
            continue
        row_cells = body[i : i + 8]
        assert len(row_cells) == 8, f"row {first} is cut short in the reference"
        rows.append(
            {"number": int(number.group(1)), "department": len(departments) - 1, "cells": row_cells}
        )
        i += 8
    return departments, rows


def cell_text(lines: list[str]) -> str:
    return "\n".join(lines).replace(WORD_DEBRIS, "")


def split_agreements(lines: list[str]) -> list[str]:
    """Agreement titles in a cell, each with its line breaks turned into spaces."""
    titles: list[str] = []
    for raw in lines:
        line = raw.replace(WORD_DEBRIS, "").strip()
        if not line:
            continue
        if AGREEMENT_START.match(line) or not titles:
            titles.append(line)
        else:
            titles[-1] += " " + line
    return titles


# --------------------------------------------------------------------------- shape of demo file


def test_period_and_home_region():
    data = demo()
    assert data["period"] == {"year": 2020, "quarter": 1}
    assert data["home_region"] == "Смоленская область"
    assert data["home_region"] in region_names()


def test_five_departments_in_report_order():
    departments = demo()["departments"]
    assert len(departments) == 5
    assert [d["position"] for d in departments] == [1, 2, 3, 4, 5]
    assert len({d["key"] for d in departments}) == 5
    ref_names, _ = reference_rows()
    assert [d["name"] for d in departments] == ref_names
    for d in departments:
        assert d["short_name"].strip()


def test_eight_distinct_agreements():
    agreements = demo()["agreements"]
    assert len(agreements) == 8
    assert len({a["key"] for a in agreements}) == 8
    assert len({match_key(a["title"]) for a in agreements}) == 8
    for a in agreements:
        assert set(a) >= {
            "key",
            "title",
            "short_name",
            "partner_regions",
            "number",
            "signed_on",
            "valid_until",
            "spellings",
        }
        assert a["title"] == a["title"].strip()
        assert "  " not in a["title"], f"double space in canonical title of {a['key']}"
        assert "АдминистрациейВладимирской" not in a["title"]
        assert a["partner_regions"], f"{a['key']} has no partner region"
        assert a["spellings"], f"{a['key']} has no spellings"
        assert len(set(a["spellings"])) == len(a["spellings"])


def test_trilateral_agreement_uses_lower_case_soglashenie():
    trilateral = [a for a in demo()["agreements"] if a["title"].startswith("Трехстороннее")]
    assert len(trilateral) == 1
    agreement = trilateral[0]
    assert agreement["title"].startswith("Трехстороннее соглашение ")
    assert sorted(agreement["partner_regions"]) == ["Брянская область", "Калужская область"]
    assert any(s.startswith("Трехстороннее Соглашение") for s in agreement["spellings"])
    assert any(s.startswith("Трехстороннее соглашение") for s in agreement["spellings"])


def test_spellings_match_canonical_title():
    for a in demo()["agreements"]:
        for spelling in a["spellings"]:
            assert match_key(spelling) == match_key(a["title"]), (a["key"], spelling)
            assert "\n" not in spelling


def test_partner_regions_are_known():
    names = region_names()
    for a in demo()["agreements"]:
        for region in a["partner_regions"]:
            assert region in names, f"{a['key']}: unknown region {region!r}"
    moscow = [a for a in demo()["agreements"] if "Правительством Москвы" in a["title"]]
    assert [a["partner_regions"] for a in moscow] == [["г. Москва"]]


def test_twenty_nine_events_numbered_in_order():
    events = demo()["events"]
    assert [e["number"] for e in events] == list(range(1, 30))


def test_event_references_exist():
    departments = {d["key"] for d in demo()["departments"]}
    agreements = agreements_by_key()
    names = region_names()
    for e in demo()["events"]:
        assert e["department"] in departments, e["number"]
        assert e["agreements"], f"event {e['number']} has no agreement"
        assert len(set(e["agreements"])) == len(e["agreements"])
        for key in e["agreements"]:
            assert key in agreements, (e["number"], key)
        for region in e["participant_regions"]:
            assert region in names, (e["number"], region)
        assert e["status"] == "проведено"
        assert isinstance(e["repeat_agreement"], bool)


def test_events_are_grouped_by_department_in_department_order():
    position = {d["key"]: d["position"] for d in demo()["departments"]}
    order = [position[e["department"]] for e in demo()["events"]]
    assert order == sorted(order)


def test_rows_with_several_agreements():
    events = {e["number"]: e for e in demo()["events"]}
    assert events[17]["agreements"] == ["moscow", "lipetsk", "vladimir", "kaluga_bryansk", "crimea"]
    assert events[18]["agreements"] == [
        "moscow",
        "lipetsk",
        "kaluga_bryansk",
        "kostroma",
        "tver",
        "orel",
    ]
    assert sum(len(e["agreements"]) > 1 for e in events.values()) == 2


def test_only_row_eleven_repeats_agreement():
    repeated = [e["number"] for e in demo()["events"] if e["repeat_agreement"]]
    assert repeated == [11]


def test_repeat_flag_is_consistent_with_agreement_sets():
    _, rows = reference_rows()
    events = demo()["events"]
    assert len(rows) == len(events)
    for index, (row, event) in enumerate(zip(rows, events, strict=True)):
        prev = events[index - 1] if index else None
        blank = not split_agreements(row["cells"][1])
        same_department = prev is not None and prev["department"] == event["department"]
        same_set = same_department and set(prev["agreements"]) == set(event["agreements"])
        if blank:
            assert same_set and not event["repeat_agreement"], event["number"]
        else:
            assert event["repeat_agreement"] == same_set, event["number"]


def test_text_fields_are_clean():
    for e in demo()["events"]:
        for field in TEXT_FIELDS:
            value = e[field]
            assert isinstance(value, str), (e["number"], field)
            assert value == value.strip(), (e["number"], field)
            assert WORD_DEBRIS not in value and "[bookmark" not in value
            assert "\r" not in value and "\t" not in value
            for line in value.split("\n"):
                assert line == line.strip(), (e["number"], field, line)
                assert "  " not in line, (e["number"], field, line)
                assert line or not value, f"blank line inside {field} of event {e['number']}"


def test_spot_checks():
    events = {e["number"]: e for e in demo()["events"]}
    assert events[1]["timing"] == "29-31 января"
    assert "агроинжинирин-говой корпорации «Микула» (г. Москва)" in events[3]["title"]
    assert events[4]["result"] == "Продажа племенных телок."
    assert events[6]["title"].startswith("Обмен опытом\nв области организации")
    assert events[12]["note"] == ""
    assert events[1]["note"] == "-"
    assert events[23]["timing"] == "29 февраля -1 марта"
    assert events[26]["timing"] == "29 февраля -01 марта"
    assert events[19]["participants"] == (
        "Всего 86 участников из 5 регионов, в том числе спортсмены Брянской области"
    )
    assert events[29]["result"] == ""


def test_participant_counts():
    events = {e["number"]: e for e in demo()["events"]}
    assert events[11]["participants_count"] == 150
    assert events[18]["participants_count"] == 300
    assert events[19]["participants_count"] == 86
    for e in events.values():
        count = e["participants_count"]
        if count is None:
            assert not re.search(r"(?i)всего \d+|более \d+ человек", e["participants"]), e["number"]
        else:
            assert isinstance(count, int) and count > 0
            assert re.search(rf"\b{count}\b", e["participants"]), e["number"]


def test_participant_regions_examples():
    events = {e["number"]: e for e in demo()["events"]}
    assert events[19]["participant_regions"] == ["Брянская область"]
    assert events[27]["participant_regions"] == ["г. Москва"]
    assert events[22]["participant_regions"] == ["Калужская область", "Брянская область"]
    assert "Минская область (Республика Беларусь)" in events[17]["participant_regions"]
    assert events[18]["participant_regions"] == []


# --------------------------------------------------------------------------- cell by cell


def test_reference_has_same_rows_and_departments():
    ref_departments, rows = reference_rows()
    assert [r["number"] for r in rows] == list(range(1, 30))
    keys = [d["key"] for d in demo()["departments"]]
    assert len(ref_departments) == len(keys)
    for row, event in zip(rows, demo()["events"], strict=True):
        assert keys[row["department"]] == event["department"], row["number"]


@pytest.mark.parametrize("number", range(1, 30))
def test_event_cells_match_reference(number):
    _, rows = reference_rows()
    row = rows[number - 1]
    event = demo()["events"][number - 1]
    cells = row["cells"]
    assert squash(cell_text(cells[0])) == f"{event['number']}."
    for column, field in zip(range(2, 8), TEXT_FIELDS, strict=True):
        assert squash(cell_text(cells[column])) == squash(event[field]), (number, field)


@pytest.mark.parametrize("number", range(1, 30))
def test_agreement_cell_matches_reference(number):
    _, rows = reference_rows()
    events = demo()["events"]
    event = events[number - 1]
    agreements = agreements_by_key()
    titles = split_agreements(rows[number - 1]["cells"][1])
    if not titles:
        previous = events[number - 2]
        assert number > 1 and previous["department"] == event["department"]
        assert previous["agreements"] == event["agreements"]
        assert not event["repeat_agreement"]
        return
    assert len(titles) == len(event["agreements"]), number
    for title, key in zip(titles, event["agreements"], strict=True):
        agreement = agreements[key]
        assert match_key(title) == match_key(agreement["title"]), (number, key)
        # The exact spelling (case included) is recorded; whitespace aside.
        assert squash(title) in {squash(s) for s in agreement["spellings"]}, (number, title)


def test_spellings_are_exactly_those_in_the_report():
    _, rows = reference_rows()
    by_match = {match_key(a["title"]): a["key"] for a in demo()["agreements"]}
    found: dict[str, set[str]] = {key: set() for key in by_match.values()}
    for row in rows:
        for title in split_agreements(row["cells"][1]):
            found[by_match[match_key(title)]].add(title)
    for a in demo()["agreements"]:
        assert set(a["spellings"]) == found[a["key"]], a["key"]


# --------------------------------------------------------------------------- regions.json


def test_regions_list_has_all_89_subjects():
    data = regions()
    items = data["regions"]
    names = [r["name"] for r in items]
    assert len(names) == 89
    assert len(set(names)) == 89
    kinds = Counter(r["kind"] for r in items)
    assert kinds == {
        "республика": 24,
        "край": 9,
        "область": 48,
        "город федерального значения": 3,
        "автономная область": 1,
        "автономный округ": 4,
    }
    districts = Counter(r["federal_district"] for r in items)
    assert districts == {
        "Центральный": 18,
        "Северо-Западный": 11,
        "Южный": 12,
        "Северо-Кавказский": 7,
        "Приволжский": 14,
        "Уральский": 6,
        "Сибирский": 10,
        "Дальневосточный": 11,
    }
    for name in (
        "г. Москва",
        "г. Санкт-Петербург",
        "г. Севастополь",
        "Республика Крым",
        "Донецкая Народная Республика",
        "Луганская Народная Республика",
        "Запорожская область",
        "Херсонская область",
        "Смоленская область",
    ):
        assert name in names, name


def test_foreign_regions():
    foreign = regions()["foreign"]
    assert {
        "name": "Минская область (Республика Беларусь)",
        "country": "Республика Беларусь",
    } in foreign
    assert not {f["name"] for f in foreign} & {r["name"] for r in regions()["regions"]}
