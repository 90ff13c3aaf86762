"""Attack 6: an XLSX that costs nothing to send and everything to read."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.exchange.report_file import ImportFileError
from desktop_app.exchange.xlsx_reader import read_xlsx

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
       '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
       '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
       'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
       'relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
            '"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')
_HEADER = ["№ п/п", "Соглашение", "Наименование мероприятия", "Сроки проведения",
           "Место проведения", "Участники", "Содержание и результат", "Примечание"]


def _xlsx(path: Path, strings: list[str], rows: str) -> Path:
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/sharedStrings.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
                   f'.org/spreadsheetml/2006/main">{sst}</sst>')
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                   'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                   f"{rows}</sheetData></worksheet>")
    return path


def _header_row() -> str:
    cells = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i + 1}</v></c>' for i in range(8))
    return f'<row r="1">{cells}</row>'


def test_a_shared_strings_bomb_is_refused_plainly(tmp_path):
    """One 99,000-letter string referenced by 1,600 cells: 158 million letters from 40 KB.

    (The attack used 160,000 cells; a hundredth is enough to cross the budget and
    keeps the test from filling the machine's memory where the budget is missing.)
    """
    rows = [_header_row()]
    for r in range(2, 202):
        rows.append(f'<row r="{r}">' + "".join(
            f'<c r="{col}{r}" t="s"><v>0</v></c>' for col in "ABCDEFGH") + "</row>")
    path = _xlsx(tmp_path / "bomb.xlsx", ["Я" * 99_000, *_HEADER], "".join(rows))
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFileError, match="слишком много текста"):
        read_xlsx(path)


_READ_IN_A_SMALL_PROCESS = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (700 * 1024 * 1024, 700 * 1024 * 1024))
from desktop_app.exchange.report_file import ImportFileError
from desktop_app.exchange.xlsx_reader import read_xlsx
try:
    table = read_xlsx(sys.argv[1])
    print("rows", len(table.rows))
except ImportFileError as exc:
    print("refused", exc)
"""


def test_a_far_away_cell_costs_nothing(tmp_path):
    """A 2 KB file whose last cell is H600000: read within 700 MB of address space."""
    rows = _header_row() + (
        '<row r="2"><c r="A2"><v>1</v></c><c r="C2" t="s"><v>3</v></c></row>'
        '<row r="600000"><c r="H600000" t="s"><v>8</v></c></row>'
    )
    path = _xlsx(tmp_path / "far.xlsx", ["", *_HEADER], rows)
    done = subprocess.run([sys.executable, "-c", _READ_IN_A_SMALL_PROCESS, str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(("rows 1", "refused")), done.stdout


def test_many_large_merged_ranges_are_refused_by_their_sum(tmp_path):
    """Found in the own pass: each range under the per-range cap, together billions of cells."""
    rows = _header_row() + '<row r="600000"><c r="H600000" t="s"><v>8</v></c></row>'
    merges = "".join(f'<mergeCell ref="A{2 + i}:H{599_000 + i}"/>' for i in range(3))
    path = _xlsx(tmp_path / "merges.xlsx", ["", *_HEADER], rows)
    with zipfile.ZipFile(path) as z:
        data = z.read("xl/worksheets/sheet1.xml").decode()
    rebuilt = tmp_path / "merges2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.replace("</sheetData>",
                                    f'</sheetData><mergeCells count="3">{merges}</mergeCells>'
                                    ).encode()
            dst.writestr(item.filename, body)
    with pytest.raises(ImportFileError, match="слишком велика"):
        read_xlsx(rebuilt)
