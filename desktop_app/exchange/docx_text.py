"""The report DOCX written without python-docx: the template's parts as text.

python-docx's import is a tenth of a second of every export and its package model
adds more; all the export needs from it is to open the template, hand its document
and styles XML to :func:`docx_body.fill_template`, and write the parts back. Here the
same is done on the zip directly, with the bytes python-docx would write: the parts
it parses (document, styles, settings, numbering, headers…) are parsed and serialised
the same way, the others copied, the relationships and content types rebuilt as it
rebuilds them, unreachable parts dropped as it drops them (a test holds the two ways
to the same parts). A template this does not understand — no core properties, a
records part already in it, a part it cannot read — is left to python-docx
(:func:`load_template` gives None), which also gives the user its error messages.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from lxml import etree

from ..domain.report import Report, ReportStyle
from ..paths import resource
from .docx_body import DEFAULT_TEMPLATE, fill_template
from .docx_metadata import (
    APP_XML,
    RT_STYLES_WITH_EFFECTS,
    RT_THUMBNAIL,
    application_name,
    default_author,
)
from .files import ZIP_LEVEL
from .package import CT_CUSTOM_XML_PROPS, RT_CUSTOM_XML, RT_CUSTOM_XML_PROPS, is_records_part
from .xml_text import xml_attribute, xml_text

__all__ = ["TextTemplate", "load_template", "save_docx_text"]

_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_RT_OFFICE_DOCUMENT = _RT + "officeDocument"
_RT_STYLES = _RT + "styles"
_RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CT_DOCUMENT = _CT + "document.main+xml"
_CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
_CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"
# The parts python-docx parses and serialises again (its PartFactory's types).
_PARSED = {_CT_CORE, _CT + "comments+xml", _CT_DOCUMENT, _CT + "footer+xml",
           _CT + "header+xml", _CT + "numbering+xml", _CT + "settings+xml", _CT + "styles+xml"}
# python-docx's default_content_types: these go in a Default entry, the rest in Overrides.
_DEFAULTS = {
    ("bin", "application/vnd.openxmlformats-officedocument.presentationml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"),
    ("bmp", "image/bmp"), ("emf", "image/x-emf"), ("fntdata", "application/x-fontdata"),
    ("gif", "image/gif"), ("jpe", "image/jpeg"), ("jpeg", "image/jpeg"),
    ("jpg", "image/jpeg"), ("png", "image/png"), ("rels", _CT_RELS),
    ("tif", "image/tiff"), ("tiff", "image/tiff"), ("wdp", "image/vnd.ms-photo"),
    ("wmf", "image/x-wmf"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("xml", "application/xml"),
}
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_MAX_PROPERTY = 255  # python-docx refuses a longer core property


def _serialize(root: etree._Element) -> bytes:
    # python-docx's serialize_part_xml
    return etree.tostring(root, encoding="UTF-8", standalone=True)


class _Rel:
    def __init__(self, rid: str, reltype: str, target: str, external: bool) -> None:
        self.rid, self.reltype, self.target, self.external = rid, reltype, target, external


def _rels_name(partname: str) -> str:
    folder, name = posixpath.split(partname)
    return posixpath.join(folder, "_rels", name + ".rels").lstrip("/")


def _rels_xml(rels: list[_Rel], source: str) -> bytes:
    base = posixpath.dirname(source)
    items = "".join(
        f'<Relationship Id="{xml_attribute(r.rid)}" Type="{xml_attribute(r.reltype)}" Target="'
        + xml_attribute(r.target if r.external
                else r.target[1:] if base == "/" else posixpath.relpath(r.target, base))
        + ('" TargetMode="External"/>' if r.external else '"/>')
        for r in rels
    )
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>').encode()


class TextTemplate:
    """A template's parts as python-docx would load them: each reachable part's bytes,
    its content type and its relationships (targets as absolute part names)."""

    def __init__(self, members: dict[str, bytes]) -> None:
        types = etree.fromstring(members["[Content_Types].xml"], _PARSER)
        self._defaults = {el.get("Extension", "").lower(): el.get("ContentType", "")
                          for el in types.iterfind(f"{{{_TYPES}}}Default")}
        self._overrides = {el.get("PartName", "").lower(): el.get("ContentType", "")
                           for el in types.iterfind(f"{{{_TYPES}}}Override")}
        self.blobs: dict[str, bytes] = {}
        self.types: dict[str, str] = {}
        self.rels: dict[str, list[_Rel]] = {}
        self.package_rels = self._load_rels(members, "/")
        pending = [r.target for r in self.package_rels if not r.external]
        while pending:
            name = pending.pop(0)
            if name in self.blobs:
                continue
            self.blobs[name] = members[name[1:]]
            self.types[name] = self._type_of(name)
            self.rels[name] = self._load_rels(members, name)
            pending += [r.target for r in self.rels[name] if not r.external]

    def _type_of(self, name: str) -> str:
        # As python-docx looks it up: the part's Override, else its extension's Default.
        found = self._overrides.get(name.lower())
        if found is None:
            found = self._defaults[posixpath.splitext(name)[1][1:].lower()]
        return found

    @staticmethod
    def _load_rels(members: dict[str, bytes], source: str) -> list[_Rel]:
        data = members.get("_rels/.rels" if source == "/" else _rels_name(source))
        if data is None:
            return []
        base = posixpath.dirname(source)
        rels = []
        for el in etree.fromstring(data, _PARSER).iterfind(f"{{{_PKG_RELS}}}Relationship"):
            external = el.get("TargetMode") == "External"
            target = el.get("Target", "")
            if not external:
                target = posixpath.normpath(posixpath.join(base, target))
            rels.append(_Rel(el.get("Id", ""), el.get("Type", ""), target, external))
        return rels

    def target(self, source: str, reltype: str) -> str | None:
        rels = self.package_rels if source == "/" else self.rels.get(source, [])
        return next((r.target for r in rels if r.reltype == reltype and not r.external), None)


def load_template(template: Path | str | None) -> TextTemplate | None:
    """The template's parts, or None when python-docx should open it (see module doc)."""
    try:
        data = resource(*DEFAULT_TEMPLATE).read_bytes() if template is None \
            else Path(template).read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        parts = TextTemplate(members)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return None
    document = parts.target("/", _RT_OFFICE_DOCUMENT)
    if document is None or parts.types.get(document) != _CT_DOCUMENT:
        return None
    core = parts.target("/", _RT_CORE)
    if core is None or parts.types.get(core) != _CT_CORE \
            or parts.target(document, _RT_STYLES) is None:
        return None
    for rel in parts.rels[document]:
        if rel.reltype == RT_CUSTOM_XML and not rel.external \
                and is_records_part(parts.blobs[rel.target]):
            return None  # python-docx replaces the records in place
    return parts


