"""Text for an XML element, escaped by hand.

Not xml.sax.saxutils: importing it loads urllib.request, http.client, ssl and
email — a tenth of an export's start-up in a fresh process.
"""

from __future__ import annotations

import re

_XML_SPECIAL = re.compile("[&<>\r]")
# "&" first: the references the others become must not be escaped again.
_REFERENCES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_LONG = 64


def has_xml_special(text: str) -> bool:
    """Whether ``text`` holds a character :func:`xml_text` escapes."""
    # Most texts hold none of the four. A short one (a cell): one regex scan instead of
    # four; a long one (a row's cells together, a megabyte of records): four finds in C,
    # each several times faster than the regex's walk.
    if len(text) < _LONG:
        return _XML_SPECIAL.search(text) is not None
    return "&" in text or "<" in text or ">" in text or "\r" in text


def xml_text(text: str) -> str:
    """``text`` with &, <, > escaped (and a bare CR as a character reference)."""
    if not has_xml_special(text):
        return text
    # A bare CR would be read back as LF (XML end-of-line handling); a character reference keeps it.
    # Only the characters present are replaced: each replace copies the text (the records
    # part hands over a megabyte at a time).
    for char, reference in _REFERENCES:
        if char in text:
            text = text.replace(char, reference)
    return text


def xml_attribute(text: str) -> str:
    """``text`` for a double-quoted attribute value, escaped as lxml escapes it."""
    return (xml_text(text).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;"))
