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


def test_the_key_is_its_definitions_for_number_signs_and_every_kind_of_space():
    # The definition: NFKC, quotes and dashes unified, lower case, ё as е, no \s at all.
    import re
    import unicodedata

    def defined(text: str) -> str:
        text = unicodedata.normalize("NFKC", text)
        text = re.sub("[«»„“”‟‘’'`]", '"', text)
        text = re.sub(r"[\u2010-\u2015\u2212-]", "-", text).lower().replace("ё", "е")
        return re.sub(r"\s+", "", text)

    spaces = "".join(chr(c) for c in range(0x3000 + 1) if chr(c).isspace())
    texts = [*TEXTS, "Соглашение № 5", "№\u0301 и №\u0308", "ﬁ №①", f"a{spaces}b\x1fc"]
    for text in texts:
        assert match_key(text) == defined(text)
    assert match_key("Соглашение № 5") == "соглашениеno5"
    assert match_keys(texts) == {t: defined(t) for t in texts}


def test_no_texts_give_no_keys():
    assert match_keys([]) == {}


def test_texts_that_all_hold_the_joiner_get_their_own_keys():
    assert match_keys(["a\x00B"]) == {"a\x00B": "a\x00b"}
    assert match_keys(["a\x00B", "\x00C"]) == {"a\x00B": "a\x00b", "\x00C": "\x00c"}
