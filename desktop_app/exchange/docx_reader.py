"""Reading a report's table from a DOCX by walking word/document.xml with lxml.

python-docx's ``rows``/``cells`` re-resolve merged cells for every cell and
slow down badly on long tables; here each ``w:tc`` is visited once and its
``gridSpan``/``vMerge`` read directly. The report's shape is decided in
:mod:`table_rows`; this module only turns WordprocessingML into grid cells.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..domain.periods import ReportPeriod, parse_period
from ..domain.summary import APPENDIX_TITLE
from ..errors import UserError
from . import safety
from .report_file import ImportFileError, open_zip, parse_xml, read_member
from .table_rows import (
    ColumnsUnclear,
    GridCell,
    ReportTable,
    RowCollector,
    TableShapeError,
    clean_text,
    columns_problem,
    fill_agreement_from_title,
    header_columns,
)
from .table_sections import ORG_WORDS_RE

HEADER_SEARCH = 4  # rows of a table searched for its header (a title row may come first)
MIN_WIDTH = 5  # narrower tables without a report header are signature blocks and the like

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_P, _TBL, _TR, _TC, _SDT = W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt"
_T, _BR, _CR, _TAB = W + "t", W + "br", W + "cr", W + "tab"
_VAL = W + "val"
_GRIDSPAN, _VMERGE, _GRIDBEFORE = W + "gridSpan", W + "vMerge", W + "gridBefore"
_SDT_CONTENT = W + "sdtContent"
_TC_PR_CHANGE = W + "tcPrChange"
# Tracked changes («Исправления»): text moved away keeps its w:t inside w:moveFrom (the
# new place has it again in w:moveTo), and a deleted row is marked in its w:trPr. Word's
# document as it now reads has neither.
_MOVE_FROM, _DEL = W + "moveFrom", W + "del"
_DELETED_ROW = f"{W}trPr/{W}del"
# A cell deleted with «Исправления» on stays, marked in its w:tcPr, until accepted; one
# inserted beside it is marked w:cellIns.
_CELL_DEL = W + "cellDel"
_DELETED_CELL = f"{W}tcPr/{W}cellDel"
_INSERTED_CELL = f".//{W}tcPr/{W}cellIns"
# Custom XML markup (w:customXml) wraps paragraphs, tables, rows and cells like a
# content control, without w:sdtContent.
_CUSTOM_XML = W + "customXml"


def main_part_name(archive, path: Path) -> str:
    """The main document part, as the package's own relationships name it."""
    rels = read_member(archive, "_rels/.rels", path)
    if rels is not None:
        for rel in parse_xml(rels, path).iter(REL_NS + "Relationship"):
            if rel.get("Type") == OFFICE_DOCUMENT:
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def read_document_xml(path: Path) -> etree._Element:
    with open_zip(path) as archive:
        name = main_part_name(archive, path)
        data = read_member(archive, name, path)
        if data is None and name != "word/document.xml":
            data = read_member(archive, "word/document.xml", path)
    if data is None:
        raise ImportFileError(path, "в архиве нет документа Word (word/document.xml).")
    lean = without_formatting(data)
    if lean is not None:
        try:
            return safety.parse_xml(lean)
        except UserError:
            pass  # whatever is wrong, the whole part says it (or reads) below
    return parse_xml(data, path)


