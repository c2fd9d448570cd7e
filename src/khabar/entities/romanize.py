"""Rule-based Urdu → Latin romanization of names: ``romanize("عمران خان") == "Imran Khan"``.

Three layers. A word table (``data/kb/romanize.tsv``: hand-written name parts plus the word pairs
``scripts/build_kb.py`` aligns from the knowledge base, e.g. ``عمران خان`` ↔ ``Imran Khan``) gives
the usual English spelling of common name words. Any other word is spelled by learned context rules
(``data/kb/romanize_rules.tsv``, made by ``scripts/train_romanize.py``): each letter writes the Latin
piece most often seen for it between the same neighbours in aligned KB name pairs, backing off to
coarser contexts (``سلطانہ`` → ``Sultana``, ``زاہدہ`` → ``Zahida``). A word with a letter the rules
never saw is spelled by the hand-written letter rules (:func:`letter_rules`), whose limits are:

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
RULES_FILE = "romanize_rules.tsv"
LETTERS_FILE = "letter_names.tsv"

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
    return _read_pairs(ROMANIZE_FILE, "romanization table missing; run scripts/build_kb.py")


def _read_pairs(name: str, missing: str) -> dict[str, str]:
    """``urdu → latin`` rows of a two-column table under ``data/kb``."""
    try:
        text = resources.files("khabar").joinpath("data", "kb", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError(missing, path=f"kb/{name}") from exc
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("urdu\t"):
            continue
        urdu, _, latin = line.partition("\t")
        if not latin:
            raise DataError(f"malformed row {line!r}", path=f"kb/{name}")
        table[urdu] = latin
    return table


#: Letters that keep their own identity in a coarse context; every other letter is a consonant "C".
_VOWEL_LETTERS = frozenset("اآویےعءئؤہۂۃھں")

#: Context templates from most to least specific, over (2nd left, left, letter, right, 2nd right):
#: ``x`` the letter itself, ``k`` its class, ``-`` ignored. Each template is coarser than the one
#: before at every position, so a key determines the keys of all later templates (the decoder
#: backs off along this chain; ``scripts/train_romanize.py`` prunes rules that repeat their fallback).
TEMPLATES: tuple[str, ...] = ("xxxxx", "kxxxk", "-xxxk", "-kxxk", "-kxkk", "-kxk-", "--xk-", "--x--")


def _cls(ch: str) -> str:
    return ch if ch in _VOWEL_LETTERS or ch in "^$C" else "C"


def _apply(template: str, fields: list[str]) -> str:
    return "|".join(f if t == "x" else _cls(f) if t == "k" else "" for t, f in zip(template, fields, strict=True))


def context_keys(word: str, i: int, templates: tuple[str, ...] = TEMPLATES) -> list[str]:
    """The key of letter ``i`` of ``word`` under each template (most specific first)."""
    padded = f"^^{word}$$"
    fields = list(padded[i:i + 5])
    return [_apply(t, fields) for t in templates]


def generalize(t: int, key: str, templates: tuple[str, ...] = TEMPLATES) -> str:
    """The key under template ``t + 1`` of a key under template ``t``."""
    return _apply(templates[t + 1], key.split("|"))


@cache
def _rules() -> tuple[dict[str, str], ...]:
    try:
        text = resources.files("khabar").joinpath("data", "kb", RULES_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError("romanization rules missing; run scripts/train_romanize.py",
                        path=f"kb/{RULES_FILE}") from exc
    rules: tuple[dict[str, str], ...] = tuple({} for _ in TEMPLATES)
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("template\t"):
            continue
        t, key, latin = line.split("\t")
        rules[int(t)][key] = latin
    return rules


def romanize_word(word: str) -> str:
    """One normalized Urdu word in Latin letters (lower case) by the learned context rules: each
    letter writes the piece most often seen for it in the most specific context the training pairs
    knew (``مقصود`` → ``maqsood``). A word with a letter the rules never saw falls back to
    :func:`letter_rules`.

    A letter's piece depends only on the five letters around it, and those windows repeat from word
    to word, so each window is worked out once (the same answer :func:`spell_with` gives)."""
    rules = _rules()
    last = rules[-1]
    known = _KNOWN_LETTERS
    for ch in word:
        ok = known.get(ch)
        if ok is None:
            ok = known[ch] = _apply(TEMPLATES[-1], ["", "", ch, "", ""]) in last
        if not ok:
            return letter_rules(word)
    if not word:
        return letter_rules(word)
    pieces = _WINDOW_PIECES
    if len(pieces) > _MAX_WINDOWS:
        pieces.clear()
    padded = f"^^{word}$$"
    out: list[str] = []
    for i in range(len(word)):
        window = padded[i:i + 5]
        piece = pieces.get(window)
        if piece is None:
            piece = pieces[window] = _piece(list(window), rules, TEMPLATES)
        out.append(piece)
    return "".join(out)


#: letter → whether the rules know it; five-letter window → its piece (both filled as words come)
_KNOWN_LETTERS: dict[str, bool] = {}
_WINDOW_PIECES: dict[str, str] = {}
_MAX_WINDOWS = 200_000


def _piece(fields: list[str], rules: tuple[dict[str, str], ...], templates: tuple[str, ...]) -> str:
    """The piece of the middle letter of a five-letter window, from the most specific known context."""
    for t, template in enumerate(templates):
        piece = rules[t].get(_apply(template, fields))
        if piece is not None:
            return piece
    return ""


def spell_with(word: str, rules: tuple[dict[str, str], ...], templates: tuple[str, ...] = TEMPLATES) -> str:
    """``word`` spelled by ``rules`` (one key → piece map per template, backing off in order)."""
    last = rules[-1]
    coarsest = templates[-1]
    if not word or any(_apply(coarsest, ["", "", ch, "", ""]) not in last for ch in word):
        return letter_rules(word)
    padded = f"^^{word}$$"
    return "".join(_piece(list(padded[i:i + 5]), rules, templates) for i in range(len(word)))


def letter_rules(word: str) -> str:
    """One normalized Urdu word, letter by letter by the hand-written rules (lower case); see the
    module notes for limits. ``scripts/build_kb.py`` checks KB word pairs against this spelling."""
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
    """Latin spelling of an Urdu name (any text; it is normalized first). Empty input → ``""``.

    Two or more spelled-out Latin letters in a row are one acronym (``پی ایس ایل`` → ``PSL``).
    """
    table = _table()
    letters = letter_names()
    found = [m.group() for m in _WORD.finditer(normalize(text).norm)]
    words: list[str] = []
    k = 0
    while k < len(found):
        run = k
        while run < len(found) and found[run] in letters:
            run += 1
        if run - k >= 2:
            words.append("".join(letters[w] for w in found[k:run]))
            k = run
            continue
        pair = f"{found[k]} {found[k + 1]}" if k + 1 < len(found) else ""
        if pair in table:  # a loanword written as two words (ایسوسی ایشن)
            words.append(table[pair])
            k += 2
            continue
        word = found[k]
        k += 1
        if _LATIN_WORD.fullmatch(word):
            words.append(word)
            continue
        latin = table.get(word)
        if latin is None:
            latin = romanize_word(word).capitalize()
        if latin:
            words.append(latin)
    return " ".join(words)


@cache
def letter_names() -> dict[str, str]:
    """Urdu spelling of a Latin letter → the letter (``data/kb/letter_names.tsv``)."""
    return _read_pairs(LETTERS_FILE, "letter-name table missing; reinstall khabar")
