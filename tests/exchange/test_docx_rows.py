"""The table rows the DOCX export writes as XML text: each cell's text escaped, whatever
it holds, and read back by Word (lxml here) as the text the report model gave."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import EventRow, ReportStyle
from desktop_app.exchange import docx_body, xml_text
from desktop_app.exchange.docx_text import _PARSER, load_template
from desktop_app.exchange.report_service import build_store_report
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
ODD = "Договор «А & Б» <№ 5> & ещё"


def _template_roots() -> tuple[etree._Element, etree._Element]:
    parts = load_template(None)
    document = parts.target("/", RT + "officeDocument")
    styles = parts.target(document, RT + "styles")
    return (etree.fromstring(parts.blobs[document], _PARSER),
            etree.fromstring(parts.blobs[styles], _PARSER))


def _cell_texts(row_xml: str, nsmap: dict) -> list[str]:
    declared = " ".join(f'xmlns:{k}="{v}"' for k, v in nsmap.items() if k)
    tr = etree.fromstring(f"<w:tbl {declared}>{row_xml}</w:tbl>")[0]
    return ["\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p"))
            for tc in tr.iter(W + "tc")]


@pytest.fixture
def store() -> Store:
    store = Store.in_memory()
    load_demo(store)
    event = store.events_in_period(Q1)[0]
    store.save_event(replace(event, title=ODD, note="<b>&amp;</b>", result="a > b"))
    return store


def test_each_cell_reads_back_as_the_report_models_text(store, monkeypatch):
    report = build_store_report(store, Q1)
    calls = []
    original = xml_text.xml_text
    monkeypatch.setattr(docx_body, "xml_text", lambda t: calls.append(t) or original(t))
    filled = docx_body.fill_template(*_template_roots(), report, ReportStyle(), None)
    event_rows = [r for r in report.rows if isinstance(r, EventRow)]
    written = [x for x in filled.rows if x.count("<w:tc>") > 1]
    assert len(written) == len(event_rows)
    for row, xml in zip(event_rows, written, strict=True):
        assert _cell_texts(xml, filled.nsmap) == list(row.texts())
    assert any(ODD in t for r in event_rows for t in r.texts())
    # The row's texts are escaped together: one call per row, not one per cell.
    assert len(calls) == len(report.rows)


def test_a_text_holding_nul_is_escaped_cell_by_cell():
    # NUL separates the texts in the one-call way: a text holding it must not split into
    # extra cells (the report model strips NUL; the row writer must not rely on it).
    doc_root, _styles = _template_roots()
    tr = doc_root.find(f".//{W}tbl").findall(f"{W}tr")[-1]
    cells = tr.findall(f"{W}tc")
    writer = docx_body._RowText(docx_body._shell(tr),
                                [docx_body._CellShape(tc, ReportStyle()) for tc in cells])
    texts = ["1", "а\x00б & в", *["x"] * (len(cells) - 2)]
    xml = writer.row(texts)
    assert xml.count("<w:tc>") == len(cells)
    assert "а\x00б &amp; в" in xml


@pytest.mark.parametrize("length", [1, 63, 64, 65, 5000])
@pytest.mark.parametrize("char, reference", [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
                                             ("\r", "&#13;")])
def test_xml_text_escapes_each_special_character_in_short_and_long_texts(length, char, reference):
    # Short texts are searched one way, long ones another: each must find the character
    # wherever it is, and a text without any comes back as it was.
    plain = ("ё" * length)[:length]
    assert xml_text.xml_text(plain) == plain
    for at in sorted({0, length // 2, length - 1}):
        text = plain[:at] + char + plain[at + 1:]
        expected = plain[:at] + reference + plain[at + 1:]
        assert xml_text.xml_text(text) == expected
        assert etree.fromstring(f"<a>{xml_text.xml_text(text)}</a>").text == text


@pytest.mark.parametrize("value", ['Лист "Отчёт"', "a<b & c>d", "строка\nвторая", "таб\tтаб",
                                   "cr\rcr", "простое"])
def test_xml_attribute_is_what_lxml_writes(value):
    # The XLSX and DOCX written as text put sheet names, fonts and part names in attributes:
    # the bytes must be lxml's (the tests compare whole parts with the libraries' files).
    element = etree.Element("a")
    element.set("v", value)
    expected = etree.tostring(element, encoding="unicode")
    assert f'<a v="{xml_text.xml_attribute(value)}"/>' == expected
    assert etree.fromstring(expected).get("v") == value
