import pytest

from khabar.document import Entity
from khabar.events.quotes import extract_quotes
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _quotes(text, entities=()):
    doc = analyze(text, stages=_STAGES)
    doc.entities = list(entities)
    return [(q.kind, q.text, text[q.start:q.end] == q.text, q.sentence,
             None if q.speaker is None else (q.speaker.text, q.speaker.name_en))
            for q in extract_quotes(doc)]


@pytest.mark.parametrize("text,quote", [
    ('وزیر خارجہ نے کہا: "ہم مذاکرات کے لیے تیار ہیں"۔', "ہم مذاکرات کے لیے تیار ہیں"),
    ("وزیر خارجہ نے کہا: ''ہم مذاکرات کے لیے تیار ہیں''۔", "ہم مذاکرات کے لیے تیار ہیں"),
    ("وزیر خارجہ نے کہا: ’’ہم مذاکرات کے لیے تیار ہیں‘‘۔", "ہم مذاکرات کے لیے تیار ہیں"),
    ("وزیر خارجہ نے کہا: ‘‘ہم مذاکرات کے لیے تیار ہیں’’۔", "ہم مذاکرات کے لیے تیار ہیں"),
    ("وزیر خارجہ نے کہا: “ہم مذاکرات کے لیے تیار ہیں”۔", "ہم مذاکرات کے لیے تیار ہیں"),
    ("وزیر خارجہ نے کہا کہ ’ہم مذاکرات کے لیے تیار ہیں‘۔", "ہم مذاکرات کے لیے تیار ہیں"),
])
def test_direct_quotes_in_every_style(text, quote):
    assert _quotes(text) == [("direct", quote, True, 0, ("وزیر خارجہ", None))]


def test_speaker_after_the_quote_is_linked():
    text = "’’ہم کسی دباؤ میں نہیں آئیں گے‘‘، ایرانی صدر نے کہا۔"
    assert _quotes(text) == [("direct", "ہم کسی دباؤ میں نہیں آئیں گے", True, 0, ("ایرانی", "Iran"))]


def test_scare_quotes_are_not_quotations():
    assert _quotes("فوج نے ’محدود‘ کارروائی کی۔") == []


@pytest.mark.parametrize("text,expected", [
    ("چینی وزیر خارجہ نے کہا کہ دونوں ملک تعاون بڑھائیں گے۔",
     ("reported", "دونوں ملک تعاون بڑھائیں گے", True, 0, ("چینی", "China"))),
    ("پولیس کا کہنا تھا کہ ملزمان فرار ہو گئے۔",
     ("reported", "ملزمان فرار ہو گئے", True, 0, ("پولیس", None))),
    ("اقوام متحدہ کے مطابق امدادی سامان پہنچ گیا ہے۔",
     ("reported", "امدادی سامان پہنچ گیا ہے", True, 0, ("اقوام متحدہ", "United Nations"))),
    ("ترجمان نے بتایا کہ اجلاس کل ہوگا۔", ("reported", "اجلاس کل ہوگا", True, 0, ("ترجمان", None))),
])
def test_reported_speech(text, expected):
    assert _quotes(text) == [expected]


def test_pronoun_speaker_is_the_last_person_or_organization():
    text = "وزیر اعظم شہباز شریف نے پارلیمان سے خطاب کیا۔ انہوں نے کہا کہ معیشت بہتر ہو رہی ہے۔"
    person = Entity(10, 20, "شہباز شریف", "PERSON", 0, entity_id="Q7394489", name_en="Shehbaz Sharif")
    assert _quotes(text, [person]) == [
        ("reported", "معیشت بہتر ہو رہی ہے", True, 1, ("شہباز شریف", "Shehbaz Sharif"))]


def test_pronoun_speaker_follows_an_earlier_speaker():
    text = "امریکی ترجمان کا کہنا تھا کہ مذاکرات جاری رہیں گے۔ انہوں نے کہا کہ اگلا دور جلد ہوگا۔"
    assert [q[4] for q in _quotes(text)] == [("امریکی", "United States")] * 2


def test_no_quotes_in_plain_narrative():
    assert _quotes("بارش کے بعد شہر میں ٹریفک معمول پر آ گئی۔") == []


def test_speaker_name_with_a_function_word_inside():
    text = "چینی صدر شی جن پنگ نے کہا کہ تجارت بڑھے گی۔"
    assert _quotes(text) == [("reported", "تجارت بڑھے گی", True, 0, ("شی جن پنگ", "Xi Jinping"))]


def test_quoted_titles_without_a_speaker_are_not_quotations():
    assert _quotes("فلم ’’دل کی بات‘‘ جمعے کو سینما گھروں میں لگے گی۔") == []