def _core_xml(blob: bytes, values: list[tuple[str, str]], stamp: datetime) -> bytes | None:
    """The core properties set as python-docx's setters set them (a missing element is
    appended, dates with their xsi:type); None where python-docx would refuse a value."""
    ns = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
          "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"}
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    root = etree.fromstring(blob, _PARSER)

    def get_or_add(tag: str) -> etree._Element:
        prefix, name = tag.split(":")
        clark = f"{{{ns[prefix]}}}{name}"
        found = root.find(clark)
        if found is None:
            found = etree.Element(clark, nsmap={prefix: ns[prefix]})
            root.append(found)
        return found

    for tag, value in values:
        if len(value) > _MAX_PROPERTY:
            return None
        get_or_add(tag).text = value
    for tag in ("dcterms:created", "dcterms:modified"):
        el = get_or_add(tag)
        el.text = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        # python-docx's way to declare xsi on the root rather than on each element
        root.set(f"{{{xsi}}}foo", "bar")
        el.set(f"{{{xsi}}}type", "dcterms:W3CDTF")
        del root.attrib[f"{{{xsi}}}foo"]
    return _serialize(root)


# The records part (its bytes, or its bytes in pieces) and its properties part, given the
# SHA-256 of the main part as written (None where it is not known).
Records = Callable[[str | None], tuple[bytes | Iterable[bytes], bytes]]
# A part's bytes, its bytes in pieces, or what gives them when the part is written.
_Blob = bytes | Iterable[bytes] | Callable[[], "bytes | Iterable[bytes]"]
ROWS_PER_PIECE = 64  # rows encoded and compressed at a time (~150 KB)


