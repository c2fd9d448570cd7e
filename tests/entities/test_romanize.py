"""Rule-based Urdu→Latin romanization of names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.entities.romanize import letter_rules, romanize, romanize_word

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("urdu", "latin"), [
    # whole words known from the name table (KB English names and the hand-written list)
    ("عمران خان", "Imran Khan"),
    ("شہباز شریف", "Shehbaz Sharif"),
    ("بلاول بھٹو زرداری", "Bilawal Bhutto Zardari"),
    ("کراچی", "Karachi"),
    ("کوئٹہ", "Quetta"),
    ("عائشہ", "Ayesha"),
    ("زبیر قادری", "Zubair Qadri"),
    ("بابر اعظم", "Babar Azam"),
    # words outside the table fall back to letter rules; table and rules mix within a name
    ("شمشاد بانو", "Shamshad Bano"),
    ("زرتاج سلطانہ", "Zartaj Sultana"),     # سلطانہ: learned rules put u after س
    # Arabic-keyboard letters are normalized first
    ("كراچي", "Karachi"),
])
def test_romanize_names(urdu: str, latin: str) -> None:
    assert romanize(urdu) == latin


@pytest.mark.parametrize(("word", "latin"), [
    ("قادری", "qadri"),        # final ی after a consonant → i
    ("گوجرانوالہ", "gojranwala"),  # و between consonants → o; final ہ → a
    ("قومی", "qomi"),
    ("تھر", "thar"),            # aspirate digraph; short vowel guessed as a
    ("ٹیک", "tik"),             # ی between consonants → i (ٹ as t: retroflex not marked)
    ("عظمیٰ", "azmi"),          # superscript alef folded by normalize; ع silent
])
def test_letter_rules(word: str, latin: str) -> None:
    assert letter_rules(word) == latin


@pytest.mark.parametrize(("word", "latin", "by_letter"), [
    # the learned context rules write the short vowels the letter rules leave out or guess wrong
    ("زاہدہ", "zahida", "zahda"),
    ("سلطانہ", "sultana", "saltana"),
    ("رضوانہ", "rizwana", "razwana"),
    ("ریحانہ", "rehana", "rihana"),
    ("گوجرانوالہ", "gujranwala", "gojranwala"),
    ("انجلینا", "anjalina", "anjlina"),
])
def test_learned_rules_spell_common_name_words(word: str, latin: str, by_letter: str) -> None:
    assert romanize_word(word) == latin
    assert letter_rules(word) == by_letter


_NAMES = ["نگہت پروین", "ظفر اقبال چوہدری", "سیدہ عاصمہ ریحان", "غلام مصطفیٰ جتوئی", "ژالہ خٹک",
          "عبدالقدیر ملک", "شگفتہ ؤ ئ ء", "عثمان بزدار", "ذوالفقار ہاشمی"]


@pytest.mark.parametrize("name", _NAMES)
def test_output_is_title_cased_ascii_words(name: str) -> None:
    out = romanize(name)
    assert out
    assert all(re.fullmatch(r"[A-Z][a-z]*", w) for w in out.split(" ")), out


def test_output_is_deterministic() -> None:
    first = [romanize(n) for n in _NAMES]
    assert [romanize(n) for n in reversed(_NAMES)] == first[::-1]


def test_unknown_letter_falls_back_to_letter_rules() -> None:
    # a Latin letter inside an Urdu word is outside the learned alphabet
    assert romanize_word("کx") == letter_rules("کx") == "kx"


def test_shipped_rules_are_regenerated_exactly_and_skip_test_words(script) -> None:
    train = script("train_romanize")
    shipped = (ROOT / "src" / "khabar" / "data" / "kb" / "romanize_rules.tsv").read_text(encoding="utf-8")
    assert train.build() == shipped
    pairs = train.collect_pairs()
    test_words = [u for u in pairs if train.is_test(u)]
    assert 0.15 < len(test_words) / len(pairs) < 0.25
    # a most specific context holding a whole short word, edge to edge, was learned from that word
    keys = [line.split("\t")[1].replace("|", "") for line in shipped.splitlines() if line.startswith("0\t")]
    whole = {k.strip("^$") for k in keys if k.startswith("^") and k.endswith("$")}
    assert whole
    assert not whole & set(test_words)


def test_evaluation_beats_the_letter_rules_on_held_out_words(script) -> None:
    evaluate = script("eval_romanize")
    test = evaluate.select(script("train_romanize").collect_pairs(), "test")
    base_exact, base_cer = evaluate.score(letter_rules, test)
    exact, cer = evaluate.score(romanize_word, test)
    assert exact > base_exact + 0.03
    assert cer < base_cer - 0.02


@pytest.mark.parametrize("text", ["", "   ", "۔", "123"])
def test_no_letters_gives_empty_string(text: str) -> None:
    assert romanize(text) == ""


def test_latin_text_is_kept() -> None:
    assert romanize("ABC") == "ABC"


def test_spelled_out_letters_are_one_acronym():
    from khabar.entities.romanize import romanize

    assert romanize("پی ایس ایل") == "PSL"
    assert romanize("ایم کیو ایم پاکستان") == "MQM Pakistan"
    assert romanize("ایف آئی اے") == "FIA"
    # a lone letter name is a word like any other
    assert romanize("جی") != "G"


def test_english_loanwords_in_organisations_names_keep_their_english_spelling():
    from khabar.entities.romanize import romanize

    assert romanize("پاکستان کرکٹ بورڈ") == "Pakistan Cricket Board"
    assert romanize("امپورٹرز ایسوسی ایشن") == "Importers Association"  # two Urdu words, one English
    assert romanize("متحدہ قومی موومنٹ") == "Muttahida Qaumi Movement"