def test_nationality_entity_speaks_as_its_country():
    text = "امریکی حکام نے کہا کہ مذاکرات جاری رہیں گے۔"
    norp = Entity(0, 6, "امریکی", "NORP", 0, entity_id="Q30", name_en="American")
    assert _quotes(text, [norp]) == [("reported", "مذاکرات جاری رہیں گے", True, 0, ("امریکی", "United States"))]


@pytest.mark.parametrize("text,expected", [
    ("اپنے طے شدہ پروگرام کے مطابق وہ کل واپس آئیں گی۔", []),
    ("عینی شاہدین کے مطابق حملہ آور فرار ہو گئے۔",
     [("reported", "حملہ آور فرار ہو گئے", True, 0, ("عینی شاہدین", None))]),
])
def test_according_to_needs_a_source(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", [
    "ترجمان نے کہا کہ ’’\u200fہم مذاکرات کے لیے ہر وقت تیار ہیں \u200e‘‘۔",
    "ترجمان نے کہا: ’’ \u200cہم مذاکرات کے لیے ہر وقت تیار ہیں\u200f ‘‘۔",
])
def test_quote_span_is_trimmed_of_blanks_and_invisible_marks(text):
    assert _quotes(text) == [("direct", "ہم مذاکرات کے لیے ہر وقت تیار ہیں", True, 0, ("ترجمان", None))]


def test_unbalanced_marks_pair_with_the_nearest_closing_mark():
    text = "’’ وزیر نے کہا ’’ہم تیار ہیں‘‘ اور ’’ وزیر نے کہا"
    assert _quotes(text) == [("direct", "وزیر نے کہا ’’ہم تیار ہیں", True, 0, ("وزیر", None))]


def test_pronoun_speakers_take_the_nearest_earlier_speaker():
    text = ("عمران خان نے کہا کہ حکومت کام کر رہی ہے۔ انہوں نے بتایا کہ اجلاس کل ہوگا۔ "
            "شہباز شریف نے کہا کہ معیشت بہتر ہے۔ انہوں نے بتایا کہ بجٹ جلد آئے گا۔")
    assert [(q[1], q[4][0]) for q in _quotes(text)] == [
        ("حکومت کام کر رہی ہے", "عمران خان"), ("اجلاس کل ہوگا", "عمران خان"),
        ("معیشت بہتر ہے", "شہباز شریف"), ("بجٹ جلد آئے گا", "شہباز شریف")]


def test_any_clause_with_an_ergative_subject_can_introduce_a_direct_quote():
    text = "کوچ نے کھلاڑیوں کو نصیحت کی، ’’میدان میں آخری گیند تک ہمت نہیں ہارنی‘‘۔"
    assert _quotes(text) == [("direct", "میدان میں آخری گیند تک ہمت نہیں ہارنی", True, 0, ("کوچ", None))]


def test_a_clause_that_does_not_run_into_the_quote_names_no_speaker():
    # the ergative clause ends with a full stop: the quote is someone else's (or nobody's) words
    text = "کوچ نے کھلاڑیوں کو نصیحت کی۔ ’’میدان میں آخری گیند تک ہمت نہیں ہارنی ہے بھائی‘‘۔"
    assert [q[4] for q in _quotes(text)] == [None]


def test_emphatic_khud_is_not_part_of_the_speaker():
    text = "خود وزیر خارجہ کا کہنا ہے کہ مذاکرات جاری رہیں گے۔"
    assert _quotes(text) == [("reported", "مذاکرات جاری رہیں گے", True, 0, ("وزیر خارجہ", None))]


def test_khud_before_a_pronoun_speaker_points_back():
    text = "ترجمان وزارت خارجہ نے بریفنگ دی۔ خود ان کا کہنا تھا کہ سرحد پر صورتحال قابو میں ہے۔"
    person = Entity(0, len("ترجمان وزارت خارجہ"), "ترجمان وزارت خارجہ", "ORG")
    assert [q[4] for q in _quotes(text, [person])] == [("ترجمان وزارت خارجہ", None)]


def test_two_speakers_in_one_sentence_get_a_quote_each():
    text = ("وکیل صفائی نے کہا کہ گواہ کا بیان تضادات سے بھرا ہے جس پر سرکاری وکیل کا کہنا تھا کہ "
            "بیان ریکارڈ کا حصہ ہے۔")
    got = [(q[1], q[4][0]) for q in _quotes(text)]
    assert got == [("گواہ کا بیان تضادات سے بھرا ہے", "وکیل صفائی"), ("بیان ریکارڈ کا حصہ ہے", "سرکاری وکیل")]


