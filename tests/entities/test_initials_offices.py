"""Fifth-pass rules: spelled initials belong to a person's name (``پی کے سنہا``: ``کے`` there is the
letter K, not the genitive), and ``اعظم`` after ``وزیر`` is the office, not the name. Example
sentences are khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word, load_offices
from khabar.entities.tag_rules import Mention, extend_initials, split_at_separators
from khabar.entities.tagger import tag_words


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


def test_ke_between_initials_does_not_cut_a_person() -> None:
    words = _w("اجلاس میں پی کے سنہا موجود تھے")
    assert split_at_separators(words, [Mention(2, 5, "PERSON", 0.8)]) == [Mention(2, 5, "PERSON", 0.8)]
    # the genitive still cuts a span
    words = _w("لاہور کے شہری")
    assert split_at_separators(words, [Mention(0, 3, "GPE", 0.8)]) == [
        Mention(0, 1, "GPE", 0.8), Mention(2, 3, "GPE", 0.8)]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("اجلاس میں ، ایس کے مہتا نے کہا", (5, 6), (3, 6)),
    ("جی ایس بھٹ نے کہا", (2, 3), (0, 3)),
    # a lone کے after a noun is its genitive
    ("پشاور کے نارائن نے کہا", (2, 3), (2, 3)),
    ("، کے نارائن نے کہا", (2, 3), (2, 3)),
    # no boundary before the letters
    ("شہر ایس کے مہتا نے", (3, 4), (3, 4)),
    # an office in letters is no initial
    ("، ایس ایچ او فرید خان نے", (4, 6), (4, 6)),
])
def test_initials_before_a_person(text: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    out = extend_initials(_w(text), [Mention(*span, "PERSON", 0.8)], load_offices())
    assert out == [Mention(*expected, "PERSON", 0.8)]


def test_initials_end_to_end() -> None:
    words = _split("میٹنگ میں جی ایس بھٹ ، پی کے سنہا اور ڈاکٹر ملک موجود تھے")
    tags = tag_words(words)
    assert tags[6:9] == ["B-PERSON", "I-PERSON", "I-PERSON"]


def test_prime_minister_is_not_part_of_the_name() -> None:
    words = _split("برطانوی وزیر اعظم جانسن نے استعفی دے دیا")
    tags = tag_words(words)
    assert tags[2:4] == ["O", "B-PERSON"]


def _split(text: str) -> list[str]:
    return text.split()
