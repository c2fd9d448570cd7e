"""The word lists of the tagger's rules are rows of ``data/models/ner_rule_words.tsv``, read by
:func:`khabar.entities.tag_lexicon.rule_words`. Example sentences are khabar's own."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

import khabar
from khabar.entities import kb, tag_edges, tag_kinds, tag_lexicon, tag_news, tag_rules, values
from khabar.entities.tag_lexicon import RULE_WORDS_FILE, fold_word, load_cues, rule_word_rows, rule_words
from khabar.entities.tag_news import join_split_letters
from khabar.entities.tag_rules import Mention, extend_organisation_connectives, split_at_separators
from khabar.errors import DataError

#: module, attribute → the list that holds its words
ATTRIBUTES = {
    (tag_rules, "CASE_MARKERS"): "case_markers",
    (tag_rules, "POSSESSIVE_NAMES"): "possessive_names",
    (tag_rules, "LEADING_HEADS"): "leading_heads",
    (tag_rules, "COMMON_NOUN_HEADS"): "common_noun_heads",
    (tag_rules, "_MEMBER_WORDS"): "member_words",
    (tag_rules, "_NOT_ALONE"): "not_alone",
    (tag_rules, "_CASE_MARKERS"): "case_markers",
    (tag_rules, "_TRAILING"): "trailing",
    (tag_rules, "_LONE_NAME_BLOCKERS"): "lone_name_blockers",
    (tag_rules, "PLACE_PREFIXES"): "place_prefixes",
    (tag_rules, "PLACE_SUFFIXES"): "place_suffixes",
    (tag_rules, "QUARTER_HEADS"): "quarter_heads",
    (tag_rules, "INITIALS"): "initials",
    (tag_rules, "_GENITIVE"): "genitive",
    (tag_rules, "ORG_CONNECTIVES"): "org_connectives",
    (tag_rules, "_DIRECTIONS"): "directions",
    (tag_rules, "DIRECTIONAL"): "directional",
    (tag_rules, "SEPARATORS"): "separators",
    (tag_rules, "_CONJUNCTIONS"): "conjunctions",
    (tag_news, "_CREDIT_JOINS"): "credit_joins",
    (tag_news, "_NOT_SPLIT_LETTERS"): "not_split_letters",
    (tag_news, "_PORTFOLIO_FOR"): "portfolio_for",
    (tag_lexicon, "FUNCTION_WORDS"): "function_words",
    (values, "_KUL"): "kul",
    (kb, "RESPACED_EDGE_WORDS"): "respaced_edges",
    (tag_kinds, "MATCH_EVENTS"): "match_events",
    (tag_kinds, "_MATCH_SPORTS"): "match_sports",
    (tag_kinds, "_MATCH_BLOCKERS"): "match_event_blockers",
    (tag_kinds, "PLACE_ENDS"): "place_ends",
    (tag_kinds, "_FAMILY_ENDS"): "family_place_ends",
    (tag_kinds, "_HEADWORKS"): "headworks",
    (tag_kinds, "TIME_UNITS"): "time_units",
    (tag_edges, "PLACE_SETTINGS"): "place_settings",
    (tag_edges, "_SETTING_SUFFIXES"): "setting_suffixes",
    (tag_edges, "_NUMBER_HEADS"): "number_heads",
    (tag_edges, "_LIST_JOINERS"): "conjunctions",
}


def _words(text: str) -> list[str]:
    return text.split()


def _table_rows() -> list[tuple[str, str]]:
    text = resources.files("khabar.data.models").joinpath(RULE_WORDS_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines[0] == "word\tlist"
    return [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]


def _names_read_by_code() -> set[str]:
    src = Path(khabar.__file__).parent
    found: set[str] = set()
    for path in src.rglob("*.py"):
        found.update(re.findall(r"rule_word(?:s|_rows)\(\"([a-z_]+)\"\)", path.read_text(encoding="utf-8")))
    return found


def test_every_list_read_is_in_the_table_and_every_list_in_the_table_is_read() -> None:
    in_table = {name for _, name in _table_rows()}
    assert _names_read_by_code() == in_table == set(ATTRIBUTES.values())


def test_no_word_twice_in_a_list() -> None:
    twice = [row for row, n in Counter(_table_rows()).items() if n > 1]
    assert twice == []


def test_no_blank_or_padded_word() -> None:
    assert all(word and word == word.strip() for word, _ in _table_rows())


@pytest.mark.parametrize(("module", "attr"), list(ATTRIBUTES))
def test_the_attributes_are_the_loaded_lists(module: object, attr: str) -> None:
    name = ATTRIBUTES[module, attr]
    assert getattr(module, attr) is rule_words(name)
    assert type(rule_words(name)) is frozenset
    assert rule_words(name) == frozenset(rule_word_rows(name))


def test_words_are_read_as_written() -> None:
    # the damma and the Arabic kaf stay: _KUL matches the original text, not the normalized view
    assert rule_word_rows("kul") == ("کُل", "کُلّ", "كُل")


def test_an_unknown_list_is_a_data_error() -> None:
    with pytest.raises(DataError):
        rule_word_rows("no_such_list")


def test_separators_cut_a_span(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words("لاہور یا کراچی میں جلسہ ہوگا")
    found = [Mention(0, 3, "GPE", 0.9)]
    assert split_at_separators(words, found) == [Mention(0, 1, "GPE", 0.9), Mention(2, 3, "GPE", 0.9)]
    monkeypatch.setattr(tag_rules, "SEPARATORS", frozenset())
    assert split_at_separators(words, found) == found


def test_initials_keep_ke_inside_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words("کل ایس کے واڈکر نے تقریر کی")
    found = [Mention(1, 4, "PERSON", 0.9)]
    assert split_at_separators(words, found) == found
    monkeypatch.setattr(tag_rules, "INITIALS", frozenset())
    assert split_at_separators(words, found) == [Mention(1, 2, "PERSON", 0.9), Mention(3, 4, "PERSON", 0.9)]


def test_org_connectives_carry_the_name_on(monkeypatch: pytest.MonkeyPatch) -> None:
    words = [fold_word(w) for w in _words("فیصل آباد چیمبر آف کامرس کے صدر نے کہا")]
    found = [Mention(0, 3, "ORG", 0.8)]
    assert extend_organisation_connectives(words, found, load_cues()) == [Mention(0, 5, "ORG", 0.8)]
    monkeypatch.setattr(tag_rules, "ORG_CONNECTIVES", frozenset())
    assert extend_organisation_connectives(words, found, load_cues()) == found


def test_a_plural_ending_is_not_joined_back(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["گاؤ", "ں"]
    assert join_split_letters(words, {"گاؤں"}) is None
    monkeypatch.setattr(tag_news, "_NOT_SPLIT_LETTERS", frozenset())
    joined = join_split_letters(words, {"گاؤں"})
    assert joined is not None and joined[0] == ["گاؤں"]
