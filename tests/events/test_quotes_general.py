"""Quote frames and speakers beyond the first rules: sources that say nothing, directives, denials,
commas against run-on cuts (example sentences written for these tests)."""

import pytest

from khabar.events.quotes import extract_quotes
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, stages=_STAGES)
    return [(q.kind, q.text, None if q.speaker is None else q.speaker.text) for q in extract_quotes(doc)]


_LONG = ("وزیر اعلیٰ نے کہا کہ بارش نے کھڑی فصلیں تباہ کر دیں{c} کئی دیہات کا رابطہ کٹ گیا ہے لوگ کھلے آسمان"
         " تلے بیٹھے ہیں اور حکومت ان کی مدد کے لیے ہر ممکن قدم اٹھائے گی{c} متاثرین کو معاوضہ بھی دیا جائے گا۔")


def test_a_long_quote_with_commas_runs_to_its_full_stop():
    text = _LONG.format(c="،")
    body = text[text.index("بارش"):-1]
    assert _quotes(text) == [("reported", body, "وزیر اعلیٰ")]


def test_a_long_quote_without_any_punctuation_ends_at_its_first_clause():
    text = _LONG.format(c="")
    assert _quotes(text) == [("reported", "بارش نے کھڑی فصلیں تباہ کر دیں کئی دیہات کا رابطہ کٹ گیا ہے",
                              "وزیر اعلیٰ")]


@pytest.mark.parametrize("text", [
    "کرکٹ بورڈ کے قوانین کے مطابق کھلاڑی کو تین ہفتوں میں دوبارہ ٹیسٹ دینا ہو گا۔",
    "ابتدائی نتائج کے مطابق حکمران جماعت کو چھ نشستوں پر برتری حاصل ہے۔",
    "بورڈ نے کھلاڑیوں کی نئی فہرست جاری کر دی ہے جس کے مطابق کپتان پہلے نمبر پر آ گئے ہیں۔",
])
def test_rules_results_and_lists_are_no_source(text):
    assert _quotes(text) == []


def test_results_of_a_study_speak_through_the_study():
    assert _quotes("تحقیق کے نتائج کے مطابق روزانہ سیر کرنے والے لوگ کم بیمار ہوتے ہیں۔") == [
        ("reported", "روزانہ سیر کرنے والے لوگ کم بیمار ہوتے ہیں", "تحقیق کے نتائج")]


def test_a_newspaper_is_a_source():
    assert _quotes("روزنامہ مشرق کے مطابق شہر میں پانی کی قلت بڑھ گئی ہے۔") == [
        ("reported", "شہر میں پانی کی قلت بڑھ گئی ہے", "روزنامہ مشرق")]


@pytest.mark.parametrize("text", [
    "اپوزیشن نے مطالبہ کیا کہ وزیر اعظم فوری طور پر استعفیٰ دیں۔",
    "تاجروں نے حکومت سے اپیل کی کہ بجلی کے نرخ کم کیے جائیں۔",
])
def test_directives_are_not_quotations(text):
    assert _quotes(text) == []


def test_a_denial_is_reported_speech():
    assert _quotes("ترجمان نے اس بات سے انکار کیا کہ حکومت نے کوئی خفیہ معاہدہ کیا ہے۔") == [
        ("reported", "حکومت نے کوئی خفیہ معاہدہ کیا ہے", "ترجمان")]
