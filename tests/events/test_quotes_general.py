"""Quote frames and speakers beyond the first rules: sources that say nothing, directives, denials,
commas against run-on cuts (example sentences written for these tests)."""

import pytest

from khabar.document import Entity
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


def _quotes_with(text: str, *names: tuple[str, str]) -> list[tuple[str, str, str | None]]:
    """Quotes of ``text`` with the given ``(name, type)`` entities tagged (first mention of each)."""
    doc = analyze(text, stages=_STAGES)
    doc.entities = []
    for name, typ in names:
        at = text.index(name)
        doc.entities.append(Entity(at, at + len(name), name, typ, doc.sentence_of(at)))
    doc.entities.sort(key=lambda e: e.start)
    return [(q.kind, q.text, None if q.speaker is None else q.speaker.text) for q in extract_quotes(doc)]


@pytest.mark.parametrize("text,quote,speaker", [
    ("کوچ نے میچ کے بعد کہا ٹیم نے آج بہت اچھا کھیل پیش کیا۔", "ٹیم نے آج بہت اچھا کھیل پیش کیا", "کوچ"),
    ("وزیر خزانہ نے کہا تھا شاید ہمیں عالمی بینک سے قرض لینا پڑے گا۔",
     "شاید ہمیں عالمی بینک سے قرض لینا پڑے گا", "وزیر خزانہ"),
    ("معاشی ماہر ثاقب جمیل کہتے ہیں ڈالر کے مقابلے میں روپے کی قدر گرنے کی دو وجوہات ہیں۔",
     "ڈالر کے مقابلے میں روپے کی قدر گرنے کی دو وجوہات ہیں", "معاشی ماہر ثاقب جمیل"),
])
def test_a_verb_of_saying_without_ke(text, quote, speaker):
    assert _quotes(text) == [("reported", quote, speaker)]


@pytest.mark.parametrize("text", [
    "لوگ اسے جادو کہتے ہیں کیونکہ یہ پانی سے چلتا ہے۔",
    "کھلاڑیوں نے شائقین کو الوداع کہا اور میدان سے باہر چلے گئے۔",
    "مہمانوں نے میزبان کا شکریہ ادا کیا اور خدا حافظ کہا۔",
])
def test_naming_and_greeting_are_no_quotation(text):
    assert _quotes(text) == []


def test_ke_misspelt_for_ki_after_a_verb():
    assert _quotes("منتظمین کا دعویٰ تھا کے میلے میں ایک لاکھ لوگ آئے۔") == [
        ("reported", "میلے میں ایک لاکھ لوگ آئے", "منتظمین")]
    assert _quotes("صدر کے اعلان کے بعد لوگ سڑکوں پر نکل آئے۔") == []


def test_a_stated_position_is_reported_speech():
    assert _quotes("تاجر تنظیم کا موقف سامنے آیا ہے کہ ٹیکس میں اضافہ قبول نہیں کیا جائے گا۔") == [
        ("reported", "ٹیکس میں اضافہ قبول نہیں کیا جائے گا", "تاجر تنظیم")]


def test_a_report_passes_on_the_words_of_the_subject_it_names():
    text = "مقامی میڈیا کے مطابق پولیس حکام کی تصدیق کرتے ہوئے بتایا ہے کہ دس افراد گرفتار کر لیے گئے ہیں۔"
    assert _quotes(text) == [("reported", "دس افراد گرفتار کر لیے گئے ہیں", "پولیس حکام")]


def test_a_report_passes_on_a_later_speaker_after_a_when_clause():
    text = ("مقامی اخبار کے مطابق جب کپتان بابر اعظم سے شکست کی وجہ پوچھی گئی تو انہوں نے کہا کہ ٹیم نے آج اچھا"
            " نہیں کھیلا۔")
    assert _quotes_with(text, ("بابر اعظم", "PERSON")) == [
        ("reported", "ٹیم نے آج اچھا نہیں کھیلا", "بابر اعظم")]


def test_a_two_source_sentence_keeps_both_reports():
    text = "سرکاری ایجنسی کے مطابق دھماکے نے عمارت ہلا کر رکھ دی روزنامہ مشرق کے مطابق فیکٹری میں سو افراد کام کرتے ہیں۔"
    assert [q[1] for q in _quotes(text)] == ["دھماکے نے عمارت ہلا کر رکھ دی", "فیکٹری میں سو افراد کام کرتے ہیں"]


