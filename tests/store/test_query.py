import pytest

from khabar.store.fold import entity_key, fold, index_text
from khabar.store.query import compile_query, parse_query


def _expand(phrase):
    known = {("امریکا",): [("امریکا",), ("امریکہ",)], ("امریکہ",): [("امریکہ",), ("امریکا",)],
             ("شی", "جن", "پنگ"): [("شی", "جن", "پنگ"), ("شی", "جنپنگ")]}
    return list(known.get(phrase, [phrase]))


@pytest.mark.parametrize("query,match", [
    ("کراچی بارش", '("کراچی" AND "بارش")'),
    ("کراچی OR لاہور", '("کراچی" OR "لاہور")'),
    ("کرکٹ NOT بارش", '("کرکٹ" NOT "بارش")'),
    ("(کرکٹ OR ہاکی) NOT بارش", '(("کرکٹ" OR "ہاکی") NOT "بارش")'),
    ('"سرمائی اولمپکس"', '"سرمائی اولمپکس"'),
    ("پاکس*", '"پاکس"*'),
    ("۲۰۲۱ء", '"2021 ء"'),
    ("امریکا", '("امریکا" OR "امریکہ")'),
    ("شی جن پنگ نے کہا", '(("شی جن پنگ" OR "شی جنپنگ") AND "نے" AND "کہا")'),
    ("مُلک", '"ملک"'),
])
def test_queries_compile_to_fts5_over_folded_tokens(query, match):
    assert compile_query(parse_query(query), _expand).match == match


def test_highlights_cover_expansions_but_not_negated_words():
    compiled = compile_query(parse_query("امریکا NOT بارش"), _expand)
    assert compiled.highlight == [(("امریکا",), False), (("امریکہ",), False)]


@pytest.mark.parametrize("text,index", [
    ("پاکستان نے ۱۵ دسمبر 2021ء کو", "پاکستان نے 15 دسمبر 2021 ء کو"),
    ("سکور95 رنز", "سکور 95 رنز"),
    ("۳۰ فیصد؛ 4.5 ارب", "30 فیصد 4 5 ارب"),
])
def test_index_text_splits_digits_from_letters(text, index):
    assert index_text(fold(text).norm) == index


def test_fold_keeps_the_offset_map_to_the_original():
    text = "مُلک ۲۰۲۱ میں"
    view = fold(text)
    assert view.norm == "ملک 2021 میں"
    start = view.norm.index("2021")
    assert text[slice(*view.span_to_original(start, start + 4))] == "۲۰۲۱"


@pytest.mark.parametrize("entity_id,text,key", [
    ("Q30", "امریکہ", "Q30"),
    (None, "اسکاٹ موریسن", "ur:اسکاٹ_موریسن"),
    (None, "مسلم لیگ (ن)", "ur:مسلم_لیگ_ن"),
    (None, "ABC/xyz", "ur:abc_xyz"),
])
def test_entity_keys(entity_id, text, key):
    assert entity_key(entity_id, text) == key
