"""Frames, spans and speakers of the sixth round (``gold/quotes/dev6.tsv``, single sentences from COUNTER,
Bend the Truth, UNER and Express teasers, and fresh unlabelled text): teaser credits, frames without ``کہ``,
glued genitives, quote marks typed with a blank. Example sentences written for these tests."""

from tests.events.test_quotes_round5 import _STAGES, _quotes

from khabar.document import Entity
from khabar.events.quotes import extract_quotes
from khabar.pipeline import analyze


def test_a_teaser_credited_to_a_role_after_its_comma_is_that_persons_words():
    text = "نئی فلم میں منفی کردار ادا کرنا چاہتا ہوں، اداکار"
    assert _quotes(text) == [("reported", "نئی فلم میں منفی کردار ادا کرنا چاہتا ہوں", "اداکار")]


def test_a_teaser_credited_to_a_talk_speaks_for_the_talks_owner():
    text = "ٹی وی ڈراموں کا معیار بہتر ہونا چاہیے، گلوکارہ کی ’’ایکسپریس‘‘ سے گفتگو"
    assert _quotes(text) == [("reported", "ٹی وی ڈراموں کا معیار بہتر ہونا چاہیے", "گلوکارہ")]


def test_a_teaser_credited_only_to_a_talk_has_no_speaker():
    text = "اگلے سال اپنی پہلی فلم بناؤں گا،گفتگو"
    assert _quotes(text) == [("reported", "اگلے سال اپنی پہلی فلم بناؤں گا", None)]


def test_a_list_that_ends_with_a_role_after_a_comma_is_no_credit():
    assert _quotes("تقریب میں گلوکار، شاعر اور اداکار") == []
    assert _quotes("تقریب میں کئی مہمان شریک تھے جن میں وزیر، اداکار") == []


def test_saying_without_ke_before_i_is_a_frame():
    text = "کپتان نے میچ کے بعد کہا میں اپنی ٹیم کی کارکردگی سے بہت خوش ہوں۔"
    assert _quotes(text) == [("reported", "میں اپنی ٹیم کی کارکردگی سے بہت خوش ہوں", "کپتان")]


def test_saying_without_ke_before_the_postposition_min_is_no_frame():
    assert _quotes("وزیر نے یہ بات کہا میں موجود لوگوں کے سامنے دہرائی۔") == []


def test_a_greeting_said_is_no_frame_of_the_words_after_it():
    text = "گزشتہ روز گلوکارہ نے مہمان فنکار کو ہوائی اڈے پر خوش آمدید کہا گلوکارہ ان کے ساتھ ایک گانا ریکارڈ کروائیں گی"
    assert _quotes(text) == []


def test_a_source_with_its_ke_run_into_the_name():
    text = "بلے باز اگلا میچ نہیں کھیلیں گے، ٹیم منیجر احمد سلیم خانزادہکے مطابق ان کی انگلی ٹوٹ گئی ہے۔"
    assert _quotes(text) == [("reported", "ان کی انگلی ٹوٹ گئی ہے", "ٹیم منیجر احمد سلیم خانزادہکے")]


def test_people_by_their_trade_are_a_source():
    text = "ڈرائیوروں کے مطابق نئی سڑک سے سفر کا وقت آدھا رہ گیا ہے"
    assert _quotes(text) == [("reported", "نئی سڑک سے سفر کا وقت آدھا رہ گیا ہے", "ڈرائیوروں")]


def test_a_single_mark_closed_after_a_blank_is_closed():
    text = "میلے کے لیے لوگوں کی بڑی تعداد صبح سویرے ’کتاب گھر ‘ کے باہر جمع ہو گئی"
    assert _quotes(text) == []


def test_the_one_who_handles_something_is_a_source():
    text = "گلوکار کے دوروں کا انتظام کرنے والی روزیلینڈا کے مطابق وہ اگلے ماہ یورپ جائیں گے۔"
    assert _quotes(text) == [("reported", "وہ اگلے ماہ یورپ جائیں گے", "روزیلینڈا")]


def test_a_long_quote_that_runs_to_its_full_stop_keeps_its_clauses():
    text = ("کوچ نے کہا کہ ٹیم نے پورے سیزن میں بہت محنت سے تربیت حاصل کی ہے اور کھلاڑی اپنی فٹنس پر خاص توجہ دے رہے ہیں "
            "وہ سب اگلے ٹورنامنٹ میں اچھی کارکردگی دکھانے کے لیے بے تاب ہیں۔")
    assert _quotes(text) == [("reported", text[text.index("ٹیم نے"):-1], "کوچ")]


