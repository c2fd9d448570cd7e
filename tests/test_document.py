import json

import pytest

import khabar
from khabar.document import Document

ARTICLES = [
    "چینی صدر شی جن پنگ نے 15 دسمبر 2021ء کو روسی صدر ولادی میر پیوٹن سے بات چیت کی۔",
    "آئی ایم ایف نے پاکستان کیلئے ایک ارب ڈالر کی قسط کی منظوری دے دی ہے ۔ رقم اگلے ہفتے منتقل ہوگی۔",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_document_round_trips_through_json(text):
    doc = khabar.analyze(text, published="2021-12-20")
    d = doc.to_dict(tokens=True)
    again = Document.from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert again.to_dict(tokens=True) == d


@pytest.mark.parametrize("text", ARTICLES)
def test_document_has_contract_shape(text):
    d = khabar.analyze(text, published="2021-12-20").to_dict()
    assert d["schema"] == "khabar.document/1"
    assert d["text"] == text
    assert d["meta"]["published"] == "2021-12-20"
    assert "tokens" not in d
    for key in ("sentences", "entities", "events", "quotes", "keywords", "summary", "tone"):
        assert key in d
    for s in d["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)


def test_id_is_stable_across_letter_variants():
    urdu = khabar.analyze("پاکستان کی معیشت")
    arabic = khabar.analyze("پاكستان كي معيشت")
    assert urdu.id == arabic.id
