import pytest

import khabar
from khabar.document import Document, Entity, Meta
from khabar.events.extract import extract_events
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _doc(text, published="2024-03-05", entities=()):
    doc = analyze(text, published=published, stages=_STAGES)
    doc.entities = list(entities)
    return doc


def _events(text, **kw):
    """Every event the rules find (no confidence threshold: these tests are about the rules)."""
    doc = _doc(text, **kw)
    return [(e.code, e.trigger.text, _who(e.actor1), _who(e.actor2), e.negated)
            for e in extract_events(doc, min_confidence=0.0)]


def _who(actor):
    return None if actor is None else (actor.name_en or actor.text, actor.entity_id)


PK, IN, CN, RU, US, IR, AF, UA = (("Pakistan", "Q843"), ("India", "Q668"), ("China", "Q148"),
                                  ("Russia", "Q159"), ("United States", "Q30"), ("Iran", "Q794"),
                                  ("Afghanistan", "Q889"), ("Ukraine", "Q212"))


@pytest.mark.parametrize("text,expected", [
    # نے agent, سے partner
    ("پاکستان کے وزیر خارجہ نے چینی ہم منصب سے بیجنگ میں ملاقات کی۔",
     [("040", "ملاقات کی", PK, CN, False)]),
    # coordination: one event per source; کے ساتھ co-actor
    ("روس اور چین نے ایران کے ساتھ مذاکرات کیے۔",
     [("046", "مذاکرات کیے", RU, IR, False), ("046", "مذاکرات کیے", CN, IR, False)]),
    # a reciprocal act of coordinated actors without a target goes both ways
    ("افغانستان اور امریکہ نے سکیورٹی معاہدے پر دستخط کیے۔",
     [("057", "دستخط کیے", AF, US, False), ("057", "دستخط کیے", US, AF, False)]),
    # nationality adjectives stand for their country; پر marks the target
    ("روسی فوجیوں نے یوکرین کے مشرقی شہر پر حملہ کیا۔", [("190", "حملہ کیا", RU, UA, False)]),
    # negation
    ("بھارت نے اجلاس میں قرارداد کی حمایت نہیں کی۔", [("051", "حمایت نہیں کی", IN, None, True)]),
    # genitive object of the predicate's noun
    ("امریکہ نے ایران کی شدید مذمت کی ہے۔", [("111", "مذمت کی", US, IR, False)]),
    ("چین نے پاکستان کا دورہ کیا۔", [("042", "دورہ کیا", CN, PK, False)]),
    # future tense: unmarked subject
    ("چین اور روس اگلے ماہ مشترکہ فوجی مشقیں کریں گے۔",
     [("062", "مشترکہ فوجی مشقیں کریں", CN, RU, False), ("062", "مشترکہ فوجی مشقیں کریں", RU, CN, False)]),
    # unilateral exercises are a show of force (PLOVER), joint ones cooperation
    ("ایران نے خلیج میں بحری مشقیں کیں۔", [("150", "مشقیں کیں", IR, None, False)]),
    ("بھارت نے امریکہ کے ساتھ مشقیں کیں۔", [("062", "مشقیں کیں", IN, US, False)]),
    # passive with an agent phrase
    ("امریکہ کی جانب سے روس پر نئی پابندیاں عائد کی گئی ہیں۔",
     [("163", "پابندیاں عائد کی گئی", US, RU, False)]),
    # a passive without an agent has no source: no event
    ("ملزمان کو گرفتار کر لیا گیا۔", []),
    # a relative clause: the target stands before it
    ("ان فوجیوں پر جن طالبان جنگجوؤں نے حملہ کیا وہ فرار ہو گئے۔",
     [("190", "حملہ کیا", ("Taliban", "Q42418"), ("ان فوجیوں", None), False)]),
    # the subject of the inner clause after کہ, not the speaker
    ("ترجمان نے کہا کہ پاکستان نے بھارت سے احتجاج کیا ہے۔", [("114", "احتجاج کیا", PK, None, False)]),
    # a state's protest is official (114), a crowd's is a demonstration (141)
    ("طلبہ نے فیسوں کے خلاف احتجاج کیا۔", [("141", "احتجاج کیا", ("طلبہ", None), None, False)]),
    # a violent converb chains into the main verb: one act
    ("شدت پسندوں نے گاؤں پر حملہ کر کے دس افراد کو ہلاک کر دیا۔",
     [("180", "ہلاک کر دیا", ("شدت پسندوں", None), ("دس افراد", None), False)]),
    # announcing an act carries the act's code
    ("پاکستان نے افغانستان کے لیے امداد کا اعلان کیا۔", [("070", "امداد کا اعلان کیا", PK, AF, False)]),
    # a meeting as a noun, with its partner and the main clause's subject
    ("امریکی صدر سے ملاقات کے بعد بھارتی وزیر اعظم نے کہا کہ تعلقات اچھے ہیں۔",
     [("040", "ملاقات", IN, US, False)]),
    # کر چکے takes no ergative; a name run on to the postposition's object is split off
    ("امریکی صدر ڈونلڈ ٹرمپ چین کو تنبیہ کر چکے ہیں۔",
     [("130", "تنبیہ کر چکے", ("Donald Trump", "Q22686"), CN, False)]),
    # a dateline is no subject
    ("اسلام آباد (ویب ڈیسک) روسی کمپنی پاکستان میں سرمایہ کاری کرے گی۔",
     [("061", "سرمایہ کاری کرے", RU, None, False)]),
    # children of a nation protest in the street, the nation protests officially
    ("فلسطینی بچوں نے احتجاج کیا۔", [("141", "احتجاج کیا", ("State of Palestine", "Q219060"), None, False)]),
    ("پاکستان نے بھارت کے خلاف احتجاج کیا۔", [("114", "احتجاج کیا", PK, IN, False)]),
    # a bare name before a genitive object is the subject
    ("پاکستان فلسطین کی آزادی کی مکمل حمایت کرتا ہے۔",
     [("051", "حمایت کرتا", PK, ("State of Palestine", "Q219060"), False)]),
    ("جرمنی کی چانسلر اینگلا میرکل کل فرانس کے صدر سے ملاقات کریں گی۔",
     [("040", "ملاقات کریں", ("Angela Merkel", "Q567"), ("France", "Q142"), False)]),
    # a long list of signatories gives one event each, not every pair
    ("معاہدے پر امریکا، برطانیہ، فرانس، جرمنی اور روس کی طرف سے دستخط کیے گئے ہیں۔",
     [("057", "دستخط کیے گئے", c, None, False) for c in (
         US, ("United Kingdom", "Q145"), ("France", "Q142"), ("Germany", "Q183"), RU)]),
    # talking to the press frames a quotation; talking about something is no consultation
    ("وزیر خارجہ نے صحافیوں سے بات کرتے ہوئے کہا کہ مذاکرات جاری رہیں گے۔", []),
    ("ترجمان نے میڈیا سے بات کی۔", []),
    ("اپوزیشن نے دھاندلی کی بات کی۔", []),
    # legal or administrative action is coercion, a military operation is force
    ("پولیس نے قبضہ مافیا کے خلاف کارروائی کی۔", [("170", "کارروائی کی", ("پولیس", None), ("قبضہ مافیا", None), False)]),
    ("فوج نے شدت پسندوں کے خلاف فوجی کارروائی کی۔",
     [("190", "فوجی کارروائی کی", ("فوج", None), ("شدت پسندوں", None), False)]),
    # a target fronted before the subject; the oblique plural of a nationality adjective
    ("کیمپ پر شدت پسندوں نے حملہ کیا۔", [("190", "حملہ کیا", ("شدت پسندوں", None), ("کیمپ", None), False)]),
    ("ادارے نے پاکستانیوں پر سفری پابندیاں عائد کیں۔",
     [("163", "پابندیاں عائد کیں", ("ادارے", None), PK, False)]),
    # a perfective with no ergative anywhere reads as a subjunctive (``کر دیں``); with ``گے`` a future (a bare
    # subjunctive is a wish, no event, since the thirteenth pass)
    ("سکاٹ لینڈ کے ووٹرز ریفرنڈم میں آزادی کو مسترد کر دیں گے۔",
     [("120", "مسترد کر دیں", ("Scotland", "Q22"), None, False)]),
    # an attack noun is an event with an agent phrase, not when it modifies another predicate's noun
    ("باغیوں کی جانب سے حکومت کے خلاف مظاہروں کا آغاز ہوا۔",
     [("141", "مظاہروں", ("باغیوں", None), ("حکومت", None), False)]),
    ("داعش کی جانب سے حملے کی ذمہ داری قبول کی گئی۔",
     [("015", "ذمہ داری قبول کی گئی", ("Islamic State", "Q2429253"), None, False)]),
    ("طالبان کے حملے میں دس افراد ہلاک ہو گئے۔", []),
    # an indefinite object stands bare before the verb
    ("شدت پسندوں نے دو مغربی صحافی قتل کر دیے۔",
     [("180", "قتل کر دیے", ("شدت پسندوں", None), ("دو مغربی صحافی", None), False)]),
    # a noun of purpose or approval names no event that happened
    ("نائجیریا اور پاکستان کے درمیان مذاکرات شروع کرنے کی منظوری دی گئی۔", []),
    ("چین اور بھارت کے درمیان مذاکرات کیلئے وفد روانہ ہوا۔", []),
    # a finite verb closes the clause before an unmarked subject; a number is no place name
    ("امن معاہدہ اقوام متحدہ کے منشور کا حصہ ہے اور پاکستان اس کی حمایت کرتا ہے۔",
     [("051", "حمایت کرتا", PK, None, False)]),
    ("ڈار نے کہا کہ دو سو ارب ڈالر کیلئے سوئس حکومت سے مذاکرات کریں گے۔", []),
    ("بھارتی افواج نے سیز فائر کی خلاف ورزی کی۔", [("196", "سیز فائر کی خلاف ورزی کی", IN, None, False)]),
    # a subject carries over ``ہے اور``; the owner of a rejected demand is the target; no hypotheticals
    ("پاکستان ڈرون حملوں کو خلاف ورزی قرار دیتا ہے اور ان پر احتجاج کرتا رہا ہے۔",
     [("114", "احتجاج کرتا رہا", PK, None, False)]),
    ("پاکستانیوں نے عمران خان کے اس مطالبے کو مسترد کیا۔",
     [("120", "مسترد کیا", PK, ("Imran Khan", "Q155164"), False)]),
    ("اگر بھارت نے مذاکرات مسترد کر دیے تو خطے میں کشیدگی بڑھے گی۔", []),
    # the object of an embedded infinitive is not the target; مابین like درمیان
    ("عدالت نے ایک نوجوان کو ایک خاتون کو لوٹنے کے الزام میں ہلاک کر دیا۔",
     [("180", "ہلاک کر دیا", ("عدالت", None), ("ایک نوجوان", None), False)]),
    ("ایران اور چھ عالمی طاقتوں کے مابین مذاکرات جاری ہیں۔",
     [("046", "مذاکرات", IR, ("چھ عالمی طاقتوں", None), False),
      ("046", "مذاکرات", ("چھ عالمی طاقتوں", None), IR, False)]),
    # a name and its collective noun are one phrase
    ("اقوام متحدہ فلسطین حکومت سے تعاون کرے گا۔",
     [("060", "تعاون کرے", ("United Nations", "Q1065"), ("State of Palestine", "Q219060"), False)]),
    # a display, not a demonstration
    ("ٹیم نے اپنی تہذیب کا شاندار مظاہرہ کیا۔", []),
    ("یہ ایک عام سا دن تھا۔", []),
])
def test_events(text, expected):
    assert _events(text) == expected


