"""How the DOCX reader turns WordprocessingML into grid cells and text lines
(docx_reader.table_grid, paragraph_lines, read_document_xml): what a clerk's document can
hold — rows starting at a later column, merged agreement cells, nested tables, content
controls, tabs and line breaks — must reach the importer as the grid Word shows."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from desktop_app.exchange.docx_reader import paragraph_lines, read_document_xml, table_grid
from desktop_app.exchange.report_file import ImportFileError
from desktop_app.exchange.table_rows import GridCell

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   "officeDocument")


def _grid(body: str) -> tuple[int, list[list[GridCell]]]:
    return table_grid(etree.fromstring(f'<w:tbl xmlns:w="{W_NS}">{body}</w:tbl>'))


def _cols(n: int) -> str:
    return "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * n + "</w:tblGrid>"


def _tc(text: str, props: str = "") -> str:
    tc_pr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f"<w:tc>{tc_pr}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _row(*cells: str, props: str = "") -> str:
    tr_pr = f"<w:trPr>{props}</w:trPr>" if props else ""
    return f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>"


def test_a_row_starting_at_a_later_column_and_spanning_cells_keep_their_columns():
    width, rows = _grid(_cols(4)
                        + _row(_tc("1"), _tc("2"), _tc("3"), _tc("4"))
                        + _row(_tc("широкая", '<w:gridSpan w:val="2"/>'), _tc("край"),
                               props='<w:gridBefore w:val="1"/>')
                        + _row(_tc("а"), _tc("б")))
    assert width == 4
    assert rows == [
        [GridCell(["1"], 0), GridCell(["2"], 1), GridCell(["3"], 2), GridCell(["4"], 3)],
        [GridCell(["широкая"], 1, span=2), GridCell(["край"], 3)],
        [GridCell(["а"], 0), GridCell(["б"], 1)],  # the next row starts at column 0 again
    ]


def test_missing_or_damaged_numbers_count_as_no_gap_and_one_column():
    width, rows = _grid(_cols(4) + _row(_tc("а", "<w:gridSpan/>"),
                                        _tc("б", '<w:gridSpan w:val="1"/>'),
                                        _tc("в", '<w:gridSpan w:val="x"/>'),
                                        _tc("г", '<w:gridSpan w:val="0"/>'),
                                        props="<w:gridBefore/>"))
    assert width == 4
    assert rows == [[GridCell(["а"], 0), GridCell(["б"], 1), GridCell(["в"], 2),
                     GridCell(["г"], 3)]]


def test_a_merged_agreement_cell_continues_down_the_rows():
    width, rows = _grid(_cols(2)
                        + _row(_tc("Соглашение", '<w:vMerge w:val="restart"/>'), _tc("1."))
                        + _row(_tc("", "<w:vMerge/>"), _tc("2."))
                        + _row(_tc("", '<w:vMerge w:val="continue"/>'), _tc("3."))
                        + _row(_tc("Другое", '<w:vMerge w:val="restart"/>'), _tc("4.")))
    assert width == 2
    assert [[(c.lines, c.col, c.continues_above) for c in row] for row in rows] == [
        [(["Соглашение"], 0, False), (["1."], 1, False)],
        [([""], 0, True), (["2."], 1, False)],
        [([""], 0, True), (["3."], 1, False)],
        [(["Другое"], 0, False), (["4."], 1, False)],
    ]
    assert all(c.continues_above is (c.col == 0 and c.lines == [""]) for r in rows for c in r)


def test_a_tracked_change_of_merges_and_gaps_reads_as_the_document_is_now():
    """With «Исправления» on, Word keeps the old properties beside the new ones
    (w:tcPrChange, w:trPrChange); the old ones once won for merged cells."""
    def was(kind: str, props: str) -> str:
        return f'<w:{kind}PrChange w:id="1" w:author="А"><w:{kind}Pr>{props}</w:{kind}Pr></w:{kind}PrChange>'

    first = _row(_tc("Соглашение", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'
                     + was("tc", '<w:gridSpan w:val="1"/><w:vMerge/>')), _tc("1."), _tc("x"))
    width, rows = _grid(_cols(4) + first
                        + _row(_tc("", '<w:gridSpan w:val="2"/><w:vMerge/>'
                                   + was("tc", '<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>')),
                               _tc("2."),
                               props='<w:gridBefore w:val="0"/>' + was("tr", '<w:gridBefore w:val="1"/>')))
    expected = [
        [GridCell(["Соглашение"], 0, span=2), GridCell(["1."], 2), GridCell(["x"], 3)],
        [GridCell([""], 0, span=2, continues_above=True), GridCell(["2."], 2)],
    ]
    assert (width, rows) == (4, expected)
    # A nested table after the tracked change is still nested.
    nested = _row('<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Другое</w:t>'
                  f'</w:r></w:p><w:tbl>{_row(_tc("в"), _tc("г"))}</w:tbl><w:p/></w:tc>', _tc("3."))
    width, rows = _grid(_cols(4) + first + nested)
    assert (width, rows) == (4, [expected[0],
                                 [GridCell(["Другое", "в", "г", ""], 0, span=2), GridCell(["3."], 2)]])


def _tracked(kind: str, runs: str) -> str:
    return f'<w:{kind} w:id="7" w:author="А" w:date="2020-03-01T00:00:00Z">{runs}</w:{kind}>'


def test_tracked_moves_and_deleted_rows_read_as_the_document_is_now():
    """With «Исправления» on, cut and paste keeps the text at its old place in w:moveFrom
    (as w:t, not w:delText) and puts it again in w:moveTo; a row dragged elsewhere stays
    as a deleted row. Once both were read: a moved title twice, a moved row as a second
    event."""
    moved_text = ('<w:tc><w:p>' + _tracked("moveFrom", "<w:r><w:t>Выставка </w:t></w:r>")
                  + "<w:r><w:t>в Смоленске</w:t></w:r>"
                  + _tracked("moveTo", "<w:r><w:t> (выставка)</w:t></w:r>") + "</w:p></w:tc>")
    old_row = _row(_tc("2."), '<w:tc><w:p>' + _tracked("moveFrom", "<w:r><w:t>Форум</w:t></w:r>")
                   + "</w:p></w:tc>", props=_tracked("del", ""))
    deleted = _row(_tc("3."), '<w:tc><w:p>' + _tracked("del", "<w:r><w:delText>Семинар"
                                                        "</w:delText></w:r>") + "</w:p></w:tc>",
                   props=_tracked("del", ""))
    new_row = _row(_tc("2."), '<w:tc><w:p>' + _tracked("moveTo", "<w:r><w:t>Форум</w:t></w:r>")
                   + "</w:p></w:tc>", props=_tracked("ins", ""))
    stray = _row(_tc("4."), "<w:tc><w:r><w:t>вне абзаца</w:t></w:r></w:tc>")  # still read
    width, rows = _grid(_cols(2) + _row(_tc("1."), moved_text) + old_row + deleted + new_row
                        + stray)
    assert (width, rows) == (2, [
        [GridCell(["1."], 0), GridCell(["в Смоленске (выставка)"], 1)],
        [GridCell(["2."], 0), GridCell(["Форум"], 1)],
        [GridCell(["4."], 0), GridCell(["вне абзаца"], 1)],
    ])
    title = etree.fromstring(f'<w:p xmlns:w="{W_NS}">'
                             + _tracked("moveFrom", "<w:r><w:t>за I квартал </w:t></w:r>")
                             + "<w:r><w:t>Отчёт </w:t></w:r>"
                             + _tracked("moveTo", "<w:r><w:t>за I квартал</w:t></w:r>") + "</w:p>")
    assert paragraph_lines(title) == ["Отчёт за I квартал"]


def test_a_move_alone_or_a_deleted_row_alone_is_read_as_the_document_is_now():
    """A table whose only tracked change is a move inside a cell, or a deleted row."""
    move_only = ('<w:tc><w:p>' + _tracked("moveFrom", "<w:r><w:t>Форум </w:t></w:r>")
                 + "<w:r><w:t>в Брянске</w:t></w:r>"
                 + _tracked("moveTo", "<w:r><w:t> (форум)</w:t></w:r>") + "</w:p></w:tc>")
    assert _grid(_cols(2) + _row(_tc("1."), move_only)) == (
        2, [[GridCell(["1."], 0), GridCell(["в Брянске (форум)"], 1)]])
    deleted_only = _row(_tc("2."), _tc("Семинар"), props=_tracked("del", ""))
    assert _grid(_cols(2) + _row(_tc("1."), _tc("Выставка")) + deleted_only) == (
        2, [[GridCell(["1."], 0), GridCell(["Выставка"], 1)]])


def _control(xml: str) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{xml}</w:sdtContent></w:sdt>"


def _nested() -> str:
    """A table inside a cell: spanning, merged, its rows with a gap before them (a gap
    once became an empty line of the outer cell — for the importer, a break between two
    agreements) and in a content control."""
    return ("<w:tbl>" + _cols(3)
            + _row(_tc("вложенная", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'),
                   _tc("в"), props='<w:gridBefore w:val="0"/>')
            + "<w:sdt><w:sdtPr/><w:sdtContent>"
            + _row(_tc("", '<w:gridSpan w:val="2"/><w:vMerge/>'), _tc("г"),
                   props='<w:gridBefore w:val="1"/>')
            + "</w:sdtContent></w:sdt></w:tbl>")


def test_a_nested_table_adds_its_text_to_the_outer_cell_and_nothing_else():
    outer_first = ('<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
                   f"<w:p><w:r><w:t>Соглашение</w:t></w:r></w:p>{_nested()}<w:p/></w:tc>")
    width, rows = _grid(_cols(3)
                        + _row(outer_first, _tc("Итог"))
                        + _row(_tc("", '<w:gridSpan w:val="2"/><w:vMerge/>'), _tc("Ещё"))
                        + _row(_tc("а"), _control(_tc("б", '<w:gridSpan w:val="2"/>'))))
    assert width == 3
    assert rows == [
        [GridCell(["Соглашение", "вложенная", "в", "", "г", ""], 0, span=2),
         GridCell(["Итог"], 2)],
        [GridCell([""], 0, span=2, continues_above=True), GridCell(["Ещё"], 2)],
        # A cell in a content control once joined the cell before it when the table
        # held a nested table.
        [GridCell(["а"], 0), GridCell(["б"], 1, span=2)],
    ]


def test_rows_and_cells_inside_content_controls_are_read_in_place():
    cell_control = _control(_tc("в рамке", '<w:gridSpan w:val="2"/>'))
    width, rows = _grid(_cols(3)
                        + _row(_tc("1"), _tc("2"), _tc("3"))
                        + "<w:sdt><w:sdtPr/><w:sdtContent>"
                        + _row(_tc("а"), _tc("б"), _tc("в"))
                        + _row(_tc("г"), _tc("д"), _tc("е"))
                        + "</w:sdtContent></w:sdt>"
                        + _row(_tc("ж"), cell_control))
    assert width == 3
    assert rows == [
        [GridCell(["1"], 0), GridCell(["2"], 1), GridCell(["3"], 2)],
        [GridCell(["а"], 0), GridCell(["б"], 1), GridCell(["в"], 2)],
        [GridCell(["г"], 0), GridCell(["д"], 1), GridCell(["е"], 2)],
        [GridCell(["ж"], 0), GridCell(["в рамке"], 1, span=2)],
    ]


def _custom(xml: str) -> str:
    return f'<w:customXml w:element="строка">{xml}</w:customXml>'


@pytest.mark.parametrize("wrap", [lambda x: _control(_control(x)), _custom,
                                  lambda x: _custom(_control(x))],
                         ids=["two content controls", "custom XML", "content control in custom XML"])
def test_rows_in_deeper_markup_are_rows_of_their_own(wrap):
    """A row wrapped twice (content controls in one another, or custom XML markup) was
    glued onto the row above it: two events read as one."""
    width, rows = _grid(_cols(2) + _row(_tc("1."), _tc("Выставка"))
                        + wrap(_row(_tc("2."), _tc("Форум")))
                        + _row(_tc("3."), _custom(_tc("Семинар"))))
    assert (width, rows) == (2, [
        [GridCell(["1."], 0), GridCell(["Выставка"], 1)],
        [GridCell(["2."], 0), GridCell(["Форум"], 1)],
        [GridCell(["3."], 0), GridCell(["Семинар"], 1)],
    ])
    # the same beside a nested table, where only the table's own rows count
    nested = '<w:tc><w:p/><w:tbl>' + _cols(1) + _row(_tc("внутри")) + "</w:tbl><w:p/></w:tc>"
    width, rows = _grid(_cols(2) + _row(_tc("1."), nested) + wrap(_row(_tc("2."), _tc("Форум"))))
    assert rows == [[GridCell(["1."], 0), GridCell(["", "внутри", ""], 1)],
                    [GridCell(["2."], 0), GridCell(["Форум"], 1)]]


def _deleted(text: str, props: str = "") -> str:
    return _tc(text, props + '<w:cellDel w:id="1" w:author="А" w:date="2020-03-01T00:00:00Z"/>')


def _inserted(text: str) -> str:
    return _tc(text, '<w:cellIns w:id="2" w:author="А" w:date="2020-03-01T00:00:00Z"/>')


def test_a_cell_deleted_alone_with_tracked_changes_keeps_its_place_emptied():
    """«Исправления» keep a deleted cell, marked w:cellDel. Its text is not the document's
    any more, but the cells after it stay under their own headers (moved one left, the
    place would be read as the timing, the participants as the place…)."""
    width, rows = _grid(_cols(4)
                        + _row(_tc("Соглашение", '<w:vMerge w:val="restart"/>'), _tc("1."),
                               _deleted("5 марта"), _tc("г. Тула"))
                        + _row(_tc("", "<w:vMerge/>"), _tc("2."),
                               _deleted("весь квартал", '<w:gridSpan w:val="2"/>'))
                        + _row(_deleted("Старое", '<w:vMerge w:val="restart"/>'), _tc("3."),
                               _tc("в марте"), _tc("г. Орёл")))
    assert (width, rows) == (4, [
        [GridCell(["Соглашение"], 0), GridCell(["1."], 1), GridCell([], 2),
         GridCell(["г. Тула"], 3)],
        [GridCell([""], 0, continues_above=True), GridCell(["2."], 1), GridCell([], 2, span=2)],
        [GridCell([], 0), GridCell(["3."], 1), GridCell(["в марте"], 2), GridCell(["г. Орёл"], 3)],
    ])


def test_a_cell_deleted_beside_an_inserted_one_is_replaced_by_it():
    """Deleting a cell's content by replacing the cell (w:cellDel beside w:cellIns): the
    row as it now reads has the new cell in the old one's place."""
    width, rows = _grid(_cols(3)
                        + _row(_tc("1."), _deleted("5 марта", '<w:gridSpan w:val="2"/>'),
                               _inserted("6 марта"), _tc("г. Тула"))
                        + _row(_tc("2."), _inserted("в марте"), _deleted("старое"),
                               _tc("г. Орёл")))
    assert (width, rows) == (3, [
        [GridCell(["1."], 0), GridCell(["6 марта"], 1), GridCell(["г. Тула"], 2)],
        [GridCell(["2."], 0), GridCell(["в марте"], 1), GridCell(["г. Орёл"], 2)],
    ])
    # Without a grid the widest row gives the width, a replaced cell at its end included.
    width, rows = _grid(_row(_tc("1."), _tc("а")) + _row(_tc("2."), _inserted("б"), _tc("в"),
                                                       _deleted("г")))
    assert width == 3 and [len(r) for r in rows] == [2, 3]


