"""One name, one type per article (tagger.harmonize_types), and no place hidden in a person's name."""

import pytest

from khabar.entities.tagger import Mention, harmonize_types
from khabar.pipeline import analyze


def _types(found):
    return [[(m.start, m.end, m.type) for m in ms] for ms in found]


def test_the_same_name_takes_the_type_most_of_its_mentions_carry():
    sents = [["ایلس", "ویلز", "نے", "ملاقات", "کی"], ["وفد", "نے", "ایلس", "ویلز", "کو", "بتایا"],
             ["ایلس", "ویلز", "کی", "سربراہی", "میں"]]
    found = [[Mention(0, 2, "PERSON", 0.8)], [Mention(2, 4, "PERSON", 0.6)], [Mention(0, 2, "GPE", 0.5)]]
    assert _types(harmonize_types(sents, found)) == [[(0, 2, "PERSON")], [(2, 4, "PERSON")], [(0, 2, "PERSON")]]


def test_an_unclear_vote_changes_nothing():
    # one PERSON against one GPE, or a lone winner: no majority to follow
    sents = [["جارجیا", "نے", "کہا"], ["جارجیا", "میں", "بارش"]]
    found = [[Mention(0, 1, "PERSON", 0.7)], [Mention(0, 1, "GPE", 0.6)]]
    assert _types(harmonize_types(sents, found)) == _types(found)
    # NORP is no name type to vote on
    sents = [["روسی", "فوج"], ["روسی", "زبان"], ["روسی", "حکام"]]
    found = [[Mention(0, 1, "NORP", 0.9)], [Mention(0, 1, "NORP", 0.9)], [Mention(0, 1, "PERSON", 0.3)]]
    assert _types(harmonize_types(sents, found))[2] == [(0, 1, "PERSON")]


def test_a_weak_name_ending_in_a_known_persons_surname_is_a_person():
    sents = [["ایلس", "ویلز", "نے", "کہا"], ["ایلس", "ویلز", "آئیں"], ["ویلس", "ویلز", "نے", "ملاقات", "کی"],
             ["نیو", "ساؤتھ", "ویلز", "میں"]]
    found = [[Mention(0, 2, "PERSON", 0.9)], [Mention(0, 2, "PERSON", 0.8)], [Mention(0, 2, "GPE", 0.4)],
             [Mention(0, 3, "GPE", 0.9)]]
    # the misspelt, weakly tagged name follows the person; a confident place keeps its type
    assert _types(harmonize_types(sents, found))[2:] == [[(0, 2, "PERSON")], [(0, 3, "GPE")]]


def test_a_place_word_inside_a_persons_name_is_not_the_event_actor():
    doc = analyze("وزیر خزانہ اسد عمر نے امریکی نائب وزیر ایلس ویلز سے ملاقات کی۔")
    assert [(e.text, e.type) for e in doc.entities if e.type == "PERSON"] == [("اسد عمر", "PERSON"),
                                                                            ("ایلس ویلز", "PERSON")]
    (event,) = doc.events
    assert event.actor1.name_en == "Asad Umar"
    # before: the KB's ویلز (Wales, Q25) inside the name won as the linked candidate
    assert event.actor2.text == "ایلس ویلز" and event.actor2.entity_id != "Q25"


def test_one_sure_tag_outweighs_several_unsure_ones():
    sents = [["لاہور", "چیمبر", "نے", "کہا"], ["لاہور", "چیمبر", "کے", "صدر"], ["صدر", "لاہور", "چیمبر"],
             ["لاہور", "چیمبر", "میں"]]
    found = [[Mention(0, 2, "ORG", 0.99)], [Mention(0, 2, "GPE", 0.5)], [Mention(1, 3, "GPE", 0.58)],
             [Mention(0, 2, "GPE", 0.56)]]
    # squared weights: 0.98 for ORG against 0.90 for three weak GPE tags: no clear winner, no change
    assert _types(harmonize_types(sents, found)) == _types(found)


def test_a_place_span_that_ends_in_an_organisation_head_is_an_organisation():
    from khabar.entities.tag_lexicon import load_cues
    from khabar.entities.tag_rules import add_place_organisations

    words = ["لاہور", "چیمبر", "کے", "صدر", "نے", "کراچی", "پولیس", "سے", "بات", "کی"]
    mentions = [Mention(0, 2, "GPE", 0.5), Mention(5, 7, "GPE", 0.5)]
    got = add_place_organisations(words, mentions, load_cues())
    # چیمبر closes an organisation's name; پولیس after a city is a common noun (the city's police)
    assert [(m.start, m.end, m.type) for m in got] == [(0, 2, "ORG"), (5, 7, "GPE")]


