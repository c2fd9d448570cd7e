"""The lookup tables the speed passes added give the answers the plain scans gave (Urdu written here)."""

from __future__ import annotations

from khabar.entities.tag_lexicon import Gazetteer, PhraseSet, SpacedGazetteer, phrase_length_at
from khabar.entities.tag_rules import Mention
from khabar.entities.tag_spans import bio_spans
from khabar.entities.tagger import spread_mentions


def test_phrase_set_knows_first_words_and_matches_like_a_frozenset() -> None:
    phrases = PhraseSet({("محنت", "کش"), ("اداکارہ",)})
    plain = frozenset(phrases)
    words = ["محنت", "کش", "عرفان", "اداکارہ", "میرا"]
    assert phrases.firsts == frozenset({"محنت", "اداکارہ"})
    for k in range(len(words) + 1):
        assert phrase_length_at(words, k, phrases, 2) == phrase_length_at(words, k, plain, 2)
    assert [phrase_length_at(words, k, phrases, 2) for k in range(5)] == [2, 0, 0, 1, 0]


def test_gazetteer_may_match_also_knows_run_together_names() -> None:
    gaz = Gazetteer([(("نواز", "شریف"), "PERSON")])
    assert gaz.may_match(["کل", "نوازشریف", "نے"])  # the two words run together are an entry too
    assert gaz.may_match(["نواز", "شریف"])
    assert not gaz.may_match(["شریف", "آدمی"]) and gaz.match(["شریف", "آدمی"]) == []
    assert SpacedGazetteer([(("پیپلزپارٹی",), "k:ORG")]).may_match(["پیپلز"])


def test_spread_reaches_a_run_together_mention_in_another_sentence() -> None:
    first = ["نواز", "شریف", "نے", "خطاب", "کیا"]
    second = ["نوازشریف", "لاہور", "گئے"]
    third = ["بارش", "ہوئی"]
    found = spread_mentions([first, second, third], [[Mention(0, 2, "PERSON", 0.9)], [], []])
    assert [(m.start, m.end, m.type) for m in found[1]] == [(0, 1, "PERSON")]
    assert found[2] == []


def test_bio_spans_close_at_o_and_at_a_new_begin() -> None:
    assert bio_spans(["O", "B-PERSON", "I-PERSON", "O", "I-GPE", "B-ORG", "I-ORG"]) == [
        (1, 3, "PERSON"), (4, 5, "GPE"), (5, 7, "ORG")]
    assert bio_spans(["B-GPE", "I-PERSON", "X"]) == [(0, 1, "GPE"), (1, 2, "PERSON")]
