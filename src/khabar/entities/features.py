"""CRF features of one sentence of folded words.

Per word (cached, the same word always gives the same list): the word, affixes, shape, length,
Makhzan frequency band and cue kinds (case marker, title, honorific, speech verb, organisation or
place head word, spelled Latin letter). Per position: the words and cue kinds of a ±2 window, the
word bigrams around it, the gazetteer span tags (``B``/``I``, source, type) of the word and its ±1
neighbours, those of the ±2 words joined with the word's frequency rank, and whether the word and its
neighbours occur in known person names. Features are plain strings (crfsuite's fastest input).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from operator import methodcaller

from khabar.entities.tag_lexicon import RULE_ONLY_KINDS, load_cues, load_word_bands

_URDU_LETTER = frozenset(chr(c) for c in range(0x0620, 0x06D4)) - frozenset("\u0640")
#: Makhzan frequency band (log2 of the count) from which a word counts as common.
COMMON_BAND = 9
BOS = "<s>"
EOS = "</s>"


def word_shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if word.isascii():
        return "latin" if word.isalpha() else ("alnum" if word.isalnum() else "punct")
    if all(c in _URDU_LETTER for c in word):
        return "urdu"
    if not any(c.isalnum() for c in word):
        return "punct"
    return "mixed"


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a folded word on its own."""
    cues = load_cues().get(word, frozenset()) - RULE_ONLY_KINDS
    n = len(word)
    feats = [
        "w=" + word,
        "p2=" + word[:2],
        "p3=" + word[:3],
        "s1=" + word[-1:],
        "s2=" + word[-2:],
        "s3=" + word[-3:],
        "shape=" + word_shape(word),
        "len=" + (str(n) if n < 8 else "8+"),
        "fq=" + load_word_bands().get(word, "rare"),
    ]
    feats += ["cue=" + k for k in sorted(cues)]
    return tuple(feats)


@lru_cache(maxsize=65536)
def _context_features(word: str) -> tuple[str, ...]:
    """What a neighbour contributes: the word itself and its cue kinds."""
    cues = load_cues().get(word, frozenset()) - RULE_ONLY_KINDS
    return ("w=" + word, "s2=" + word[-2:], *("cue=" + k for k in sorted(cues)))


Neighbour = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=65536)
def _neighbour_features(word: str) -> Neighbour:
    """A word's features as seen from one word after it, one before it, two after, two before."""
    ctx = _context_features(word)
    return tuple(["-1:" + f for f in ctx]), tuple(["1:" + f for f in ctx]), ("-2:" + ctx[0],), ("2:" + ctx[0],)


@lru_cache(maxsize=65536)
def _frequency_rank(word: str) -> str:
    band = load_word_bands().get(word)
    return "|rare" if band is None else "|common" if int(band) >= COMMON_BAND else "|seen"


@lru_cache(maxsize=4096)
def _gazetteer_features(offset: int, tag: str) -> tuple[str, ...]:
    return tuple(f"g{offset}=" + t for t in tag.split(",")) if tag else ()


_EDGE_BEFORE: Neighbour = (("-1:" + BOS,), (), ("-2:" + BOS,), ())
_EDGE_AFTER: Neighbour = ((), ("1:" + EOS,), (), ("2:" + EOS,))


def sentence_features(words: Sequence[str], gaz: Sequence[str],
                      name_parts: Collection[str] = frozenset()) -> list[list[str]]:
    """Features for each word; ``gaz[i]`` is the gazetteer tag of word i (``B-GPE``, ``I-PERSON``, ``""``);
    ``name_parts`` are words known to occur in person names (``عمران``, ``اشرف``)."""
    n = len(words)
    # two sentinels on each side stand for the sentence edges
    nb = [_EDGE_BEFORE, _EDGE_BEFORE, *(_neighbour_features(w) for w in words), _EDGE_AFTER, _EDGE_AFTER]
    padded = [BOS, BOS, *words, EOS, EOS]
    gz = ["", "", *gaz, "", ""]
    in_names = [w in name_parts for w in padded] if name_parts else None
    out: list[list[str]] = []
    for i in range(2, n + 2):
        word = padded[i]
        feats = ["bias", *word_features(word), *nb[i - 1][0], *nb[i + 1][1], *nb[i - 2][2], *nb[i + 2][3],
                 "bi-=" + padded[i - 1] + "|" + word, "bi+=" + word + "|" + padded[i + 1]]
        tag = gz[i - 1]
        if tag:
            feats += _gazetteer_features(-1, tag)
        tag = gz[i]
        if tag:
            feats += _gazetteer_features(0, tag)
        tag = gz[i + 1]
        if tag:
            feats += _gazetteer_features(1, tag)
        # a known name two words away (lists: ``لاہور ، کراچی``) says little about a frequent word
        if gz[i - 2] or gz[i + 2]:
            feats += _ranked_gazetteer(word, gz[i - 2], gz[i + 2])
        if in_names is not None:
            if in_names[i - 1]:
                feats.append("np-1")
            if in_names[i]:
                feats.append("np0")
            if in_names[i + 1]:
                feats.append("np1")
        out.append(feats)
    return out


