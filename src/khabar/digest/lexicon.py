"""The digest's data files, each read once on first use from ``khabar/data/digest/``.

Files (see ``docs/digest.md`` for sources and licences): ``stopwords.tsv``, ``background.tsv``
(word counts for IDF), ``polarity.tsv`` (term → weight, hand-written), ``modifiers.tsv`` (negators and
intensifiers, hand-written), ``predicates.tsv`` (light-verb halves that are no keyword, hand-written).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from khabar.errors import DataError
from khabar.text.tokens import word_positions

_FOLDER = "data/digest"


def _read_table(name: str) -> tuple[dict[str, str], list[list[str]]]:
    """(``# key=value`` header settings, rows without the column header) of one TSV."""
    try:
        text = resources.files("khabar").joinpath(_FOLDER, name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError, UnicodeDecodeError) as exc:
        raise DataError(f"digest data file {name!r} is missing or unreadable; reinstall khabar") from exc
    settings: dict[str, str] = {}
    rows: list[list[str]] = []
    header_seen = False
    for line in text.splitlines():
        if line.startswith("#"):
            key, eq, value = line[1:].strip().partition("=")
            if eq and " " not in key:
                settings[key] = value
            continue
        if not line.strip():
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.split("\t"))
    if not header_seen:
        raise DataError(f"digest data file {name!r} has no column header")
    return settings, rows


@cache
def stop_words() -> frozenset[str]:
    return frozenset(row[0] for row in _read_table("stopwords.tsv")[1])


@cache
def predicate_words() -> frozenset[str]:
    """The verb's half of light-verb predicates (``حاصل``، ``عائد``، ``زخمی``): ``predicates.tsv``."""
    return frozenset(row[0] for row in _read_table("predicates.tsv")[1])


@cache
def boilerplate_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Photo-credit and caption phrases (``boilerplate.tsv``), case-folded words, by first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for row in _read_table("boilerplate.tsv")[1]:
        words = tuple(row[0].casefold().split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    # longest first, so تصویر کے کاپی رائٹ wins over کاپی رائٹ
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in by_first.items()}


def credit_matches(words: Sequence[str], start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(i, j)`` ranges of ``words`` (token norms) that spell a photo credit or caption label."""
    phrases = boilerplate_phrases()
    end = len(words) if end is None else end
    # the words case-folded once, in C; most texts hold no word that begins a phrase, and the
    # others are read only where one does
    folded = list(map(str.casefold, words[start:end]))
    firsts = phrases.keys() & set(folded)
    spans: list[tuple[int, int]] = []
    for k in sorted(k for first in firsts for k in word_positions(folded, first)):
        for phrase in phrases[folded[k]]:
            n = len(phrase)
            if k + n <= len(folded) and tuple(folded[k:k + n]) == phrase:
                spans.append((start + k, start + k + n))
                break
    return spans


@dataclass(frozen=True, slots=True)
class Background:
    """Word counts of a large general corpus; ``idf`` is high for words rare there."""

    counts: dict[str, int]
    total: int
    #: IDF of a word the table lacks (rarer than every kept word)
    unseen_idf: float

    def idf(self, word: str) -> float:
        c = self.counts.get(word)
        if c is None:
            return self.unseen_idf
        return math.log(self.total / c)


@cache
def background() -> Background:
    settings, rows = _read_table("background.tsv")
    try:
        counts = {row[0]: int(row[1]) for row in rows}
        total = int(settings["total_tokens"])
    except (KeyError, ValueError, IndexError) as exc:
        raise DataError("digest data file 'background.tsv' is corrupt; rebuild it with "
                        "scripts/build_digest_data.py") from exc
    floor = min(counts.values(), default=1)
    return Background(counts, total, math.log(total / max(floor - 1, 1)))


#: ``Background.idf`` of the words met, for the one table in ``_IDF_OF``: keywords and summary ask it of
#: every content word of every article, and news repeats its words from article to article
_IDF: dict[str, float] = {}
_IDF_MAX = 1 << 16
_IDF_OF: list[Background] = []


def remembered_idf(bg: Background) -> dict[str, float]:
    """The table of remembered IDFs of ``bg``: a word missing from it is added as ``bg.idf(word)``."""
    if not _IDF_OF or _IDF_OF[0] is not bg or len(_IDF) >= _IDF_MAX:
        _IDF.clear()
        _IDF_OF[:] = [bg]
    return _IDF


@dataclass(frozen=True, slots=True)
class Polarity:
    #: single-token terms → weight in [-1, 1]
    words: dict[str, float]
    #: first token → [(token tuple, weight)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], float]]]
    #: every word that begins a term: a clause is scanned at these words only
    starts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", frozenset(self.words) | frozenset(self.phrases))


@cache
def polarity() -> Polarity:
    words: dict[str, float] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    try:
        for row in _read_table("polarity.tsv")[1]:
            weight = max(-1.0, min(1.0, float(row[1]) / 3.0))
            parts = tuple(row[0].split())
            if len(parts) == 1:
                words[parts[0]] = weight
            else:
                phrases.setdefault(parts[0], []).append((parts, weight))
    except (ValueError, IndexError) as exc:
        raise DataError("digest data file 'polarity.tsv' is corrupt") from exc
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Polarity(words, phrases)


@dataclass(frozen=True, slots=True)
class Modifiers:
    negators: frozenset[str]
    #: word → factor applied to the next polar term (> 1 strengthens, < 1 weakens)
    intensifiers: dict[str, float]


@cache
def modifiers() -> Modifiers:
    negators: set[str] = set()
    intensifiers: dict[str, float] = {}
    try:
        for row in _read_table("modifiers.tsv")[1]:
            word, kind, factor = row[0], row[1], float(row[2])
            if kind == "negator":
                negators.add(word)
            elif kind == "intensifier":
                intensifiers[word] = factor
            else:
                raise ValueError(kind)
    except (ValueError, IndexError) as exc:
        raise DataError("digest data file 'modifiers.tsv' is corrupt") from exc
    return Modifiers(frozenset(negators), intensifiers)