def test_tables_in_custom_xml_markup_are_read():
    from desktop_app.exchange.docx_reader import _body_blocks

    body = etree.fromstring(
        f'<w:body xmlns:w="{W_NS}"><w:p/>'
        + _custom("<w:tbl>" + _cols(1) + _row(_tc("а")) + "</w:tbl>")
        + _custom(_control("<w:p><w:r><w:t>после</w:t></w:r></w:p>")) + "</w:body>")
    assert [b.tag for b in _body_blocks(body)] == [W + "p", W + "tbl", W + "p"]


RUNS = ("<w:r><w:t>Мер</w:t></w:r><w:r><w:t/></w:r><w:r><w:t>оприятие</w:t><w:tab/>"
        "<w:t>1</w:t><w:br/><w:t>2</w:t><w:cr/><w:t>3</w:t><w:tab/></w:r>")


def test_cell_text_joins_runs_tabs_become_spaces_breaks_new_lines():
    width, rows = _grid(_cols(4) + _row(
        f"<w:tc><w:p>{RUNS}</w:p><w:p><w:r><w:tab/><w:t>второй</w:t></w:r></w:p></w:tc>",
        "<w:tc><w:r><w:t>вне абзаца</w:t></w:r></w:tc>",  # invalid, but Word's text
        "<w:tc><w:r><w:t/></w:r></w:tc>",
        "<w:tc/>"))
    assert width == 4
    assert rows == [[GridCell(["Мероприятие 1", "2", "3 ", " второй"], 0),
                     GridCell(["вне абзаца"], 1), GridCell([""], 2), GridCell([], 3)]]


