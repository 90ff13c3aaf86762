"""The XLSX package around the report's one sheet, written as text.

These are the parts openpyxl writes for a one-sheet write-only workbook, the same
XML, written without importing openpyxl: its import is a fifth of a second of
every export, more than writing a thousand events' rows. A workbook with the
summary sheet is still made by openpyxl (see xlsx_report); a test holds the two
ways to the same parts.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .xlsx_theme import THEME_XML
from .xml_text import xml_attribute, xml_text

__all__ = ["Alignment", "CellStyles", "Font", "SheetSetup", "write_package"]

Font = tuple[str, float, bool]  # name, size in points, bold
Alignment = tuple[str, str]  # horizontal, vertical; the text always wraps

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument"
SHEET_PART = "xl/worksheets/sheet1.xml"
_BOLD = '<b val="1"/>'


def number(value: float) -> str:
    """A number as openpyxl writes one (``%.16g``: 12.0 as «12», 0.3 as «0.3»)."""
    return f"{value:.16g}"



class CellStyles:
    """Cell formats numbered in the order the cells first ask for them, from 1 (0 is
    the default format), with their fonts numbered the same way after the table's own
    font: the numbering openpyxl gives them."""

    def __init__(self, default_font: Font) -> None:
        self.fonts: list[Font] = [default_font]
        self.formats: list[tuple[Font, Alignment, bool, bool]] = []
        self._ids: dict[tuple[Font, Alignment, bool, bool], int] = {}

    def id(self, font: Font, align: Alignment, framed: bool, quote: bool) -> int:
        key = (font, align, framed, quote)
        found = self._ids.get(key)
        if found is None:
            if font not in self.fonts:
                self.fonts.append(font)
            self.formats.append(key)
            found = self._ids[key] = len(self.formats)
        return found

    def xml(self) -> str:
        fonts = "".join(
            f'<font><name val="{xml_attribute(name)}"/>{_BOLD if bold else ""}'
            f'<sz val="{number(size)}"/></font>' for name, size, bold in self.fonts)
        framed_any = any(framed for _f, _a, framed, _q in self.formats)
        borders = ('<border><left/><right/><top/><bottom/><diagonal/></border>'
                   + ('<border><left style="thin"/><right style="thin"/><top style="thin"/>'
                      '<bottom style="thin"/></border>' if framed_any else ""))
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" '
               'quotePrefix="0" xfId="0"/>']
        for font, (horizontal, vertical), framed, quote in self.formats:
            xfs.append(
                f'<xf numFmtId="0" fontId="{self.fonts.index(font)}" fillId="0" '
                f'borderId="{int(framed)}" applyAlignment="1" pivotButton="0" '
                f'quotePrefix="{int(quote)}" xfId="0"><alignment horizontal="{horizontal}" '
                f'vertical="{vertical}" wrapText="1"/></xf>')
        return (f'<styleSheet xmlns="{_MAIN}"><numFmts count="0"/>'
                f'<fonts count="{len(self.fonts)}">{fonts}</fonts><fills count="2"><fill>'
                '<patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                f'<borders count="{1 + framed_any}">{borders}</borders><cellStyleXfs count="1">'
                '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs><cellStyles count="1">'
                '<cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles>'
                '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
                f'defaultPivotStyle="PivotStyleLight16"/>{_INDEXED_COLORS}</styleSheet>')


@dataclass(frozen=True)
class SheetSetup:
    """What the sheet's XML says around its rows."""

    name: str
    header_row: int  # frozen below it, printed on every page
    column_widths: list[float]  # in Excel's unit
    margins_inch: tuple[float, float, float, float]  # left, right, top, bottom

    def head(self) -> str:
        cols = "".join(f'<col width="{number(w)}" customWidth="1" min="{i}" max="{i}"/>'
                       for i, w in enumerate(self.column_widths, start=1))
        return (f'<worksheet xmlns="{_MAIN}"><sheetPr><outlinePr summaryBelow="1" '
                'summaryRight="1"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>'
                f'<sheetView workbookViewId="0"><pane ySplit="{self.header_row}" '
                f'topLeftCell="A{self.header_row + 1}" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView>'
                '</sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
                f'<cols>{cols}</cols><sheetData>')

    def tail(self, after_rows: str, breaks_xml: str) -> str:
        left, right, top, bottom = (number(m) for m in self.margins_inch)
        return (f'{after_rows}<pageMargins left="{left}" right="{right}" top="{top}" '
                f'bottom="{bottom}" header="0.3" footer="0.3"/><pageSetup '
                'orientation="landscape" paperSize="9" fitToHeight="0" fitToWidth="1"/>'
                '<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P</oddHeader>'
                '<oddFooter></oddFooter><evenHeader></evenHeader><evenFooter></evenFooter>'
                '<firstHeader></firstHeader><firstFooter></firstFooter></headerFooter>'
                f'{breaks_xml}</worksheet>')