def test_a_pronoun_after_a_media_report_is_the_person_the_report_names():
    text = ("بھارتی میڈیا کے مطابق اداکارہ دیپیکا پڈوکون نے نئی فلم سائن کر لی ہے۔ انہوں نے کہا کہ یہ کردار ان"
            " کے لیے ایک چیلنج ہے۔")
    quotes = _quotes_with(text, ("بھارتی", "NORP"), ("دیپیکا پڈوکون", "PERSON"))
    assert quotes[-1] == ("reported", "یہ کردار ان کے لیے ایک چیلنج ہے", "دیپیکا پڈوکون")


def test_a_verb_of_saying_with_no_subject_is_the_story_subjects():
    text = ("وزیر اعلیٰ شہباز شریف نے ہسپتال کا افتتاح کیا۔ اس موقع پر خطاب کرتے ہوئے کہا کہ صحت کی سہولیات ہر"
            " شہری کا حق ہیں۔ بعد میں بتایا گیا کہ ہسپتال میں سو بستر ہیں۔")
    assert _quotes_with(text, ("شہباز شریف", "PERSON")) == [
        ("reported", "صحت کی سہولیات ہر شہری کا حق ہیں", "شہباز شریف"),
        ("reported", "ہسپتال میں سو بستر ہیں", None)]


@pytest.mark.parametrize("text", [
    "میچ بارش کی وجہ سے روک دیا گیا، واضح رہے کہ کپتان نے پہلے ہی سیریز چھوڑنے کی دھمکی دی تھی۔",
    "یاد رہے کہ گزشتہ سال بھی اسی موسم میں سیلاب آیا تھا۔",
])
def test_an_aside_of_the_writer_is_no_quotation(text):
    assert _quotes(text) == []


def test_a_claim_keeps_the_subject_of_the_clause_it_is_coordinated_with():
    text = ("گلوکارہ نے اپنی نئی البم کی تصویر سماجی رابطے کی ویب سائٹ پر اپنے مداحوں کے لیے شیئر کی اور ساتھ"
            " میں اپنے والد کے بارے میں لکھا کہ وہ ان کے پہلے استاد ہیں۔")
    assert _quotes(text) == [("reported", "وہ ان کے پہلے استاد ہیں", "گلوکارہ")]


def test_a_stray_single_mark_does_not_pair_with_half_of_a_doubled_one():
    text = "اداکار نے کہا کہ یہ کام آسان نہیں ‘ اب وہ فلم ’’سفر‘‘ کی تیاری کر رہے ہیں۔"
    assert [q for q in _quotes(text) if q[0] == "direct"] == []


def test_a_pronoun_speaker_is_the_last_subject_with_an_office_even_untagged():
    text = ("صوبائی اسمبلی میں اجلاس ہوا۔ تاجر تنظیم کے سربراہ ملک ریاض نے حکومت پر سخت تنقید کی۔ ان کا کہنا تھا"
            " کہ ٹیکس کا بوجھ صرف تاجروں پر ڈالا جا رہا ہے۔")
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0][1] == "ٹیکس کا بوجھ صرف تاجروں پر ڈالا جا رہا ہے"
    assert quotes[0][2] is not None and "ملک ریاض" in quotes[0][2]


@pytest.mark.parametrize("text", [
    "اداکارہ نے کہا کہ انہوں نے فلم ’’دل کی باتیں اور کچھ ادھورے وعدے‘‘ میں کام کر کے بہت کچھ سیکھا۔",
    "مصنف نے بتایا کہ ان کا ناول \"ریت پر لکھے ہوئے نام\" اگلے ماہ شائع ہو گا۔",
])
def test_a_quoted_title_after_a_word_for_a_work_is_no_direct_quote(text):
    assert [q for q in _quotes(text) if q[0] == "direct"] == []


def test_a_direct_quote_after_a_verb_of_saying_stays():
    text = "کوچ نے کہا: ’’ہم فائنل جیتنے کے لیے پوری طرح تیار ہیں‘‘۔"
    assert _quotes(text) == [("direct", "ہم فائنل جیتنے کے لیے پوری طرح تیار ہیں", "کوچ")]


def test_a_short_plea_in_double_marks_inside_a_ke_clause_is_its_subjects():
    text = 'مغوی کے والدین نے ایک ویڈیو میں اغوا کاروں سے درخواست کی کہ ان کے بیٹے پر "رحم کریں" اور اسے چھوڑ دیں۔'
    assert _quotes(text)[0] == ("direct", "رحم کریں", "مغوی کے والدین")


def test_two_quoted_words_that_end_on_no_verb_are_a_title():
    text = 'اداکار نے کہا کہ ان کی فلموں "دھوم تھری"، "چنائی ایکسپریس" اور "کرش تھری" نے ریکارڈ بنائے۔'
    assert [q for q in _quotes(text) if q[0] == "direct"] == []