def save_docx_text(report: Report, path: Path | str, style: ReportStyle,
                   parts: TextTemplate, template: object, records: Records | None) -> bool:
    """Write the report as python-docx would write it from ``parts``; ``records`` gives the
    records part and its properties part. False (nothing written) where python-docx must."""
    document = parts.target("/", _RT_OFFICE_DOCUMENT)
    styles_name = parts.target(document, _RT_STYLES)
    doc_root = etree.fromstring(parts.blobs[document], _PARSER)
    styles_root = etree.fromstring(parts.blobs[styles_name], _PARSER)
    filled = fill_template(doc_root, styles_root, report, style, template)
    if any(doc_root.nsmap.get(k) != v for k, v in filled.nsmap.items() if k):
        return False  # a prefix the rows use is declared otherwise: python-docx parses them
    filled.tbl.append(etree.Comment("interreg:rows"))
    rows = filled.rows  # made as they go to the zip, a piece at a time
    del filled

    author = style.executor_name.strip() or default_author()
    stamp = datetime.now(UTC).replace(microsecond=0)
    core = parts.target("/", _RT_CORE)
    core_xml = _core_xml(parts.blobs[core], [
        ("dc:title", report.title), ("dc:subject", report.title_lines[1]),
        ("dc:creator", author), ("cp:lastModifiedBy", author), ("dc:description", ""),
        ("cp:keywords", ""), ("cp:category", ""), ("cp:revision", "1")], stamp)
    if core_xml is None:
        return False

    package_rels = [r for r in parts.package_rels if r.reltype != RT_THUMBNAIL]
    rels = {name: list(found) for name, found in parts.rels.items()}
    rels[document] = [r for r in rels[document] if r.reltype != RT_STYLES_WITH_EFFECTS]
    blobs: dict[str, _Blob] = dict(parts.blobs)
    types = dict(parts.types)
    # Streamed into the zip: the 10,000-row text, its UTF-8 bytes and the bytes with the
    # rows spliced in were three whole copies (~100 MB the process had to fault in).
    head, tail = _serialize(doc_root).split(b"<!--interreg:rows-->", 1)
    digest = _Digest()
    blobs[document] = digest.of(_pieces(head, rows, tail))
    del rows
    blobs[styles_name] = _serialize(styles_root)
    blobs[core] = core_xml
    if records is not None:
        taken = set(_reachable(package_rels, rels))
        n = 1
        while f"/customXml/item{n}.xml" in taken or f"/customXml/itemProps{n}.xml" in taken:
            n += 1
        item, props = f"/customXml/item{n}.xml", f"/customXml/itemProps{n}.xml"
        blobs[item], blobs[props] = _records_parts(records, item, props, digest)
        types[item], types[props] = "application/xml", CT_CUSTOM_XML_PROPS
        rels[item] = [_Rel("rId1", RT_CUSTOM_XML_PROPS, props, False)]
        rels[props] = []
        taken_ids = {r.rid for r in rels[document]}
        rid = next(f"rId{k}" for k in range(1, len(taken_ids) + 2) if f"rId{k}" not in taken_ids)
        rels[document].append(_Rel(rid, RT_CUSTOM_XML, item, False))

    order = _reachable(package_rels, rels)
    defaults = {"rels": _CT_RELS, "xml": "application/xml"}
    overrides: dict[str, str] = {}
    for name in order:
        ext = posixpath.splitext(name)[1][1:]
        if (ext.lower(), types[name]) in _DEFAULTS:
            defaults[ext] = types[name]
        else:
            overrides[name] = types[name]
        if name == "/docProps/app.xml":
            blobs[name] = APP_XML.format(app=xml_text(application_name())).encode("utf-8")
        elif types[name] in _PARSED and name not in (document, styles_name, core):
            blobs[name] = _serialize(etree.fromstring(blobs[name], _PARSER))  # type: ignore[arg-type]
    content_types = (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Types xmlns=\"{_TYPES}\">"
        + "".join(f'<Default Extension="{xml_attribute(ext)}" ContentType="{xml_attribute(defaults[ext])}"/>'
                  for ext in sorted(defaults))
        + "".join(f'<Override PartName="{xml_attribute(name)}" ContentType="{xml_attribute(overrides[name])}"/>'
                  for name in sorted(overrides))
        + "</Types>"
    ).encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED,
                         compresslevel=ZIP_LEVEL) as out:
        out.writestr("[Content_Types].xml", content_types)
        out.writestr("_rels/.rels", _rels_xml(package_rels, "/"))
        for name in order:
            _write_part(out, name[1:], blobs.pop(name))  # each let go once written
            if rels.get(name):
                out.writestr(_rels_name(name), _rels_xml(rels[name], name))
    return True


