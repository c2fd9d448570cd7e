"""Fifth-pass rules: names in lists (``کولرج ، رچرڈس اور ایلیٹ``) and places inside the names of
campaigns and schemes (``سووچھ بھارت ابھیان``, ``پولیو مہم``). Example sentences are khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word, load_cues
from khabar.entities.tag_rules import (
    COORDINATION_ANCHOR,
    WEAK_CONFIDENCE,
    Mention,
    add_coordinated_names,
    drop_programme_places,
)
from khabar.entities.tagger import SPREAD_MIN_CONFIDENCE, tag_words

_RARE = frozenset({"کرمانی", "ویسالو", "پنگلا", "بٹھنڈر"})


def _rare(word: str) -> bool:
    return word in _RARE


def _split(text: str) -> list[str]:
    return text.split()


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


def test_a_list_item_next_to_a_sure_person_is_a_person() -> None:
    words = _w("اجلاس میں نوید اختر ، کرمانی اور ویسالو پنگلا شریک تھے")
    sure = COORDINATION_ANCHOR
    out = add_coordinated_names(words, [Mention(2, 4, "PERSON", sure)], _rare)
    assert out == [Mention(2, 4, "PERSON", sure), Mention(5, 6, "PERSON", WEAK_CONFIDENCE)]
    # the item found vouches for no further one, and is not spread through the article
    assert WEAK_CONFIDENCE < SPREAD_MIN_CONFIDENCE


def test_list_items_to_the_left_and_of_places() -> None:
    words = _w("بٹھنڈر ، لاہور اور کرمانی میں بارش ہوئی")
    out = add_coordinated_names(words, [Mention(2, 3, "GPE", 0.95)], _rare)
    assert out == [Mention(0, 1, "GPE", WEAK_CONFIDENCE), Mention(2, 3, "GPE", 0.95),
                   Mention(4, 5, "GPE", WEAK_CONFIDENCE)]


@pytest.mark.parametrize(("text", "found"), [
    # the CRF was not sure of the anchor: no item gets its type
    ("بٹھنڈر ، لاہور اور کرمانی میں بارش ہوئی", [Mention(2, 3, "GPE", 0.6)]),
    # an ordinary word is no name (``_rare`` says no), nor an item that runs on into a third word
    ("لاہور اور بارش کا موسم", [Mention(0, 1, "GPE", 0.95)]),
    ("لاہور اور کرمانی ویسالو پنگلا بٹھنڈر ہوئے", [Mention(0, 1, "GPE", 0.95)]),
    # organisations are not extended so
    ("واپڈا اور کرمانی نے کہا", [Mention(0, 1, "ORG", 0.95)]),
])
def test_no_list_item_without_evidence(text: str, found: list[Mention]) -> None:
    assert add_coordinated_names(_w(text), found, _rare) == found


def test_tagged_list_of_people() -> None:
    # khabar's own sentence: an unknown name in a list after a name the CRF is sure of
    words = _split("اجلاس میں انتونیو گوتیرس ، ٹیڈروس اور گروسی نے شرکت کی")
    tags = tag_words(words)
    assert tags[2:6] == ["B-PERSON", "I-PERSON", "O", "B-PERSON"]


@pytest.mark.parametrize(("text", "place"), [
    ("حکومت نے صاف بھارت ابھیان کا آغاز کیا", "بھارت"),
    ("ڈیجیٹل پاکستان پروگرام کے تحت نوجوانوں کو تربیت دی گئی", "پاکستان"),
    ("سندھ مہم کے دوران بچوں کو قطرے پلائے گئے", "سندھ"),
])
def test_a_place_before_a_programme_word_names_the_programme(text: str, place: str) -> None:
    words = _w(text)
    k = words.index(fold_word(place))
    assert drop_programme_places(words, [Mention(k, k + 1, "GPE", 0.9)], load_cues()) == []


def test_a_place_elsewhere_stays() -> None:
    words = _w("پاکستان میں پولیو مہم شروع ہو گئی")
    found = [Mention(0, 1, "GPE", 0.9)]
    assert drop_programme_places(words, found, load_cues()) == found


def test_programme_campaign_end_to_end() -> None:
    words = _split("وفاقی حکومت نے صاف بھارت ابھیان کی طرز پر صاف پاکستان مہم شروع کی")
    tags = tag_words(words)
    assert tags[words.index("بھارت")] == "O"
    assert tags[words.index("پاکستان")] == "O"