def test_whole_event_structure():
    text = "چین نے 12 مارچ کو جاپان پر نئی پابندیاں عائد کیں۔"
    doc = _doc(text, entities=[Entity(7, 14, "12 مارچ", "DATE", 0, value="2024-03-12", precision="day")])
    [ev] = extract_events(doc)
    t, j = text.index("پابندیاں"), text.index("جاپان")
    assert ev.to_dict() == {
        "sentence": 0, "trigger": {"start": t, "end": t + 17, "text": "پابندیاں عائد کیں"},
        "code": "163", "root": "16", "label": "Impose embargo, boycott, or sanctions", "quad_class": 4,
        "goldstein": -8.0,
        "actor1": {"text": "چین", "entity_id": "Q148", "name_en": "China", "start": 0, "end": 3, "type": "GPE"},
        "actor2": {"text": "جاپان", "entity_id": "Q17", "name_en": "Japan", "start": j, "end": j + 5,
                   "type": "GPE"},
        "date": "2024-03-12", "location": None, "negated": False,
        "plover_type": "SANCTION", "plover_mode": "sanctions",
    }


def test_date_falls_back_to_published_and_location_is_a_non_actor_place():
    [ev] = extract_events(_doc("ترکی نے شام میں بمباری کی۔", published="2019-10-09"))
    assert (ev.code, ev.date, ev.actor1.name_en, ev.actor2, ev.location.name_en) == (
        "195", "2019-10-09", "Turkey", None, "Syria")


