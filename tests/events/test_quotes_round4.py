"""Quote marks, fragments and speakers of the fourth round (``gold/quotes/dev4.tsv``): straight single
marks, quoted fragments inside reported speech, crossheads. Example sentences written for these tests."""

import pytest

from khabar.document import Entity
from khabar.events.quotes import extract_quotes
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, stages=_STAGES)
    return [(q.kind, q.text, None if q.speaker is None else q.speaker.text) for q in extract_quotes(doc)]


def test_straight_single_marks_quote_a_speakers_words():
    text = "کسانوں کی تنظیم کے صدر نے کہا: 'ہم اپنی فصلیں سستے داموں نہیں بیچیں گے۔'"
    assert _quotes(text) == [("direct", "ہم اپنی فصلیں سستے داموں نہیں بیچیں گے", "کسانوں کی تنظیم کے صدر")]


def test_straight_single_marks_around_two_words_are_a_scare_quote():
    text = "شہر کے 'نئے ہیرو' ہر روز سڑکوں کی صفائی کرتے ہیں۔"
    assert _quotes(text) == []


def test_a_straight_mark_that_is_never_closed_still_runs_to_the_paragraph_end():
    text = ("ماہر تعلیم نے بتایا کہ سکول بند ہیں\n\n"
            "'ہمیں ہر گاؤں میں کم از کم ایک استاد کی ضرورت ہے اور یہ کام حکومت ہی کر سکتی ہے۔\n\nباقی خبر۔")
    found = _quotes(text)
    assert ("direct", "ہمیں ہر گاؤں میں کم از کم ایک استاد کی ضرورت ہے اور یہ کام حکومت ہی کر سکتی ہے",
            "ماہر تعلیم") in found


def test_a_quoted_stretch_inside_reported_speech_is_its_own_direct_quote():
    text = "کمیٹی کے چیئرمین نے کہا کہ حکومت اس مسئلے کا 'فوری، منصفانہ اور پائیدار حل نکالے گی۔'"
    assert _quotes(text) == [
        ("reported", "حکومت اس مسئلے کا 'فوری، منصفانہ اور پائیدار حل نکالے گی", "کمیٹی کے چیئرمین"),
        ("direct", "فوری، منصفانہ اور پائیدار حل نکالے گی", "کمیٹی کے چیئرمین"),
    ]


def test_a_quote_that_opens_the_reported_clause_stays_one_quote():
    text = "کمیٹی کے چیئرمین نے کہا کہ ’’حکومت اس مسئلے کا فوری حل نکالے گی‘‘۔"
    assert _quotes(text) == [("direct", "حکومت اس مسئلے کا فوری حل نکالے گی", "کمیٹی کے چیئرمین")]


def test_a_quoted_crosshead_on_its_own_line_has_no_speaker():
    text = ("وزیر خزانہ نے کہا: ’’ہم نئے ٹیکس نہیں لگائیں گے۔‘‘\n\n’’ٹیکس کے بغیر بجٹ بنانا ممکن ہے‘‘\n\n"
            "گذشتہ برس حکومت نے بجٹ میں کئی نئے ٹیکس لگائے تھے۔")
    assert _quotes(text) == [("direct", "ہم نئے ٹیکس نہیں لگائیں گے", "وزیر خزانہ"),
                             ("direct", "ٹیکس کے بغیر بجٹ بنانا ممکن ہے", None)]


def test_a_quoted_paragraph_with_a_full_stop_goes_on_with_the_speaker():
    text = ("وزیر خزانہ نے کہا: ’’ہم نئے ٹیکس نہیں لگائیں گے۔‘‘\n\n’’ٹیکس کے بغیر بجٹ بنانا ممکن ہے۔‘‘\n\n"
            "گذشتہ برس حکومت نے بجٹ میں کئی نئے ٹیکس لگائے تھے۔")
    assert _quotes(text) == [("direct", "ہم نئے ٹیکس نہیں لگائیں گے", "وزیر خزانہ"),
                             ("direct", "ٹیکس کے بغیر بجٹ بنانا ممکن ہے", "وزیر خزانہ")]