def test_a_run_on_with_no_full_stop_still_splits_at_the_finite_verb():
    text = "ترجمان نے بتایا کہ اجلاس کل ہوگا وزیر داخلہ کا کہنا تھا کہ سکیورٹی سخت رہے گی۔"
    got = [(q[1], q[4][0]) for q in _quotes(text)]
    assert got == [("اجلاس کل ہوگا", "ترجمان"), ("سکیورٹی سخت رہے گی", "وزیر داخلہ")]


def test_speech_reported_inside_a_quote_stays_in_it():
    text = "وزیر نے کہا کہ سفیر نے بتایا کہ معاہدہ جلد ہوگا۔"
    got = [(q[1], q[4][0]) for q in _quotes(text)]
    assert got == [("سفیر نے بتایا کہ معاہدہ جلد ہوگا", "وزیر")]


def test_a_quoted_title_the_sentence_goes_on_to_use_is_no_quote():
    text = "ذرائع کے مطابق ہدایتکار نے فلم ’’سنہرا خواب‘‘ کے ریمیک کا اعلان کیا ہے۔"
    got = _quotes(text)
    assert [(q[0], q[4][0]) for q in got] == [("reported", "ذرائع")]
    assert got[0][1].startswith("ہدایتکار نے فلم")


def test_a_statement_speaking_in_the_passive_is_its_authors_words():
    text = "وزارت داخلہ کے جاری کردہ بیان میں کہا گیا ہے کہ سرحدی چوکیاں کل کھول دی جائیں گی۔"
    assert _quotes(text) == [("reported", "سرحدی چوکیاں کل کھول دی جائیں گی", True, 0, ("وزارت داخلہ", None))]


def test_a_report_naming_no_author_speaks_for_itself():
    text = "رپورٹ میں کہا گیا ہے کہ ملک میں مہنگائی کی شرح کم ہوئی۔"
    assert [q[4] for q in _quotes(text)] == [("رپورٹ", None)]


def test_a_genitive_speaker_a_few_words_before_kehna():
    text = "اداکارہ نائلہ جعفری کا اپنے ٹویٹ میں کہنا ہے کہ فلم اگلے ماہ ریلیز ہوگی۔"
    assert _quotes(text) == [("reported", "فلم اگلے ماہ ریلیز ہوگی", True, 0, ("اداکارہ نائلہ جعفری", None))]


def test_a_clause_break_stops_the_search_for_a_distant_genitive():
    text = "وزیر کا دورہ ملتوی ہو گیا ہے اور ترجمان کہنا ہے کہ نئی تاریخ جلد آئے گی۔"
    assert [q[4] for q in _quotes(text)] in ([], [None])


def test_in_it_it_was_said_points_back_to_the_statements_author():
    text = "عالمی بینک نے نئی رپورٹ جاری کی۔ اس میں مزید کہا گیا ہے کہ معیشت بہتر ہوئی۔"
    bank = Entity(0, len("عالمی بینک"), "عالمی بینک", "ORG")
    assert [q[4] for q in _quotes(text, [bank])] == [("عالمی بینک", None)]


def test_a_study_speaks_for_whoever_made_it():
    text = "ہسپتال کے ماہرین کی تحقیق میں بتایا گیا ہے کہ مرض کی شرح کم ہوئی۔"
    assert [q[4][0] for q in _quotes(text)] == ["ہسپتال کے ماہرین"]


@pytest.mark.parametrize("text,quote,speaker", [
    ("وزیر خارجہ نے امید ظاہر کی کہ مذاکرات کامیاب ہوں گے۔", "مذاکرات کامیاب ہوں گے", "وزیر خارجہ"),
    ("کوچ نے اعتراف کیا کہ ٹیم نے اچھی بولنگ نہیں کی۔", "ٹیم نے اچھی بولنگ نہیں کی", "کوچ"),
    ("منتظمین کا دعویٰ تھا کہ تقریب کامیاب رہی۔", "تقریب کامیاب رہی", "منتظمین"),
    ("صحافی نے اپنے کالم میں لکھا کہ بجٹ عوام دوست نہیں۔", "بجٹ عوام دوست نہیں", "صحافی"),
])
def test_a_noun_or_verb_of_stating_with_a_kay_clause_is_reported_speech(text, quote, speaker):
    assert [(q[1], q[4][0]) for q in _quotes(text)] == [(quote, speaker)]


def test_a_hope_nobody_voices_is_no_quotation():
    assert _quotes("یہ امید ہے کہ بارش جلد ہوگی۔") == []