def test_tagged_entities_win_over_the_fallback():
    text = "وزیر اعظم عمران خان نے سعودی ولی عہد سے ملاقات کی۔"
    person = Entity(10, 19, "عمران خان", "PERSON", 0, entity_id="Q5", name_en="Imran Khan (tagged)")
    [ev] = extract_events(_doc(text, entities=[person]))
    assert (ev.actor1.name_en, ev.actor1.entity_id, ev.actor2.name_en) == (
        "Imran Khan (tagged)", "Q5", "Saudi Arabia")


def test_coordinated_names_from_the_tagger_give_one_event_each():
    text = "احمد علی، بلال خان اور ساجد نے گورنر سے ملاقات کی۔"
    names = [Entity(text.index(n), text.index(n) + len(n), n, "PERSON", 0) for n in ("احمد علی", "بلال خان", "ساجد")]
    assert _events(text, entities=names) == [
        ("040", "ملاقات کی", (n, None), ("گورنر", None), False) for n in ("احمد علی", "بلال خان", "ساجد")]


def test_subject_pronoun_takes_the_source_of_the_report():
    text = "صدر اوباما کے بموجب وہ کل گورنر سے ملاقات کر چکے ہیں۔"
    assert _events(text) == [("040", "ملاقات کر چکے", ("Barack Obama", "Q76"), ("گورنر", None), False)]


