"""Common news predicates added in the fourth pass, coded by the CAMEO codebook (our own sentences)."""

import pytest

from khabar.events.extract import extract_events
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


@pytest.mark.parametrize("text,expected", [
    ("وزیر خارجہ نے مہمان وفد کا استقبال کیا۔", ("043", "وزیر خارجہ", "مہمان وفد")),
    ("اپوزیشن نے اسمبلی سے واک آؤٹ کیا۔", ("143", "اپوزیشن", None)),
    ("مشتعل ہجوم نے دکانوں میں توڑ پھوڑ کی۔", ("145", "مشتعل ہجوم", None)),
    ("پاکستان نے بھارت کو سنگین نتائج سے متنبہ کیا۔", ("130", "پاکستان", "بھارت")),
    ("چین نے جاپان کا دعوی رد کر دیا۔", ("120", "چین", "جاپان")),
    ("پولیس نے مظاہرین کو تشدد کا نشانہ بنایا۔", ("180", "پولیس", "مظاہرین")),
    ("ترکی نے ثالثی کی پیشکش کی۔", ("039", "ترکی", None)),
    ("عدالت نے ملزم کو جیل بھیج دیا۔", ("173", "عدالت", "ملزم")),
    ("حکومت نے وزیر کی سرزنش کی۔", ("111", "حکومت", "وزیر")),
    ("مسلح افراد نے دکاندار کو دھمکایا۔", ("130", "مسلح افراد", "دکاندار")),
])
def test_news_verbs(text, expected):
    doc = analyze(text, published="2024-03-05", stages=_STAGES)
    got = [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)]
    assert got == [expected]


def test_expressing_confidence_is_no_event():
    # ``اعتماد کا اظہار`` is most often about a thing (an economy, a process): left out of the lexicon
    doc = analyze("وزیر نے معیشت پر اعتماد کا اظہار کیا۔", stages=_STAGES)
    assert extract_events(doc) == []


@pytest.mark.parametrize("text,expected", [
    ("امریکہ نے روس کو خبردارکیا۔", ("130", "امریکہ", "روس", "خبردارکیا")),
    ("حکومت نے مظاہرین کا مطالبہ مستردکردیا۔", ("120", "حکومت", "مظاہرین", "مستردکردیا")),
])
def test_noun_run_on_to_its_light_verb(text, expected):
    doc = analyze(text, published="2024-03-05", stages=_STAGES)
    assert [(e.code, e.actor1.text, e.actor2 and e.actor2.text, e.trigger.text)
            for e in extract_events(doc)] == [expected]


def test_run_on_split_needs_a_lexicon_noun():
    # ``امریکی`` ends like ``کی`` but ``امری`` is no predicate noun: nothing is split, nothing found
    from khabar.events.tokens import unglue
    doc = analyze("امریکی وفد پہنچا۔", stages=_STAGES)
    assert [t.norm for t in unglue(doc.tokens)][:2] == ["امریکی", "وفد"]


@pytest.mark.parametrize("text,expected", [
    # people, crowds and other collectives act without a name (``data/events/groups.tsv``)
    ("ناراض لوگ پانی کی فراہمی کا مطالبہ کر رہے ہیں۔", ("100", "ناراض لوگ", None)),
    ("دہشت گردوں نے چوکی پر حملہ کیا۔", ("190", "دہشت گردوں", "چوکی")),
    # ... and people named by a common noun are targets of non-violent acts too
    ("گورنر نے سوگوار خاندان سے تعزیت کی۔", ("018", "گورنر", "سوگوار خاندان")),
    ("وزیر نے شہدا کے لواحقین کے لیے امداد کا اعلان کیا۔", ("070", "وزیر", "شہدا کے لواحقین")),
])
def test_collective_subjects(text, expected):
    doc = analyze(text, published="2024-03-05", stages=_STAGES)
    assert [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a list of collectives or offices acts as each of them ...
    ("پولیس اور رینجرز نے ملزموں کو گرفتار کر لیا۔",
     [("173", "پولیس", "ملزموں"), ("173", "رینجرز", "ملزموں")]),
    ("صدر اور وزیراعظم نے سوگوار خاندان سے تعزیت کی۔",
     [("018", "صدر", "سوگوار خاندان"), ("018", "وزیراعظم", "سوگوار خاندان")]),
    # ... but the pairing ``و`` makes one party
    ("طلباء و طالبات نے احتجاج کیا۔", [("141", "طلباء و طالبات", None)]),
])
def test_lists_of_collectives(text, expected):
    doc = analyze(text, published="2024-03-05", stages=_STAGES)
    assert [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)] == expected
