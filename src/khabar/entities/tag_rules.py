"""Rules around the CRF: span clean-up, the dictionary pass and the title pattern.

Each rule works on one sentence of folded words and a list of ``(start, end, type)`` word spans
with a confidence, and only adds or trims: a span the CRF found is never retyped here.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # word index, inclusive
    end: int  # word index, exclusive
    type: str
    confidence: float


#: Words a name never spans: list separators, sentence marks and a leading/trailing bracket.
SEPARATORS = frozenset({"،", ",", "؛", ";", "۔", ".", ":", "…", "؟", "?", "!", "یا", "/", "|", '"', "+"})
_OPENERS = frozenset({"(", "[", "{", "«", "‘", "“", "'", "’", "”", "-", "–", "—"})
_CLOSERS = frozenset({")", "]", "}", "»", "’", "”", "'", "‘", "“", "-", "–", "—"})
#: Confidence given to spans found by rules rather than the CRF.
RULE_CONFIDENCE = 0.6


def split_at_separators(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """Cut spans at separators (``لکھنؤ ، اترپردیش`` is two names) and trim stray brackets."""
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        for k in range(m.start, m.end + 1):
            if k == m.end or words[k] in SEPARATORS:
                i, j = start, k
                while i < j and words[i] in _CLOSERS | _OPENERS - {"("}:
                    i += 1
                while i < j and words[j - 1] in _OPENERS | _CLOSERS - {")"}:
                    j -= 1
                if i < j and _balanced(words[i:j]):
                    out.append(Mention(i, j, m.type, m.confidence))
                elif i < j:
                    i2, j2 = i, j
                    while i2 < j2 and words[i2] in _OPENERS | _CLOSERS:
                        i2 += 1
                    while i2 < j2 and words[j2 - 1] in _OPENERS | _CLOSERS:
                        j2 -= 1
                    if i2 < j2:
                        out.append(Mention(i2, j2, m.type, m.confidence))
                start = k + 1
    return out


def _balanced(words: Sequence[str]) -> bool:
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def add_dictionary_matches(matches: Sequence[tuple[int, int, Sequence[str]]], mentions: list[Mention],
                           words: Sequence[str], common: Collection[str], *, min_words: int) -> list[Mention]:
    """Known names the CRF left untagged, from trusted gazetteer sources only.

    Knowledge-base names count from one word unless the word is mostly an ordinary word
    (``common``: ``مالی`` is Mali and "financial"), nationality adjectives always; IL-NER train names count from ``min_words``
    words; the noisy urduhack lists only inform the CRF. A name with two types is left alone.
    """
    taken = _taken(len(words), mentions)
    added = list(mentions)
    for i, j, types in matches:
        if any(taken[i:j]):
            continue
        n = j - i
        trusted = {t[2:] for t in types if t.startswith("k:") or (t.startswith("i:") and n >= min_words)}
        # nationality adjectives are ordinary words in IL-NER (never tagged) yet always NORP
        if n == 1 and words[i] in common and trusted != {"NORP"}:
            continue
        if len(trusted) == 1:
            added.append(Mention(i, j, trusted.pop(), RULE_CONFIDENCE))
    return sorted(added, key=lambda m: m.start)


def add_titled_persons(words: Sequence[str], mentions: list[Mention], person_words: Mapping[str, bool],
                       cues: Mapping[str, Collection[str]]) -> list[Mention]:
    """``وزیراعظم نواز شریف``: a title followed by known person-name words is a PERSON."""
    taken = _taken(len(words), mentions)
    added = list(mentions)
    n = len(words)
    for k, word in enumerate(words[:-1]):
        if "title" not in cues.get(word, ()) or taken[k + 1]:
            continue
        j = k + 1
        while j < n and not taken[j] and person_words.get(words[j], False) and j - k <= 4:
            j += 1
        if j > k + 1:
            added.append(Mention(k + 1, j, "PERSON", RULE_CONFIDENCE))
            for x in range(k + 1, j):
                taken[x] = True
    return sorted(added, key=lambda m: m.start)


def _taken(n: int, mentions: Sequence[Mention]) -> list[bool]:
    taken = [False] * n
    for m in mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    return taken
