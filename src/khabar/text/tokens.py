"""Tokenization with offsets into the original text and a normalized form per token.

Tokens are found on the normalized view (so ي/ی, Urdu digits, '' and ZWNJ-joined compounds all look
the same) and mapped back through its offset map. What is one token:

* an Urdu word: a run of Arabic-script letters (ZWNJ-joined compounds stay one word); every Urdu
  word is offered to space repair (:func:`khabar.text.joins.split_joined`), and a run-together word
  becomes one token per part, each with its own stretch of the original span and ``joined=True``
  (a word written with a ZWNJ is joined on purpose and stays whole);
* a number: ``12``, ``12.5``, ``1,000``, ``4:10``, ``15.12.2021``, ``15/12/2021``, a range ``2021-2025``,
  and a number glued to Latin letters (``2G``, ``5G``); an era mark ``ء`` after a number is its own
  token (``2013ء`` → ``2013`` ``ء``);
* a Latin word, with inner hyphens and apostrophes (``multi-polar``, ``Pakistan's``) or as dotted
  initials (``U.S.``);
* a URL, an e-mail address, a hashtag or a mention;
* punctuation: one token per mark, except runs of dots (``...``) and of ``۔``.
"""

from __future__ import annotations

import gc
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress, repeat

from khabar.document import Sentence, Token
from khabar.text import joins
from khabar.text.joins import Part
from khabar.text.normalize import LETTERS, Normalized, OffsetMap, view_of

