"""Speakers and frames of the fifth round (``gold/quotes/dev5.tsv`` and fresh unlabelled text): who a
pronoun points back to, frames of documents and reports, where a run-on quote ends. Example sentences
written for these tests."""

from khabar.document import Entity
from khabar.events.quotes import extract_quotes
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, stages=_STAGES)
    return [(q.kind, q.text, None if q.speaker is None else q.speaker.text) for q in extract_quotes(doc)]


def test_a_subject_named_by_a_trade_is_the_antecedent_of_the_next_pronoun():
    text = ("ٹیم کے کپتان نے میچ جیتنے کا دعویٰ کیا۔ تاہم پچ کیوریٹر نے وکٹ کے اچھا ہونے کی امید دلائی ہے، "
            "ان کا کہنا ہے کہ وکٹ پر بلے بازوں کو مدد ملے گی۔")
    assert _quotes(text) == [("reported", "وکٹ پر بلے بازوں کو مدد ملے گی", "پچ کیوریٹر")]


def test_the_person_a_paper_reached_answers():
    text = "ایک مقامی اخبار نے جب بلدیہ کے ترجمان سے رابطہ کیا تو انہوں نے بتایا کہ سڑک اگلے ماہ مکمل ہو جائے گی۔"
    assert _quotes(text) == [("reported", "سڑک اگلے ماہ مکمل ہو جائے گی", "بلدیہ کے ترجمان")]


def test_a_pronoun_glued_to_its_tu_still_points_back():
    text = "صحافیوں نے جب اداکارہ سے نئی فلم کے بارے میں پوچھا توان کا کہنا تھا کہ فلم اگلے برس ریلیز ہوگی۔"
    assert _quotes(text) == [("reported", "فلم اگلے برس ریلیز ہوگی", "اداکارہ")]


def test_a_statement_that_speaks_in_the_passive_before_quote_marks_speaks_for_its_issuer():
    text = ("ٹیم کے کوچ نے استعفیٰ دے دیا۔\n\nکرکٹ بورڈ کے چیئرمین کی جانب سے جاری کردہ اس بیان میں کہا گیا ہے کہ "
            "’ٹیم کا اعلان کل کیا جائے گا اور کپتان وہی رہے گا‘۔")
    assert _quotes(text) == [("direct", "ٹیم کا اعلان کل کیا جائے گا اور کپتان وہی رہے گا", "کرکٹ بورڈ کے چیئرمین")]


def test_the_text_of_a_letter_speaks_for_the_letter():
    text = ("طلبہ نے وزیر کو ایک خط لکھا۔\n\nخط کے متن میں مزید کہا گیا تھا کہ "
            "’ہمارے سکول کی عمارت گرنے والی ہے اور ہمیں نئی عمارت چاہیے‘۔")
    assert _quotes(text) == [("direct", "ہمارے سکول کی عمارت گرنے والی ہے اور ہمیں نئی عمارت چاہیے", "خط")]


def test_a_relative_speaker_is_the_people_the_relative_clause_is_about():
    text = "کئی شہری ایسے بھی تھے جنہوں نے کہا کہ پانی کی قلت کئی ہفتوں سے ہے۔"
    assert _quotes(text) == [("reported", "پانی کی قلت کئی ہفتوں سے ہے", "کئی شہری")]


def test_a_pronoun_after_an_epithet_points_back_to_the_named_person():
    text = ("ممبئی (اے پی پی) بالی ووڈ کی اداکارہ سونم رانا نے کہا ہے کہ وہ نئی فلم میں کام کر رہی ہیں۔ ایک انٹرویو میں "
            "32 سالہ اداکارہ نے کہا کہ فلم کی کہانی بہت اچھی ہے۔ انہوں نے کہا کہ فلم اگلے سال ریلیز ہوگی۔")
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    # the epithet keeps its own words as written; the pronoun after it is the actress named before
    assert found[1:] == [("فلم کی کہانی بہت اچھی ہے", "32 سالہ اداکارہ"), ("فلم اگلے سال ریلیز ہوگی", "سونم رانا")]


