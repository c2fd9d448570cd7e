"""Clause cuts for a line of Urdu that has no sentence terminator, or hardly any.

Some sources strip punctuation (half of the Bend the Truth corpus is one 300-word line per article,
others keep a stray ``۔`` every few hundred words). The punctuation rules then see one sentence per
article, and everything that works per sentence (summaries, quotes, event roles) goes wrong with it.
Only for such text — a line of :data:`MIN_WORDS` words or more with no ``۔ ؟ ? !`` and no full stop,
or a sentence of :data:`LONG_WORDS` words or more in a line with at most one terminator per
:data:`SPARSE_WORDS` words — the splitter cuts:

* after a clause-final auxiliary (``ہے``، ``ہیں``، ``تھا``، ``گا``), a future written as one word
  (``ہونگے``) or a masculine perfective (``کیا``، ``گیا``), unless the next word carries the clause on
  (``کہ``، ``اور``، a postposition, another auxiliary or verb);
* after a plural or feminine perfective or a subjunctive (``کیے``، ``گئی``، ``کرے``: often a participle
  before its noun) only before a word that usually opens a sentence (``اس``، ``انہوں``، ``تاہم``) or a
  new agent (``وزیر خزانہ نے``);
* never inside ``کرتے ہوئے`` or after the question word ``کیا``; a piece that opens with a relative or
  conditional clause keeps its correlative (``جو … ہیں وہ …``، ``اگر … تو``);
* in a piece still :data:`LONG_WORDS` words long, also at a comma after a clause end when a sentence
  opens after it (writers who end sentences with ``،``).

Punctuated text never comes here, so the rule of the main splitter holds there: no cut after ``ہے``
without a terminator.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import methodcaller

from khabar.text.normalize import LETTERS

#: Below this many words a line is a headline or one long sentence that lacks its full stop.
MIN_WORDS = 40
#: A sentence this long, in a line with few terminators, is cut too (the source kept a stray ۔).
LONG_WORDS = 100
#: ... where the line has at most one terminator per this many words.
SPARSE_WORDS = 80
#: No piece shorter than this many words is cut off (``… ہے اس پر`` at a line end stays).
MIN_PIECE = 5
#: A terminator anywhere in the line means the writer punctuates: the line is left alone.
#: (what :func:`_terminators` counts, without running this regex over every line)
_TERMINATOR = re.compile(r"[۔؟?!]|\.(?=\s|$)")
#: A future written as one word (ہوگا، کریگی، ہونگے); زندگی، دنگا and the like do not match.
_GLUED_FUTURE = re.compile("(?:[یےو]|ں|ین|یں|[وی]ن)(?:گا|گی|گے)$")
#: what every glued future ends with (a C-level test before the regex)
_FUTURE_ENDINGS = ("گا", "گی", "گے")
_ends_like_future = methodcaller("endswith", _FUTURE_ENDINGS)
_GENITIVE = frozenset({"کا", "کی", "کے"})
#: after these, ``کیا`` opens a question (``کہ کیا …``، ``اور کیا …``، ``بحران کا کیا حل``) instead of closing
#: a clause (a light verb follows its noun, never a genitive)
_BEFORE_QUESTION_WORD = frozenset({"کہ", "اور", "لیکن", "مگر", "تو", "بلکہ", "یا"}) | _GENITIVE
_COMMAS = frozenset({"،", ","})
_WORD = re.compile(f"[{LETTERS}]+|[A-Za-z0-9]+")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The word classes of ``data/text/sentence_words.tsv`` that the cuts look at."""

    clause_end: frozenset[str]
    perfective_end: frozenset[str]
    participle_end: frozenset[str]
    continues: frozenset[str]
    opener: frozenset[str]
    relative: frozenset[str]
    correlative: frozenset[str]
    not_future: frozenset[str]


def is_glued_future(word: str) -> bool:
    """Whether ``word`` is a future written as one word (``ہوگا``، ``جائیگا``، ``کریںگے``)."""
    return _GLUED_FUTURE.search(word) is not None


class RunOnLines:
    """Tells run-on sentences of one normalized text (:meth:`is_run_on`). Line bounds and each line's
    word and terminator counts are worked out once per line, so a text of one huge line costs one
    pass, not one per sentence."""

    __slots__ = ("norm", "_breaks", "_lines")

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self._breaks: list[int] | None = None
        self._lines: dict[int, tuple[int, int]] = {}  # line index -> (words, terminators)

    def _line(self, s: int) -> tuple[int, int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.norm)]
        i = bisect_left(self._breaks, s)
        stats = self._lines.get(i)
        if stats is None:
            start = self._breaks[i - 1] + 1 if i else 0
            end = self._breaks[i] if i < len(self._breaks) else len(self.norm)
            stats = (self.norm.count(" ", start, end) + 1, _terminators(self.norm, start, end))
            self._lines[i] = stats
        return stats

    def is_run_on(self, s: int, e: int) -> bool:
        """Whether the sentence ``norm[s:e]`` is a run-on to cut at clause ends: at least
        :data:`MIN_WORDS` words in a line without any terminator, or :data:`LONG_WORDS` words or more
        in a line whose writer (or source) kept a terminator for at most every :data:`SPARSE_WORDS`
        words."""
        if e - s < MIN_WORDS * 3:
            return False
        line_words, marks = self._line(s)
        words = self.norm.count(" ", s, e) + 1
        if marks == 0:
            return words >= MIN_WORDS
        return words >= LONG_WORDS and line_words >= SPARSE_WORDS * marks