def test_an_economic_sector_is_no_place_but_a_sector_of_a_known_place_is():
    def places(text):
        return [(e.text, e.type) for e in analyze(text).entities if e.type in ("GPE", "LOC")]

    assert places("انہوں نے کہا کہ لائیوسٹاک سیکٹر ملکی معیشت میں اہم کردار ادا کر سکتا ہے۔") == []
    assert ("اوڑی سیکٹر", "LOC") in places("بھارتی فوج نے اوڑی سیکٹر میں فائرنگ کی۔")


def test_my_is_nobody_but_a_titled_meera_is_somebody():
    from khabar.entities.tag_lexicon import load_cues
    from khabar.entities.tag_rules import drop_possessive_persons

    words = ["میری", "شوگر", "اور", "اداکارہ", "میرا", "اور", "میری", "کیوری"]
    mentions = [Mention(0, 2, "PERSON", 0.7), Mention(4, 5, "PERSON", 0.9), Mention(6, 8, "PERSON", 0.8)]
    got = drop_possessive_persons(words, mentions, load_cues(), frozenset({"کیوری"}))
    assert [(m.start, m.end) for m in got] == [(4, 5), (6, 8)]
    assert [(e.text, e.type) for e in analyze("اداکارہ میرا نے نئی فلم سائن کر لی۔").entities] == [("میرا", "PERSON")]


@pytest.mark.parametrize(("text", "person"), [
    ("ارجنٹائن کے فٹبالر لائنل میسی 24 جون 1987 کو پیدا ہوئے۔", "لائنل میسی"),  # no number in a name
    ("مایہ ناز آل راؤنڈر شاہد خان آفریدی نے ریٹائرمنٹ کا اعلان کیا۔", "شاہد خان آفریدی"),
    ("قومی ٹیم کے وکٹ کیپر سرفراز احمد نے پریس کانفرنس کی۔", "سرفراز احمد"),
])
def test_roles_and_dates_stay_outside_a_persons_name(text, person):
    assert [e.text for e in analyze(text).entities if e.type == "PERSON"] == [person]


def test_an_office_inside_a_person_span_leaves_the_name_after_it():
    from khabar.entities.tag_lexicon import load_cues
    from khabar.entities.tag_rules import trim_titles

    cues = load_cues()
    words = ["حکمران", "جماعت", "چیئرمین", "عمران", "خان", "نے"]
    assert trim_titles(words, [Mention(0, 5, "PERSON", 0.7)], cues) == [Mention(3, 5, "PERSON", 0.7)]
    # a relation word inside a name is no office: Vallabhbhai Patel keeps his whole name
    words = ["سردار", "ولبھ", "بھائی", "پٹیل"]
    assert trim_titles(words, [Mention(0, 4, "PERSON", 0.7)], cues) == [Mention(0, 4, "PERSON", 0.7)]


def test_a_one_word_role_inside_a_person_span_leaves_the_name_after_it():
    assert [(e.text, e.type) for e in analyze("ہیری پوٹر اسٹار ایما واٹسن نے بھی تقریب میں شرکت کی۔").entities] \
        == [("ایما واٹسن", "PERSON")]


def test_a_number_written_in_words_is_no_place():
    # دوسو is two hundred (and Dosso, a region of Niger, in the knowledge base)
    ents = [(e.text, e.type, e.value) for e in analyze("دنیا ان دوسو سے زائد لڑکیوں کا انتظار کر رہی ہے۔").entities]
    assert ents == [("دوسو", "CARDINAL", 200)]


def test_a_member_of_a_body_is_not_the_body():
    from khabar.entities.tag_lexicon import load_cues
    from khabar.entities.tag_rules import trim_titles

    words = ["ایرانی", "رکن", "پارلیمنٹ", "نے", "کہا"]
    assert trim_titles(words, [Mention(0, 3, "ORG", 0.7)], load_cues()) == []
    words = ["ایرانی", "پارلیمنٹ", "نے", "کہا"]
    assert trim_titles(words, [Mention(0, 2, "ORG", 0.7)], load_cues()) == [Mention(0, 2, "ORG", 0.7)]


