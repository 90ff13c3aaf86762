"""The Qt (PDF / print) rendering: the computed page layout that the painter draws,
and the PDF file made from it."""

from __future__ import annotations

import math
import re
from datetime import date

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtPrintSupport import QPrinter

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import EventRow, Report, ReportOptions, ReportStyle, build_report
from desktop_app.domain.report_columns import KEEP_WHOLE_LINES
from desktop_app.exchange.hyphenate import SOFT_HYPHEN, hyphenate_word
from desktop_app.exchange.pdf_layout import MIN_PIECE_LINES, Fonts, Page, layout_report
from desktop_app.exchange.pdf_report import configure_printer, save_pdf
from desktop_app.exchange.report_service import build_store_report

Q1 = ReportPeriod.quarter(2020, 1)
STYLE = ReportStyle()


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


@pytest.fixture
def printer(qapp) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, STYLE)
    return printer


def layout(report: Report, printer: QPrinter, style: ReportStyle = STYLE) -> list[Page]:
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    return layout_report(report, style, printer, rect.size().toSizeF())


def made_report(n: int, agreement: str = "Соглашение", result: str = "итог",
                repeat_every: int = 0) -> Report:
    dept = Department(name="Департамент", id="d")
    events = [
        Event(department_id="d", title=f"Мероприятие {k}", timing="5 февраля",
              starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5), agreement_ids=["a"],
              result=result, position=k,
              repeat_agreement=bool(repeat_every) and k % repeat_every == 0)
        for k in range(n)
    ]
    return build_report([dept], [Agreement(title=agreement, id="a")], events,
                        ReportOptions(period=Q1))


def table_room(pages: list[Page], printer: QPrinter) -> float:
    """Height a later page offers to rows under its number band and header."""
    body = printer.pageLayout().paintRectPixels(printer.resolution()).height()
    page = pages[1] if len(pages) > 1 else pages[0]
    return body - page.number_band - page.placements[0].height


def check_rules(report: Report, pages: list[Page], printer: QPrinter) -> None:
    """The document rules every layout must keep."""
    body = printer.pageLayout().paintRectPixels(printer.resolution()).height()
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert pages[0].title and pages[0].number_band == 0
    seen: dict[int, list[tuple[int, object]]] = {}
    for page in pages:
        # every page's table starts with the header row; later pages carry a number band
        assert page.placements[0].kind == "header"
        assert page.number == 1 or (page.number_band > 0 and not page.title)
        y = page.placements[0].y
        for k, place in enumerate(page.placements):
            assert place.y == pytest.approx(y, abs=1e-6)  # rows follow without gaps/overlaps
            y += place.height
            if place.kind == "section":
                # a section row never ends a page: the next row is on the same page
                assert k + 1 < len(page.placements)
                assert page.placements[k + 1].kind in ("section", "event")
            if place.kind == "event":
                seen.setdefault(place.row, []).append((place.part, place))
        assert y <= body + 1e-6
    for parts in seen.values():
        assert [p for p, _ in parts] == list(range(len(parts)))
        if len(parts) > 1:
            # only a long row is split (a short one moves whole), by whole lines, each
            # exactly once, and no piece but a remainder holds fewer than two lines
            lines = max(pc.cell.line_count for pc in parts[0][1].pieces)
            assert lines >= KEEP_WHOLE_LINES
            for _, place in parts[:-1]:
                assert max(pc.end - pc.first for pc in place.pieces) >= MIN_PIECE_LINES
            for column in {piece.column for _, place in parts for piece in place.pieces}:
                spans = [(pc.first, pc.end) for _, place in parts for pc in place.pieces
                         if pc.column == column]
                assert spans[0][0] == 0
                assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
                cell = next(pc.cell for _, pl in parts for pc in pl.pieces if pc.column == column)
                assert spans[-1][1] == cell.line_count
    assert sorted(seen) == [i for i, r in enumerate(report.rows) if isinstance(r, EventRow)]
    # merged agreement boxes: one per run per page, over exactly that page's rows of the run
    for page in pages:
        for box in page.boxes:
            start = report.rows[box.run_start]
            assert isinstance(start, EventRow) and start.run_length > 1
            rows = [p for p in page.placements if p.kind == "event"
                    and box.first_row <= p.row <= box.last_row]
            assert rows and all(box.run_start <= p.row < box.run_start + start.run_length
                                for p in rows)
            assert box.y == pytest.approx(rows[0].y)
            assert box.height == pytest.approx(sum(p.height for p in rows))
            assert box.cell.plain() == start.agreement_text
            assert box.repeated == (page.number > 1 and any(
                box.run_start in {b.run_start for b in earlier.boxes}
                for earlier in pages[:page.number - 1]))


