"""«Сводные данные» in the files: silent agreements stand out, texts stay texts."""

from __future__ import annotations

import docx
import openpyxl
from docx.oxml.ns import qn

from desktop_app.domain.entities import Agreement
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.report_service import export_report_file
from desktop_app.exchange.summary_table import GAP_FILL
from desktop_app.storage.summary_query import store_summary

Q1 = ReportPeriod.quarter(2020, 1)


def test_a_silent_agreement_is_shaded_in_docx_and_xlsx(demo_store, tmp_path):
    demo_store.save_agreement(Agreement("=Соглашение с Псковской областью", "Псков",
                                        ["Псковская область"]))
    summary = store_summary(demo_store, Q1)
    out_docx = export_report_file(demo_store, Q1, None, "docx", tmp_path / "r.docx",
                                  summary=summary)
    out_xlsx = export_report_file(demo_store, Q1, None, "xlsx", tmp_path / "r.xlsx",
                                  summary=summary)

    table = docx.Document(str(out_docx)).tables[2]
    rows = {row.cells[0].text: row for row in table.rows[1:]}
    silent = rows["=Соглашение с Псковской областью"]
    assert silent.cells[3].text == "0"
    assert "нет мероприятий" in silent.cells[-1].text
    fills = [tc._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
             for tc in silent.cells]
    assert fills == [GAP_FILL] * len(silent.cells)
    busy = next(r for title, r in rows.items() if "Москвы" in title)
    assert busy.cells[0]._tc.tcPr is None or busy.cells[0]._tc.tcPr.find(qn("w:shd")) is None

    sheet = openpyxl.load_workbook(out_xlsx)["Сводные данные"]
    cell = next(c for row in sheet.iter_rows() for c in row
                if c.value == "=Соглашение с Псковской областью")
    assert cell.data_type == "s"  # a title starting with «=» is text, not a formula
    assert cell.fill.fgColor.rgb.endswith(GAP_FILL)
    assert sheet.cell(cell.row, cell.column + 3).value == 0


def test_a_report_with_its_summary_appendix_imports_as_the_report_alone(demo_store, tmp_path):
    # The appendix «Сводные данные» follows the report's table with tables of its own
    # (agreements, regions…): the reader stops at its heading instead of taking them for
    # report rows (it refused the program's own file: «не найдены столбцы: сроки»).
    from desktop_app.exchange.docx_reader import read_docx
    from desktop_app.exchange.importer import read_report

    period = ReportPeriod.quarter(2020, 1)
    plain, appended = tmp_path / "plain.docx", tmp_path / "with_summary.docx"
    export_report_file(demo_store, period, None, "docx", plain)
    export_report_file(demo_store, period, None, "docx", appended,
                       summary=store_summary(demo_store, period, None))
    assert len(docx.Document(str(appended)).tables) > len(docx.Document(str(plain)).tables)
    with_appendix, alone = read_docx(appended), read_docx(plain)
    assert [r.title for r in with_appendix.rows] == [r.title for r in alone.rows]
    assert len(alone.rows) == len(demo_store.events_in_period(period))
    table, package = read_report(appended)
    assert package is not None and len(package.events) == len(table.rows)
