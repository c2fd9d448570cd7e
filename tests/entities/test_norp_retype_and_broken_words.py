"""A nationality adjective the CRF reads as a name becomes NORP; a word broken by a stray space, or a
verb phrase, is no name."""

from khabar.entities.tag_news import trusted_types
from khabar.entities.tag_rules import Mention
from khabar.pipeline import analyze


def test_a_person_span_that_is_exactly_a_trusted_nationality_is_norp() -> None:
    # the CRF knows لنکن as Lincoln: سری لنکن alone came out PERSON in cricket reports
    words = ["سری", "لنکن", "اسپنر", "رنگانا", "ہیراتھ"]
    out = trusted_types(words, [Mention(0, 2, "PERSON", 0.86), Mention(3, 5, "PERSON", 0.99)],
                        [(0, 2, ("k:NORP",)), (3, 5, ("k:PERSON",))])
    assert [(m.start, m.end, m.type) for m in out] == [(0, 2, "NORP"), (3, 5, "PERSON")]
    # a trusted place still retypes a person span as before, and a NORP span is left alone
    out = trusted_types(["کراچی"], [Mention(0, 1, "PERSON", 0.7)], [(0, 1, ("k:GPE",))])
    assert out[0].type == "GPE"


def test_a_word_broken_by_a_stray_space_is_not_tagged_nor_spread() -> None:
    # مو جود is موجود ("present") with a stray space; a name list holds جود, and the tagged pair used
    # to spread to every موجود of the article
    doc = analyze("ٹیم کے پاس تیسری پوزیشن حاصل کرنے کا سنہری موقع مو جود ہے۔ "
                  "کپتان یونس خان گیارہویں نمبر پر موجود ہیں۔ بولر دسویں نمبر پر موجود ہے۔")
    persons = [e.text for e in doc.entities if e.type == "PERSON"]
    assert persons == ["یونس خان"]


def test_winning_a_medal_is_no_place() -> None:
    # the CRF read تمغہ جیت لیا ("won the medal") as a GPE in sports reports
    doc = analyze("بھارت نے جاپان کو شکست دے کر کانسی کا تمغہ جیت لیا۔")
    assert [(e.text, e.type) for e in doc.entities] == [("بھارت", "GPE"), ("جاپان", "GPE")]
    # a name with one of those words stays a name
    assert ("جیت سنگھ", "PERSON") in [(e.text, e.type) for e in analyze("جیت سنگھ نے میچ جیت لیا۔").entities]
