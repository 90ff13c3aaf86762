"""The report as a DOCX document through python-docx, on a template
(resources/templates/report_template.docx).

The template is filled in by :mod:`docx_body` (plain lxml, shared with the text way of
:mod:`docx_text`, which the export takes when it can). This way is for callers that
want the python-docx Document (the summary appendix, other customizers) and for
templates the text way does not take.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.parser import oxml_parser
from docx.parts.document import DocumentPart
from lxml import etree

from ..domain.report import Report, ReportStyle
from ..paths import resource
from .docx_body import DEFAULT_TEMPLATE, TWIPS_PER_MM, fill_template
from .docx_metadata import set_metadata
from .docx_zip import save_document
from .files import ExportError

__all__ = ["DEFAULT_TEMPLATE", "TWIPS_PER_MM", "Customize", "build_docx", "save_docx"]

# Called with the finished document before it is saved: the seam through which
# the exchange package (machine-readable records) is embedded in the file.
Customize = Callable[[DocxDocument], None]


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


def _parse_rows(rows: Iterable[str], nsmap: dict[str | None, str]) -> list[etree._Element]:
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


def _splice_rows(doc: DocxDocument, tbl: etree._Element, rows: Iterable[str],
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
    filled = fill_template(doc.element, doc.styles.element, report, style, template)
    if not (splice and _splice_rows(doc, filled.tbl, filled.rows, filled.nsmap)):
        filled.tbl.extend(_parse_rows(filled.rows, filled.nsmap))

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
