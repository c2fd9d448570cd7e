"""Eleventh pass of the name rules: persons shown by the words around them (an age, a profession,
``نامی``). The example sentences are khabar's own; each of the behaviours below failed before the pass."""

from __future__ import annotations

from khabar.entities.tag_persons import load_person_cues
from khabar.entities.tag_spans import bio_spans
from khabar.entities.tagger import tag_words


def _persons(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[i:j]) for i, j, t in bio_spans(tag_words(words)) if t == "PERSON"]


# --- an age, a profession or نامی shows a person ----------------------------------------------------

def test_a_name_after_an_age_is_a_person() -> None:
    assert _persons("گاؤں کی نو سالہ بچی ثمرینہ کو سکول سے واپسی پر کتے نے کاٹ لیا") == ["ثمرینہ"]


def test_a_name_before_nami_and_a_person_noun_is_a_person() -> None:
    assert _persons("پولیس نے بازار سے شبیرا نامی شخص کو حراست میں لے لیا") == ["شبیرا"]


def test_nami_before_a_thing_shows_no_person() -> None:
    assert _persons("شہر میں شبیرا نامی ہوٹل کل سے بند ہے") == []


def test_the_cue_table_has_its_kinds() -> None:
    cues = load_person_cues()
    assert ("سالہ",) in cues["age"] and ("محنت", "کش") in cues["profession"]
