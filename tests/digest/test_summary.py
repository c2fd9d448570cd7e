from __future__ import annotations

import pytest

from khabar.digest.summary import score_sentences, summarize

# Our own article: a title line, a dateline fragment, then the story.
BUDGET = (
    "وفاقی کابینہ نے نئے مالی سال کے بجٹ کی منظوری دے دی\n"
    "اسلام آباد۔\n"
    "وفاقی کابینہ نے نئے مالی سال کے بجٹ کی منظوری دے دی جس میں ترقیاتی منصوبوں کے لیے اضافی رقم رکھی گئی ہے۔ "
    "وزیر خزانہ نے کابینہ کو بجٹ کی تفصیلات سے آگاہ کیا۔ "
    "اجلاس میں سرکاری ملازمین کی تنخواہوں میں اضافے کی تجویز پر بھی غور کیا گیا۔ "
    "کابینہ کے بعض ارکان نے بجلی کے نرخوں پر تحفظات کا اظہار کیا۔ "
    "موسم آج بھی خوشگوار رہا۔ "
    "بجٹ کل قومی اسمبلی میں پیش کیا جائے گا جہاں اس پر بحث ہوگی۔"
)


@pytest.mark.parametrize("size", [1, 2, 3, 4])
def test_summary_is_sized_sorted_and_valid(make_doc, size):
    doc = make_doc(BUDGET)
    picked = summarize(doc, size=size)
    assert len(picked) == size
    assert picked == sorted(set(picked))
    assert all(0 <= i < len(doc.sentences) for i in picked)


@pytest.mark.parametrize("text", [BUDGET])
def test_headline_and_dateline_are_skipped_and_the_lead_is_kept(make_doc, text):
    doc = make_doc(text)
    assert doc.sentence_text(0).startswith("وفاقی کابینہ نے نئے مالی سال")
    assert doc.sentence_text(1) == "اسلام آباد۔"
    picked = summarize(doc, size=3)
    assert 0 not in picked and 1 not in picked
    assert picked[0] == 2


@pytest.mark.parametrize("text", [BUDGET])
def test_off_topic_sentence_scores_below_on_topic_ones(make_doc, text):
    doc = make_doc(text)
    scores = score_sentences(doc)
    weather = next(i for i in range(len(doc.sentences)) if "موسم" in doc.sentence_text(i))
    budget = next(i for i in range(len(doc.sentences)) if "قومی اسمبلی" in doc.sentence_text(i))
    assert scores[weather] < scores[budget]
    assert weather not in summarize(doc, size=4)


@pytest.mark.parametrize(("text", "size", "expected"), [
    ("", 3, []),
    ("بارش ہوئی۔", 3, [0]),
    ("بارش ہوئی۔ سڑکیں ڈوب گئیں۔", 5, [0, 1]),
    ("بارش ہوئی۔ سڑکیں ڈوب گئیں۔", 0, []),
    ("شہر میں بارش\nبارش ہوئی۔ سڑکیں ڈوب گئیں۔", 5, [1, 2]),
])
def test_short_and_empty_documents(make_doc, text, size, expected):
    assert summarize(make_doc(text), size=size) == expected


@pytest.mark.parametrize("name", ["01-xi-putin-virtual.txt", "02-pakistan-imf.txt", "05-cricket.txt"])
def test_examples_summary_skips_the_title_line(example, name):
    doc = example(name)
    picked = summarize(doc, size=2)
    assert len(picked) == 2 and 0 not in picked


# Our own article with a photo caption line (credit + caption) as a page would have it.
CAPTION = (
    "قومی ٹیم نے دبئی ٹیسٹ میں نیوزی لینڈ کو شکست دے دی۔\n"
    "تصویر کے کاپی رائٹ AFP Image caption دبئی ٹیسٹ میں قومی ٹیم کے بولر نے نیوزی لینڈ کی پانچ وکٹیں حاصل کیں\n"
    "دبئی ٹیسٹ کے آخری روز قومی ٹیم کے اسپنر نے نیوزی لینڈ کی دوسری اننگز میں عمدہ بولنگ کی۔ "
    "نیوزی لینڈ کی پوری ٹیم دوسری اننگز میں ایک سو پچاس رنز پر آؤٹ ہو گئی۔ "
    "قومی ٹیم کے کپتان نے جیت کو ٹیم کی مشترکہ کوشش قرار دیا۔"
)


def test_a_photo_caption_with_its_credit_line_is_no_summary_sentence(make_doc):
    doc = make_doc(CAPTION)
    caption = next(i for i, s in enumerate(doc.sentences) if "Image caption" in doc.text[s.start:s.end])
    assert caption not in summarize(doc, size=3)
