from __future__ import annotations

import pytest

from khabar.digest.tone import polar_terms, score_tone
from khabar.document import Tone


@pytest.mark.parametrize("text", [
    "قومی ٹیم نے شاندار کارکردگی دکھا کر سیریز جیت لی۔",
    "دونوں ممالک کے درمیان دوستانہ تعلقات مزید مضبوط ہوئے اور تعاون میں اضافہ ہوا۔",
    "عوام نے حکومت کے اس فیصلے کا خیر مقدم کیا اور اسے خوش آئند قرار دیا۔",
    "طالبہ کی کامیابی پر والدین بہت خوش ہیں اور انہیں مبارکباد دی جا رہی ہے۔",
])
def test_clearly_positive_sentences_score_positive(make_doc, text):
    tone = score_tone(make_doc(text))
    assert tone.score > 0
    assert tone.positive > 0 and tone.negative == 0


@pytest.mark.parametrize("text", [
    "بازار میں خودکش دھماکے سے بارہ افراد ہلاک اور درجنوں زخمی ہو گئے۔",
    "شدید بارش نے شہر میں تباہی مچا دی اور نظام زندگی مفلوج ہو گیا۔",
    "اپوزیشن نے حکومت پر کرپشن اور دھاندلی کے سنگین الزامات لگائے۔",
    "مہنگائی اور بے روزگاری نے غریب عوام کی مشکلات میں اضافہ کر دیا ہے۔",
])
def test_clearly_negative_sentences_score_negative(make_doc, text):
    tone = score_tone(make_doc(text))
    assert tone.score < 0
    assert tone.negative > 0


@pytest.mark.parametrize(("plain", "negated"), [
    ("ٹیم میچ میں کامیاب ہوئی۔", "ٹیم میچ میں کامیاب نہیں ہوئی۔"),
    ("وہ اس فیصلے سے خوش ہیں۔", "وہ اس فیصلے سے خوش نہیں ہیں۔"),
    ("مذاکرات میں تعاون کیا گیا۔", "مذاکرات میں عدم تعاون کیا گیا۔"),
    ("حکومت ناکام رہی۔", "حکومت ناکام نہیں رہی۔"),
])
def test_negation_flips_polarity(make_doc, plain, negated):
    a, b = score_tone(make_doc(plain)), score_tone(make_doc(negated))
    assert a.score != 0
    assert (a.score > 0) != (b.score > 0)
    assert b.score != 0


@pytest.mark.parametrize("text", ["انہوں نے نہ صرف کامیابی حاصل کی بلکہ ریکارڈ بھی بنایا۔"])
def test_not_only_is_not_a_negation(make_doc, text):
    assert score_tone(make_doc(text)).score > 0


@pytest.mark.parametrize(("words", "expected"), [
    ("یہ واقعہ افسوسناک ہے", [(2, 3, -2 / 3)]),
    ("یہ واقعہ انتہائی افسوسناک ہے", [(3, 4, -2 / 3 * 1.8)]),
    ("یہ کارکردگی بہت اچھی ہے", [(3, 4, 2 / 3 * 1.5)]),
    ("نقصان معمولی نہیں تھا", [(0, 1, -2 / 3 * -0.8)]),
    ("خراج تحسین پیش کیا گیا", [(0, 2, 1.0)]),
    ("وزیر اعلی نے اجلاس طلب کیا", []),
    ("سلامتی کونسل کا اجلاس", []),
])
def test_polar_terms_apply_intensifiers_negators_and_phrases(words, expected):
    got = polar_terms(words.split())
    assert [(s, e) for s, e, _ in got] == [(s, e) for s, e, _ in expected]
    assert [w for _, _, w in got] == pytest.approx([w for _, _, w in expected])


@pytest.mark.parametrize("text", [
    "اجلاس کل صبح دس بجے شروع ہوگا۔",
    "",
    "۔۔۔ ، ؟",
])
def test_neutral_or_empty_text_is_zero(make_doc, text):
    assert score_tone(make_doc(text)) == Tone(score=0.0, positive=0.0, negative=0.0)


@pytest.mark.parametrize("text", ["دھماکے میں دس افراد ہلاک ہو گئے۔"])
def test_shares_and_score_are_exact(make_doc, text):
    # seven words; دھماکے (-3) and the phrase ہلاک ہو گئے (-3, three words) are negative, weight -1 each
    assert score_tone(make_doc(text)) == Tone(score=round(-200 / 7, 4), positive=0.0,
                                             negative=round(4 / 7, 4))
