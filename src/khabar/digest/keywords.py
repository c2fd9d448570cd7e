"""Keyphrases: the words and short phrases an article is about.

Candidates are the 1–4-token windows inside maximal runs of content tokens (no stop word, digit or
punctuation between them, same sentence and line). A candidate scores high when its words are rare in
general Urdu (IDF against the Makhzan background counts), frequent in the article, appear early, and
form a name or a title word; a window that always occurs inside one longer window gives way to it.
Scores are relative to the best keyword, so they lie in (0, 1].
"""

from __future__ import annotations

import math
from bisect import bisect_left
from itertools import repeat
from operator import itemgetter

from khabar.digest.lexicon import Background, background, predicate_words, remembered_idf, stop_words
from khabar.digest.terms import content_flags, is_content, title_words
from khabar.document import Document, Keyword
from khabar.text.tokens import word_positions

MAX_WORDS = 4
#: multiplier per extra word: a phrase says more than its head word alone
_LENGTH_BONUS = 0.3
_ENTITY_BONUS = 1.6
_TITLE_BONUS = 0.6
#: zero-width space, bidi marks and embeddings, BOM: never part of how a phrase reads
_INVISIBLE = dict.fromkeys([0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF])


#: a candidate phrase: [how often it occurs, its first occurrence's first token, that occurrence's
#: last token] (a list, not an object: most windows occur once and are dropped by _closed)
_Seen = list[int]


def _runs(doc: Document) -> list[list[int]]:
    """Token indexes of maximal runs of adjacent content tokens; the noun or adjective half of a
    light-verb predicate (``حاصل``، ``عائد``) ends a run, so ``وکٹیں حاصل`` gives ``وکٹیں``."""
    flags = content_flags(doc)
    predicates = predicate_words()
    text = doc.text
    runs: list[list[int]] = []
    cur: list[int] = []
    prev = None
    for i, tok in enumerate(doc.tokens):
        flag = flags[i] and tok.norm not in predicates
        # (find, not a slice: no string made per token)
        if flag and (not cur or (prev is not None and prev.sentence == tok.sentence
                                 and text.find("\n", prev.end, tok.start) < 0)):
            cur.append(i)
        else:
            if cur:
                runs.append(cur)
            cur = [i] if flag else []
        prev = tok
    if cur:
        runs.append(cur)
    return runs


def _candidates(doc: Document, runs: list[list[int]]) -> dict[tuple[str, ...], _Seen]:
    toks = doc.tokens
    cands: dict[tuple[str, ...], _Seen] = {}
    for run in runs:
        if len(run) == 1:  # about two runs in three: one window, without the loops below
            i = run[0]
            key = (toks[i].norm,)
            cand = cands.get(key)
            if cand is None:
                cands[key] = [1, i, i]
            else:
                cand[0] += 1
            continue
        norms = [toks[i].norm for i in run]
        size = len(run)
        for n in range(1, min(MAX_WORDS, size) + 1):
            for a in range(size - n + 1):
                key = tuple(norms[a:a + n])
                cand = cands.get(key)
                if cand is None:
                    cands[key] = [1, run[a], run[a + n - 1]]
                else:
                    cand[0] += 1
    return cands


def _add_entities(doc: Document, cands: dict[tuple[str, ...], _Seen]) -> dict[tuple[str, ...], str]:
    """Name mentions are candidates whole, stop words and all (``شی جن پنگ``); returns their keys,
    each with what names the entity (its id, else its romanization, else the key itself), so that two
    spellings of one entity (``کراچی``، ``شہر قائد``) are one keyword."""
    keys: dict[tuple[str, ...], str] = {}
    names = [e for e in doc.entities if not e.is_value]
    if not names:
        return keys
    stops = stop_words()
    tokens = doc.tokens
    norms = [t.norm for t in tokens]
    starts = [t.start for t in tokens]
    for ent in names:
        lo, hi = bisect_left(starts, ent.start), bisect_left(starts, ent.end)
        inside = [k for k in range(lo, hi) if tokens[k].end <= ent.end]
        key = tuple(norms[k] for k in inside)
        if not key or key in keys or not any(is_content(w, stops) for w in key):
            continue
        keys[key] = ent.entity_id or ent.name_rom or " ".join(key)
        if len(key) <= MAX_WORDS and key in cands:
            continue
        # every mention counts, tagged or not: the tagger may miss a repeat
        n = len(key)
        at = [i for i in word_positions(norms, key[0])
              if i <= len(norms) - n and tuple(norms[i:i + n]) == key] or [-1]
        cands[key] = [len(at), at[0], at[0] + n - 1] if at[0] >= 0 else [1, inside[0], inside[-1]]
    return keys


