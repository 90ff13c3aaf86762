"""The e-mail draft: headers, body, the DOCX attached byte for byte; nothing is opened."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default

from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.email_draft import prepare_email

Q1 = ReportPeriod.quarter(2020, 1)


def read_eml(path):
    return message_from_bytes(path.read_bytes(), policy=default)


def test_draft_for_the_whole_report(demo_store, tmp_path):
    docx_path, eml_path = prepare_email(demo_store, Q1, None, tmp_path / "out",
                                        sender="Петрова А.А., тел. 29-10-00")
    assert docx_path.name == "Отчет_межрегиональное_сотрудничество_2020_Q1.docx"
    assert eml_path == docx_path.with_suffix(".eml")
    msg = read_eml(eml_path)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == ("Отчет о реализации соглашений в сфере межрегионального "
                              "сотрудничества за I квартал 2020 года")
    assert msg["From"] is None  # a name is not an address
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "Добрый день" in body and docx_path.name in body and "Петрова А.А." in body
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    att = attachments[0]
    assert att.get_filename() == docx_path.name
    assert att.get_content_type().endswith("wordprocessingml.document")
    assert att.get_content() == docx_path.read_bytes()


def test_draft_for_one_department(demo_store, tmp_path):
    culture = next(d for d in demo_store.departments() if d.short_name == "Культура")
    docx_path, eml_path = prepare_email(demo_store, Q1, [culture.id], tmp_path,
                                        sender="clerk@example.org")
    assert docx_path.name == "Отчет_межрегиональное_сотрудничество_2020_Q1_Культура.docx"
    msg = read_eml(eml_path)
    assert culture.name in msg["Subject"]
    assert msg["From"] == "clerk@example.org"
    assert next(msg.iter_attachments()).get_filename() == docx_path.name


def test_attachment_name_is_also_an_encoded_word_for_outlook(demo_store, tmp_path):
    """Outlook shows «ATT00001» for a name given only as RFC 2231 filename*=; the draft
    also writes name= on Content-Type as an RFC 2047 encoded word."""
    from email.header import decode_header, make_header

    docx_path, eml_path = prepare_email(demo_store, Q1, None, tmp_path)
    raw = eml_path.read_bytes().decode("ascii")  # an e-mail file is plain ASCII
    assert "filename*=utf-8''" in raw.replace("\r\n ", " ").replace("\r\n\t", " ")
    found = re.search(r'Content-Type:[^:]*?;\s+name="(=\?utf-8\?b\?[A-Za-z0-9+/=]+\?=)"', raw)
    assert found, "no encoded-word name= on the attachment's Content-Type"
    assert str(make_header(decode_header(found.group(1)))) == docx_path.name
    att = next(read_eml(eml_path).iter_attachments())
    assert att.get_filename() == docx_path.name
    assert "\r\n" in raw and "\n" not in raw.replace("\r\n", "")


def test_draft_is_addressed_to_the_coordinator_and_signed(demo_store, tmp_path):
    _docx, eml_path = prepare_email(demo_store, Q1, None, tmp_path,
                                    sender="Исп. Петрова А.А.", to="coord@admin67.ru",
                                    phone="8 (4812) 29-10-00")
    msg = read_eml(eml_path)
    assert msg["To"] == "coord@admin67.ru"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    signature = body.split("С уважением,")[1].strip().splitlines()
    assert signature == ["Исп. Петрова А.А.", "тел. 8 (4812) 29-10-00"]


def test_draft_without_settings_has_no_empty_to_or_signature(demo_store, tmp_path):
    _docx, eml_path = prepare_email(demo_store, Q1, None, tmp_path)
    msg = read_eml(eml_path)
    assert msg["To"] is None
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert body.rstrip().endswith("С уважением,")