def test_a_pronoun_after_an_office_alone_points_back_to_its_holder_named_with_his_titles():
    text = ("لاہور (اے پی پی) وزیر تعلیم پنجاب ڈاکٹر نعیم احمد نے کہا ہے کہ سکول کھل جائیں گے۔ تقریب سے خطاب کرتے ہوئے "
            "صوبائی وزیر نے کہا کہ اساتذہ کی کمی دور کی جائے گی۔ انہوں نے کہا کہ نئی کتابیں بھی آئیں گی۔")
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    assert found[2] == ("نئی کتابیں بھی آئیں گی", "نعیم احمد")


def test_a_speaker_with_a_relative_clause_on_jin_before_its_case_marker():
    text = "ٹیم کے کوچ جن کی نگرانی میں کھلاڑی تربیت لے رہے ہیں، کا کہنا ہے کہ ٹیم فائنل جیتے گی۔"
    assert _quotes(text) == [("reported", "ٹیم فائنل جیتے گی", "ٹیم کے کوچ")]


def test_a_speaker_with_a_relative_clause_and_no_comma_before_its_case_marker():
    text = "مریض کی بہن جو خود بھی ایک ڈاکٹر ہیں نے کہا کہ انہیں کچھ معلوم نہیں تھا۔"
    assert _quotes(text) == [("reported", "انہیں کچھ معلوم نہیں تھا", "مریض کی بہن")]


def test_a_report_in_which_something_is_said_speaks_for_its_owner():
    text = ("گزشتہ سال عالمی بینک نے قرض دیا تھا۔ پچھلے برس توانائی کمیشن کی ایک رپورٹ آئی تھی، جس میں بتایا گیا تھا کہ "
            "ملک میں گیس کے ذخائر کم ہو رہے ہیں۔")
    assert _quotes(text) == [("reported", "ملک میں گیس کے ذخائر کم ہو رہے ہیں", "توانائی کمیشن")]


def test_a_report_in_which_this_too_is_said_speaks():
    text = "پولیس نے ملزم کو گرفتار کر لیا۔ رپورٹ میں یہ بھی بتایا گیا کہ ملزم کئی برس سے مفرور تھا۔"
    assert _quotes(text) == [("reported", "ملزم کئی برس سے مفرور تھا", "رپورٹ")]


def test_details_someone_released_are_their_words():
    text = "محکمہ تعلیم کی جانب سے جاری کردہ تفصیلات کے مطابق امتحانات اگلے ماہ ہوں گے۔"
    assert _quotes(text) == [("reported", "امتحانات اگلے ماہ ہوں گے", "محکمہ تعلیم")]
    # details with no issuer still attribute nothing
    assert _quotes("تفصیلات کے مطابق امتحانات اگلے ماہ ہوں گے۔") == []


def test_reports_that_surfaced_are_reported_speech_from_nobody_named():
    text = "خیال رہے کہ چند روز قبل یہ اطلاعات سامنے آئیں تھیں کہ شہر میں پانی کا بحران شدید ہو گیا ہے۔"
    assert _quotes(text) == [("reported", "شہر میں پانی کا بحران شدید ہو گیا ہے", None)]


def test_a_public_relations_department_is_a_source():
    text = "وزارت تعلیم کے شعبہ تعلقات عامہ کے مطابق نئے سکول کھولے جائیں گے۔"
    assert _quotes(text) == [("reported", "نئے سکول کھولے جائیں گے", "وزارت تعلیم کے شعبہ تعلقات عامہ")]


def test_a_rule_named_after_a_past_verb_in_run_on_text_ends_the_quote():
    text = "مقامی اخبار کے مطابق دلہا کے والد نے نکاح پڑھایا مقامی رواج کے مطابق ولیمہ پیر کو ہوگا"
    assert _quotes(text) == [("reported", "دلہا کے والد نے نکاح پڑھایا", "مقامی اخبار")]


def test_a_feminine_plural_past_verb_closes_a_run_on_clause():
    text = "مقامی اخبار کے مطابق تقریب کی تمام رسمیں دلہن کی خالہ نے ادا کیں خاندانی روایت کے مطابق ولیمہ پیر کو ہوگا"
    assert _quotes(text) == [("reported", "تقریب کی تمام رسمیں دلہن کی خالہ نے ادا کیں", "مقامی اخبار")]


