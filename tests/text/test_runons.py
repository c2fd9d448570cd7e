"""Lines whose source stripped every terminator are cut at clause ends (khabar.text.runons)."""

import pytest

from khabar.text import runons
from khabar.text.sentences import split_sentences

PIECES = [
    "وفاقی وزیر تجارت نے لاہور میں تاجروں کے وفد سے ملاقات کی ہے",
    "وزیر نے کہا کہ حکومت برآمدات بڑھانے کے لیے نئی پالیسی لا رہی ہے",
    "اس پالیسی کے تحت چھوٹے کاروباروں کو سستے قرضے دیے جائیں گے",
    "تاجروں نے حکومت کے فیصلے کا خیرمقدم کیا",
    "انہوں نے مطالبہ کیا کہ بجلی کی قیمتوں میں کمی کی جائے",
    "اجلاس میں ٹیکس کے نظام پر بھی تفصیلی بات چیت کی گئی",
]
#: Padding of one more clause, so that the line under test is long enough to count as run-on.
TAIL = " ".join(PIECES[2:])


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_a_line_without_terminators_is_cut_at_clause_ends() -> None:
    text = " ".join(PIECES)
    assert _texts(text) == PIECES


def test_offsets_point_into_the_original_with_its_spacing_and_variants() -> None:
    # Arabic yeh and kaf, a double space: the cuts are found on the view, the offsets are original.
    text = "  ".join(PIECES).replace("ی", "ي").replace("ک", "ك")
    got = split_sentences(text)
    assert len(got) == len(PIECES)
    assert text[got[1].start:got[1].end] == PIECES[1].replace("ی", "ي").replace("ک", "ك")
    assert all(text[s.start] != " " and text[s.end - 1] != " " for s in got)


def test_the_same_text_with_one_full_stop_is_left_to_the_writer() -> None:
    # One terminator anywhere in the line: the writer punctuates, and ہے alone never ends a sentence.
    text = " ".join(PIECES[:3]) + "۔ " + " ".join(PIECES[3:])
    assert _texts(text) == [" ".join(PIECES[:3]) + "۔", " ".join(PIECES[3:])]


def test_a_short_line_is_a_headline_not_a_run_on() -> None:
    text = "حکومت نے پالیسی کا اعلان کیا ہے تاجروں نے خیرمقدم کیا ہے"
    assert _texts(text) == [text]


def test_a_clause_that_goes_on_is_not_cut() -> None:
    head = ("وزیر اعلیٰ نے بتایا کہ صوبے میں نئی سڑکیں بنائی جا رہی ہیں اور ان کی تعمیر اگلے سال مکمل ہوگی"
            " جبکہ پرانی سڑکوں کی مرمت بھی جاری ہے")
    text = f"{head} {TAIL}"
    # ہیں before اور، ہوگی before جبکہ: conjunctions carry the clause on
    assert _texts(text)[0] == head


def test_a_relative_clause_keeps_its_correlative() -> None:
    head = "جو طلبہ اس سال امتحان میں کامیاب ہوئے ہیں ان کو حکومت کی طرف سے وظیفہ دیا جائے گا"
    text = f"{head} {TAIL}"
    assert _texts(text)[0] == head


def test_a_participle_before_its_noun_is_not_a_clause_end() -> None:
    head = "پولیس کی جانب سے کی گئی کارروائی میں چار ملزمان کو گرفتار کر لیا گیا"
    text = f"{head} {TAIL}"
    assert _texts(text)[0] == head
    head = "وزیر نے خطاب کرتے ہوئے اس بات پر زور دیا کہ تعلیم پر زیادہ رقم خرچ کی جائے"
    assert _texts(f"{head} {TAIL}")[0] == head


def test_a_comma_decides_instead_of_the_rule() -> None:
    head = "ماہرین کے مطابق مہنگائی میں کمی آئی ہے، اس کے باوجود عوام مشکلات کا شکار ہیں"
    assert _texts(f"{head} {TAIL}")[0] == head


def test_a_new_agent_after_a_plural_perfective_opens_a_sentence() -> None:
    head = "شہر کے مختلف علاقوں میں نئے اسپتال قائم کیے گئے"
    nxt = "محکمہ صحت کے ترجمان نے اس منصوبے کی تفصیل بتائی ہے"
    got = _texts(f"{head} {nxt} {TAIL}")
    assert got[:2] == [head, nxt]


