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


# --- a postposition run on to the next word ends no name --------------------------------------------

def test_a_run_on_postposition_is_trimmed_off_a_person() -> None:
    from khabar.entities.tag_persons import trim_person_tails
    from khabar.entities.tag_rules import Mention
    from khabar.entities.tagger import default_tagger

    tagger = default_tagger()
    words = ["کل", "جان", "کیری", "کیدورے", "کا", "اعلان", "ہوا"]
    trimmed = trim_person_tails(words, [Mention(1, 4, "PERSON", 0.7)], tagger._ordinary,
                                tagger._person_words, tagger._any_name_words)
    assert trimmed == [Mention(1, 3, "PERSON", 0.7)]
    # a surname that reads as a postposition and a short word stays (کالیا: کا + لیا)
    words = ["مصنفہ", "ممتا", "کالیا", "نے", "کہا"]
    kept = [Mention(1, 3, "PERSON", 0.7)]
    assert trim_person_tails(words, kept, tagger._ordinary, tagger._person_words, tagger._any_name_words) == kept


# --- ranks, roles and words of address outside a person's span --------------------------------------

def test_ranks_roles_and_mohtaram_are_trimmed_off_a_person() -> None:
    from khabar.entities.tag_lexicon import load_cues
    from khabar.entities.tag_rules import Mention, trim_titles

    cues = load_cues()
    words = ["تھانے", "کے", "کانسٹبل", "گلاب", "دین", "نے", "بتایا"]
    assert trim_titles(words, [Mention(2, 5, "PERSON", 0.8)], cues) == [Mention(3, 5, "PERSON", 0.8)]
    words = ["ملکہ", "کے", "شہزادے", "سکندر", "علی", "کا", "محل"]
    assert trim_titles(words, [Mention(2, 5, "PERSON", 0.8)], cues) == [Mention(3, 5, "PERSON", 0.8)]
    words = ["جناب", "شمشاد", "بیگ", "محترم", "،", "شکریہ"]
    assert trim_titles(words, [Mention(1, 4, "PERSON", 0.8)], cues) == [Mention(1, 3, "PERSON", 0.8)]
    words = ["ماہر", "ارشد", "جمیل", "سائنسداں", "اور", "ادیب", "تھے"]
    assert trim_titles(words, [Mention(1, 4, "PERSON", 0.8)], cues) == [Mention(1, 3, "PERSON", 0.8)]
