"""Rules added in the third pass: a lone well-known name before نے; office, profession and
relation words and offices spelled in letters trimmed off person names; trusted names inside
longer untrusted gazetteer phrases; named quarters (``نیلم کالونی``)."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word, load_cues, load_offices
from khabar.entities.tag_rules import (
    WEAK_CONFIDENCE,
    Mention,
    add_named_agents,
    add_named_quarters,
    trim_titles,
)
from khabar.entities.tagger import SPREAD_MIN_CONFIDENCE, tag_entities
from khabar.pipeline import analyze


def _names(text: str) -> list[tuple[int, int, str, str]]:
    doc = analyze(text, stages=("normalize", "sentences", "tokens"))
    return [(e.start, e.end, e.text, e.type) for e in tag_entities(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("پولیس کے مطابق فیصل نے سرکاری پستول سے فائرنگ کی۔", [(15, 19, "فیصل", "PERSON")]),
    # a plain name alone before کو is a person too (eighth pass; it was left alone before)
    ("عدالت نے فیصل کو طلب کر لیا۔", [(9, 13, "فیصل", "PERSON")]),
    # the office, the profession or the relation is not part of the name
    ("اجلاس میں بیرسٹر سلطان محمود نے شرکت کی۔", [(17, 28, "سلطان محمود", "PERSON")]),
    ("والد خالد محمود نے بتایا کہ بچہ گھر پر تھا۔", [(5, 15, "خالد محمود", "PERSON")]),
])
def test_person_names(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert _names(text) == expected


def test_named_agents_only_lone_names() -> None:
    names = frozenset({"فیصل", "احمد", "علی"})
    words = ["فیصل", "نے", "احمد", "علی", "نے", "علی", "کو", "بتایا"]
    out = add_named_agents(words, [], names)
    # احمد علی is two name words: the CRF's and the name-run rule's span, not this rule's; the lone
    # علی before کو is a plain hand-written name (eighth pass)
    assert out == [Mention(0, 1, "PERSON", WEAK_CONFIDENCE), Mention(5, 6, "PERSON", WEAK_CONFIDENCE)]


def test_named_agents_leave_tagged_words_alone() -> None:
    words = ["فیصل", "نے", "کہا"]
    found = [Mention(0, 1, "GPE", 0.9)]
    assert add_named_agents(words, found, frozenset({"فیصل"})) == found


def test_a_lone_agent_is_not_spread_through_the_article() -> None:
    assert WEAK_CONFIDENCE < SPREAD_MIN_CONFIDENCE
    # the second رحمت is "mercy"
    assert _names("بارش کے بعد رحمت نے کہا کہ یہ اللہ کی رحمت ہے۔") == [(12, 16, "رحمت", "PERSON")]


@pytest.mark.parametrize(("words", "span", "expected"), [
    # an office in letters, after a role word
    ("سابق ایم پی اے فرید خان کے", (0, 6), (4, 6)),
    ("ایس ایچ او مبارک خان نے", (0, 5), (3, 5)),
    # a pair of letters that is no listed office stays: initials (ایس کے)
    ("ایس کے سنگھ نے", (0, 3), (0, 3)),
    # an office alone is not trimmed away to nothing
    ("ڈی آئی جی نے", (0, 3), (0, 3)),
])
def test_spelled_offices_are_trimmed(words: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    ws = [fold_word(w) for w in words.split()]
    out = trim_titles(ws, [Mention(*span, "PERSON", 0.7)], load_cues(), load_offices())
    assert out == [Mention(*expected, "PERSON", 0.7)]


def test_offices_table_is_letters_of_two_or_more() -> None:
    offices = load_offices("letters")
    cues = load_cues()
    assert len(offices) >= 20
    assert all(len(o) >= 2 and all("letter" in cues.get(w, ()) for w in o) for o in offices)
    roles = load_offices("role")
    assert ("آل", "راؤنڈر") in roles and load_offices() == offices | roles


def test_a_trusted_name_is_found_inside_a_longer_untrusted_phrase() -> None:
    """urduhack's lists hold phrases cut out of running text (``پشاور میں``); the gazetteer's
    longest match takes them, and the knowledge base's ``پشاور`` must still be found."""
    from importlib import resources

    from khabar.entities.tag_lexicon import MODELS_PACKAGE, Gazetteer, load_common_words, trusted_entries
    from khabar.entities.tagger import MODEL_FILE, NameTagger

    gaz = Gazetteer([*((w, "k:" + t) for w, t in trusted_entries()), (("پشاور", "میں"), "u:GPE")])
    with resources.as_file(resources.files(MODELS_PACKAGE).joinpath(MODEL_FILE)) as path:
        tagger = NameTagger(str(path), gaz, common=load_common_words())
    words = [fold_word(w) for w in ["کل", "رات", "پشاور", "میں", "تیز", "بارش", "ہوئی"]]
    assert gaz.match(words)[0] == (2, 4, ("u:GPE",))
    assert [(m.start, m.end, m.type) for m in tagger.tag_folded(words)] == [(2, 3, "GPE")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ملزم کو کل رات نیلم کالونی سے گرفتار کیا گیا۔", [(15, 26, "نیلم کالونی", "LOC")]),
    ("بیراج کالونی کے مکینوں نے احتجاج کیا۔", [(0, 12, "بیراج کالونی", "LOC")]),
])
def test_named_quarters(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert _names(text) == expected


def test_quarter_rule_needs_a_name_like_word() -> None:
    cues = load_cues()
    # a cue word (case marker) or an ordinary word before the quarter word names nothing
    words = ["شہر", "کی", "کالونی", "میں", "نئی", "کالونی", "بنی"]
    assert add_named_quarters(words, [], frozenset({"نئی"}), cues) == []
    assert add_named_quarters(["سچل", "کالونی"], [], frozenset(), cues) == [Mention(0, 2, "LOC", WEAK_CONFIDENCE)]


def test_lone_agent_names_leave_out_very_frequent_words() -> None:
    from khabar.entities.tagger import default_tagger

    names = default_tagger().given_names
    # knowledge-base person words that are mostly not names alone (صلی اللہ علیہ وسلم), and the
    # hand-written list's frequent names kept
    assert {"اللہ", "اسلام", "وسلم", "علیہ"}.isdisjoint(names)
    assert {"خان", "علی", "فیصل"} <= names
