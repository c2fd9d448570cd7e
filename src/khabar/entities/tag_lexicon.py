"""The tagger's word lists: the name gazetteer and the context cue words, loaded once.

Both are data files under ``khabar/data/models/``: ``ner_gazetteer.tsv`` (built by
``scripts/train_ner.py`` from the MIT urduhack gazetteers and IL-NER train names) and
``ner_cues.tsv`` (hand-written). Words are compared in :func:`fold_word` form, a small fold on
top of khabar's normalizer so that the model does not depend on every detail of it.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from importlib import resources
from itertools import accumulate, chain

from khabar.entities.tables import parse_table
from khabar.errors import DataError

MODELS_PACKAGE = "khabar.data.models"
GAZETTEER_FILE = "ner_gazetteer.tsv"
CUES_FILE = "ner_cues.tsv"
FREQ_FILE = "ner_wordfreq.tsv"
COMMON_FILE = "ner_common.tsv"
PERSON_NAMES_FILE = "ner_person_names.tsv"
PERSON_NAMES_COLUMNS = ("name", "kind")
ORG_NAMES_FILE = "ner_org_names.tsv"
ORG_NAMES_COLUMNS = ("name", "type")
PLACE_NAMES_FILE = "ner_place_names.tsv"
PLACE_NAMES_COLUMNS = ("name", "type")
PEOPLE_FILE = "ner_people.tsv"
PEOPLE_COLUMNS = ("name", "type")
OFFICES_FILE = "ner_offices.tsv"
OFFICES_COLUMNS = ("phrase", "kind")
HOMOGRAPHS_FILE = "ner_homographs.tsv"
NOT_NAMES_FILE = "ner_not_names.tsv"
STREET_WORDS_FILE = "ner_street_words.tsv"
SPAN_BREAKS_FILE = "ner_span_breaks.tsv"
DATELINE_CREDITS_FILE = "ner_dateline_credits.tsv"
PLACE_SUFFIXES_FILE = "ner_place_suffixes.tsv"
FALSE_NAMES_FILE = "ner_false_names.tsv"
ORG_SPANS_FILE = "ner_org_spans.tsv"
PERSON_CUES_FILE = "ner_person_cues.tsv"
FALSE_NAME_KINDS = ("loan", "loan_role", "noun", "month", "date_cue", "holiday", "phrase", "norp_context",
                    "org_end", "fac_end", "not_alone", "concept_end")
HOMOGRAPHS_COLUMNS = ("word", "side", "neighbour")
COMMON_COLUMNS = ("word", "seen", "in_name")
GAZETTEER_COLUMNS = ("phrase", "type", "source")
CUES_COLUMNS = ("word", "kind")
FREQ_COLUMNS = ("word", "band")

# Diacritics, tatweel and zero-width marks carry no identity for a name; Arabic-keyboard letters
# and Arabic/Urdu digits fold to their Urdu and ASCII forms.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ە": "ہ", "ۃ": "ہ", "أ": "ا", "إ": "ا", "ٱ": "ا",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
})


@cache
def fold_word(word: str) -> str:
    """The tagger's comparison form of one normalized word."""
    return _DROP.sub("", word).translate(_FOLD).replace("ۓ", "ئے")


def fold_phrase(phrase: str) -> tuple[str, ...]:
    """A stored phrase (already in token form, words separated by spaces) as folded words."""
    return tuple(filter(None, map(fold_word, phrase.split())))


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Any Urdu phrase as the folded tokens khabar's tokenizer makes of it (``_`` counts as a space)."""
    from khabar.text.tokens import tokenize

    return tuple(f for f in (fold_word(t.norm) for t in tokenize(phrase.replace("_", " "))) if f)


