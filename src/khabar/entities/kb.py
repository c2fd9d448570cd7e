"""The canonical entity knowledge base: Wikidata QIDs, English names and Urdu spellings.

The shipped table ``data/kb/entities.tsv`` is built by ``scripts/build_kb.py`` from the hand-written
sources in ``scripts/kb_sources/``; its Urdu names are already in khabar's normalized form. Lookups
compare *keys*: the normalized phrase with every space, zero-width joiner and punctuation mark
removed, so ``اسلام آباد``, ``اسلام‌آباد`` and ``اسلامآباد`` — or ``مسلم لیگ (ن)`` and
``مسلم لیگ ن`` — meet at one key, and token boundaries never matter.

A nationality adjective (``روسی``) is a NORP entry whose ``qid`` and ``country`` are the country's
QID unless the people have an item of their own; :meth:`KnowledgeBase.get` prefers the country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate

from khabar.entities.tables import parse_table
from khabar.entities.tag_lexicon import rule_words
from khabar.errors import DataError

#: Types an entry may have (the contract's name types).
ENTITY_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
)
COLUMNS = ("qid", "type", "name_en", "country", "description", "names")
KB_FILE = "entities.tsv"
COMMON_FILE = "common_words.tsv"
#: run-time spellings of entries (not in their ``names``, so not in NER training)
ALIASES_FILE = "aliases.tsv"

_NOT_LETTER = re.compile(r"[\W_]+")
#: Postpositions, particles and pronouns that begin or end no respaced name (:meth:`KnowledgeBase.match`):
#: ``کی تو`` is no Quito, ``وہ ان`` no Wuhan, ``کاموں کی`` no Kamoke, ``ہی سے`` no Hesse.
RESPACED_EDGE_WORDS = rule_words("respaced_edges")
#: Spelled letters (the rules' initials): a respaced run of them beside another is a piece of a longer
#: acronym (``او یو`` in ``ایم او یو``).
_LETTERS = rule_words("initials")


@dataclass(frozen=True, slots=True)
class KBEntry:
    qid: str
    name_en: str
    type: str
    names: tuple[str, ...]
    country: str | None = None
    description: str | None = None


#: the shortest spelling (letters) that :meth:`KnowledgeBase.lookup_near` reads: below it, names one
#: letter apart are too often different names
NEAR_MIN_LETTERS = 6


_ALEFS = frozenset("اآ")


def _first(key: str) -> str:
    """The first letter, alef with and without madda as one (the only first letters that may differ)."""
    return "ا" if key[0] in _ALEFS else key[0]


def _one_off(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter more, less or other, and not in the first letter
    (``پانپور`` Pampore is no ``خانپور`` Khanpur: a name's first letter is rarely the misspelt one)."""
    if (a[0] != b[0] and {a[0], b[0]} != _ALEFS) or a == b:
        return False  # (but اسٹریلیا / آسٹریلیا: the madda is often left off)
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1:]


@lru_cache(maxsize=1 << 16)
def phrase_key(norm_phrase: str) -> str:
    """The lookup key of a normalized phrase: its letters and digits, nothing else (cached: the
    same words are keyed again by every stage that matches the knowledge base)."""
    return _NOT_LETTER.sub("", norm_phrase)


_TOKEN_KEYS: dict[str, str] = {}
#: tokens whose keys :meth:`KnowledgeBase.match` keeps at once
_TOKEN_KEYS_MAX = 1 << 16


def _token_key(token: str) -> str:
    if len(_TOKEN_KEYS) >= _TOKEN_KEYS_MAX:
        _TOKEN_KEYS.clear()
    key = _TOKEN_KEYS[token] = phrase_key(token)
    return key


