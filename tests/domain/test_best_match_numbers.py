"""best_match when the closest name carries other numbers: «№ 6» is not «№ 5» however alike
the words, so the import must fall back to a name with the same numbers or to none."""

from __future__ import annotations

import difflib

from desktop_app.domain.matching import best_match, match_key

TYPED = "Соглашение о сотрудничестве № 5 от 12.03.2015"
OTHER_NUMBER = "Соглашение о сотрудничестве № 6 от 12.03.2015"  # one letter off, wrong number
TWO_TYPOS = "Соглашения о сотрудничестви № 5 от 12.03.2015"  # same numbers, two letters off
THREE_OFF = "Соглашения о сотрудничестви № 5 от 12.03.2015 г"  # same numbers, further off


def similarity(a: str, b: str) -> float:
    """The documented similarity: difflib's ratio of the two match keys, no junk."""
    return difflib.SequenceMatcher(None, match_key(a), match_key(b), autojunk=False).ratio()


def test_the_closest_name_with_the_same_numbers_is_taken():
    assert similarity(TYPED, OTHER_NUMBER) > similarity(TYPED, TWO_TYPOS) > \
        similarity(TYPED, THREE_OFF) >= 0.9
    pool = [(OTHER_NUMBER, "six"), (THREE_OFF, "far"), (TWO_TYPOS, "five")]
    assert best_match(TYPED, pool) == ("five", similarity(TYPED, TWO_TYPOS))
    pool = [(OTHER_NUMBER, "six"), (TWO_TYPOS, "five"), (THREE_OFF, "far")]
    assert best_match(TYPED, pool) == ("five", similarity(TYPED, TWO_TYPOS))


def test_a_name_with_other_numbers_is_only_a_suggestion():
    # no match, but the similarity of the closest name is reported for a hint
    assert best_match(TYPED, [(OTHER_NUMBER, "six")]) == (None, similarity(TYPED, OTHER_NUMBER))


def test_a_same_numbers_name_below_the_cutoff_is_no_match():
    far = "Договор № 5 от 12.03.2015"
    assert similarity(TYPED, far) < 0.9
    assert best_match(TYPED, [(OTHER_NUMBER, "six"), (far, "far")]) == \
        (None, similarity(TYPED, OTHER_NUMBER))
    # a cutoff the caller lowers lets it through
    assert best_match(TYPED, [(OTHER_NUMBER, "six"), (far, "far")], cutoff=0.5) == \
        ("far", similarity(TYPED, far))


def test_the_fallback_cutoff_is_inclusive():
    # the closest name has another number; the one with the same number is exactly at the cutoff
    typed, other, same = "abcdefghij 1", "abcdefghij 2", "abcdefghkk 1"
    cut = similarity(typed, same)
    assert best_match(typed, [(other, "o"), (same, "s")], cutoff=cut) == ("s", cut)
    assert best_match(typed, [(other, "o"), (same, "s")], cutoff=cut + 1e-9) == \
        (None, similarity(typed, other))


def test_no_candidates_no_match():
    assert best_match(TYPED, []) == (None, 0.0)
    assert best_match(TYPED, [], cutoff=0.0) == (None, 0.0)


def test_a_value_that_is_falsy_is_still_a_match():
    assert best_match("abcdefghij", [("abcdefghik", 0)]) == (0, 0.9)
    assert best_match("abcdefghij 1", [("abcdefghij 2", ""), ("abcdefghik 1", 0)]) == \
        (0, similarity("abcdefghij 1", "abcdefghik 1"))


def test_long_titles_fall_back_to_the_same_numbers_without_junk():
    """Hundreds of characters: difflib's autojunk would drop frequent letters and the
    fallback would never reach the cutoff."""
    words = ("между Администрацией Смоленской области и Правительством Москвы "
             "о торгово-экономическом, научно-техническом и культурном сотрудничестве ") * 3
    typed = f"Соглашение № 5 {words}"
    other = f"Соглашение № 6 {words}"
    typo = f"Соглашение № 5 {words.replace('научно', 'научна', 1)}"
    assert len(typed) > 200
    value, ratio = best_match(typed, [(other, "six"), (typo, "five")])
    assert value == "five" and ratio == similarity(typed, typo) > 0.99


PHRASE = "о сотрудничестве в области торговли и экономики "  # every letter repeats


def test_long_titles_whose_letters_all_repeat_still_match():
    """In a long title every letter is frequent; difflib's autojunk would ignore them all
    and see nothing in common beyond the rare characters."""
    title = f"Соглашение № 5 {PHRASE * 8}"
    typo = title[:200] + "ы" + title[201:]  # a letter in the middle
    assert len(title) > 200
    assert best_match(typo, [(title, "agreement")]) == ("agreement", similarity(typo, title))
    assert similarity(typo, title) > 0.99
    # and through the fallback: the closest name (the same typo) has another number
    other = typo.replace("№ 5", "№ 6")
    assert similarity(typo, other) >= similarity(typo, title)
    assert best_match(typo, [(other, "six"), (title, "five")]) == \
        ("five", similarity(typo, title))


def test_among_equally_close_names_with_the_same_numbers_the_first_is_taken():
    typed, other = "abcdefghij 1", "abcdefghij 2"
    first, second = "abcdefghik 1", "abcdefghkj 1"
    assert similarity(typed, first) == similarity(typed, second)
    assert best_match(typed, [(other, 0), (first, 1), (second, 2)]) == \
        (1, similarity(typed, first))
    # values need not be comparable (records, dictionaries)
    a, b = {"id": "a"}, {"id": "b"}
    assert best_match(typed, [(other, {}), (first, a), (second, b)])[0] is a
