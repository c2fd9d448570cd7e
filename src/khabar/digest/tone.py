"""Tone from an Urdu polarity lexicon, with negation and intensifiers.

Each sentence's tokens are matched against the lexicon, longest phrase first (``خراج تحسین`` before
``خراج``). A polar term's weight is multiplied by an intensifier right before it (``انتہائی افسوسناک``)
and flipped by a negator close to it: Urdu puts ``نہیں``/``نہ`` after a predicate adjective or noun
(``کامیاب نہیں ہوا``) and before a verb (``نہ جیت سکا``), ``بغیر`` after its noun (``اجازت کے بغیر``)
and ``عدم`` before it (``عدم تعاون``), so the window looks both ways. ``نہ صرف`` ("not only") is
not a negation.

``positive``/``negative`` are the shares of word tokens inside positive/negative terms; ``score`` is
a GDELT-like tone, (positive weight − negative weight) per 100 words, each weight in [-1, 1].
"""

from __future__ import annotations

from khabar.digest.lexicon import modifiers, polarity
from khabar.document import Document, Tone

#: tokens after a polar term in which a negator still reaches back to it
_NEGATOR_AFTER = 3
#: tokens before a polar term in which a negator still reaches forward to it
_NEGATOR_BEFORE = 2
_NOT_ONLY = "صرف"


def _is_word(norm: str) -> bool:
    return norm.isalpha() or any(ch.isalpha() for ch in norm)


def _clauses(doc: Document) -> list[list[str]]:
    """Word tokens per sentence, cut at punctuation (a negator never reaches across a comma)."""
    out: list[list[str]] = []
    cur: list[str] = []
    sent = None
    for tok in doc.tokens:
        norm = tok.norm
        word = norm.isalpha() or _is_word(norm)  # (the common case without a call)
        if tok.sentence != sent or not word:
            if cur:
                out.append(cur)
            cur = []
            sent = tok.sentence
        if word:
            cur.append(norm)
    if cur:
        out.append(cur)
    return out


def _negated(words: list[str], start: int, end: int, negators: frozenset[str]) -> bool:
    for j in range(max(0, start - _NEGATOR_BEFORE), start):
        if words[j] in negators and not (j + 1 < len(words) and words[j + 1] == _NOT_ONLY):
            return True
    for j in range(end, min(len(words), end + _NEGATOR_AFTER)):
        if words[j] in negators and not (j + 1 < len(words) and words[j + 1] == _NOT_ONLY):
            return True
    return False


def polar_terms(words: list[str]) -> list[tuple[int, int, float]]:
    """(start, end, weight) of the polar terms in one clause, modifiers applied."""
    lex = polarity()
    starts = lex.starts
    if starts.isdisjoint(words):
        return []  # most clauses hold no polar word: one C-level test says so
    mods = modifiers()
    found: list[tuple[int, int, float]] = []
    i = 0
    for at in [k for k, w in enumerate(words) if w in starts]:
        if at < i:
            continue  # inside the term just read
        i = at
        w = words[i]
        match: tuple[int, float] | None = None
        for parts, weight in lex.phrases.get(w, ()):
            if tuple(words[i:i + len(parts)]) == parts:
                match = (len(parts), weight)
                break
        if match is None and w in lex.words:
            match = (1, lex.words[w])
        if match is None:
            i += 1
            continue
        n, weight = match
        if not weight:  # a neutral phrase (وزیر اعلی) hides the polar word inside it
            i += n
            continue
        if i > 0 and words[i - 1] in mods.intensifiers:
            weight *= mods.intensifiers[words[i - 1]]
        if _negated(words, i, i + n, mods.negators):
            weight *= -0.8
        found.append((i, i + n, max(-1.5, min(1.5, weight))))
        i += n
    return found


def score_tone(doc: Document) -> Tone:
    """Tone of ``doc``: share of positive and negative words and their balance per 100 words."""
    n_words = pos = neg = 0
    balance = 0.0
    for words in _clauses(doc):
        n_words += len(words)
        for start, end, weight in polar_terms(words):
            if weight > 0:
                pos += end - start
            elif weight < 0:
                neg += end - start
            balance += weight
    if not n_words:
        return Tone(score=0.0, positive=0.0, negative=0.0)
    return Tone(score=round(100.0 * balance / n_words, 4), positive=round(pos / n_words, 4),
                negative=round(neg / n_words, 4))
