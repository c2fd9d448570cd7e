"""Fifth pass: two person spans with nothing between them are one name (``مرزا اسداللہ خاں غالب``).
Example sentences are khabar's own."""

from __future__ import annotations

from khabar.entities.tag_rules import Mention, merge_adjacent_persons
from khabar.entities.tagger import tag_words


def test_adjacent_persons_merge() -> None:
    found = [Mention(2, 4, "PERSON", 0.9), Mention(4, 6, "PERSON", 0.7), Mention(6, 7, "GPE", 0.8)]
    assert merge_adjacent_persons(found) == [Mention(2, 6, "PERSON", 0.7), Mention(6, 7, "GPE", 0.8)]


def test_separated_or_other_names_stay() -> None:
    found = [Mention(0, 2, "PERSON", 0.9), Mention(3, 5, "PERSON", 0.7), Mention(5, 6, "ORG", 0.8)]
    assert merge_adjacent_persons(found) == found


def test_poet_end_to_end() -> None:
    words = _split("شاعروں میں مرزا اسداللہ خاں غالب کا نام سب سے اوپر ہے")
    assert tag_words(words)[2:7] == ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]


def _split(text: str) -> list[str]:
    return text.split()
