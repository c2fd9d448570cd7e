"""Public figures of the second people pass (kb_sources/74_people_local_more.tsv and the spellings it adds
to 59_people_local.tsv and aliases_runtime.tsv) link to their English names; shared names, given names
and ordinary words stay unlinked. Our own sentences."""

import pytest

from khabar.entities.kb import load_kb
from khabar.pipeline import analyze


def _links(text):
    return {e.text: (e.type, e.entity_id, e.name_en) for e in analyze(text).entities if not e.is_value}


def test_pakistani_figures_in_one_sentence_link_to_their_english_names():
    links = _links("اسلام آباد میں رانا ثناء اللہ، شیری رحمان اور فیصل جاوید نے قاضی فائز عیسیٰ سے ملاقات کی۔")
    assert links["رانا ثناء اللہ"] == ("PERSON", "khabar:rana-sanaullah", "Rana Sanaullah")
    assert links["شیری رحمان"] == ("PERSON", "khabar:sherry-rehman", "Sherry Rehman")
    assert links["فیصل جاوید"] == ("PERSON", "khabar:faisal-javed-khan", "Faisal Javed Khan")
    assert links["قاضی فائز عیسیٰ"] == ("PERSON", "khabar:qazi-faez-isa", "Qazi Faez Isa")


def test_film_stars_sportspeople_and_writers_link():
    links = _links("لتا منگیشکر کے گیت ہیما مالنی پر فلمائے گئے جبکہ فواد خان نے فیض احمد فیض کی نظم پڑھی۔")
    assert links["لتا منگیشکر"][1:] == ("khabar:lata-mangeshkar", "Lata Mangeshkar")
    assert links["ہیما مالنی"][1:] == ("khabar:hema-malini", "Hema Malini")
    assert links["فواد خان"][1:] == ("khabar:fawad-khan", "Fawad Khan")
    assert links["فیض احمد فیض"][1:] == ("khabar:faiz-ahmad-faiz", "Faiz Ahmad Faiz")
    links = _links("میچ کے بعد پاؤل پوگبا اور کریم بن زیما نے زین الدین زیڈان سے ہاتھ ملایا۔")
    assert links["پاؤل پوگبا"][1] == "khabar:paul-pogba"
    assert links["کریم بن زیما"][1] == "khabar:karim-benzema"
    assert links["زین الدین زیڈان"][1] == "khabar:zinedine-zidane"


@pytest.mark.parametrize(("name", "qid"), [
    ("عامرخان", None), ("عامر خان", None),        # the actor and the boxer share the name
    ("ساجد خان", None),                           # the director and the cricketer
    ("عامر", None), ("علی", None), ("نصر", None), ("میرا", None),  # a given name or ordinary word alone
    ("زیڈان", "khabar:zinedine-zidane"), ("پوگبا", "khabar:paul-pogba"),  # distinctive surnames
    ("مرتضیٰ وہاب", "khabar:murtaza-wahab"), ("مرتضی وہاب", "khabar:murtaza-wahab"),  # ٰ or none
    ("عبدالرزاق داؤد", "khabar:abdul-razak-dawood"), ("عبدالرزاق داود", "khabar:abdul-razak-dawood"),
    ("میاں ثاقب نثار", "khabar:saqib-nisar"), ("انل کپور", "khabar:anil-kapoor"),  # added to 59_ entries
    ("نوجوت سدھو", "khabar:navjot-singh-sidhu"), ("ملیحہ لودھی", "khabar:maleeha-lodhi"),
    ("ہیمامالنی", "khabar:hema-malini"), ("لتامنگیشکر", "khabar:lata-mangeshkar"),  # run together
])
def test_spellings_and_ambiguity_guards(name, qid):
    got = {e.qid for e in load_kb().lookup(name) if e.type == "PERSON"}
    assert got == ({qid} if qid else set())


def test_a_surname_after_the_full_name_takes_its_link():
    links = _links("ماریا شراپووا نے پہلا سیٹ جیت لیا۔ بعد میں شراپووا نے کہا کہ وہ خوش ہیں۔")
    assert links["ماریا شراپووا"][1] == "khabar:maria-sharapova"
    assert links["شراپووا"][1] == "khabar:maria-sharapova"


def test_the_pass_adds_no_person_word_that_is_an_everyday_word(script):
    """Every word of a KB person's name becomes a name-part feature of the tagger at run time: a
    spelling that brings an everyday word (مغل بادشاہ اکبر, جون ایلیا "June", میرا راجپوت "my") stays
    out of the table."""
    build = script("build_kb")
    rows = [r for r in build.read_sources() if r.where.startswith("74_")]
    assert len({r.qid for r in rows}) >= 400
    words = {w for r in rows for n in r.names for w in n.split()}
    for everyday in ("میرا", "جون", "مغل", "بادشاہ", "آزاد", "جہاں", "جنگ", "ہوپ", "پیرس", "مقام", "معروف"):
        assert everyday not in words, everyday


def test_local_people_stay_out_of_ner_training():
    from khabar.entities.tag_lexicon import kb_entries

    trained = {words for words, _type in kb_entries(wikidata_only=True)}
    assert ("رانا", "ثناء", "اللہ") not in trained and ("رانا", "ثنا", "اللہ") not in trained
    assert ("شیری", "رحمان") not in trained
