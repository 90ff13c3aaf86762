"""The report as a DOCX document, built on a template (resources/templates/report_template.docx).

Rows are made by deep-copying the template's prototype rows and writing the
text straight into their XML: python-docx's ``Table.cell()`` rebuilds the grid
on every call and ``cell.merge`` recurses along a run, so both fail or crawl on
long reports. Agreement runs are merged with ``w:vMerge`` restart/continue.
The template's plan is described in scripts/make_report_template.py.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.parts.document import DocumentPart
from docx.shared import Mm, Pt
from lxml import etree

from ..domain.report import COLUMN_COUNT, EventRow, Report, ReportStyle
from ..domain.report_columns import column_widths_mm, keeps_whole
from ..paths import resource
from .docx_metadata import set_metadata
from .docx_zip import save_document
from .files import ExportError
from .hyphenate import SOFT_HYPHEN, hyphenate_text
from .xml_text import xml_text

__all__ = ["DEFAULT_TEMPLATE", "Customize", "build_docx", "save_docx"]

DEFAULT_TEMPLATE = ("templates", "report_template.docx")
TWIPS_PER_MM = 1440 / 25.4
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Called with the finished document before it is saved: the seam through which
# the exchange package (machine-readable records) is embedded in the file.
Customize = Callable[[DocxDocument], None]

_TBL_PR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)


def _open_template(template: Path | str | None) -> DocxDocument:
    try:
        if template is None:
            data = resource(*DEFAULT_TEMPLATE).read_bytes()
            return Document(io.BytesIO(data))
        if not Path(template).is_file():
            raise FileNotFoundError(template)
        return Document(str(template))
    except FileNotFoundError:
        raise ExportError(
            f"Шаблон отчета «{template}» не найден. Укажите другой шаблон в настройках."
        ) from None
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError):
        raise ExportError(
            f"Файл «{template}» не является документом Word (DOCX) и не может служить "
            "шаблоном отчета. Укажите другой шаблон в настройках."
        ) from None


def _child(parent: etree._Element, tag: str, *, first: bool = False) -> etree._Element:
    found = parent.find(qn(tag))
    if found is None:
        found = parent.makeelement(qn(tag), {})
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _apply_font(rpr, name: str, size_pt: float) -> None:
    """Font and size on a run-properties element, children kept in schema order
    (Word rejects a file whose w:rPr children are out of order)."""
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    rpr.sz_val = Pt(size_pt)
    sz = rpr.find(qn("w:sz"))
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        sz.addnext(size_cs)
    size_cs.set(qn("w:val"), sz.get(qn("w:val")))


class _CellShape:
    """A prototype cell reduced to what every copy needs: cell, paragraph and run properties."""

    def __init__(self, tc: etree._Element, style: ReportStyle) -> None:
        p = tc.find(qn("w:p"))
        ppr = p.find(qn("w:pPr")) if p is not None else None
        r = p.find(qn("w:r")) if p is not None else None
        rpr = r.find(qn("w:rPr")) if r is not None else None
        self.ppr = deepcopy(ppr) if ppr is not None else None
        self.rpr = deepcopy(rpr) if rpr is not None else OxmlElement("w:rPr")
        _apply_font(self.rpr, style.font_name, style.table_font_size)

    def fill(self, tc: etree._Element, text: str) -> None:
        for line in text.split("\n") if text else [""]:
            p = etree.SubElement(tc, qn("w:p"))
            if self.ppr is not None:
                p.append(deepcopy(self.ppr))
            if line:
                r = etree.SubElement(p, qn("w:r"))
                r.append(deepcopy(self.rpr))
                # U+00AD becomes Word's own optional hyphen, which every reader honours
                for k, piece in enumerate(line.split(SOFT_HYPHEN)):
                    if k:
                        etree.SubElement(r, qn("w:softHyphen"))
                    t = etree.SubElement(r, qn("w:t"))
                    t.text = piece
                    t.set(XML_SPACE, "preserve")


_NS_DECL = re.compile(r'\s+xmlns:\w+="[^"]*"')


def _xml(el: etree._Element | None) -> str:
    """An element as XML text without namespace declarations (the wrapper declares them)."""
    if el is None:
        return ""
    return _NS_DECL.sub("", etree.tostring(el, encoding="unicode"))


class _RowText:
    """A prototype row as XML text pieces, filled by string formatting: building 10,000
    rows this way and parsing them once is several times faster than element by element."""

    def __init__(self, shell: etree._Element, shapes: list[_CellShape],
                 lean: bool = False) -> None:
        self.nsmap = dict(shell.nsmap)
        self.tr_pr = _xml(shell.find(qn("w:trPr")))
        self.tc_prs = [_xml(tc.find(qn("w:tcPr"))) for tc in shell.iterfind(qn("w:tc"))]
        self.paras = [(_xml(shape.ppr), _xml(_lean(shape.rpr) if lean else shape.rpr))
                      for shape in shapes]
        for shape in shapes:
            for el in (shape.ppr, shape.rpr):
                if el is not None:
                    self.nsmap.update(el.nsmap)
        self.merged: dict[bool, str] = {}
        tcs = shell.findall(qn("w:tc"))
        if len(tcs) > 1:
            for restart in (True, False):
                tc = deepcopy(tcs[1])
                _set_vmerge(tc, restart)
                self.merged[restart] = _xml(tc.find(qn("w:tcPr")))
        # Per column: a line's paragraph cut around its text, and an empty paragraph.
        self.lines = [(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">',
                       "</w:t></w:r></w:p>", f"<w:p>{ppr}</w:p>") for ppr, rpr in self.paras]
        # The same pieces with the cell around them: a one-line cell is three strings.
        self.cells = self._cells(self.tc_prs)
        self.merged_cells = {restart: self._cells([self.tc_prs[0], tc_pr])[1]
                             for restart, tc_pr in self.merged.items()}

    def _cells(self, tc_prs: list[str]) -> list[tuple[str, str, str, str]]:
        """Per column: the cell's opening up to its first line, the close after a
        one-line text, the whole cell when empty, and the opening alone."""
        return [(f"<w:tc>{tc_pr}{head}", f"{tail}</w:tc>", f"<w:tc>{tc_pr}{empty}</w:tc>",
                 f"<w:tc>{tc_pr}")
                for tc_pr, (head, tail, empty) in zip(tc_prs, self.lines, strict=False)]

    def row(self, texts: tuple[str, ...] | list[str], vmerge: bool | None = None,
            keep_whole: bool = False) -> str:
        tr_pr = self.tr_pr
        if keep_whole:  # w:cantSplit comes first among w:trPr's children we write
            tr_pr = (tr_pr.replace("<w:trPr>", "<w:trPr><w:cantSplit/>", 1) if tr_pr
                     else "<w:trPr><w:cantSplit/></w:trPr>")
        out = ["<w:tr>", tr_pr]
        # The row's texts escaped in one call (NUL, which XML text cannot hold, between
        # them): one call per cell was a tenth of a long report's table time.
        joined = "\x00".join(texts)
        escaped = (xml_text(joined).split("\x00") if "\x00" not in joined
                   else [xml_text(text) for text in texts])
        cells = self.cells
        for col, text in enumerate(escaped):
            cell = (self.merged_cells[vmerge] if col == 1 and vmerge is not None
                    else cells[col])
            if not text:
                out.append(cell[2])
            elif "\n" not in text:  # most cells: one line
                out += (cell[0], text, cell[1])
            else:  # escaping leaves line breaks alone
                head, tail, empty = self.lines[col]
                out.append(cell[3])
                for line in text.split("\n"):
                    out += (head, line, tail) if line else (empty,)
                out.append("</w:tc>")
        out.append("</w:tr>")
        return "".join(out)


def _lean(rpr: etree._Element) -> etree._Element | None:
    """Run properties without the font and size, which the Normal style carries (set from
    the report style): repeated on every run they would double a long report's size."""
    rpr = deepcopy(rpr)
    for tag in ("w:rFonts", "w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            rpr.remove(el)
    return rpr if len(rpr) else None


def _parse_rows(rows: list[str], nsmap: dict[str | None, str]) -> list[etree._Element]:
    decls = " ".join(f'xmlns:{k}="{v}"' for k, v in nsmap.items() if k)
    wrapper = etree.fromstring(f"<w:tbl {decls}>{''.join(rows)}</w:tbl>", oxml_parser)
    return list(wrapper)


_ROWS_MARK = "interreg:rows"


class _SplicedPart(DocumentPart):
    """The document part whose table rows are XML text already: they go into the saved
    bytes in place of a marker, so 10,000 rows are neither parsed into elements nor
    serialised back (the two took most of a long report's table time)."""

    _rows_xml: bytes

    @property
    def blob(self) -> bytes:
        return super().blob.replace(f"<!--{_ROWS_MARK}-->".encode(), self._rows_xml, 1)


def _splice_rows(doc: DocxDocument, tbl: etree._Element, rows: list[str],
                 nsmap: dict[str | None, str]) -> bool:
    """Leave the rows as text for the saved file; False where that cannot give the bytes
    the parsed rows would (a prefix the document root does not declare the same way)."""
    part = doc.part
    root = part.element.nsmap
    if type(part) is not DocumentPart or any(root.get(k) != v for k, v in nsmap.items() if k):
        return False
    tbl.append(etree.Comment(_ROWS_MARK))
    part.__class__ = _SplicedPart
    part._rows_xml = "".join(rows).encode("utf-8")  # noqa: SLF001
    return True


def _shell(tr: etree._Element) -> etree._Element:
    """A copy of a row with its cells emptied (cell properties kept)."""
    shell = deepcopy(tr)
    for tc in shell.iterfind(qn("w:tc")):
        for child in list(tc):
            if child.tag != qn("w:tcPr"):
                tc.remove(child)
    return shell


def _ensure_row_flags(tr: etree._Element, *, header: bool = False) -> None:
    """The header row repeats on every page and is never split; other rows may split
    (whether one is kept whole is decided per row, see ``_RowText.row``)."""
    trpr = _child(tr, "w:trPr", first=True)
    cant = trpr.find(qn("w:cantSplit"))
    if header:
        if cant is None:
            _child(trpr, "w:cantSplit")
        _child(trpr, "w:tblHeader")
    elif cant is not None:
        trpr.remove(cant)
    if trpr.getparent() is not None and not len(trpr):
        tr.remove(trpr)


def _keep_with_next(ppr: etree._Element | None) -> etree._Element:
    """Paragraph properties with «keep with next»: a section row's paragraphs keep the
    row with the one after it, so a heading never ends a page."""
    ppr = deepcopy(ppr) if ppr is not None else OxmlElement("w:pPr")
    if ppr.find(qn("w:keepNext")) is None:
        keep = OxmlElement("w:keepNext")
        # w:pStyle, if present, must stay first in w:pPr
        style = ppr.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(keep)
        else:
            ppr.insert(0, keep)
    return ppr


def _set_vmerge(tc: etree._Element, restart: bool) -> None:
    vmerge = tc.get_or_add_tcPr().get_or_add_vMerge()
    if restart:
        vmerge.set(qn("w:val"), "restart")


def _section_prototype(event_tr: etree._Element, total_twips: int) -> etree._Element:
    """A section row made from the numbered row when the template has none: one bold,
    centred cell spanning the table."""
    tr = deepcopy(event_tr)
    cells = tr.findall(qn("w:tc"))
    for tc in cells[1:]:
        tr.remove(tc)
    tcpr = cells[0].get_or_add_tcPr()
    tcpr.get_or_add_tcW().attrib.update({qn("w:w"): str(total_twips), qn("w:type"): "dxa"})
    tcpr.get_or_add_gridSpan().set(qn("w:val"), str(COLUMN_COUNT))
    for p in cells[0].iterfind(qn("w:p")):
        p.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.iterfind(qn("w:r")):
            r.get_or_add_rPr().get_or_add_b()
    return tr


def _set_paragraph(p: etree._Element, lines: list[str], font: str | None = None,
                   size: float | None = None) -> None:
    """Replace a paragraph's text, keeping its first run's formatting; lines become breaks."""
    runs = p.findall(qn("w:r"))
    rpr = runs[0].find(qn("w:rPr")) if runs else None
    for r in runs:
        p.remove(r)
    r = etree.SubElement(p, qn("w:r"))
    if rpr is not None or font:
        rpr = deepcopy(rpr) if rpr is not None else OxmlElement("w:rPr")
        if font and size:
            _apply_font(rpr, font, size)
        r.append(rpr)
    for i, line in enumerate(lines):
        if i:
            etree.SubElement(r, qn("w:br"))
        t = etree.SubElement(r, qn("w:t"))
        t.text = line
        t.set(XML_SPACE, "preserve")


def _fill_markers(doc: DocxDocument, report: Report, style: ReportStyle) -> None:
    executor = style.executor.strip()
    if executor and not executor.lower().startswith("исп"):
        executor = f"Исп. {executor}"
    values = {
        "{title}": ([report.title_lines[0]], style.title_font_size),
        "{period}": ([report.title_lines[1]], style.title_font_size),
        "{signature}": (style.signature.strip().splitlines(), style.table_font_size),
        "{executor}": (executor.splitlines(), 10.0),
    }
    for para in list(doc.paragraphs):
        marker = para.text.strip()
        if marker not in values:
            continue
        lines, size = values[marker]
        if lines:
            _set_paragraph(para._p, lines, style.font_name, size)
        else:
            para._p.getparent().remove(para._p)


def _page_setup(doc: DocxDocument, style: ReportStyle) -> None:
    from docx.enum.section import WD_ORIENT

    normal = doc.styles["Normal"]
    normal.font.name = style.font_name
    _apply_font(normal.element.get_or_add_rPr(), style.font_name, style.table_font_size)
    normal.font.size = Pt(style.table_font_size)
    for section in doc.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(style.PAGE_WIDTH_MM), Mm(style.PAGE_HEIGHT_MM)
        section.left_margin = Mm(style.margin_left_mm)
        section.right_margin = Mm(style.margin_right_mm)
        section.top_margin = Mm(style.margin_top_mm)
        section.bottom_margin = Mm(style.margin_bottom_mm)


def _set_widths(tbl: etree._Element, widths: list[int]) -> None:
    tblpr = tbl.tblPr
    for tag, attrs, successors in (
        ("w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"}, _TBL_PR_ORDER[7:]),
        ("w:tblLayout", {"w:type": "fixed"}, _TBL_PR_ORDER[13:]),
    ):
        el = tblpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            tblpr.insert_element_before(el, *successors)
        for k, v in attrs.items():
            el.set(qn(k), v)
    grid = tbl.find(qn("w:tblGrid"))
    for col in list(grid):
        grid.remove(col)
    for w in widths:
        etree.SubElement(grid, qn("w:gridCol")).set(qn("w:w"), str(w))
    for tr in tbl.iterfind(qn("w:tr")):
        tcs = tr.findall(qn("w:tc"))
        if len(tcs) == len(widths):
            for tc, w in zip(tcs, widths, strict=True):
                tcw = tc.get_or_add_tcPr().get_or_add_tcW()
                tcw.attrib.update({qn("w:w"): str(w), qn("w:type"): "dxa"})


