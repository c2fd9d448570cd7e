"""Rule-based Urdu→Latin romanization of names."""

from __future__ import annotations

import pytest

from khabar.entities.romanize import romanize, romanize_word


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
    ("زرتاج گلزار", "Zartaj Galzar"),       # گلزار: the vowel after گ is guessed as a
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
    assert romanize_word(word) == latin


@pytest.mark.parametrize("text", ["", "   ", "۔", "123"])
def test_no_letters_gives_empty_string(text: str) -> None:
    assert romanize(text) == ""


def test_latin_text_is_kept() -> None:
    assert romanize("ABC") == "ABC"