def test_a_long_run_on_quote_with_no_full_stop_still_ends_at_its_clause():
    text = ("کوچ نے کہا کہ ٹیم نے پورے سیزن میں بہت محنت سے تربیت حاصل کی ہے اور کھلاڑی اپنی فٹنس پر خاص توجہ دے رہے ہیں "
            "وہ سب اگلے ٹورنامنٹ میں اچھی کارکردگی دکھانے کے لیے بے تاب ہیں")
    assert _quotes(text) == [("reported", text[text.index("ٹیم نے"):text.index(" وہ سب")], "کوچ")]


def test_a_relative_after_a_finite_verb_carries_the_statement_on():
    text = ("گلوکارہ نے کہا کہ وہ اس شو کی تیسری مرتبہ میزبانی کر رہی ہیں وہ ایک محنتی اور سمجھدار فنکارہ ہیں "
            "جنہوں نے ہمیشہ نئے گلوکاروں کی بہت مدد کی ہے۔")
    assert _quotes(text) == [("reported", text[text.index("وہ اس"):-1], "گلوکارہ")]


def test_quoted_paragraphs_under_a_caption_line_are_the_captioned_persons():
    text = ("اس بارے میں ہم نے دو ماہرین سے بات کی۔\n\nرضوانہ قیصرانی، معاشی امور کی ماہر\n\n"
            "'مہنگائی کی بڑی وجہ روپے کی قدر میں کمی ہے اور اس کا اثر ہر گھر پر پڑ رہا ہے۔\n\n")
    assert _quotes(text) == [("direct", "مہنگائی کی بڑی وجہ روپے کی قدر میں کمی ہے اور اس کا اثر ہر گھر پر پڑ رہا ہے",
                              "رضوانہ قیصرانی")]


def test_a_line_that_is_a_sentence_is_no_caption():
    text = ("اجلاس میں کئی فیصلے کیے گئے، تفصیل نیچے ہے۔\n\n"
            "'مہنگائی کی بڑی وجہ روپے کی قدر میں کمی ہے اور اس کا اثر ہر گھر پر پڑ رہا ہے۔\n\n")
    assert [q[2] for q in _quotes(text)] == [None]


def test_a_teaser_credited_to_someones_claim_or_message_is_theirs():
    assert _quotes("نئی سڑک کا منصوبہ جان بوجھ کر روکا گیا ہے، اپوزیشن لیڈر کا الزام") == [
        ("reported", "نئی سڑک کا منصوبہ جان بوجھ کر روکا گیا ہے", "اپوزیشن لیڈر")]
    assert _quotes("’نیا گانا اگلے ہفتے ریلیز ہوگا اور اس میں کئی نئے گلوکار ہیں، موسیقار کی ٹوئٹ") == [
        ("direct", "نیا گانا اگلے ہفتے ریلیز ہوگا اور اس میں کئی نئے گلوکار ہیں", "موسیقار")]


def test_a_teaser_clause_that_ends_on_began_is_credited():
    assert _quotes("بچپن میں فلمیں دیکھ کر مجھے گانے کا شوق ہونے لگا، گلوکار") == [
        ("reported", "بچپن میں فلمیں دیکھ کر مجھے گانے کا شوق ہونے لگا", "گلوکار")]


def test_names_listed_in_quote_marks_are_no_quotations():
    text = "کمپنی نے ’’سٹار ون پرو‘‘ اور ’’سٹار ون میکس پلس‘‘ فونز کو نئی ٹیکنالوجی سے لیس کرنے کا اعلان کیا ہے"
    assert _quotes(text) == []


def test_marks_opened_with_the_right_hand_quote_pair_after_a_frame():
    text = "اداکارہ نے مداح کو جواب دیتے ہوئے کہا کہ ”میں آپ کی محبت کا شکریہ ادا کرتی ہوں مگر اب بہت دیر ہو گئی“۔"
    assert _quotes(text) == [("direct", "میں آپ کی محبت کا شکریہ ادا کرتی ہوں مگر اب بہت دیر ہو گئی", "اداکارہ")]


def test_a_right_hand_mark_elsewhere_opens_nothing():
    text = "فلم ”سفر“ اور ”منزل“ کے گانے مقبول ہوئے۔"
    assert _quotes(text) == []


