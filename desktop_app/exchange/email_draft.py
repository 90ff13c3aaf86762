"""An unsent e-mail (.eml with ``X-Unsent: 1``) carrying the report DOCX.

Mail programs (Outlook, Thunderbird, «Р7-Органайзер» …) open such a file as a
draft ready to send; «Кому» is the coordinator's address from the settings,
the body is signed with the executor's name and phone. No network is used.

The attachment's Cyrillic name is written twice: RFC 2231 ``filename*=`` on
Content-Disposition (the standard) and an RFC 2047 encoded word in ``name=``
on Content-Type, which Outlook reads where it ignores the first (it shows
«ATT00001» otherwise) and Thunderbird reads as well.
"""

from __future__ import annotations

import base64
import mimetypes
from email.encoders import encode_base64
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formatdate
from pathlib import Path

from ..domain.periods import ReportPeriod
from .files import atomic_write

__all__ = ["draft_message", "encoded_word", "prepare_email", "write_draft"]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def encoded_word(text: str) -> str:
    """``text`` as one RFC 2047 encoded word (UTF-8, base64); ASCII text as it is."""
    if text.isascii():
        return text
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def signature(executor: str, phone: str) -> str:
    lines = [line.strip() for line in executor.strip().splitlines() if line.strip()]
    if phone.strip() and not any(phone.strip() in line for line in lines):
        lines.append(f"тел. {phone.strip()}")
    return "\n".join(lines)


def draft_message(attachment: Path, period: ReportPeriod, department: str = "",
                  sender: str = "", to: str = "", phone: str = "") -> Message:
    """``sender`` is an address (From) or the executor's name (signs the body).

    Built with the compat32 MIME classes: the newer EmailMessage API re-reads a
    parameter it folds and turns the encoded word of ``name=`` back into RFC 2231.
    """
    part = f" ({department})" if department else ""
    msg = MIMEMultipart()
    msg["Subject"] = Header(
        f"Отчет о реализации соглашений в сфере межрегионального сотрудничества "
        f"{period.title}{part}", "utf-8")
    is_address = "@" in sender and "\n" not in sender
    if is_address:  # an address; a name only signs the body
        msg["From"] = sender
    if to.strip():
        msg["To"] = to.strip()
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"
    signed = signature("" if is_address else sender, phone)
    msg.attach(MIMEText(
        "Добрый день!\n\n"
        f"Направляем отчет о реализации соглашений в сфере межрегионального сотрудничества "
        f"{period.title}{part}.\n"
        f"Файл отчета: {attachment.name}.\n\n"
        "С уважением,\n"
        + (f"{signed}\n" if signed else ""), "plain", "utf-8"))
    ctype = DOCX_TYPE if attachment.suffix.lower() == ".docx" else (
        mimetypes.guess_type(attachment.name)[0] or "application/octet-stream")
    maintype, subtype = ctype.split("/", 1)
    attached = MIMEBase(maintype, subtype, name=encoded_word(attachment.name))
    attached.set_payload(attachment.read_bytes())
    encode_base64(attached)
    name = attachment.name if attachment.name.isascii() else ("utf-8", "", attachment.name)
    attached.add_header("Content-Disposition", "attachment", filename=name)
    msg.attach(attached)
    return msg


def write_draft(attachment: Path, out: Path, period: ReportPeriod, department: str = "",
                sender: str = "", to: str = "", phone: str = "") -> Path:
    """Write the draft next to (or wherever) ``out`` says; returns its path."""
    msg = draft_message(attachment, period, department, sender, to, phone)
    data = msg.as_bytes(policy=compat32.clone(linesep="\r\n"))
    return atomic_write(out, lambda tmp: tmp.write_bytes(data))


def prepare_email(store, period: ReportPeriod, department_ids, folder: Path, *,
                  style=None, template=None, sender: str = "", to: str = "",
                  phone: str = "", dates_as_typed: bool = False,
                  summary=None) -> tuple[Path, Path]:
    """Save the report DOCX under its clear name in ``folder`` and write the draft
    beside it; returns (docx path, eml path). Nothing is opened here."""
    from .report_service import default_file_name, export_report_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    docx_path = folder / default_file_name(store, period, department_ids, "docx")
    export_report_file(store, period, department_ids, "docx", docx_path, style=style,
                       template=template, summary=summary, dates_as_typed=dates_as_typed)
    department = ""
    if department_ids and len(department_ids) == 1:
        department = store.department(department_ids[0]).name
    eml_path = docx_path.with_suffix(".eml")
    write_draft(docx_path, eml_path, period, department, sender, to, phone)
    return docx_path, eml_path