class KnowledgeBase:
    """Entries plus an index from keys to entries; build with :func:`load_kb`."""

    __slots__ = ("entries", "max_tokens", "_by_key", "_prefixes", "_by_qid", "_max_key_len",
                 "_common", "_near", "_near_found", "_spelled")

    def __init__(self, entries: Sequence[KBEntry], common_words: Iterable[str] = (),
                 aliases: Iterable[tuple[str, str]] = ()) -> None:
        self.entries: tuple[KBEntry, ...] = tuple(entries)
        aliases = list(aliases)
        self._common = frozenset(phrase_key(w) for w in common_words)
        by_key: dict[str, list[KBEntry]] = {}
        by_qid: dict[str, KBEntry] = {}
        max_tokens = 1
        for entry in self.entries:
            # the first non-NORP entry owns the QID (NORP adjectives share their country's)
            held = by_qid.get(entry.qid)
            if held is None or (held.type == "NORP" and entry.type != "NORP"):
                by_qid[entry.qid] = entry
            for name in entry.names:
                key = phrase_key(name)
                if not key:
                    continue
                bucket = by_key.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
                max_tokens = max(max_tokens, len(name.split()))
        for qid, name in aliases:
            # run-time spellings (aliases.tsv): found by lookups, not listed among the entry's names
            entry = by_qid.get(qid)
            key = phrase_key(name)
            if entry is not None and key and entry not in by_key.setdefault(key, []):
                by_key[key].append(entry)
                max_tokens = max(max_tokens, len(name.split()))
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._by_qid = by_qid
        # the names of two words or more as written, word by word: a run spelled otherwise is respaced
        spellings = [name for entry in self.entries for name in entry.names] + [name for _qid, name in aliases]
        self._spelled = frozenset(t for t in (tuple(k for k in map(phrase_key, name.split()) if k)
                                               for name in spellings) if len(t) > 1)
        # every leading part of every key: lets match() stop extending a window early
        prefixes: set[str] = set()
        for key in self._by_key:
            prefixes.update(accumulate(key[:-1]))  # key[:1], key[:2], ... key[:-1]
        self._prefixes = frozenset(prefixes)
        self._max_key_len = max((len(k) for k in self._by_key), default=0)
        # text may split a name into more tokens than its KB spelling has (پی ٹی آئی, (ن))
        self.max_tokens = max_tokens + 3
        self._near: dict[tuple[str, int], tuple[str, ...]] | None = None  # (first letter, length) -> spellings
        self._near_found: dict[str, tuple[KBEntry, ...]] = {}  # answers of lookup_near, by key

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, norm_phrase: str) -> list[KBEntry]:
        """Entries with a variant equal to ``norm_phrase`` (normalized text), in KB order."""
        return list(self._by_key.get(phrase_key(norm_phrase), ()))

    def get(self, qid: str) -> KBEntry | None:
        return self._by_qid.get(qid)

    def lookup_near(self, norm_phrase: str) -> list[KBEntry]:
        """Entries spelled one letter away from ``norm_phrase`` (a letter more, less or other:
        ``جنوبی افریقا``/``جنوبی افریقہ``، ``نائیجیریا``/``نائجیریا``), for spellings of
        :data:`NEAR_MIN_LETTERS` letters or more that the KB lacks and that are no everyday word;
        empty when the near spellings name more than one entity."""
        key = phrase_key(norm_phrase)
        if len(key) < NEAR_MIN_LETTERS or key in self._by_key or key in self._common:
            return []
        found = self._near_found.get(key)
        if found is None:
            if len(self._near_found) > 65536:
                self._near_found.clear()
            found = self._near_found[key] = tuple(self._near_entries(key))
        return list(found)

    def _near_entries(self, key: str) -> list[KBEntry]:
        if self._near is None:  # spellings by first letter and length, built on the first call (a few ms)
            buckets: dict[tuple[str, int], list[str]] = {}
            for k in self._by_key:
                if len(k) >= NEAR_MIN_LETTERS - 1 and k not in self._common:
                    buckets.setdefault((_first(k), len(k)), []).append(k)
            self._near = {b: tuple(ks) for b, ks in buckets.items()}
        n, first = len(key), _first(key)
        keys = {k for size in (n - 1, n, n + 1) for k in self._near.get((first, size), ()) if _one_off(k, key)}
        entries = {e for k in keys for e in self._by_key[k]}
        if len({e.qid for e in entries}) != 1:
            return []
        return sorted(entries, key=self.entries.index)

    def is_common_word(self, norm_phrase: str) -> bool:
        """True for KB spellings that are also everyday words (شام: evening / Syria)."""
        return phrase_key(norm_phrase) in self._common

    def match(self, norm_tokens: Sequence[str]) -> list[tuple[int, int, KBEntry]]:
        """Longest non-overlapping matches, left to right: ``(i, j, entry)`` with ``j`` exclusive.

        Where a span has several entries, the first in KB order is returned (callers that need
        all of them use :meth:`lookup` on the span). A match never starts or ends on a token that
        has no letters (punctuation, zero-width joiners), and a span that is only an everyday word
        (:meth:`is_common_word`) is not a match. Spans are compared by key, so a name is found
        whatever its spacing (``چار سدہ`` for ``چارسدہ``); a span of two words or more spelled unlike
        every name of the KB (respaced) is no match where it begins or ends with a postposition or
        particle (:data:`RESPACED_EDGE_WORDS`: ``کی تو`` is no Quito) or is a piece of a longer
        spelled acronym (``او یو`` in ``ایم او یو``).
        """
        # phrase_key through a plain dict: match() keys every token of every sentence it is given,
        # and a dict hit touches less memory than an lru_cache hit, which also relinks the entry
        known = _TOKEN_KEYS.get
        keys = [known(t) for t in norm_tokens]
        if None in keys:
            keys = [_token_key(t) if k is None else k for k, t in zip(keys, norm_tokens, strict=True)]
        out: list[tuple[int, int, KBEntry]] = []
        n = len(keys)
        i = 0
        by_key, prefixes, max_len, common = self._by_key, self._prefixes, self._max_key_len, self._common
        while i < n:
            first = keys[i]
            if not first:
                i += 1
                continue
            if first not in prefixes:
                # most tokens begin no longer key: the window below would stop after this token, so
                # only the token's own key is looked up (one word is never a respaced name)
                found = by_key.get(first)
                if found and first not in common and len(first) <= max_len:
                    out.append((i, i + 1, found[0]))
                i += 1
                continue
            acc = ""
            best = 0
            best_entries: tuple[KBEntry, ...] = ()
            for j in range(i, min(n, i + self.max_tokens)):
                part = keys[j]
                if not part:
                    continue
                acc += part
                if len(acc) > max_len:
                    break
                found = by_key.get(acc)
                if found and acc not in common and (j == i or self._spaced_ok(keys, i, j + 1)):
                    best, best_entries = j + 1, found
                if acc not in prefixes:
                    break
            if best:
                out.append((i, best, best_entries[0]))
                i = best
            else:
                i += 1
        return out


    def _spaced_ok(self, keys: Sequence[str], i: int, j: int) -> bool:
        """For :meth:`match`: the run ``keys[i:j]`` of two tokens or more is a name as spelled, or a
        respaced one that no edge word or acronym letter gives away."""
        run = tuple(k for k in keys[i:j] if k)
        if run in self._spelled:
            return True
        if run[0] in RESPACED_EDGE_WORDS or run[-1] in RESPACED_EDGE_WORDS:
            return False
        before = next((k for k in reversed(keys[:i]) if k), "")
        after = next((k for k in keys[j:] if k), "")
        return not ((run[0] in _LETTERS and before in _LETTERS) or (run[-1] in _LETTERS and after in _LETTERS))


