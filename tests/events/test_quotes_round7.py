"""Frames, spans and speakers of the seventh round (``gold/quotes/dev7.tsv``, single sentences from COUNTER,
Bend the Truth and UNER): regulations as no source, negated saying, a doubled mark never closed after a
frame, winners who speak, a report's issuer before its modifiers. Example sentences written for these tests."""

from tests.events.test_quotes_round5 import _quotes

from khabar.pipeline import analyze


def test_regulations_say_nothing_even_inside_a_name():
    text = "نیپرا ریگولیشنز کے مطابق بجلی کمپنیاں بل میں یہ رقم شامل نہیں کر سکتیں۔"
    assert analyze(text).quotes == []
    assert _quotes("نئے بلدیاتی ایکٹ کے مطابق میئر کا انتخاب براہ راست ہو گا۔") == []


def test_a_negated_saying_is_no_quotation():
    assert _quotes("ماہرین یہ نہیں کہہ رہے کہ یہ دوا ہر مرض کا علاج ہے۔") == []
    assert _quotes("وزیر نے کبھی نہیں کہا کہ ٹیکس بڑھے گا۔") == []


def test_a_negation_inside_the_quote_keeps_it():
    assert _quotes("وزیر نے کہا کہ ٹیکس نہیں بڑھے گا۔") == [("reported", "ٹیکس نہیں بڑھے گا", "وزیر")]


def test_a_doubled_mark_never_closed_after_a_frame_quotes_to_the_end_of_the_paragraph():
    text = ("ایک مداح نے گلوکارہ سے سوال کیا۔ جس کے جواب میں گلوکارہ نے کہا ’’ میں ہر طرح کی موسیقی سے پیار کرتی ہوں"
            " اور یہی میرا شوق ہے\n\nان کا نیا البم اگلے ماہ آئے گا۔")
    assert _quotes(text) == [("direct", "میں ہر طرح کی موسیقی سے پیار کرتی ہوں اور یہی میرا شوق ہے", "گلوکارہ")]


def test_winners_speak_without_ke():
    text = "دونوں فاتح نے کہا یہ دوڑ بہت مشکل تھی لیکن سب نے اس کا خوب لطف اٹھایا۔"
    assert _quotes(text) == [("reported", "یہ دوڑ بہت مشکل تھی لیکن سب نے اس کا خوب لطف اٹھایا", "دونوں فاتح")]


def test_a_report_speaks_for_its_issuer_across_a_time_and_a_participle():
    text = "شماریات بیورو کی جمعرات کو جاری ہونے والی رپورٹ کے مطابق ملک میں مہنگائی کی شرح بڑھ گئی ہے۔"
    assert _quotes(text) == [("reported", "ملک میں مہنگائی کی شرح بڑھ گئی ہے", "شماریات بیورو")]


def test_in_run_on_copy_the_next_speakers_opening_mark_closes_nothing():
    text = ("اداکارہ نے کہا ’’ میں ہر شہر کے لوگوں سے پیار کرتی ہوں اور یہی میری طاقت ہے ایک صحافی نے ان سے پوچھا کہ"
            " کیا وہ لاہور آئیں گی جس پر اداکارہ نے کہا ’’ میں اگلے ماہ ضرور لاہور آؤں گی")
    quotes = _quotes(text)
    assert ("direct", "میں ہر شہر کے لوگوں سے پیار کرتی ہوں اور یہی میری طاقت ہے", "اداکارہ") in quotes


def test_guillemets_quote_like_other_marks():
    assert _quotes("وزیر اعلیٰ نے کہا «ہم صوبے میں نئے اسکول کھولیں گے»۔") == [
        ("direct", "ہم صوبے میں نئے اسکول کھولیں گے", "وزیر اعلیٰ")]
    assert _quotes("وزیر اعلیٰ نے کہا: »ہم صوبے میں نئے اسکول کھولیں گے«") == [
        ("direct", "ہم صوبے میں نئے اسکول کھولیں گے", "وزیر اعلیٰ")]


def test_the_yeh_before_an_imperfective_verb_of_saying_is_its_object():
    text = ("ٹیم کے کپتان نے شکست کی ذمہ داری قبول کی۔ دنیا بھر کے ماہرین یہ کہہ رہے ہیں کہ اگلا ورلڈ کپ پاکستان"
            " جیتے گا۔")
    assert _quotes(text)[-1] == ("reported", "اگلا ورلڈ کپ پاکستان جیتے گا", "دنیا بھر کے ماہرین")


def test_someone_unnamed_is_no_antecedent():
    text = "کوچ نے کہا کہ ٹیم تیار ہے۔ کسی نے مجھے بتایا کہ کپتان کو ہٹانے کی سازش ہو رہی ہے۔"
    assert _quotes(text) == [("reported", "ٹیم تیار ہے", "کوچ"),
                             ("reported", "کپتان کو ہٹانے کی سازش ہو رہی ہے", None)]
    assert _quotes("کوئی کہتا ہے کہ کپتان کو ہٹایا جائے گا۔") == [("reported", "کپتان کو ہٹایا جائے گا", None)]


def test_a_name_in_marks_after_the_word_for_name_is_no_quotation():
    assert _quotes("مشہور کھلاڑی نے اسلام قبول کرنے کے بعد اپنا نام ’’عبداللہ یوسف احمد‘‘ رکھا۔") == []


def test_a_ke_typed_twice_is_no_part_of_the_quote():
    text = "اداکارہ نے اپنے ٹویٹ میں لکھا ہے کہ کہ میں اپنی نئی فلم کے لیے بہت پرجوش ہوں۔"
    assert _quotes(text) == [("reported", "میں اپنی نئی فلم کے لیے بہت پرجوش ہوں", "اداکارہ")]


def test_a_role_word_before_an_untagged_name_makes_a_source():
    text = "خلائی مرکز کے سائنس داں رابرٹ کلارک کے مطابق چاند پر پانی کے آثار ملے ہیں۔"
    assert _quotes(text) == [("reported", "چاند پر پانی کے آثار ملے ہیں", "خلائی مرکز کے سائنس داں رابرٹ کلارک")]
