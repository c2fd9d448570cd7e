"""Fifth pass: an organisation's name goes on over ``آف``, ``اینڈ`` and ``فار`` (``کراچی چیمبر آف
کامرس اینڈ انڈسٹری``). Example sentences are khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word, load_cues
from khabar.entities.tag_rules import Mention, extend_organisation_connectives
from khabar.entities.tagger import tag_words


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("ملتان چیمبر آف کامرس اینڈ انڈسٹری کے صدر نے کہا", [Mention(0, 2, "ORG", 0.8)], [Mention(0, 6, "ORG", 0.8)]),
    # a place found after the connective joins the name
    ("نیشنل بینک آف پاکستان نے قرض دیا", [Mention(0, 2, "ORG", 0.8), Mention(3, 4, "GPE", 0.9)],
     [Mention(0, 4, "ORG", 0.8)]),
    ("سینٹر فار پیس اسٹڈیز ( سی پی ایس ) نے رپورٹ دی", [Mention(0, 1, "ORG", 0.7)], [Mention(0, 4, "ORG", 0.7)]),
])
def test_the_name_goes_on(text: str, found: list[Mention], expected: list[Mention]) -> None:
    assert extend_organisation_connectives(_w(text), found, load_cues()) == expected


@pytest.mark.parametrize(("text", "found"), [
    # not a place before the connective, nor an organisation whose tail (three words at most) nothing closes
    ("لاہور آف دی ریکارڈ نے", [Mention(0, 1, "GPE", 0.9)]),
    ("اکیڈمی آف دی آرٹس کریٹیو ورکس سے", [Mention(0, 1, "ORG", 0.6)]),
    # a name that runs on past the tail is not cut
    ("ادارہ آف ٹیکنالوجی پاکستان نیوز نیٹ ورک نے", [Mention(0, 1, "ORG", 0.6), Mention(3, 7, "ORG", 0.8)]),
])
def test_the_name_stays(text: str, found: list[Mention]) -> None:
    assert extend_organisation_connectives(_w(text), found, load_cues()) == found


def test_chamber_end_to_end() -> None:
    words = _split("کراچی چیمبر آف کامرس اینڈ انڈسٹری کے صدر نے کہا")
    assert tag_words(words)[:7] == ["B-ORG"] + ["I-ORG"] * 5 + ["O"]


def _split(text: str) -> list[str]:
    return text.split()
