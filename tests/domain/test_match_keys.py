"""match_keys (one pass over many texts) must give what match_key gives text by text:
the export's row hashes and the import's matching compare the two."""

from desktop_app.domain.matching import match_key, match_keys

TEXTS = [
    "Совещание «Об итогах»", "  СОВЕЩАНИЕ  \"об итогах\" ", "Ёлка — 2020", "ёлка-2020",
    "ΟΔΟΣ", "e\u0301", "\u0301начало с ударения", "ﬀ ① ²", "", "a\u00a0b\u2003c",
    "Подпись ‘Иванов’", "Σ",
]


def test_many_at_once_match_one_by_one():
    assert match_keys(TEXTS) == {t: match_key(t) for t in TEXTS}
    assert match_keys(TEXTS)["Совещание «Об итогах»"] == match_keys(TEXTS)[
        "  СОВЕЩАНИЕ  \"об итогах\" "]


def test_a_text_holding_the_joiner_still_gets_its_own_key():
    texts = ["a\x00B", "C d"]
    assert match_keys(texts) == {"a\x00B": "a\x00b", "C d": "cd"}
