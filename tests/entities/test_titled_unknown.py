"""Fifth pass: two or more rare words after a title (and its portfolio) closed by a case marker are a
person even when no name list knows them (``وزیر دفاع لائیڈ آسٹن نے``). Example sentences are
khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word, load_cues
from khabar.entities.tag_rules import RULE_CONFIDENCE, WEAK_CONFIDENCE, Mention, add_titled_persons
from khabar.entities.tagger import tag_words

_RARE = frozenset({"لائیڈ", "آسٹن", "ژاں", "کوبالو"})


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


@pytest.mark.parametrize(("text", "expected"), [
    # the portfolio after the title is skipped
    # no known name word: a weak span, not spread through the article
    ("وزیر دفاع لائیڈ آسٹن نے کہا", [Mention(2, 4, "PERSON", WEAK_CONFIDENCE)]),
    ("صدر ژاں کوبالو سے ملاقات ہوئی", [Mention(1, 3, "PERSON", WEAK_CONFIDENCE)]),
    # a known name word makes the usual span
    ("صدر ژاں عمران سے ملاقات ہوئی", [Mention(1, 3, "PERSON", RULE_CONFIDENCE)]),
    # one rare word is not enough, nor rare words no case marker closes
    ("صدر کوبالو نے کہا", []),
    ("صدر ژاں کوبالو آج آئے", []),
])
def test_rare_words_after_a_title(text: str, expected: list[Mention]) -> None:
    out = add_titled_persons(_w(text), [], frozenset({"عمران"}), frozenset(), load_cues(), _RARE.__contains__)
    assert out == expected


def test_without_the_rare_test_a_known_name_word_is_needed() -> None:
    assert add_titled_persons(_w("وزیر دفاع لائیڈ آسٹن نے کہا"), [], frozenset(), frozenset(), load_cues()) == []


def test_titled_unknown_name_end_to_end() -> None:
    words = _split("امریکی وزیر دفاع لائیڈ آسٹن نے کہا")
    assert tag_words(words)[3:5] == ["B-PERSON", "I-PERSON"]


def _split(text: str) -> list[str]:
    return text.split()
