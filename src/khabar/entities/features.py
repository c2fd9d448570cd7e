"""CRF features of one sentence of folded words.

Per word (cached, the same word always gives the same list): the word, affixes, shape, length and
its cue kinds (title, case marker, speech verb, organisation/place head word). Per position: the
words and cue kinds of a ±2 window, the word bigrams around it, and the gazetteer span it lies in
(``B``/``I`` plus type) with its neighbours'. Features are plain strings (crfsuite's fastest input).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.tag_lexicon import load_cues, load_word_bands

_URDU_LETTER = frozenset(chr(c) for c in range(0x0620, 0x06D4)) - frozenset("\u0640")
BOS = "<s>"
EOS = "</s>"


def word_shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if word.isascii():
        return "latin" if word.isalpha() else ("alnum" if word.isalnum() else "punct")
    if all(c in _URDU_LETTER for c in word):
        return "urdu"
    if not any(c.isalnum() for c in word):
        return "punct"
    return "mixed"


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a folded word on its own."""
    cues = load_cues().get(word, ())
    n = len(word)
    feats = [
        "w=" + word,
        "p2=" + word[:2],
        "p3=" + word[:3],
        "s1=" + word[-1:],
        "s2=" + word[-2:],
        "s3=" + word[-3:],
        "shape=" + word_shape(word),
        "len=" + (str(n) if n < 8 else "8+"),
        "fq=" + load_word_bands().get(word, "rare"),
    ]
    feats += ["cue=" + k for k in sorted(cues)]
    return tuple(feats)


@lru_cache(maxsize=65536)
def _context_features(word: str) -> tuple[str, ...]:
    """What a neighbour contributes: the word itself and its cue kinds."""
    cues = load_cues().get(word, ())
    return ("w=" + word, "s2=" + word[-2:], *("cue=" + k for k in sorted(cues)))


def sentence_features(words: Sequence[str], gaz: Sequence[str]) -> list[list[str]]:
    """Features for each word; ``gaz[i]`` is the gazetteer tag of word i (``B-GPE``, ``I-PERSON``, ``""``)."""
    n = len(words)
    ctx = [_context_features(w) for w in words]
    out: list[list[str]] = []
    for i, word in enumerate(words):
        feats = ["bias", *word_features(word)]
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                prefix = f"{k}:"
                if k in (-1, 1):
                    feats += [prefix + f for f in ctx[j]]
                else:
                    feats.append(prefix + ctx[j][0])
            else:
                feats.append(f"{k}:" + (BOS if j < 0 else EOS))
        prev = words[i - 1] if i else BOS
        nxt = words[i + 1] if i + 1 < n else EOS
        feats.append("bi-=" + prev + "|" + word)
        feats.append("bi+=" + word + "|" + nxt)
        for k in (-2, -1, 0, 1, 2):
            j = i + k
            if 0 <= j < n and gaz[j]:
                feats += [f"g{k}=" + t for t in gaz[j].split(",")]
        out.append(feats)
    return out


def gazetteer_tags(n: int, matches: Sequence[tuple[int, int, Sequence[str]]]) -> list[str]:
    """Per-word gazetteer tags from ``(i, j, types)`` matches: ``B-T``/``I-T``, several joined by ``,``."""
    tags = [""] * n
    for i, j, types in matches:
        for k in range(i, j):
            bio = "B-" if k == i else "I-"
            tags[k] = ",".join(bio + t for t in types)
    return tags
