"""Normalization as a view: ``normalize(text)`` returns the folded text and a map back to ``text``.

One normalizer serves tokens, entities, the search index and its queries, KB lookup and the dedup
hash, so everything agrees on what "the same word" is. It folds (full table in ``docs/text.md``):

* Arabic letter variants to Urdu ones (ي ى → ی, ك → ک, ه → ہ, ة → ۃ, ۀ → ۂ), and every Arabic
  presentation form (U+FB50–FDFF, U+FE70–FEFF) to the letters it shows; ligatures expand and all
  their letters map back to the one original character;
* hamza and madda written as marks onto their letters (ہ + ٔ → ۂ, ی + ٔ → ئ, و + ٔ → ؤ, ا + ٓ → آ);
* yeh barree written inside a word (مےں, اےک, an old typewriting habit) to ی;
* harakat, superscript alef, Quranic marks and tatweel are dropped (they stay in ``text``);
* Arabic-Indic and Urdu digits to ASCII, Arabic decimal/thousands separators to ``.``/``,``, and
  ``۔`` between digits (``۱۲۔۵``) to ``.``;
* every quote form (' '' ’’ ‘‘ “ ” « » ...) to one ``"``, except an apostrophe inside a Latin word;
* odd spaces to a space, line/paragraph separators to a newline, and zero-width and bidi controls
  (ZWNJ, ZWJ, BOM, LRM, ...) removed.

In words typed with Arabic ه, where one key stands for both hehs, ھ comes back where Urdu writes
it (تها → تھا, but كها → کہا), from ``data/text/aspirates.tsv``.

It runs as two passes: the one-to-one table (offsets unchanged) as a regex split on the characters
to fold, a C-level map and a join (faster than ``str.translate``, which looks up every character,
and than ``re.sub``, which calls back per change), then one regex pass over the
few places where a character is dropped, expanded or depends on its neighbours. The tables are
built once, on first use, from ``data/text/folds.tsv``, ``data/text/ligatures.tsv`` and Unicode's
own compatibility decompositions.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from operator import add
from typing import overload

from khabar.errors import DataError, InputError

#: Arabic-script letters after folding (no marks, no tatweel, no digits, no punctuation).
LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9"

#: Presentation-form blocks that must never survive normalization.
PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
#: Small-form and fullwidth punctuation and letters, folded by their compatibility decomposition.
_COMPATIBILITY_RANGES = ((0xFE50, 0xFE6B), (0xFF01, 0xFF5E))

#: Characters removed from the view that should not count as part of a neighbouring token.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c\u180e"
)

_COMPOSE = {
    "ا\u0653": "آ", "ا\u0654": "أ", "ا\u0655": "إ",
    "و\u0654": "ؤ", "ی\u0654": "ئ", "ہ\u0654": "ۂ", "ے\u0654": "ۓ",
}


class OffsetMap(Sequence[int]):
    """``to_original`` kept as stretches rather than one int per character.

    Stretch ``k`` starts at norm offset ``at[k]``, which comes from text offset ``origin[k]``; in a
    copied stretch both step on by one, in an expansion (the letters of a ligature) every
    character comes from the one origin. A text with a few quotes and marks is a few stretches,
    so building the map costs next to nothing; lookups bisect, and :meth:`map_sorted` maps many
    ascending offsets with one slice per stretch.
    """

    __slots__ = ("_at", "_origin", "_step", "_len")

    def __init__(self, at: list[int], origin: list[int], step: list[int], length: int) -> None:
        self._at, self._origin, self._step, self._len = at, origin, step, length

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if i.__class__ is int and 0 <= i < self._len:  # the common case, first
            k = bisect_right(self._at, i) - 1
            return self._origin[k] + (i - self._at[k]) * self._step[k]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset map index out of range")
        k = bisect_right(self._at, i) - 1
        return self._origin[k] + (i - self._at[k]) * self._step[k]

    def __iter__(self) -> Iterator[int]:
        ends = [*self._at[1:], self._len]
        for a, b, o, step in zip(self._at, ends, self._origin, self._step, strict=True):
            yield from (range(o, o + b - a) if step else repeat(o, b - a))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._at, self._origin, self._step, self._len) == (
                other._at, other._origin, other._step, other._len)
        if isinstance(other, Sequence):
            return len(other) == self._len and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"OffsetMap({list(self)!r})"

    def expansions(self) -> list[tuple[int, int, int]]:
        """``(start, end, origin)`` of every norm stretch that one character expanded into."""
        at, step = self._at, self._step
        if 0 not in step:
            return []  # most maps (a C-level test; the tokenizer asks twice per text)
        return [(at[k], at[k + 1], self._origin[k]) for k in range(len(at) - 1) if not step[k]]

    def map_sorted(self, offsets: list[int]) -> list[int]:
        """``[self[i] for i in offsets]`` for ascending ``offsets``, one slice per stretch."""
        at, origin, step = self._at, self._origin, self._step
        out: list[int] = []
        lo, n, last = 0, len(offsets), len(at) - 1
        for k in range(last + 1):
            if lo >= n:
                break
            hi = n if k == last else bisect_left(offsets, at[k + 1], lo)
            if hi > lo:
                if not step[k]:
                    out += repeat(origin[k], hi - lo)
                elif origin[k] == at[k]:
                    out += offsets[lo:hi]
                else:
                    out += map(add, offsets[lo:hi], repeat(origin[k] - at[k], hi - lo))
            lo = hi
        return out


@dataclass(frozen=True, slots=True)
class Normalized:
    """``norm`` is the normalized view of ``text``.

    ``to_original[i]`` is the offset in ``text`` where ``norm[i]`` comes from, and
    ``to_original[len(norm)] == len(text)``, so a norm span ``[a, b)`` maps to an original span
    (see :meth:`span_to_original`). Treat ``to_original`` as read-only.
    """

    text: str
    norm: str
    to_original: Sequence[int]
    #: norm offsets where ``to_original`` may not step by one (edges and insides of dropped or
    #: expanded stretches); None when unknown. Lets the tokenizer map most offsets directly.
    breaks: tuple[int, ...] | None = None

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``text`` that ``norm[start:end]`` comes from.

        Dropped marks after the span belong to it (a word keeps its harakat); dropped invisible
        controls (ZWNJ, bidi marks) at its edge do not. A span that ends inside a ligature's
        expansion covers the whole ligature.
        """
        m = self.to_original
        s = m[start]
        if end <= start:
            return s, s
        last = m[end - 1]
        e = m[end]
        j = end
        while e <= last:
            j += 1
            e = m[j]
        text = self.text
        while e > last + 1 and text[e - 1] in _INVISIBLE:
            e -= 1
        return s, e

    def spans_to_original(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """:meth:`span_to_original` of many non-empty spans at once (``starts``, ``ends`` ascending)."""
        m = self.to_original
        if isinstance(m, range):
            return starts, ends  # nothing changed length: norm offsets are text offsets
        if isinstance(m, OffsetMap):
            ostarts, oends = m.map_sorted(starts), m.map_sorted(ends)
        else:
            ostarts, oends = list(map(m.__getitem__, starts)), list(map(m.__getitem__, ends))
        breaks = self.breaks if self.breaks is not None else range(len(self.norm) + 1)
        # Only an end on a break (a dropped or expanded stretch) needs the careful mapping.
        n = len(ends)
        for b in breaks:
            i = bisect_left(ends, b)
            if i < n and ends[i] == b:
                if starts[i] < b and m[b - 1] + 1 == oends[i]:
                    continue  # steps by one from the span's last character: m[b] is the answer
                oends[i] = self.span_to_original(starts[i], b)[1]
        return ostarts, oends

    def __len__(self) -> int:
        return len(self.norm)

    def __hash__(self) -> int:
        # The view is a function of ``text``; the map may be a list, which cannot be hashed.
        return hash(self.text)


def normalize(text: str) -> Normalized:
    """The normalized view of ``text`` with its offset map (cached for the last few texts)."""
    if not isinstance(text, str):
        raise InputError(f"normalize() takes text (str), not {type(text).__name__}; decode bytes first")
    if len(text) <= _SHORT:
        return _normalize_short(text)
    return _normalize_cached(text)


def view_of(text: str, norm: Normalized | None) -> Normalized:
    """``norm`` when the caller already has ``normalize(text)``, else the view made now."""
    if norm is None:
        return normalize(text)
    if not isinstance(norm, Normalized) or (norm.text is not text and norm.text != text):
        raise InputError("norm= must be normalize(text) of this same text")
    return norm


def normalize_word(word: str) -> str:
    """Just the normalized string of ``word``: for lexicons, queries and KB keys.

    Always equal to ``normalize(word).norm``; cached, since the same words come back again and again.
    """
    if not isinstance(word, str):
        raise InputError(f"normalize_word() takes text (str), not {type(word).__name__}")
    return _normalize_word_cached(word)


@lru_cache(maxsize=65536)
def _normalize_word_cached(word: str) -> str:
    return _fold(word, want_map=False)[0]


def _view(text: str) -> Normalized:
    norm, omap, breaks = _fold(text, want_map=True)
    return Normalized(text, norm, omap, breaks)


_normalize_cached = lru_cache(maxsize=16)(_view)

#: Texts up to this long (words, names, short phrases) have their own, larger cache: the linker and
#: the event and quote stages normalize single words and mentions over and over, which would
#: push the few whole articles out of the small cache above and miss themselves.
_SHORT = 32
_normalize_short = lru_cache(maxsize=8192)(_view)


def _fold(text: str, *, want_map: bool, tables: _Tables | None = None
          ) -> tuple[str, Sequence[int], tuple[int, ...]]:
    """(norm, to_original, breaks) for ``text``; the map is left empty when not wanted."""
    t = tables or _tables()
    folded = t.fold_one(text)
    if "ے" in folded:
        # Yeh barree before a letter is never word-final: a medial ی typed the old way.
        folded = t.barree_re.sub("ی", folded)
    if "۔" in folded:
        # ۔ between digits is a decimal point typed with the Urdu full stop (۱۲۔۵).
        folded = _fold_decimals(folded, t)
    if tables is None and _has_arabic_heh(text):
        folded = _restore_aspirates(text, folded)
    matches = t.special_re.finditer(folded)
    first = next(matches, None)
    if first is None:
        return folded, (range(len(text) + 1) if want_map else ()), ()
    out = _Out(want_map)
    pos = 0
    for m in (first, *matches):
        a, b = m.span()
        if a > pos:
            out.stretch(folded, pos, a)
        start = out.n
        if folded.count('"', a, b) == b - a:
            # Only quote marks (" or "", most runs in news text): one mark, without the walk.
            _fold_quotes(folded, a, b, t.full, out)
        else:
            _fold_run(folded, a, b, t.full, out)
        out.breaks.extend(range(start, out.n + 1))
        pos = b
    if pos < len(folded):
        out.stretch(folded, pos, len(folded))
    if not want_map:
        return "".join(out.parts), (), tuple(out.breaks)
    out.mark(len(text), 1)
    return "".join(out.parts), OffsetMap(out.at, out.origin, out.step, out.n + 1), tuple(out.breaks)


class _Out:
    """The normalized text being built, its offset map (as stretches) and its break points."""

    __slots__ = ("parts", "at", "origin", "step", "breaks", "n", "want_map")

    def __init__(self, want_map: bool) -> None:
        self.parts: list[str] = []
        self.at: list[int] = []
        self.origin: list[int] = []
        self.step: list[int] = []
        self.breaks: list[int] = []
        self.n = 0
        self.want_map = want_map

    def stretch(self, folded: str, a: int, b: int) -> None:
        """Copy ``folded[a:b]``, which maps one to one."""
        self.parts.append(folded[a:b])
        if self.want_map:
            self.mark(a, 1)
        self.n += b - a

    def emit(self, s: str, origin: int) -> None:
        """Append ``s``; every character of it comes from ``origin``."""
        if not s:
            return
        self.parts.append(s)
        if self.want_map:
            self.mark(origin, len(s) == 1)
        self.n += len(s)

    def mark(self, origin: int, step: int) -> None:
        """Start a stretch at the current norm offset, unless the last one simply runs on."""
        at = self.at
        if at and step and self.step[-1] and self.origin[-1] + self.n - at[-1] == origin:
            return
        at.append(self.n)
        self.origin.append(origin)
        self.step.append(step)

    def replace_last(self, ch: str) -> None:
        """Replace the last character emitted (it keeps its offset)."""
        self.parts[-1] = self.parts[-1][:-1] + ch


def _fold_decimals(folded: str, t: _Tables) -> str:
    """``۔`` to ``.`` between digits, looking through what the view drops on either side (12‎۔5):
    the rule must see the digits the view will show, or the view of the view would differ.
    Only a ``۔`` with a digit ahead is a candidate (rare), so the look back is done here."""
    chars: list[str] | None = None
    dropped = t.dropped
    for m in t.decimal_re.finditer(folded):
        i = m.start() - 1
        while i >= 0 and folded[i] in dropped:
            i -= 1
        if i >= 0 and "0" <= folded[i] <= "9":
            if chars is None:
                chars = list(folded)
            chars[m.start()] = "."
    return folded if chars is None else "".join(chars)


def _fold_run(folded: str, a: int, b: int, full: dict[str, str], out: _Out) -> None:
    """Fold ``folded[a:b]``, a run of quote marks and characters to drop, expand or compose."""
    i = a
    while i < b:
        ch = folded[i]
        if ch == '"':
            i = _fold_quotes(folded, i, b, full, out)
            continue
        if out.parts and (ch in "\u0653\u0654\u0655" or "\u0300" <= ch <= "\u036f"):
            i = _compose(folded, i, b, out)
            if i >= 0:
                continue
            i = -i - 1
        rep = full.get(ch, ch)
        if rep:
            out.emit(rep, i)
        i += 1


def _fold_quotes(folded: str, i: int, b: int, full: dict[str, str], out: _Out) -> int:
    """Emit one mark for the quote marks from ``i`` (looking through dropped characters); return
    where the run of them ends. '' and ’’ are one quotation mark typed as two; between Latin
    letters the run is an apostrophe."""
    count = 1
    j = i + 1
    while j < b and (folded[j] == '"' or not full.get(folded[j], "x")):
        count += folded[j] == '"'
        j += 1
    before = out.parts[-1][-1:] if out.parts else ""
    if j < len(folded) and _is_latin(before) and _is_latin(folded[j]):
        # An apostrophe inside a Latin word, however it was typed (don't, don''t): the fold is
        # then idempotent, since ' between Latin letters stays '.
        out.emit("'", i)
    else:
        out.emit('"', i)
    return j


def _compose(folded: str, i: int, b: int, out: _Out) -> int:
    """Compose the mark at ``i`` onto the last character emitted (the base: only dropped
    characters lie between). Returns where to go on, or ``-i - 1`` when nothing composed."""
    ch = folded[i]
    prev = out.parts[-1][-1]
    if ch in "\u0653\u0654\u0655":
        if prev in _BASES:
            out.replace_last(_COMPOSE.get(prev + ch, prev))
            return i + 1
        return -i - 1
    if _is_latin(prev):
        j = i + 1
        while j < b and "\u0300" <= folded[j] <= "\u036f":
            j += 1
        nfc = unicodedata.normalize("NFC", prev + folded[i:j])
        if len(nfc) == 1:
            out.replace_last(nfc)
            return j
    return -i - 1


_BASES = frozenset("اویہے")
#: Arabic heh and its presentation forms: an Arabic keyboard types both ہ and ھ with it.
_ARABIC_HEH = re.compile("[\u0647\ufee9-\ufeec]")


def _has_arabic_heh(text: str) -> bool:
    """``_ARABIC_HEH.search(text)`` as five ``in`` scans: each is a C character search, several
    times faster over a whole article than the regex engine's character-class loop."""
    return ("\u0647" in text or "\ufee9" in text or "\ufeea" in text or "\ufeeb" in text
            or "\ufeec" in text)


def _restore_aspirates(text: str, folded: str) -> str:
    """Turn ہ back into ھ in words typed with Arabic ه where Urdu writes ھ (تها → تھا, not تہا)."""
    table = _aspirates()
    letters = _letter_set()
    chars: list[str] | None = None
    n = len(folded)
    end = 0
    for m in _ARABIC_HEH.finditer(text):
        p = m.start()
        if p < end:
            continue
        s = p
        while s > 0 and folded[s - 1] in letters:
            s -= 1
        end = p + 1
        while end < n and folded[end] in letters:
            end += 1
        word = table.get(folded[s:end])
        if word is None:
            continue
        if chars is None:
            chars = list(folded)
        for i in range(s, end):
            if word[i - s] == "ھ" and _ARABIC_HEH.match(text, i):
                chars[i] = "ھ"
    return folded if chars is None else "".join(chars)


@cache
def _letter_set() -> frozenset[str]:
    return frozenset(c for c in map(chr, range(0x0600, 0x08FF)) if re.match(f"[{LETTERS}]", c))


@cache
def _aspirates() -> dict[str, str]:
    """typed-with-ہ → Urdu spelling with ھ (``data/text/aspirates.tsv``, built from Makhzan)."""
    try:
        return {row[0]: row[1] for row in _data_lines("aspirates.tsv")}
    except IndexError as exc:
        raise DataError("text/aspirates.tsv is malformed; rebuild it with scripts/build_text_data.py") from exc


def _is_latin(ch: str) -> bool:
    """A Latin letter, accented ones included (é composed or not must read the same)."""
    return ch != "" and ("A" <= ch <= "Z" or "a" <= ch <= "z" or ("\u00c0" <= ch < "\u0250" and ch.isalpha()))


@dataclass(frozen=True, slots=True)
class _Tables:
    one: dict[str, str]
    full: dict[str, str]
    one_re: re.Pattern[str]
    special_re: re.Pattern[str]
    barree_re: re.Pattern[str]
    #: Characters the view drops (harakat, tatweel, invisible controls, ...).
    dropped: frozenset[str]
    #: A ``۔`` with a digit ahead, only dropped characters between.
    decimal_re: re.Pattern[str]

    def fold_one(self, text: str) -> str:
        """``text`` with every one-to-one fold applied. A split on the characters to fold, a C-level
        map over them and a join: no Python call per changed character, as ``re.sub`` would make."""
        parts = self.one_re.split(text)
        if len(parts) == 1:
            return text
        parts[1::2] = map(self.one.__getitem__, parts[1::2])
        return "".join(parts)


@cache
def _tables() -> _Tables:
    """The one-to-one folds, the drop/expand folds and the regexes that find where they apply."""
    folds = _read_folds()
    one = {chr(cp): t for cp, t in folds.items() if len(t) == 1 and t != chr(cp)}
    full = {chr(cp): t for cp, t in folds.items() if len(t) != 1}
    base = _make_tables(dict(one), dict(full))
    ligatures = _read_ligatures()
    for lo, hi in (*PRESENTATION_RANGES, *_COMPATIBILITY_RANGES):
        for cp in range(lo, hi + 1):
            if cp in folds or (cp > 0xFEFF and unicodedata.normalize("NFKC", chr(cp)) == chr(cp)):
                continue
            # Fold what the form stands for with the base tables (ي → ی, marks dropped, ...).
            t = _fold(_presentation_text(cp, ligatures), want_map=False, tables=base)[0]
            if len(t) == 1:
                one[chr(cp)] = t
            else:
                full[chr(cp)] = t
    return _make_tables(one, full)


def _make_tables(one: dict[str, str], full: dict[str, str]) -> _Tables:
    dropped = frozenset(c for c, t in full.items() if not t)
    decimal_re = re.compile("۔(?=[" + "".join(re.escape(c) for c in sorted(dropped)) + "]*[0-9])")
    return _Tables(one, full, _charset_re(one), _special_re(full), _BARREE, dropped, decimal_re)


#: What the view drops between letters (marks, tatweel, invisible controls): yeh barree before
#: them and then a letter is still medial.
_DROPPED_MARKS = (
    "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u08d3-\u08ff\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u00ad\u061c\u180e\ufe00-\ufe0f"
)
_BARREE = re.compile(f"ے(?=[{_DROPPED_MARKS}]*[{LETTERS}\ufb50-\ufdff\ufe70-\ufefc])")


def _charset_re(chars: dict[str, str]) -> re.Pattern[str]:
    # One capturing group, so ``split`` hands back the characters it split on.
    return re.compile("([" + "".join(re.escape(c) for c in sorted(chars)) + "])")


def _special_re(full: dict[str, str]) -> re.Pattern[str]:
    # One character class, then the same class repeated: the regex engine skips ahead to a
    # candidate at C speed only when the pattern opens with a plain class (``[…]+`` does not,
    # and was tried at every position: 2.5 times slower over news text).
    chars = "[" + "".join(re.escape(c) for c in sorted(full)) + '"\u0300-\u036f]'
    return re.compile(f"{chars}{chars}*")


def _presentation_text(cp: int, ligatures: dict[int, str]) -> str:
    if cp in ligatures:
        return ligatures[cp]
    ch = chr(cp)
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc == ch:
        # Unassigned, noncharacters, and spacing dot/tail symbols: nothing to read in them.
        return ""
    if nfkc.startswith(" ") and all(unicodedata.category(c) == "Mn" for c in nfkc[1:]):
        # Isolated harakat forms decompose to space + mark; the space is not in the text.
        return nfkc[1:]
    return nfkc


def _data_lines(name: str) -> list[list[str]]:
    try:
        raw = resources.files("khabar").joinpath("data", "text", name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise DataError(f"shipped data file text/{name} is missing; reinstall khabar") from exc
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # header


@cache
def _read_folds() -> dict[int, str]:
    folds: dict[int, str] = {}
    for n, row in enumerate(_data_lines("folds.tsv"), 2):
        try:
            source, target = row[0], row[1]
            lo, _, hi = source.partition("..")
            first, last = int(lo, 16), int(hi or lo, 16)
            for cp in range(first, last + 1):
                if target == "digits":
                    folds[cp] = str(cp - first)
                else:
                    folds[cp] = "".join(chr(int(h, 16)) for h in target.split())
        except (IndexError, ValueError) as exc:
            raise DataError(f"text/folds.tsv row {n} is malformed: {row!r}") from exc
    return folds


@cache
def _read_ligatures() -> dict[int, str]:
    try:
        return {int(row[0], 16): row[1] for row in _data_lines("ligatures.tsv")}
    except (IndexError, ValueError) as exc:
        raise DataError("text/ligatures.tsv is malformed") from exc
