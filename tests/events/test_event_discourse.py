"""Pronoun sources across sentences and relative-clause heads (our own Urdu sentences)."""

import pytest

from khabar.events.discourse import pronoun_words, pronouns
from khabar.events.extract import extract_events
from khabar.events.roles import OBJECT_RELATIVES, PRONOUNS, RELATIVES
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _events(text, **kw):
    doc = analyze(text, published="2024-03-05", **kw)
    return doc, [(e.code, e.actor1.text, e.actor2 and e.actor2.text, e.trigger.text, e.sentence)
                 for e in extract_events(doc)]


def test_pronoun_table_classes():
    table = pronouns()
    # the table is keyed by the normalized word: the pesh of ``اُنہوں`` is dropped
    assert table["انہوں"].kind == "personal" and table["انہوں"].prefer[0] == "PERSON"
    assert table["اس"].prefer[0] == "ORG"
    assert {"جنہوں", "جس"} <= RELATIVES and "جو" not in RELATIVES
    assert {"جنہیں", "جسے"} == OBJECT_RELATIVES - {"جنھیں"}
    assert pronoun_words("object") <= PRONOUNS and "میں" in PRONOUNS
    assert not table["جنہوں"].prefer  # relatives never reach across sentences


def test_anhon_ne_takes_the_previous_sentence_subject():
    text = ("وزیر اعظم شہباز شریف نے منگل کو لاہور میں ایک تقریب سے خطاب کیا۔ "
            "انہوں نے بھارت کی جارحیت کی شدید مذمت کی۔")
    doc, evs = _events(text)
    assert [(c, a2, s) for c, _, a2, _, s in evs] == [("111", "بھارت", 1)]
    actor = doc.events[0].actor1
    # the actor's offsets point at the antecedent in the first sentence, not at the pronoun
    assert text[actor.start:actor.end] == "شہباز شریف"
    assert actor.end <= doc.sentences[0].end


def test_a_place_in_the_previous_sentence_is_no_antecedent():
    # ``لاہور میں`` says where; the only actor-like word before the pronoun is the city, so no event
    _, evs = _events("کل لاہور میں شدید بارش ہوئی۔ انہوں نے بھارت کی مذمت کی۔")
    assert evs == []


def test_singular_pronoun_takes_a_group_subject():
    _, evs = _events("کراچی میں پولیس نے ایک گھر پر چھاپہ مارا۔ اس نے تین ملزموں کو گرفتار کر لیا۔",
                     stages=_STAGES)
    assert [(c, a1, a2) for c, a1, a2, _, _ in evs] == [("173", "پولیس", "تین ملزموں")]


def test_speaker_pronoun_across_sentences():
    # ``ان کا کہنا تھا کہ وہ ...``: the speaker is the person of the sentence before, and so is ``وہ``
    text = "امریکی وزیر خارجہ انٹونی بلنکن آج بیجنگ پہنچے۔ ان کا کہنا تھا کہ وہ چین کی حکومت سے مذاکرات کریں گے۔"
    doc, evs = _events(text)
    assert [(c, a2) for c, _, a2, _, _ in evs] == [("046", "چین")]
    a1 = doc.events[0].actor1
    assert "بلنکن" in text[a1.start:a1.end]


def test_a_blank_line_ends_the_window():
    text = "وزیر اعظم شہباز شریف نے لاہور میں خطاب کیا۔\n\nانہوں نے بھارت کی مذمت کی۔"
    _, evs = _events(text)
    assert evs == []


def test_a_pronoun_alone_has_no_source():
    _, evs = _events("انہوں نے بھارت کی جارحیت کی مذمت کی۔")
    assert evs == []


def test_antecedent_carries_over_a_pronoun_sentence():
    text = ("وزیر اعظم شہباز شریف نے ترکی کا دورہ کیا۔ انہوں نے وہاں تقریب سے خطاب کیا۔ "
            "انہوں نے اسرائیل کی مذمت کی۔")
    doc, evs = _events(text)
    assert ("111", "اسرائیل", 2) in [(c, a2, s) for c, _, a2, _, s in evs]
    last = doc.events[-1].actor1
    assert text[last.start:last.end] == "شہباز شریف"


