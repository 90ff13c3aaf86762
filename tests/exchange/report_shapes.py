"""Builds the reference report (I квартал 2020) in the shapes offices produce.

Each shape is made in code with python-docx or openpyxl from the reference
data in resources/demo, so a test can import it and compare every field with
that data. :class:`Shape` lists the variations; the defaults are the
reference document's own shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.demo import DEMO_FILE, load_json

HEADER = [
    ["№ п/п"],
    ["Соглашение ", "о сотрудничестве, ", "в рамках которого была ", "проведена работа"],
    ["Наименование мероприятия"],
    ["Сроки проведения мероприя-тия"],
    ["Место проведения", "мероприятия"],
    ["Участники мероприятия (общее количество, представители регионов, другие "
     "дополнительные сведения)"],
    ["Содержание и результат мероприятия (в том числе краткая информация о достигнутых "
     "договоренностях, подписанных документах и т.д.)"],
    ["Примечание", "(причины невыполнения запланирова-нных мероприятий)"],
]
TITLE = "Отчет о реализации соглашений в сфере межрегионального сотрудничества"
PERIOD_LINE = "за I квартал 2020 года"


@dataclass(frozen=True)
class Shape:
    merge: str = "vmerge"  # vmerge | blank: how "same agreement as above" is shown
    sections: str = "span"  # span | first_cell
    column_numbers: bool = True
    split: str = ""  # "" | department (a table per department) | pages (every 10 rows)
    header_breaks: bool = True
    title_paragraphs: int = 1
    multi: str = "paragraphs"  # paragraphs | breaks | blank_lines
    debris: bool = True  # «[bookmark: _GoBack]» before row 1's timing
    messy_spaces: bool = True  # runs of spaces and trailing blanks, as typed


def reference() -> dict[str, Any]:
    return load_json(*DEMO_FILE)


def reference_rows(data: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The 29 rows with names resolved: department name, agreement spellings as typed."""
    data = data or reference()
    depts = {d["key"]: d["name"] for d in data["departments"]}
    spelling = {a["key"]: a["spellings"][0] for a in data["agreements"]}
    titles = {a["key"]: a["title"] for a in data["agreements"]}
    rows = []
    for e in data["events"]:
        rows.append(
            dict(
                e,
                department_name=depts[e["department"]],
                agreement_texts=[spelling[k] for k in e["agreements"]],
                agreement_titles=[titles[k] for k in e["agreements"]],
            )
        )
    return rows


def _same_as_above(rows: list[dict[str, Any]], i: int) -> bool:
    """The agreement cell is left blank/merged, as the reference does."""
    if i == 0:
        return False
    prev, row = rows[i - 1], rows[i]
    return (
        prev["department"] == row["department"]
        and prev["agreements"] == row["agreements"]
        and not row["repeat_agreement"]
    )


def _messy(text: str, shape: Shape) -> str:
    if not shape.messy_spaces or not text:
        return text
    return text.replace(" ", "  ", 1) + " "


# --- DOCX -------------------------------------------------------------------


def _write_lines(cell, lines: list[str], breaks: bool = False) -> None:
    """Lines as paragraphs (or as one paragraph with line breaks)."""
    first = cell.paragraphs[0]
    if breaks:
        run = first.add_run()
        for n, line in enumerate(lines):
            if n:
                run.add_break()
            run.add_text(line)
        return
    for n, line in enumerate(lines):
        para = first if n == 0 else cell.add_paragraph()
        para.add_run(line)


def _agreement_lines(texts: list[str], shape: Shape) -> tuple[list[str], bool]:
    if len(texts) == 1:
        return texts, False
    if shape.multi == "blank_lines":
        lines: list[str] = []
        for t in texts:
            lines += ([""] if lines else []) + [t]
        return lines, False
    return list(texts), shape.multi == "breaks"


def _new_table(document, shape: Shape, with_header: bool):
    table = document.add_table(rows=0, cols=8)
    table.style = "Table Grid"
    if with_header:
        cells = table.add_row().cells
        for cell, lines in zip(cells, HEADER, strict=True):
            _write_lines(cell, lines if shape.header_breaks else [" ".join(lines)], breaks=True)
        if shape.column_numbers:
            for n, cell in enumerate(table.add_row().cells, 1):
                cell.text = str(n)
    return table


