"""A person's first name alone, after the article tagged the full name (tagger.spread_first_names)."""

from khabar.entities.tagger import Mention, spread_first_names
from khabar.pipeline import analyze

_CUES = {"نے": {"case"}, "کا": {"case"}, "کو": {"case"}, "میاں": {"honorific"}}


def _people(text):
    doc = analyze(text)
    return [(e.text, e.name_en or e.name_rom) for e in doc.entities if e.type == "PERSON"]


def test_first_name_before_a_case_marker_is_the_person_named_in_full_earlier():
    text = "میکسیکو کی صدر کلاڈیا شائنباؤم نے نئی اصلاحات کا اعلان کیا۔ اجلاس کے بعد کلاڈیا نے صحافیوں سے بات کی۔"
    people = _people(text)
    assert people[0][0] == "کلاڈیا شائنباؤم"
    assert people[1:] == [("کلاڈیا", people[0][1])]  # linked to the same person


def test_a_first_name_shared_by_two_people_is_not_spread():
    sents = [["احمد", "رضا", "نے", "بات", "کی"], ["احمد", "فراز", "نے", "شعر", "پڑھا"], ["احمد", "نے", "کہا"]]
    found = [[Mention(0, 2, "PERSON", 0.9)], [Mention(0, 2, "PERSON", 0.9)], []]
    assert spread_first_names(sents, found, frozenset(), _CUES)[2] == []


def test_honorifics_and_words_without_a_case_marker_after_them_are_not_spread():
    sents = [["میاں", "نواز", "شریف", "نے", "خطاب", "کیا"], ["میاں", "نے", "کہا"],
             ["مارک", "ٹیلر", "نے", "بات", "کی"], ["مارک", "ٹوین", "کتاب"], ["مارک", "کا", "بیان"]]
    found = [[Mention(0, 3, "PERSON", 0.9)], [], [Mention(0, 2, "PERSON", 0.9)], [], []]
    out = spread_first_names(sents, found, frozenset(), _CUES)
    assert out[1] == [] and out[3] == []
    assert [(m.start, m.end, m.type) for m in out[4]] == [(0, 1, "PERSON")]


def test_an_ordinary_word_is_never_a_first_name():
    sents = [["امن", "خان", "نے", "بات", "کی"], ["امن", "کا", "پیغام"]]
    found = [[Mention(0, 2, "PERSON", 0.9)], []]
    assert spread_first_names(sents, found, frozenset({"امن"}), _CUES)[1] == []
