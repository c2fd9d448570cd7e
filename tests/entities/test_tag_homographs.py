"""One-word names that are also ordinary words (دلی Delhi / "heartfelt", مالی Mali / "financial",
شام Syria / "evening"): dropped where a neighbouring word shows the ordinary sense, kept elsewhere."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import (
    HOMOGRAPHS_COLUMNS,
    HOMOGRAPHS_FILE,
    fold_word,
    load_homographs,
    parse_homographs,
    parse_table,
    phrase_tokens,
    read_model_data,
)
from khabar.entities.tag_rules import Mention, drop_homographs
from khabar.entities.tagger import spread_mentions, tag_entities
from khabar.errors import DataError
from khabar.pipeline import analyze


def _names(text: str) -> list[tuple[int, int, str, str]]:
    doc = analyze(text, stages=("normalize", "sentences", "tokens"))
    return [(e.start, e.end, e.text, e.type) for e in tag_entities(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("انہوں نے رحم دلی کا مظاہرہ کیا۔", []),
    ("صدر نے شہدا کے اہل خانہ سے دلی تعزیت کا اظہار کیا۔", []),
    ("حکومت نے سیلاب متاثرین کے لیے مالی امداد کا اعلان کیا۔", []),
    ("آج شام اجلاس ہوگا۔", []),
    # a genitive between the time word and شام (Sunday evening); روس کی شام is Syria (below)
    ("اتوار کی شام کھلاڑیوں نے اچانک اننگز ختم کر دی۔", []),
    ("ہوائی اڈے پر سکیورٹی سخت کر دی گئی۔", []),
    ("ملزم کو پولیس تھانے میں بند کر دیا گیا۔", []),
    ("کھلاڑی ڈریسنگ روم میں واپس چلے گئے۔", []),
    # "monsoon" and "eyewitness" are two name words each (بان کی مون, شاہد)
    ("ملک میں جاری مون سون بارشوں کی شدت میں کمی آ گئی۔", []),
    ("ایک عینی شاہد نے بتایا کہ دھماکا زوردار تھا۔", []),
    # the same words as names, where nothing shows the ordinary sense
    ("وزیراعظم کل دلی جائیں گے۔", [(12, 15, "دلی", "GPE")]),
    ("شام میں جنگ جاری ہے۔", [(0, 3, "شام", "GPE")]),
    ("روس کی شام میں مداخلت پر تنقید ہوئی۔", [(0, 3, "روس", "GPE"), (7, 10, "شام", "GPE")]),
    # قصور "fault" after a genitive or بے, before نہیں; Kasur the district elsewhere
    ("اس کا قصور نہیں تھا، اس نے کہا۔", []),
    ("میرا قصور کیا ہے؟", []),
    ("عدالت نے کہا کہ وہ بے قصور ہے۔", []),
    ("پولیس نے قصور میں چھاپہ مارا۔", [(9, 13, "قصور", "GPE")]),
])
def test_ordinary_senses_are_not_names(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert _names(text) == expected


def test_drop_homographs_looks_at_the_word_on_each_side() -> None:
    table = {"دلی": (frozenset({"رحم"}), frozenset({"تعزیت"}))}
    words = ["رحم", "دلی", "اور", "دلی", "تعزیت", "سے", "دلی", "گئے"]
    mentions = [Mention(1, 2, "GPE", 0.9), Mention(3, 4, "GPE", 0.9), Mention(6, 7, "GPE", 0.9)]
    assert drop_homographs(words, mentions, table) == [Mention(6, 7, "GPE", 0.9)]


def test_drop_homographs_on_two_word_spans_only() -> None:
    table = {"روم": (frozenset({"ڈریسنگ"}), frozenset())}
    words = ["ڈریسنگ", "روم", "میں", "ڈریسنگ", "روم", "کلب", "آف", "روم"]
    mentions = [Mention(0, 2, "GPE", 0.8), Mention(3, 8, "ORG", 0.8)]
    assert drop_homographs(words, mentions, table) == [Mention(3, 8, "ORG", 0.8)]


def test_spread_does_not_copy_a_name_into_an_ordinary_sense() -> None:
    sentences = [["وہ", "دلی", "گئے"], ["رحم", "دلی", "دکھائی"], ["دلی", "میں", "بارش"]]
    found = [[Mention(1, 2, "GPE", 0.9)], [], []]
    spread = spread_mentions(sentences, found, frozenset(), load_homographs())
    assert spread == [[Mention(1, 2, "GPE", 0.9)], [], [Mention(0, 1, "GPE", 0.6)]]


def test_shipped_table_is_in_token_spelling() -> None:
    rows = parse_table(read_model_data(HOMOGRAPHS_FILE), HOMOGRAPHS_COLUMNS, path=HOMOGRAPHS_FILE)
    assert len(rows) > 100
    bad = [(w, n) for w, _side, n in rows if phrase_tokens(w) != (fold_word(w),) or phrase_tokens(n) != (fold_word(n),)]
    assert bad == []
    table = load_homographs()
    assert "رحم" in table["دلی"][0] and "امداد" in table["مالی"][1]


def test_bad_side_is_a_data_error() -> None:
    with pytest.raises(DataError, match="side must be before or after"):
        parse_homographs("word\tside\tneighbour\nدلی\tleft\tرحم\n")


def test_air_is_no_hawaii_but_the_state_is() -> None:
    from khabar.pipeline import analyze
    air = analyze("سائنس دانوں نے ہوائی دباؤ اور ہوائی آلودگی کا جائزہ لیا۔")
    assert [e.text for e in air.entities if e.type == "GPE"] == []
    state = analyze("امریکی ریاست ہوائی میں آتش فشاں پھٹ پڑا۔")
    assert [e.name_en for e in state.entities if e.type == "GPE"] == ["Hawaii"]