@pytest.mark.parametrize("text,expected", [
    # the head keeps its own case marker before the comma that opens the relative clause
    ("ان مظاہرین نے، جنہوں نے سڑک بند کر رکھی تھی، حکومت کے خلاف احتجاج کیا۔",
     [("141", "ان مظاہرین", "حکومت", "احتجاج کیا")]),
    # a relative extraposed after the main predicate: the correlative phrase is its head
    ("پولیس نے اس شخص کو گرفتار کر لیا جس نے کل بازار میں دو افراد کو قتل کیا تھا۔",
     [("173", "پولیس", "اس شخص", "گرفتار کر لیا"), ("180", "اس شخص", "دو افراد", "قتل کیا")]),
    ("امریکہ نے اس تنظیم پر پابندیاں عائد کر دیں جس نے سفارت خانے پر حملہ کیا تھا۔",
     [("163", "امریکہ", "اس تنظیم", "پابندیاں عائد کر دیں"), ("190", "اس تنظیم", "سفارت خانے", "حملہ کیا")]),
    # ... and a verb is never the head (``دیں`` above is the light verb, not a noun)
])
def test_relative_clause_heads(text, expected):
    _, evs = _events(text, stages=_STAGES)
    assert [(c, a1, a2, t) for c, a1, a2, t, _ in evs] == expected


def test_pronoun_after_a_finite_clause_takes_its_run_on_subject():
    # ``X لاہور میں تھے اور انہوں نے ...``: the subject runs on into the place phrase; it is still the antecedent
    text = "وزیر اعظم شہباز شریف لاہور میں تھے اور انہوں نے بھارت کی مذمت کی۔"
    doc, evs = _events(text)
    assert [(c, a2) for c, _, a2, _, _ in evs] == [("111", "بھارت")]
    a1 = doc.events[0].actor1
    assert text[a1.start:a1.end] == "شہباز شریف"


def test_honorific_pronoun_prefers_a_person_over_a_nearer_group():
    # the person who spoke two sentences back, not the army of the reported sentence in between
    text = ("فوج کے ترجمان میجر جنرل عاصم باجوہ نے کہا کہ فوج سیاست سے دور ہے۔ "
            "فوج نے ہمیشہ آئین کی حمایت کی ہے۔ انہوں نے بھارت کے الزامات کو مسترد کر دیا۔")
    doc, evs = _events(text)
    rejected = [e for e in doc.events if e.code == "120"]
    assert len(rejected) == 1 and "باجوہ" in rejected[0].actor1.text


def test_an_office_is_a_person_for_the_honorific_pronoun():
    # the nearer office holder wins over a named person further back
    text = ("وزیر اعظم شہباز شریف نے کل تقریب سے خطاب کیا۔ وفاقی وزیر نے بینک کے صدر سے ملاقات کی۔ "
            "انہوں نے منصوبوں پر پیش رفت کو سراہا۔")
    _, evs = _events(text)
    assert [(c, a1) for c, a1, _, _, s in evs if s == 2] == [("051", "وفاقی وزیر")]


@pytest.mark.parametrize("pronoun,expected", [("اس", [("111", "پاکستان")]), ("انہوں", [])])
def test_a_state_takes_the_singular_pronoun(pronoun, expected):
    text = f"پاکستان نے اقوام متحدہ میں قرارداد پیش کی۔ {pronoun} نے اسرائیل کی مذمت کی۔"
    doc, _ = _events(text)
    assert [(e.code, e.actor1.text) for e in doc.events if e.code == "111"] == expected


def test_a_dateline_is_no_antecedent():
    _, evs = _events("نیویارک ۔ اجلاس شروع ہو گیا۔ انہوں نے اسرائیل کی مذمت کی۔")
    assert evs == []