def _ranked_gazetteer(word: str, two_before: str, two_after: str) -> list[str]:
    return _ranked_features(_frequency_rank(word), two_before, two_after)


def _ranked_features(rank: str, two_before: str, two_after: str) -> list[str]:
    return [f + rank for k, tag in ((-2, two_before), (2, two_after)) if tag
            for f in _gazetteer_features(k, tag)]


#: words whose features :class:`KnownFeatures` keeps at once
_WORDS_MAX = 65536
#: what :class:`KnownFeatures` keeps of a word: its own features (bias first), what it gives each
#: neighbour, the known bigrams it begins as ``bi-=`` and as ``bi+=`` (second word → feature), and
#: whether it is one of the name parts the table was filled for
_Entry = tuple[tuple[bytes, ...], tuple[tuple[bytes, ...], ...], dict[str, bytes] | None, dict[str, bytes] | None,
               bool]


class KnownFeatures:
    """:func:`sentence_features` as a crfsuite model reads them: only the attributes it knows, as UTF-8.

    crfsuite skips an attribute its model lacks, so leaving it out gives the same tags and marginals;
    most word bigrams and rare words are unknown, and each one costs a string conversion and a
    dictionary search inside crfsuite. Given ``bytes``, crfsuite need not encode each feature again.
    The cut and the encoding are cached per word, so they are paid once per word.
    """

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known
        self._bias = self._keep(("bias",))
        self._np = tuple(f.encode() if f in known else b"" for f in ("np-1", "np0", "np1"))
        self._edge_before = self._neighbour(_EDGE_BEFORE)
        self._edge_after = self._neighbour(_EDGE_AFTER)
        # per word, what it contributes as the word itself (bias and its own features lead every
        # item: one tuple, one unpack) and as each neighbour: one plain dict lookup per word, since
        # an lru_cache hit also relinks the entry, which touches more memory than the lookup
        # (the entry also holds the known bigrams the word begins, as the word before and as the word
        # itself: two lookups in the large bigram indexes paid once per word, not once per position)
        self._words: dict[str, _Entry] = {}
        # the name parts the entries' last field was read from (another set empties the table)
        self._name_parts: Collection[str] = frozenset()
        # the word bigrams the model knows, by their first word then their second, as the feature:
        # two lookups of words whose hashes are cached instead of building and hashing two byte
        # strings per word; a bigram feature is kept exactly when ``"bi-=" + a + "|" + b`` is known,
        # so every split of a known one at a ``|`` is indexed (a word may itself be ``|``)
        self._bigrams_before, self._bigrams_after = self._bigram_indexes()
        self._bos_before = self._bigrams_before.get(BOS)
        self._gaz = lru_cache(maxsize=4096)(self._gazetteer)
        self._ranked = lru_cache(maxsize=16384)(self._ranked_of)

    def _keep(self, feats: Sequence[str]) -> tuple[bytes, ...]:
        known = self.known
        return tuple([f.encode() for f in feats if f in known])  # (a list first: no generator frame)

    def _word_of(self, word: str) -> tuple[bytes, ...]:
        return self._keep(word_features(word))

    def _learn(self, word: str) -> _Entry:
        """The word's entry in ``_words``, made and kept (the table is emptied at _WORDS_MAX words)."""
        if len(self._words) >= _WORDS_MAX:
            self._words.clear()
        got = self._words[word] = (self._bias + self._word_of(word), self._neighbour_of(word),
                                   self._bigrams_before.get(word), self._bigrams_after.get(word),
                                   word in self._name_parts)
        return got

    def _bigram_indexes(self) -> tuple[dict[str, dict[str, bytes]], dict[str, dict[str, bytes]]]:
        """The known ``bi-=`` and ``bi+=`` features by first word, then second (one pass at
        start-up; the filter runs in C)."""
        before: dict[str, dict[str, bytes]] = {}
        after: dict[str, dict[str, bytes]] = {}
        for feat in filter(methodcaller("startswith", ("bi-=", "bi+=")), self.known):
            index = before if feat[2] == "-" else after
            pair = feat[4:]
            first, _bar, second = pair.partition("|")
            seconds = index.get(first)
            if seconds is None:
                seconds = index[first] = {}
            seconds[second] = encoded = feat.encode()
            if "|" in second:  # a word that is itself a | or holds one: every split
                at = pair.find("|", len(first) + 1)
                while at >= 0:
                    index.setdefault(pair[:at], {})[pair[at + 1:]] = encoded
                    at = pair.find("|", at + 1)
        return before, after

    def _neighbour(self, parts: Neighbour) -> tuple[tuple[bytes, ...], ...]:
        return self._keep(parts[0]), self._keep(parts[1]), self._keep(parts[2]), self._keep(parts[3])

    def _neighbour_of(self, word: str) -> tuple[tuple[bytes, ...], ...]:
        return self._neighbour(_neighbour_features(word))

    def _gazetteer(self, offset: int, tag: str) -> tuple[bytes, ...]:
        return self._keep(_gazetteer_features(offset, tag))

    def _ranked_of(self, rank: str, two_before: str, two_after: str) -> tuple[bytes, ...]:
        return self._keep(_ranked_features(rank, two_before, two_after))

    def sentence(self, words: Sequence[str], gaz: Sequence[str],
                 name_parts: Collection[str] = frozenset()) -> list[list[bytes]]:
        """:func:`sentence_features` of the same arguments, in the same order, cut and encoded."""
        if name_parts is not self._name_parts:
            self._words.clear()
            self._name_parts = name_parts
        known, learn = self._words.get, self._learn
        entries = [known(w) or learn(w) for w in words]
        edge_before, edge_after = self._edge_before, self._edge_after
        nb = [edge_before, edge_before, *(e[1] for e in entries), edge_after, edge_after]
        # the bigrams each position's word before begins (``bi-=`` prev|word) and its own (``bi+=`` word|next)
        firsts_before = [self._bos_before, *(e[2] for e in entries)]
        gz = ["", "", *gaz, "", ""]
        # (whether each word is a name part was looked up once, with its entry: one large table less)
        edge = BOS in name_parts, EOS in name_parts
        in_names = [edge[0], *(e[4] for e in entries), edge[1]] if name_parts else [False] * (len(words) + 2)
        np_before, np_word, np_after = self._np
        gf, ranked = self._gaz, self._ranked
        out: list[list[bytes]] = []
        # each position's values side by side (zip: no index arithmetic per position; the padded lists
        # run past the last word and are cut there)
        for (entry, before, after, before2, after2, seconds, word, following, g_before2, g_before, g_word,
             g_after, g_after2, n_before, n_word, n_after) in zip(
                entries, nb[1:], nb[3:], nb, nb[4:], firsts_before, words, [*words[1:], EOS],
                gz, gz[1:], gz[2:], gz[3:], gz[4:], in_names, in_names[1:], in_names[2:], strict=False):
            feats = [*entry[0], *before[0], *after[1], *before2[2], *after2[3]]
            if seconds is not None and (bigram := seconds.get(word)) is not None:
                feats.append(bigram)
            seconds = entry[3]
            if seconds is not None and (bigram := seconds.get(following)) is not None:
                feats.append(bigram)
            if g_before:
                feats += gf(-1, g_before)
            if g_word:
                feats += gf(0, g_word)
            if g_after:
                feats += gf(1, g_after)
            if g_before2 or g_after2:
                feats += ranked(_frequency_rank(word), g_before2, g_after2)
            if n_before and np_before:
                feats.append(np_before)
            if n_word and np_word:
                feats.append(np_word)
            if n_after and np_after:
                feats.append(np_after)
            out.append(feats)
        return out


def gazetteer_tags(n: int, matches: Sequence[tuple[int, int, Sequence[str]]]) -> list[str]:
    """Per-word gazetteer tags from ``(i, j, types)`` matches: ``B-T``/``I-T``, several joined by ``,``."""
    tags = [""] * n
    for i, j, types in matches:
        tags[i] = _joined_tags("B-", tuple(types))
        if j - i > 1:
            inside = _joined_tags("I-", tuple(types))
            for k in range(i + 1, j):
                tags[k] = inside
    return tags


@lru_cache(maxsize=4096)
def _joined_tags(bio: str, types: tuple[str, ...]) -> str:
    """``B-k:GPE,B-u:GPE``: one gazetteer tag per type, joined (the same few type sets recur)."""
    return ",".join(bio + t for t in types)
