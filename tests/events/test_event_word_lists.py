"""The extractor's word lists are rows of ``data/events/word_lists.tsv`` (our own sentences for the behaviours)."""

import re
from collections import Counter
from pathlib import Path

import pytest

from khabar.errors import DataError
from khabar.events import actors, cameo, confidence, discourse, extract, quotes, roles, tokens, triggers
from khabar.events.data import _word_rows, event_word_rows, event_words, read_event_data
from khabar.events.extract import extract_events
from khabar.pipeline import analyze

_USE = re.compile(r'event_word(?:s|_rows)\("([a-z_]+)"\)')


def _used_names() -> set[str]:
    names: set[str] = set()
    for module in (extract, roles, quotes, actors, triggers, discourse, cameo, confidence, tokens):
        names |= set(_USE.findall(Path(module.__file__).read_text(encoding="utf-8")))
    return names


def _rows() -> list[tuple[str, str]]:
    text = read_event_data("word_lists.tsv", "event word lists")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines[0] == "word\tlist"
    return [tuple(line.split("\t")) for line in lines[1:]]


def test_every_list_the_code_reads_is_in_the_table_and_every_list_is_read():
    used = _used_names()
    assert len(used) > 60
    assert used == set(_word_rows())


def test_no_word_stands_twice_in_a_list_and_no_word_is_blank():
    rows = _rows()
    assert all(len(row) == 2 for row in rows)
    assert [row for row, n in Counter(rows).items() if n > 1] == []
    assert all(word and word == word.strip() and "  " not in word for word, _ in rows)


def test_module_attributes_are_the_loaded_lists():
    assert extract._GATHERINGS is event_words("gatherings")
    assert roles.POSTPOSITIONS is event_words("postpositions")
    assert "اجلاس" in extract._GATHERINGS and "میٹنگ" in extract._GATHERINGS
    # raw spellings are kept as written (the tokens keep them too)
    assert "مےں" in roles.POSTPOSITIONS and "دعویٰ" in extract._SAYING
    # ordered lists keep file order; phrases split into words
    assert event_word_rows("travel_stems") == ("روانہ", "پہنچ")
    assert ("جس", "کے", "دوران") in extract._RELATIVE_ADVERBIALS


def test_the_other_modules_read_their_lists_too():
    assert quotes._BEGIN_SAY is event_words("quote_begin_say")
    assert triggers._NEGATION is event_words("trigger_negation")
    assert tokens._GLUED is event_word_rows("token_glued")
    # ordered lists keep file order (the glued markers are cut as two letters each)
    assert tokens._GLUED == ("پر", "کو", "سے", "نے", "کا", "کی", "کے")
    assert actors._ADHERENT_ENDINGS[:2] == ("نواز", "نوازوں")
    # sets built from other sets stay Python: commas and number words are added in the module
    assert quotes._COMMAS | event_words("quote_before_relative") == quotes._BEFORE_RELATIVE
    assert event_words("actor_not_in_names") | actors._NUMBER_WORDS == actors._NOT_IN_NAMES
    # words are read as written: a raw spelling, an auxiliary with its full stop, punctuation in a mixed list
    assert "مےں" in actors._LEADING_MARKERS and "ہے۔" in triggers._AUX and "۔" in triggers._GAP_STOPS
    assert "،" in actors.COORDINATORS


def test_an_unknown_list_is_a_data_error():
    with pytest.raises(DataError):
        event_words("no_such_list")


def _events(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, published="2024-03-05")
    return [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)]


def test_a_meeting_is_a_gathering_and_no_actor(monkeypatch):
    text = "وزرا کی میٹنگ نے بھارت کی مذمت کی۔"
    assert _events(text) == []
    assert _events("وزیر خارجہ نے بھارت کی مذمت کی۔") == [("111", "وزیر خارجہ", "بھارت")]
    monkeypatch.setattr(extract, "_GATHERINGS", frozenset())
    assert _events(text) == [("111", "وزرا کی میٹنگ", "بھارت")]