def test_quoted_words_inside_a_headline_line_are_no_quotation():
    text = "شہر میں مہنگائی ’تاریخ کی بلند ترین سطح پر‘ پہنچ گئی\n\nحکومت نے نئی قیمتوں کا اعلان کل کیا تھا۔"
    assert [q for q in _quotes(text) if q[0] == "direct"] == []


def test_a_second_claim_after_quoted_words_and_a_comma_is_the_same_speakers():
    text = "کوچ نے کہا ہے کہ ’ہم نے درست فیصلہ کیا‘، ساتھ ہی تصدیق کی کہ اگلا میچ منسوخ ہو چکا ہے۔"
    assert _quotes(text) == [("direct", "ہم نے درست فیصلہ کیا", "کوچ"),
                             ("reported", "اگلا میچ منسوخ ہو چکا ہے", "کوچ")]


def test_the_one_a_fan_asks_answers_even_with_a_one_word_name():
    text = ("کراچی (اے پی پی) گلوکارہ نازیہ نے نئے البم کا اعلان کیا۔ ایک مداح نے نازیہ سے سوال کیا کہ ان کا پسندیدہ "
            "گانا کون سا ہے جس کا انہوں نے جواب دیتے ہوئے کہا کہ انہیں پرانے گانے پسند ہیں۔")
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    assert found[-1] == ("انہیں پرانے گانے پسند ہیں", "نازیہ")


def test_a_person_introduced_by_a_role_sentence_is_the_next_pronouns_antecedent():
    text = ("لندن (اے پی پی) ایک رپورٹ کی مصنفہ سارہ خان نے لکھا ہے کہ روبوٹ خطرناک ہیں۔ پروفیسر احمد علی ایک تحقیقی "
            "ادارے کے سربراہ ہیں۔ انھوں نے بتایا کہ حکام نے ایسا کوئی منصوبہ نہیں بنایا۔")
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    assert found[-1] == ("حکام نے ایسا کوئی منصوبہ نہیں بنایا", "احمد علی")


def test_wrote_with_an_auxiliary_is_a_frame():
    assert _quotes("مصنفہ نے لکھا ہے کہ روبوٹ خطرناک ہیں۔") == [("reported", "روبوٹ خطرناک ہیں", "مصنفہ")]
    # a claim noun with only a copula still takes no subject from the clause before
    assert _quotes("وزیر نے خط لکھا تھا اور توقع تھی کہ جواب جلد آئے گا۔") == []



def test_a_pronoun_after_an_organisation_speaks_for_the_person_named_since():
    text = ("کراچی (اے پی پی) محکمہ موسمیات نے بتایا ہے کہ اگلے ہفتے بارش ہوگی۔ سلیم احمد کا شمار شہر کے پرانے "
            "کسانوں میں ہوتا ہے۔ انہوں نے کہا کہ بارش سے فصلوں کو فائدہ ہوگا۔")
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    assert found == [("اگلے ہفتے بارش ہوگی", "محکمہ موسمیات"), ("بارش سے فصلوں کو فائدہ ہوگا", "سلیم احمد")]


def test_a_pronoun_after_an_epithet_goes_to_the_speaker_phrase_that_named_the_role():
    text = ("کمپنی نے نئے دفاتر کھول دیے۔ یہ بات کمپنی کی خاتون ترجمان سارہ بیگ نے منگل کو کہی۔ انہوں نے کہا کہ "
            "دفاتر ہر روز کھلے رہیں گے۔ خاتون ترجمان نے مزید کہا کہ ملازمین کی تعداد بڑھائی جائے گی۔ انہوں نے کہا کہ "
            "تنخواہیں بھی بڑھیں گی۔")
    assert [q[2] for q in _quotes(text)] == ["کمپنی کی خاتون ترجمان سارہ بیگ", "خاتون ترجمان",
                                             "کمپنی کی خاتون ترجمان سارہ بیگ"]


