"""The printed report on paper: column widths shared by DOCX, XLSX and PDF, which rows may
split across pages, headings kept with their rows, soft hyphens and document properties."""

from __future__ import annotations

import getpass
import io
import zipfile
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from docx.oxml.ns import qn

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportOptions, ReportStyle, build_report
from desktop_app.domain.report_columns import KEEP_WHOLE_LINES, LineEstimate, column_widths_mm
from desktop_app.exchange.docx_report import TWIPS_PER_MM, build_docx, save_docx
from desktop_app.exchange.hyphenate import SOFT_HYPHEN
from desktop_app.exchange.report_service import build_store_report
from desktop_app.exchange.xlsx_report import column_width_chars, save_xlsx

Q1 = ReportPeriod.quarter(2020, 1)
DEPT = Department(name="Департамент", id="d")
AGR = [Agreement(title="Соглашение о сотрудничестве с Тверской областью", id="a")]
LONG = ("Делегация области: представители департамента, муниципальных образований, "
        "предприятий агропромышленного комплекса и научных организаций региона. ") * 4


def event(i: int, **kw) -> Event:
    base = dict(department_id="d", title=f"Мероприятие {i}", timing="5 февраля",
                starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5), agreement_ids=["a"],
                note="-", id=f"e{i}", position=i)
    base.update(kw)
    return Event(**base)


def report(evs):
    return build_report([DEPT], AGR, evs, ReportOptions(period=Q1))


def tr_pr(tr, tag: str):
    return tr.find(f"{qn('w:trPr')}/{qn(tag)}")


# -- widths ---------------------------------------------------------------------------

def test_widths_follow_the_text_and_fill_the_page():
    style = ReportStyle()
    # Everything long sits in «Участники»: that column gets wider than its share.
    rep = report([event(i, participants=LONG) for i in range(6)])
    widths = column_widths_mm(rep, style)
    assert sum(widths) == pytest.approx(style.text_width_mm)
    assert widths[5] > style.column_widths_mm()[5] + 10
    assert widths[0] == pytest.approx(style.column_widths_mm()[0])
    estimate = LineEstimate(style.table_font_size)
    rows = rep.event_rows()
    assert sum(estimate.row_lines(r, widths) for r in rows) < \
        sum(estimate.row_lines(r, style.column_widths_mm()) for r in rows)
    # fixed proportions when the region asks for them
    fixed = ReportStyle(balance_columns=False)
    assert column_widths_mm(rep, fixed) == fixed.column_widths_mm()


def test_docx_xlsx_and_pdf_print_the_same_widths(qapp, tmp_path):
    from desktop_app.exchange.pdf_layout import column_lefts

    style = ReportStyle()
    rep = report([event(i, participants=LONG, result="итог") for i in range(4)])
    widths = column_widths_mm(rep, style)
    grid = build_docx(rep, style)._element.body.find(f".//{qn('w:tblGrid')}")
    docx_mm = [int(c.get(qn("w:w"))) / TWIPS_PER_MM for c in grid.findall(qn("w:gridCol"))]
    assert docx_mm == pytest.approx(widths, abs=0.1)
    ws = openpyxl.load_workbook(save_xlsx(rep, tmp_path / "r.xlsx", style)).active
    assert [ws.column_dimensions[c].width for c in "ABCDEFGH"] == pytest.approx(
        [column_width_chars(w, style.table_font_size) for w in widths], abs=0.01)
    lefts = column_lefts(rep, style, 1000.0)
    pdf = [(b - a) / 1000.0 * style.text_width_mm for a, b in zip(lefts, lefts[1:],
                                                                   strict=False)]
    assert pdf == pytest.approx(widths, abs=0.01)


# -- rows that split, headings that stay ---------------------------------------------------

def test_docx_keeps_only_short_rows_whole(tmp_path):
    style = ReportStyle()
    rep = report([event(0), event(1, result=LONG * 3), event(2)])
    trs = build_docx(rep, style)._element.body.find(qn("w:tbl")).findall(qn("w:tr"))
    header, period, department, *body = trs
    assert tr_pr(header, "w:cantSplit") is not None and tr_pr(header, "w:tblHeader") is not None
    widths = column_widths_mm(rep, style)
    lines = [LineEstimate(style.table_font_size).row_lines(r, widths) for r in rep.event_rows()]
    assert lines[0] < KEEP_WHOLE_LINES <= lines[1]
    assert [tr_pr(tr, "w:cantSplit") is not None for tr in body] == [True, False, True]
    assert all(tr_pr(tr, "w:tblHeader") is None for tr in body)