# Run and paragraph properties (bold, alignment…) and cell widths: half of a table's
# elements and most of their attributes, none of which the reader looks at. A 10,000-row
# report's part parses in half the time and tree memory without them. Only what is sure
# to be well-formed is cut, so the part reads (or is refused) as it was: a property
# element holding nothing but empty elements, and cell widths, each attribute «w:» plus
# a plain ASCII value, no name twice in a tag. Anything else (Word's fonts in Cyrillic,
# a tracked change of formatting, single quotes…) stays and is read as before.
_VALUE = rb'"[ !#-%\'-;=?-~]*"'  # printable ASCII but " & < >
_SPACE = rb"[ \t\r\n]"
_FORMATTING = re.compile(
    rb"<w:([rp])Pr>(?:<w:[A-Za-z]+(?:" + _SPACE + rb"+w:([A-Za-z]+)=" + _VALUE
    + rb"(?![^>]*" + _SPACE + rb"w:\2=))*" + _SPACE + rb"*/>)*</w:\1Pr>"
    rb"|<w:tcW(?:" + _SPACE + rb"+w:([A-Za-z]+)=" + _VALUE
    + rb"(?![^>]*" + _SPACE + rb"w:\3=))*" + _SPACE + rb"*/>"
)
_W_DECLARED = b'xmlns:w="' + W[1:-1].encode() + b'"'


def without_formatting(data: bytes) -> bytes | None:
    """The main part without the elements of _FORMATTING, or None where cutting them is
    not sure to leave everything else as it was: a part over the size limit (refused as
    a whole), with comments, CDATA or a DTD (``<!``: the cut might reach into them),
    processing instructions but the XML declaration, or a prefix «w» that is not (or
    not only) WordprocessingML's."""
    if (len(data) > safety.MAX_XML or _W_DECLARED not in data
            or data.count(b"xmlns:w=") != 1 or _markup_declared(data)):
        return None
    return _FORMATTING.sub(b"", data)


def _markup_declared(data: bytes) -> bool:
    """Whether the part has ``<!`` anywhere or ``<?`` past its first byte (the XML
    declaration). A one-byte search runs at memory speed, and most parts hold no «!» and
    only the declaration's two «?»; the two-byte searches (~20 ms each over a 10,000-row
    part) are left for the rest."""
    if b"!" in data and b"<!" in data:
        return True
    return data.count(b"?") > 2 and data.find(b"<?", 1) != -1


def _moved_away(t: etree._Element) -> bool:
    """Whether a w:t is text a tracked move took elsewhere (inside its paragraph's w:moveFrom)."""
    for ancestor in t.iterancestors(_MOVE_FROM, _P):
        return ancestor.tag == _MOVE_FROM
    return False


def paragraph_lines(p: etree._Element) -> list[str]:
    """A paragraph's text, split where it has manual line breaks."""
    lines = [""]
    moved = next(p.iterdescendants(_MOVE_FROM), None) is not None
    for el in p.iter(_T, _BR, _CR, _TAB):
        tag = el.tag
        if tag == _T:
            if not (moved and _moved_away(el)):
                lines[-1] += el.text or ""
        elif tag == _TAB:
            lines[-1] += " "
        else:
            lines.append("")
    return lines


def _int(el: etree._Element | None, default: int) -> int:
    try:
        return int(el.get(_VAL)) if el is not None else default
    except (TypeError, ValueError):
        return default


