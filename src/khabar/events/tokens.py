"""The events' view of a sentence's tokens: run-together writing that hides an event word or a clause
boundary is split, and the treebank joiner ``_`` is dropped. Split parts keep offsets into the text."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import groupby
from operator import attrgetter

from khabar.document import Token
from khabar.events.data import event_word_rows, event_words
from khabar.events.triggers import load_lexicon

#: case markers that news text often runs on to the next word (``پرقبضہ``، ``کانشانہ``)
_GLUED = event_word_rows("token_glued")
#: case markers ending in ے (yeh barree), which never stands inside a word
_BARREE_MARKERS = event_words("token_barree_markers")
#: speech verbs run on to ``کہ``
_SAID_THAT = event_words("token_said_that")
#: the stem ``کر`` run on to a progressive ``رہا/رہی/رہے`` with the two ر merged
_COLLAPSED = event_words("token_collapsed")
#: second halves of compound postpositions run on to their genitive (``کےخلاف``، ``کےساتھ``)
_COMPOUND_HEADS = event_words("token_compound_heads")
#: finite verb forms run on to ``اور`` (``کیااور``)
_AND_VERBS = event_words("token_and_verbs")
#: real words that merely begin like a marker and an event word
_NOT_GLUED = event_words("token_not_glued")


@cache
def _light_verb_splits() -> dict[str, frozenset[str]]:
    """The last word of each lexicon phrase that has a light verb, with that verb's forms
    (``ظاہر`` → ``کیا``، ``کی``، ``کرتے`` ...): a word written run on to one is split at their seam."""
    lex = load_lexicon()
    out: dict[str, set[str]] = {}
    for entries in lex.by_first.values():
        for e in entries:
            if e.phrase and e.verb and len(e.phrase[-1]) >= 3:
                out.setdefault(e.phrase[-1], set()).update(lex.forms[e.verb])
    return {w: frozenset(f) for w, f in out.items()}


@cache
def _seam_bounds() -> tuple[int, int]:
    """The longest lexicon noun and the longest verb form: a seam lies only within those lengths."""
    splits = _light_verb_splits()
    return max(map(len, splits), default=0), max((len(f) for fs in splits.values() for f in fs), default=0)


def _light_verb_seam(w: str) -> int:
    """Where a lexicon noun ends inside ``w`` when a form of its light verb follows (``ظاہرکیا`` → 4), else 0."""
    longest_noun, longest_form = _seam_bounds()
    if len(w) > longest_noun + longest_form:
        return 0  # (a run of letters thousands long costs nothing)
    splits = _light_verb_splits()
    for i in range(max(3, len(w) - longest_form), min(len(w) - 1, longest_noun + 1)):
        forms = splits.get(w[:i])
        if forms is not None and w[i:] in forms:
            return i
    return 0


def by_sentence(tokens: Iterable[Token]) -> dict[int, list[Token]]:
    """The tokens of each sentence, in text order, keyed by sentence index in order of first appearance."""
    out: dict[int, list[Token]] = {}
    # a document's tokens come sentence by sentence: one run each, grouped in C rather than a
    # dict lookup per token (a sentence that came back later would still be joined to its first run)
    for sent, run in groupby(tokens, key=_SENTENCE):
        held = out.get(sent)
        if held is None:
            out[sent] = list(run)
        else:
            held.extend(run)
    return out


_SENTENCE = attrgetter("sentence")


def unglue(toks: list[Token], text: str | None = None) -> list[Token]:
    """Split a case marker off a following event word or postposition it was run on to, so that the
    trigger and the role analysis see both (the pipeline's space repair does not know event words).
    With the document ``text``, a marker ending in ے run on to any word is split too (``نےخاتون``)."""
    out: list[Token] | None = None
    for k, t in enumerate(toks):
        w = t.norm
        size = len(w)
        if size < 4 and w != "_":
            # a short word is never split, nor long enough to be a marker run on to a word (half the
            # words of a sentence: kept without the tests below)
            if out is not None:
                out.append(t)
            continue
        # a long word is not cached (a run of letters thousands long)
        kind = _split_kind(w) if size <= 40 else _kind(w)
        if not kind and text is not None and size >= 5 and t.end - t.start == size \
                and text[t.start:t.start + 2] in _BARREE_MARKERS and text[t.start + 2:t.start + 3].isalpha():
            # ے is written only at the end of a word (the normal form makes a medial one ی), so a marker
            # ending in it that runs on into more letters is always two words: ``نےخاتون``، ``سےملاقات``
            kind = _MARKER
        if not kind or (kind != _JOINER and t.end - t.start != size):
            # nothing to split, or a token whose text differs from its normal form (left alone)
            if out is not None:
                out.append(t)
            continue
        if kind == _JOINER:
            # the joiner of treebank-style words (``کریں_گے``، ``بات_چیت``) is no word of its own
            if out is None:
                out = list(toks[:k])
        elif kind in (_SAID, _AND):
            # ``کہاکہ``: the speech verb run on to the complementizer that closes its clause; ``کیااور``: a
            # finite verb run on to the coordinator (the clause ends at the verb)
            if out is None:
                out = list(toks[:k])
            tail = "کہ" if kind == _SAID else "اور"
            cut = t.end - len(tail)
            out.append(Token(t.start, cut, w[:-len(tail)], t.sentence, True))
            out.append(Token(cut, t.end, tail, t.sentence, True))
        elif kind == _MERGED_R:
            # ``کرہی`` is ``کر رہی`` written with one ر: the stem and the progressive share it
            if out is None:
                out = list(toks[:k])
            out.append(Token(t.start, t.start + 2, "کر", t.sentence, True))
            out.append(Token(t.start + 1, t.end, "ر" + w[2:], t.sentence, True))
        else:
            # a marker run on to an event word (``پرقبضہ``, cut 2), or a predicate's noun run on to its
            # light verb (``اظہارکیا``، ``مستردکر``, cut at the seam)
            if out is None:
                out = list(toks[:k])
            cut = 2 if kind == _MARKER else kind
            head = w[:cut]
            if kind == _MARKER and text is not None and text[t.start:t.start + 2] in _BARREE_MARKERS:
                head = text[t.start:t.start + 2]  # the marker as written, not its normal form's ی
            out.append(Token(t.start, t.start + cut, head, t.sentence, True))
            out.append(Token(t.start + cut, t.end, w[cut:], t.sentence, True))
    return toks if out is None else out


#: ``_kind`` answers besides 0 (no split) and a positive light-verb seam position
_JOINER, _SAID, _MERGED_R, _MARKER, _AND = -1, -2, -3, -4, -5


def _kind(w: str) -> int:
    """How a word is split, by its spelling alone: 0 not at all, a seam position, or one of the kinds
    above."""
    if w == "_":
        return _JOINER
    if w in _SAID_THAT:
        return _SAID
    if w in _COLLAPSED:
        return _MERGED_R
    if w.endswith("اور") and w[:-3] in _AND_VERBS:
        return _AND
    firsts = load_lexicon().by_first
    if len(w) >= 5 and w[:2] in _GLUED and w not in firsts and w not in _NOT_GLUED \
            and (w[2:] in firsts or (w[:2] in ("کے", "کی") and w[2:] in _COMPOUND_HEADS)):
        return _MARKER
    if len(w) >= 5 and w not in firsts:
        return _light_verb_seam(w)
    return 0


#: news repeats its words: most tokens are answered by one lookup
_split_kind = lru_cache(maxsize=1 << 16)(_kind)
