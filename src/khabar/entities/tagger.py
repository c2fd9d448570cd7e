"""Named-entity tagger: names only (PERSON, ORG, GPE, ...), with offsets into the original text.

Three passes over each sentence of folded words (see ``docs/ner.md``):

1. a linear-chain CRF (python-crfsuite, ``data/models/ner.crfsuite``, trained by
   ``scripts/train_ner.py`` on IL-NER) over lexical, affix, context, cue-word and gazetteer features;
2. rules (``tag_rules.py``): spans cut at separators and case markers, known names the CRF left
   untagged (knowledge base, organisation list and IL-NER names), a place + organisation head word
   (``پنجاب اسمبلی``), a title followed by known person-name words, runs of known person-name
   words, then span clean-up (titles, roles and generic place words trimmed; roads, branches and
   faction letters joined);
3. per document, a consistency pass: a name tagged once is tagged at its other mentions too.

The model and word lists load lazily, once, on first use.
"""

from __future__ import annotations

import re
import struct
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources

from khabar.document import Document, Entity, Token
from khabar.entities import tag_edges, tag_kinds, tag_persons
from khabar.entities.features import KnownFeatures, gazetteer_tags, sentence_features
from khabar.entities.numerals import number_words
from khabar.entities.tag_lexicon import (
    FUNCTION_WORDS,
    MODELS_PACKAGE,
    Gazetteer,
    SpacedGazetteer,
    fold_word,
    kb_entries,
    listed_entries,
    load_common_words,
    load_cues,
    load_gazetteer,
    load_homographs,
    load_not_names,
    load_offices,
    load_person_names,
    load_place_suffixes,
    load_span_breaks,
    load_street_words,
    load_word_bands,
    person_name_parts,
    trusted_entries,
    trusted_phrases,
)
from khabar.entities.tag_news import (
    add_named_streets,
    add_suffixed_places,
    cut_at_breaks,
    cut_places_at_offices,
    drop_dateline_credits,
    drop_false_names,
    join_place_organisations,
    join_split_letters,
    name_streets,
    office_organisations,
    retype_trusted,
    split_leading_names,
    trim_trailing_words,
    trusted_classes,
    unjoin_mentions,
)
from khabar.entities.tag_orgs import add_defined_organisations, clean_organisations
from khabar.entities.tag_rules import (
    BY_START,
    INITIALS,
    RULE_CONFIDENCE,
    Mention,
    add_coordinated_names,
    add_dictionary_matches,
    add_list_members,
    add_named_agents,
    add_named_quarters,
    add_person_name_runs,
    add_place_organisations,
    add_titled_persons,
    agents_are_people,
    attach_faction_letters,
    drop_homographs,
    drop_possessive_persons,
    drop_programme_places,
    drop_unplaced_areas,
    extend_directions,
    extend_initials,
    extend_organisation_connectives,
    extend_organisation_starts,
    extend_place_facilities,
    join_organisation_places,
    merge_adjacent_persons,
    split_at_separators,
    split_title_places,
    taken_words,
    trim_place_words,
    trim_titles,
    trim_to_known_places,
)
from khabar.entities.tag_spans import bio_spans, spans_bio
from khabar.errors import DataError
from khabar.text.tokens import tokenize

MODEL_FILE = "ner.crfsuite"
#: IL-NER train names join the dictionary pass from this many words (single words are too ambiguous).
DICT_MIN_WORDS = 2
#: Longest name kept, in words: real ones have up to about eight (``انٹرنیشنل کمیٹی آف دی ریڈ
#: کراس``); a longer span is a run of words with nothing between them (``عمران خان نواز شریف …``
#: repeated), and bounding it keeps the gazetteer and consistency passes linear.
MAX_NAME_WORDS = 12
#: Knowledge-base person words this frequent in Makhzan (log2 band) do not count as a lone name.
AGENT_MAX_BAND = 12
#: A span needs this confidence to be spread to the document's other mentions of it.
SPREAD_MIN_CONFIDENCE = 0.5
#: ... and for a one-word place that no place list knows
UNKNOWN_PLACE_SPREAD_CONFIDENCE = 0.9
#: A list item next to a name is a name only if its words are this rare in Makhzan (log2 band) or
#: absent from it: ``رچرڈس`` in ``کولرج ، رچرڈس`` is, ``دلکش`` "charming" is not.
COORDINATED_MAX_BAND = 5
#: Words this frequent in Makhzan (log2 band: ``اس``، ``ہی``، ``جو``) end no respaced trusted name.
SPACED_EDGE_BAND = 13
#: Cue kinds a word of an unknown dateline place may have (``کنگز ٹاؤن ( این این آئی )``).
_DATELINE_CUES = frozenset({"loc_head", "team", "per_part"})
#: Name types whose mentions of one name in one article vote on a single type.
_VOTING_TYPES = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC"})