def table_grid(tbl: etree._Element) -> tuple[int, list[list[GridCell]]]:
    """The table's width in grid columns and its rows as grid cells.

    One pass over the table's elements (the costly part on long tables): rows,
    cells, their gridSpan/vMerge, paragraphs, text and breaks arrive in
    document order. A table nested in a cell adds its text to that cell.
    """
    rows: list[list[GridCell]] = []
    width = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
    # Parent checks guard against nested tables and what tracked changes keep (a cell's
    # old properties in w:tcPrChange, moved-away text, deleted rows); most reports have
    # none of them, and one scan tells which checks are needed.
    found = {el.tag for el in tbl.iterdescendants(_TBL, _TC_PR_CHANGE, _MOVE_FROM, _DEL,
                                                  _CELL_DEL)}
    guarded, nested, moved, deletions = bool(found), _TBL in found, _MOVE_FROM in found, _DEL in found
    deleted_cells = _CELL_DEL in found
    row_el = None
    cells: list[GridCell] = []
    cell: GridCell | None = None
    lines: list[str] = []
    col = 0
    # A deleted cell replaced by an inserted one: no column, no row; see the w:tc branch.
    dropped = GridCell([], 0, span=0)
    replaced = False
    for el in tbl.iter(_TR, _TC, _GRIDSPAN, _VMERGE, _GRIDBEFORE, _P, _T, _BR, _CR, _TAB):
        tag = el.tag
        if tag == _T:
            if moved and _moved_away(el):
                continue
            if lines:
                lines[-1] += el.text or ""
            elif cell is not None:  # text outside a paragraph: invalid, but readable
                lines.append(el.text or "")
        elif tag == _P:
            if cell is not None:
                lines.append("")
        elif tag == _TC:
            # A cell in a content control (w:tr/w:sdt/w:sdtContent/w:tc) is the row's too.
            if not nested or el.getparent() is row_el or next(el.iterancestors(_TBL)) is tbl:
                if cell is not None:
                    col += cell.span
                lines = []
                if deleted_cells and el.find(_DELETED_CELL) is not None:
                    # Its text goes to ``lines``, which no cell holds.
                    if replaced:  # the inserted cell stands in its place
                        cell = dropped
                        continue
                    # Deleted alone, it keeps its place, emptied: the cells after it,
                    # moved one left, would be read under other columns' headers.
                    cell = GridCell([], col)
                else:
                    cell = GridCell(lines, col)
                cells.append(cell)
        elif tag == _TR:
            # A row in content controls or custom XML markup, however deep, is the table's.
            if not nested or next(el.iterancestors(_TBL)) is tbl:
                if cell is not None:
                    width = max(width, col + cell.span)
                row_el, cells, cell, lines, col = el, [], None, [], 0
                replaced = deleted_cells and el.find(_INSERTED_CELL) is not None
                if not (deletions and el.find(_DELETED_ROW) is not None):
                    rows.append(cells)  # a deleted row's cells are read into nothing
        elif cell is None:
            if tag == _GRIDBEFORE and el.getparent().getparent() is row_el:
                col = _int(el, 0)
        elif tag == _GRIDBEFORE:
            continue  # a nested table's row: its gap is that table's, not a line break
        elif tag == _GRIDSPAN or tag == _VMERGE:
            if guarded and (cell is dropped or not _own_property(el, row_el, tbl)):
                continue
            if tag == _GRIDSPAN:
                cell.span = max(1, _int(el, 1))
            else:
                cell.continues_above = el.get(_VAL) != "restart"
        elif lines:
            if tag == _TAB:
                lines[-1] += " "
            else:
                lines.append("")
    if cell is not None:
        width = max(width, col + cell.span)
    return width, rows


def _own_property(el: etree._Element, row_el: etree._Element, tbl: etree._Element) -> bool:
    """Whether a gridSpan/vMerge is a cell of the table's own row (maybe inside a content
    control), not a nested table's cell's nor the old value in a tracked change."""
    tc = el.getparent().getparent()
    return tc.tag == _TC and (tc.getparent() is row_el or next(tc.iterancestors(_TBL)) is tbl)


def _body_blocks(body: etree._Element):
    """Paragraphs and tables in order, looking inside content controls and custom XML."""
    for child in body.iterchildren(_P, _TBL, _SDT, _CUSTOM_XML):
        if child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _body_blocks(content)
        elif child.tag == _CUSTOM_XML:
            yield from _body_blocks(child)
        else:
            yield child


def shape_error(path: Path, exc: TableShapeError) -> ImportFileError:
    """The reader's refusal, naming the file; an unclear header travels along for mapping."""
    error = ImportFileError(path, str(exc))
    if isinstance(exc, ColumnsUnclear):
        error.unclear = exc
    return error


