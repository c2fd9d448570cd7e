"""Rule-based Urdu → Latin romanization of names: ``romanize("عمران خان") == "Imran Khan"``.

Two layers. A word table (``data/kb/romanize.tsv``: hand-written name parts plus the word pairs
``scripts/build_kb.py`` aligns from the knowledge base, e.g. ``عمران خان`` ↔ ``Imran Khan``) gives
the usual English spelling of common name words. Any other word is spelled letter by letter.

Limits of the letter rules (Urdu script leaves most short vowels unwritten):

* a short vowel is guessed only after a word's first consonant (``کراچی`` → ``Karachi``,
  ``ملتان`` → ``Maltan``); other unwritten vowels stay unwritten;
* ``و`` is ``w`` at the start of a word or next to ``ا``, else ``o``; ``ی`` is ``y`` at the start or
  before ``ا``/``و``, else ``i``; ``ے`` is ``e``;
* a final ``ہ`` after a consonant is the vowel ``a`` (``مکہ`` → ``Maka``), otherwise ``h``;
* ``ع`` and ``ء`` are written as vowels (``a``/nothing), never as apostrophes;
* doubled consonants (written once in Urdu) come out single.

The output is title-cased words separated by single spaces; it is a readable key, not a standard
transliteration (no ISO 15919 or ALA-LC).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from khabar.errors import DataError
from khabar.text.normalize import normalize

ROMANIZE_FILE = "romanize.tsv"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Consonant letters and their Latin spelling (ھ marks aspiration of the letter before it).
_CONSONANTS = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh",
    "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ں": "n", "ھ": "h", "ہ": "h", "ۂ": "h", "ۃ": "h",
}
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


@cache
def _table() -> dict[str, str]:
    try:
        text = resources.files("khabar").joinpath("data", "kb", ROMANIZE_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError("romanization table missing; run scripts/build_kb.py",
                        path=f"kb/{ROMANIZE_FILE}") from exc
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("urdu\t"):
            continue
        urdu, _, latin = line.partition("\t")
        table[urdu] = latin
    return table


def romanize_word(word: str) -> str:
    """One normalized Urdu word, letter by letter (lower case); see the module notes for limits."""
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in ("ا", "آ"):
            out.append("a")
        elif ch == "ع":
            out.append("a" if i == 0 or nxt in ("ا", "") else "")
        elif ch in ("ء", "ئ"):
            out.append("" if nxt in ("ی", "ے") else "i")
        elif ch == "ؤ":
            out.append("u")
        elif ch == "و":
            if i == 0:
                out.append("wa" if nxt in _CONSONANTS else "w")
            else:
                out.append("w" if prev == "ا" or nxt == "ا" else "o")
        elif ch == "ی":
            out.append("y" if i == 0 or nxt in ("ا", "و") else "i")
        elif ch == "ے":
            out.append("e")
        elif ch in ("ہ", "ۂ", "ۃ") and i == n - 1 and i > 0 and prev not in ("ا", "و", "ی"):
            out.append("a")
        elif ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            # the one unwritten short vowel we guess: after a word's first (aspirated) consonant
            first = i == 0 and nxt != "ھ" or i == 1 and ch == "ھ" and prev in _CONSONANTS
            if first and nxt in _CONSONANTS and nxt != "ں":
                out.append("a")
        elif "a" <= ch.lower() <= "z":
            out.append(ch.lower())
    return "".join(out)


def romanize(text: str) -> str:
    """Latin spelling of an Urdu name (any text; it is normalized first). Empty input → ``""``."""
    table = _table()
    words: list[str] = []
    for m in _WORD.finditer(normalize(text).norm):
        word = m.group()
        if _LATIN_WORD.fullmatch(word):
            words.append(word)
            continue
        latin = table.get(word)
        if latin is None:
            latin = romanize_word(word).capitalize()
        if latin:
            words.append(latin)
    return " ".join(words)
