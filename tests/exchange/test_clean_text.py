"""The fast whole-cell test in table_rows.clean_text agrees with cleaning line by line."""

from __future__ import annotations

import sys

import pytest

from desktop_app.exchange.table_rows import _ODD_CHAR, _clean_lines, clean_text


def test_odd_char_class_is_all_white_space_but_the_plain_space() -> None:
    # The class is written out by hand for speed; a white-space character missing
    # from it would let «a\u2028b» through uncleaned.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace():
            assert (_ODD_CHAR.match(char) is not None) == (char != " "), hex(code)


def test_odd_chars_but_the_bracket_are_all_refused_by_isprintable() -> None:
    # A one-line cell skips the regex when str.isprintable() passes it: that is only
    # right while every character the class names (but «[») is one it refuses.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char != "[" and _ODD_CHAR.match(char) is not None:
            assert not char.isprintable(), hex(code)


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [""],
        ["", ""],
        ["Обмен опытом работы."],
        ["Мероприятие 1", "вторая строка"],
        ["a", "", "b"],
        ["a", "", "", "b"],
        ["", "a"],
        ["a", ""],
        [" a"],
        ["a "],
        ["a  b"],
        ["a", " b"],
        ["a ", "b"],
        ["a\u00a0b"],
        ["a\tb"],
        ["a\u200bb", "c"],
        ["Текст[bookmark: _GoBack]", "ещё"],
        ["a\u2028b"],
        ["a\nb"],
        ["-"],
        ["a\u200eb"],  # not printable, yet nothing to clean: the general way
        ["[x]"],
        ["Текст [bookmark: x]"],
        ["a\u00adb"],
        ["\u3000a"],
    ],
)
def test_fast_path_gives_what_line_by_line_cleaning_gives(lines: list[str]) -> None:
    assert clean_text(lines) == _clean_lines(lines)
