"""split_sentences(): where Urdu news sentences end, as offsets into the original text."""

import pytest

from khabar.document import Sentence
from khabar.text.normalize import normalize_word
from khabar.text.sentences import _word_table, split_sentences


def _texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the plain case, with ؟ and !
        ("وزیراعظم نے اجلاس طلب کر لیا۔ کیا اپوزیشن شرکت کرے گی؟ ہاں! ضرور۔",
         ["وزیراعظم نے اجلاس طلب کر لیا۔", "کیا اپوزیشن شرکت کرے گی؟", "ہاں!", "ضرور۔"]),
        # missing space after the terminator, space before it
        ("کھلاڑی تیار ہیں ۔برازیل نے میچ جیت لیا ہے ۔ اگلا میچ کل ہوگا",
         ["کھلاڑی تیار ہیں ۔", "برازیل نے میچ جیت لیا ہے ۔", "اگلا میچ کل ہوگا"]),
        # closing quotes stay with their sentence (’’ ‘‘ typed both ways, '' too)
        ("ترجمان نے کہا کہ ’’ہم مذاکرات کے لیے تیار ہیں۔‘‘ اس کے بعد اجلاس ختم ہو گیا۔",
         ["ترجمان نے کہا کہ ’’ہم مذاکرات کے لیے تیار ہیں۔‘‘", "اس کے بعد اجلاس ختم ہو گیا۔"]),
        ("انہوں نے ''سخت اقدامات'' کا اظہار کیا''۔ عدالت برخاست ہوئی۔",
         ["انہوں نے ''سخت اقدامات'' کا اظہار کیا''۔", "عدالت برخاست ہوئی۔"]),
        # a quote opened sentences ago still closes here
        ("انہوں نے کہا ’ہم جیتیں گے۔ ہم تیار ہیں۔‘ پھر وہ چلے گئے۔",
         ["انہوں نے کہا ’ہم جیتیں گے۔", "ہم تیار ہیں۔‘", "پھر وہ چلے گئے۔"]),
        # a quote glued to the next word opens the next sentence
        ('اجلاس ختم ہوا۔"ہم واپس آئیں گے" انہوں نے کہا۔',
         ["اجلاس ختم ہوا۔", '"ہم واپس آئیں گے" انہوں نے کہا۔']),
        # decimals, dates, times, numbers with the era mark
        ("شرح سود 12.5 فیصد ہو گئی۔ فیصلہ 15.12.2021 کو 4:30 بجے ہوا۔ یہ 2013ء میں بنا تھا۔",
         ["شرح سود 12.5 فیصد ہو گئی۔", "فیصلہ 15.12.2021 کو 4:30 بجے ہوا۔", "یہ 2013ء میں بنا تھا۔"]),
        ("قیمت ۱۲۔۵ روپے بڑھ گئی۔ اب کیا ہوگا؟",
         ["قیمت ۱۲۔۵ روپے بڑھ گئی۔", "اب کیا ہوگا؟"]),
        # abbreviations, initials and URLs do not end sentences; a real full stop does
        ("Mr. Khan نے www.bbc.com/urdu پر لکھا. پی. ٹی. آئی نے ردعمل دیا۔",
         ["Mr. Khan نے www.bbc.com/urdu پر لکھا.", "پی. ٹی. آئی نے ردعمل دیا۔"]),
        ("رپورٹ https://example.com/a?b=1 پر ہے۔ U.S. حکام خاموش ہیں۔",
         ["رپورٹ https://example.com/a?b=1 پر ہے۔", "U.S. حکام خاموش ہیں۔"]),
        # headlines, datelines and paragraphs without terminators stand alone
        ("کواڈ سربراہ اجلاس : امریکا ، بھارت\nواشنگٹن — صدر نے شرکت کی۔\n\nدوسرا پیراگراف بغیر ختمے کے",
         ["کواڈ سربراہ اجلاس : امریکا ، بھارت", "واشنگٹن — صدر نے شرکت کی۔", "دوسرا پیراگراف بغیر ختمے کے"]),
        # lists: the item number's full stop is not a sentence end
        ("اہم نکات:\n1. مہنگائی کم ہوگی\n۲۔ برآمدات بڑھیں گی\n- بجلی سستی ہوگی",
         ["اہم نکات:", "1. مہنگائی کم ہوگی", "۲۔ برآمدات بڑھیں گی", "- بجلی سستی ہوگی"]),
        # never split after ہے / ہیں / تھا without a terminator
        ("حکومت کا کہنا ہے اس منصوبے پر کام جاری ہے اور وہ پرامید تھا کہ یہ مکمل ہوگا۔",
         ["حکومت کا کہنا ہے اس منصوبے پر کام جاری ہے اور وہ پرامید تھا کہ یہ مکمل ہوگا۔"]),
        # a dash between spaces after a finite verb is a full stop; elsewhere it is a dash
        ("یہ ضابطے کی خلاف ورزی ہے - کمیشن نوٹس لے گا - لاہور - کراچی موٹروے کھل گئی۔",
         ["یہ ضابطے کی خلاف ورزی ہے -", "کمیشن نوٹس لے گا -", "لاہور - کراچی موٹروے کھل گئی۔"]),
        ("شاعر نے کہا تھا ''ہر شب کے بعد سحر'' - اگلے دن جلسہ ہوا۔",
         ["شاعر نے کہا تھا ''ہر شب کے بعد سحر'' -", "اگلے دن جلسہ ہوا۔"]),
        # ۔ used as a hyphen between short names
        ("ہند۔ امریکہ تعلقات بہتر ہوئے۔ پاک۔ چین دوستی پرانی ہے۔",
         ["ہند۔ امریکہ تعلقات بہتر ہوئے۔", "پاک۔ چین دوستی پرانی ہے۔"]),
        # runs count once, a stray comma after a full stop stays, brackets close
        ("کیا واقعی؟! ہاں۔۔۔ وہ آ گئے۔، پھر بات ہوئی (جو طویل تھی۔) آخر میں فیصلہ ہوا۔",
         ["کیا واقعی؟!", "ہاں۔۔۔", "وہ آ گئے۔،", "پھر بات ہوئی (جو طویل تھی۔)", "آخر میں فیصلہ ہوا۔"]),
        # Arabic keyboard text and Urdu digits
        ("صوبائی وزير صحت نے کہا کہ مہم ۲۰ نومبر تک جاری رہے گی ۔ عالمی ادارہ صحت (WHO) كے مطابق ۱۲ کیس ہيں۔",
         ["صوبائی وزير صحت نے کہا کہ مہم ۲۰ نومبر تک جاری رہے گی ۔", "عالمی ادارہ صحت (WHO) كے مطابق ۱۲ کیس ہيں۔"]),
        ("", []),
        ("  \n ", []),
    ],
)
def test_split_sentences(text, sentences):
    assert _texts(text) == sentences


