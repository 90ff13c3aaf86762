"""A report DOCX's document properties: what a file manager, Word's «Свойства» and a
registry of incoming mail show about the file.

python-docx starts from its own default document, whose properties say «generated
by python-docx», created 2013, «Microsoft Macintosh Word», one page, with a blank
portrait thumbnail and a Word 2010 copy of the styles (stylesWithEffects.xml) that
goes stale as soon as the styles change. :func:`set_metadata` writes the real
title, author and dates, names this program as the application, and drops the
thumbnail and the stale styles copy (Word 2013 and later, LibreOffice and the
R7 office do not need it; Word 2010 falls back to styles.xml).
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .. import __version__
from ..paths import APP_NAME
from .xml_text import xml_text

if TYPE_CHECKING:  # python-docx is not imported by the text writer (docx_text), which uses this
    from docx.document import Document as DocxDocument

__all__ = ["APP_XML", "application_name", "default_author", "set_metadata"]

RT_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
RT_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>{app}</Application><DocSecurity>0</DocSecurity>'
    "</Properties>"
)


def application_name() -> str:
    return f"{APP_NAME} {__version__}"


def default_author() -> str:
    """The login name: who made the file when no executor is set in the settings."""
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return ""


def set_metadata(doc: DocxDocument, title: str, subject: str = "", author: str = "",
                 now: datetime | None = None) -> None:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    author = author.strip() or default_author()
    props = doc.core_properties
    props.title = title
    props.subject = subject
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = now
    props.modified = now

    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT_THUMBNAIL:
            del package.rels[rel_id]
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT_STYLES_WITH_EFFECTS:
            doc.part.drop_rel(rel_id)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            # The template's page and word counts would be stale; the reader recounts.
            part._blob = APP_XML.format(app=xml_text(application_name())).encode("utf-8")
