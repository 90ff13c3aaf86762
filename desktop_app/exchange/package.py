"""The exported DOCX as a data package: every record of the export in a custom XML part.

Word keeps a custom XML part (customXml/itemN.xml with its itemProps) that
the main document part relates to, and shows nothing of it. The part holds
the export's departments, agreements and events with all their fields, ids
and versions, and for each event

* ``row_hash`` — a hash of the text its row shows, so an import can tell that
  the visible table was edited in Word after the export;
* ``history`` — content hashes of the states the event had on the exporting
  workstation, so an import can tell "the file is newer than mine" from "both
  sides changed it" without trusting version numbers from two databases.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..domain.entities import STATUS_BY_VALUE, Agreement, Department, Event, EventStatus
from ..domain.matching import match_key, match_keys
from ..domain.periods import PeriodKind, ReportPeriod
from ..domain.russian import has_invisible, without_invisible
from .xml_text import xml_text

NAMESPACE = "urn:interreg:package:1"
FORMAT = 1
# The records part's root attribute naming the SHA-256 of the main part it was written with.
DIGEST_ATTRIBUTE = "document-sha256"
_VOUCH_RE = re.compile(
    rb"<ir:package\b[^>]*?[ \t\r\n]" + DIGEST_ATTRIBUTE.encode() + rb'="([0-9a-f]{64})"')
DATA_PIECE = 1_000_000  # characters of the JSON payload per <ir:data> element
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_ITEM_RE = re.compile(r"^customXml/item\d+\.xml$")
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_CUSTOM_XML_PROPS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
)
ROW_FIELDS = ("title", "timing", "place", "participants", "result", "note")
CONTENT_FIELDS = (
    "title", "timing", "timing_kind", "starts_on", "ends_on", "place", "participants",
    "participants_count", "participant_regions", "result", "note", "status", "repeat_agreement",
)


@dataclass
class PackagedEvent:
    event: Event
    row_hash: str
    history: list[str] = field(default_factory=list)


@dataclass
class Package:
    period: ReportPeriod | None
    departments: list[Department]
    agreements: list[Agreement]
    events: list[PackagedEvent]
    exported_at: str = ""

    def department_name(self, dept_id: str) -> str:
        return next((d.name for d in self.departments if d.id == dept_id), "")

    def agreement_titles(self, ids: Iterable[str]) -> list[str]:
        titles = {a.id: a.title for a in self.agreements}
        return [titles.get(i, i) for i in ids]


# --- hashes -------------------------------------------------------------------


class MatchKeys(dict[str, str]):
    """``match_key`` of each distinct text, computed once (an export meets the same
    department, agreement, place and note thousands of times)."""

    def __missing__(self, text: str) -> str:
        key = self[text] = match_key(text)
        return key

    def fill(self, texts: Iterable[str]) -> None:
        """Keys of many texts at once (see ``match_keys``), before they are looked up."""
        self.update(match_keys(t for t in texts if t not in self))


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def row_hash(texts: Mapping[str, str], keys: Mapping[str, str] | None = None) -> str:
    """Hash of a row's visible text, blind to spacing, case, quote and dash variants and
    to soft hyphens and zero-width characters (so the export's rendering and the reader's
    clean-up, which drops those, give the same value)."""
    keys = MatchKeys() if keys is None else keys
    return _digest(keys[without_invisible(texts.get(name) or "")] for name in ROW_FIELDS)


def event_row_hash(event: Event) -> str:
    return row_hash({name: getattr(event, name) for name in ROW_FIELDS})


def printed_row_hashes(report: Any, keys: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each event's row hash from the text its row prints (the report may print a date
    phrase in its canonical form rather than as stored)."""
    rows = report.event_rows()
    return dict(zip([row.event_id for row in rows], row_hashes(rows, keys), strict=True))