#: A word never starts with hamza, so ``2013ءمیں`` splits into 2013, ء, میں.
_WORD_START = "\u0622" + LETTERS[1:]  # LETTERS without its first member, ء
assert LETTERS.startswith("\u0621-")
_URDU_WORD = f"[{_WORD_START}][{LETTERS}]*+|ء"
#: A URL stops at Urdu punctuation: ``news۔اگلی`` is a URL, a full stop and the next word.
_URL = r"(?:https?://|www\.)[^\s\"<>۔،؟]*[^\s\"<>.,;:!?)\]'۔،؟]"
_EMAIL = r"[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_TAG = rf"[#@](?:[A-Za-z0-9_]|{_URDU_WORD})+"
_NUMBER = r"\d+(?:[.,:/]\d+)*(?:-\d+(?:[.,]\d+)*)?(?:[A-Za-z][A-Za-z0-9]*)?"
_LATIN = r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|[A-Za-z][A-Za-z0-9]*(?:['\-][A-Za-z0-9]+)*"
_PUNCT = r"\.{2,}|۔+|\S"

#: One capturing group, so ``split`` alternates gap, token, gap, token, ..., gap. Urdu words come
#: first because they are most tokens and cannot start a URL, e-mail or number.
#: The leading ``(?!\s)`` turns a space away with one test instead of one per alternative (about
#: a sixth faster over news text).
_TOKEN = re.compile(
    f"(?!\\s)({_URDU_WORD}|(?=[A-Za-z0-9])(?:{_URL}|{_EMAIL}|{_NUMBER}|{_LATIN})|{_TAG}|{_PUNCT})"
)
_LETTER_START = re.compile(f"[{LETTERS}]")
#: A letter that never stands alone as a word (ں ے ھ), cut off its word by a stray space: ``میر ے``،
#: ``کہو ں``، ``بڑ ھ``. Such a fragment is glued back to the word before it (one token over both
#: pieces and the space, norm without the space); a fragment after punctuation or a number stays.
#: (The space comes first and the letter before it is looked back at from behind the space: a
#: pattern that opens with a literal is searched at C speed, one that opens with a look-behind
#: is tried at every position, 2.2 times slower.)
_ORPHAN = re.compile(f" (?<=[{LETTERS}] )(?=[ںےھ](?![{LETTERS}]))")
#: Where :data:`_ORPHAN` may match: one scan instead of three ``in`` tests.
_ORPHAN_HINT = re.compile(" [ںےھ]")
#: Up to this many tokens times run-together words, :func:`_with_parts` splices in place.
_SPLICE_LIMIT = 200_000
#: Longer letter runs are not run-together words (a page of text with no spaces, a garbled
#: encoding); space repair is not offered them, which keeps it linear in the text.
_MAX_JOINED = 48


def tokenize(text: str, sentences: Sequence[Sentence] | None = None, *,
             repair_joins: bool = True, norm: Normalized | None = None) -> list[Token]:
    """Tokens of ``text`` in order, with original offsets; ``sentence`` indexes ``sentences``.

    ``repair_joins=False`` keeps run-together words whole (for measuring segmentation alone).
    ``norm`` is ``normalize(text)`` when the caller has it already (the pipeline does).
    """
    n = view_of(text, norm)
    parts = _TOKEN.split(n.norm)
    norms = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=0))
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    if n.breaks and isinstance(n.to_original, OffsetMap):
        ligatures = _word_ligatures(n, n.to_original)
        if ligatures:
            _respect_ligatures(n.norm, ligatures, starts, ends, norms)
    if _ORPHAN_HINT.search(n.norm):
        _glue_orphans(n.norm, starts, ends, norms)
    ostarts, oends = n.spans_to_original(starts, ends)
    sent_ids = _sentence_ids(ostarts, sentences)
    parts_of, hits = _join_hits(norms) if repair_joins else ({}, [])
    if repair_joins:
        parts_of, hits = _with_neighbour_splits(norms, parts_of, hits)
    if hits and "\u200c" in text:
        # A ZWNJ is the writer saying "one word, no space" (کلام‌پاک): leave such a word whole.
        hits = [i for i in hits if "\u200c" not in text[ostarts[i]:oends[i]]]
    cuts = [parts_of[norms[i]] for i in hits]
    if hits and ("ے" in text or "ۓ" in text):
        hits, cuts = _typed_futures(text, n, hits, cuts, norms, starts)
    if hits and isinstance(n.to_original, OffsetMap):
        hits, cuts = _no_cut_in_ligature(hits, cuts, n.to_original, starts)
    # Hundreds of thousands of small objects at once: the cycle collector would walk them again
    # and again while they are made, and none of them can be part of a cycle.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        tokens = list(map(Token, ostarts, oends, norms, sent_ids))
        return _with_parts(n, tokens, hits, cuts, starts, ends, sent_ids) if hits else tokens
    finally:
        if was_enabled:
            gc.enable()


def _with_neighbour_splits(norms: list[str], parts_of: dict[str, list[Part]], hits: list[int],
                           ) -> tuple[dict[str, list[Part]], list[int]]:
    """The join hits plus the run-on words that this text's own words explain
    (:func:`khabar.text.joins.glued_candidates`, worked out once per distinct word by the memo, and
    :func:`khabar.text.joins.neighbour_split`). ``parts_of`` is shared: it is never changed."""
    glued, present = _glued_candidates(norms)
    if not glued:
        return parts_of, hits
    verb_stems = _verb_stems(norms, glued, present)
    near = {}
    for word, cands in glued.items():
        if word not in parts_of:
            parts = joins.neighbour_split(word, cands, present, verb_stems)
            if parts:
                near[word] = parts
    if not near:
        return parts_of, hits
    extra = list(compress(range(len(norms)), map(near.__contains__, norms)))
    return {**parts_of, **near}, sorted(hits + extra)


def _verb_stems(norms: list[str], glued: dict[str, tuple[tuple[int, str], ...]], present: set[str]) -> set[str]:
    """The candidate names of ``glued`` that this text uses as verb stems: followed by an aspect verb
    somewhere (``چپک جاتا``، ``پگھل گئی``، ``گھما سکتے``; :func:`khabar.text.joins.aspect_verbs`)."""
    names = {name for word, cands in glued.items() if word.endswith("نے") for _, name in cands} & present
    if not names:
        return set()
    aspect = joins.aspect_verbs()
    last = len(norms) - 1
    # a C-level scan per name: names are few, tokens many
    return {name for name in names
            if any(i < last and norms[i + 1] in aspect for i in word_positions(norms, name))}


def word_positions(words: list[str], word: str) -> list[int]:
    """Every index of ``word`` in ``words``, ascending (``list.index`` scans in C)."""
    out: list[int] = []
    k = -1
    try:
        while True:
            k = words.index(word, k + 1)
            out.append(k)
    except ValueError:
        return out


def _with_parts(n: Normalized, tokens: list[Token], hits: list[int], cuts: list[list[Part]],
                starts: list[int], ends: list[int], sent_ids: list[int]) -> list[Token]:
    """``tokens`` with each run-together word at ``hits`` replaced by one token per part of ``cuts``
    (aligned with ``hits``)."""
    pairs = list(zip(hits, cuts, strict=True))
    breaks = n.breaks
    if breaks is not None and not any(_break_inside(breaks, starts[i], ends[i]) for i in hits):
        # No dropped or expanded stretch inside any of these words (the common case): the map
        # steps by one across each, so its parts are made from its token. Saves mapping them again.
        groups = [_part_tokens(tokens[i], parts, ends[i] - starts[i]) for i, parts in pairs]
    else:
        pstarts = [starts[i] + a for i, parts in pairs for a, _, _ in parts]
        pends = [starts[i] + b for i, parts in pairs for _, b, _ in parts]
        pstarts, pends = n.spans_to_original(pstarts, pends)
        pnorms = [p[2] for _, parts in pairs for p in parts]
        psent = [sent_ids[i] for i, parts in pairs for _ in parts]
        made = list(map(Token, pstarts, pends, pnorms, psent, repeat(True)))  # joined
        bounds = list(accumulate((len(parts) for _, parts in pairs), initial=0))
        groups = [made[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if len(tokens) * len(pairs) <= _SPLICE_LIMIT:
        # An article: spliced in place from the back. A slice assignment moves only the pointers
        # of the tail, while a rebuild copies (and counts references to) every token again.
        for i, group in zip(reversed(hits), reversed(groups), strict=True):
            tokens[i:i + 1] = group
        return tokens
    # One long text (thousands of hits): rebuilt front to back, since splicing in place would move
    # the whole tail once per hit, which is quadratic.
    out: list[Token] = []
    done = 0
    for i, group in zip(hits, groups, strict=True):
        out += tokens[done:i]
        out += group
        done = i + 1
    out += tokens[done:]
    return out


def _part_tokens(tok: Token, parts: list[Part], length: int) -> list[Token]:
    """The tokens of the parts of ``tok``, a word of ``length`` in the view that steps by one across
    it: a part's offsets are the word's original start plus its own, and a part that ends where
    the word ends ends where the word does (the same careful mapping of the same norm offset)."""
    start, end, sent = tok.start, tok.end, tok.sentence
    return [Token(start + a, end if b == length else start + b, norm, sent, True) for a, b, norm in parts]


def _break_inside(breaks: tuple[int, ...], start: int, end: int) -> bool:
    """Whether a break of the view (:attr:`Normalized.breaks`, ascending) lies strictly inside
    the norm span ``start:end``; every place where the offset map may not step by one is a break."""
    j = bisect_right(breaks, start)
    return j < len(breaks) and breaks[j] < end


def _glue_orphans(norm: str, starts: list[int], ends: list[int], norms: list[str]) -> None:
    """Merge each stray-space fragment (:data:`_ORPHAN`) into the token before it, in place (the lists
    are rebuilt once, not cut one fragment at a time: a page of fragments stays linear)."""
    gone: set[int] = set()
    for m in _ORPHAN.finditer(norm):
        gap = m.start()
        i = bisect_left(starts, gap + 1)
        if i == 0 or i >= len(starts) or starts[i] != gap + 1 or ends[i - 1] != gap or i - 1 in gone:
            continue
        ends[i - 1] = ends[i]
        norms[i - 1] += norms[i]
        gone.add(i)
    if gone:
        keep = [k not in gone for k in range(len(starts))]
        starts[:] = compress(starts, keep)
        ends[:] = compress(ends, keep)
        norms[:] = compress(norms, keep)


def _word_ligatures(n: Normalized, m: OffsetMap) -> list[tuple[int, int]]:
    """Norm spans of the ligatures that spell several words (ﷺ ﷻ ﷽). A letter ligature (ﻻ) is
    part of the word around it, and so is ﷲ, which writers glue into words (اﷲ, یاﷲ, کرمﷲ)."""
    return [(a, b) for a, b, _ in m.expansions() if " " in n.norm[a:b]]


def _respect_ligatures(norm: str, ligatures: list[tuple[int, int]], starts: list[int],
                       ends: list[int], norms: list[str]) -> None:
    """Make each word ligature one token, and cut a word glued to it at its edge (``نبیﷺ`` →
    ``نبی`` + ``ﷺ``): every token of a ligature comes from its one character, so anything else
    would give overlapping tokens. Edits the three lists in place."""
    for a, b in reversed(ligatures):
        i = bisect_right(ends, a)
        j = bisect_left(starts, b)
        if i >= j or (j - i == 1 and starts[i] == a and ends[i] == b):
            continue
        pieces = []
        if starts[i] < a:
            pieces.append((starts[i], a))
        pieces.append((max(a, starts[i]), min(b, ends[j - 1])))
        if ends[j - 1] > b:
            pieces.append((b, ends[j - 1]))
        starts[i:j] = [p[0] for p in pieces]
        ends[i:j] = [p[1] for p in pieces]
        norms[i:j] = [norm[p[0]:p[1]] for p in pieces]


def _typed_futures(text: str, n: Normalized, hits: list[int], cuts: list[list[Part]],
                   norms: list[str], starts: list[int]) -> tuple[list[int], list[list[Part]]]:
    """The cuts with every future ending left on a verb whose ے was typed (``جائےگا``), by
    :func:`khabar.text.joins.keep_typed_futures`; a word left in one piece is no hit."""
    future = joins.load_tables().future
    m = n.to_original
    kept_hits: list[int] = []
    kept_cuts: list[list[Part]] = []
    for i, parts in zip(hits, cuts, strict=True):
        # Most run-together words have two parts: one set test then, no generator.
        if (parts[1][2] in future) if len(parts) == 2 else any(p[2] in future for p in parts[1:]):
            at = starts[i]
            parts = joins.keep_typed_futures(parts, norms[i], lambda k, at=at: text[m[at + k]])
            if parts is None:
                continue
        kept_hits.append(i)
        kept_cuts.append(parts)
    return kept_hits, kept_cuts


def _no_cut_in_ligature(hits: list[int], cuts: list[list[Part]], m: OffsetMap,
                        starts: list[int]) -> tuple[list[int], list[list[Part]]]:
    """The run-together words that space repair may cut: not one whose cut falls inside the
    letters of a ligature (یﷲ reads یاللہ; یا + للہ would cut ﷲ in two)."""
    inside = [(a, b) for a, b, _ in m.expansions()]
    if not inside:
        return hits, cuts
    kept_hits: list[int] = []
    kept_cuts: list[list[Part]] = []
    for i, parts in zip(hits, cuts, strict=True):
        at = starts[i]
        seams = [at + b for _, b, _ in parts[:-1]]
        if not any(a < c < b for c in seams for a, b in inside):
            kept_hits.append(i)
            kept_cuts.append(parts)
    return kept_hits, kept_cuts


def _sentence_ids(ostarts: list[int], sentences: Sequence[Sentence] | None) -> list[int]:
    if not sentences:
        return [0] * len(ostarts)
    ids: list[int] = []
    done = 0
    last = len(sentences) - 1
    for i, sent in enumerate(sentences):
        upto = len(ostarts) if i == last else bisect_left(ostarts, sent.end, done)
        ids.extend([i] * (upto - done))
        done = upto
    return ids


class _JoinMemo:
    """``split_joined`` answers remembered across calls, for the ``split_joined`` in use.

    Swapping the function (tests, a reloaded lexicon) starts afresh; so does growing past a bound.
    Every distinct word is asked once; the per-token work is two C-level passes.
    """

    limit = 200_000

    def __init__(self) -> None:
        self.lock = threading.Lock()  # batch runs may tokenize from several threads
        self.owner: object = None
        self.seen: set[str] = set()
        self.parts: dict[str, list[tuple[int, int, str]]] = {}
        self.glued: dict[str, tuple[tuple[int, str], ...]] = {}  # word -> joins.glued_candidates, when any

    def hits(self, norms: list[str]) -> tuple[dict[str, list[tuple[int, int, str]]], list[int]]:
        """(word → parts, indexes of the tokens in ``norms`` that split)."""
        with self.lock:
            split_joined = joins.split_joined
            if self.owner is not split_joined or len(self.seen) > self.limit:
                self.owner, self.seen, self.parts, self.glued = split_joined, set(), {}, {}
            if not self.seen.issuperset(norms):
                new = set(norms) - self.seen
                for word in new:
                    if len(word) <= _MAX_JOINED and _LETTER_START.match(word):
                        parts = split_joined(word)
                        if parts:
                            self.parts[word] = parts
                        else:
                            cands = joins.glued_candidates(word)
                            if cands:
                                self.glued[word] = cands
                self.seen |= new
            parts_of = self.parts
        if not parts_of:
            return parts_of, []
        return parts_of, list(compress(range(len(norms)), map(parts_of.__contains__, norms)))


    def glued_in(self, norms: list[str]) -> tuple[dict[str, tuple[tuple[int, str], ...]], set[str]]:
        """The words of ``norms`` that may be a name glued to a postposition (asked after :meth:`hits`),
        and the set of ``norms`` when there are any (made once: the neighbour splits read it too)."""
        with self.lock:  # another thread's hits() may be adding to the table
            glued = self.glued
            if not glued:
                return {}, set()
            present = set(norms)
            return {w: glued[w] for w in glued.keys() & present}, present


_JOIN_MEMO = _JoinMemo()
_join_hits = _JOIN_MEMO.hits
_glued_candidates = _JOIN_MEMO.glued_in
