"""Confidence of extracted events and the rules added in the second pass (our own Urdu sentences)."""

import pytest

from khabar.document import Entity
from khabar.events.confidence import MIN_CONFIDENCE
from khabar.events.extract import extract_events, scored_events
from khabar.events.tokens import unglue
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _doc(text, entities=()):
    doc = analyze(text, published="2024-03-05", stages=_STAGES)
    doc.entities = list(entities)
    return doc


def _scored(text, entities=()):
    return [(e.code, e.actor1.name_en or e.actor1.text, e.actor2 and (e.actor2.name_en or e.actor2.text),
             conf, ev.route) for e, conf, ev in scored_events(_doc(text, entities))]


@pytest.mark.parametrize("text,expected", [
    # a name before نے with a marked target: the most reliable construction
    ("روس نے یوکرین پر حملہ کیا۔", [("190", "Russia", "Ukraine", 0.9, "erg")]),
    # X اور Y کے درمیان names both parties
    ("بھارت اور چین کے درمیان مذاکرات ہوئے۔",
     [("046", "India", "China", 0.95, "between"), ("046", "China", "India", 0.95, "between")]),
    # an agent phrase of a passive
    ("امریکہ کی جانب سے روس پر پابندیاں عائد کی گئیں۔", [("163", "United States", "Russia", 0.85, "agent")]),
    # an unmarked subject is a guess; a target-less event whose clause names nobody else is not lowered
    ("طلبہ کل احتجاج کریں گے۔", [("141", "طلبہ", None, 0.7, "subject")]),
    # a pronoun source: its antecedent is a guess, a poor one when two parties came before
    ("ایران نے اجلاس بلایا اور انہوں نے امریکہ پر تنقید کی۔", [("111", "Iran", "United States", 0.81, "erg")]),
    ("ایران نے اجلاس بلایا، روس نے شرکت کی اور انہوں نے امریکہ پر تنقید کی۔",
     [("111", "Russia", "United States", 0.63, "erg")]),
])
def test_confidence_follows_the_construction(text, expected):
    assert _scored(text) == expected


def test_default_threshold_drops_guessed_sources_only():
    text = "ایران نے اجلاس بلایا، روس نے شرکت کی اور انہوں نے امریکہ پر تنقید کی۔ طلبہ کل احتجاج کریں گے۔"
    doc = _doc(text)
    kept = [(e.code, e.actor1.text) for e in extract_events(doc)]
    every = [(e.code, e.actor1.text) for e in extract_events(doc, min_confidence=0.0)]
    assert MIN_CONFIDENCE == 0.7
    assert every == [("111", "روس"), ("141", "طلبہ")]
    assert kept == [("141", "طلبہ")]


def test_other_named_parties_lower_a_targetless_event():
    # the clause names Pakistan besides the source (China is the location): the target may have been missed
    text = "بھارت نے پاکستان اور چین کے اجلاس میں احتجاج کیا۔"
    tagged = [Entity(text.index(w), text.index(w) + len(w), w, "GPE") for w in ("بھارت", "پاکستان", "چین")]
    lone = _scored("بھارت نے اجلاس میں احتجاج کیا۔")
    crowded = _scored(text, tagged)
    assert lone == [("114", "India", None, 0.9, "erg")]
    assert [(c, a, t) for c, a, t, _, _ in crowded] == [("114", "India", None)]
    assert crowded[0][3] == 0.81