def test_docx_headings_keep_with_the_next_row():
    doc = build_docx(report([event(0), event(1)]))
    trs = doc._element.body.find(qn("w:tbl")).findall(qn("w:tr"))
    for tr in trs[1:3]:  # «I квартал» and the department
        paragraphs = tr.findall(f".//{qn('w:p')}")
        assert paragraphs and all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
                                  for p in paragraphs)
    for tr in trs[3:]:
        assert tr.find(f".//{qn('w:keepNext')}") is None


def test_docx_header_words_carry_soft_hyphens():
    doc = build_docx(report([event(0)]))
    header = doc._element.body.find(qn("w:tbl")).find(qn("w:tr"))
    cells = header.findall(qn("w:tc"))
    note = cells[7]  # «Примечание (причины невыполнения запланированных мероприятий)»
    assert len(note.findall(f".//{qn('w:softHyphen')}")) >= 5
    assert not any(SOFT_HYPHEN in (t.text or "") for t in header.iter(qn("w:t")))
    # the text a reader extracts is still the plain header
    assert "".join(t.text for t in note.iter(qn("w:t"))) == \
        "Примечание (причины невыполнения запланированных мероприятий)"


# -- document properties -------------------------------------------------------------------

def parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_docx_properties_are_this_reports(tmp_path):
    before = datetime.now(UTC).replace(microsecond=0)
    style = ReportStyle(executor="Исп. Петрова А.А.\nтел. 29-10-00")
    path = save_docx(report([event(0)]), tmp_path / "r.docx", style)
    from docx import Document

    props = Document(str(path)).core_properties
    assert props.title == "Отчет о реализации соглашений в сфере межрегионального " \
        "сотрудничества за I квартал 2020 года"
    assert props.subject == "за I квартал 2020 года"
    assert props.author == props.last_modified_by == "Петрова А.А."
    assert props.comments == ""
    for stamp in (props.created, props.modified):
        stamp = stamp.replace(tzinfo=UTC)
        assert before - timedelta(seconds=1) <= stamp <= datetime.now(UTC) + timedelta(seconds=1)
    files = parts(path)
    assert b"python-docx" not in files["docProps/core.xml"]
    app = files["docProps/app.xml"].decode()
    assert "<Application>interreg " in app and "Macintosh" not in app and "<Pages>" not in app
    assert not any("thumbnail" in name for name in files)
    assert "word/stylesWithEffects.xml" not in files
    assert b"stylesWithEffects" not in files["word/_rels/document.xml.rels"]
    assert b"thumbnail" not in files["_rels/.rels"]


def test_docx_author_without_an_executor_is_the_login_name(tmp_path):
    from docx import Document

    path = save_docx(report([event(0)]), tmp_path / "r.docx")
    assert Document(str(path)).core_properties.author == getpass.getuser()


def test_the_shipped_template_has_no_stale_properties():
    from desktop_app.exchange.docx_report import DEFAULT_TEMPLATE
    from desktop_app.paths import resource

    files = parts(io.BytesIO(resource(*DEFAULT_TEMPLATE).read_bytes()))
    assert b"python-docx" not in files["docProps/core.xml"]
    assert b"2013" not in files["docProps/core.xml"]
    assert b"Macintosh" not in files["docProps/app.xml"]
    assert "docProps/thumbnail.jpeg" not in files and "word/stylesWithEffects.xml" not in files
    # rows are split or kept whole per row by the renderer, not all kept by the template
    document = files["word/document.xml"].decode()
    assert document.count("<w:cantSplit/>") == 1


# -- the demo in numbers ------------------------------------------------------------------

def test_demo_docx_short_rows_whole_long_rows_free(demo_store):
    style = ReportStyle()
    rep = build_store_report(demo_store, Q1)
    trs = build_docx(rep, style)._element.body.find(qn("w:tbl")).findall(qn("w:tr"))
    event_trs = [tr for tr in trs[1:] if len(tr.findall(qn("w:tc"))) == 8]
    widths = column_widths_mm(rep, style)
    estimate = LineEstimate(style.table_font_size)
    whole = [tr_pr(tr, "w:cantSplit") is not None for tr in event_trs]
    assert whole == [estimate.row_lines(r, widths) < KEEP_WHOLE_LINES for r in rep.event_rows()]
    assert whole.count(False) > 20  # most demo rows are long: they may break at a page end