def _closed(cands: dict[tuple[str, ...], _Seen]) -> list[tuple[tuple[str, ...], _Seen]]:
    """Drop windows that never occur outside one longer window (``جن پنگ`` inside ``شی جن پنگ``)."""
    extended: dict[tuple[str, ...], set[int]] = {}
    for key, cand in cands.items():
        if len(key) > 1:
            extended.setdefault(key[:-1], set()).add(cand[0])
            extended.setdefault(key[1:], set()).add(cand[0])
    return [(k, c) for k, c in cands.items() if c[0] not in extended.get(k, ())]


def _straddles(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does the phrase at ``start:end`` overlap a name or value mention without being it?"""
    i = bisect_left(spans, (start, -1))
    for a, b in spans[max(i - 1, 0):]:
        if a >= end:
            break
        if b > start and (a, b) != (start, end):
            return True
    return False


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words the end of one phrase shares with the start of the other."""
    best = 0
    for n in range(1, min(len(a), len(b))):
        if a[-n:] == b[:n] or b[-n:] == a[:n]:
            best = n
    return best


#: plural and oblique endings, each with what the base form ends in instead (``گردوں`` → ``گردہ``,
#: ``ویڈیوز`` → ``ویڈیو``, ``پابندیاں`` → ``پابندی``, ``مطالبات`` → ``مطالبہ``)
_ENDINGS = (("وں", ("", "ہ", "ا")), ("یں", ("",)), ("اں", ("",)), ("ات", ("", "ہ")), ("ے", ("ہ", "ا")),
            ("ز", ("",)))


def _forms(key: tuple[str, ...], known: dict[str, int]) -> set[tuple[str, ...]]:
    """``key`` and the known base forms of its last word: ``ٹیم`` and ``ٹیموں`` share one, as do
    ``ڈرون حملے`` and ``ڈرون حملوں`` (a base must be a word of the background corpus)."""
    *head, last = key
    out = {key}
    for ending, bases in _ENDINGS:
        stem = last[: -len(ending)]
        if last.endswith(ending) and len(stem) >= 2:
            out.update((*head, stem + b) for b in bases if stem + b in known)
    return out


def _parts(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every run of adjacent words of ``key``, ``key`` itself included."""
    n = len(key)
    return [key[i:j] for i in range(n) for j in range(i + 1, n + 1)]


#: ``1 + log(count)`` of the counts most words have in one article
_TF_FACTOR = (0.0, *(1.0 + math.log(c) for c in range(1, 64)))


def _weights(tf: list[tuple[str, int]], bg: Background) -> dict[str, float]:
    """Each word's IDF over an unseen word's, times ``1 + log`` of its count in the article (the IDFs
    remembered from article to article)."""
    idf = remembered_idf(bg)
    known = idf.get
    unseen = bg.unseen_idf
    weight: dict[str, float] = {}
    for w, c in tf:
        r = known(w)
        if r is None:
            r = idf[w] = bg.idf(w)
        weight[w] = r / unseen * (_TF_FACTOR[c] if c < 64 else 1.0 + math.log(c))
    return weight


def extract_keywords(doc: Document, *, top: int = 10) -> list[Keyword]:
    """The ``top`` keyphrases of ``doc``, best first; ``text`` is the phrase as first written."""
    if top <= 0 or not doc.tokens:
        return []
    runs = _runs(doc)
    if not runs:
        return []
    cands = _candidates(doc, runs)
    # each run's one-word windows are its words: their counts are the term frequencies (taken
    # before the names join the candidates)
    tf = [(key[0], cand[0]) for key, cand in cands.items() if len(key) == 1]
    entities = _add_entities(doc, cands)
    bg = background()
    weight = _weights(tf, bg)
    title = title_words(doc)
    n_sents = max(len(doc.sentences), 1)
    toks = doc.tokens

    # (score, start, key, first token, last token)
    scored: list[tuple[float, int, tuple[str, ...], int, int]] = []
    log, get, zero = math.log, weight.get, repeat(0.0)
    for words, (freq, first, last) in _closed(cands):
        # (map sums the same floats in the same order as a list would, without building one)
        score = sum(map(get, words, zero)) / len(words)
        score *= (1.0 + log(freq)) * (1.0 + _LENGTH_BONUS * (len(words) - 1))
        tok = toks[first]
        score *= 1.0 + 0.5 * (1.0 - tok.sentence / n_sents)
        if words in entities:
            score *= _ENTITY_BONUS
        if title:
            score *= 1.0 + _TITLE_BONUS * sum([w in title for w in words]) / len(words)
        scored.append((score, tok.start, words, first, last))
    # best score first, then text order: two stable C-keyed sorts give the order of one sort on
    # (-score, start)
    scored.sort(key=itemgetter(1))
    scored.sort(key=itemgetter(0), reverse=True)

    spans = sorted((e.start, e.end) for e in doc.entities)
    chosen: list[tuple[float, tuple[str, ...], int, int]] = []  # (score, key, start, end)
    named: set[str] = set()
    # a candidate inside a chosen phrase, or holding one, says nothing new: sets of the chosen
    # phrases and of all their parts answer both in a few lookups
    chosen_keys: set[tuple[str, ...]] = set()
    chosen_parts: set[tuple[str, ...]] = set()
    chosen_forms: set[tuple[str, ...]] = set()
    for score, start, key, _first, last in scored:
        if key in chosen_parts or any(p in chosen_keys for p in _parts(key)):
            continue
        forms = {key} if key in entities else _forms(key, bg.counts)
        if not forms.isdisjoint(chosen_forms):
            continue  # another inflection of a chosen keyword (ٹیموں after ٹیم)
        # (two phrases share two words end to start only when both have three or more)
        if len(key) > 2 and any(_overlap(key, c[1]) >= 2 for c in chosen):
            continue  # ``کاپی رائٹ گیٹی امیجز`` after ``گیٹی امیجز تصویر``: the same words slid along
        end = toks[last].end
        who = entities.get(key)
        if who is not None:
            if who in named:
                continue  # another spelling of an entity already chosen (آئی ایم ایف، بین الاقوامی مالیاتی فنڈ)
            named.add(who)
        elif len(key) > 1 and _straddles(spans, start, end):
            continue  # ``بارش سرجانی ٹاؤن``، ``میٹر ریکارڈ``: part of a name or value with other words glued on
        chosen.append((score, key, start, end))
        chosen_keys.add(key)
        chosen_parts.update(_parts(key))
        chosen_forms |= forms
        if len(chosen) == top:
            break
    if not chosen:
        return []  # every candidate was part of a name or value with other words glued on
    best = chosen[0][0] or 1.0
    starts = [t.start for t in doc.tokens]
    return [Keyword(_phrase_text(doc, starts, start, end), round(s / best, 4)) for s, _key, start, end in chosen]


def _phrase_text(doc: Document, starts: list[int], start: int, end: int) -> str:
    """The phrase as written, one space between its words and no invisible marks.

    The same keyphrase then reads the same from every article, whatever doubled spaces, line
    breaks or zero-width joiners (``وفاقی‌وزیر``) stood between its words in the source.
    """
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    parts: list[str] = []
    prev_end = None
    for tok in doc.tokens[lo:hi]:
        if tok.end > end:
            break
        if prev_end is not None and tok.start > prev_end:
            parts.append(" ")
        parts.append(doc.text[tok.start:tok.end].translate(_INVISIBLE))
        prev_end = tok.end
    return "".join(parts) or doc.text[start:end]