def test_the_kaa_phrase_of_a_claim_is_what_was_admitted_when_an_ergative_names_who():
    text = "ترجمان نے پریس کانفرنس کی۔ انہوں نے اس بات کا اعتراف کیا کہ منصوبہ تاخیر کا شکار ہے۔"
    spokesman = Entity(0, len("ترجمان"), "ترجمان", "PERSON")
    assert [q[4][0] for q in _quotes(text, [spokesman])] == ["ترجمان"]


def test_according_to_a_report_a_minister_said_is_the_ministers_quote():
    text = "عرب نیوز کے مطابق سعودی وزیر نے کہا کہ حج کے انتظامات مکمل ہیں۔"
    # the resolver names the minister by his country, as it does ``ایرانی صدر``
    assert [(q[1], q[4][0]) for q in _quotes(text)] == [("حج کے انتظامات مکمل ہیں", "سعودی")]


def test_it_is_being_said_has_no_speaker_even_after_an_ergative():
    text = "حکومت نے اجلاس بلایا اور کہا جا رہا ہے کہ بجٹ میں ٹیکس بڑھیں گے۔"
    assert [(q[1], q[4]) for q in _quotes(text)] == [("بجٹ میں ٹیکس بڑھیں گے", None)]


def test_a_long_run_on_quote_ends_at_its_first_clause_end():
    rest = " ".join(["منصوبے کی لاگت اور مدت کے بارے میں مزید تفصیلات"] * 3)
    text = f"ذرائع کا کہنا ہے کہ سعودی عرب گوادر میں آئل سٹی بنائے گا متحدہ عرب امارات نے بھی {rest} دی ہیں۔"
    assert [q[1] for q in _quotes(text)] == ["سعودی عرب گوادر میں آئل سٹی بنائے گا"]


def test_a_speaker_far_into_a_run_on_quote_begins_the_next_statement():
    text = ("ترجمان نے کہا کہ وزیراعظم کل ریاض پہنچیں گے اور ولی عہد سے ملاقات کریں گے کانفرنس سے پہلے "
            "وزیر خزانہ کہہ چکے ہیں کہ قرض کی ضرورت نہیں۔")
    got = [(q[1], q[4][0]) for q in _quotes(text)]
    assert got[-1] == ("قرض کی ضرورت نہیں", "وزیر خزانہ")
    assert len(got) == 2 and "وزیر خزانہ" not in got[0][0]


def test_a_pronoun_speaker_is_the_last_speaker_not_a_name_inside_a_quote_or_a_later_organisation():
    text = ("وزیر مذہبی امور نے کہا کہ شاہ سلمان نے مہمانوں کی میزبانی کی۔ "
            "اسٹیٹ بینک کی رپورٹ بھی جاری ہوئی۔ انہوں نے کہا کہ انتظامات مکمل ہیں۔")
    king = Entity(text.index("شاہ سلمان"), text.index("شاہ سلمان") + len("شاہ سلمان"), "شاہ سلمان", "PERSON")
    bank = Entity(text.index("اسٹیٹ بینک"), text.index("اسٹیٹ بینک") + len("اسٹیٹ بینک"), "اسٹیٹ بینک", "ORG")
    got = [q[4][0] for q in _quotes(text, [king, bank])]
    assert got == ["وزیر مذہبی امور", "وزیر مذہبی امور"]


def test_a_new_subject_after_the_last_speaker_takes_the_pronoun():
    text = ("ترجمان نے کہا کہ اجلاس کل ہوگا۔ بعد ازاں عمران خان نے تقریب سے خطاب کیا۔ "
            "انہوں نے کہا کہ معیشت بہتر ہو رہی ہے۔")
    imran = Entity(text.index("عمران خان"), text.index("عمران خان") + len("عمران خان"), "عمران خان", "PERSON")
    assert [q[4][0] for q in _quotes(text, [imran])] == ["ترجمان", "عمران خان"]


def test_an_unattributed_quoted_paragraph_goes_on_with_the_previous_speaker():
    text = ("تاجر رہنما کا کہنا ہے کہ مارکیٹ میں مندی کی کئی وجوہات ہیں۔\n\n"
            "’ایک تو روپے کی قدر گر رہی ہے اور دوسرا شرح سود بڑھ گئی ہے‘۔\n\n"
            "حکومت نے نئی پالیسی کا اعلان کیا۔ بعد میں کئی اجلاس ہوئے۔ سرمایہ کار پریشان رہے۔\n\n"
            "’ہمیں واضح پالیسی چاہیے ورنہ سرمایہ ملک سے باہر چلا جائے گا‘۔")
    got = [(q[0], q[4][0] if q[4] else None) for q in _quotes(text)]
    assert got == [("reported", "تاجر رہنما"), ("direct", "تاجر رہنما"), ("direct", None)]