_LEGACY_HAMZA = "\u0674"
_LEGACY_WAW = "و\u0674"
_SUBWORD = re.compile(r"[^\s_\u200c\u200d]+")


class NameTagger:
    """A CRF model plus the gazetteer it was trained with and the rules around it."""

    def __init__(self, model_path: str, gazetteer: Gazetteer, *, common: frozenset[str] = frozenset(),
                 person_names: frozenset[str] = frozenset(), dict_min_words: int = DICT_MIN_WORDS,
                 titles: bool = True, name_runs: bool = True) -> None:
        import pycrfsuite

        self.gazetteer = gazetteer
        self.common = common
        self.dict_min_words = dict_min_words
        self.titles = titles
        self.name_runs = name_runs
        self._cues = load_cues()
        self.cues = self._cues
        self.homographs = load_homographs()
        self.not_names = load_not_names()
        self._street_words = load_street_words()
        self._named_street_words = load_street_words("any")
        self._span_breaks = load_span_breaks()
        self._place_suffixes = load_place_suffixes()
        # trusted names are found whatever their spacing (``پیپلزپارٹی`` / ``پیپلز پارٹی``), in the rules
        # only: the CRF's gazetteer features keep the exact matcher they were trained with
        # (not at an edge: case markers and the most frequent words, pronouns and particles, that are no name)
        bands = load_word_bands()
        trusted_words = {w for words, _type in trusted_entries() for w in words}
        one_word_names = {words[0] for words, _type in trusted_entries() if len(words) == 1}
        frequent = {band for band in set(bands.values()) if int(band) >= SPACED_EDGE_BAND}  # one int() a band
        self._trusted = SpacedGazetteer(
            (),  # the trusted names, indexed once with the gazetteer's (trusted_phrases)
            edge_words=FUNCTION_WORDS | {w for w, kinds in self._cues.items() if "case" in kinds}
            | {w for w, band in bands.items() if band in frequent and w not in one_word_names},
            ordinary=common, letters=INITIALS, phrases=trusted_phrases())
        self._offices = load_offices()
        all_person, u_person, uk_person = gazetteer.name_word_sets("PERSON", "", "u", "uk")
        # the rules' person-name words leave out role words (اہلکار) that the noisy name lists hold
        self._person_words = frozenset(
            w for w in person_name_parts((all_person | person_names) - common, self._cues)
            if "role" not in self._cues.get(w, ()))
        # the curated name words (hand-written list, knowledge base) that stand alone before نے; the
        # knowledge base's very frequent words are mostly not names on their own (اللہ، اسلام، وسلم)
        self._bands = bands
        self._name_like_cache: dict[str, bool] = {}
        all_kb_person_words = {w for words, type_ in kb_entries() if type_ == "PERSON" for w in words}
        kb_person_words = {w for w in all_kb_person_words if int(bands.get(w, "0")) < AGENT_MAX_BAND}
        self.given_names = frozenset(
            w for w in person_name_parts((person_names | kb_person_words) - common, self._cues)
            if "role" not in self._cues.get(w, ()))
        # the CRF's name-part feature leaves out IL-NER's names, as in training; ordinary words that
        # only the run-time people list brings (جنگ, جہاں, چینی from full names) stay out of it too:
        # the model never saw them as name parts
        trained_words = u_person | person_names | all_kb_person_words
        listed_ordinary = ({w for words, type_ in listed_entries() if type_ == "PERSON"
                            for w in words} - trained_words) & common
        self._name_parts = person_name_parts(
            (uk_person | person_names) - listed_ordinary, self._cues)
        self._trusted_words = frozenset(trusted_words)
        # any word of any name list, noisy or curated (a surname that is also an everyday word: شریف)
        self._any_name_words = frozenset(trusted_words | all_person | person_names)
        # known name words that a split-off last letter may have come from (``سند ھ``), not ordinary words
        self._split_vocabulary = frozenset(
            w for w in trusted_words | self.given_names | self._person_words
            if len(w) >= 3 and w not in common)
        self._crf = pycrfsuite.Tagger()
        # tag() leaves the sentence in the Tagger for marginal(): threads must not interleave the two
        self._crf_lock = threading.Lock()
        try:
            self._crf.open(model_path)
        except (OSError, ValueError) as exc:
            raise DataError(f"cannot open the NER model ({exc}); rebuild it with scripts/train_ner.py",
                            path=model_path) from exc
        attributes = model_attributes(model_path)
        self._known = None if attributes is None else KnownFeatures(attributes)

    def _name_like(self, word: str) -> bool:
        """A word that may be an unknown name: letters, rare in Makhzan, no ordinary or cue word."""
        got = self._name_like_cache.get(word)
        if got is None:
            got = (len(word) > 1 and word.isalpha() and word not in self.common and not self._cues.get(word)
                   and int(self._bands.get(word, "0")) <= COORDINATED_MAX_BAND)
            if len(self._name_like_cache) < 100_000:
                self._name_like_cache[word] = got
        return got

    def _ordinary(self, word: str) -> bool:
        """An everyday word: mostly outside names in IL-NER train, or frequent in Makhzan."""
        return word in self.common or int(self._bands.get(word, "0")) >= tag_persons.ORDINARY_MIN_BAND

    def _dateline_word(self, word: str) -> bool:
        """A word that may be part of a dateline place no list knows: letters, no cue word but a place
        word (``ٹاؤن``) or a team's (``کنگز``), no office (``وزیر``), and no ordinary word (``common``:
        ``یکم دسمبر ( اے پی پی )`` is a date, ``عالمی مالیاتی ادارے`` a description)."""
        return (len(word) > 1 and word.isalpha() and self._cues.get(word, frozenset()) <= _DATELINE_CUES
                and word not in self.common and word not in FUNCTION_WORDS
                and int(self._bands.get(word, "0")) < SPACED_EDGE_BAND)

    def _is_nationality(self, word: str) -> bool:
        """A nationality or regional adjective: a listed one, or a place's nisba (``یورپی`` of ``یورپ``)."""
        if "k:NORP" in self._trusted.types((word,)):
            return True
        stem = word[:-2] if word.endswith("ئی") else word[:-1] if word.endswith("ی") else ""
        return len(stem) > 1 and self._is_trusted_place((stem,))

    def _is_trusted_place(self, words: Sequence[str]) -> bool:
        return any(t.endswith(("GPE", "LOC")) for t in self._trusted.types(words))

    def _is_known_place(self, words: Sequence[str]) -> bool:
        """In any place list, trusted or not."""
        return self._is_trusted_place(words) or any(t.endswith(("GPE", "LOC")) for t in self.gazetteer.types(words))

    def tag_folded(self, words: Sequence[str]) -> list[Mention]:
        """Mentions in one sentence of folded words: CRF, span clean-up, dictionary, titles."""
        if not words:
            return []
        # ``ٹاوٴن``: older Urdu fonts wrote ؤ as و and a high hamza (U+0674); the model, the lists and the
        # frequency table know ``ٹاؤن``. Folded here, not in fold_word, which training reads too (the
        # normalizer already writes the Arabic taa marbuta of ``جماعةالدعوة`` as ہ).
        if _LEGACY_HAMZA in "".join(words):
            words = [w.replace(_LEGACY_WAW, "ؤ") for w in words]
        # ``سند ھ`` (a word split before its last letter) is tagged as the word it was
        split = join_split_letters(words, self._split_vocabulary)
        if split is None:
            return self._tag_joined(words)
        joined, first = split
        return unjoin_mentions(self._tag_joined(joined), first, len(words))

    def _tag_joined(self, words: Sequence[str]) -> list[Mention]:
        matches = self.gazetteer.match(words)
        gaz = gazetteer_tags(len(words), matches)
        crf = self._crf
        features: Sequence[Sequence[str | bytes]] = (
            sentence_features(words, gaz, self._name_parts) if self._known is None
            else self._known.sentence(words, gaz, self._name_parts))
        with self._crf_lock:
            tags = crf.tag(features)
            marginal = crf.marginal
            # (a sentence the CRF tags all O has no spans: counted in C, not read tag by tag)
            mentions = [Mention(i, j, t, round(min([marginal(tags[k], k) for k in range(i, j)]), 4))
                        for i, j, t in bio_spans(tags)] if tags.count("O") != len(tags) else []
        mentions = cut_at_breaks(words, split_at_separators(words, mentions), self._span_breaks)
        trusted = self._trusted.match(words)
        mentions = join_name_fragments(trusted, mentions, words, self._cues, self._trusted.types)
        trusted_kinds = trusted_classes(trusted)
        mentions = retype_trusted(mentions, trusted_kinds)
        mentions = add_dictionary_matches(matches, mentions, words, self.common,
                                          min_words=self.dict_min_words)
        # a trusted name inside a longer untrusted gazetteer phrase (``سوات`` in an urduhack ``سوات
        # کے``) was hidden by the longest match: look for trusted names on their own too
        mentions = add_dictionary_matches(trusted, mentions, words, self.common,
                                          min_words=self.dict_min_words)
        mentions = add_place_organisations(words, mentions, self._cues)
        # ``خیبر ایجنسی`` is a tribal area, listed as one, not a place + the organisation head ایجنسی
        mentions = retype_trusted(mentions, trusted_kinds)
        mentions = add_named_quarters(words, mentions, self.common, self._cues)
        mentions = add_suffixed_places(words, mentions, self._place_suffixes, self._name_like)
        mentions = add_named_streets(words, mentions, self._named_street_words, self._name_like)
        if self.titles:
            mentions = add_titled_persons(words, mentions, self._person_words, self.common, self._cues,
                                          self._name_like)
        if self.name_runs:
            mentions = add_person_name_runs(words, mentions, self._person_words, self.common)
            mentions = add_named_agents(words, mentions, self.given_names)
            mentions = add_coordinated_names(words, mentions, self._name_like)
            mentions = add_list_members(words, mentions, self._name_like)
            if tag_persons.CUED_PERSONS:
                mentions = tag_persons.add_cued_persons(words, mentions, self.given_names, self._name_like)
        mentions = split_title_places(words, mentions, self._cues, self.gazetteer.types)
        mentions = split_leading_names(words, mentions, trusted, self._person_words, self._is_known_place,
                                       self._name_like)
        mentions = trim_place_words(words, mentions, self._is_trusted_place)
        mentions = trim_to_known_places(words, mentions, self._is_trusted_place, self.common)
        mentions = cut_places_at_offices(words, mentions, self._cues, self._is_trusted_place, self._split_vocabulary)
        mentions = extend_directions(words, mentions)
        mentions = attach_faction_letters(words, extend_place_facilities(words, mentions))
        mentions = drop_unplaced_areas(words, mentions, self._is_known_place)
        # ``صدر شی جن پنگ``: a noisy one-word place list holds ``شی``, split off after the title;
        # ``شہر قائد`` (Karachi) lost its ``شہر`` as a generic place word: the trusted full name wins
        mentions = join_name_fragments(trusted, mentions, words, self._cues, self._trusted.types)
        mentions = extend_initials(words, mentions, self._offices)
        mentions = extend_organisation_connectives(words, mentions, self._cues)
        mentions = extend_organisation_starts(words, mentions, self._cues)
        mentions = office_organisations(words, mentions, self._cues, self._offices, self._is_known_place,
                                        self._trusted.types)
        mentions = join_place_organisations(words, mentions, self._cues, self._trusted.types, self._is_nationality)
        mentions = trim_titles(words, join_organisation_places(mentions), self._cues, self._offices)
        mentions = drop_homographs(words, mentions, self.homographs)
        mentions = drop_possessive_persons(words, mentions, self._cues, self._person_words)
        mentions = agents_are_people(words, mentions, self._is_known_place)
        mentions = drop_programme_places(words, mentions, self._cues)
        mentions = merge_adjacent_persons(mentions)
        mentions = name_streets(words, mentions, self._street_words)
        # a span trimmed down to a trusted name (``ڈی سی جھل مگسی`` → ``جھل مگسی``) takes its class too
        mentions = retype_trusted(mentions, trusted_kinds)
        mentions = trim_trailing_words(words, mentions, self.common, self._cues, self._trusted.types,
                                       self._trusted_words)
        if tag_persons.PERSON_TAILS:
            mentions = tag_persons.trim_person_tails(words, mentions, self._ordinary, self._person_words,
                                                     self._any_name_words)
        if tag_kinds.KINDS_RULES:  # before the dateline and the place-end rules, which know better
            mentions = tag_kinds.persons_by_surname(words, mentions, self._is_known_place, self._person_words)
        mentions = drop_dateline_credits(words, mentions, self._dateline_word)
        mentions = drop_false_names(words, mentions)
        mentions = clean_organisations(words, mentions, trusted, self._cues, self._is_nationality)
        mentions = add_defined_organisations(words, mentions, self._cues)
        if tag_kinds.KINDS_RULES:
            mentions = tag_kinds.trim_not_name_starts(words, tag_kinds.trim_latin_starts(words, mentions),
                                                      self.not_names, self._person_words)
            mentions = tag_kinds.retype_by_words(words, mentions, self._cues, self._person_words)
            mentions = tag_kinds.persons_in_person_lists(words, mentions, self._is_trusted_place,
                                                         self._person_words)
        if tag_edges.EDGE_RULES:
            mentions = tag_edges.places_by_setting(words, tag_edges.trim_trailing_numbers(words, mentions),
                                                 self._name_like)
            mentions = tag_edges.add_scored_list_members(words, mentions, self._name_like)
            # ``قائد اعظم`` and ``جنرل اسمبلی`` lose ``قائد`` / ``جنرل`` to the title trim after the last join
            mentions = join_name_fragments(trusted, mentions, words, self._cues, self._trusted.types)
        not_name = self.not_names.__contains__
        number = number_words().__contains__  # ``دو سو`` (two hundred; دوسو is also Dosso, Niger) is no name
        # ``مو جود`` is موجود broken by a stray space (a name list holds جود): joined, it is no name
        return [m for m in mentions if m.end - m.start <= MAX_NAME_WORDS
                and not all(map(not_name, words[m.start:m.end]))
                and not not_name("".join(words[m.start:m.end]))
                and not all(map(number, words[m.start:m.end]))
                and not (tag_kinds.KINDS_RULES and tag_kinds.is_time_span(words[m.start:m.end]))]


