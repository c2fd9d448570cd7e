"""Named events (kb_sources/80_events.tsv, 81_events_local.tsv) are tagged EVENT and linked."""

from khabar.entities.kb import load_kb
from khabar.pipeline import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.entity_id, e.name_en) for e in analyze(text).entities if e.type == "EVENT"]


def test_tournaments_link_to_their_series() -> None:
    events = _events("پاکستان نے ایشیا کپ کے بعد چیمپئنز ٹرافی بھی جیت لی، اب ٹی 20 ورلڈ کپ کی تیاری ہے۔")
    assert events == [("ایشیا کپ", "khabar:asia-cup", "Asia Cup"),
                      ("چیمپئنز ٹرافی", "khabar:champions-trophy", "ICC Champions Trophy"),
                      ("ٹی 20 ورلڈ کپ", "khabar:t20-world-cup", "ICC T20 World Cup")]
    assert _events("ہمارے ایتھلیٹ ایشیائی کھیلوں سے پہلے ایشین گیمز کے کیمپ میں ہیں۔") == [
        ("ایشین گیمز", "khabar:asian-games", "Asian Games")]


def test_holidays_operations_and_wars() -> None:
    assert _events("عیدالاضحی کی چھٹیوں میں آپریشن ضرب عضب کے شہدا کو یاد کیا گیا۔") == [
        ("عیدالاضحی", "khabar:eid-al-adha", "Eid al-Adha"),
        ("آپریشن ضرب عضب", "khabar:operation-zarb-e-azb", "Operation Zarb-e-Azb")]
    # the year inside the name is part of the event, not a DATE of its own
    doc = analyze("1965 کی جنگ کے غازیوں نے یوم دفاع پر پریڈ دیکھی۔")
    assert [(e.text, e.type) for e in doc.entities] == [("1965 کی جنگ", "EVENT"), ("یوم دفاع", "EVENT")]


def test_a_one_word_event_that_is_frequent_in_makhzan_is_still_tagged() -> None:
    # اولمپکس is in the tagger's frequent-word list; as a knowledge-base EVENT it is no everyday word
    assert _events("ارشد ندیم نے اولمپکس میں سونے کا تمغہ جیتا۔") == [("اولمپکس", "Q5389", "Olympic Games")]


def test_ambiguous_bare_names_stay_out() -> None:
    kb = load_kb()
    # the bare world cup may be cricket, hockey or football; the bare independence day any country's
    assert kb.lookup("ورلڈ کپ") == [] and kb.lookup("یوم آزادی") == []
    # نوروز is also a given name
    assert _events("نوروز مینگل نے 77 رنز بنائے۔") == []


def test_places_and_spellings_added_with_the_events() -> None:
    links = [(e.text, e.entity_id) for e in analyze(
        "مراقش اور جنوبی افریقا کے وفود بنی گالہ پہنچے، پھر دریائے جہلم کے کنارے ملیر سے آئے مہمانوں سے ملے۔"
    ).entities]
    assert ("مراقش", "Q1028") in links and ("جنوبی افریقا", "Q258") in links
    assert ("بنی گالہ", "khabar:bani-gala") in links and ("دریائے جہلم", "khabar:jhelum-river") in links
    assert ("ملیر", "khabar:malir") in links


def test_katrina_kaif_spelled_with_qaf_links() -> None:
    # the CRF tagged only کیف (Kyiv) in قطرینہ کیف, a spelling the base lacked
    links = [(e.text, e.type, e.entity_id) for e in analyze("قطرینہ کیف اور سلمان خان کی فلم ریلیز ہو گئی۔").entities]
    assert ("قطرینہ کیف", "PERSON", "khabar:katrina-kaif") in links
