"""Fifth pass: a place span that no trusted list knows as a whole loses the ordinary words before a
known place (``ساتھ انگلینڈ`` → ``انگلینڈ``). Example sentences are khabar's own."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from khabar.entities.tag_lexicon import fold_word
from khabar.entities.tag_rules import Mention, trim_to_known_places

_PLACES = {("راولپنڈی",), ("اسلام", "آباد"), ("انگلینڈ",), ("ہندوستان",), ("نئی", "دہلی"), ("دہلی",)}
_COMMON = frozenset({"ساتھ", "شمال", "مشرقی", "نئی", "ڈھانچہ"})


def _is_place(words: Sequence[str]) -> bool:
    return tuple(words) in _PLACES


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("وفد نے ساتھ انگلینڈ کا دورہ کیا", (2, 4), (3, 4)),
    ("اس ڈھانچہ اسلام آباد میں", (1, 4), (2, 4)),
    # directions begin names, a whole known name is not cut (نئی دہلی), nor are two places
    # (the datasets differ on راولپنڈی اسلام آباد)
    ("شمال مشرقی ہندوستان میں بارش", (0, 3), (0, 3)),
    ("وہ نئی دہلی گئے", (1, 3), (1, 3)),
    ("قافلہ راولپنڈی اسلام آباد پہنچا", (1, 4), (1, 4)),
])
def test_trim(text: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    out = trim_to_known_places(_w(text), [Mention(*span, "GPE", 0.8)], _is_place, _COMMON)
    assert out == [Mention(*expected, "GPE", 0.8)]


def test_persons_are_left_alone() -> None:
    found = [Mention(2, 4, "PERSON", 0.8)]
    assert trim_to_known_places(_w("وفد نے ساتھ انگلینڈ کا دورہ کیا"), found, _is_place, _COMMON) == found