def test_what_is_pointed_out_is_no_speaker():
    assert _quotes("ماہرین اس بات کی نشاندہی کرتے ہیں کہ شہر میں پانی کی قلت بڑھ رہی ہے۔") == [
        ("reported", "شہر میں پانی کی قلت بڑھ رہی ہے", "ماہرین")]
    assert _quotes("سرکاری اعدادوشمار اس بات کی نشاندہی کرتے ہیں کہ برآمدات میں کمی آئی ہے۔") == []


def test_according_to_what_someone_gave_is_their_word():
    text = "محکمہ موسمیات نے بارشوں کا جو اندازہ جاری کیا ہے اس کے مطابق اگلے ہفتے شدید بارش ہوگی۔"
    assert _quotes(text) == [("reported", "اگلے ہفتے شدید بارش ہوگی", "محکمہ موسمیات")]


def test_a_quote_opened_after_a_frame_runs_over_one_paragraph_break_to_its_closing_mark():
    text = ("کمپنی کے سربراہ نے کہا کہ \"ہم نے پرانے پلانٹ کا جائزہ لیا ۔\n\n"
            "ہم نے فیصلہ کیا کہ نیا پلانٹ لگانا بہترین راستہ ہے\"۔ اس کے بعد تقریب ختم ہو گئی۔")
    found = _quotes(text)
    assert [(k, s) for k, _, s in found] == [("direct", "کمپنی کے سربراہ")]
    assert found[0][1].startswith("ہم نے پرانے") and found[0][1].endswith("بہترین راستہ ہے")


def test_a_mark_in_the_next_paragraph_closes_nothing_without_a_frame():
    text = "بازار میں \"نئی دکان کھل گئی ہے۔\n\nلوگوں نے کہا کہ قیمتیں کم ہیں\" اور رش بڑھ گیا۔"
    assert all(k == "reported" for k, _, _ in _quotes(text))


def test_a_speaker_named_with_nami_keeps_the_name():
    assert _quotes("احمد نامی اس شخص کا کہنا ہے کہ پولیس دیر سے پہنچی۔") == [
        ("reported", "پولیس دیر سے پہنچی", "احمد نامی اس شخص")]
    assert _quotes("ماہر نفسیات جو ہیمنگزنامی اس ماہر کا کہنا ہے کہ تہوار پر سگریٹ کی طلب بڑھ جاتی ہے۔") == [
        ("reported", "تہوار پر سگریٹ کی طلب بڑھ جاتی ہے", "ہیمنگزنامی اس ماہر")]


def test_a_pronoun_after_an_outlets_report_is_the_person_the_report_is_about():
    text = ("شوبز نیوز کے مطابق اداکارہ زرینہ ملک کو صبح جلدی اٹھنا پسند نہیں ہے۔ "
            "اس بارے میں انہوں نے انٹرویو میں کہا کہ میں رات دیر تک کام کرتی ہوں۔")
    doc = analyze(text, stages=_STAGES)
    start = text.index("زرینہ ملک")
    doc.entities.append(Entity(start, start + len("زرینہ ملک"), "زرینہ ملک", "PERSON", 0))
    assert [(q.text, q.speaker and q.speaker.text) for q in extract_quotes(doc)] == [
        ("اداکارہ زرینہ ملک کو صبح جلدی اٹھنا پسند نہیں ہے", "شوبز نیوز"),
        ("میں رات دیر تک کام کرتی ہوں", "زرینہ ملک")]


def test_a_claim_made_in_the_passive_is_reported_speech_from_nobody():
    text = "دورے کے موقع پر اس بات کا اعلان کیا گیا تھا کہ دونوں ملک نئی سڑک مل کر بنائیں گے۔"
    assert _quotes(text) == [("reported", "دونوں ملک نئی سڑک مل کر بنائیں گے", None)]


def test_a_claim_about_a_content_phrase_with_no_subject_of_its_own_is_the_last_speakers():
    text = ("وزیر خزانہ نے کہا کہ بجٹ متوازن ہے۔ "
            "بعد میں اس بات کا اعادہ کیا کہ ٹیکس کا دائرہ بڑھایا جائے گا۔")
    assert _quotes(text)[-1] == ("reported", "ٹیکس کا دائرہ بڑھایا جائے گا", "وزیر خزانہ")
