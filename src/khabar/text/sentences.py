"""Sentence splitting with offsets into the given text.

Sentences are found on the normalized view (one quote mark, ASCII digits, Urdu punctuation) and
mapped back. A sentence ends:

* at ``۔ ؟ ? !`` (a run counts once: ``؟!``, ``۔۔۔``), even with no space after it (``ہیں ۔برازیل``)
  and with a space before it (``ہے ۔``); not between digits (``12۔5``), not after a list number at
  the start of a line (``1۔``, ``2.``), not inside a URL, and not as the hyphen after a short name
  prefix (``ہند۔ امریکہ``, ``پاک۔ چین``);
* at ``.`` when it is a full stop: followed by a space, a line end or the end of text, and not after
  a Latin abbreviation (``Mr.``, ``Dr.``), a single letter or a spelled-out letter (``پی.``), and
  never inside a number, a date or a URL (``12.5``, ``15.12.2021``, ``bbc.com``);
* at a dash between spaces right after a finite verb or auxiliary (``کیا گیا ہے - اگلا``) or a
  closing quote, the way some Urdu papers type a full stop;
* at every line break: headlines, datelines and list items stand alone.

What is glued to the terminator stays with the sentence: closing quotes and brackets (``کیا۔‘‘``)
and a stray comma (``ہے۔،``); a quote glued to the next word opens that one. A clause-final verb without a terminator (``ہے``, ``ہیں``, ``تھا``) never ends a
sentence by itself — except in a long line with no terminator at all, where the source stripped
the punctuation (:mod:`khabar.text.runons`). Spans exclude surrounding whitespace, and a stretch of bare punctuation
(a stray closing quote) joins the sentence before it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields
from functools import cache
from importlib import resources
from operator import sub

from khabar.document import Sentence
from khabar.errors import DataError
from khabar.text.normalize import LETTERS, Normalized, view_of
from khabar.text.runons import LONG_WORDS, MIN_WORDS, ClauseWords, RunOnLines, clause_cuts

#: Candidates; each is then accepted or refused by the rules below.
_CANDIDATES = "۔؟?!.\n-–—"
_CLOSERS = frozenset('")]}')
#: A sentence that ends in one of these was punctuated by its writer (no run-on line).
_PUNCTUATED = frozenset('۔؟?!.")]}')
_SPACE = frozenset(" \t\r\n\f\v")
_WORD_BEFORE = re.compile(rf"([A-Za-z]+|[{LETTERS}]+|\d+)[^\S\n]*\Z")
_LIST_MARK = re.compile(r"(?:\d{1,3}|[A-Za-z]|[" + LETTERS + r"])\s*")
_HAS_CONTENT = re.compile(rf"[\w{LETTERS}]")
#: Format characters that are seen: Arabic number signs and other prepended concatenation marks.
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2")


def split_sentences(text: str, *, norm: Normalized | None = None) -> list[Sentence]:
    """Sentences of ``text`` as ``Sentence(start, end)`` offsets into ``text``, in order.

    ``norm`` is ``normalize(text)`` when the caller has it already (the pipeline does).
    """
    n = view_of(text, norm)
    norm = n.norm
    nstarts: list[int] = []
    nends: list[int] = []
    begin = 0
    space = _SPACE
    lines: RunOnLines | None = None
    for end in _ends(norm):
        s, e = begin, end
        begin = end
        # Trim surrounding whitespace (inline: this runs once per sentence).
        while s < e and norm[s] in space:
            s += 1
        while e > s and norm[e - 1] in space:
            e -= 1
        if s >= e:
            continue
        # (A sentence that opens with a letter or digit has content: the search is then skipped.)
        if nends and not norm[s].isalnum() and not _HAS_CONTENT.search(norm, s, e) \
                and "\n" not in norm[nends[-1]:s]:
            # A stray quote or bracket after a full stop belongs to the sentence before it.
            nends[-1] = e
            continue
        if e - s >= MIN_WORDS * 3 and (norm[e - 1] not in _PUNCTUATED or e - s >= LONG_WORDS * 3) \
                and (lines or (lines := RunOnLines(norm))).is_run_on(s, e):
            for cut in clause_cuts(norm, s, e, _clause_words()):
                nstarts.append(s)
                nends.append(cut)
                s = cut
                while norm[s] in space:
                    s += 1
        nstarts.append(s)
        nends.append(e)
    if not nstarts:
        return _stray_only(text) if n.breaks else []
    starts, ends = n.spans_to_original(nstarts, nends)
    if n.breaks and _dropped_between(len(text) - len(norm), nstarts, nends, starts, ends):
        _cover_stray(text, starts, ends)
    return list(map(Sentence, starts, ends))


def _dropped_between(shrink: int, nstarts: list[int], nends: list[int], starts: list[int], ends: list[int]) -> bool:
    """Whether the view dropped anything outside the sentences (a gap longer in the text than in
    the view); the usual answer, no, comes from a few C-level passes."""
    if starts[0] != nstarts[0] or ends[-1] - nends[-1] != shrink:
        return True
    # A gap never holds an expansion, so it is never shorter in the text: equal sums, equal gaps.
    return sum(map(sub, starts[1:], ends[:-1])) != sum(map(sub, nstarts[1:], nends[:-1]))


def _is_blank(ch: str) -> bool:
    """Whitespace and invisible format controls (ZWNJ, BOM, LRM): no sentence needs to hold them."""
    return ch.isspace() or (unicodedata.category(ch) == "Cf" and ch not in _VISIBLE_FORMAT)


def _visible(text: str, a: int, b: int) -> list[int]:
    return [i for i in range(a, b) if not _is_blank(text[i])]


def _cover_stray(text: str, starts: list[int], ends: list[int]) -> None:
    """Give the sentences what the view dropped between them (a mark after a space, a mark with
    no letter before it): what is glued to a sentence's start joins it, the rest joins the
    sentence before. Every visible character of the text is then in a sentence."""
    last = len(starts)
    for k in range(last + 1):
        a = ends[k - 1] if k else 0
        b = starts[k] if k < last else len(text)
        if b <= a or text[a:b].isspace():
            continue
        seen = _visible(text, a, b)
        if not seen:
            continue
        glued = b
        while k < last and glued > a and not _is_blank(text[glued - 1]):
            glued -= 1
        if k < last and glued < b:
            starts[k] = glued
        rest = [i for i in seen if i < glued]
        if rest:
            if k:
                ends[k - 1] = rest[-1] + 1
            else:
                starts[0] = rest[0]


def _stray_only(text: str) -> list[Sentence]:
    """A text whose view is empty but that holds visible marks: one sentence around them."""
    seen = _visible(text, 0, len(text))
    return [Sentence(seen[0], seen[-1] + 1)] if seen else []


def _ends(norm: str) -> list[int]:
    """Norm offsets where sentences end (exclusive), the last one at ``len(norm)``."""
    ends: list[int] = []
    append = ends.append
    n = len(norm)
    skip = 0
    space = _SPACE
    prefix_last = _prefix_last_letters()
    for a in _candidates(norm):
        c = norm[a]
        if c == "\n":
            if not ends or ends[-1] != a:  # right after a terminator (۔\n): that end is there
                append(a)
            continue
        if a < skip:
            continue  # inside a run already handled
        if c in "-–—":
            if _dash_ends(norm, a, a + 1, ends[-1] if ends else 0):
                append(a + 1)
            continue
        # A run of terminators (۔۔۔, ؟!, ...) is one candidate.
        b = a + 1
        if c == ".":
            while b < n and norm[b] == ".":
                b += 1
            skip = b
            if _period_ends(norm, a, b):
                append(_after_closers(norm, b))
            continue
        while b < n and norm[b] in "۔؟?!":
            b += 1
        skip = b
        after = norm[b] if b < n else " "
        if c == "۔" and b - a == 1 and after in space and a > 6 and "\n" not in norm[a - 7:a]:
            # The common case, a lone ۔ before a space deep in its line, decided here (it is
            # most candidates): what _mark_ends would ask, minus what cannot apply (not a list
            # mark this far into a line, not inside a number with a space after it).
            before = norm[a - 1]
            if before in space or before not in prefix_last or not _after_prefix(norm, a):
                append(b)  # a space follows: nothing is glued to the terminator
        elif _mark_ends(norm, a, b):
            append(_after_closers(norm, b))
    append(n)
    return ends


def _candidates(norm: str) -> list[int]:
    """Offsets of every candidate character, ascending. A ``str.find`` per character is a C scan
    that a regex character class (a set test at every position) is about 1.4 times slower than."""
    found: list[int] = []
    append = found.append
    find = norm.find
    for ch in _CANDIDATES:
        if ch in norm:
            i = find(ch)
            while i >= 0:
                append(i)
                i = find(ch, i + 1)
    found.sort()
    return found


def _mark_ends(norm: str, a: int, b: int) -> bool:
    """``۔ ؟ ? !`` end a sentence unless they sit inside a number, a URL or a list mark."""
    before = norm[a - 1] if a else " "
    after = norm[b] if b < len(norm) else " "
    if before.isdigit() and after.isdigit():
        return False
    if norm[a] in "?!" and after not in _SPACE and after not in _CLOSERS and _in_url(norm, a):
        return False
    if b - a == 1 and norm[a] == "۔" and before not in _SPACE and after in _SPACE and _after_prefix(norm, a):
        return False  # ہند۔ امریکہ: a hyphen, not a full stop
    return not _is_list_mark(norm, a)


def _after_prefix(norm: str, a: int) -> bool:
    """True when the word right before ``a`` is a compound prefix (ہند, پاک, ...)."""
    if norm[a - 1] not in _prefix_last_letters():
        return False
    for p in _words("compound_prefix"):
        k = a - len(p)
        if k >= 0 and norm.startswith(p, k) and (k == 0 or norm[k - 1] in _SPACE):
            return True
    return False


def _period_ends(norm: str, a: int, b: int) -> bool:
    """``.`` (or a run of them at ``a:b``) is a full stop, not a decimal point, initial or abbreviation."""
    after = norm[b] if b < len(norm) else "\n"
    if after not in _SPACE and after not in _CLOSERS:
        return False  # 12.5, 15.12.2021, bbc.com, U.S.A
    if b - a > 1:
        return after == "\n"  # an ellipsis runs on unless the line ends
    if _is_list_mark(norm, a):
        return False
    m = _WORD_BEFORE.search(norm, max(0, a - 40), a)
    if m is None:
        return True
    word = m.group(1)
    if word.isascii():  # Latin or digits
        return len(word) > 1 and word.lower() not in _words("abbreviation")
    return len(word) > 1 and word not in _words("letter_name")


def _dash_ends(norm: str, a: int, b: int, sent_start: int) -> bool:
    """A dash between spaces after a finite verb or a closing quote is a full stop."""
    if a == 0 or norm[a - 1] not in _SPACE or (b < len(norm) and norm[b] not in _SPACE):
        return False
    j = a - 1
    while j > 0 and norm[j] in " \t":
        j -= 1
    if norm[j] == '"':
        # After a closing quote (an even count in the sentence), the dash ends the quoted sentence.
        return norm.count('"', sent_start, a) % 2 == 0
    m = _WORD_BEFORE.search(norm, max(0, a - 40), a)
    return m is not None and (m.group(1) in _words("finite") or m.group(1).endswith(("گا", "گی", "گے")))


def _is_list_mark(norm: str, a: int) -> bool:
    """True when ``norm[a]`` follows nothing but a list number or letter at the start of a line."""
    if a > 6 and "\n" not in norm[a - 7:a]:
        return False  # more than six characters into its line
    line_start = norm.rfind("\n", 0, a) + 1
    head = norm[line_start:a].lstrip()
    return bool(head) and _LIST_MARK.fullmatch(head) is not None


def _in_url(norm: str, a: int) -> bool:
    start = a
    while start > 0 and norm[start - 1] not in _SPACE:
        start -= 1
    chunk = norm[start:a]
    return "://" in chunk or chunk.startswith("www.")


def _after_closers(norm: str, b: int) -> int:
    """Extend a sentence end over what is glued to its terminator: closing quotes and brackets,
    and a stray comma (``۔،``). A quote glued to the next word opens that sentence instead."""
    n = len(norm)
    while b < n and (norm[b] in _CLOSERS or norm[b] in "،,"):
        nxt = norm[b + 1] if b + 1 < n else " "
        if norm[b] in "،," and nxt not in _SPACE:
            break
        if norm[b] == '"' and not (nxt in _SPACE or nxt in _CLOSERS or nxt in "۔؟?!،,"):
            break
        b += 1
    return b


@cache
def _clause_words() -> ClauseWords:
    return ClauseWords(**{f.name: _words(f.name) for f in fields(ClauseWords)})


@cache
def _prefix_last_letters() -> frozenset[str]:
    return frozenset(p[-1] for p in _words("compound_prefix"))


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one ``kind`` from ``data/text/sentence_words.tsv`` (read once)."""
    return _word_table().get(kind, frozenset())


@cache
def _word_table() -> dict[str, frozenset[str]]:
    try:
        raw = resources.files("khabar").joinpath("data", "text", "sentence_words.tsv").read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError("shipped data file text/sentence_words.tsv is missing; reinstall khabar") from exc
    table: dict[str, set[str]] = {}
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    for row in rows[1:]:
        if len(row) != 2:
            raise DataError(f"text/sentence_words.tsv: malformed row {row!r}")
        table.setdefault(row[1], set()).add(row[0])
    return {k: frozenset(v) for k, v in table.items()}