def row_hashes(rows: Sequence[Any], keys: Mapping[str, str] | None = None) -> list[str]:
    """:func:`row_hash` of each of ``rows`` (anything with the ROW_FIELDS as attributes:
    the report's printed rows, the rows an import reads), the distinct texts keyed at once."""
    keys = MatchKeys() if keys is None else keys
    # row_hash's digest, from the row's fields taken in one C call per row
    texts: list[tuple[Any, ...]] = list(map(attrgetter(*ROW_FIELDS), rows))
    # The distinct texts in one C pass; a field left empty as None is keyed as "".
    distinct = set(chain.from_iterable(texts))
    if None in distinct:
        texts = [tuple(t or "" for t in fields) for fields in texts]
        distinct.discard(None)
        distinct.add("")
    # Not in match_key itself: the change history's hashes key department and agreement
    # names with it, and other versions of the program must keep agreeing on those.
    if has_invisible("".join(distinct)):
        texts = [tuple(map(without_invisible, fields)) for fields in texts]
        distinct = set(map(without_invisible, distinct))
    if isinstance(keys, MatchKeys):
        keys.fill(distinct)
    key = keys.__getitem__
    sha256 = hashlib.sha256  # _digest's steps, for 10,000 rows
    return [sha256("\x1f".join(map(key, fields)).encode()).hexdigest()[:32] for fields in texts]


def content_hash(
    fields: Mapping[str, Any], department: str, agreements: Sequence[str],
    keys: Mapping[str, str] | None = None,
) -> str:
    """One state of an event: every field a user can change, with the department and
    agreements by name (ids differ between databases that met the same names separately)."""
    keys = MatchKeys() if keys is None else keys
    parts = [keys[department], "|".join([keys[a] for a in agreements])]
    # An export hashes every event's every state: plain text, the usual value, first.
    for value in map(fields.get, CONTENT_FIELDS):
        if value.__class__ is str:
            parts.append(value)
        elif value is None:
            parts.append("")
        elif isinstance(value, list):
            parts.append("|".join(value))
        else:
            parts.append(str(value))
    return _digest(parts)


def event_content_hash(event: Event, department: str, agreements: Sequence[str]) -> str:
    return content_hash(asdict(event), department, agreements)


# --- writing ------------------------------------------------------------------


def _jsonable(record: Any) -> dict[str, Any]:
    return json.loads(json.dumps(asdict(record), default=str))


@dataclass
class PackageContents:
    """What the package part holds, read from the store: ``events`` are the records'
    JSON texts (as ``_dumps`` writes a record), each with its ``row_hash`` and ``history``."""

    events: Sequence[str]
    departments: list[Department]
    agreements: list[Agreement]
    period: ReportPeriod | None
    # Every event the report numbers is among ``events``, in the report's order: the
    # records then stand for the table row by row (see records_parts).
    complete: bool = True


class _Records(Sequence[str]):
    """The records' JSON texts, each put together when it is taken (see
    contents_from_rows): 10,000 of them held at once were 28 MB the export faulted in
    only to write them out one after another."""

    def __init__(self, found: list[tuple[str, str, str, str, tuple[str, ...]]],
                 history: Mapping[str, list[str]], printed: Mapping[str, str]) -> None:
        self._found, self._history, self._printed = found, history, printed

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._text(values) for values in self._found[index]]
        return self._text(self._found[index])

    def __iter__(self) -> Iterator[str]:
        return map(self._text, self._found)

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list | _Records) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def _text(self, values: tuple[str, str, str, str, tuple[str, ...]]) -> str:
        event_id, _, agreements, _, (g0, g1, g2, g3) = values
        # Hex digests need no JSON escaping: written as _dumps would write them.
        hashes = self._history.get(event_id)
        listed = '["' + '", "'.join(hashes) + '"]' if hashes else "[]"
        return (f'{{{g0}"agreement_ids": {agreements}{g1}, "history": {listed}{g2}, '
                f'"row_hash": "{self._printed[event_id]}"{g3}}}')