def _tagged(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    """Quotes of ``text`` with the named entities given (first occurrence of each name)."""
    doc = analyze(text, stages=_STAGES)
    doc.entities = []
    for name, typ in names:
        at = text.index(name)
        doc.entities.append(Entity(at, at + len(name), name, typ, doc.sentence_of(at)))
    doc.entities.sort(key=lambda e: e.start)
    return [(q.kind, q.text, None if q.speaker is None else q.speaker.text) for q in extract_quotes(doc)]


def test_the_owner_of_a_message_is_the_pronoun_that_speaks_in_it():
    text = ("بورڈ کے سربراہ نعیم خان نے کہا کہ ٹیم دورے کے لیے تیار ہے۔ "
            "اس بحث کو کپتان شاہد علی کی ایک ٹویٹ نے اور بڑھا دیا جس میں انہوں نے کہا کہ وہ اگلے سال ریٹائر ہو جائیں گے۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("شاہد علی", "PERSON")])
    assert found[-1] == ("reported", "وہ اگلے سال ریٹائر ہو جائیں گے", "شاہد علی")


def test_a_subject_named_by_a_role_noun_is_the_antecedent_of_the_next_pronoun():
    text = ("وزیر تعلیم نے کہا کہ نئے سکول کھولے جائیں گے۔ "
            "اپوزیشن جماعت کے رہنما جمیل اختر نے اس اعلان پر تنقید کی۔ ان کا کہنا تھا کہ پرانے سکولوں میں استاد ہی نہیں ہیں۔")
    found = _tagged(text, [])
    assert found[-1] == ("reported", "پرانے سکولوں میں استاد ہی نہیں ہیں", "اپوزیشن جماعت کے رہنما جمیل اختر")


def test_the_person_asked_answers():
    text = ("ٹیم کے کوچ نعیم خان نے کہا کہ کھلاڑی پوری طرح تیار تھے۔ "
            "کپتان شاہد علی سے جب شکست کی وجہ پوچھی گئی تو ان کا کہنا تھا کہ بلے بازوں نے ذمہ داری نہیں دکھائی۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("شاہد علی", "PERSON")])
    assert found[-1] == ("reported", "بلے بازوں نے ذمہ داری نہیں دکھائی", "شاہد علی")


def test_according_to_someone_with_baqaul_is_reported_speech():
    text = "گاؤں کے نمبردار کے بقول پچھلے سال سیلاب نے ساری فصل تباہ کر دی تھی۔"
    assert _quotes(text) == [("reported", "پچھلے سال سیلاب نے ساری فصل تباہ کر دی تھی", "گاؤں کے نمبردار")]


@pytest.mark.parametrize("frame", [
    "نے خیال ظاہر کیا کہ", "نے آگاہ کیا کہ", "نے بیان دیا کہ", "نے جواب دیا کہ", "نے یقین دہانی کرائی کہ",
    "نے تسلیم کیا کہ", "نے الزام لگایا کہ", "نے الزام عائد کیا کہ", "نے نشاندہی کی کہ", "نے افسوس ظاہر کیا کہ",
    "نے تشویش ظاہر کی کہ", "نے موقف اختیار کیا کہ", "نے استدلال کیا کہ", "نے اطلاع دی کہ", "نے اعتراض کیا کہ",
    "نے ٹویٹ کیا کہ", "نے تبصرہ کیا کہ", "نے اقرار کیا کہ", "نے ریمارکس دیے کہ", "نے دھمکی دی کہ",
    "نے قرار دیا کہ", "نے عزم ظاہر کیا کہ", "کا مؤقف ہے کہ", "نے وعدہ کیا کہ", "نے عہد کیا کہ", "نے انتباہ کیا کہ",
    "نے اعادہ کیا کہ", "نے مطلع کیا کہ", "نے رائے دی کہ", "نے اس بات پرزور دیا کہ",
])
def test_more_verbs_of_stating_take_a_content_clause(frame):
    text = f"صوبائی وزیر زراعت {frame} اس سال گندم کی پیداوار پچھلے سال سے کم رہے گی۔"
    assert _quotes(text) == [("reported", "اس سال گندم کی پیداوار پچھلے سال سے کم رہے گی", "صوبائی وزیر زراعت")]


@pytest.mark.parametrize("text", [
    "ماہرین کا خیال ہے کہ بارشیں اس سال جلد شروع ہوں گی۔",
    "یہ تصویریں اس بات کی یاد دہانی کراتی ہیں کہ جنگل تیزی سے کٹ رہے ہیں۔",
    "شہریوں میں اس بات پر تشویش ہے کہ پانی کی قلت بڑھ رہی ہے۔",
    "ماہرین کی رائے ہے کہ بارشیں اس سال جلد شروع ہوں گی۔",
])
def test_a_feeling_or_a_reminder_that_nobody_voices_is_no_quotation(text):
    assert _quotes(text) == []


def test_began_to_say_is_a_frame_whose_subject_takes_no_ergative():
    text = "بزرگ کسان رحمت علی کہنے لگے کہ اس بار بارش وقت پر نہیں ہوئی۔"
    assert _quotes(text) == [("reported", "اس بار بارش وقت پر نہیں ہوئی", "بزرگ کسان رحمت علی")]


def test_began_to_say_introduces_a_direct_quote():
    text = "میچ ختم ہوا تو ٹیم کے کوچ رحمت علی کہنے لگے: ’’آج ہمارے بلے باز بالکل نہیں چلے۔‘‘"
    assert _quotes(text) == [("direct", "آج ہمارے بلے باز بالکل نہیں چلے", "ٹیم کے کوچ رحمت علی")]


def test_names_in_the_speakers_own_unframed_sentences_are_no_antecedents():
    text = ("وزیر تعلیم نعیم خان نے کہا کہ نئے سکول کھولے جائیں گے۔ "
            "ہم نے پچھلے سال بھی وعدہ پورا کیا تھا اور وزیر اعلیٰ شاہد علی نے ہماری پوری مدد کی۔ "
            "انہوں نے کہا کہ اساتذہ کی بھرتی جلد ہو گی۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("شاہد علی", "PERSON")])
    assert found[-1] == ("reported", "اساتذہ کی بھرتی جلد ہو گی", "نعیم خان")


def test_a_narrated_sentence_after_a_quote_still_gives_the_next_speaker():
    text = ("وزیر تعلیم نعیم خان نے کہا کہ نئے سکول کھولے جائیں گے۔ "
            "اپوزیشن لیڈر شاہد علی نے اس اعلان پر تنقید کی۔ "
            "انہوں نے کہا کہ پرانے سکولوں میں استاد ہی نہیں ہیں۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("شاہد علی", "PERSON")])
    assert found[-1] == ("reported", "پرانے سکولوں میں استاد ہی نہیں ہیں", "شاہد علی")



@pytest.mark.parametrize("text,speaker", [
    ("عالمی ادارہ صحت (ڈبلیو ایچ او) نے کہا ہے کہ دنیا میں خسرہ کے کیس بڑھ رہے ہیں۔", "عالمی ادارہ صحت (ڈبلیو ایچ او)"),
    ("عالمی ادارہ صحت (ڈبلیو ایچ او) کا کہنا ہے کہ دنیا میں خسرہ کے کیس بڑھ رہے ہیں۔", "عالمی ادارہ صحت (ڈبلیو ایچ او)"),
    ("عالمی ادارہ صحت (ڈبلیو ایچ او) کے مطابق دنیا میں خسرہ کے کیس بڑھ رہے ہیں۔", "عالمی ادارہ صحت (ڈبلیو ایچ او)"),
    ("محکمہ صحت (ڈی ایچ او) کی جانب سے جاری بیان میں کہا گیا ہے کہ دنیا میں خسرہ کے کیس بڑھ رہے ہیں۔",
     "محکمہ صحت (ڈی ایچ او)"),
])
def test_a_speaker_with_its_acronym_in_brackets(text, speaker):
    [(kind, quote, found)] = _quotes(text)
    assert (kind, quote) == ("reported", "دنیا میں خسرہ کے کیس بڑھ رہے ہیں")
    assert found and found in speaker  # the phrase, or the acronym that links to the organisation


def test_a_colon_after_a_verb_of_saying_opens_its_words_without_quote_marks():
    text = "وزیر خزانہ کا کہنا ہے: اگلے سال کوئی نیا ٹیکس نہیں لگایا جائے گا۔"
    assert _quotes(text) == [("reported", "اگلے سال کوئی نیا ٹیکس نہیں لگایا جائے گا", "وزیر خزانہ")]


def test_the_speaker_named_after_a_quote_with_kahi():
    text = "’’اگلے سال کوئی نیا ٹیکس نہیں لگایا جائے گا‘‘، یہ بات وزیر خزانہ نے بجٹ تقریر میں کہی۔"
    assert _quotes(text) == [("direct", "اگلے سال کوئی نیا ٹیکس نہیں لگایا جائے گا", "وزیر خزانہ")]


@pytest.mark.parametrize("text", [
    "دونوں نے مسیحی عقائد کے مطابق شادی کر لی ہے۔",
    "ہندو رسومات کے مطابق دونوں کی شادی اتوار کو ہو گی۔",
    "مقامی روایات کے مطابق دلہن کو مہندی لگائی جاتی ہے۔",
    "اسلامی تعلیمات کے مطابق پڑوسی کا خیال رکھنا ضروری ہے۔",
])
def test_beliefs_rites_and_customs_are_no_source(text):
    assert _quotes(text) == []


def test_a_speaker_phrase_in_run_on_text_starts_after_the_last_past_verb():
    text = ("مہمانوں نے رات دیر تک شادی ہال میں کھانا کھایا پولیس کے مطابق تقریب کے بعد ہال میں آگ لگ گئی"
            " جس سے کئی گاڑیاں جل گئیں")
    found = _quotes(text)
    assert found and found[0][2] == "پولیس"


def test_an_expectation_nobody_voices_takes_no_subject_from_the_clause_before():
    text = "یہ پینٹنگ مصور نے 1950 میں بنائی تھی اور توقع تھی کہ یہ زیادہ سے زیادہ دس لاکھ روپے میں بکے گی۔"
    assert _quotes(text) == []


def test_a_writer_who_writes_introduces_a_quote():
    text = "شاعر اپنے دوست کے نام ایک خط میں لکھتے ہیں: ’’یہ شہر اب میرا نہیں رہا، یہاں کوئی کسی کو نہیں پہچانتا۔‘‘"
    assert _quotes(text) == [("direct", "یہ شہر اب میرا نہیں رہا، یہاں کوئی کسی کو نہیں پہچانتا", "شاعر")]


def test_a_writer_who_writes_that_is_reported_speech():
    text = "مورخ لکھتے ہیں کہ اس قلعے کی تعمیر میں بیس برس لگے۔"
    assert _quotes(text) == [("reported", "اس قلعے کی تعمیر میں بیس برس لگے", "مورخ")]


def test_a_direct_quote_after_kehna_with_a_word_between():
    text = ("کمیٹی کی رکن نادیہ خان نے کہا کہ رپورٹ جلد آئے گی۔ "
            "نادیہ خان کا مزید کہنا تھا ’’ہم کسی دباؤ میں آ کر اپنا فیصلہ نہیں بدلیں گے۔‘‘")
    assert _quotes(text)[-1] == ("direct", "ہم کسی دباؤ میں آ کر اپنا فیصلہ نہیں بدلیں گے", "نادیہ خان")


def test_a_verb_of_saying_inside_a_run_on_quote_does_not_end_it():
    text = ("وزیر خارجہ نے کہا چین نے واضح کیا ہے سرحد پر کوئی نئی چوکی نہیں بنائی جا رہی اور اس بارے میں آنے والی"
            " خبریں درست نہیں ہیں بلکہ یہ ایک منظم مہم کا حصہ ہیں جس کا مقصد دونوں ملکوں کے تعلقات خراب کرنا ہے۔")
    body = text[text.index("چین"):-1]
    assert _quotes(text) == [("reported", body, "وزیر خارجہ")]


def test_a_group_of_representatives_may_speak_without_ke():
    text = "تاجر تنظیموں کے نمائندوں نے کہا بجلی کے نرخ کم نہ ہوئے تو کارخانے بند ہو جائیں گے۔"
    assert _quotes(text) == [("reported", "بجلی کے نرخ کم نہ ہوئے تو کارخانے بند ہو جائیں گے",
                              "تاجر تنظیموں کے نمائندوں")]


def test_a_tagged_name_that_starts_with_a_case_marker_is_no_antecedent():
    text = ("وزیر خارجہ نعیم خان نے کہا ہے کہ مذاکرات جاری رہیں گے۔ "
            "بدامنی کی وجہ سے کئی ملکوں کے وزرا نے اپنے دورے ملتوی کر دیے۔ انہوں نے کہا کہ حالات جلد بہتر ہو جائیں گے۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("کے وزرا", "PERSON")])
    assert found[-1] == ("reported", "حالات جلد بہتر ہو جائیں گے", "نعیم خان")


@pytest.mark.parametrize("text", [
    "اداکار فیصل قریشی جو ایک ڈرامے کی شوٹنگ کے لیے لاہور آئے ہوئے تھے، نے صحافیوں کو بتایا کہ انہیں یہ شہر بہت پسند ہے۔",
    "اداکار فیصل قریشی جو پہلی بار لاہور آئے ہیں، کا کہنا تھا کہ انہیں یہ شہر بہت پسند ہے۔",
])
def test_a_speaker_with_a_relative_clause_before_its_case_marker(text):
    assert _quotes(text) == [("reported", "انہیں یہ شہر بہت پسند ہے", "اداکار فیصل قریشی")]


def test_a_person_a_paragraph_ends_on_as_subject_speaks_next():
    text = ("ادیب نعیم خان نے کہا کہ ان کی کتابیں ہمیشہ پڑھی جائیں گی۔\n\n"
            "معروف استاد اور شاعرہ شاہدہ علی بھی ان کی وفات پر بہت دکھی ہیں۔\n\n"
            "ٹیلی فون پر بات کرتے ہوئے انہوں نے کہا کہ ایسا لکھنے والا اب کوئی نہیں۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("شاہدہ علی", "PERSON")])
    assert found[-1] == ("reported", "ایسا لکھنے والا اب کوئی نہیں", "شاہدہ علی")


def test_a_name_inside_one_paragraph_of_a_speakers_words_is_no_subject():
    text = ("وزیر تعلیم نعیم خان نے کہا ہے کہ نئے سکول کھولے جائیں گے۔ "
            "شاہدہ علی اس منصوبے کی نگرانی کریں گی۔ انہوں نے کہا کہ اساتذہ کی بھرتی جلد ہو گی۔")
    found = _tagged(text, [("نعیم خان", "PERSON"), ("شاہدہ علی", "PERSON")])
    assert found[-1] == ("reported", "اساتذہ کی بھرتی جلد ہو گی", "نعیم خان")


def test_an_adverbial_before_the_next_speaker_is_no_part_of_the_quote_before():
    text = ("وزیر خزانہ نے اجلاس سے خطاب کرتے ہوئے کہا کہ ملک کی معیشت ترقی کر رہی ہے اور اس موقع پر انہوں نے"
            " اعلان کیا کہ تنخواہیں بڑھائی جائیں گی۔")
    assert [q for q, _ in [(x[1], x[2]) for x in _quotes(text)]] == [
        "ملک کی معیشت ترقی کر رہی ہے", "تنخواہیں بڑھائی جائیں گی"]


@pytest.mark.parametrize("text,speaker", [
    ("وزیر اعظم نے اپنے خطاب میں کہا:\n\n’’ہم کسی کو ملک کا امن خراب کرنے کی اجازت نہیں دیں گے۔‘‘\n\nبعد میں وہ لاہور روانہ ہو گئے۔",
     "وزیر اعظم"),
    ("پولیس افسر نعیم احمد کا کہنا تھا:\n'ہم نے تمام ملزمان کو گرفتار کر لیا ہے اور مزید تفتیش جاری ہے۔'", "پولیس افسر نعیم احمد"),
    ("’’ہم کسی کو ملک کا امن خراب کرنے کی اجازت نہیں دیں گے۔‘‘\n\nیہ بات وزیر اعظم نے اپنے خطاب میں کہی۔", "وزیر اعظم"),
])
def test_a_quote_on_a_line_of_its_own_takes_the_frame_on_the_line_next_to_it(text, speaker):
    [(kind, _, found)] = _quotes(text)
    assert (kind, found) == ("direct", speaker)


@pytest.mark.parametrize("text,speaker", [
    ("سرکاری اعلان میں کہا گیا ہے کہ سیلاب سے سو افراد بے گھر ہو گئے۔", "سرکاری اعلان"),
    ("صوبائی حکومت کے اعلان میں کہا گیا ہے کہ سیلاب سے سو افراد بے گھر ہو گئے۔", "صوبائی حکومت"),
    ("سرکاریاعلانمیں کہا گیا ہے کہ سیلاب سے سو افراد بے گھر ہو گئے۔", "سرکاریاعلانمیں"),
])
def test_an_announcement_speaks_in_the_passive(text, speaker):
    assert _quotes(text) == [("reported", "سیلاب سے سو افراد بے گھر ہو گئے", speaker)]