def test_a_known_persons_surname_alone_is_that_person_unless_it_is_a_known_place():
    sents = [["مسعود", "اوزل", "نے", "کہا"], ["مسعود", "اوزل", "خوش", "ہیں"], ["اوزل", "نے", "شکریہ", "ادا", "کیا"],
             ["جارج", "واشنگٹن", "نے"], ["جارج", "واشنگٹن", "کی"], ["واشنگٹن", "میں", "برف"]]
    found = [[Mention(0, 2, "PERSON", 0.9)], [Mention(0, 2, "PERSON", 0.9)], [Mention(0, 1, "GPE", 0.7)],
             [Mention(0, 2, "PERSON", 0.9)], [Mention(0, 2, "PERSON", 0.9)], [Mention(0, 1, "GPE", 0.9)]]
    got = _types(harmonize_types(sents, found, lambda words: words == ("واشنگٹن",)))
    assert got[2] == [(0, 1, "PERSON")] and got[5] == [(0, 1, "GPE")]


def test_a_known_persons_first_name_alone_is_that_person_unless_it_is_a_known_place():
    sents = [["زریاب", "حیدر", "نے", "کمپنی", "بنائی"], ["زریاب", "حیدر", "کے", "مطابق"], ["زریاب", "نے", "بتایا"],
             ["لاہور", "قلندرز", "کی", "جیت"], ["لاہور", "قلندرز", "نے"], ["لاہور", "میں", "جشن"]]
    found = [[Mention(0, 2, "PERSON", 0.9)], [Mention(0, 2, "PERSON", 0.9)], [Mention(0, 1, "GPE", 0.7)],
             [Mention(0, 2, "PERSON", 0.9)], [Mention(0, 2, "PERSON", 0.9)], [Mention(0, 1, "GPE", 0.9)]]
    got = _types(harmonize_types(sents, found, lambda words: words == ("لاہور",)))
    assert got[2] == [(0, 1, "PERSON")] and got[5] == [(0, 1, "GPE")]


@pytest.mark.parametrize("text", [
    "ماہرین کے مطابق الزائیمر کے مریضوں کی تعداد بڑھ رہی ہے اور الزائیمر کا علاج مشکل ہے۔",
    "ہاتھیوں کی پیٹھ پر کھیلا جانے والا پولو دیکھنے کے لیے لوگ پہنچ گئے۔",
])
def test_diseases_and_sports_are_no_names(text):
    assert [e for e in analyze(text).entities if not e.is_value] == []


def test_an_unknown_one_word_place_spreads_only_from_a_sure_tag():
    from khabar.entities.tagger import spread_mentions

    sents = [["فریزر", "نے", "کہا"], ["فریزر", "آئے"], ["لاہور", "میں"], ["لاہور", "گئے"]]
    found = [[Mention(0, 1, "GPE", 0.78)], [], [Mention(0, 1, "GPE", 0.78)], []]
    got = _types(spread_mentions(sents, found, is_place=lambda words: words == ("لاہور",)))
    assert got == [[(0, 1, "GPE")], [], [(0, 1, "GPE")], [(0, 1, "GPE")]]


def test_the_head_of_state_title_and_gold_medals_stay_out_of_names():
    assert [(e.text, e.type) for e in analyze("صدر مملکت ممنون حسین نے بل پر دستخط کر دیے۔").entities] == [
        ("ممنون حسین", "PERSON")]
    assert [e.type for e in analyze("پاکستانی کھلاڑی نے گولڈ میڈل جیت لیا۔").entities] == ["NORP"]


def test_an_unknown_place_that_acts_is_a_person():
    from khabar.entities.tag_rules import agents_are_people

    words = ["کیمرون", "وائٹ", "نے", "سنچری", "بنائی", "اور", "سرگودھا", "نے", "ٹرافی", "جیتی"]
    mentions = [Mention(0, 2, "GPE", 0.6), Mention(6, 7, "GPE", 0.9)]
    got = agents_are_people(words, mentions, lambda ws: tuple(ws) == ("سرگودھا",))
    assert [(m.start, m.end, m.type) for m in got] == [(0, 2, "PERSON"), (6, 7, "GPE")]