def test_spans_are_offsets_into_the_original_and_exclude_whitespace():
    text = "\ufeff  پہلا جملہ۔  \n\n دوسرا جملہ ہے ۔  "
    assert split_sentences(text) == [Sentence(3, 13), Sentence(18, 33)]
    assert text[3:13] == "پہلا جملہ۔"
    assert text[18:33] == "دوسرا جملہ ہے ۔"


def test_sentence_words_are_normalized():
    for kind, words in _word_table().items():
        for w in words:
            assert normalize_word(w) == w, (kind, w)
    assert {"abbreviation", "letter_name", "finite", "compound_prefix"} <= set(_word_table())


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a mark with no letter before it joins the sentence it is glued to
        ("\u064eوزیر نے کہا۔ \u0652", [(0, 15)]),
        # marks left between sentences after a space join the sentence before
        ("یہ ہے۔ \u064f \u0670  اب کیا", [(0, 10), (12, 18)]),
        # a text of marks alone is one sentence around them
        ("\u0652 \u064e", [(0, 3)]),
    ],
)
def test_every_visible_mark_is_in_a_sentence(text, spans):
    assert [(s.start, s.end) for s in split_sentences(text)] == spans


def test_rupee_abbreviation_does_not_end_a_sentence():
    from khabar.text.sentences import split_sentences

    text = "حکومت نے قرض Rs. 25 ارب کی منظوری دی۔ یہ اہم ہے۔"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "حکومت نے قرض Rs. 25 ارب کی منظوری دی۔", "یہ اہم ہے۔"]


def test_a_vertical_tab_ends_a_sentence_like_a_line_break():
    text = "وزیراعلیٰ نے اجلاس طلب کر لیا\x0bاجلاس میں بجٹ پر غور ہوگا۔"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "وزیراعلیٰ نے اجلاس طلب کر لیا", "اجلاس میں بجٹ پر غور ہوگا۔"]


# A lone ۔ before a space, more than six characters into its line, is decided without the general
# rules; these pin down that it decides the same: prefix hyphens stay, line and text ends end, a
# terminator right before a line break ends its sentence once.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("دونوں ملکوں میں ہند۔ امریکہ اور پاک۔ چین بات ہوئی۔\nاگلی خبر۔",
         ["دونوں ملکوں میں ہند۔ امریکہ اور پاک۔ چین بات ہوئی۔", "اگلی خبر۔"]),
        ("پہلا جملہ ختم ہوا۔\n\nدوسرا جملہ یہ ہے۔\tتیسرا بھی۔ ", ["پہلا جملہ ختم ہوا۔", "دوسرا جملہ یہ ہے۔", "تیسرا بھی۔"]),
        ("1۔ پہلا نکتہ یہاں ہے۔ دوسرا جملہ\n2۔ دوسرا نکتہ",
         ["1۔ پہلا نکتہ یہاں ہے۔", "دوسرا جملہ", "2۔ دوسرا نکتہ"]),
        ("قیمت 12۔ 5 روپے بڑھ گئی۔ ''بہت'' ہے۔'' اب بس",
         ["قیمت 12۔", "5 روپے بڑھ گئی۔", "''بہت'' ہے۔''", "اب بس"]),
        ("یہ خبر ہے ۔ \n اور یہ بھی ۔", ["یہ خبر ہے ۔", "اور یہ بھی ۔"]),
    ],
)
def test_a_lone_full_stop_deep_in_a_line(text, sentences):
    assert _texts(text) == sentences