def _dumps(value: Any) -> str:
    # Cyrillic as itself: a third of the size of \u escapes.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _head(contents: PackageContents) -> tuple[str, int]:
    """The payload's JSON text without its events, and where they go in it."""
    period = contents.period
    head = _dumps(
        {
            "format": FORMAT,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "period": (
                {"year": period.year, "kind": str(period.kind), "number": period.number}
                if period else None
            ),
            "departments": [_jsonable(d) for d in contents.departments],
            "agreements": [_jsonable(a) for a in contents.agreements],
            "events": [],
        }
    )
    # The same text as one json.dumps, written event by event: one call over 10,000
    # events holds the interpreter for the whole of it, and the window (this runs in
    # its worker) would stand still meanwhile. Quotes inside strings are escaped, so
    # the key is the only place this text can occur.
    return head, head.index('"events": []') + len('"events": [')


def _texts(contents: PackageContents) -> Iterator[str]:
    """The payload's JSON text in the pieces it is put together from."""
    head, at = _head(contents)
    if not contents.events:
        yield head
        return
    yield head[:at]
    events = iter(contents.events)
    yield next(events)
    for event in events:
        yield ", "
        yield event
    yield head[at:]


def _payload_pieces(contents: PackageContents) -> Iterator[str]:
    """The payload's JSON text in consecutive pieces of DATA_PIECE characters, put
    together a piece at a time: the whole 14 MB text (28 MB in memory) is never made."""
    held: list[str] = []
    size = 0
    given = False
    for text in _texts(contents):
        held.append(text)
        size += len(text)
        while size >= DATA_PIECE:
            joined = "".join(held)
            yield joined[:DATA_PIECE]
            given = True
            held = [joined[DATA_PIECE:]]
            size = len(held[0])
    if size or not given:
        yield "".join(held)


def _has_non_xml_char(text: str) -> bool:
    return "\ufffe" in text or "\uffff" in text


