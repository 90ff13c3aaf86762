"""The report's template filled in: plain lxml on the template's document and styles XML.

Shared by both ways of writing the DOCX: python-docx's (docx_report, for a template
python-docx must open, and for callers that want the Document) and the text one
(docx_text), which never imports python-docx — its import is a tenth of a second of
every export. Element children are added in schema order (Word rejects a file whose
children are out of order), as python-docx's own ``get_or_add_*`` methods add them.

Rows are made by copying the template's prototype rows as XML text pieces: python-docx's
``Table.cell()`` rebuilds the grid on every call and ``cell.merge`` recurses along a
run, so both fail or crawl on long reports. Agreement runs are merged with ``w:vMerge``
restart/continue. The template's plan is described in scripts/make_report_template.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from ..domain.report import COLUMN_COUNT, EventRow, Report, ReportStyle
from ..domain.report_columns import column_widths_mm, keeps_whole
from .files import ExportError
from .hyphenate import SOFT_HYPHEN, hyphenate_text
from .xml_text import xml_text

__all__ = ["DEFAULT_TEMPLATE", "W_NS", "FilledTable", "fill_template", "qn"]

DEFAULT_TEMPLATE = ("templates", "report_template.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PREFIXES = {"w": W_NS}
TWIPS_PER_MM = 1440 / 25.4
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
EMU_PER_PT = 12700
EMU_PER_MM = 36000
EMU_PER_TWIP = 635

# Schema order of the children this module adds (python-docx's _tag_seq of each).
_TBL_PR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)
_RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
    "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof",
    "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern",
    "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_TCPR_ORDER = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)
_STYLE_ORDER = (
    "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
    "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked",
    "w:personal", "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr",
    "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr",
)
# Elements that come first in their parent whatever else it holds.
_FIRST = {"w:tcPr": (), "w:pPr": (), "w:rPr": (), "w:trPr": ()}


def qn(tag: str) -> str:
    """``w:tag`` as lxml's ``{namespace}tag``."""
    prefix, name = tag.split(":")
    return f"{{{_PREFIXES[prefix]}}}{name}"