def test_pronoun_source_takes_the_previous_subject():
    text = "ایران نے اجلاس بلایا اور انہوں نے امریکہ پر تنقید کی۔"
    assert _events(text) == [("111", "تنقید کی", IR, US, False)]


def test_pipeline_runs_event_extraction():
    doc = khabar.analyze("روس نے یوکرین پر حملہ کیا۔", published="2022-02-24")
    assert [(e.code, e.actor1.name_en, e.actor2.name_en, e.date) for e in doc.events] == [
        ("190", "Russia", "Ukraine", "2022-02-24")]


def test_empty_document():
    assert extract_events(Document(text="", meta=Meta())) == []


@pytest.mark.parametrize("text,expected", [
    # names from the shared KB; the جن inside شی جن پنگ is no relative pronoun
    ("نواز شریف نے چینی صدر شی جن پنگ سے ملاقات کی۔",
     [("040", "ملاقات کی", ("Nawaz Sharif", "Q134068"), ("Xi Jinping", "Q15031"), False)]),
    ("طالبان نے کابل پر قبضہ کر لیا۔", [("192", "قبضہ کر لیا", ("Taliban", "Q42418"), ("Kabul", "Q5838"), False)]),
])
def test_actors_linked_through_the_knowledge_base(text, expected):
    assert _events(text) == expected


def test_both_leaders_are_the_two_parties_just_mentioned():
    text = "چین کے صدر نے روس کے صدر سے ملاقات کی۔ دونوں رہنماؤں نے تجارت پر تبادلہ خیال کیا۔"
    assert _events(text) == [("040", "ملاقات کی", CN, RU, False),
                             ("040", "تبادلہ خیال کیا", CN, RU, False),
                             ("040", "تبادلہ خیال کیا", RU, CN, False)]


def test_coordinated_states_boycott_as_states():
    text = "امریکہ اور کینیڈا نے اولمپکس کا سفارتی بائیکاٹ کرنے کا اعلان کیا۔"
    assert [(e.code, e.actor1.name_en) for e in extract_events(_doc(text))] == [
        ("163", "United States"), ("163", "Canada")]


def test_target_phrase_at_the_start_of_a_headline_stays_inside_the_text():
    # the target search has no lower bound here; it must stop at the first word, not wrap to the last
    text = "کسانوں کی حکومت سے رحم دلی کی اپیل"
    spans = [(a.start, a.end, a.text) for e in extract_events(_doc(text), min_confidence=0.0)
             for a in (e.actor1, e.actor2) if a is not None]
    assert spans and all(0 <= s < e <= len(text) and text[s:e] == t for s, e, t in spans)
    # ``کسانوں`` (a collective) is the headline's source now, ``حکومت`` the one appealed to
    assert (0, 6, "کسانوں") in spans and (10, 15, "حکومت") in spans