def phrases_tokens(phrases: Sequence[str]) -> list[tuple[str, ...]]:
    """:func:`phrase_tokens` of each phrase, the same answers from one tokenizer pass over all of them
    (thousands of list names are read at start-up; one call each cost a fifth of a second).

    A phrase is tokenized alone again when a token of it is a repaired run-together word: a word
    glued to a name is cut only where the name stands alone in the same text, and in one long text
    of all the phrases it may stand alone in another phrase.
    """
    from khabar.text.tokens import tokenize

    texts = [p.replace("_", " ") for p in phrases]
    if any("\n" in t for t in texts):
        return [phrase_tokens(p) for p in phrases]
    toks = tokenize("\n".join(texts))
    # per token once: where it starts, its folded form, how many repaired tokens come before it
    starts = [t.start for t in toks]
    folded = [fold_word(t.norm) for t in toks]
    joined_before = [0, *accumulate(t.joined for t in toks)]
    out: list[tuple[str, ...]] = []
    k = start = 0
    for phrase, text in zip(phrases, texts, strict=True):
        end = start + len(text)
        first = k
        k = bisect_left(starts, end, first)  # the tokens that start inside this phrase
        # tokens never overlap, so the last one ends last: only it can run past the phrase
        if joined_before[k] > joined_before[first] or (k > first and toks[k - 1].end > end):
            out.append(phrase_tokens(phrase))
        else:
            out.append(tuple(filter(None, folded[first:k])))
        start = end + 1
    return out


