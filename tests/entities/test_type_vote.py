"""One name, one type per article (tagger.harmonize_types), and no place hidden in a person's name."""

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
