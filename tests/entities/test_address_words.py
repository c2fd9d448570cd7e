"""Fifth pass: a person's span that is only a form of address (``ڈاکٹر صاحب``), the rest of an office
(``وزیر اعظم`` → ``اعظم``) or God's name (``اللہ تعالی``) is no person. Example sentences are
khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word, load_cues, load_not_names, load_offices
from khabar.entities.tag_rules import Mention, trim_titles


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


@pytest.mark.parametrize(("text", "span"), [
    ("ہم ڈاکٹر صاحب کی خدمات کو سراہتے ہیں", (2, 3)),
    ("ہم ڈاکٹر صاحب کی خدمات کو سراہتے ہیں", (1, 3)),
    ("جاپان کے وزیر اعظم کے ساتھ ملاقات ہوئی", (3, 4)),
    ("وہ وزیر اعلی کے طور پر منتخب ہوئے", (2, 3)),
])
def test_no_name_in_the_span(text: str, span: tuple[int, int]) -> None:
    assert trim_titles(_w(text), [Mention(*span, "PERSON", 0.7)], load_cues(), load_offices()) == []


@pytest.mark.parametrize(("text", "span", "expected"), [
    # the name after the address or the office stays
    ("ڈاکٹر صاحب زادہ نے کہا", (1, 3), (1, 3)),
    ("برطانوی وزیر اعظم جانسن نے کہا", (2, 4), (3, 4)),
    ("اجلاس میں اعظم خان نے کہا", (2, 4), (2, 4)),
])
def test_names_stay(text: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    out = trim_titles(_w(text), [Mention(*span, "PERSON", 0.7)], load_cues(), load_offices())
    assert out == [Mention(*expected, "PERSON", 0.7)]


def test_god_is_not_tagged_but_names_with_allah_are() -> None:
    not_names = load_not_names()
    assert all(w in not_names for w in _w("اللہ تعالی"))
    assert not all(w in not_names for w in _w("ثناء اللہ"))


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("ہم نوید اختر صاحب کے شکر گزار ہیں", (1, 4), (1, 3)),
    ("کمال برادران نے دکان کھولی", (0, 2), (0, 1)),
    ("تقریب میں ساجد نعیم پرنسپل اور اساتذہ شریک تھے", (2, 5), (2, 4)),
])
def test_address_after_the_name_is_trimmed(text: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    out = trim_titles(_w(text), [Mention(*span, "PERSON", 0.7)], load_cues(), load_offices())
    assert out == [Mention(*expected, "PERSON", 0.7)]
