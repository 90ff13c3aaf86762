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
    ],
)
def test_fast_path_gives_what_line_by_line_cleaning_gives(lines: list[str]) -> None:
    assert clean_text(lines) == _clean_lines(lines)