def parse_kb(text: str, *, path: str = KB_FILE) -> list[KBEntry]:
    """Entries of a shipped KB table (``#`` comment lines, then a header row, then rows)."""
    return [KBEntry(qid, name_en, type_, tuple(names.split("|")), country or None, description or None)
            for qid, type_, name_en, country, description, names
            in parse_table(text, COLUMNS, path=path, hint="; rebuild with scripts/build_kb.py")]


def parse_common_words(text: str, *, path: str = COMMON_FILE) -> list[str]:
    """Spellings of the hand-written common-words table (header ``name``/``reason``)."""
    return [name for name, _ in parse_table(text, ("name", "reason"), path=path)]


def _read_data(name: str) -> str:
    try:
        return resources.files("khabar").joinpath("data", "kb", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError("knowledge base file missing; run scripts/build_kb.py", path=f"kb/{name}") from exc


@cache
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, read once on first use."""
    entries = parse_kb(_read_data(KB_FILE), path=f"kb/{KB_FILE}")
    return KnowledgeBase(entries, kb_common_words(), kb_aliases())


@cache
def kb_common_words() -> tuple[str, ...]:
    """The KB spellings that are also everyday words (``common_words.tsv``), read once."""
    return tuple(parse_common_words(_read_data(COMMON_FILE), path=f"kb/{COMMON_FILE}"))


def kb_aliases() -> list[tuple[str, str]]:
    """The run-time spellings of ``aliases.tsv`` as ``(qid, spelling)``."""
    rows = parse_table(_read_data(ALIASES_FILE), ("qid", "urdu"), path=f"kb/{ALIASES_FILE}",
                       hint="; rebuild with scripts/build_kb.py")
    return [(qid, name) for qid, name in rows]