def test_a_very_long_sentence_in_a_line_with_a_stray_full_stop_is_cut_too() -> None:
    # 120+ words with one ۔ at the end: the source dropped the others
    text = " ".join(PIECES + PIECES) + "۔ " + PIECES[0]
    got = _texts(text)
    assert got[:6] == PIECES and got[-1] == PIECES[0]
    # a well-punctuated line keeps even a 120-word sentence whole (seven terminators in 190 words)
    long_one = " ".join(PIECES + PIECES) + "۔"
    punctuated = "۔ ".join(PIECES) + "۔ " + long_one
    assert _texts(punctuated)[-1] == long_one


def test_a_future_written_as_one_word_ends_a_clause() -> None:
    head = "حکومت کو تجارت بڑھانے کے لیے فوری اقدامات اٹھانا ہونگے"
    assert _texts(f"{head} {TAIL}")[0] == head


def test_a_writer_who_ends_sentences_with_commas_is_cut_at_the_commas_in_a_long_piece() -> None:
    # every clause ends in "، " and the next opens with an opener or a new agent: 100+ words, no ۔
    clauses = [
        "شہر میں کھیلوں کے مقابلوں کی تیاریاں آخری مراحل میں داخل ہو گئی ہیں",
        "اس سلسلے میں نئے اسٹیڈیم کی تعمیر کا کام بھی مکمل کر لیا گیا ہے",
        "منتظمین نے بتایا کہ غیر ملکی ٹیموں کے لیے ہوٹلوں میں کمرے بک کرا دیے گئے ہیں",
        "ان مقابلوں میں پچیس ملکوں کے کھلاڑی حصہ لیں گے",
        "اس کے علاوہ شہریوں کے لیے مفت ٹکٹوں کا انتظام بھی کیا گیا ہے",
        "انتظامیہ نے شہر کی سڑکوں کی مرمت کا کام بھی شروع کر دیا ہے",
        "ان تیاریوں کو دیکھ کر کہا جا سکتا ہے کہ مقابلے کامیاب رہیں گے",
        "اس موقع پر سکیورٹی کے سخت انتظامات بھی کیے جائیں گے",
        "ان انتظامات پر شہر کی تاجر برادری نے بھی اطمینان کا اظہار کیا ہے",
    ]
    text = "، ".join(clauses)
    got = _texts(text)
    assert len(got) >= 6
    assert got[0] == clauses[0] + "،"
    # a comma in an ordinary-length run-on piece stays inside its sentence
    short = "ماہرین کے مطابق مہنگائی میں کمی آئی ہے، اس کے باوجود عوام مشکلات کا شکار ہیں"
    assert _texts(f"{short} {TAIL}")[0] == short


def test_the_question_word_kya_is_no_clause_end() -> None:
    head = "صحافیوں نے سوال اٹھایا کہ کیا حکومت اگلے سال ٹیکس کم کرے گی"
    got = _texts(f"{head} {TAIL}")
    assert got[0] == head


def test_kya_after_a_genitive_asks_what_and_ends_nothing() -> None:
    # ``بحران کا کیا حل``: "what solution of the crisis"; a light verb follows its noun, never a genitive
    head = "اپوزیشن نے پوچھا کہ بجلی کے بحران کا کیا حل نکالا گیا ہے"
    got = _texts(f"{head} {TAIL}")
    assert got[0] == head


@pytest.mark.parametrize("line", [
    "یہ خبر ہے۔ اگلی خبر؟! پھر",
    "U.S. میں 12.5 فیصد. اور www.bbc.com پر.",
    "وہ گیا.\tپھر آیا.\u00a0اب",
    "بغیر کسی نشان کے ایک لمبی لائن",
    "آخر میں نقطہ.",
])
def test_terminators_count_as_the_regex_does(line: str) -> None:
    # _terminators replaces a findall of _TERMINATOR over each line; a line is read inside its
    # text, so the count must also hold between a line break before it and one after it.
    text = "پہلی سطر۔\n" + line + "\nآخری. سطر"
    start = text.index("\n") + 1
    end = text.index("\n", start)
    assert runons._terminators(text, start, end) == len(runons._TERMINATOR.findall(text, start, end))
    assert runons._terminators(line, 0, len(line)) == len(runons._TERMINATOR.findall(line))
