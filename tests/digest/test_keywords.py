from __future__ import annotations

import pytest

from khabar.digest.keywords import extract_keywords
from khabar.document import Entity

# Our own article: a flood story with repeated multiword phrases.
FLOOD = (
    "سوات میں سیلابی ریلے سے تباہی\n"
    "سوات (نمائندہ خصوصی) دریائے سوات میں سیلابی ریلے نے کئی دیہات کو اپنی لپیٹ میں لے لیا۔ "
    "ضلعی انتظامیہ کے مطابق سیلابی ریلے سے درجنوں مکانات منہدم ہو گئے اور رابطہ سڑکیں بہہ گئیں۔ "
    "امدادی ٹیموں نے متاثرہ خاندانوں کو محفوظ مقامات پر منتقل کر دیا۔ "
    "ضلعی انتظامیہ نے امدادی کیمپ قائم کر دیے ہیں جہاں خیمے اور خوراک تقسیم کی جا رہی ہے۔"
)


@pytest.mark.parametrize(("name", "expected"), [
    ("01-xi-putin-virtual.txt", {"ورچوئل ملاقات", "سرمائی اولمپکس", "سفارتی بائیکاٹ"}),
    ("04-karachi-rain.txt", {"موسلا دھار بارش", "محکمہ موسمیات"}),
])
def test_examples_yield_the_expected_phrases(example, name, expected):
    texts = {k.text for k in extract_keywords(example(name))}
    assert expected <= texts


@pytest.mark.parametrize("text", [FLOOD])
def test_repeated_phrases_rank_high_and_keep_their_surface_form(make_doc, text):
    doc = make_doc(text)
    kws = extract_keywords(doc, top=5)
    texts = [k.text for k in kws]
    assert "سیلابی ریلے" in texts[:2]
    assert "ضلعی انتظامیہ" in texts
    assert all(k.text in text for k in kws)