def _xml_safe(payload: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", payload)


def _item_pieces(pieces: Iterable[str], document_digest: str | None = None) -> Iterator[bytes]:
    # Written as text: the bytes lxml would write for this tree (checked by a test),
    # without building 14 MB of text nodes only to serialise them again.
    # A safe XML parser refuses a text node over 10 MB (lxml without huge_tree), and
    # 10,000 events make ~14 MB: the payload goes in consecutive pieces, read joined.
    vouch = f' {DIGEST_ATTRIBUTE}="{document_digest}"' if document_digest else ""
    yield (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<ir:package xmlns:ir="{NAMESPACE}" format="{FORMAT}"{vouch}>'
    ).encode()
    for piece in pieces:
        yield b"<ir:data>" + _data_bytes(piece) + b"</ir:data>"
    yield b"</ir:package>"


def _data_bytes(piece: str) -> bytes:
    """A piece of the payload as the part's UTF-8 text: XML-escaped, and characters XML
    cannot hold (a lone surrogate, U+FFFE, U+FFFF) as JSON \\u escapes, which read the
    same. Each such character is replaced on its own, so piece by piece is as whole."""
    if _has_non_xml_char(piece):
        piece = _xml_safe(piece)
    try:
        return xml_text(piece).encode()
    except UnicodeEncodeError:  # a lone surrogate: the encode found it in C
        return xml_text(_xml_safe(piece)).encode()


def _props_xml() -> bytes:
    item_id = "{" + str(uuid.uuid4()).upper() + "}"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<ds:datastoreItem ds:itemID="' + item_id + '" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()


def attach_contents(document: Any, contents: PackageContents) -> None:
    """Embed records already read by :func:`package_contents` (no database here)."""
    _attach_blob(document, b"".join(_item_pieces(_payload_pieces(contents))))


def records_parts(
    contents: PackageContents, document_digest: str | None = None
) -> tuple[Iterator[bytes], bytes]:
    """The records part, in pieces to be written as they come, and its properties part,
    for a DOCX written without python-docx (docx_text): the bytes :func:`attach_contents`
    gives the two parts.

    ``document_digest``: the SHA-256 of the main part as written. The records part names
    it when the records hold every numbered event in order, so that an import finding that
    very main part knows its table shows these records and nothing else
    (:func:`table_vouched_for`)."""
    vouch = document_digest if contents.complete else None
    return _item_pieces(_payload_pieces(contents), vouch), _props_xml()


def is_records_part(blob: bytes) -> bool:
    """True for a custom XML part holding this program's records."""
    return _is_ours(blob)


def _attach_blob(document: Any, blob: bytes) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    main = document.part
    for rel in main.rels.values():
        if rel.reltype == RT_CUSTOM_XML and not rel.is_external and _is_ours(rel.target_part.blob):
            rel.target_part._blob = blob
            return
    taken = {str(p.partname) for p in main.package.iter_parts()}
    n = 1
    while f"/customXml/item{n}.xml" in taken or f"/customXml/itemProps{n}.xml" in taken:
        n += 1
    item = Part(PackURI(f"/customXml/item{n}.xml"), "application/xml", blob, main.package)
    props = Part(
        PackURI(f"/customXml/itemProps{n}.xml"), CT_CUSTOM_XML_PROPS, _props_xml(), main.package
    )
    item.relate_to(props, RT_CUSTOM_XML_PROPS)
    main.relate_to(item, RT_CUSTOM_XML)


def _is_ours(blob: bytes) -> bool:
    return f'"{NAMESPACE}"'.encode() in blob[:400] or NAMESPACE.encode() in blob[:400]


# --- reading ------------------------------------------------------------------


def _date(text: Any) -> date | None:
    return date.fromisoformat(text) if text and text != "None" else None


def _status(value: Any) -> EventStatus:
    found = STATUS_BY_VALUE.get(value) if isinstance(value, str) else None
    return found if found is not None else EventStatus(value or EventStatus.DONE)


def _event(d: dict[str, Any]) -> Event:
    return Event(
        id=d["id"], department_id=d["department_id"], title=d["title"], timing=d["timing"],
        starts_on=date.fromisoformat(d["starts_on"]), ends_on=date.fromisoformat(d["ends_on"]),
        agreement_ids=list(d.get("agreement_ids") or []), timing_kind=d.get("timing_kind", "free_text"),
        place=d.get("place", ""), participants=d.get("participants", ""),
        participants_count=d.get("participants_count"),
        participant_regions=list(d.get("participant_regions") or []),
        result=d.get("result", ""), note=d.get("note", ""),
        status=_status(d.get("status")),
        repeat_agreement=bool(d.get("repeat_agreement")), position=int(d.get("position") or 0),
        version=int(d.get("version") or 1), created_at=d.get("created_at", ""),
        updated_at=d.get("updated_at", ""),
    )


def _department(d: dict[str, Any]) -> Department:
    return Department(
        id=d["id"], name=d["name"], short_name=d.get("short_name", ""),
        position=int(d.get("position") or 0), active=bool(d.get("active", True)),
        version=int(d.get("version") or 1), created_at=d.get("created_at", ""),
        updated_at=d.get("updated_at", ""),
    )


def _agreement(d: dict[str, Any]) -> Agreement:
    return Agreement(
        id=d["id"], title=d["title"], short_name=d.get("short_name", ""),
        partner_regions=list(d.get("partner_regions") or []), number=d.get("number", ""),
        signed_on=_date(d.get("signed_on")), valid_until=_date(d.get("valid_until")),
        active=bool(d.get("active", True)), version=int(d.get("version") or 1),
        created_at=d.get("created_at", ""), updated_at=d.get("updated_at", ""),
    )


def parse_package(payload: str) -> Package:
    data = json.loads(payload)
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown package format {data.get('format')!r}")
    p = data.get("period")
    period = ReportPeriod(p["year"], PeriodKind(p["kind"]), p["number"]) if p else None
    return Package(
        period=period,
        departments=[_department(d) for d in data["departments"]],
        agreements=[_agreement(a) for a in data["agreements"]],
        events=[
            PackagedEvent(_event(e), e.get("row_hash", ""), list(e.get("history") or []))
            for e in data["events"]
        ],
        exported_at=data.get("exported_at", ""),
    )


def read_package(path: Path | str) -> Package | None:
    """The records embedded in an exported DOCX, or None for a document from elsewhere
    (or one whose package is damaged: then its visible table is all there is)."""
    # Here, not at the top: every export imports this module (embed_package), and only
    # reading a package needs lxml and the import's safety checks.
    from .report_file import open_zip, parse_xml, read_member

    path = Path(path)
    with open_zip(path) as archive:
        names = [n for n in archive.namelist() if _ITEM_RE.match(n)]
        for name in names:
            blob = read_member(archive, name, path)
            if not blob or not _is_ours(blob):
                continue
            root = parse_xml(blob, path)
            payload = "".join(d.text or "" for d in root.iterfind(f"{{{NAMESPACE}}}data"))
            if not payload:
                return None
            try:
                return parse_package(payload)
            except (ValueError, KeyError, TypeError):
                return None
    return None


def table_vouched_for(path: Path | str) -> bool:
    """Whether the document's main part is byte for byte the one its records part was
    written with (the records part names its SHA-256, see :func:`records_parts`). The
    table is then the export's own rendering of those records, one numbered event each in
    their order, and need not be read: an import takes the records as its rows. Any
    change made in Word rewrites the main part, and then the table is read as usual.

    The digest tells an untouched file from one changed since, not who made it: a file
    put together by hand to show one thing and carry another imports what it carries,
    as a records part's fields the table does not show always did. The import's preview
    shows what will be written."""
    from .docx_reader import main_part_name
    from .report_file import open_zip, read_member

    path = Path(path)
    with open_zip(path) as archive:
        claimed = None
        for name in archive.namelist():
            if not _ITEM_RE.match(name):
                continue
            try:
                with archive.open(name) as item:
                    head = item.read(1000)
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                    NotImplementedError):
                return False  # read_package and the reader say what is wrong
            if head and _is_ours(head):  # the part read_package takes: the first of ours
                found = _VOUCH_RE.search(head)
                claimed = found.group(1).decode() if found else None
                break
        if claimed is None:
            return False
        data = read_member(archive, main_part_name(archive, path), path)
    return data is not None and hashlib.sha256(data).hexdigest() == claimed


