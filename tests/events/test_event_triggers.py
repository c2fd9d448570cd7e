import pytest

from khabar.events.triggers import find_triggers, load_lexicon
from khabar.text.normalize import normalize
from khabar.text.tokens import tokenize


def _words(text):
    return [t.norm for t in tokenize(text)]


def _found(text):
    words = _words(text)
    return [(" ".join(words[m.start:m.end]), m.code, m.form, m.negated, m.passive) for m in find_triggers(words)]


@pytest.mark.parametrize("text,expected", [
    # tense, gender and number of the light verb
    ("وزیر اعظم نے چینی سفیر سے ملاقات کی", ("ملاقات کی", "040", "perf", False, False)),
    ("دونوں رہنماؤں نے ملاقاتیں کیں", ("ملاقاتیں کیں", "040", "perf", False, False)),
    ("صدر کل امیر سے ملاقات کریں گے", ("ملاقات کریں", "040", "subj", False, False)),
    ("وزیر خارجہ آج ملاقات کر رہے ہیں", ("ملاقات کر رہے", "040", "imperf", False, False)),
    ("صدر ملاقات کر چکے ہیں", ("ملاقات کر چکے", "040", "imperf", False, False)),
    ("سفیر ہر ماہ ملاقات کرتا ہے", ("ملاقات کرتا", "040", "imperf", False, False)),
    ("وہ ملاقات کرے گا", ("ملاقات کرے", "040", "subj", False, False)),
    ("پولیس نے ملزم کو گرفتار کر لیا", ("گرفتار کر لیا", "173", "perf", False, False)),
    ("حکومت نے پابندیاں عائد کیں", ("پابندیاں عائد کیں", "163", "perf", False, False)),
    ("ملک نے دھمکی دی ہے", ("دھمکی دی", "130", "perf", False, False)),
    ("فوج نے مشقیں کیں", ("مشقیں کیں", "150", "perf", False, False)),
    ("فوج نے طاقت کا مظاہرہ کیا", ("طاقت کا مظاہرہ کیا", "150", "perf", False, False)),
    # negation, passive
    ("بھارت نے معاہدے کی حمایت نہیں کی", ("حمایت نہیں کی", "051", "perf", True, False)),
    ("ملزم کو گرفتار کر لیا گیا", ("گرفتار کر لیا گیا", "173", "perf", False, True)),
    # an infinitive carries its event when an announcing verb closes it
    ("تنظیم نے ہڑتال کرنے کا اعلان کیا", ("ہڑتال کرنے کا اعلان کیا", "143", "perf", False, False)),
    ("چین نے امداد کا بھی اعلان کیا", ("امداد کا بھی اعلان کیا", "070", "perf", False, False)),
    ("طیاروں نے اڈوں کو نشانہ بنانا شروع کیا", ("نشانہ بنانا شروع کیا", "190", "perf", False, False)),
])
def test_light_verb_predicates_in_every_form(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text", [
    "حملے کی منصوبہ بندی جاری تھی",          # genitive کی, not the light verb
    "مذاکرات کرنے کے لیے وفد روانہ ہوا",     # an infinitive of purpose is no event
    "مظاہرہ کرنے والے طلبہ گھر لوٹ گئے",      # a participle phrase names people, not an act
    "ٹیم نے اچھی کارکردگی کا مظاہرہ کیا",     # a display, not a demonstration
])
def test_no_trigger_where_there_is_no_predicate(text):
    assert [f for f in _found(text) if f[2] != ""] == []


@pytest.mark.parametrize("text,expected", [
    ("حملہ کر کے فرار ہو گئے", ("حملہ کر کے", "190", "conv", False, False)),
    ("احتجاج کرتے ہوئے نعرے لگائے", ("احتجاج کرتے ہوئے", "141", "conv", False, False)),
])
def test_converbs(text, expected):
    assert _found(text)[0] == expected


@pytest.mark.parametrize("lemma,form,kind", [
    ("کرنا", "کرلیا", "joined"), ("کرنا", "کردیا", "joined"), ("کرنا", "کرکے", "conv"), ("کرنا", "کئے", "perf"),
    ("کرنا", "کیں", "perf"), ("کرنا", "کریں", "subj"), ("کرنا", "کرتیں", "imperf"), ("کرنا", "کرنے", "inf"),
    ("دینا", "دیں", "perf"), ("دینا", "دیتا", "imperf"), ("بنانا", "بنائی", "perf"), ("بنانا", "بنائیں", "perf"),
    ("بنانا", "بناتے", "imperf"), ("مارنا", "ماری", "perf"), ("مارنا", "مارے", "perf"),
])
def test_verb_forms(lemma, form, kind):
    assert load_lexicon().forms[lemma][form] == kind


def test_every_lexicon_entry_is_in_normal_form():
    lex = load_lexicon()
    for first, entries in lex.by_first.items():
        assert normalize(first).norm == first
        for entry in entries:
            assert all(normalize(w).norm == w for w in entry.phrase)
