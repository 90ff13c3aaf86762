"""The XLSX reading budget: how many cells and letters a workbook may hand the importer.

A clerk's real report must always load; a small file that unpacks into millions of letters
(one long shared string referenced everywhere) or cells must be refused with a plain message.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.exchange import safety

TOO_MUCH_TEXT = ("в таблице слишком много текста для такого маленького файла: одна и та же "
                 "длинная строка повторена в огромном числе ячеек. Файл не загружен.")
TOO_MANY_CELLS = "в таблице слишком много ячеек (похоже на повреждённый файл)."


def _refusal(call, *args) -> str:
    with pytest.raises(safety.UnsafeFile) as caught:
        call(*args)
    return str(caught.value)


def test_a_small_file_may_still_hand_out_the_minimum_of_letters():
    budget = safety.ReadBudget(1_000)  # 4 letters a byte would be only 4,000
    budget.charge(1, safety.MIN_TEXT_BUDGET)  # exactly the minimum: still read
    assert _refusal(budget.charge, 1, 1) == TOO_MUCH_TEXT


def test_a_large_file_gets_letters_in_proportion_to_its_size():
    unpacked = safety.MIN_TEXT_BUDGET  # 4 letters per byte: four times the minimum
    budget = safety.ReadBudget(unpacked)
    budget.charge(1, 4 * unpacked)
    assert _refusal(budget.charge, 1, 1) == TOO_MUCH_TEXT
    assert safety.ReadBudget().text_left == safety.MIN_TEXT_BUDGET


def test_letters_are_counted_over_every_sheet_and_row_together():
    budget = safety.ReadBudget()
    half = safety.MIN_TEXT_BUDGET // 2
    budget.charge(1, half)
    budget.charge(1, half)
    assert _refusal(budget.charge, 1, 1) == TOO_MUCH_TEXT


def test_cells_are_capped_whatever_the_file_size():
    budget = safety.ReadBudget(10**9)
    budget.charge(safety.MAX_CELLS_READ - 1, 0)
    budget.charge(1, 0)  # exactly the cap: still read
    assert _refusal(budget.charge, 1, 0) == TOO_MANY_CELLS


def test_unpacked_size_is_what_the_archive_declares(tmp_path: Path):
    path = tmp_path / "r.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", "x" * 1000)
        z.writestr("b.xml", "y" * 234)
    assert safety.unpacked_size(path) == 1234


def _sheet():
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "№ п/п"
    ws["C1"] = "Наименование"
    ws["B3"] = 7
    ws["E3"] = "конец"
    ws["D5"] = None  # a styled empty cell is no value
    return wb, ws


def test_sheet_values_keep_each_value_in_its_row_and_column():
    _wb, ws = _sheet()
    rows = safety.sheet_values(ws, safety.ReadBudget())
    assert rows == [("№ п/п", None, "Наименование"), (), (None, 7, None, None, "конец")]


def test_sheet_values_charge_every_cell_and_letter_read():
    _wb, ws = _sheet()
    budget = safety.ReadBudget()
    safety.sheet_values(ws, budget)
    # row 1: three columns, «№ п/п» + «Наименование»; row 3: five columns, «7» + «конец»
    assert safety.MAX_CELLS_READ - budget.cells_left == 3 + 5
    assert safety.MIN_TEXT_BUDGET - budget.text_left == len("№ п/п") + len("Наименование") + 1 + 5


def test_a_sheet_over_the_budget_is_refused():
    wb = Workbook()
    ws = wb.active
    for r in range(1, 4):
        ws.cell(r, 1, "Я" * 10)
    budget = safety.ReadBudget()
    budget.text_left = 25  # room for two of the three texts
    assert _refusal(safety.sheet_values, ws, budget) == TOO_MUCH_TEXT


def test_an_empty_sheet_has_no_rows():
    assert safety.sheet_values(Workbook().active, safety.ReadBudget()) == []


def test_a_streamed_sheet_is_read_and_charged_the_same(tmp_path: Path):
    wb, _ws = _sheet()
    path = tmp_path / "r.xlsx"
    wb.save(path)
    streamed = load_workbook(path, read_only=True)
    try:
        budget = safety.ReadBudget()
        rows = safety.sheet_values(streamed.active, budget)
    finally:
        streamed.close()
    # a streamed sheet hands out the full rectangle (to the empty D5), empty cells included
    assert [tuple(v for v in row if v is not None) for row in rows] == [
        ("№ п/п", "Наименование"), (), (7, "конец"), (), ()]
    assert safety.MIN_TEXT_BUDGET - budget.text_left == len("№ п/п") + len("Наименование") + 1 + 5
    assert safety.MAX_CELLS_READ - budget.cells_left == sum(len(row) for row in rows)
    budget.text_left = 10
    streamed = load_workbook(path, read_only=True)
    try:
        assert _refusal(safety.sheet_values, streamed.active, budget) == TOO_MUCH_TEXT
    finally:
        streamed.close()
