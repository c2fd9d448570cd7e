"""Fifth pass: English words in Urdu letters that begin organisations' names (``ایسٹ انڈیا کمپنی``,
``نیشنل``) join the organisation right after them. Example sentences are khabar's own."""

from __future__ import annotations

from khabar.entities.tag_lexicon import fold_word, load_cues
from khabar.entities.tag_rules import Mention, extend_organisation_starts
from khabar.entities.tagger import tag_words


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


def test_org_start_words_join() -> None:
    words = _w("تاریخ میں ایسٹ انڈیا کمپنی کا ذکر ہے")
    assert extend_organisation_starts(words, [Mention(3, 5, "ORG", 0.6)], load_cues()) == [Mention(2, 5, "ORG", 0.6)]
    words = _w("اس نے نیشنل انٹرنیشنل ٹریڈ اتھارٹی کو خط لکھا")
    assert extend_organisation_starts(words, [Mention(4, 6, "ORG", 0.6)], load_cues()) == [Mention(2, 6, "ORG", 0.6)]


def test_other_names_and_words_stay() -> None:
    words = _w("تاریخ میں ایسٹ انڈیا کا ذکر ہے")
    found = [Mention(3, 4, "GPE", 0.9)]
    assert extend_organisation_starts(words, found, load_cues()) == found
    words = _w("نئی واپڈا ٹیم آئی")
    found = [Mention(1, 3, "ORG", 0.6)]
    assert extend_organisation_starts(words, found, load_cues()) == found


def test_association_end_to_end() -> None:
    words = _split("گورنمنٹ ٹیچرز ایسوسی ایشن نے احتجاج کیا")
    assert tag_words(words)[:5] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


def _split(text: str) -> list[str]:
    return text.split()