def test_began_to_say_after_and_shares_the_subject_of_the_clause_before():
    text = ("ڈاکٹر کہتی ہیں کہ میں ہر گھر میں جا کر دوا دیتی ہوں اداکارہ بھی بچوں سے مل رہی تھیں اور انہیں کھیلتے دیکھ "
            "کر کہنے لگیں کہ ’یہ بچے ہی ہمارا مستقبل ہیں اور ہمیں ان کی صحت کا خیال رکھنا ہے‘")
    # ``ہوں`` ends the doctor's run-on clause; the actress who began to speak is the subject before ``اور``
    assert _quotes(text) == [
        ("reported", "میں ہر گھر میں جا کر دوا دیتی ہوں", "ڈاکٹر"),
        ("direct", "یہ بچے ہی ہمارا مستقبل ہیں اور ہمیں ان کی صحت کا خیال رکھنا ہے", "اداکارہ"),
    ]


def test_ki_misspelt_for_ke_after_kehna_and_the_levies_as_a_source():
    assert _quotes("کوچ کا کہنا ہے کی اگلا میچ سنسنی خیز ہوگا۔") == [("reported", "اگلا میچ سنسنی خیز ہوگا", "کوچ")]
    assert _quotes("لیویز کے مطابق سڑک کنارے دھماکہ ہوا۔") == [("reported", "سڑک کنارے دھماکہ ہوا", "لیویز")]


def test_people_by_their_role_and_research_are_sources():
    assert _quotes("کمپنی کے نمائندوں کے مطابق نئی گاڑیاں اگلے سال آئیں گی۔") == [
        ("reported", "نئی گاڑیاں اگلے سال آئیں گی", "کمپنی کے نمائندوں")]
    assert _quotes("تازہ ریسرچ کے مطابق دوڑنے والے لوگ زیادہ خوش رہتے ہیں۔") == [
        ("reported", "دوڑنے والے لوگ زیادہ خوش رہتے ہیں", "تازہ ریسرچ")]


def test_more_sources_a_publication_a_professor_news_a_notification_the_opposition():
    assert _quotes("دی مرر کے مطابق یہ برج جنوری میں پیدا ہونے والوں کا ہوتا ہے۔") == [
        ("reported", "یہ برج جنوری میں پیدا ہونے والوں کا ہوتا ہے", "مرر")]
    assert _quotes("پروفیسر کم کے مطابق یہ سفر ابھی شروع ہوا ہے۔") == [
        ("reported", "یہ سفر ابھی شروع ہوا ہے", "پروفیسر کم")]
    assert _quotes("ایک اور خبر کے مطابق نئی ایپ جلد آئے گی۔") == [("reported", "نئی ایپ جلد آئے گی", "ایک اور خبر")]
    assert _quotes("وزارت خزانہ کے جاری کردہ نوٹیفکیشن کے مطابق رقم جاری کر دی گئی۔") == [
        ("reported", "رقم جاری کر دی گئی", "وزارت خزانہ")]
    assert _quotes("حزب اختلاف کے مطابق ٹیکس بہت زیادہ ہیں۔") == [("reported", "ٹیکس بہت زیادہ ہیں", "حزب اختلاف")]


def test_a_straight_mark_closed_by_a_curly_one_after_a_frame_and_the_reported_clause_before_it():
    text = ("طلبہ نے کہا کہ امتحان کا دن ان کے لیے مشکل ہو گا اور خط کا اختتام کچھ یوں کیا کہ "
            "'آئیے، ہم سب مل کر محنت کریں اور کامیاب ہوں‘۔")
    assert _quotes(text) == [("reported", "امتحان کا دن ان کے لیے مشکل ہو گا", "طلبہ"),
                             ("direct", "آئیے، ہم سب مل کر محنت کریں اور کامیاب ہوں", "طلبہ")]
    # away from a frame, a straight mark is an apostrophe and pairs with no curly one
    assert _quotes("پاکستان کے کھلاڑی 'بابر' کی ٹیم کے بارے میں لوگوں کی رائے‘ مختلف ہے۔") == []


def test_a_relative_speaks_not_the_person_her_phrase_names():
    text = ("ماسکو (اے پی پی) پولیس نے ملزم احمد رضا کو گرفتار کر لیا۔ احمد رضا کی بہن جو خود بھی ایک ڈاکٹر ہیں نے کہا "
            "کہ ان کے بھائی بے قصور ہیں۔")
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    assert found == [("ان کے بھائی بے قصور ہیں", "احمد رضا کی بہن")]


