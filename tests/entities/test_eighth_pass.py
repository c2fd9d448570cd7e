"""Eighth pass of the name rules: recall of persons on Pakistani news (a lone plain name before a
case marker, runs of hand-written name words that are also everyday words). The example sentences
are khabar's own."""

from __future__ import annotations

from khabar.entities import tag_rules
from khabar.entities.tag_lexicon import load_person_names, load_plain_person_names
from khabar.entities.tag_rules import Mention, add_named_agents, add_person_name_runs
from khabar.entities.tagger import tag_words


def _tags(text: str) -> list[str]:
    return tag_words(text.split())


# --- a lone plain name before a case marker --------------------------------------------------------

def test_lone_plain_name_before_a_case_marker_is_a_person() -> None:
    assert _tags("پولیس کے مطابق ملزمان نے ندیم کو زخمی کر دیا")[5:7] == ["B-PERSON", "O"]
    assert _tags("عدالت نے حسنات کی درخواست منظور کر لی")[2:4] == ["B-PERSON", "O"]


def test_lone_name_rule_in_isolation() -> None:
    words = ["ملزم", "نے", "صفدر", "سے", "رقم", "چھینی"]
    found = add_named_agents(words, [], {"صفدر"})
    assert found == [Mention(2, 3, "PERSON", tag_rules.WEAK_CONFIDENCE)]
    # not before میں, and not a name that is also an everyday word
    assert add_named_agents(["شہر", "صفدر", "میں", "ہے"], [], {"صفدر"}) == []
    assert add_named_agents(["ملک", "میں", "امن", "و", "امان", "کی", "صورتحال"], [], {"امان"}) == []


def test_everyday_names_are_not_plain() -> None:
    plain = load_plain_person_names()
    for word in ("رمضان", "امان", "کریم", "عزیز", "ملک", "مقبول", "ترین"):
        assert word in load_person_names()
        assert word not in plain
    assert {"ندیم", "صفدر", "انصاری"} <= plain


def test_lone_name_after_a_joiner_or_name_word_is_left_alone() -> None:
    # ``امن و امان``, ``ماہ رمضان``: the joiner makes the word part of a phrase
    assert "B-PERSON" not in _tags("شہر میں امن و امان کی صورتحال بہتر ہے")
    assert "B-PERSON" not in _tags("ماہ رمضان کے دوران بازاروں میں رش رہا")
    # ``کلیم`` is an insurance claim here
    assert "B-PERSON" not in _tags("انشورنس کلیم کے لیے درخواست دی گئی")


def test_grand_slam_is_no_person() -> None:
    assert "B-PERSON" not in _tags("وہ کسی گرینڈ سلیم کا فائنل کھیل رہی ہیں")


# --- runs of hand-written name words ---------------------------------------------------------------

def test_name_and_everyday_clan_word_are_one_person() -> None:
    assert _tags("ڈائریکٹر ملک جاوید کو ترقی دے دی گئی")[1:4] == ["B-PERSON", "I-PERSON", "O"]
    assert _tags("چینل کے نمائندے عابد ملک کے مطابق دھماکا صبح ہوا")[3:6] == ["B-PERSON", "I-PERSON", "O"]


def test_run_rule_in_isolation() -> None:
    words = ["افسر", "ملک", "جاوید", "نے", "کہا"]
    assert add_person_name_runs(words, [], frozenset(), frozenset()) == [Mention(1, 3, "PERSON", tag_rules.RULE_CONFIDENCE)]


def test_everyday_words_alone_make_no_run() -> None:
    # two hand-written names that are both everyday words: ``مقبول ترین`` "most popular"
    assert add_person_name_runs(["دنیا", "کے", "مقبول", "ترین", "اداکار"], [], frozenset(), frozenset()) == []
    assert "B-PERSON" not in _tags("یہ دنیا کے مقبول ترین کھیلوں میں سے ایک ہے")
    # after a joiner
    assert add_person_name_runs(["امن", "و", "امان", "ملک"], [], frozenset(), frozenset()) == []


def test_run_rule_switch() -> None:
    words = ["افسر", "ملک", "جاوید", "نے", "کہا"]
    saved = tag_rules.ORDINARY_NAMES_IN_RUNS
    try:
        tag_rules.ORDINARY_NAMES_IN_RUNS = False
        assert add_person_name_runs(words, [], frozenset(), frozenset()) == []
    finally:
        tag_rules.ORDINARY_NAMES_IN_RUNS = saved


# --- lone names joined by اور or a list comma ------------------------------------------------------

def test_lone_names_in_a_pair_are_persons() -> None:
    tags = _tags("پولیس نے بتایا کہ بلال اور خرم کو گرفتار کر لیا گیا")
    assert tags[4:8] == ["B-PERSON", "O", "B-PERSON", "O"]
    tags = _tags("فائرنگ سے عثمان ، عمران اور ندیم زخمی ہو گئے")
    assert tags[2:8] == ["B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O"]


def test_name_pairs_switch_and_guards() -> None:
    words = ["واقعے", "میں", "بلال", "اور", "خرم", "زخمی", "ہوئے"]
    given = frozenset({"بلال", "خرم"})
    assert add_named_agents(words, [], given) == [Mention(2, 3, "PERSON", tag_rules.WEAK_CONFIDENCE),
                                                  Mention(4, 5, "PERSON", tag_rules.WEAK_CONFIDENCE)]
    # the second name goes on into another name word: a two-word name, not this rule's
    assert add_named_agents(["بلال", "اور", "خرم", "شہزاد", "آئے"], [], given) == []
    # everyday words are no plain names (``امن اور امان``)
    assert add_named_agents(["رمضان", "اور", "امان"], [], frozenset({"رمضان", "امان"})) == []
    saved = tag_rules.LONE_NAME_PAIRS
    try:
        tag_rules.LONE_NAME_PAIRS = False
        assert add_named_agents(words, [], given) == []
    finally:
        tag_rules.LONE_NAME_PAIRS = saved