@pytest.mark.parametrize("text,expected", [
    # a case marker run on to the event word (``پرقبضہ``، ``پرحملہ``)
    ("فوج نے باغیوں پرحملہ کیا۔", [("190", "فوج", "باغیوں")]),
    ("پولیس نے مظاہرین پرلاٹھی چارج کیا۔", [("175", "پولیس", "مظاہرین")]),
    # ``N کا اظہار کیا`` states the noun's act
    # (heirs are a people noun since the fourth pass, so they are the condolence's target)
    ("سفیر نے لواحقین سے تعزیت کا اظہار کیا۔", [("018", "سفیر", "لواحقین")]),
    ("صدر نے بیان پر معذرت کرلی۔", [("055", "صدر", None)]),
    # the verb of an earlier predicate never joins the next subject; ``دونوں`` are the two just named
    ("وزیراعظم نے صدر اوباما سے ملاقات کی اور دونوں رہنماؤں نے تجارت پر بات چیت کی۔",
     [("040", "وزیراعظم", "Barack Obama"), ("040", "وزیراعظم", "Barack Obama"),
      ("040", "Barack Obama", "وزیراعظم")]),
    # ``دونوں`` with nobody named before: no source
    ("دونوں ممالک نے معاہدے پر دستخط کیے۔", []),
    # a name inside a relative clause set off before the predicate is not its target
    ("صدر نے وزیر کے بیان، جس میں برازیل کو بونا قرار دیا گیا تھا، پر معذرت کی۔", [("055", "صدر", None)]),
])
def test_second_pass_rules(text, expected):
    got = [(e.code, e.actor1.name_en or e.actor1.text, e.actor2 and (e.actor2.name_en or e.actor2.text))
           for e in extract_events(_doc(text), min_confidence=0.0)]
    assert got == expected


def test_a_tagged_list_of_persons_gives_one_source_each():
    text = "اشرف سوہنا اور عارف لاشاری نے عمران خان سے ملاقات کی۔"
    tagged = [Entity(0, 26, "اشرف سوہنا اور عارف لاشاری", "PERSON"), Entity(30, 39, "عمران خان", "PERSON")]
    got = [(e.actor1.text, e.actor1.start, e.actor1.end, e.actor2.text) for e in extract_events(_doc(text, tagged))]
    assert got == [("اشرف سوہنا", 0, 10, "عمران خان"), ("عارف لاشاری", 15, 26, "عمران خان")]


@pytest.mark.parametrize("text,expected", [
    # a refusal after a request: the pronoun is the one who was asked
    ("امریکہ نے شمالی کوریا سے مذاکرات کی درخواست کی تاہم انہوں نے انکار کر دیا۔",
     [("020", "United States", "North Korea"), ("120", "North Korea", None)]),
    # ``Y کے دورے پر``: the visitor is the phrase before the visited place
    ("پاکستان کے وزیر خارجہ واشنگٹن کے دورے پر تھے۔", [("042", "Pakistan", "Washington, D.C.")]),
    # treebank-style joined words
    ("پولیس نے مظاہرین سے بات_چیت کی۔", [("040", "پولیس", "مظاہرین")]),
    # an organization named after a place is the organization
    ("بینک آف انگلینڈ نے حکومت پر تنقید کی۔", [("111", "بینک آف انگلینڈ", "حکومت")]),
])
def test_second_pass_rules_with_names(text, expected):
    doc = analyze(text, published="2024-03-05")
    got = [(e.code, e.actor1.name_en or e.actor1.text, e.actor2 and (e.actor2.name_en or e.actor2.text))
           for e in extract_events(doc, min_confidence=0.0)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # ``X اور Y میں`` before a reciprocal noun: both parties, each way
    ("لیبیا میں کرنل قذافی اور باغیوں کی افواج میں گھمسان کی لڑائی جاری ہے۔",
     [("190", "Muammar Gaddafi", "باغیوں کی افواج"), ("190", "باغیوں کی افواج", "Muammar Gaddafi")]),
    # ... but two places before ``میں`` say where
    ("عراق اور شام میں لڑائی جاری ہے۔", []),
    # an envoy "for" two countries is the envoy, not the countries
    ("امریکہ کے خصوصی نمائندے برائے افغانستان و پاکستان، پاکستان کے دورے پر ہیں۔",
     [("042", "امریکہ کے خصوصی نمائندے برائے افغانستان و پاکستان", "Pakistan")]),
    # the subject of a ``کہ`` clause is a later pronoun's antecedent
    ("انہوں نے کہا کہ چین ہمارا دوست ہے اور اس نے ہمیشہ مدد دی۔", [("070", "China", None)]),
    # ``کہاکہ`` closes the clause; ``وہ`` before a marked object is the subject
    ("وزیراعظم نے کہاکہ وہ سیلاب زدہ علاقوں کا دورہ کر رہے ہیں۔", [("042", "وزیراعظم", None)]),
    # an intention (``کا ارادہ ظاہر کیا``) and an attempt (``کی کوشش کی``) are coded as the act
    ("امریکہ نے ایران پر حملہ کرنے کی کوشش کی۔", [("190", "United States", "Iran")]),
    # ``دونوں ممالک کی قیادت`` with nobody named before
    ("دونوں ممالک کی قیادت نے تفصیلی بات چیت کی۔", []),
])
def test_second_pass_rules_in_context(text, expected):
    doc = analyze(text, published="2024-03-05")
    got = [(e.code, e.actor1.name_en or e.actor1.text, e.actor2 and (e.actor2.name_en or e.actor2.text))
           for e in extract_events(doc, min_confidence=0.0)]
    assert got == expected