def test_a_speaker_with_a_jinhon_ne_clause_between_commas():
    text = ("ایک نجی ٹی وی کی رپورٹ کے مطابق وزیراعظم، جنہوں نے لندن میں دو راتیں قیام کیا، نے کہا کہ وہ منفی سیاست پر "
            "بات نہیں کریں گے۔")
    assert _quotes(text) == [("reported", "وہ منفی سیاست پر بات نہیں کریں گے", "وزیراعظم")]


def test_according_to_whose_source_was_dropped_from_the_text_is_reported_speech_of_nobody_named():
    text = "سائنسدانوں نے نئی دوا تیار کی ہے جس سے مریض کبھی بیمار نہیں ہوں گے کے مطابق یہ دوا اگلے سال بازار میں آئے گی۔"
    assert _quotes(text) == [("reported", "یہ دوا اگلے سال بازار میں آئے گی", None)]


def test_a_postpositional_phrase_and_and_before_a_speaker_are_no_part_of_him():
    text = "بات ہو رہی تھی مہنگائی کے اثرات پہ اور ساتھی تجزیہ کار کا کہنا تھا کہ قیمتیں مزید بڑھیں گی۔"
    assert _quotes(text) == [("reported", "قیمتیں مزید بڑھیں گی", "ساتھی تجزیہ کار")]


def test_an_interview_is_no_speaker_when_the_clause_has_a_subject_the_phrase_missed():
    text = ("اداکار نے کہا ہے کہ وہ نئی فلم میں کام کریں گے۔ اداکار جن کی فلم ’’نیا سفر‘‘ جو حال ہی میں ریلیز ہوئی ہے، "
            "فلم نے کئی ریکارڈ قائم کیے، نے اپنے حالیہ انٹرویو میں کہا کہ وہ اگلی فلم کی عکسبندی جلد شروع کریں گے۔")
    assert [q[2] for q in _quotes(text)] == ["اداکار", "اداکار"]


def test_a_pronoun_split_by_a_stray_blank_still_points_back():
    text = "گلوکارہ نے کہا کہ نیا البم جلد آئے گا۔ ا نہوں نے کہا کہ البم میں دس گانے ہوں گے۔"
    assert [q[2] for q in _quotes(text)] == ["گلوکارہ", "گلوکارہ"]


def test_a_genitive_glued_to_the_speakers_name_before_kehna():
    text = "ممبئی (اے پی پی) بالی وڈ کی اداکارہ سونیا باسوکا کہنا ہے کہ وہ نئی فلم میں کام کر رہی ہیں۔"
    found = [(q.text, q.speaker.text if q.speaker else None) for q in analyze(text).quotes]
    assert found == [("وہ نئی فلم میں کام کر رہی ہیں", "سونیا باسوکا")]


def test_an_industry_before_an_untagged_actress_is_not_who_speaks():
    text = "ممبئی (اے پی پی) بالی وڈ کی اداکارہ سونیا خان کا کہنا ہے کہ وہ نئی فلم میں کام کر رہی ہیں۔"
    doc = analyze(text, stages=_STAGES)
    at = text.index("بالی وڈ")
    doc.entities = [Entity(at, at + len("بالی وڈ"), "بالی وڈ", "LOC", doc.sentence_of(at))]
    found = [(q.text, None if q.speaker is None else q.speaker.text) for q in extract_quotes(doc)]
    assert found == [("وہ نئی فلم میں کام کر رہی ہیں", "بالی وڈ کی اداکارہ سونیا خان")]


def test_a_name_in_quote_marks_before_its_case_marker_and_a_study_speak():
    text = 'روبوٹ کامیابی سے مریخ پر اتر گیا "ناسا" کا کہنا ہے کہ روبوٹ سے تصاویر موصول ہو گئی ہیں۔'
    assert _quotes(text) == [("reported", "روبوٹ سے تصاویر موصول ہو گئی ہیں", "ناسا")]
    text = "لندن میں کی جانے والی لیب سٹڈی میں بتایا گیا کہ بچوں کو الرجی کم ہوئی۔"
    assert _quotes(text) == [("reported", "بچوں کو الرجی کم ہوئی", "لیب سٹڈی")]