def test_demo_layout_keeps_the_rules(printer, demo_store):
    report = build_store_report(demo_store, Q1)
    pages = layout(report, printer)
    check_rules(report, pages, printer)
    labels = [report.rows[p.row].label for page in pages for p in page.placements
              if p.kind == "event" and p.part == 0]
    assert labels == [f"{n}." for n in range(1, 30)]
    # the run of rows 1.–4. crosses a page boundary and its agreement is printed again
    repeated = [b for page in pages for b in page.boxes if b.repeated]
    assert repeated
    first = report.event_rows()[0]
    assert any(b.cell.plain() == first.agreement_text for b in repeated)


def natural_heights(report: Report, pages: list[Page]) -> dict[int, float]:
    """Each row's height with all its lines (from its cells' text, not from its placements)."""
    heights: dict[int, float] = {}
    pad = pages[0].placements[0].height - max(pc.cell.height()
                                              for pc in pages[0].placements[0].pieces)
    for page in pages:
        for place in page.placements:
            if place.kind in ("event", "section") and place.part == 0:
                heights[place.row] = max(pc.cell.height() for pc in place.pieces) + pad
    return heights


def test_demo_pages_are_filled(printer, demo_store):
    """Rows break across pages as Word's do, so a page ends early only by what a short
    row (kept whole) or a heading with two lines of its row would need: the page count
    follows from the rows' heights and the room on a page."""
    report = build_store_report(demo_store, Q1)
    pages = layout(report, printer)
    room = table_room(pages, printer)
    heights = natural_heights(report, pages)
    line = max(pc.cell.height(0, 1) for page in pages for p in page.placements
               if p.kind == "event" for pc in p.pieces if pc.cell.line_count)
    short = [h for i, h in heights.items() if isinstance(report.rows[i], EventRow)
             and h < line * KEEP_WHOLE_LINES]
    sections = [h for i, h in heights.items() if not isinstance(report.rows[i], EventRow)]
    # the most a page can leave empty: a short row that moves whole, or a heading (with the
    # first lines of its row) that moves to keep them together
    waste = max(max(short, default=0), 2 * max(sections) + line * (MIN_PIECE_LINES + 1))
    first_page_loss = pages[0].placements[0].y  # the title
    total = sum(heights.values()) + first_page_loss
    assert len(pages) <= int(total / (room - waste)) + 1
    # Splitting long rows is what saves the paper (the counts follow the fonts installed).
    whole = whole_rows_pages(report, heights, room, first_page_loss)
    assert len(pages) < whole


def whole_rows_pages(report: Report, heights: dict[int, float], room: float,
                     first_page_loss: float) -> int:
    """Pages the rows would take were each kept whole (a heading with its first row),
    packed in order; a row taller than a page takes one to itself."""
    pages, used = 1, first_page_loss
    rows = sorted(heights)
    for k, i in enumerate(rows):
        need = min(heights[i], room)
        if not isinstance(report.rows[i], EventRow) and k + 1 < len(rows):
            need = min(need + heights[rows[k + 1]], room)  # a heading moves with its row
        if used + need > room:
            pages, used = pages + 1, 0.0
        used += min(heights[i], room)
    return pages