def test_the_agent_of_a_passive_statement_is_its_speaker():
    text = "متاثرہ خاندان کی طرف سے بتایا گیا کہ امداد اب تک نہیں ملی۔"
    assert [(q[1], q[4][0]) for q in _quotes(text)] == [("امداد اب تک نہیں ملی", "متاثرہ خاندان")]
    text = "دفتر خارجہ کی جانب سے منگل کی شب جاری ہونے والے اعلامیے میں بتایا گیا ہے کہ مذاکرات جاری رہیں گے۔"
    assert [q[4][0] for q in _quotes(text)] == ["دفتر خارجہ"]


def test_a_relative_clause_verb_does_not_end_a_run_on_quote():
    tail = " ".join(["اور سرمایہ کاروں کا اعتماد بحال کرنے کے لیے فوری اقدامات کی ضرورت پر زور دیا گیا"] * 2)
    text = f"تاجر رہنما نے بتایا کہ پیر کو جو گراوٹ آئی ہے اس کی بڑی وجہ غیر یقینی صورتحال ہے {tail}۔"
    quote = _quotes(text)[0][1]
    assert quote.startswith("پیر کو جو گراوٹ آئی ہے اس کی بڑی وجہ")


@pytest.mark.parametrize(("text", "speaker"), [
    # the statement speaks for whoever issued it
    ("وزارت خزانہ سے جاری اعلامیے کے مطابق حکومت نئے ٹیکس نہیں لگائے گی۔", "وزارت خزانہ"),
    ("دفتر خارجہ سے جاری ہونے والے بیان کے مطابق پاکستان مذاکرات کے لیے تیار ہے۔", "دفتر خارجہ"),
    ("پولیس کی جانب سے جاری کردہ بیان کے مطابق ملزم کو گرفتار کر لیا گیا ہے۔", "پولیس"),
    # a statement that names no issuer stays the source
    ("اعلامیے کے مطابق اجلاس میں اہم فیصلے کیے گئے ہیں۔", "اعلامیے"),
])
def test_a_statement_according_to_which_speaks_for_its_issuer(text, speaker):
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_speaker_phrase_starts_after_the_last_verb_before_it():
    # run-on text: the clause before the speaker ends in آئی and no full stop separates them
    text = ("وفد کے ساتھ ملاقات میں تجارت اور سرمایہ کاری پر بات ہوئی اور علاقائی صورت حال بھی زیر بحث آئی "
            "وزیر تجارت نے کہا کہ دونوں ملک تجارت بڑھانے پر متفق ہیں")
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.text == "وزیر تجارت"
    # a spelled-out name that holds آئی keeps it
    (quote,) = analyze("آئی ایس پی آر کے مطابق سکیورٹی فورسز نے علاقے میں آپریشن مکمل کر لیا ہے۔").quotes
    assert quote.speaker is not None and quote.speaker.text == "آئی ایس پی آر"


@pytest.mark.parametrize(("text", "speaker"), [
    ("وزیراعلیٰ پنجاب نے کہا کہ صوبے میں ترقیاتی کام جاری رہیں گے۔", "وزیراعلیٰ پنجاب"),
    ("گورنر سندھ نے کہا کہ صوبے میں امن بحال ہو گا۔", "گورنر سندھ"),
])
def test_the_holder_of_an_office_of_a_place_speaks_not_the_place(text, speaker):
    (quote,) = analyze(text).quotes
    assert (quote.speaker.text, quote.speaker.type) == (speaker, "PERSON")


def test_a_speaker_named_by_office_alone_is_the_person_named_with_it_before():
    text = ("صدر آصف علی زرداری نے وزیراعظم شہباز شریف سے ملاقات کی۔ وزیراعظم نے انہیں معاشی صورتحال سے آگاہ "
            "کیا۔ صدر کا کہنا تھا کہ حکومت کو عوام کو ریلیف دینا چاہیے۔")
    (quote,) = analyze(text).quotes
    assert (quote.speaker.text, quote.speaker.name_en) == ("صدر", "Asif Ali Zardari")
    # with two presidents named before, the office alone says nothing
    text = ("صدر آصف علی زرداری اور صدر جو بائیڈن نے فون پر بات کی۔ "
            "صدر کا کہنا تھا کہ دونوں ملک تعاون بڑھائیں گے۔")
    (quote,) = analyze(text).quotes
    assert quote.speaker.name_en is None