def _pieces(head: bytes, rows: Iterator[str], tail: bytes) -> Iterator[bytes]:
    yield head
    while piece := list(islice(rows, ROWS_PER_PIECE)):
        yield "".join(piece).encode()
    yield tail


class _Digest:
    """The SHA-256 of a part's bytes as they go to the zip, known once all have gone."""

    def __init__(self) -> None:
        self.value: str | None = None

    def of(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        sha = hashlib.sha256()
        for piece in pieces:
            sha.update(piece)
            yield piece
        self.value = sha.hexdigest()


def _records_parts(records: Records, item: str, props: str,
                   digest: _Digest) -> tuple[_Blob, _Blob]:
    """The two records parts, made when the first of them is written: the records are
    read after the document's rows have gone to the zip and been let go, and name the
    main part's digest (the main part is written first: its relationships lead here)."""
    made: dict[str, bytes | Iterable[bytes]] = {}

    def part(name: str) -> Callable[[], bytes | Iterable[bytes]]:
        def give() -> bytes | Iterable[bytes]:
            if not made:
                made[item], made[props] = records(digest.value)
            return made.pop(name)
        return give

    return part(item), part(props)


def _write_part(out: zipfile.ZipFile, name: str, blob: _Blob) -> None:
    """One part into the zip: whole bytes as writestr writes them, pieces through the
    same stream (the entry's header and data come out the same)."""
    if callable(blob):
        blob = blob()
    if isinstance(blob, bytes):
        out.writestr(name, blob)
        return
    # The entry writestr would make (a plain name here would be dated 1980).
    info = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
    info.compress_type = out.compression
    info._compresslevel = out.compresslevel  # type: ignore[attr-defined]  # noqa: SLF001
    info.external_attr = 0o600 << 16
    with out.open(info, "w") as dest:
        for piece in blob:
            dest.write(piece)


def _reachable(package_rels: list[_Rel], rels: dict[str, list[_Rel]]) -> list[str]:
    """Part names in python-docx's save order (depth first along relationships)."""
    order: list[str] = []
    seen: set[str] = set()

    def walk(found: list[_Rel]) -> None:
        for rel in found:
            if rel.external or rel.target in seen:
                continue
            seen.add(rel.target)
            order.append(rel.target)
            walk(rels.get(rel.target, []))

    walk(package_rels)
    return order