def test_lines_break_at_words_or_with_a_hyphen(printer, demo_store):
    """No line ends inside a word with no mark («мероприяти|я» was the bug)."""
    pages = layout(build_store_report(demo_store, Q1), printer)
    broken = []
    for page in pages:
        cells = [pc.cell for p in page.placements for pc in p.pieces]
        cells += [b.cell for b in page.boxes]
        for cell in cells:
            for k in range(cell.line_count - 1):
                line = cell.layout.lineAt(k)
                end = line.textStart() + line.textLength()
                if cell.text[end - 1] not in " \u2028-–—/" + SOFT_HYPHEN:
                    broken.append(cell.text[line.textStart():end])
    assert broken == []
    header = pages[0].placements[0].pieces[3].cell  # «Сроки проведения мероприятия», bold
    assert header.line_count > 1


def test_long_run_repeats_its_agreement_on_every_page(printer):
    report = made_report(120, agreement="Соглашение о сотрудничестве с Тверью")
    pages = layout(report, printer)
    check_rules(report, pages, printer)
    assert len(pages) >= 3
    assert [len(p.boxes) for p in pages] == [1] * len(pages)
    assert [b.repeated for p in pages for b in p.boxes] == [False] + [True] * (len(pages) - 1)


def test_over_tall_row_is_split_by_lines(printer):
    long_text = " ".join(f"слово{k}" for k in range(1500))
    report = made_report(3, result=long_text)
    pages = layout(report, printer)
    check_rules(report, pages, printer)
    parts = [p for page in pages for p in page.placements if p.kind == "event" and p.row == 2]
    assert len(parts) > 1 and [p.complete for p in parts][-1] and not parts[0].complete


def test_signature_goes_under_the_table(printer):
    style = ReportStyle(signature="Начальник управления   И.И. Иванов", executor="Исп. Петров")
    report = made_report(2)
    pages = layout(report, printer, style)
    last = pages[-1].placements[-1]
    assert last.kind == "text" and "Иванов" in last.pieces[0].cell.plain()


def test_hyphenation_breaks_between_syllables():
    assert hyphenate_word("сельскохозяйственные").split(SOFT_HYPHEN) == [
        "сель", "ско", "хо", "зяй", "ствен", "ные"]
    assert hyphenate_word("сотрудничества").split(SOFT_HYPHEN)[-1] == "тва"
    assert hyphenate_word("мы") == "мы"


def test_pdf_file_has_the_computed_pages(qapp, printer, demo_store, tmp_path):
    report = build_store_report(demo_store, Q1)
    path = save_pdf(report, tmp_path / "r.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) > 0
    small = build_store_report(demo_store, Q1, [demo_store.departments()[3].id])
    assert 0 < pdf_pages(save_pdf(small, tmp_path / "s.pdf").read_bytes()) < pdf_pages(data)


def test_three_thousand_rows_paginate(printer, tmp_path):
    # How fast is a benchmark's question (benchmarks/), not a test's.
    report = made_report(3000, repeat_every=7)
    pages = layout(report, printer)
    check_rules(report, pages, printer)
    assert len(pages) > 50


@pytest.mark.parametrize("rows", [1, 3])
def test_pdf_page_count_follows_from_row_heights(qapp, printer, tmp_path, rows):
    """Rows each taller than half a page but shorter than a page: one page per row.

    The expectation comes from the page geometry and the font's line spacing alone,
    not from the layout under test."""
    body = printer.pageLayout().paintRectPixels(printer.resolution()).height()
    line = QFontMetricsF(Fonts.from_style(STYLE).table, printer).lineSpacing()
    lines = math.ceil(0.55 * body / line)
    tall = made_report(rows, result="\n".join(["строка"] * lines))
    assert pdf_pages(save_pdf(tall, tmp_path / "tall.pdf").read_bytes()) == rows
    short = made_report(rows)
    assert pdf_pages(save_pdf(short, tmp_path / "short.pdf").read_bytes()) == 1