def test_untagged_names_listed_with_a_person_are_persons():
    text = "صمصام بخاری، اشرف سوہنا اور عارف لاشاری نے عمران خان سے ملاقات کی۔"
    tagged = [Entity(0, 11, "صمصام بخاری", "PERSON"), Entity(text.index("عمران"), text.index("عمران") + 9,
                                                               "عمران خان", "PERSON")]
    got = [(e.actor1.text, e.actor1.type, e.actor2.text) for e in extract_events(_doc(text, tagged))]
    assert got == [("صمصام بخاری", "PERSON", "عمران خان"), ("اشرف سوہنا", "PERSON", "عمران خان"),
                   ("عارف لاشاری", "PERSON", "عمران خان")]


@pytest.mark.parametrize("text,expected", [
    # done to oneself: no event between parties
    ("محمد عمر نے خود پر فائرنگ کر دی۔", []),
    # an attack noun inside the chain of an accusation noun is what was alleged, not an event
    ("افغان حکام کی جانب سے پاکستان پر حملوں اور بمباری کے الزامات سامنے آئے۔",
     [("112", "Afghanistan", "Pakistan")]),
])
def test_reflexives_and_alleged_acts(text, expected):
    doc = analyze(text, published="2024-03-05")
    got = [(e.code, e.actor1.name_en or e.actor1.text, e.actor2 and (e.actor2.name_en or e.actor2.text))
           for e in extract_events(doc, min_confidence=0.0)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("فوج نے شہر پرقبضہ کیا", [("فوج", 0, 3), ("نے", 4, 6), ("شہر", 7, 10), ("پر", 11, 13), ("قبضہ", 13, 17),
                               ("کیا", 18, 21)]),
    ("وزیر نے کہاکہ وہ آئیں گے", [("وزیر", 0, 4), ("نے", 5, 7), ("کہا", 8, 11), ("کہ", 11, 13), ("وہ", 14, 16),
                                 ("آئیں", 17, 21), ("گے", 22, 24)]),
    # a real word that only begins like a marker stays whole
    ("پرامن مظاہرہ", [("پرامن", 0, 5), ("مظاہرہ", 6, 12)]),
])
def test_unglue_keeps_offsets_into_the_text(text, expected):
    toks = unglue(list(analyze(text, stages=_STAGES).tokens))
    assert [(t.norm, t.start, t.end) for t in toks] == expected
    assert all(text[t.start:t.end] == t.norm for t in toks)


@pytest.mark.parametrize("text,expected", [
    # a verbless headline: the genitive that opens it is the agent of the event noun
    ("اسرائیلی فوج کی فلسطین کے علاقے غزہ پر گولہ باری", [("194", "Israel", "headline")]),
    ("شام؛ روس کی امریکی فوج پر حملے کی دھمکی", [("130", "Russia", "headline")]),
    # ... but a genitive that owns a place or an object is passed over
    ("فلوریڈا کے ہائی اسکول میں فائرنگ، 17 افراد ہلاک", []),
    # with a full stop it is a sentence, where a plain genitive is no agent
    ("اسرائیلی فوج کی غزہ پر گولہ باری۔", []),
])
def test_headlines(text, expected):
    doc = analyze(text, published="2024-03-05")
    got = [(e.code, e.actor1.name_en or e.actor1.text, ev.route) for e, _, ev in scored_events(doc)]
    assert got == expected