def _history(
    store: Any, ids: Sequence[str], keys: MatchKeys, limit: int = 20
) -> dict[str, list[str]]:
    from ..storage.package_rows import revision_texts

    return _state_hashes(revision_texts(store, ids), {d.id: d.name for d in store.departments()},
                         {a.id: a.title for a in store.agreements()}, keys, limit)


def _spells(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether ``text`` is "{" + ``pieces`` joined + "}", compared where it stands: the
    pieces are never joined (10,000 records' texts would be 28 MB made to be compared)."""
    if len(text) != 2 + sum(map(len, pieces)) or not text.startswith("{"):
        return False
    at = 1
    for piece in pieces:
        if not text.startswith(piece, at):
            return False
        at += len(piece)
    return text.endswith("}")


def _state_hashes(
    texts: Mapping[str, Sequence[str]], depts: Mapping[str, str], titles: Mapping[str, str],
    keys: MatchKeys, limit: int = 20,
    current: Mapping[str, tuple[tuple[str, ...], str, str, str]] | None = None,
) -> dict[str, list[str]]:
    """Content hashes of each event's states (the change log's JSON snapshots, newest
    first), each once, at most ``limit``; a snapshot that is not JSON is skipped.

    ``current`` gives an event's stored record as the log writes a snapshot — in pieces,
    the text being "{" + the pieces + "}" — with its department id, agreement ids (JSON)
    and content fields as SQLite wrote them (see ``event_record_values``): a snapshot with
    that very text is hashed from those, without reading its JSON — most events' newest
    state is the stored one."""
    current = current or {}
    agreement_parts: dict[str, str] = {}
    out: dict[str, list[str]] = {}
    for event_id, snapshots in texts.items():
        hashes: list[str] = []
        stored = current.get(event_id)
        for text in snapshots:
            if stored is not None and _spells(text, stored[0]):
                _, department_id, agreements, fields = stored
                part = agreement_parts.get(agreements)
                if part is None:
                    part = agreement_parts[agreements] = "|".join(
                        [keys[titles.get(a, a)] for a in json.loads(agreements)])
                h = _digest((keys[depts.get(department_id, "")], part, fields))
            else:
                try:
                    state = json.loads(text)
                except ValueError:
                    continue
                h = content_hash(
                    state,
                    depts.get(state.get("department_id", ""), ""),
                    [titles.get(a, a) for a in state.get("agreement_ids") or []],
                    keys,
                )
            if h not in hashes:
                hashes.append(h)
            if len(hashes) >= limit:
                break
        out[event_id] = hashes
    return out


@dataclass
class PackageRows:
    """What the records part of a report needs from the store, read in a few queries:
    the rest (hashes, the JSON text) is computation, with no database."""

    # per event, as event_record_values gives it split at _GAPS
    found: list[tuple[str, str, str, str, tuple[str, ...]]]
    revisions: dict[str, list[str]]  # change-log snapshots per event, newest first
    departments: list[Department]
    agreements: list[Agreement]


# The record's keys its JSON text gets from here, not from SQLite, in sorted order
# (contents_from_rows puts them between the four member groups in this order).
_GAPS = ("agreement_ids", "history", "row_hash")


def report_event_ids(report: Any) -> list[str]:
    """The ids of the events the report prints, in its order, each once."""
    return list(dict.fromkeys(row.event_id for row in report.event_rows()))


def read_package_rows(store: Any, ids: Sequence[str]) -> PackageRows:
    """What the records of these events (the report's, in its order) need from the store."""
    from ..storage.package_rows import event_record_values, revision_texts

    found = event_record_values(store, ids, _GAPS, CONTENT_FIELDS)
    revisions = revision_texts(store, [event_id for event_id, *_ in found])
    return PackageRows(found, revisions, store.departments(), store.agreements())


def contents_from_rows(rows: PackageRows, report: Any) -> PackageContents:
    """The records of the report's rows: SQLite wrote each record's JSON text, and
    only its row hash and history are put in here."""
    keys = MatchKeys()
    # The hash of the row as printed: a canonical date phrase must not look like an
    # edit made in Word when the file comes back.
    printed = printed_row_hashes(report, keys)
    found = rows.found
    # Each record as the change log's snapshot of it is written (json.dumps with sorted
    # keys): a snapshot with this text is the stored state (see _state_hashes).
    stored = {event_id: ((g0, '"agreement_ids": ', agreements, g1, g2, g3), department_id,
                         agreements, fields)
              for event_id, department_id, agreements, fields, (g0, g1, g2, g3) in found}
    history = _state_hashes(rows.revisions, {d.id: d.name for d in rows.departments},
                            {a.id: a.title for a in rows.agreements}, keys, current=stored)
    used_depts = {values[1] for values in found}
    used_agreements = {a for text in {values[2] for values in found} for a in json.loads(text)}
    return PackageContents(
        _Records(found, history, printed),
        [d for d in rows.departments if d.id in used_depts],
        [a for a in rows.agreements if a.id in used_agreements],
        report.period,
        # found keeps the report's order; an event gone from the store since the report
        # was built is missing from it, and the table's numbers then run past the records.
        complete=len(found) == len(printed),
    )


def package_contents(store: Any, report: Any) -> PackageContents:
    """The records of the report's rows (read, then put together)."""
    return contents_from_rows(read_package_rows(store, report_event_ids(report)), report)


def embed_package(document: Any, store: Any, report: Any) -> None:
    """The DOCX export's customizer: embed the records of the report's rows."""
    attach_contents(document, package_contents(store, report))
