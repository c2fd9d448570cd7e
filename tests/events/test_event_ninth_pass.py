"""Ninth pass: general grammar for unseen news (adverbs, the prospective, title runs, ...); our own sentences."""

from khabar.events.extract import extract_events
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _events(text: str, *, tagged: bool = False) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, published="2024-03-05") if tagged else analyze(text, published="2024-03-05",
                                                                            stages=_STAGES)
    return [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)]


def test_an_adverb_after_the_subject_is_no_part_of_its_noun_phrase():
    # ``حکومت پہلے`` was read as one phrase that names nobody, so the refusal had no source
    assert _events("حکومت پہلے ہی اس تجویز سے انکار کر چکی ہے۔") == [("120", "حکومت", None)]
    # ``ہمیشہ مظاہرین`` was the target
    assert _events("پولیس ہمیشہ مظاہرین کو گرفتار کرتی ہے۔") == [("173", "پولیس", "مظاہرین")]
    # the adverb may still stand between a predicate noun and its genitive
    assert _events("امریکہ پاکستان کی ہمیشہ حمایت کرتا رہا ہے۔") == [("051", "امریکہ", "پاکستان")]


def test_the_present_prospective_is_a_predicate_with_a_plain_subject():
    assert _events("وزیر خارجہ کل چین کا دورہ کرنے والے ہیں۔") == [("042", "وزیر خارجہ", "چین")]
    # the past prospective was about to happen, and often did not
    assert _events("وزیر خارجہ کل چین کا دورہ کرنے والے تھے۔") == []
    # a participle that qualifies a noun names no act of its own
    assert _events("چین کا دورہ کرنے والے وفد نے وزیر اعظم سے ملاقات کی۔") == [("040", "وفد", "وزیر اعظم")]


def test_a_title_run_before_a_name_is_no_object_and_a_place_after_the_name_is():
    # ``برطانوی فوجی | افسر جنرل ...``: the collective ``فوجی`` was cut off as the subject
    assert _events("برطانوی فوجی افسر جنرل جان سمتھ اسلام آباد کا دورہ کریں گے۔", tagged=True) == [
        ("042", "جان سمتھ", "اسلام آباد")]
    # but a name that owns what follows is inside the object, and the subject ends before its title
    assert _events("پارٹی کا وفد ڈاکٹر احمد علی کی سربراہی میں وزیر اعظم سے ملاقات کرے گا۔", tagged=True)[0][1] \
        == "پارٹی کا وفد"


def test_a_present_or_future_predicate_takes_no_ergative_subject():
    # ``کمیشن نے`` belongs to ``کرنا ہے``; nobody named accepts the decision
    assert _events("فیصلہ تو کمیشن نے کرنا ہے اور ہم اسے تسلیم کریں گے۔") == []
    # ``کر رکھا`` is perfective and keeps its ``نے``
    assert _events("بھارت نے کشمیر پر قبضہ کر رکھا ہے۔") == [("192", "بھارت", "کشمیر")]


def test_a_yes_no_question_asserts_no_act_but_a_wh_question_does():
    assert _events("کیا امریکہ ایران پر حملہ کرے گا؟") == []
    assert _events("صحافی نے پوچھا کہ کیا امریکہ ایران پر حملہ کرے گا؟") == []
    assert _events("امریکہ نے ایران پر حملہ کیا۔ کیا یہ درست ہے؟") == [("190", "امریکہ", "ایران")]
    assert _events("روس اور چین نے خفیہ ملاقات کیوں کی؟") == [("040", "روس", "چین"), ("040", "چین", "روس")]


def test_an_office_after_a_genitive_heads_an_unmarked_subject():
    # ``ادارے X | کی نائب صدر ...`` was cut as if an object began at the genitive, leaving no subject
    assert _events("تیل کا تجزیہ کرنے والے ادارے گرین آئل کی نائب صدر سارہ ملر اس بات سے اتفاق کرتی ہیں کہ قیمت"
                   " گرے گی۔") == [("019", "ادارے گرین آئل کی نائب صدر سارہ ملر", None)]
    # an office owned by the object still leaves the object where it was
    assert _events("پاکستان امریکہ کے صدر کی مذمت کرتا ہے۔") == [("111", "پاکستان", "امریکہ")]


def test_the_object_right_before_praise_or_criticism_is_its_target_named_or_not():
    assert _events("ناقدین نے فلم کے گانوں کو بھی سراہا۔") == [("051", "ناقدین", "فلم کے گانوں")]
    assert _events("صدر نے درآمدی گاڑیوں کو تنقید کا نشانہ بنایا۔") == [("111", "صدر", "درآمدی گاڑیوں")]
    # a rejected thing is a claim, no party; an object farther off may be another verb's
    assert _events("وزیر نے الزامات کو مسترد کر دیا۔") == [("120", "وزیر", None)]
    assert _events("صدر نے گاڑیوں کو درآمد کرنے کے فیصلے کی تعریف کی۔") == [("051", "صدر", None)]


def test_a_list_of_offices_gives_one_party_per_office_as_source_or_target():
    # ``وزیر خارجہ`` ends in its department, not a collective noun: the list was one unnamed phrase, and a
    # meeting with it had no partner
    assert _events("صدر اور وزیر خارجہ نے چین کا دورہ کیا۔") == [("042", "صدر", "چین"), ("042", "وزیر خارجہ", "چین")]
    assert _events("وزیر اعظم نے صدر اور وزیر خارجہ سے ملاقات کی۔") == [
        ("040", "وزیر اعظم", "صدر"), ("040", "وزیر اعظم", "وزیر خارجہ")]