def test_a_paragraph_outside_tables_reads_the_same_way():
    p = etree.fromstring(f'<w:p xmlns:w="{W_NS}">{RUNS}</w:p>')
    assert paragraph_lines(p) == ["Мероприятие 1", "2", "3 "]
    title = etree.fromstring(f'<w:p xmlns:w="{W_NS}"><w:r><w:t>Отчёт за</w:t><w:tab/>'
                             "<w:t>I квартал</w:t><w:br/></w:r><w:r><w:t>2020 года</w:t>"
                             "</w:r></w:p>")
    assert paragraph_lines(title) == ["Отчёт за I квартал", "2020 года"]
    assert paragraph_lines(etree.fromstring(f'<w:p xmlns:w="{W_NS}"/>')) == [""]


@pytest.mark.parametrize("rows, width", [
    (_row(_tc("а"), _tc("б"), _tc("в")) + _row(_tc("г"), _tc("д")), 3),
    (_row(_tc("а"), _tc("б")) + _row(_tc("в"), _tc("г"), _tc("д")), 3),
    (_row(_tc("а")) + _row(_tc("б"), _tc("в", '<w:gridSpan w:val="3"/>')), 4),
    (_row(_tc("а"), props='<w:gridBefore w:val="2"/>') + _row(_tc("б")), 3),
], ids=["widest first", "widest last", "span in the last row", "gap in the first row"])
def test_without_a_grid_the_widest_row_gives_the_width(rows, width):
    assert _grid(rows)[0] == width