def _section_row(table, text: str, shape: Shape) -> None:
    cells = table.add_row().cells
    if shape.sections == "span":
        cells[0].merge(cells[7]).text = text
    else:
        cells[0].text = text


def build_docx(path: Path, shape: Shape = Shape(), rows: list[dict[str, Any]] | None = None) -> Path:
    import docx

    rows = rows if rows is not None else reference_rows()
    document = docx.Document()
    if shape.title_paragraphs == 1:
        document.add_paragraph(f"{TITLE} {PERIOD_LINE}")
    else:
        document.add_paragraph(TITLE)
        document.add_paragraph(PERIOD_LINE)
    table = _new_table(document, shape, True)
    _section_row(table, "I квартал", shape)
    merge_top = None
    for i, row in enumerate(rows):
        new_dept = i == 0 or rows[i - 1]["department"] != row["department"]
        page_break = shape.split == "pages" and i and i % 10 == 0
        if new_dept and shape.split == "department" and i:
            document.add_paragraph("")
            table = _new_table(document, shape, True)
            merge_top = None
        elif page_break:
            document.add_paragraph("")
            table = _new_table(document, shape, False)
            merge_top = None
        if new_dept:
            _section_row(table, row["department_name"], shape)
        cells = table.add_row().cells
        cells[0].text = f"{row['number']}."
        if _same_as_above(rows, i) and merge_top is not None and shape.merge == "vmerge":
            merge_top = merge_top.merge(cells[1])
        elif _same_as_above(rows, i):
            merge_top = None if shape.merge == "blank" else merge_top
        else:
            lines, breaks = _agreement_lines(row["agreement_texts"], shape)
            _write_lines(cells[1], lines, breaks)
            merge_top = cells[1]
        timing = row["timing"]
        if shape.debris and row["number"] == 1:
            timing = "[bookmark: _GoBack]" + timing
        _write_lines(cells[2], row["title"].split("\n"))
        cells[3].text = _messy(timing, shape)
        for col, key in ((4, "place"), (5, "participants"), (6, "result"), (7, "note")):
            _write_lines(cells[col], _messy(row[key], shape).split("\n") if row[key] else [""])
    document.save(path)
    return path


# --- XLSX -------------------------------------------------------------------


def build_xlsx(path: Path, shape: Shape = Shape(), rows: list[dict[str, Any]] | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    rows = rows if rows is not None else reference_rows()
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчет"
    r = 1
    titles = [f"{TITLE} {PERIOD_LINE}"] if shape.title_paragraphs == 1 else [TITLE, PERIOD_LINE]
    for text in titles:
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
    r += 1
    for c, lines in enumerate(HEADER, 1):
        ws.cell(r, c, "\n".join(lines) if shape.header_breaks else " ".join(lines)).alignment = wrap
    r += 1
    if shape.column_numbers:
        for c in range(1, 9):
            ws.cell(r, c, c)
        r += 1

    def section(text: str) -> None:
        nonlocal r
        ws.cell(r, 1, text)
        if shape.sections == "span":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1

    section("I квартал")
    merge_from = None
    for i, row in enumerate(rows):
        if i == 0 or rows[i - 1]["department"] != row["department"]:
            if merge_from is not None and merge_from < r - 1:
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r - 1, end_column=2)
            merge_from = None
            section(row["department_name"])
        ws.cell(r, 1, f"{row['number']}.")
        if not _same_as_above(rows, i):
            if merge_from is not None and shape.merge == "vmerge" and merge_from < r - 1:
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r - 1, end_column=2)
            sep = "\n\n" if shape.multi == "blank_lines" else "\n"
            ws.cell(r, 2, sep.join(row["agreement_texts"])).alignment = wrap
            merge_from = r
        timing = row["timing"]
        if shape.debris and row["number"] == 1:
            timing = "[bookmark: _GoBack]" + timing
        values = [row["title"], _messy(timing, shape), row["place"], row["participants"],
                  row["result"], row["note"]]
        for c, value in enumerate(values, 3):
            if value:
                ws.cell(r, c, _messy(value, shape) if c > 4 else value).alignment = wrap
        r += 1
    if merge_from is not None and shape.merge == "vmerge" and merge_from < r - 1:
        ws.merge_cells(start_row=merge_from, start_column=2, end_row=r - 1, end_column=2)
    wb.save(path)
    return path