@pytest.mark.parametrize("text", [FLOOD])
def test_scores_are_in_unit_interval_and_sorted(make_doc, text):
    kws = extract_keywords(make_doc(text), top=8)
    scores = [k.score for k in kws]
    assert len(kws) == 8
    assert scores[0] == 1.0
    assert all(0.0 < s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("text", [FLOOD])
def test_no_keyword_repeats_part_of_another(make_doc, text):
    kws = [k.text.split() for k in extract_keywords(make_doc(text), top=10)]
    for i, a in enumerate(kws):
        for b in kws[i + 1:]:
            assert not set(a) <= set(b) and not set(b) <= set(a), (a, b)


@pytest.mark.parametrize("text", ["اور کے کی میں سے کو نے ہے۔", "", "۔۔۔ 2021 ، 15"])
def test_text_without_content_words_has_no_keywords(make_doc, text):
    assert extract_keywords(make_doc(text)) == []


@pytest.mark.parametrize("top", [0, -1])
def test_top_zero_gives_nothing(make_doc, top):
    assert extract_keywords(make_doc(FLOOD), top=top) == []


@pytest.mark.parametrize("text", ["چینی صدر شی جن پنگ نے کہا کہ شی جن پنگ کا دورہ اہم ہے۔"])
def test_a_tagged_name_is_a_candidate_whole_even_with_a_stop_word_inside(make_doc, text):
    doc = make_doc(text)
    start = text.index("شی جن پنگ")
    doc.entities = [Entity(start, start + 9, "شی جن پنگ", "PERSON", 0, name_en="Xi Jinping")]
    assert extract_keywords(doc, top=3)[0].text == "شی جن پنگ"


@pytest.mark.parametrize("messy", [
    FLOOD.replace("سیلابی ریلے", "سیلابی  ریلے"),
    FLOOD.replace("سیلابی ریلے", "\u200fسیلابی\u00a0ریلے\u200e"),
])
def test_a_phrase_reads_with_one_space_and_no_invisible_marks(make_doc, messy):
    texts = [k.text for k in extract_keywords(make_doc(messy), top=5)]
    assert "سیلابی ریلے" in texts[:2]
    assert not any("  " in t or "\u200f" in t or "\u200e" in t or "\u00a0" in t for t in texts)


def test_two_spellings_of_one_entity_are_one_keyword():
    from khabar.pipeline import analyze
    doc = analyze("آئی ایم ایف نے قرض کی قسط جاری کر دی۔ بین الاقوامی مالیاتی فنڈ کے مطابق قسط ایک ارب ڈالر ہے۔ "
                  "آئی ایم ایف نے اصلاحات پر زور دیا۔ بین الاقوامی مالیاتی فنڈ کا وفد اگلے ماہ آئے گا۔")
    texts = [k.text for k in doc.keywords]
    imf = [t for t in texts if t in ("آئی ایم ایف", "بین الاقوامی مالیاتی فنڈ")]
    assert len(imf) == 1


def test_a_phrase_that_glues_a_word_onto_a_name_or_value_is_no_keyword():
    from khabar.pipeline import analyze
    doc = analyze("کراچی میں بارش سرجانی ٹاؤن میں سب سے زیادہ ہوئی۔ بارش سرجانی ٹاؤن میں 112.5 ملی میٹر ریکارڈ ہوئی۔ "
                  "بارش سے سرجانی ٹاؤن کی سڑکیں ڈوب گئیں۔")
    texts = {k.text for k in doc.keywords}
    assert "سرجانی ٹاؤن" in texts
    assert not {"بارش سرجانی ٹاؤن", "میٹر ریکارڈ", "بارش سرجانی"} & texts


def test_photo_credits_are_no_keywords():
    from khabar.pipeline import analyze
    text = ("تصویر کے کاپی رائٹ Getty Images Image caption فاسٹ بولر نے میچ میں پانچ وکٹیں حاصل کیں\n"
            "تصویر کے کاپی رائٹ Getty Images Image caption کپتان نے ٹاس جیت کر بیٹنگ کا فیصلہ کیا\n"
            "فاسٹ بولر نے آخری اوور میں دو وکٹیں لے کر میچ جتوا دیا۔ کپتان نے فاسٹ بولر کی تعریف کی۔")
    texts = [k.text for k in analyze(text).keywords]
    assert "فاسٹ بولر" in texts
    assert not [t for t in texts if "Getty" in t or "Image" in t or "کاپی رائٹ" in t]


def test_phrases_that_slide_over_the_same_words_are_one_keyword():
    from khabar.digest.keywords import _overlap
    assert _overlap(("گیٹی", "امیجز", "تصویر"), ("کاپی", "رائٹ", "گیٹی", "امیجز")) == 2
    assert _overlap(("ٹیسٹ", "میچ"), ("میچ", "فکسنگ")) == 1  # one shared word: both may stay


def test_spelled_letters_adverbs_and_glued_futures_are_stop_words():
    from khabar.digest.lexicon import stop_words
    from khabar.text.normalize import normalize_word
    stops = stop_words()
    assert {normalize_word(w) for w in ("پی", "ایس", "نہایت", "روزانہ", "کریںگے")} <= stops
    assert not {"پاکستان", "حکومت", "روبوٹ"} & stops
    # a future typed onto its verb stays one token; it is no content either, and زندگی is
    from khabar.digest.terms import is_content
    assert not is_content(normalize_word("جائےگا"), stops)
    assert is_content("زندگی", stops)


# Our own match report: the light-verb predicate (وکٹیں حاصل کیں) and inflected repeats (ٹیم، ٹیموں).
CRICKET = (
    "ملتان میں دونوں ٹیموں کے درمیان تیسرا میچ کھیلا گیا۔ "
    "مہمان ٹیم کے فاسٹ بولر نے پانچ وکٹیں حاصل کیں اور میزبان ٹیم صرف 140 رنز بنا سکی۔ "
    "دوسری اننگز میں بھی اسپنرز نے چار وکٹیں حاصل کیں۔ "
    "دونوں ٹیموں کے کپتانوں نے پچ کی تعریف کی اور کہا کہ ٹیم کی کارکردگی بہتر ہوئی ہے۔ "
    "بورڈ نے ٹیم کے کوچ سے وضاحت طلب کی اور ٹیموں کے اگلے دورے کا اعلان کیا۔"
)


def test_the_verb_half_of_a_predicate_is_no_keyword(make_doc):
    texts = [k.text for k in extract_keywords(make_doc(CRICKET), top=10)]
    assert "وکٹیں" in texts
    assert not any(w in t.split() for t in texts for w in ("حاصل", "طلب"))


def test_inflections_of_one_word_are_one_keyword(make_doc):
    texts = [k.text for k in extract_keywords(make_doc(CRICKET), top=10)]
    assert len({"ٹیم", "ٹیموں"} & set(texts)) == 1