def write_package(path: Path | str, setup: SheetSetup, styles: CellStyles, title: str,
                  rows_xml: list[str], after_rows: str, breaks_xml: str,
                  rows_compresslevel: int, rows_per_write: int) -> None:
    """The workbook at ``path``: one sheet, its rows streamed into the zip in batches
    at ``rows_compresslevel``, then ``after_rows`` (the closing tag and the merges)."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    quoted = setup.name.replace("'", "''")
    print_titles = f"'{quoted}'!${setup.header_row}:${setup.header_row}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("docProps/app.xml", _APP)
        dst.writestr("docProps/core.xml", _core(title, stamp))
        dst.writestr("xl/theme/theme1.xml", THEME_XML)
        dst.compresslevel = rows_compresslevel  # for the entry opened by name below
        with dst.open(SHEET_PART, "w") as sheet:
            sheet.write(setup.head().encode())
            for start in range(0, len(rows_xml), rows_per_write):
                sheet.write("".join(rows_xml[start:start + rows_per_write]).encode())
            sheet.write(setup.tail(after_rows, breaks_xml).encode())
        dst.compresslevel = None
        dst.writestr("xl/styles.xml", styles.xml())
        dst.writestr("_rels/.rels", _relationships([
            (f"{_REL}/officeDocument", "xl/workbook.xml"),
            (f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            (f"{_REL}/extended-properties", "docProps/app.xml")]))
        dst.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{_MAIN}"><workbookPr/><workbookProtection/><bookViews>'
            '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" '
            'showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" '
            'activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets>'
            f'<sheet xmlns:r="{_REL}" name="{xml_attribute(setup.name)}" sheetId="1" '
            'state="visible" r:id="rId1"/></sheets><definedNames><definedName '
            f'name="_xlnm.Print_Titles" localSheetId="0">{xml_text(print_titles)}'
            '</definedName></definedNames><calcPr calcId="124519" fullCalcOnLoad="1"/>'
            '</workbook>'))
        dst.writestr("xl/_rels/workbook.xml.rels", _relationships([
            (f"{_REL}/worksheet", f"/{SHEET_PART}"), (f"{_REL}/styles", "styles.xml"),
            (f"{_REL}/theme", "theme/theme1.xml")]))
        dst.writestr("[Content_Types].xml", _CONTENT_TYPES)


def _relationships(targets: Iterable[tuple[str, str]]) -> str:
    return (f'<Relationships xmlns="{_PKG_REL}">'
            + "".join(f'<Relationship Type="{kind}" Target="{target}" Id="rId{i}"/>'
                      for i, (kind, target) in enumerate(targets, start=1))
            + "</Relationships>")


def _core(title: str, stamp: str) -> str:
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    terms = ('xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF"')
    return ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            f'metadata/core-properties"><dc:creator {dc}>openpyxl</dc:creator><dc:title {dc}>'
            f'{xml_text(title)}</dc:title><dcterms:created {terms}>{stamp}</dcterms:created>'
            f'<dcterms:modified {terms}>{stamp}</dcterms:modified></cp:coreProperties>')


_APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>Microsoft Excel Compatible / Openpyxl 3.1.5'
        '</Application><AppVersion>3.1</AppVersion></Properties>')

_CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.spreadsheetml.styles+xml"/>'
    f'<Override PartName="/xl/theme/theme1.xml" ContentType="{_TYPES}.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
    f'ContentType="{_TYPES}.extended-properties+xml"/><Override PartName="/{SHEET_PART}" '
    f'ContentType="{_TYPES}.spreadsheetml.worksheet+xml"/><Override '
    f'PartName="/xl/workbook.xml" ContentType="{_TYPES}.spreadsheetml.sheet.main+xml"/></Types>'
)

_INDEXED_COLORS = "<colors><indexedColors>" + "".join(
    f'<rgbColor rgb="00{rgb}"/>' for rgb in (
        "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 "
        "0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 "
        "9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF "
        "800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 "
        "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 "
        "993300 993366 333399 333333").split()) + "</indexedColors></colors>"
