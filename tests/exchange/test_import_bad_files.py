"""Bad files get a plain message naming the file and the problem, and change nothing."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from openpyxl import Workbook
from report_shapes import build_docx, build_xlsx

from desktop_app.demo import load_demo
from desktop_app.exchange.importer import import_files
from desktop_app.exchange.report_file import ImportFileError
from desktop_app.storage.store import Store


def _few_columns(path):
    document = docx.Document()
    document.add_paragraph("Отчет за I квартал 2020 года")
    table = document.add_table(rows=2, cols=4)
    for n, cell in enumerate(table.rows[1].cells):
        cell.text = f"{n + 1}."
    document.save(path)


def _zip_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * (300 * 1024 * 1024) + b"/>")


def _xlsx_without_table(path):
    wb = Workbook()
    wb.active["A1"] = "Просто заметка"
    wb.save(path)


def _entity_expansion(path):
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", xml)


CASES = {
    "empty.docx": (lambda p: p.write_bytes(b""), "пуст"),
    "text.docx": (lambda p: p.write_text("не документ", encoding="utf-8"), "не документ Word"),
    "protected.docx": (
        lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504), "паролем"),
    "old.doc": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504),
                "старом формате"),
    "report.rtf": (lambda p: p.write_text("{\\rtf1\\ansi\\deff0 {Отчет}}", encoding="utf-8"),
                   "RTF. Откройте его в Word и сохраните как .docx"),
    "архив.zip": (lambda p: zipfile.ZipFile(p, "w").writestr("hello.txt", "hi"),
                  "это не документ Word (.docx) и не книга Excel (.xlsx)."),
    "no-document.docx": (
        lambda p: zipfile.ZipFile(p, "w").writestr("hello.txt", "hi"), "нет документа Word"),
    "few-columns.docx": (_few_columns, "столбц"),
    "no-table.xlsx": (_xlsx_without_table, "нет таблицы отчёта"),
    "bomb.docx": (_zip_bomb, "слишком велик"),
    "entities.docx": (_entity_expansion, "DTD"),
    "truncated.docx": (None, "повреждён"),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_file_is_refused_with_its_name_and_the_problem(name, tmp_path):
    path = tmp_path / name
    make, words = CASES[name]
    if make is None:
        whole = build_docx(tmp_path / "whole.docx").read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    else:
        make(path)
    store = Store.in_memory()
    load_demo(store)
    before = store.counts()
    with pytest.raises(ImportFileError) as caught:
        import_files(store, [path], create_missing=True)
    message = str(caught.value)
    assert name in message and words in message
    assert "Traceback" not in message
    assert store.counts() == before


def test_one_bad_file_among_good_ones_stops_before_anything_is_written(tmp_path):
    good = build_docx(tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"")
    store = Store.in_memory()
    with pytest.raises(ImportFileError, match="bad.docx"):
        import_files(store, [good, bad], create_missing=True)
    assert store.counts()["events"] == 0


def test_the_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    path = tmp_path / "bomb.docx"
    _zip_bomb(path)
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *a, **k: pytest.fail("read a bomb"))
    with pytest.raises(ImportFileError):
        import_files(Store.in_memory(), [path])


def test_a_document_without_a_period_in_its_title_says_so(tmp_path):
    path = build_docx(tmp_path / "part.docx")
    document = docx.Document(str(path))
    document.paragraphs[0].text = "Отчёт департамента"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFileError, match="отчётный период"):
        import_files(Store.in_memory(), [path], create_missing=True)


def test_a_merged_range_over_the_whole_sheet_is_refused_before_openpyxl_expands_it(tmp_path):
    from report_shapes import build_xlsx

    good = build_xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "huge-merge.xlsx"
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<mergeCells", b'<mergeCells><mergeCell ref="A1:XFD1048576"/>'
                                    b"</mergeCells><mergeCellsX", 1)
            dst.writestr(info, data)
    with pytest.raises(ImportFileError, match="слишком велика"):
        import_files(Store.in_memory(), [path], create_missing=True)


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_zip_claiming_an_unknown_version_is_refused_plainly(tmp_path, kind):
    """Found by the fuzz test: zipfile raises NotImplementedError for «zip file version 9.5»."""
    from desktop_app.errors import UserError
    from desktop_app.storage.store import Store

    good = build_docx(tmp_path / "r.docx") if kind == "docx" else build_xlsx(tmp_path / "r.xlsx")
    data = bytearray(good.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 0x5F  # "version needed to extract": 9.5
    bad = tmp_path / f"bad.{kind}"
    bad.write_bytes(bytes(data))
    store = Store.in_memory()
    before = store.counts()
    with pytest.raises(UserError, match="bad." + kind):
        import_files(store, [bad], create_missing=True)
    assert store.counts() == before


@pytest.mark.parametrize("name", ["report.doc", "report", "report.zip", "отчёт.xls"])
def test_a_report_under_another_name_is_read_by_what_it_holds(tmp_path, name):
    """A .docx renamed .doc (or saved without an extension) was refused as «старый формат»;
    an .xlsx renamed .xls the same."""
    from report_shapes import build_xlsx

    real = (build_xlsx(tmp_path / "r.xlsx") if name.endswith(".xls")
            else build_docx(tmp_path / "r.docx"))
    path = tmp_path / name
    path.write_bytes(real.read_bytes())
    plan = import_files(Store.in_memory(), [path], create_missing=True)
    assert len(plan.rows) == 29 and all(r.file == name for r in plan.rows)