def model_attributes(path: str) -> frozenset[str] | None:
    """Every attribute (feature string) a crfsuite model file knows, read from its attribute
    dictionary (a CQDB: 256 hash tables, then ``id, size, key\\0`` records, then a backward array of
    record offsets by id); None when the file is not laid out that way, and then nothing is cut."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        magic, _size, kind, _version = struct.unpack_from("<4sI4sI", data, 0)
        num_attrs, off_attrs = struct.unpack_from("<I8xI", data, 24)
        cqdb, _csize, _flag, _order, bwd_size, bwd_off = struct.unpack_from("<4sIIIII", data, off_attrs)
        if (magic, kind, cqdb) != (b"lCRF", b"FOMC", b"CQDB") or bwd_size != num_attrs:
            return None
        names: set[str] = set()
        for off in struct.unpack_from(f"<{bwd_size}I", data, off_attrs + bwd_off):
            at = off_attrs + off
            _id, ksize = struct.unpack_from("<II", data, at)
            names.add(data[at + 8:at + 7 + ksize].decode("utf-8"))
    except (OSError, struct.error, UnicodeDecodeError):
        return None
    return frozenset(names)


@cache
def default_tagger() -> NameTagger:
    ref = resources.files(MODELS_PACKAGE).joinpath(MODEL_FILE)
    if not ref.is_file():
        raise DataError("the NER model is missing; rebuild it with scripts/train_ner.py", path=MODEL_FILE)
    with resources.as_file(ref) as path:
        return NameTagger(str(path), load_gazetteer(), common=load_common_words(),
                          person_names=load_person_names())


@lru_cache(maxsize=65536)
def word_parts(word: str) -> tuple[str, ...]:
    """The folded tokens khabar's tokenizer makes of one pre-tokenized word, split first at ``_``,
    zero-width joiners and spaces (``نئی_دہلی`` → نئی، دہلی; ``گئے۔`` → گئے، ۔)."""
    parts: list[str] = []
    for piece in _SUBWORD.findall(word):
        parts += [f for f in (fold_word(tok.norm) for tok in tokenize(piece)) if f]
    return tuple(parts)


def tag_words(words: Sequence[str], *, tagger: NameTagger | None = None) -> list[str]:
    """BIO tags (``B-PERSON``, ``I-GPE``, ``O``, ...) for pre-tokenized words.

    A word is tagged in the parts khabar's tokenizer makes of it (:func:`word_parts`) and takes the
    tag of its first part that has letters or digits.
    """
    return tag_document_words([words], tagger=tagger)[0]


def tag_document_words(sentences: Sequence[Sequence[str]], *,
                       tagger: NameTagger | None = None) -> list[list[str]]:
    """:func:`tag_words` over the sentences of one document, with the consistency pass across them."""
    tagger = tagger or default_tagger()
    split = [_split_words(words) for words in sentences]
    found = [tagger.tag_folded(parts) for parts, _heads in split]
    if len(sentences) > 1:
        found = spread_mentions([parts for parts, _heads in split], found, tagger.common, tagger.homographs)
        found = spread_first_names([parts for parts, _heads in split], found, tagger.common, tagger.cues)
    return [_word_tags(parts, heads, mentions) for (parts, heads), mentions in zip(split, found, strict=True)]


def _split_words(words: Sequence[str]) -> tuple[list[str], list[int]]:
    """The folded parts of all words, and for each word the index of its head part."""
    parts: list[str] = []
    heads: list[int] = []
    for word in words:
        pieces = word_parts(word) or (fold_word(word) or word or "_",)
        head = next((k for k, p in enumerate(pieces) if p[0].isalnum()), 0)
        heads.append(len(parts) + head)
        parts.extend(pieces)
    return parts, heads


def _word_tags(parts: Sequence[str], heads: Sequence[int], mentions: Sequence[Mention]) -> list[str]:
    part_tags = spans_bio(len(parts), [(m.start, m.end, m.type) for m in mentions])
    tags = [part_tags[k] for k in heads]
    prev = "O"
    for w, tag in enumerate(tags):
        if tag != "O":
            same = prev != "O" and prev[2:] == tag[2:]
            # an entity continues across words when the parts between them are inside it too
            inside = same and all(part_tags[k].startswith("I-") for k in range(heads[w - 1] + 1, heads[w] + 1))
            tags[w] = ("I-" if inside else "B-") + tag[2:]
        prev = tags[w]
    return tags


def tag_entities(doc: Document) -> list[Entity]:
    """Name mentions in ``doc`` (needs sentences and tokens), unlinked, with offsets into doc.text."""
    if not doc.tokens:
        return []
    tagger = default_tagger()
    sentences: list[list[Token]] = []
    folded: list[list[str]] = []
    current = -1
    for tok in doc.tokens:
        word = fold_word(tok.norm)
        if not word:
            continue
        if tok.sentence != current:
            sentences.append([])
            folded.append([])
            current = tok.sentence
        sentences[-1].append(tok)
        folded[-1].append(word)
    found = [tagger.tag_folded(words) for words in folded]
    found = spread_mentions(folded, found, tagger.common, tagger.homographs, tagger._is_known_place)
    found = spread_first_names(folded, found, tagger.common, tagger.cues)
    found = harmonize_types(folded, found, tagger._is_trusted_place)
    text = doc.text
    entities: list[Entity] = []
    for toks, mentions in zip(sentences, found, strict=True):
        for m in mentions:
            start, end = toks[m.start].start, toks[m.end - 1].end
            entities.append(Entity(start=start, end=end, text=text[start:end], type=m.type,
                                   sentence=toks[m.start].sentence, confidence=m.confidence))
    return entities


def spread_mentions(sentences: Sequence[Sequence[str]], found: Sequence[list[Mention]],
                    common: Collection[str] = frozenset(),
                    homographs: Mapping[str, tuple[Collection[str], Collection[str]]] | None = None,
                    is_place: Callable[[Sequence[str]], bool] | None = None,
                    ) -> list[list[Mention]]:
    """Tag every other mention of a confidently tagged name in the same document; a one-word name
    that is mostly an ordinary word (``common``: ``چین`` is China and "peace") is not spread, nor
    into a context that shows its ordinary sense (``homographs``: ``رحم دلی``). A one-word place no
    place list knows (``is_place``) spreads only from a sure tag: an unknown foreign word is the
    CRF's favourite place (``ریہانا``، ``فریزر``، ``شراپووا``), and one guess would tag it everywhere."""
    known: dict[tuple[str, ...], tuple[str, float]] = {}
    for words, mentions in zip(sentences, found, strict=True):
        for m in mentions:
            key = tuple(words[m.start:m.end])
            if len(key) == 1 and key[0] in common:
                continue
            least = SPREAD_MIN_CONFIDENCE
            if len(key) == 1 and m.type in ("GPE", "LOC") and is_place is not None and not is_place(key):
                least = UNKNOWN_PLACE_SPREAD_CONFIDENCE
            if m.confidence >= least and m.confidence > known.get(key, ("", 0.0))[1]:
                known[key] = (m.type, m.confidence)
    if not known:
        return [list(ms) for ms in found]
    names = Gazetteer((key, type_) for key, (type_, _conf) in known.items())
    out: list[list[Mention]] = []
    for words, mentions in zip(sentences, found, strict=True):
        if not names.may_match(words):
            out.append(list(mentions))  # no name of the article begins in this sentence
            continue
        taken = taken_words(len(words), mentions)
        added = [Mention(i, j, types[0], RULE_CONFIDENCE) for i, j, types in names.match(words)
                 if not any(taken[i:j])]
        if added and homographs:
            added = drop_homographs(words, added, homographs)
        out.append(sorted([*mentions, *added], key=BY_START) if added else list(mentions))
    return out


