"""Extractive summary: the indexes of the sentences that best cover the article.

Each sentence is scored by its cosine similarity to the article's centroid (content words weighted by
their frequency in the article times their IDF against general Urdu), by how much of the title it
repeats, and by a position prior (news puts the gist first). Sentences are then picked greedily,
each pick discounted by its overlap with the sentences already picked, so the summary does not say
the same thing twice. A headline-only first line is never picked: it is the title, not a summary
sentence.
"""

from __future__ import annotations

import math
from itertools import repeat
from operator import mul

from khabar.digest.lexicon import background, remembered_idf
from khabar.digest.terms import content_words, credit_spans, headline_index, title_words
from khabar.document import Document

_CENTROID = 1.0
_TITLE = 0.6
_POSITION = 1.5
#: weight of the overlap with already chosen sentences
_REDUNDANCY = 0.5
#: a sentence with fewer content words than this is a dateline or fragment
_MIN_WORDS = 4
#: long sentences cover more by sheer length; divide by (length / mean length) ** _LENGTH
_LENGTH = 0.8
_DECAY = 1.5


def _vectors(doc: Document) -> list[dict[str, float]]:
    """Per sentence, its content words weighted by IDF (summed over their repeats)."""
    bg = background()
    idf = remembered_idf(bg)  # Background.idf of each distinct word, remembered from article to article
    vecs: list[dict[str, float]] = [{} for _ in doc.sentences]
    n = len(vecs)
    tokens = doc.tokens
    for tok, content in zip(tokens, content_words([t.norm for t in tokens]), strict=True):
        if content and 0 <= tok.sentence < n:
            norm = tok.norm
            weight = idf.get(norm)
            if weight is None:
                weight = idf[norm] = bg.idf(norm)
            vec = vecs[tok.sentence]
            vec[norm] = vec.get(norm, 0.0) + weight
    return vecs


def _norm(vec: dict[str, float]) -> float:
    # (map multiplies and sums the same floats in the same order as a generator would, in C)
    return math.sqrt(sum(map(mul, vec.values(), vec.values())))


def _cosine(a: dict[str, float], b: dict[str, float],
            norm_a: float | None = None, norm_b: float | None = None) -> float:
    """Cosine of two sparse vectors; their norms may be given (the centroid's is summed once,
    not once per sentence)."""
    if len(a) > len(b):
        a, b = b, a
        norm_a, norm_b = norm_b, norm_a
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    if dot == 0.0:
        return 0.0
    na = _norm(a) if norm_a is None else norm_a
    nb = _norm(b) if norm_b is None else norm_b
    return dot / (na * nb)


def score_sentences(doc: Document, vecs: list[dict[str, float]] | None = None) -> list[float]:
    """How well each sentence stands for the whole article (higher is better)."""
    if vecs is None:
        vecs = _vectors(doc)
    centroid: dict[str, float] = {}
    for vec in vecs:
        for k, v in vec.items():
            centroid[k] = centroid.get(k, 0.0) + v
    title = title_words(doc)
    title_vec = {w: background().idf(w) for w in title}
    mean_len = sum(len(v) for v in vecs) / max(len(vecs), 1) or 1.0
    centroid_norm, title_norm = _norm(centroid), _norm(title_vec)
    scores = []
    rank = 0
    for vec in vecs:
        if len(vec) < _MIN_WORDS:
            # a dateline or fragment: picked only when nothing else is left
            scores.append(0.01 * len(vec))
            continue
        vec_norm = _norm(vec)
        score = _CENTROID * _cosine(vec, centroid, vec_norm, centroid_norm)
        if title_vec:
            score += _TITLE * _cosine(vec, title_vec, vec_norm, title_norm)
        if _LENGTH:
            score /= (len(vec) / mean_len) ** _LENGTH
        score += _POSITION / (1.0 + rank) ** _DECAY
        rank += 1
        scores.append(score)
    return scores


def summarize(doc: Document, *, size: int = 3) -> list[int]:
    """Indexes (in document order) of the ``size`` sentences that best summarize ``doc``."""
    if size <= 0 or not doc.sentences:
        return []
    headline = headline_index(doc)
    pool = [i for i in range(len(doc.sentences)) if i != headline]
    if len(pool) <= size:
        return pool
    if not doc.tokens:
        return pool[:size]
    vecs = _vectors(doc)
    scores = score_sentences(doc, vecs)
    for k in {doc.tokens[a].sentence for a, _ in credit_spans(doc)}:
        if 0 <= k < len(scores):
            scores[k] = min(scores[k], 0.01)  # a photo caption with its credit line: only when nothing else is left
    norms = [_norm(vec) for vec in vecs]
    chosen: list[int] = []
    # each sentence's largest overlap with the chosen ones, kept up to date as each is chosen: one
    # cosine per sentence and pick, not one per chosen sentence in every round
    overlap: dict[int, float] = {}
    while len(chosen) < size:
        best, best_score = -1, -math.inf
        for i in pool:
            if i in chosen:
                continue
            s = scores[i] - _REDUNDANCY * overlap.get(i, 0.0)
            if s > best_score:
                best, best_score = i, s
        chosen.append(best)
        if len(chosen) < size:
            for i in pool:
                if i not in chosen:
                    cos = _cosine(vecs[i], vecs[best], norms[i], norms[best])
                    held = overlap.get(i)
                    # (max keeps the earlier of equal values, as max over the chosen in order did)
                    overlap[i] = cos if held is None else max(held, cos)
    return sorted(chosen)