def test_a_judged_showing_is_a_performance_not_a_protest(monkeypatch):
    text = "اساتذہ نے لاہور میں شاندار مظاہرہ کیا۔"
    assert _events(text) == []
    assert _events("اساتذہ نے لاہور میں مظاہرہ کیا۔") == [("141", "اساتذہ", None)]
    monkeypatch.setattr(extract, "_PERFORMANCE", frozenset())
    assert _events(text) == [("141", "اساتذہ", None)]


def test_a_talk_to_the_press_is_no_consultation(monkeypatch):
    text = "عمران خان نے صحافیوں سے بات چیت کی۔"
    assert _events(text) == []
    monkeypatch.setattr(extract, "_MEDIA", frozenset())
    assert _events(text) == [("040", "عمران خان", "صحافیوں")]


def test_what_a_denial_is_about_did_not_happen(monkeypatch):
    text = "حکومت نے اس خبر کی تردید کی ہے کہ فوج نے شہر پر حملہ کیا۔"
    assert [code for code, _, _ in _events(text)] == ["016"]
    monkeypatch.setattr(extract, "_DENIALS", frozenset())
    assert "190" in [code for code, _, _ in _events(text)]


def test_what_an_actor_can_do_has_not_happened(monkeypatch):
    text = "پاکستان بھارت پر حملہ کر سکتا ہے۔"
    assert _events(text) == []
    assert _events("پاکستان نے بھارت پر حملہ کیا۔") == [("190", "پاکستان", "بھارت")]
    monkeypatch.setattr(extract, "_ABLE", frozenset())
    assert _events(text) == [("190", "پاکستان", "بھارت")]


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text, published="2024-03-05")
    return [(q.text, q.speaker and q.speaker.text) for q in doc.quotes]


def test_began_to_say_frames_a_quotation(monkeypatch):
    text = "جلسے میں عمران خان کہنے لگے کہ حکومت عوام کو دھوکہ دے رہی ہے۔"
    assert _quotes(text) == [("حکومت عوام کو دھوکہ دے رہی ہے", "عمران خان")]
    monkeypatch.setattr(quotes, "_BEGIN_SAY", frozenset())
    assert _quotes(text) == []


def test_a_relative_speaker_is_the_noun_before_the_copula(monkeypatch):
    text = "کئی شہری ایسے بھی تھے جنہوں نے کہا کہ حکومت عوام کو دھوکہ دے رہی ہے۔"
    assert _quotes(text) == [("حکومت عوام کو دھوکہ دے رہی ہے", "کئی شہری")]
    monkeypatch.setattr(quotes, "_RELATIVE_ERGATIVES", frozenset())
    assert _quotes(text) == [("حکومت عوام کو دھوکہ دے رہی ہے", None)]


def test_ke_misspelt_for_ki_after_a_verb_of_saying(monkeypatch):
    text = "وزیر خارجہ نے کہا کے حکومت عوام کو دھوکہ دے رہی ہے۔"
    assert _quotes(text) == [("حکومت عوام کو دھوکہ دے رہی ہے", "وزیر خارجہ")]
    monkeypatch.setattr(quotes, "_VERB_BEFORE_KE", frozenset())
    assert _quotes(text) == []


def test_a_negated_attack_and_a_particle_before_the_light_verb(monkeypatch):
    doc = analyze("پاکستان نے بھارت پر حملہ نہیں کیا۔", published="2024-03-05")
    assert [(e.code, e.negated) for e in extract_events(doc)] == [("190", True)]
    monkeypatch.setattr(triggers, "_NEGATION", frozenset())
    assert [(e.code, e.negated) for e in extract_events(doc)] == [("190", False)]
    text = "پاکستان نے بھارت پر حملہ بھی کیا۔"
    assert _events(text) == [("190", "پاکستان", "بھارت")]
    monkeypatch.setattr(triggers, "_SKIP", frozenset())
    assert _events(text) == []


def test_a_case_marker_run_on_to_an_event_word_is_split_off():
    text = "فوج نے شہر پرقبضہ کر لیا۔"
    assert _events(text) == [("192", "فوج", None)]
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(tokens, "_GLUED", ())
            tokens._split_kind.cache_clear()  # (split kinds are cached by word)
            assert _events(text) == []
    finally:
        tokens._split_kind.cache_clear()