def harmonize_types(sentences: Sequence[Sequence[str]], found: Sequence[list[Mention]],
                    is_place: Callable[[Sequence[str]], bool] | None = None) -> list[list[Mention]]:
    """One name, one type per article: the same words tagged PERSON four times and GPE once
    (``ایلس ویلز``) take the type most of their mentions carry, weighted by confidence. A
    weakly tagged name that ends in the surname of a person named twice or more in the article
    (``ویلس ویلز`` beside ``ایلس ویلز``: a misspelling, or a relative) is a PERSON too, and so is
    that surname or first name alone (``اوزل`` after ``مسعود اوزل``, ``شہمیر`` after ``شہمیر عامر``)
    unless it is a known place (``is_place``: ``واشنگٹن`` after ``جارج واشنگٹن`` may be the city).

    Only where the vote is clear (the winner at least twice, with 1.5 times the weight of the
    rest) and only between name types; NORP and the value types are not names to vote on.
    """
    votes: dict[tuple[str, ...], dict[str, list[float]]] = {}  # key -> type -> [weight, count]
    keyed: list[list[tuple[str, ...] | None]] = []
    for words, mentions in zip(sentences, found, strict=True):
        keys: list[tuple[str, ...] | None] = []
        for m in mentions:
            if m.type in _VOTING_TYPES:
                key = tuple(words[m.start:m.end])
                tally = votes.setdefault(key, {}).setdefault(m.type, [0.0, 0])
                tally[0] += m.confidence ** 2  # a sure tag outweighs several coin tosses
                tally[1] += 1
                keys.append(key)
            else:
                keys.append(None)
        keyed.append(keys)
    winners: dict[tuple[str, ...], str] = {}  # names tagged with more than one type, and their type
    settled: set[tuple[str, ...]] = set()  # names with a clear type, mixed or not
    surnames: set[str] = set()
    first_names: set[str] = set()
    for key, tallies in votes.items():
        best = max(tallies, key=lambda t: tallies[t][0])
        weight, count = tallies[best]
        if count >= 2 and weight >= 1.5 * (sum(w for w, _ in tallies.values()) - weight):
            settled.add(key)
            if len(tallies) > 1:
                winners[key] = best
            if best == "PERSON" and len(key) >= 2:
                surnames.add(key[-1])
                first_names.add(key[0])
    if not winners and not surnames:
        return [list(ms) for ms in found]
    out: list[list[Mention]] = []
    for mentions, keys in zip(found, keyed, strict=True):
        fixed = []
        for m, key in zip(mentions, keys, strict=True):
            type_ = m.type if key is None else winners.get(key, m.type)
            if key is not None and type_ in ("GPE", "LOC", "ORG") \
                    and (key[-1] in surnames or (len(key) == 1 and key[0] in first_names)) \
                    and _surname_is_person(key, m, settled, is_place):
                type_ = "PERSON"
            fixed.append(m if type_ == m.type else Mention(m.start, m.end, type_, m.confidence))
        out.append(fixed)
    return out