def test_a_stray_cell_outside_any_row_is_left_out():
    width, rows = _grid(_cols(2) + _tc("сирота", '<w:gridSpan w:val="2"/>')
                        + _row(_tc("а"), _tc("б")))
    assert width == 2
    assert rows == [[GridCell(["а"], 0), GridCell(["б"], 1)]]


def _part(text: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>").encode()


def _rels(target: str) -> bytes:
    return (f'<?xml version="1.0"?><Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
            f'Type="{OFFICE_DOCUMENT}" Target="{target}"/></Relationships>').encode()


def _package(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _text(root: etree._Element) -> str:
    return "".join(t.text or "" for t in root.iter(W + "t"))


def _damaged(path: Path, marker: bytes) -> Path:
    """The package with a part's stored bytes changed: its checksum no longer matches."""
    data = path.read_bytes()
    assert data.count(marker) == 1
    path.write_bytes(data.replace(marker, marker.upper()))
    return path


def test_the_main_part_is_the_one_the_package_relationships_name(tmp_path):
    path = _package(tmp_path / "r.docx", {"_rels/.rels": _rels("/word/document2.xml"),
                                          "word/document2.xml": _part("основной"),
                                          "word/document.xml": _part("старый")})
    assert _text(read_document_xml(path)) == "основной"


@pytest.mark.parametrize("target", ["/word/missing.xml", "/WORD/DOCUMENT.XML"],
                         ids=["missing part", "name in other case"])
def test_a_named_part_missing_falls_back_to_word_document_xml(target, tmp_path):
    path = _package(tmp_path / "r.docx", {"_rels/.rels": _rels(target),
                                          "word/document.xml": _part("основной")})
    assert _text(read_document_xml(path)) == "основной"


@pytest.mark.parametrize("parts", [
    {},
    {"_rels/.rels": _rels("/word/document2.xml")},
    {"_rels/.rels": _rels("/word/document2.xml"), "word/document3.xml": _part("чужой")},
], ids=["no relationships", "named part missing", "another part only"])
def test_a_package_without_a_main_part_is_refused_naming_the_file(parts, tmp_path):
    path = _package(tmp_path / "отчёт.docx", parts)
    with pytest.raises(ImportFileError) as caught:
        read_document_xml(path)
    assert str(caught.value) == ("Файл «отчёт.docx» не загружен: в архиве нет документа Word "
                                 "(word/document.xml).")


@pytest.mark.parametrize("parts, marker", [
    ({"_rels/.rels": _rels("/word/document.xml"), "word/document.xml": _part("damage")},
     "damage"),
    ({"_rels/.rels": _rels("/word/document2.xml"), "word/document.xml": _part("damage")},
     "damage"),
], ids=["named part", "fallback part"])
def test_a_damaged_main_part_is_refused_naming_the_file(parts, marker, tmp_path):
    path = _damaged(_package(tmp_path / "отчёт.docx", parts), marker.encode())
    with pytest.raises(ImportFileError) as caught:
        read_document_xml(path)
    assert str(caught.value) == ("Файл «отчёт.docx» не загружен: файл повреждён "
                                 "(архив не распаковывается).")


def test_damaged_relationships_are_refused_naming_the_file(tmp_path):
    path = _package(tmp_path / "отчёт.docx", {"_rels/.rels": b"<Relationships",
                                              "word/document.xml": _part("основной")})
    with pytest.raises(ImportFileError) as caught:
        read_document_xml(path)
    assert str(caught.value).startswith("Файл «отчёт.docx» не загружен: ")