def read_docx(path: Path | str, columns: dict[int, str] | None = None,
              remembered: dict[str, dict[int, str]] | None = None) -> ReportTable:
    """The report table of a DOCX: title, period and numbered rows.

    ``columns`` maps grid columns to fields by hand (``--columns``);
    ``remembered`` maps header signatures to mappings kept from earlier imports.
    """
    # The collector is not paused here: the window reads on a worker thread, and
    # switching it off process-wide there would race the window's own thread (the
    # command-line import pauses it for its whole short process instead).
    return _read_docx(Path(path), RowCollector(columns, remembered))


_ADDRESSEE_RE = re.compile(
    r"^(в|во|начальнику|министру|директору|руководителю|заместителю|губернатору|председателю)\s",
    re.IGNORECASE,
)
_DOCUMENT_WORDS_RE = re.compile(r"отчет|отчёт|информаци|план\b|плана\b", re.IGNORECASE)


def is_department_heading(text: str) -> bool:
    """A paragraph right above a table that names whose table it is («Департамент …»)."""
    return (len(text) < 250 and bool(ORG_WORDS_RE.search(text))
            and not _ADDRESSEE_RE.match(text) and not _DOCUMENT_WORDS_RE.search(text))


def _read_docx(path: Path, collector: RowCollector) -> ReportTable:
    root = read_document_xml(path)
    body = root.find(W + "body")
    if body is None:
        raise ImportFileError(path, "в документе нет текста.")
    title: list[str] = []
    tables = 0
    narrow = 0  # the width of a table too narrow to be the report (a signature block…)
    last = ""  # the paragraph right above the next table
    try:
        blocks = list(_body_blocks(body))
        grids = {i: table_grid(b) for i, b in enumerate(blocks) if b.tag == _TBL}
        headed = {i for i, (_w, rows) in grids.items()
                  if any(header_columns(r) for r in rows[:HEADER_SEARCH])}
        # Tables above the first one with a report header (approval blocks, an
        # addressee laid out as a table) are not the report.
        first_headed = min(headed, default=len(blocks))
        fed = 0
        for i, block in enumerate(blocks):
            if block.tag == _P:
                text = clean_text(paragraph_lines(block)).replace("\n", " ")
                if not text:
                    continue
                if fed and text == APPENDIX_TITLE:
                    break  # the program's own appendix after the report: its tables are not rows
                if fed == 0:
                    title.append(text)
                else:
                    collector.section_between_tables(text)
                last = text
                continue
            tables += 1
            width, rows = grids.pop(i)
            if i not in headed and (width < MIN_WIDTH or (
                    i < first_headed < len(blocks) and collector.forced is None)):
                narrow = narrow or (width if width < MIN_WIDTH else 0)
                continue
            if fed == 0 and title and title[-1] == last and is_department_heading(last):
                title.pop()
                collector.section_between_tables(last)
            fed += 1
            last = ""
            collector.start_table(tables, width)
            # Each row is let go as soon as it is read, while the collector has just touched
            # it: freeing 80,000 cells in one go at the end, long gone cold, cost ~0.15 s.
            rows.reverse()
            row_no = 0
            while rows:
                row_no += 1
                collector.add_row(row_no, rows.pop())
        collector.finish()
    except TableShapeError as exc:
        raise shape_error(path, exc) from None
    if tables == 0:
        raise ImportFileError(path, "в документе нет таблицы отчёта.")
    if not collector.rows and narrow:
        raise ImportFileError(path, columns_problem(narrow))
    if not collector.rows:
        raise ImportFileError(path, "в таблице нет ни одной пронумерованной строки мероприятия.")
    title_text = " ".join(title + collector.pre_header)
    fill_agreement_from_title(title_text, collector.rows)
    return ReportTable(
        title=title_text,
        period=period_from(title_text, path),
        rows=collector.rows,
        warnings=collector.warnings,
        header=collector.header,
        columns=collector.columns,
        ignored_columns=collector.ignored,
    )


def period_from(title: str, path: Path) -> ReportPeriod | None:
    """The period named in the title, else in the file name."""
    for text in (title, path.stem):
        if not text:
            continue
        try:
            return parse_period(text)
        except ValueError:
            continue
    return None
