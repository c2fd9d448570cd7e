"""Public figures and places of the third people pass (kb_sources/77_people_local_third.tsv,
78_places_local_third.tsv and the spellings they add to earlier tables) link to their English names;
shared names, given names and surnames alone stay unlinked. Our own sentences."""

import pytest

from khabar.entities.kb import load_kb
from khabar.pipeline import analyze


def _links(text):
    return {e.text: (e.type, e.entity_id, e.name_en) for e in analyze(text).entities if not e.is_value}


def test_cricketers_of_a_scorecard_link_to_their_english_names():
    links = _links("دوسرے دن ورنن فلینڈر نے تین وکٹیں لیں جبکہ دلروان پریرا اور ٹینو بیسٹ نے دو دو کھلاڑی آؤٹ کیے۔")
    assert links["ورنن فلینڈر"] == ("PERSON", "khabar:vernon-philander", "Vernon Philander")
    assert links["دلروان پریرا"] == ("PERSON", "khabar:dilruwan-perera", "Dilruwan Perera")
    assert links["ٹینو بیسٹ"] == ("PERSON", "khabar:tino-best", "Tino Best")


def test_film_people_and_officials_link():
    links = _links("ممبئی میں ابھیشک بچن اور کونکونا سین شرما نے نئی فلم کا اعلان کیا۔")
    assert links["ابھیشک بچن"][1:] == ("khabar:abhishek-bachchan", "Abhishek Bachchan")
    assert links["کونکونا سین شرما"][1:] == ("khabar:konkona-sen-sharma", "Konkona Sen Sharma")
    links = _links("اسلام آباد میں فواد حسن فواد نے حافظ حسین احمد سے ملاقات کی۔")
    assert links["فواد حسن فواد"][1] == "khabar:fawad-hasan-fawad"
    assert links["حافظ حسین احمد"][1] == "khabar:hafiz-hussain-ahmed"


def test_a_ground_and_a_town_link():
    links = _links("میچ شیخ زید سٹیڈیم میں کھیلا گیا جبکہ امدادی سامان چھاچھرو روانہ کیا گیا۔")
    assert links["شیخ زید سٹیڈیم"][:2] == ("FAC", "khabar:sheikh-zayed-cricket-stadium")
    assert links["چھاچھرو"][:2] == ("GPE", "khabar:chachro")


@pytest.mark.parametrize(("name", "qid"), [
    ("راحت علی", None), ("انور علی", None), ("جنید خان", None),   # names many people share
    ("شاہد حامد", None),                          # the governor and the KESC head
    ("ذکاء اللہ", None), ("جے وردھنے", None),     # a given name, a surname two players shared
    ("فلینڈر", "khabar:vernon-philander"), ("ہیراتھ", "khabar:rangana-herath"),  # distinctive surnames
    ("کانتا جلیل", "khabar:qanita-jalil"), ("قانتہ جلیل", "khabar:qanita-jalil"),  # spellings of one name
    ("لسیتھ مالنگا", "khabar:lasith-malinga"), ("تشارا پریرا", "khabar:thisara-perera"),  # added to 59_/74_
    ("مادھوری دکشت", "khabar:madhuri-dixit"), ("نوابزادہ طلال بگٹی", "khabar:talal-bugti"),
])
def test_spellings_and_ambiguity_guards(name, qid):
    got = {e.qid for e in load_kb().lookup(name) if e.type == "PERSON"}
    assert got == ({qid} if qid else set())


def test_run_time_aliases_of_wikidata_people():
    kb = load_kb()
    assert {e.qid for e in kb.lookup("محمود اچکزئی")} == {"Q10970911"}
    assert {e.qid for e in kb.lookup("رافیال نڈال")} == {"Q10132"}


def test_the_pass_adds_no_person_word_that_is_an_everyday_word(script):
    """A spelling that would make an everyday word a person-name word of the tagger stays out
    (گرانٹ فلاور "grant", جیسن ہولڈر "holder", کارا بلیک "black", گیرتھ بیل "bull"), and so does one
    whose word made a dev-set phrase a person (میتھیو ویڈ in سی ویڈ "seaweed", جیمز فال کنر in اسکائی فال, لٹن داس in لٹن روڈ)."""
    build = script("build_kb")
    rows = [r for r in build.read_sources() if r.where.startswith("77_")]
    assert len({r.qid for r in rows}) >= 150
    words = {w for r in rows for n in r.names for w in n.split()}
    for everyday in ("گرانٹ", "ہولڈر", "بلیک", "بیل", "دو", "صاحب", "تاج", "تسکین", "ہوم", "گلشن", "ویڈ", "فال", "لٹن"):
        assert everyday not in words, everyday


def test_local_people_stay_out_of_ner_training():
    from khabar.entities.tag_lexicon import kb_entries

    trained = {words for words, _type in kb_entries(wikidata_only=True)}
    assert ("ورنن", "فلینڈر") not in trained and ("ٹینو", "بیسٹ") not in trained