def _terminators(norm: str, start: int, end: int) -> int:
    """``len(_TERMINATOR.findall(norm, start, end))`` for a line ``norm[start:end]``, by C-level
    counts and finds (the regex, an alternation, was tried at every position of the line)."""
    found = sum(norm.count(ch, start, end) for ch in "۔؟?!")
    i = norm.find(".", start, end)
    while i >= 0:
        if i + 1 == end or norm[i + 1].isspace():  # \s is str.isspace; $ is the line's end
            found += 1
        i = norm.find(".", i + 1, end)
    return found


def clause_cuts(norm: str, s: int, e: int, words: ClauseWords) -> list[int]:
    """Norm offsets inside ``norm[s:e]`` (a run-on line, :func:`is_run_on`) where a sentence ends.

    A piece still :data:`LONG_WORDS` long after the cuts is cut again where a comma follows a
    clause end and a sentence opens after it: that writer uses the comma as a full stop.
    """
    cuts = _cuts(norm, s, e, words, commas=False)
    out: list[int] = []
    for a, b in zip([s, *cuts], [*cuts, e], strict=True):
        if norm.count(" ", a, b) + 1 >= LONG_WORDS:
            out += _cuts(norm, a, b, words, commas=True)
        if b != e:
            out.append(b)
    return out


def _cuts(norm: str, s: int, e: int, words: ClauseWords, *, commas: bool) -> list[int]:
    # The words and their bounds from one split (``found`` by ``finditer`` made three method calls
    # a word): ``bounds[2 * i + 1]`` is where word ``i`` starts, ``bounds[2 * i + 2]`` where it ends.
    parts = _WORD_SPLIT.split(norm[s:e])
    ws = parts[1::2]
    total = len(ws)
    if total < MIN_WORDS:
        return []
    bounds = list(accumulate(map(len, parts), initial=s))
    futures = {w for w in filter(_ends_like_future, set(ws)) if _GLUED_FUTURE.search(w)}
    # Only a relative word or a possible clause end changes anything below; every other word
    # reaches a ``continue``, so the loop visits these alone.
    visit = _visited(words) | futures
    cuts: list[int] = []
    first = 0  # first word of the piece being built
    relative_open = False
    for i in compress(range(total - MIN_PIECE), map(visit.__contains__, ws)):
        word = ws[i]
        if word in words.relative and i - first <= 1:
            relative_open = True  # اگر … تو، جو … وہ: a piece that opens with a relative clause
        if i + 1 - first < MIN_PIECE:
            continue
        nxt = ws[i + 1]
        if nxt in words.continues or nxt in futures:
            continue  # the clause goes on (a future glued into one word never opens a sentence)
        if word.startswith("ہو") and ws[i - 1].endswith(("تے", "تی", "تا")):
            continue  # کرتا ہوا، کرتے ہوئے: an adverbial participle, the clause goes on
        if word == "کیا" and (i == first or ws[i - 1] in _BEFORE_QUESTION_WORD):
            continue  # کہ کیا حکومت …: the question word "whether", not the verb "did"
        if (word in words.clause_end or word in words.perfective_end
                or (word in futures and word not in words.not_future)):
            cut = True
        elif word in words.participle_end:
            cut = nxt in words.opener or _new_agent(ws, i + 1, words)
        else:
            continue
        if not cut:
            continue
        if relative_open and nxt in words.correlative:
            relative_open = False  # the correlative takes the clause up; the next end may cut
            continue
        end = bounds[2 * i + 2]
        gap = norm[end:bounds[2 * i + 3]]
        if gap.strip():
            # a quote or other mark between them: the writer's own mark decides; a comma after a
            # clause end in a run-on line is the writer's full stop when a sentence opens after it
            if not commas or gap.strip() not in _COMMAS \
                    or not (nxt in words.opener or _new_agent(ws, i + 1, words)):
                continue
            end += len(gap.rstrip())
        cuts.append(end)
        first = i + 1
        relative_open = False
    return cuts


@lru_cache(maxsize=4)
def _visited(words: ClauseWords) -> frozenset[str]:
    """The words :func:`_cuts` must look at (besides glued futures): relatives and clause ends."""
    return words.relative | words.clause_end | words.perfective_end | words.participle_end


def _new_agent(ws: list[str], k: int, words: ClauseWords) -> bool:
    """Whether a new ergative subject (``X نے``، ``محکمہ صحت کے ترجمان نے``) opens at word ``k``: a clause with
    its own agent cannot go on the finite clause before it without a conjunction."""
    for j in range(k, min(k + 6, len(ws))):
        word = ws[j]
        if word == "نے":
            return j > k
        if word in words.continues and word not in _GENITIVE:
            return False  # جس نے، اس میں: not a subject of its own
    return False
