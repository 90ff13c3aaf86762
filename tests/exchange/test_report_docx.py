"""The DOCX renderer: page setup, table structure, merges on long runs, template seam."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportOptions, ReportStyle, build_report
from desktop_app.exchange.docx_report import build_docx, save_docx
from desktop_app.exchange.files import ExportError

Q1 = ReportPeriod.quarter(2020, 1)
DEPT = Department(name="Департамент", id="d")
AGR = [Agreement(title="Соглашение А", id="a"), Agreement(title="Соглашение Б", id="b")]


def events(n: int, agreements=("a",)) -> list[Event]:
    return [Event(department_id="d", title=f"Мероприятие {i}", timing="5 февраля",
                  starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5),
                  agreement_ids=list(agreements), note="-", id=f"e{i}") for i in range(n)]


def report(evs):
    return build_report([DEPT], AGR, evs, ReportOptions(period=Q1))


def rows(doc):
    return doc.tables[0]._tbl.findall(qn("w:tr"))


def test_page_setup_fonts_and_page_numbers(tmp_path):
    style = ReportStyle(font_name="PT Astra Serif", table_font_size=11, margin_left_mm=25,
                        margin_right_mm=12, margin_top_mm=15, margin_bottom_mm=18)
    path = save_docx(report(events(3)), tmp_path / "r.docx", style)
    doc = Document(str(path))
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert abs(section.page_width - Mm(297)) < Mm(1)
    assert abs(section.left_margin - Mm(25)) < Mm(0.1)
    assert abs(section.right_margin - Mm(12)) < Mm(0.1)
    assert abs(section.top_margin - Mm(15)) < Mm(0.1)
    # numbers from page two: a different (empty) first-page header and a PAGE field
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml
    assert "PAGE" not in section.first_page_header._element.xml
    # the table's runs take font and size from Normal; header and section rows name them
    normal = doc.styles["Normal"]
    assert normal.font.name == "PT Astra Serif" and normal.font.size == Pt(11)
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "PT Astra Serif"
    event_run = rows(doc)[3].find(".//" + qn("w:r"))
    assert event_run.find(f"{qn('w:rPr')}/{qn('w:sz')}") is None
    section_run = rows(doc)[2].find(".//" + qn("w:r"))
    assert section_run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:ascii")) == \
        "PT Astra Serif"
    assert section_run.find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val")) == "22"
    title = doc.paragraphs[0]
    assert title.text == "Отчет о реализации соглашений в сфере межрегионального сотрудничества"
    assert title.runs[0].bold and title.runs[0].font.size == Pt(14)
    assert doc.paragraphs[1].text == "за I квартал 2020 года"


def test_table_structure_header_repeat_cant_split_section_span(tmp_path):
    doc = build_docx(report(events(2)))
    trs = rows(doc)
    assert len(trs) == 1 + 2 + 2  # header, «I квартал», department, two rows
    assert trs[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in trs)
    for tr in trs[1:3]:
        tcs = tr.findall(qn("w:tc"))
        assert len(tcs) == 1
        assert tcs[0].find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}").get(qn("w:val")) == "8"
    grid = doc.tables[0]._tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))
    widths = [int(g.get(qn("w:w"))) for g in grid]
    assert len(widths) == 8 and widths[0] == min(widths)
    assert abs(sum(widths) - Mm(267).twips) < 10


def test_several_agreements_are_separate_paragraphs():
    doc = build_docx(report(events(1, agreements=("a", "b"))))
    tc = rows(doc)[3].findall(qn("w:tc"))[1]
    paras = ["".join(t.text for t in p.iter(qn("w:t"))) for p in tc.findall(qn("w:p"))]
    assert paras == ["Соглашение А", "Соглашение Б"]


def test_three_thousand_row_run_merges(tmp_path):
    path = save_docx(report(events(3000)), tmp_path / "long.docx")
    trs = rows(Document(str(path)))
    assert len(trs) == 3003
    merges = [tr.findall(qn("w:tc"))[1].find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") for tr in trs[3:]]
    assert merges[0].get(qn("w:val")) == "restart"
    assert all(m is not None and m.get(qn("w:val")) is None for m in merges[1:])
    assert "".join(t.text for t in trs[-1].iter(qn("w:t"))).startswith("3000.")


def test_signature_and_executor_lines():
    style = ReportStyle(signature="Начальник отдела\nИ.И. Иванов", executor="Петрова А.А.")
    doc = build_docx(report(events(1)), style)
    texts = [p.text for p in doc.paragraphs]
    assert "Начальник отдела\nИ.И. Иванов" in texts
    assert "Исп. Петрова А.А." in texts
    plain = build_docx(report(events(1)))
    assert not any("{" in p.text for p in plain.paragraphs)


def test_customize_callback_sees_the_document():
    seen = []
    doc = build_docx(report(events(1)), customize=lambda d: seen.append(len(d.tables)))
    assert seen == [1] and doc is not None


def test_region_template_is_used(tmp_path):
    template = Document()
    template.add_paragraph("Бланк региона")
    template.add_paragraph("{title}")
    table = template.add_table(rows=2, cols=8)
    table.cell(1, 0).text = "x"
    template_path = tmp_path / "blank.docx"
    template.save(str(template_path))
    doc = build_docx(report(events(2)), template=template_path)
    assert doc.paragraphs[0].text == "Бланк региона"
    assert doc.paragraphs[1].text.startswith("Отчет о реализации")
    trs = rows(doc)
    assert len(trs) == 5
    section_tc = trs[1].findall(qn("w:tc"))
    assert len(section_tc) == 1  # a section row derived from the numbered-row prototype


@pytest.mark.parametrize(("content", "words"), [(b"not a docx", "не является документом Word"),
                                               (None, "не найден")],
                         ids=["not-a-docx", "missing"])
def test_bad_template_gives_a_plain_message(tmp_path, content, words):
    path = tmp_path / "t.docx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ExportError, match=words):
        build_docx(report(events(1)), template=path)


def test_template_without_table_is_refused(tmp_path):
    path = tmp_path / "t.docx"
    Document().save(str(path))
    with pytest.raises(ExportError, match="нет таблицы"):
        build_docx(report(events(1)), template=path)


def test_saved_rows_are_the_bytes_the_built_document_would_save(tmp_path):
    """save_docx writes the rows' XML text straight into document.xml; it must be what
    python-docx would write for the same rows parsed into the document (build_docx)."""
    import zipfile

    evs = events(3, agreements=("a", "b")) + [Event(
        id="amp", department_id="d", title="A & B <c> \"q\"\nвторая строка", timing="1 марта",
        starts_on=date(2020, 3, 1), ends_on=date(2020, 3, 1), agreement_ids=[], note="")]
    rep = report(evs)
    parsed, spliced = tmp_path / "parsed.docx", tmp_path / "spliced.docx"
    build_docx(rep).save(str(parsed))
    save_docx(rep, spliced)
    xml = [zipfile.ZipFile(p).read("word/document.xml") for p in (parsed, spliced)]
    assert xml[1] == xml[0]
    assert b"A &amp; B &lt;c&gt;" in xml[1]
    assert [[c.text for c in r.cells] for r in Document(str(spliced)).tables[0].rows] == \
        [[c.text for c in r.cells] for r in Document(str(parsed)).tables[0].rows]