def _get_or_add(parent: etree._Element, tag: str, order: tuple[str, ...]) -> etree._Element:
    """The child ``tag``, added before the first child that follows it in ``order``."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    el = parent.makeelement(qn(tag), {})
    later = {qn(t) for t in order[order.index(tag) + 1:]}
    for child in parent:
        if child.tag in later:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def _get_or_add_first(parent: etree._Element, tag: str) -> etree._Element:
    """A properties child (w:tcPr, w:pPr, w:rPr), which comes first in its parent."""
    found = parent.find(qn(tag))
    if found is None:
        found = parent.makeelement(qn(tag), {})
        parent.insert(0, found)
    return found


def _new(tag: str) -> etree._Element:
    return etree.Element(qn(tag), nsmap={"w": W_NS})


def _half_points(size_pt: float) -> str:
    # python-docx's Pt → ST_HpsMeasure: int EMU, then int half points
    return str(int(int(size_pt * EMU_PER_PT) / EMU_PER_PT * 2))


def _twips(mm: float) -> str:
    # python-docx's Mm → ST_TwipsMeasure: int EMU, then rounded twips
    return str(int(round(int(mm * EMU_PER_MM) / EMU_PER_TWIP)))


def _child(parent: etree._Element, tag: str, *, first: bool = False) -> etree._Element:
    found = parent.find(qn(tag))
    if found is None:
        found = parent.makeelement(qn(tag), {})
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _apply_font(rpr: etree._Element, name: str, size_pt: float) -> None:
    """Font and size on a run-properties element, children kept in schema order
    (Word rejects a file whose w:rPr children are out of order)."""
    fonts = _get_or_add(rpr, "w:rFonts", _RPR_ORDER)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    sz = _get_or_add(rpr, "w:sz", _RPR_ORDER)
    sz.set(qn("w:val"), _half_points(size_pt))
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = _new("w:szCs")
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
        self.rpr = deepcopy(rpr) if rpr is not None else _new("w:rPr")
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
        # (The check was once "NUL not in the joined text", which the separators made
        # always false: every row took the slow way.)
        escaped = xml_text("\x00".join(texts)).split("\x00")
        if len(escaped) != len(texts):  # a text holding NUL itself
            escaped = [xml_text(text) for text in texts]
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
    ppr = deepcopy(ppr) if ppr is not None else _new("w:pPr")
    if ppr.find(qn("w:keepNext")) is None:
        keep = _new("w:keepNext")
        # w:pStyle, if present, must stay first in w:pPr
        style = ppr.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(keep)
        else:
            ppr.insert(0, keep)
    return ppr


def _set_vmerge(tc: etree._Element, restart: bool) -> None:
    vmerge = _get_or_add(_get_or_add_first(tc, "w:tcPr"), "w:vMerge", _TCPR_ORDER)
    if restart:
        vmerge.set(qn("w:val"), "restart")


def _section_prototype(event_tr: etree._Element, total_twips: int) -> etree._Element:
    """A section row made from the numbered row when the template has none: one bold,
    centred cell spanning the table."""
    tr = deepcopy(event_tr)
    cells = tr.findall(qn("w:tc"))
    for tc in cells[1:]:
        tr.remove(tc)
    tcpr = _get_or_add_first(cells[0], "w:tcPr")
    _get_or_add(tcpr, "w:tcW", _TCPR_ORDER).attrib.update(
        {qn("w:w"): str(total_twips), qn("w:type"): "dxa"})
    _get_or_add(tcpr, "w:gridSpan", _TCPR_ORDER).set(qn("w:val"), str(COLUMN_COUNT))
    for p in cells[0].iterfind(qn("w:p")):
        _get_or_add(_get_or_add_first(p, "w:pPr"), "w:jc", _PPR_ORDER).set(qn("w:val"), "center")
        for r in p.iterfind(qn("w:r")):
            _get_or_add(_get_or_add_first(r, "w:rPr"), "w:b", _RPR_ORDER)
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
        rpr = deepcopy(rpr) if rpr is not None else _new("w:rPr")
        if font and size:
            _apply_font(rpr, font, size)
        r.append(rpr)
    for i, line in enumerate(lines):
        if i:
            etree.SubElement(r, qn("w:br"))
        t = etree.SubElement(r, qn("w:t"))
        t.text = line
        t.set(XML_SPACE, "preserve")


def _paragraph_text(p: etree._Element) -> str:
    """A paragraph's text as python-docx's ``Paragraph.text`` gives it (runs and hyperlinks)."""
    out = []
    for child in p:
        if child.tag == _R:
            out += _run_text(child)
        elif child.tag == _HYPERLINK:
            for r in child.iterfind(_R):
                out += _run_text(r)
    return "".join(out)


_R, _HYPERLINK, _T = qn("w:r"), qn("w:hyperlink"), qn("w:t")
_RUN_TEXT = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-", qn("w:ptab"): "\t"}


def _run_text(r: etree._Element) -> list[str]:
    return [(el.text or "") if el.tag == _T else _RUN_TEXT.get(el.tag, "") for el in r]


def _fill_markers(body: etree._Element, report: Report, style: ReportStyle) -> None:
    executor = style.executor.strip()
    if executor and not executor.lower().startswith("исп"):
        executor = f"Исп. {executor}"
    values = {
        "{title}": ([report.title_lines[0]], style.title_font_size),
        "{period}": ([report.title_lines[1]], style.title_font_size),
        "{signature}": (style.signature.strip().splitlines(), style.table_font_size),
        "{executor}": (executor.splitlines(), 10.0),
    }
    for p in body.findall(qn("w:p")):
        marker = _paragraph_text(p).strip()
        if marker not in values:
            continue
        lines, size = values[marker]
        if lines:
            _set_paragraph(p, lines, style.font_name, size)
        else:
            body.remove(p)


_SECTPR_ORDER = (
    "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type",
    "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols",
    "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)


def normal_style(styles: etree._Element) -> etree._Element | None:
    """The «Normal» paragraph style (by name, as python-docx finds it)."""
    for el in styles.iterfind(qn("w:style")):
        name = el.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) == "Normal":
            return el
    return None


def _page_setup(document: etree._Element, styles: etree._Element, style: ReportStyle) -> None:
    normal = normal_style(styles)
    if normal is None:
        raise KeyError("no style with name 'Normal'")
    _apply_font(_get_or_add(normal, "w:rPr", _STYLE_ORDER), style.font_name,
                style.table_font_size)
    body = document.find(qn("w:body"))
    sections = [*body.iterfind(f"{qn('w:p')}/{qn('w:pPr')}/{qn('w:sectPr')}"),
                *body.iterfind(qn("w:sectPr"))]
    for sect in sections:
        size = _get_or_add(sect, "w:pgSz", _SECTPR_ORDER)
        size.set(qn("w:orient"), "landscape")
        size.set(qn("w:w"), _twips(style.PAGE_WIDTH_MM))
        size.set(qn("w:h"), _twips(style.PAGE_HEIGHT_MM))
        margins = _get_or_add(sect, "w:pgMar", _SECTPR_ORDER)
        for attr, mm in (("w:left", style.margin_left_mm), ("w:right", style.margin_right_mm),
                         ("w:top", style.margin_top_mm), ("w:bottom", style.margin_bottom_mm)):
            margins.set(qn(attr), _twips(mm))


def _set_widths(tbl: etree._Element, widths: list[int]) -> None:
    tblpr = tbl.find(qn("w:tblPr"))
    for tag, attrs in (("w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"}),
                       ("w:tblLayout", {"w:type": "fixed"})):
        el = _get_or_add(tblpr, tag, _TBL_PR_ORDER)
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
                tcw = _get_or_add(_get_or_add_first(tc, "w:tcPr"), "w:tcW", _TCPR_ORDER)
                tcw.attrib.update({qn("w:w"): str(w), qn("w:type"): "dxa"})


@dataclass
class FilledTable:
    """The template's table with its header row in place and the report's rows as XML
    text, still to be added (parsed, or spliced into the saved bytes). ``rows`` are made
    as they are taken, once: the DOCX written as text streams them into the zip, and
    10,000 rows held as text were 40 MB the process had to fault in."""

    tbl: etree._Element
    rows: Iterator[str]
    nsmap: dict[str | None, str]


def fill_template(document: etree._Element, styles: etree._Element, report: Report,
                  style: ReportStyle, template: object) -> FilledTable:
    """Fill the template's document XML (``w:document``) and styles XML in place."""
    body = document.find(qn("w:body"))
    tbl = body.find(qn("w:tbl")) if body is not None else None
    if tbl is None:
        raise ExportError(
            f"В шаблоне отчета «{template}» нет таблицы. Шаблон должен содержать таблицу "
            "из восьми столбцов: строку заголовка и строку-образец."
        )
    trs = tbl.findall(qn("w:tr"))
    if len(trs) < 2 or len(trs[0].findall(qn("w:tc"))) != COLUMN_COUNT \
            or len(trs[-1].findall(qn("w:tc"))) != COLUMN_COUNT:
        raise ExportError(
            f"Таблица в шаблоне отчета «{template}» должна иметь восемь столбцов, строку "
            "заголовка и строку-образец. Укажите другой шаблон в настройках."
        )
    _page_setup(document, styles, style)
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
    _fill_markers(body, report, style)

    def rows() -> Iterator[str]:
        for row in report.rows:
            if isinstance(row, EventRow):
                vmerge = True if row.run_length > 1 else False if row.run_length == 0 else None
                yield event_text.row(row.texts(), vmerge, keeps_whole(row, widths_mm, style))
            else:
                yield section_text.row([row.text], keep_whole=True)

    return FilledTable(tbl, rows(), {**section_text.nsmap, **event_text.nsmap})