class Gazetteer:
    """Known name phrases by type, matched longest-first over folded words."""

    __slots__ = ("_phrases", "_prefixes", "_firsts")

    def __init__(self, entries: Iterable[tuple[Sequence[str], str]]) -> None:
        self._set_phrases(self._index(entries))

    @classmethod
    def from_phrases(cls, phrases: dict[tuple[str, ...], tuple[str, ...]]) -> Gazetteer:
        """A gazetteer over an index :meth:`_index` built (kept, not copied)."""
        gaz = cls.__new__(cls)
        gaz._set_phrases(phrases)
        return gaz

    def _set_phrases(self, phrases: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        self._phrases = phrases
        # every proper leading part of every entry: lets match() stop extending early
        self._prefixes = frozenset(k[:i] for k in self._phrases for i in range(1, len(k)))
        # the first word of every entry: most words of a sentence begin none, and skip at once
        self._firsts = frozenset(k[0] for k in self._phrases)

    @staticmethod
    def _index(entries: Iterable[tuple[Sequence[str], str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Each entry's words (and, for a multi-word name, its words run together) → its sorted types."""
        phrases: dict[tuple[str, ...], set[str]] = {}
        for words, type_ in entries:
            key = tuple(words)
            if not key:
                continue
            # a multi-word name also matches written as one run-together or ZWNJ-joined word
            for k in (key, ("".join(key),)) if len(key) > 1 else (key,):
                phrases.setdefault(k, set()).add(type_)
        return {k: tuple(sorted(v)) for k, v in phrases.items()}

    def __len__(self) -> int:
        return len(self._phrases)

    def name_words(self, type_: str, sources: str = "") -> set[str]:
        """Every word of every entry of ``type_`` (from ``sources``, e.g. ``"uk"``; all when empty):
        ``رضا`` from ``رضا ربانی``."""
        return self.name_word_sets(type_, sources)[0]

    def name_word_sets(self, type_: str, *sources: str) -> list[set[str]]:
        """:meth:`name_words` of ``type_`` for each of ``sources`` in one pass over the entries."""
        wanted = [{f"{s}:{type_}" for s in src} if src else None for src in sources]
        suffix = ":" + type_
        out: list[set[str]] = [set() for _ in sources]
        # the sets each distinct ``types`` tuple goes to (there are few such tuples), worked out once
        targets: dict[tuple[str, ...], list[set[str]]] = {}
        for k, types in self._phrases.items():
            into = targets.get(types)
            if into is None:
                into = targets[types] = [] if not any(t.endswith(suffix) or t == type_ for t in types) else [
                    words for want, words in zip(wanted, out, strict=True)
                    if want is None or any(t in want for t in types)]
            for words in into:
                words.update(k)
        return out

    def types(self, words: Sequence[str]) -> tuple[str, ...]:
        return self._phrases.get(tuple(words), ())

    def may_match(self, words: Iterable[str]) -> bool:
        """False when no word of ``words`` begins an entry, and :meth:`match` would find nothing
        (one set operation in C)."""
        return not self._firsts.isdisjoint(words)

    def match(self, words: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Longest non-overlapping matches left to right: ``(i, j, types)``, ``j`` exclusive."""
        out: list[tuple[int, int, tuple[str, ...]]] = []
        n = len(words)
        i = 0
        phrases, prefixes, firsts = self._phrases, self._prefixes, self._firsts
        while i < n:
            if words[i] not in firsts:
                i += 1
                continue
            best = 0
            best_types: tuple[str, ...] = ()
            key: tuple[str, ...] = ()
            for j in range(i, n):
                key = (*key, words[j])
                types = phrases.get(key)
                if types:
                    best, best_types = j + 1, types
                if key not in prefixes:
                    break
            if best:
                out.append((i, best, best_types))
                i = best
            else:
                i += 1
        return out


#: Longest run of tokens :class:`SpacedGazetteer` reads as one name (``پاکستان مسلم لیگ ( ن )`` is 7).
SPACED_MAX_TOKENS = 12


class SpacedGazetteer(Gazetteer):
    """A :class:`Gazetteer` that finds a listed name whatever its spacing: ``شاہین ائر لائنز`` for the
    listed ``شاہین ائرلائنز``, ``پیپلز پارٹی`` for ``پیپلزپارٹی``, ``ایم کیوایم`` for ``ایم کیو ایم``.

    A run of 1..:data:`SPACED_MAX_TOKENS` tokens matches when its space-free key (the tokens joined)
    equals a listed name's, so it starts and ends on token boundaries. A run spelled as listed keeps
    its listed types; a respaced run (two tokens or more, spelled as no listed name) is a name only
    when no token at its edge is a function word or particle (``edge_words``: ``کی``، ``نے``، ``ہی``;
    ``ترکی`` is no ``تر کی``, ``ہیبے`` no ``ہی بے``) and it is no everyday phrase: not all of its tokens
    are ``ordinary`` words, and its key is none either. Nor is it a piece of a longer acronym: a
    respaced run that begins after a spelled letter with one (``letters``) or ends before one with
    one (``سی بی`` in ``پی سی بی``، ``او یو`` in ``ایم او یو``). Used at run time only: the CRF's
    gazetteer features keep the exact matcher it was trained with.
    """

    __slots__ = ("_by_key", "_key_prefixes", "_edge_words", "_ordinary", "_letters")

    def __init__(self, entries: Iterable[tuple[Sequence[str], str]], *, edge_words: Collection[str] = frozenset(),
                 ordinary: Collection[str] = frozenset(), letters: Collection[str] = frozenset(),
                 phrases: dict[tuple[str, ...], tuple[str, ...]] | None = None) -> None:
        # only the phrases: this matcher never reads the base class's prefixes and first words;
        # ``phrases``, an index already built (:func:`trusted_phrases`), is kept as is and ``entries`` unread
        self._phrases = self._index(entries) if phrases is None else phrases
        # each phrase's types are sorted and distinct already: only keys that several phrases share
        # (a name and its run-together spelling) need a union
        by_key: dict[str, tuple[str, ...]] = {}
        for k, types in self._phrases.items():
            key = "".join(k)
            have = by_key.get(key)
            by_key[key] = types if have is None or have == types else tuple(sorted({*have, *types}))
        self._by_key = by_key
        # every proper leading part of every key: a window stops growing as soon as it leaves them
        self._key_prefixes = frozenset(chain.from_iterable(accumulate(k[:-1]) for k in self._by_key))
        self._edge_words = frozenset(edge_words)
        self._ordinary = frozenset(ordinary)
        self._letters = frozenset(letters)

    def _respaced(self, words: Sequence[str], key: str) -> tuple[str, ...]:
        """The types of a run spelled as no listed name but keyed as one, or () where it is no name."""
        found = self._by_key.get(key, ())
        if not found or len(words) < 2:
            return found
        if words[0] in self._edge_words or words[-1] in self._edge_words or key in self._ordinary \
                or all(w in self._ordinary for w in words):
            return ()
        return found

    def _in_acronym(self, words: Sequence[str], i: int, j: int) -> bool:
        letters = self._letters
        return (i > 0 and words[i] in letters and words[i - 1] in letters) \
            or (j < len(words) and words[j - 1] in letters and words[j] in letters)

    def may_match(self, words: Iterable[str]) -> bool:
        return True  # (a respaced name may begin inside any word: no first-word table to ask)

    def types(self, words: Sequence[str]) -> tuple[str, ...]:
        exact = self._phrases.get(tuple(words))
        if exact:
            return exact
        return self._respaced(words, "".join(words)) if len(words) <= SPACED_MAX_TOKENS else ()

    def match(self, words: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Longest non-overlapping runs left to right whose key is a listed name's: ``(i, j, types)``."""
        out: list[tuple[int, int, tuple[str, ...]]] = []
        n = len(words)
        i = 0
        by_key, prefixes, phrases = self._by_key, self._key_prefixes, self._phrases
        while i < n:
            acc = words[i]
            if acc not in prefixes and acc not in by_key:
                i += 1
                continue
            best = 0
            best_types: tuple[str, ...] = ()
            for j in range(i, min(n, i + SPACED_MAX_TOKENS)):
                if j > i:
                    acc += words[j]
                if acc in by_key:
                    run = words[i:j + 1]
                    types = phrases.get(tuple(run)) or (() if self._in_acronym(words, i, j + 1)
                                                        else self._respaced(run, acc))
                    if types:
                        best, best_types = j + 1, types
                if acc not in prefixes:
                    break
            if best:
                out.append((i, best, best_types))
                i = best
            else:
                i += 1
        return out


def read_model_data(name: str) -> str:
    try:
        return resources.files(MODELS_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise DataError(f"missing tagger data file; rebuild it with scripts/train_ner.py ({exc})",
                        path=name) from exc


RULE_WORDS_FILE = "ner_rule_words.tsv"
RULE_WORDS_COLUMNS = ("word", "list")


@cache
def _rule_word_rows() -> dict[str, tuple[str, ...]]:
    """List name → words of ``ner_rule_words.tsv`` in file order, exactly as written (not folded)."""
    out: dict[str, list[str]] = {}
    for word, name in parse_table(read_model_data(RULE_WORDS_FILE), RULE_WORDS_COLUMNS, path=RULE_WORDS_FILE):
        out.setdefault(name, []).append(word)
    return {name: tuple(words) for name, words in out.items()}


def rule_word_rows(name: str) -> tuple[str, ...]:
    """The words of list ``name`` in the hand-written ``ner_rule_words.tsv``, in file order; an unknown list is a data error."""
    try:
        return _rule_word_rows()[name]
    except KeyError:
        raise DataError(f"unknown word list {name!r}", path=RULE_WORDS_FILE) from None


@cache
def rule_words(name: str) -> frozenset[str]:
    """The words of list ``name`` in ``ner_rule_words.tsv`` as a frozenset, read once."""
    return frozenset(rule_word_rows(name))


#: gazetteer source → the short tag its features carry (curated sources are trusted more)
SOURCE_TAGS = {"urduhack": "u", "il-ner": "i", "kb": "k"}


@cache
def kb_entries(*, wikidata_only: bool = False) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every Urdu name of the knowledge base (``entities/kb.py``) as folded tokens and type.

    ``wikidata_only`` leaves out the entries under a khabar-local id (institutions whose QID is not
    verified, docs/kb.md) and the run-time spellings of ``aliases.tsv``: they repeat the hand-written
    lists, which like them are read at run time only, so training (``scripts/train_ner.py``) does not
    see them either.
    """
    # kb_names() and kb_names(wikidata_only=False) are two cache keys: call it as trusted_entries() does
    names = kb_names(wikidata_only=True) if wikidata_only else kb_names()
    written = [name for name, _ in names]
    # tokenizing ten thousand names was a fifth of the cold start: the run-time list's tokens are shipped
    tokens = None if wikidata_only else shipped_kb_tokens(written)
    if tokens is None:
        tokens = phrases_tokens(written)
    return tuple(zip(tokens, (type_ for _, type_ in names), strict=True))


#: :func:`phrases_tokens` of the knowledge base's run-time names (:func:`kb_names`), precomputed by
#: ``scripts/build_kb_tokens.py``: a fingerprint of the names it was built for, then only the names
#: whose tokens are not the name split at its spaces (about one in fifty).
KB_TOKENS_FILE = "ner_kb_tokens.tsv"
KB_TOKENS_COLUMNS = ("name", "tokens")
_KB_TOKENS_FINGERPRINT = "# names sha256: "


def names_fingerprint(names: Sequence[str]) -> str:
    """A digest of a list of names, in order: the shipped token table fits only these names."""
    return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()


def kb_tokens_table(names: Sequence[str]) -> str:
    """The text of :data:`KB_TOKENS_FILE` for ``names``: what :func:`shipped_kb_tokens` reads back as
    ``phrases_tokens(names)``."""
    bad = [name for name in names if "\t" in name or "\n" in name]
    if bad:
        raise ValueError(f"a name with a tab or a line break cannot be stored: {bad[0]!r}")
    rows: dict[str, str] = {}
    for name, tokens in zip(names, phrases_tokens(names), strict=True):
        if tokens != tuple(name.split(" ")):
            if any(" " in t for t in tokens):
                raise ValueError(f"a token with a space cannot be stored: {name!r} → {tokens!r}")
            rows[name] = " ".join(tokens)
    return "".join([
        "# The knowledge base names (kb_names) whose tokens are not the name split at its spaces, and\n",
        "# those tokens; every other name is its own tokens. Built by scripts/build_kb_tokens.py for the\n",
        "# names of this fingerprint (other names are tokenized at start-up instead): do not edit.\n",
        f"{_KB_TOKENS_FINGERPRINT}{names_fingerprint(names)}\n",
        "\t".join(KB_TOKENS_COLUMNS) + "\n",
        *(f"{name}\t{tokens}\n" for name, tokens in rows.items())])


def shipped_kb_tokens(names: Sequence[str]) -> list[tuple[str, ...]] | None:
    """``phrases_tokens(names)`` from :data:`KB_TOKENS_FILE`, or None where the table was built for
    other names (a knowledge base edited since: ``scripts/build_kb_tokens.py`` rebuilds it) or is
    missing. The tokenizer's own changes are caught by a test that rebuilds the table."""
    try:
        text = read_model_data(KB_TOKENS_FILE)
    except DataError:
        return None
    return tokens_from_table(text, names)


def tokens_from_table(text: str, names: Sequence[str]) -> list[tuple[str, ...]] | None:
    """The tokens of ``names`` from a :func:`kb_tokens_table` text, or None where it is for other names."""
    at = text.find(_KB_TOKENS_FINGERPRINT)
    if at < 0 or not text.startswith(names_fingerprint(names), at + len(_KB_TOKENS_FINGERPRINT)):
        return None
    odd = {name: tuple(tokens.split(" ")) if tokens else ()
           for name, tokens in parse_table(text, KB_TOKENS_COLUMNS, path=KB_TOKENS_FILE,
                                           hint="; rebuild with scripts/build_kb_tokens.py")}
    return [odd[name] if name in odd else tuple(name.split(" ")) for name in names]


@cache
def kb_names(*, wikidata_only: bool = False) -> tuple[tuple[str, str], ...]:
    """The knowledge base's Urdu names as written, with their types (:func:`kb_entries`'s order)."""
    from khabar.entities.kb import kb_aliases, load_kb

    kb = load_kb()
    names = tuple((name, entry.type) for entry in kb.entries
                  if not (wikidata_only and not entry.qid.startswith("Q")) for name in entry.names)
    if wikidata_only:
        return names
    # the run-time spellings (aliases.tsv) are trusted at run time and, like the local ids, never trained on
    aliases = [(qid, name, kb.get(qid)) for qid, name in kb_aliases()]
    return names + tuple((name, entry.type) for _, name, entry in aliases if entry is not None)


@cache
def listed_entries() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The hand-written organisation, place and people lists (names without a Wikidata QID khabar is
    sure of, so they stay out of the knowledge base), as folded tokens and type; read at run time only."""
    rows = [*parse_table(read_model_data(ORG_NAMES_FILE), ORG_NAMES_COLUMNS, path=ORG_NAMES_FILE),
            *parse_table(read_model_data(PLACE_NAMES_FILE), PLACE_NAMES_COLUMNS, path=PLACE_NAMES_FILE),
            *parse_table(read_model_data(PEOPLE_FILE), PEOPLE_COLUMNS, path=PEOPLE_FILE)]
    # a run-together spelling cut into a postposition (``جائیکا`` → ``جائے کا``) would tag everyday phrases
    tokenized = phrases_tokens([name for name, _ in rows])
    return tuple((tokens, type_) for tokens, (name, type_) in zip(tokenized, rows, strict=True)
                 if not cut_into_function_word(name, tokens))


@cache
def trusted_entries() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The names the tagger trusts: the knowledge base's and the hand-written lists' (:func:`listed_entries`),
    less the run-together spellings that the tokenizer cuts into a function word at an edge
    (:func:`cut_into_function_word`)."""
    kb = tuple(entry for entry, (name, _type) in zip(kb_entries(), kb_names(), strict=True)
               if not cut_into_function_word(name, entry[0]))
    return kb + listed_entries()


#: Postpositions and particles that a tokenizer cut may leave at a name's edge (``کاموںکی`` → ``کاموں کی``).
FUNCTION_WORDS = rule_words("function_words")


def cut_into_function_word(name: str, tokens: Sequence[str]) -> bool:
    """Whether the tokenizer cut a run-together spelling of ``name`` so that it begins or ends with a
    postposition it did not have as written: Kamoke's ``کاموںکی`` becomes ``کاموں کی`` "of works",
    Marseille's ``مارسے`` ``مار سے`` "by beating"; as trusted names they would tag everyday phrases.
    ``یو کے`` and ``کے الیکٹرک``, written with the word apart, are kept."""
    if len(tokens) < 2 or (tokens[0] not in FUNCTION_WORDS and tokens[-1] not in FUNCTION_WORDS):
        return False
    written = [fold_word(w) for w in name.replace("_", " ").split()]
    if not written:
        return False
    return (tokens[0] in FUNCTION_WORDS and written[0] != tokens[0]) \
        or (tokens[-1] in FUNCTION_WORDS and written[-1] != tokens[-1])


def gazetteer_rows(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Gazetteer entries as folded words and ``source:TYPE`` (``u:GPE``, ``i:PERSON``)."""
    rows = parse_table(text, GAZETTEER_COLUMNS, path=GAZETTEER_FILE)
    return [(fold_phrase(phrase), f"{SOURCE_TAGS.get(source, 'u')}:{type_}")
            for phrase, type_, source in rows]


@cache
def trusted_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The trusted names (:func:`trusted_entries`, typed ``k:TYPE``) as a :class:`Gazetteer` index: built
    once for both the gazetteer (:func:`build_gazetteer`) and the tagger's spacing-blind matcher.
    Read only."""
    return Gazetteer._index((words, "k:" + type_) for words, type_ in trusted_entries())


def build_gazetteer(text: str) -> Gazetteer:
    """A gazetteer table's entries plus the trusted names (knowledge base, organisation list: ``k:TYPE``).

    The same index as ``Gazetteer(table rows + trusted entries)``, keys in the same order: the table's
    index, then each trusted key merged in (a new one appended, a known one's types united)."""
    phrases = Gazetteer._index(gazetteer_rows(text))
    for key, types in trusted_phrases().items():
        have = phrases.get(key)
        phrases[key] = types if have is None else tuple(sorted({*have, *types}))
    return Gazetteer.from_phrases(phrases)


@cache
def load_gazetteer() -> Gazetteer:
    return build_gazetteer(read_model_data(GAZETTEER_FILE))


@cache
def load_word_bands() -> dict[str, str]:
    """Folded word → frequency band in the Makhzan corpus (log2 of its count); rare words are absent."""
    return dict(parse_table(read_model_data(FREQ_FILE), FREQ_COLUMNS, path=FREQ_FILE))


#: Cue kinds the rules read but the CRF does not see (its features, the name-part words and the
#: training gazetteer ignore them, so adding such a word retrains nothing): ``role`` words, the
#: ``programme`` words that end campaigns' names and the ``org_start`` words that begin
#: organisations' names.
RULE_ONLY_KINDS = frozenset({"role", "programme", "org_start", "team"})
#: Cue kinds a word of a person's name may have (``خان``، ``علی``).
NAME_PART_KINDS = frozenset({"per_part"})


@cache
def load_cues() -> dict[str, frozenset[str]]:
    """Folded cue word → its kinds (``case``, ``title``, ``speech``, ``org_head``, ...)."""
    kinds: dict[str, set[str]] = {}
    for word, kind in parse_table(read_model_data(CUES_FILE), CUES_COLUMNS, path=CUES_FILE):
        kinds.setdefault(fold_word(word), set()).add(kind)
    return {w: frozenset(k) for w, k in kinds.items()}


@cache
def load_common_words() -> frozenset[str]:
    """Words IL-NER train mostly has outside names (``مالی``, ``چین``): no one-word dictionary match."""
    return parse_common_words(read_model_data(COMMON_FILE))


def parse_common_words(text: str) -> frozenset[str]:
    return frozenset(row[0] for row in parse_table(text, COMMON_COLUMNS, path=COMMON_FILE))


def person_name_parts(words: Iterable[str], cues: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words that make a good "part of a person's name" feature: letters only, not cue words (the
    rules' own kinds, :data:`RULE_ONLY_KINDS`, do not count: the CRF never sees them)."""
    return frozenset(w for w in words if len(w) > 1 and w.isalpha()
                     and not cues.get(w, frozenset()) - NAME_PART_KINDS - RULE_ONLY_KINDS)


@cache
def load_offices(kind: str | None = None) -> frozenset[tuple[str, ...]]:
    """Offices and roles trimmed off a person's name, as folded tokens (hand-written ``ner_offices.tsv``):
    spelled-letter offices (``ایم پی اے``, ``ایس ایچ او``: kind ``letters``) and role phrases
    (``آل راؤنڈر``: kind ``role``); all of them unless ``kind`` is given."""
    rows = parse_table(read_model_data(OFFICES_FILE), OFFICES_COLUMNS, path=OFFICES_FILE)
    return frozenset(phrase_tokens(phrase) for phrase, k in rows if kind is None or k == kind)


def load_kind_phrases(name: str, kinds: Sequence[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Kind → folded words and phrases of a hand-written ``word``/``kind`` table (``ner_org_spans.tsv``,
    ``ner_person_cues.tsv``); a kind not in ``kinds`` is an error."""
    out: dict[str, set[tuple[str, ...]]] = {kind: set() for kind in kinds}
    for line_no, (word, kind) in enumerate(parse_table(read_model_data(name), ("word", "kind"), path=name), 1):
        if kind not in out:
            raise DataError(f"unknown kind {kind!r} (row {line_no})", path=name)
        phrase = fold_phrase(word)
        if phrase:
            out[kind].add(phrase)
    return {kind: PhraseSet(words) for kind, words in out.items()}


class PhraseSet(frozenset[tuple[str, ...]]):
    """A frozen set of phrases (tuples of folded words) that also knows their first words: most words
    of a sentence begin no phrase, and :func:`phrase_length_at` turns them away with one lookup
    instead of a tuple built and hashed for each phrase length."""

    __slots__ = ("firsts",)
    firsts: frozenset[str]

    def __new__(cls, phrases: Iterable[tuple[str, ...]] = ()) -> PhraseSet:
        self = super().__new__(cls, phrases)
        self.firsts = frozenset(phrase[0] for phrase in self if phrase)
        return self


def phrase_length_at(words: Sequence[str], k: int, phrases: Collection[tuple[str, ...]], longest: int,
                     end: int | None = None) -> int:
    """The length of the longest phrase of ``phrases`` (at most ``longest`` words) that ``words[k:end]``
    begins with, 0 if none."""
    end = len(words) if end is None else end
    if k >= end or (type(phrases) is PhraseSet and words[k] not in phrases.firsts):
        return 0
    for n in range(min(longest, end - k), 0, -1):
        if tuple(words[k:k + n]) in phrases:
            return n
    return 0


def _folded_words(name: str, columns: tuple[str, str] = ("word", "kind")) -> frozenset[str]:
    """The first column of the hand-written two-column table ``name``, folded (the second, a kind, unread)."""
    return frozenset(fold_word(word) for word, _kind in parse_table(read_model_data(name), columns, path=name))


#: word → (neighbours right before it, neighbours right after it) that make it an ordinary word
Homographs = dict[str, tuple[frozenset[str], frozenset[str]]]


@cache
def load_not_names() -> frozenset[str]:
    """Words never a name on their own (``پولیو``، ``ڈینگی بخار``); hand-written ``ner_not_names.tsv``."""
    return _folded_words(NOT_NAMES_FILE)


def load_homographs() -> Homographs:
    """One-word names that are also ordinary words, with the contexts of the ordinary sense
    (``رحم دلی`` "mercy", ``مالی امداد`` "financial aid"); hand-written ``ner_homographs.tsv``."""
    return parse_homographs(read_model_data(HOMOGRAPHS_FILE))


def parse_homographs(text: str) -> Homographs:
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for line_no, (word, side, neighbour) in enumerate(
            parse_table(text, HOMOGRAPHS_COLUMNS, path=HOMOGRAPHS_FILE), 1):
        if side not in ("before", "after"):
            raise DataError(f"side must be before or after, got {side!r} (row {line_no})", path=HOMOGRAPHS_FILE)
        (before if side == "before" else after).setdefault(fold_word(word), set()).add(fold_word(neighbour))
    return {w: (frozenset(before.get(w, ())), frozenset(after.get(w, ()))) for w in before.keys() | after.keys()}


@cache
def load_person_names() -> frozenset[str]:
    """Common given and family names (hand-written list), folded."""
    return _folded_words(PERSON_NAMES_FILE, PERSON_NAMES_COLUMNS)


#: Kinds of ``ner_person_names.tsv`` rows that are names and nothing else in the news.
PLAIN_NAME_KINDS = frozenset({"given", "family"})


@cache
def load_plain_person_names() -> frozenset[str]:
    """The hand-written given and family names that are not also everyday words (kinds ``given`` and
    ``family``; ``رمضان``, ``امان``, ``ملک`` are ``given-ordinary`` / ``family-ordinary``), folded: the
    ones that may stand alone as a name."""
    rows = parse_table(read_model_data(PERSON_NAMES_FILE), PERSON_NAMES_COLUMNS, path=PERSON_NAMES_FILE)
    return frozenset(fold_word(name) for name, kind in rows if kind in PLAIN_NAME_KINDS)


@cache
def load_street_words(after: str = "person") -> dict[str, str]:
    """Road and quarter words that turn a person's name before them into a street's (``خواجہ صفدر
    روڈ``): folded word → FAC or LOC; hand-written ``ner_street_words.tsv``, read by the rules only.
    ``after="any"``: only the words that also follow a rare name-like word (``لٹن روڈ``)."""
    rows = parse_table(read_model_data(STREET_WORDS_FILE), ("word", "type", "after"), path=STREET_WORDS_FILE)
    return {fold_word(word): type_ for word, type_, kind in rows if after == "person" or kind == after}


@cache
def load_span_breaks() -> frozenset[str]:
    """Words no name spans (``سمیت``, ``ودیگر``, ``نامی``), folded; hand-written ``ner_span_breaks.tsv``."""
    return _folded_words(SPAN_BREAKS_FILE)


@cache
def load_dateline_credits() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """(news agencies as credited, each as folded words; words of a newspaper's own credits, folded),
    from the hand-written ``ner_dateline_credits.tsv``."""
    rows = parse_table(read_model_data(DATELINE_CREDITS_FILE), ("credit", "kind"), path=DATELINE_CREDITS_FILE)
    agencies = frozenset(fold_phrase(credit) for credit, kind in rows if kind == "agency")
    desks = frozenset(fold_word(credit) for credit, kind in rows if kind == "desk")
    return agencies, desks


@cache
def load_place_suffixes() -> frozenset[str]:
    """Words that end place names written apart (``پور``، ``گڑھ``), folded; hand-written ``ner_place_suffixes.tsv``."""
    return _folded_words(PLACE_SUFFIXES_FILE)


@cache
def load_false_names() -> dict[str, frozenset[tuple[str, ...]]]:
    """Kind → folded words (one-word tuples; phrases of kind ``phrase`` as several) of the hand-written
    ``ner_false_names.tsv`` (ninth pass): English loanwords, plural and oblique nouns, months, holiday
    words and idioms that make false names in news text."""
    out: dict[str, set[tuple[str, ...]]] = {kind: set() for kind in FALSE_NAME_KINDS}
    rows = parse_table(read_model_data(FALSE_NAMES_FILE), ("word", "kind"), path=FALSE_NAMES_FILE)
    for line_no, (word, kind) in enumerate(rows, 1):
        if kind not in out:
            raise DataError(f"unknown kind {kind!r} (row {line_no})", path=FALSE_NAMES_FILE)
        out[kind].add(fold_phrase(word))
    return {kind: PhraseSet(words) for kind, words in out.items()}


@cache
def false_name_words(kind: str) -> frozenset[str]:
    """The one-word entries of ``kind`` in ``ner_false_names.tsv`` as a set of folded words."""
    return frozenset(w[0] for w in load_false_names()[kind] if len(w) == 1)


@cache
def load_kb_common_words() -> frozenset[str]:
    """The knowledge base's spellings that are also everyday words (``جین`` gene/Jain, ``چیک`` cheque/
    Czech, ``مہاجر``), folded (:func:`khabar.entities.kb.kb_common_words`)."""
    from khabar.entities.kb import kb_common_words

    return frozenset(fold_word(name) for name in kb_common_words())
