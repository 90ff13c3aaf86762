"""An unsent e-mail (.eml with ``X-Unsent: 1``) carrying the report DOCX.

Mail programs (Outlook, Thunderbird, «Р7-Органайзер» …) open such a file as a
draft ready to send; the clerk only adds the address. No network is used.
"""

from __future__ import annotations

import mimetypes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from ..domain.periods import ReportPeriod
from .files import atomic_write

__all__ = ["draft_message", "prepare_email", "write_draft"]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def draft_message(attachment: Path, period: ReportPeriod, department: str = "",
                  sender: str = "", to: str = "") -> EmailMessage:
    part = f" ({department})" if department else ""
    msg = EmailMessage()
    msg["Subject"] = (
        f"Отчет о реализации соглашений в сфере межрегионального сотрудничества "
        f"{period.title}{part}"
    )
    if "@" in sender and "\n" not in sender:  # an address; a name only signs the body
        msg["From"] = sender
    if to:
        msg["To"] = to
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"
    msg.set_content(
        "Добрый день!\n\n"
        f"Направляем отчет о реализации соглашений в сфере межрегионального сотрудничества "
        f"{period.title}{part}.\n"
        f"Файл отчета: {attachment.name}.\n\n"
        "С уважением,\n"
        f"{sender.strip()}\n"
    )
    ctype = DOCX_TYPE if attachment.suffix.lower() == ".docx" else (
        mimetypes.guess_type(attachment.name)[0] or "application/octet-stream")
    maintype, subtype = ctype.split("/", 1)
    msg.add_attachment(attachment.read_bytes(), maintype=maintype, subtype=subtype,
                       filename=attachment.name)
    return msg


def write_draft(attachment: Path, out: Path, period: ReportPeriod, department: str = "",
                sender: str = "", to: str = "") -> Path:
    """Write the draft next to (or wherever) ``out`` says; returns its path."""
    msg = draft_message(attachment, period, department, sender, to)
    data = msg.as_bytes(policy=SMTP)
    return atomic_write(out, lambda tmp: tmp.write_bytes(data))


def prepare_email(store, period: ReportPeriod, department_ids, folder: Path, *,
                  style=None, template=None, sender: str = "",
                  to: str = "", summary=None) -> tuple[Path, Path]:
    """Save the report DOCX under its clear name in ``folder`` and write the draft
    beside it; returns (docx path, eml path). Nothing is opened here."""
    from .report_service import default_file_name, export_report_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    docx_path = folder / default_file_name(store, period, department_ids, "docx")
    export_report_file(store, period, department_ids, "docx", docx_path, style=style,
                       template=template, summary=summary)
    department = ""
    if department_ids and len(department_ids) == 1:
        department = store.department(department_ids[0]).name
    eml_path = docx_path.with_suffix(".eml")
    write_draft(docx_path, eml_path, period, department, sender, to)
    return docx_path, eml_path
