"""`interreg summary` and `export --with-summary` as a script or a coordinator runs them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pytest

from desktop_app.cli import main

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "report_2020_q1.json"
Q1 = ("--year", "2020", "--quarter", "1")


def run(*args: str) -> int:
    return main(list(args))


@pytest.fixture
def demo_db(db_path, capsys) -> Path:
    assert run("demo", "--db", str(db_path)) == 0
    capsys.readouterr()
    return db_path


def _summary_json(db: Path, capsys, *extra: str) -> dict:
    assert run("summary", "--db", str(db), *Q1, "--json", *extra) == 0
    return json.loads(capsys.readouterr().out)


def _events_per_agreement_title() -> dict[str, int]:
    """Counted from the demo data itself: how many numbered rows name each agreement."""
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    titles = {a["key"]: a["title"] for a in data["agreements"]}
    counted = Counter(key for row in data["events"] for key in row["agreements"])
    return {titles[key]: counted[key] for key in titles}


def test_demo_quarter_counts_per_department_and_agreement(demo_db, capsys):
    result = _summary_json(demo_db, capsys)
    assert result["period"] == "за I квартал 2020 года"
    assert {d["name"]: d["events"] for d in result["departments"]} == {
        "Спорт": 11, "Культура": 8, "Сельское хозяйство": 5, "Занятость населения": 4,
        "Информационные технологии": 1,
    }
    expected = _events_per_agreement_title()
    assert len(expected) == 8
    assert {a["title"]: a["events"] for a in result["agreements"]} == expected
    # Rows 17 and 18 name five and six agreements: 29 rows, 38 agreement mentions.
    assert sum(a["events"] for a in result["agreements"]) == 38
    for agreement in result["agreements"]:
        assert set(agreement) >= {"title", "events", "in_force", "ends_on", "partner_regions"}
        assert agreement["in_force"] is True
    assert {m["month"]: m["events"] for m in result["months"]} == {
        "2020-01": 10, "2020-02": 15, "2020-03": 4}
    assert {s["status"]: s["events"] for s in result["statuses"]}["проведено"] == 29
    regions = {r["name"]: r["events"] for r in result["regions"]}
    assert regions["Калужская область"] == regions["Брянская область"] == 10
    assert result["previous_period"] is None


def test_an_agreement_without_events_is_listed_with_zero(demo_db, capsys):
    from desktop_app.domain.entities import Agreement
    from desktop_app.storage.store import Store

    with Store.open(demo_db) as store:
        store.save_agreement(Agreement("Соглашение с Псковской областью", "Псков",
                                       ["Псковская область"]))
    result = _summary_json(demo_db, capsys)
    pskov = next(a for a in result["agreements"] if a["short_name"] == "Псков")
    assert (pskov["events"], pskov["in_force"], pskov["partner_regions"]) == (
        0, True, ["Псковская область"])
    assert {r["name"]: r["events"] for r in result["regions"]}["Псковская область"] == 0
    assert run("summary", "--db", str(demo_db), *Q1) == 0
    assert "Псков" in capsys.readouterr().out


def test_one_department(demo_db, capsys):
    result = _summary_json(demo_db, capsys, "--department", "Спорт")
    assert [(d["name"], d["events"]) for d in result["departments"]] == [("Спорт", 11)]
    assert {a["short_name"]: a["events"] for a in result["agreements"]}["Москва"] == 3


def test_summary_files_read_back(demo_db, tmp_path, capsys):
    out_docx, out_xlsx = tmp_path / "s.docx", tmp_path / "s.xlsx"
    assert run("summary", "--db", str(demo_db), *Q1, "--format", "docx", "--out", str(out_docx)) == 0
    assert run("summary", "--db", str(demo_db), *Q1, "--format", "xlsx", "--out", str(out_xlsx)) == 0
    document = docx.Document(str(out_docx))
    departments = document.tables[0]
    assert [c.text for c in departments.rows[-1].cells] == [
        "Главное управление спорта Смоленской области", "11"]
    sheet = openpyxl.load_workbook(out_xlsx)["Сводные данные"]
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert ("Главное управление спорта Смоленской области", 11) in [r[:2] for r in values]


def test_bad_arguments_are_refused_in_plain_words(demo_db, tmp_path, capsys):
    assert run("summary", "--db", str(demo_db), *Q1, "--format", "docx") == 1
    assert "--out" in capsys.readouterr().err
    assert run("summary", "--db", str(demo_db), *Q1, "--department", "Нет такого") == 1
    assert "не найден" in capsys.readouterr().err
    out = tmp_path / "r.pdf"
    assert run("export", "--db", str(demo_db), *Q1, "--format", "pdf", "--out", str(out),
               "--with-summary") == 1
    assert "DOCX или XLSX" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as exc:
        run("summary", "--db", str(demo_db), *Q1, "--json", "--format", "xlsx")
    assert exc.value.code == 2


def test_export_with_summary_adds_the_appendix_and_the_second_sheet(demo_db, tmp_path, capsys):
    out_docx, out_xlsx = tmp_path / "r.docx", tmp_path / "r.xlsx"
    for out in (out_docx, out_xlsx):
        fmt = out.suffix[1:]
        assert run("export", "--db", str(demo_db), *Q1, "--format", fmt, "--out", str(out),
                   "--with-summary") == 0
    document = docx.Document(str(out_docx))
    texts = [p.text for p in document.paragraphs]
    assert "Сводные данные" in texts
    # The report's own table first, then the five count tables of the appendix.
    assert len(document.tables) == 6
    agreements = document.tables[2]
    assert agreements.rows[0].cells[0].text == "Соглашение"
    by_title = {row.cells[0].text: int(row.cells[3].text) for row in agreements.rows[1:]}
    assert by_title == _events_per_agreement_title()
    book = openpyxl.load_workbook(out_xlsx)
    assert book.sheetnames == ["Отчет", "Сводные данные"]
    assert book["Отчет"].max_row > 29  # the report sheet is whole
    rows = list(book["Сводные данные"].iter_rows(values_only=True))
    months = {r[0]: r[1] for r in rows if r[0] in ("январь", "февраль", "март")}
    assert months == {"январь": 10, "февраль": 15, "март": 4}
    # Without the option neither appears.
    plain = tmp_path / "plain.xlsx"
    assert run("export", "--db", str(demo_db), *Q1, "--format", "xlsx", "--out", str(plain)) == 0
    assert openpyxl.load_workbook(plain).sheetnames == ["Отчет"]
