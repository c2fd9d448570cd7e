"""Fifth pass: a place span that no trusted list knows as a whole is cut into the known places it
is made of (``راولپنڈی اسلام آباد``), or loses ordinary words before a known place. Example
sentences are khabar's own."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from khabar.entities.tag_lexicon import fold_word
from khabar.entities.tag_rules import Mention, split_known_places
from khabar.entities.tagger import tag_words

_PLACES = {("راولپنڈی",), ("اسلام", "آباد"), ("انگلینڈ",), ("ہندوستان",), ("نئی", "دہلی"), ("دہلی",)}
_COMMON = frozenset({"ساتھ", "شمال", "مشرقی", "نئی"})


def _is_place(words: Sequence[str]) -> bool:
    return tuple(words) in _PLACES


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("قافلہ راولپنڈی اسلام آباد پہنچا", (1, 4), [(1, 2), (2, 4)]),
    ("وفد نے ساتھ انگلینڈ کا دورہ کیا", (2, 4), [(3, 4)]),
    # directions begin names, and a whole known name is not cut (نئی دہلی)
    ("شمال مشرقی ہندوستان میں بارش", (0, 3), [(0, 3)]),
    ("وہ نئی دہلی گئے", (1, 3), [(1, 3)]),
])
def test_split(text: str, span: tuple[int, int], expected: list[tuple[int, int]]) -> None:
    out = split_known_places(_w(text), [Mention(*span, "GPE", 0.8)], _is_place, _COMMON)
    assert out == [Mention(i, j, "GPE", 0.8) for i, j in expected]


def test_persons_are_left_alone() -> None:
    found = [Mention(1, 4, "PERSON", 0.8)]
    assert split_known_places(_w("قافلہ راولپنڈی اسلام آباد پہنچا"), found, _is_place, _COMMON) == found


def test_two_places_end_to_end() -> None:
    words = _split("قافلہ راولپنڈی اسلام آباد پہنچا")
    assert tag_words(words)[1:4] == ["B-GPE", "B-GPE", "I-GPE"]


def _split(text: str) -> list[str]:
    return text.split()