def _surname_is_person(key: tuple[str, ...], m: Mention, settled: Collection[tuple[str, ...]],
                       is_place: Callable[[Sequence[str]], bool] | None) -> bool:
    """For :func:`harmonize_types`: a name ending in a known person's surname is that family's: a
    weak longer one not typed clearly on its own, or the surname alone when it is no known place."""
    if len(key) >= 2:
        return m.confidence < SPREAD_MIN_CONFIDENCE and key not in settled
    return len(key[0]) >= 3 and (is_place is None or not is_place(key))


def spread_first_names(sentences: Sequence[Sequence[str]], found: Sequence[list[Mention]],
                       common: Collection[str], cues: Mapping[str, Collection[str]],
                       ) -> list[list[Mention]]:
    """A person's first name alone, right before a case marker, once the article has tagged the
    full name (``انجلینا جولی`` … ``انجلینا نے``): writers shorten foreign and women's names that way.

    Only a first word of three letters or more that is no ordinary word (``common``) and no title,
    honorific or other cue word (``میاں`` begins ``میاں نواز شریف``), and only when it begins one
    full name in the article: ``محمد`` before two different names says nothing about a lone ``محمد``.
    """
    starts: dict[str, set[tuple[str, ...]]] = {}
    for words, mentions in zip(sentences, found, strict=True):
        for m in mentions:
            if m.type == "PERSON" and m.end - m.start >= 2 and m.confidence >= SPREAD_MIN_CONFIDENCE:
                starts.setdefault(words[m.start], set()).add(tuple(words[m.start:m.end]))
    firsts = {w for w, names in starts.items()
              if len(names) == 1 and len(w) >= 3 and w not in common and w not in cues}
    if not firsts:
        return [list(ms) for ms in found]
    out: list[list[Mention]] = []
    for words, mentions in zip(sentences, found, strict=True):
        taken = taken_words(len(words), mentions)
        added = [Mention(i, i + 1, "PERSON", RULE_CONFIDENCE) for i, w in enumerate(words[:-1])
                 if w in firsts and not taken[i] and not taken[i + 1] and "case" in cues.get(words[i + 1], ())
                 and (i == 0 or not taken[i - 1])]
        out.append(sorted([*mentions, *added], key=BY_START) if added else list(mentions))
    return out


