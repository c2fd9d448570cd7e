"""Fifth pass: in a list where two items or more are names of one type and none of another, the
other items of rare name-like words are names of that type (``لاہور ، قصور ، چونیاں اور ننکانہ``).
Example sentences are khabar's own."""

from __future__ import annotations

from khabar.entities.tag_lexicon import fold_word
from khabar.entities.tag_rules import WEAK_CONFIDENCE, Mention, add_list_members

_RARE = frozenset({"چونیاں", "کھرلپور", "ژیژیک", "بٹھنڈر"})


def _rare(word: str) -> bool:
    return word in _RARE


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


def test_untagged_items_take_the_lists_type() -> None:
    words = _w("اضلاع یہ ہیں : لاہور ، قصور ، چونیاں اور کھرلپور")
    found = [Mention(4, 5, "GPE", 0.6), Mention(6, 7, "GPE", 0.55)]
    assert add_list_members(words, found, _rare) == [
        *found, Mention(8, 9, "GPE", WEAK_CONFIDENCE), Mention(10, 11, "GPE", WEAK_CONFIDENCE)]


def test_two_word_items_and_persons() -> None:
    words = _w("مہمانوں میں عامر خان ، ژیژیک بٹھنڈر اور ثنا میر شامل تھے")
    found = [Mention(2, 4, "PERSON", 0.7), Mention(8, 10, "PERSON", 0.7)]
    assert add_list_members(words, found, _rare) == [
        Mention(2, 4, "PERSON", 0.7), Mention(5, 7, "PERSON", WEAK_CONFIDENCE), Mention(8, 10, "PERSON", 0.7)]


def test_no_members_without_a_clear_list() -> None:
    # one tagged item only
    words = _w("لاہور ، چونیاں اور کھرلپور")
    found = [Mention(0, 1, "GPE", 0.6)]
    assert add_list_members(words, found, _rare) == found
    # items of two types
    words = _w("لاہور ، عامر خان ، چونیاں اور قصور")
    found = [Mention(0, 1, "GPE", 0.6), Mention(2, 4, "PERSON", 0.7), Mention(7, 8, "GPE", 0.6)]
    assert add_list_members(words, found, _rare) == found
    # an ordinary word is no member
    words = _w("لاہور ، قصور اور بارش")
    found = [Mention(0, 1, "GPE", 0.6), Mention(2, 3, "GPE", 0.6)]
    assert add_list_members(words, found, _rare) == found


def test_an_untagged_first_item_needs_an_opener() -> None:
    # ``سپر بٹھنڈر`` may be the end of a longer team name: the list begins at the next item
    words = _w("ٹیموں میں ملتان سپر بٹھنڈر ، لاہور ، کوئٹہ اور چونیاں شامل")
    found = [Mention(6, 7, "GPE", 0.9), Mention(8, 9, "GPE", 0.9)]
    assert add_list_members(words, found, _rare) == [*found, Mention(10, 11, "GPE", WEAK_CONFIDENCE)]


def test_a_listed_place_before_ne_stays_a_place() -> None:
    from khabar.entities.tag_rules import agents_are_people

    words = _w("کیمرون ، یوگینڈا اور کھرلپور نے تمغے جیتے")
    found = add_list_members(words, [Mention(0, 1, "GPE", 0.9), Mention(2, 3, "GPE", 0.8)], _rare)
    assert found[-1] == Mention(4, 5, "GPE", WEAK_CONFIDENCE)
    assert agents_are_people(words, found, lambda ws: list(ws) != ["کھرلپور"]) == found
