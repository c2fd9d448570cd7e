"""Fifth pass: more names that are ordinary words in context (``سپلائی چین`` "supply chain",
``چال چلی`` "played a trick", ``انچ قطر`` "diameter", ``پروان چڑھا`` "grew"). Example sentences are
khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tagger import tag_words


@pytest.mark.parametrize(("text", "word"), [
    ("کسانوں کی سپلائی چین بہتر بنانے کا منصوبہ منظور ہوا", "چین"),
    ("اس نے ایک چال چلی اور کامیاب رہا", "چلی"),
    ("پلیٹ کا دس انچ قطر رکھا گیا", "قطر"),
    ("اس منصوبے سے یہ خیال پروان چڑھا", "پروان"),
])
def test_ordinary_sense(text: str, word: str) -> None:
    words = text.split()
    assert tag_words(words)[words.index(word)] == "O"


def test_the_countries_stay() -> None:
    words = ["چین", "نے", "قطر", "کے", "ساتھ", "معاہدہ", "کیا"]
    assert tag_words(words)[:3] == ["B-GPE", "O", "B-GPE"]