def join_name_fragments(trusted: Sequence[tuple[int, int, Sequence[str]]], mentions: list[Mention],
                        words: Sequence[str] = (), cues: Mapping[str, Collection[str]] | None = None,
                        is_name: Callable[[Sequence[str]], object] | None = None) -> list[Mention]:
    """A trusted name of two words or more that the CRF cut into pieces is one name: ``شی جن پنگ``
    tagged ``شی`` GPE + ``جن پنگ`` PERSON becomes one PERSON (Xi Jinping).

    Only where every mention touching the name lies inside it and there are pieces to join (or one
    piece shorter than the name), and the name has one type; a longer CRF span is left alone. A name
    ending on a case marker (``یو کے`` "UK" in ``ایم یو کے وائس چانسلر``) is not trusted to join.
    """
    ms = sorted(mentions, key=BY_START)
    # (a one-word name joins nothing: the mentions before it are settled by the next longer name's turn)
    longer = [name for name in trusted if name[1] - name[0] >= 2]
    if not longer:
        return ms  # no name of two words or more: nothing to join (most sentences)
    out: list[Mention] = []
    p = 0  # mentions before ms[p] are settled; one merge pass over names and mentions, both in order
    for i, j, types in sorted(longer, key=lambda t: t[0]):
        while p < len(ms) and ms[p].end <= i:
            out.append(ms[p])
            p += 1
        kinds = {t[2:] for t in types}
        if len(kinds) != 1:
            continue
        if cues is not None and words and "case" in cues.get(words[j - 1], ()):
            continue
        q = p
        while q < len(ms) and ms[q].start < j:
            q += 1
        touching = ms[p:q]
        if not touching or any(m.start < i or m.end > j for m in touching):
            continue
        if len(touching) == 1 and (touching[0].start, touching[0].end) == (i, j):
            continue
        if len(touching) == 1 and (touching[0].type != next(iter(kinds))
                                   or (is_name is not None and is_name(words[touching[0].start:touching[0].end]))):
            # one piece of another type: the CRF may know better (``پاکستان`` in a longer name); one
            # piece that is a trusted name itself: ``لاہور`` out of ``لاہور شہر`` stays trimmed
            continue
        conf = max(m.confidence for m in touching)
        out.append(Mention(i, j, kinds.pop(), max(conf, RULE_CONFIDENCE)))
        p = q
    out.extend(ms[p:])
    return sorted(out, key=BY_START)