def build_docx(
    report: Report,
    style: ReportStyle | None = None,
    template: Path | str | None = None,
    customize: Customize | None = None,
) -> DocxDocument:
    """The report as a python-docx Document (not saved)."""
    return _build(report, style, template, customize, splice=False)


def _build(
    report: Report,
    style: ReportStyle | None,
    template: Path | str | None,
    customize: Customize | None,
    *,
    splice: bool,
) -> DocxDocument:
    style = style or ReportStyle()
    doc = _open_template(template)
    if not doc.tables:
        raise ExportError(
            f"В шаблоне отчета «{template}» нет таблицы. Шаблон должен содержать таблицу "
            "из восьми столбцов: строку заголовка и строку-образец."
        )
    tbl = doc.tables[0]._tbl
    trs = tbl.findall(qn("w:tr"))
    if len(trs) < 2 or len(trs[0].findall(qn("w:tc"))) != COLUMN_COUNT \
            or len(trs[-1].findall(qn("w:tc"))) != COLUMN_COUNT:
        raise ExportError(
            f"Таблица в шаблоне отчета «{template}» должна иметь восемь столбцов, строку "
            "заголовка и строку-образец. Укажите другой шаблон в настройках."
        )
    _page_setup(doc, style)
    widths_mm = column_widths_mm(report, style)
    widths = [round(w * TWIPS_PER_MM) for w in widths_mm]
    _set_widths(tbl, widths)

    header_tr, event_proto = trs[0], trs[-1]
    section_proto = trs[1] if len(trs) >= 3 and len(trs[1].findall(qn("w:tc"))) == 1 \
        else _section_prototype(event_proto, sum(widths))
    for tr in (header_tr, section_proto, event_proto):
        _ensure_row_flags(tr, header=tr is header_tr)

    header_shapes = [_CellShape(tc, style) for tc in header_tr.findall(qn("w:tc"))]
    header_new = _shell(header_tr)
    for tc, shape, text in zip(header_new.findall(qn("w:tc")), header_shapes, report.headers,
                               strict=True):
        # Soft hyphens: a reader without a Russian hyphenation dictionary still breaks the
        # narrow columns' header words at a syllable, with a hyphen (as the PDF does).
        shape.fill(tc, hyphenate_text(text))
    section_shape = _CellShape(section_proto.find(qn("w:tc")), style)
    section_shape.ppr = _keep_with_next(section_shape.ppr)
    section_shell = _shell(section_proto)
    event_shapes = [_CellShape(tc, style) for tc in event_proto.findall(qn("w:tc"))]
    event_shell = _shell(event_proto)

    for tr in trs:
        tbl.remove(tr)
    if section_proto.getparent() is not None:
        tbl.remove(section_proto)
    tbl.append(header_new)

    event_text = _RowText(event_shell, event_shapes, lean=True)
    section_text = _RowText(section_shell, [section_shape])
    rows: list[str] = []
    for row in report.rows:
        if isinstance(row, EventRow):
            vmerge = True if row.run_length > 1 else False if row.run_length == 0 else None
            rows.append(event_text.row(row.texts(), vmerge, keeps_whole(row, widths_mm, style)))
        else:
            rows.append(section_text.row([row.text], keep_whole=True))
    nsmap = {**section_text.nsmap, **event_text.nsmap}
    if not (splice and _splice_rows(doc, tbl, rows, nsmap)):
        tbl.extend(_parse_rows(rows, nsmap))

    _fill_markers(doc, report, style)
    # The executor named in the settings is the author; else the login name.
    set_metadata(doc, report.title, report.title_lines[1], style.executor_name)
    if customize is not None:
        customize(doc)
    return doc


def save_docx(
    report: Report,
    path: Path | str,
    style: ReportStyle | None = None,
    template: Path | str | None = None,
    customize: Customize | None = None,
) -> Path:
    """Build and save to ``path`` as is (callers wanting safety go through atomic_write)."""
    doc = _build(report, style, template, customize, splice=True)
    save_document(doc, path)
    return Path(path)