def test_a_letter_in_which_something_is_said_speaks_for_its_writer():
    text = ("وزیر خارجہ نے اقوام متحدہ کے سیکرٹری جنرل کو خط لکھا ہے جس میں کہا گیا ہے کہ سرحد پر کشیدگی کم کرانے"
            " میں کردار ادا کیا جائے۔")
    assert _quotes(text) == [("reported", "سرحد پر کشیدگی کم کرانے میں کردار ادا کیا جائے", "وزیر خارجہ")]


def test_a_statement_with_no_author_is_its_whole_phrase():
    assert _quotes("مقامی میڈیا رپورٹس میں بتایا جا رہا ہے کہ کھلاڑی کی حالت اب بہتر ہے۔") == [
        ("reported", "کھلاڑی کی حالت اب بہتر ہے", "مقامی میڈیا رپورٹس")]


def test_a_habitual_claim_takes_a_plain_subject():
    assert _quotes("ماہرین اس بات پر زور دیتے ہیں کہ بچوں کو روزانہ ورزش کرنی چاہیے۔") == [
        ("reported", "بچوں کو روزانہ ورزش کرنی چاہیے", "ماہرین")]
    assert _quotes("یہ امید کی جا رہی ہے کہ بارشیں جلد ختم ہو جائیں گی۔") == []


def test_a_question_raised_is_reported_speech():
    assert _quotes("تاجروں نے سوال اٹھایا کہ گوداموں میں گندم ہونے کے باوجود درآمد کیوں کی جا رہی ہے۔") == [
        ("reported", "گوداموں میں گندم ہونے کے باوجود درآمد کیوں کی جا رہی ہے", "تاجروں")]


def test_telling_in_the_progressive_takes_the_subject_of_the_clause():
    text = "ڈاکٹر ثمینہ مریضوں کو بتا رہی ہیں کہ گرمی میں پانی زیادہ پینا چاہیے۔"
    assert _quotes_with(text, ("ثمینہ", "PERSON")) == [
        ("reported", "گرمی میں پانی زیادہ پینا چاہیے", "ثمینہ")]


def test_a_report_of_an_organisation_speaks_for_it():
    text = "عالمی بینک کی ایک نئی رپورٹ کے مطابق ملک میں غربت کم ہوئی ہے۔"
    assert _quotes_with(text, ("عالمی بینک", "ORG")) == [
        ("reported", "ملک میں غربت کم ہوئی ہے", "عالمی بینک")]


def test_she_says_never_points_back_to_a_report():
    text = ("نرس فاطمہ نے بتایا کہ گاؤں میں کوئی ہسپتال نہیں۔ ایک رپورٹ کے مطابق صوبے میں نرسوں کی کمی ہے۔ وہ کہتی"
            " ہیں کہ حکومت کو مزید نرسیں بھرتی کرنی چاہئیں۔")
    quotes = _quotes_with(text, ("فاطمہ", "PERSON"))
    assert quotes[-1] == ("reported", "حکومت کو مزید نرسیں بھرتی کرنی چاہئیں", "فاطمہ")


def test_a_quote_mark_that_is_never_closed_runs_to_the_end_of_its_line():
    text = ("کوچ نے کہا کہ ’ہم نے پورے سیزن میں محنت کی ہے اور اب اس کا پھل ملنے کا وقت ہے\n"
            "ٹیم کل صبح روانہ ہو گی۔")
    assert _quotes(text) == [
        ("direct", "ہم نے پورے سیزن میں محنت کی ہے اور اب اس کا پھل ملنے کا وقت ہے", "کوچ")]


def test_an_unclosed_quote_ends_a_run_on_report_at_its_frame():
    text = ("ماہرین کے مطابق ملک میں نرسوں کی شدید کمی ہے نرس فاطمہ بتاتی ہیں 'میں روزانہ بارہ گھنٹے کام کرتی ہوں"
            " کیونکہ ہسپتال میں کوئی اور نرس نہیں\n")
    quotes = _quotes(text)
    assert [(q[0], q[1]) for q in quotes] == [
        ("reported", "ملک میں نرسوں کی شدید کمی ہے"),
        ("direct", "میں روزانہ بارہ گھنٹے کام کرتی ہوں کیونکہ ہسپتال میں کوئی اور نرس نہیں")]


def test_a_stretch_closed_by_a_mark_of_another_curl_is_no_unclosed_quote():
    text = "اداکار نے بتایا کہ ان کی فلم 'سنہری دھوپ کا سفر‘ اگلے مہینے سینما گھروں میں نمائش کے لیے پیش کی جائے گی۔"
    assert [q for q in _quotes(text) if q[0] == "direct"] == []
