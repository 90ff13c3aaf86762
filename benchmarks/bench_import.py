"""Import of a 10,000-row DOCX against reading the same table through python-docx.

Run: /work/venv/bin/python benchmarks/bench_import.py [ROWS]

Builds a report-shaped DOCX (header, column numbers, department section rows
spanning the table, agreement cells merged down over runs of five rows, two
paragraphs per cell), then times in the same run:

* the importer's reader (lxml over word/document.xml → numbered rows);
* the whole import preview (reading, name matching, timing phrases, idempotence);
* python-docx opening the file and reading every ``row.cells[i].text``.

Each figure is the best of its runs (six of the reader, three of python-docx, in
interleaved rounds): other work on the machine only ever adds time.
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEADERS = ["№ п/п", "Соглашение о сотрудничестве", "Наименование мероприятия", "Сроки проведения",
           "Место проведения", "Участники мероприятия", "Содержание и результат", "Примечание"]
AGREEMENTS = [f"Соглашение между Администрацией Смоленской области и Правительством области № {n} "
              "о торгово-экономическом, научно-техническом и культурном сотрудничестве"
              for n in range(1, 9)]
MONTHS = ["января", "февраля", "марта"]


def _cell(text: str, span: int = 1, vmerge: str | None = None) -> str:
    pr = ""
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    paras = "".join(
        f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>"
        for line in text.split("\n")
    )
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{paras}</w:tc>"


def build(path: Path, rows: int) -> None:
    out = [f'<w:document xmlns:w="{W}"><w:body>',
           "<w:p><w:r><w:t>Отчет о реализации соглашений в сфере межрегионального "
           "сотрудничества за I квартал 2020 года</w:t></w:r></w:p><w:tbl><w:tblGrid>",
           "<w:gridCol/>" * 8, "</w:tblGrid>",
           "<w:tr>" + "".join(_cell(h) for h in HEADERS) + "</w:tr>",
           "<w:tr>" + "".join(_cell(str(n)) for n in range(1, 9)) + "</w:tr>",
           "<w:tr>" + _cell("I квартал", 8) + "</w:tr>"]
    for i in range(rows):
        if i % 500 == 0:
            out.append("<w:tr>" + _cell(f"Департамент Смоленской области № {i // 500 + 1}", 8)
                       + "</w:tr>")
        run_start = i % 5 == 0 or i % 500 == 0
        agreement = _cell(AGREEMENTS[(i // 5) % 8], vmerge="restart") if run_start \
            else _cell("", vmerge="continue")
        day = i % 27 + 1
        cells = [_cell(f"{i + 1}."), agreement,
                 _cell(f"Мероприятие {i + 1}\nвторая строка наименования"),
                 _cell(f"{day}-{day + 1} {MONTHS[i % 3]}"), _cell("г. Смоленск\nЗдание Дома Советов"),
                 _cell(f"Всего {i % 300 + 10} участников из 5 регионов"),
                 _cell("Обмен опытом работы.\nПодписано соглашение."), _cell("-")]
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl><w:sectPr/></w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", "".join(out))


def timed(fn, repeat: int = 1):
    """The best of ``repeat`` runs: other work on the machine only ever adds time."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def python_docx_read(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    count = 0
    for table in document.tables:
        for row in table.rows:
            texts = [cell.text for cell in row.cells]
            if texts[0].strip().endswith(".") and texts[0].strip()[:-1].isdigit():
                count += 1
    return count


def main() -> None:
    from desktop_app.exchange.docx_reader import read_docx
    from desktop_app.exchange.importer import import_files
    from desktop_app.storage.store import Store

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report_10000.docx"
        build(path, rows)
        print(f"DOCX: {rows} rows, {path.stat().st_size / 1e6:.1f} MB")
        # Rounds interleave the two readers, so a burst of other work on the machine
        # (tests, builds) falls on both rather than on all of one side's runs.
        ours = theirs = float("inf")
        for _ in range(3):
            took, table = timed(lambda: read_docx(path), repeat=2)
            ours = min(ours, took)
            took, count = timed(lambda: python_docx_read(path))
            theirs = min(theirs, took)
        plan_time, plan = timed(
            lambda: import_files(Store.in_memory(), [path], create_missing=True), repeat=2)
        assert len(table.rows) == count == rows, (len(table.rows), count)
        assert len(plan.rows) == rows
        print("best of several interleaved runs each, measured in this run:")
        print(f"importer reader (lxml):          {ours:8.2f} s")
        print(f"whole import preview (plan):     {plan_time:8.2f} s")
        print(f"python-docx rows/cells:          {theirs:8.2f} s")
        print(f"ratio python-docx / reader:      {theirs / ours:8.1f}x")
        print(f"ratio python-docx / preview:     {theirs / plan_time:8.1f}x")


if __name__ == "__main__":
    main()
