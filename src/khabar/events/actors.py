"""Resolving an actor's noun phrase to a linked entity.

Sources, best first at each position: the document's own (tagged and linked) entities, the shared knowledge
base (``khabar.entities.kb``) when it is installed, and the event gazetteer ``data/events/actors.tsv``
(countries, nationality adjectives, organizations, a few leaders). Inside a phrase the rightmost resolved
name wins: ``جرمنی کی چانسلر اینگلا میرکل`` is Merkel, ``بوکو حرام کے جنگجوؤں`` is Boko Haram, and a
nationality adjective stands for its country (``روسی فوجیوں`` → Russia).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from operator import attrgetter

from khabar.digest.lexicon import boilerplate_phrases, credit_matches
from khabar.document import Actor, Document, Entity, Token
from khabar.entities.tag_lexicon import Homographs, fold_word, load_homographs
from khabar.entities.tag_rules import ordinary_sense
from khabar.errors import DataError, KhabarError
from khabar.events.data import event_word_rows, event_words, read_event_data
from khabar.events.discourse import titles
from khabar.memo import remembered_each
from khabar.text.normalize import normalize

_NOT_LETTER = re.compile(r"[\W_]+")
#: tokens that split a coordinated phrase into conjuncts
COORDINATORS = event_words("actor_coordinators")
_MAX_NAME_TOKENS = 5
#: "of" / "for" inside names and titles (``کمیشن آف پاکستان``، ``نمائندے برائے افغانستان``)
_OF = event_words("actor_of")
#: titles of persons that take a ``برائے`` complement
_ENVOYS = event_words("actor_envoys")
#: Urdu number words: a knowledge-base name made only of these is a number in running text
_NUMBER_WORDS = event_words("actor_number_words")
#: words that never stand inside a person's name
_NOT_IN_NAMES = event_words("actor_not_in_names") | _NUMBER_WORDS


@dataclass(frozen=True, slots=True)
class Named:
    qid: str | None
    name_en: str
    type: str


def _key(norm_phrase: str) -> str:
    return _NOT_LETTER.sub("", norm_phrase)


@cache
def groups() -> frozenset[str]:
    """Nouns that name a collective or official actor (``data/events/groups.tsv``)."""
    text = read_event_data("groups.tsv", "actor nouns")
    rows = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    # roles look at a phrase's last word, so a two-word noun (``شدت پسندوں``) is kept by its last word
    return frozenset(normalize(w).norm.split()[-1] for w in rows[1:])


#: endings of nouns for adherents of a cause (``ماؤنوازوں``، ``علیحدگی پسندوں``، ``قوم پرست``): collective actors
_ADHERENT_ENDINGS = event_word_rows("actor_adherent_endings")


def is_group(word: str) -> bool:
    """Does ``word`` (normalized, the last of a phrase) name a collective or official actor?"""
    return word in groups() or (len(word) > 5 and word.endswith(_ADHERENT_ENDINGS))


@cache
def _adjective_keys() -> frozenset[str]:
    """Keys of nationality adjectives (NORP rows): ``روسی`` in ``روسی کمپنی`` modifies, it is no phrase."""
    text = read_event_data("actors.tsv", "actor gazetteer")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(_key(normalize(n).norm) for row in rows[1:] if len(row) == 5 and row[2] == "NORP"
                     for n in row[4].split("|"))


@cache
def load_gazetteer() -> dict[str, Named]:
    """Key (letters of the normalized name) → entity; NORP rows resolve to their country."""
    text = read_event_data("actors.tsv", "actor gazetteer")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    out: dict[str, Named] = {}
    for line_no, row in enumerate(rows[1:], 2):
        if len(row) != 5:
            raise DataError("expected qid, name_en, type, country, names", path="events/actors.tsv",
                            line=line_no)
        qid, name_en, type_, _country, names = row
        named = Named(qid or None, name_en, "GPE" if type_ == "NORP" else type_)
        for name in names.split("|"):
            out.setdefault(_key(normalize(name).norm), named)
    return out


@cache
def _gazetteer_prefixes() -> frozenset[str]:
    """Every leading part of every gazetteer key (and the keys), so a lookup can stop early."""
    out: set[str] = set()
    for key in load_gazetteer():
        out.update(key[:i] for i in range(1, len(key) + 1))
    out.update(k + "وں" for k in _adjective_keys())  # پاکستانی → پاکستانیوں
    return frozenset(out)


@cache
def _countries() -> dict[str, Named]:
    return {n.qid: n for n in load_gazetteer().values() if n.qid and n.type == "GPE"}


@cache
def _kb() -> object | None:
    """The shared knowledge base if this build has one (it is optional for event extraction)."""
    try:
        from khabar.entities.kb import load_kb
    except ImportError:
        return None
    try:
        return load_kb()
    except KhabarError:
        return None


#: an actor's fields in the order its constructor takes them, read in one call (for copies)
_actor_fields = attrgetter(*(f.name for f in fields(Actor)))


def is_named(actor: Actor | None) -> bool:
    """A linked name, or a name the tagger found (typed) even if it could not be linked."""
    return actor is not None and bool(actor.entity_id or actor.name_en or actor.type)


#: the answers of ``name_tokens`` of one resolver, by (first start, last end, token count)
_NameTokens = dict[tuple[int, int, int], tuple[Sequence[Token], frozenset[int]]]


class ActorResolver:
    """Resolves token ranges of one document to actors."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.names: list[Entity] = sorted((part for e in doc.entities if not e.is_value for part in _persons(e)),
                                          key=lambda e: e.start)
        self._starts = [e.start for e in self.names]
        self.gazetteer = load_gazetteer()
        self.kb = _kb()
        # name_tokens per token run: quotes ask it of the same sentence more than once
        self._inside: _NameTokens = {}
        self._last_folded: tuple[Sequence[Token], list[str]] | None = None
        self._named: dict[tuple[int, int, int], tuple[Sequence[Token], Actor | None]] = {}

    def resolve(self, toks: Sequence[Token], i: int, j: int, *, split: bool = True) -> list[Actor]:
        """Actors of the phrase ``toks[i:j]``: one per coordinated named conjunct, else one actor.

        The single actor is the rightmost linked name, or the bare phrase (no ids) when nothing links.
        """
        i = _after_credits(toks, i, j)
        while i < j and toks[i].norm in _LEADING_MARKERS:
            i += 1  # a phrase never opens with a case marker (``کے صدور``): the words before it are another's
        if i >= j:
            return []
        if split and not any(toks[k].norm in _OF for k in range(i, j)):
            # ``نمائندے برائے افغانستان و پاکستان``: a coordination inside a title is no list of actors
            parts = _conjuncts(toks, i, j)
            if len(parts) > 1:
                found = [self.named(toks, a, b) for a, b in parts]
                last = found[-1]
                if last is not None and last.type == "PERSON" and all(f is None or f.type != "PERSON" for f in found[:-1]) \
                        and any(toks[k].norm in _GENITIVES for k in range(parts[-1][0], parts[-1][1])) \
                        and toks[parts[-1][0]].start < (last.start or 0) \
                        and not any(toks[b - 1].norm in titles() for _, b in parts[:-1]):
                    # ``X کی وزارت توانائی اور معدنی وسائل کے وزیر Y``: the coordination is inside the genitive that
                    # names Y's office; the person is the one party (not ``فوج کے سربراہ اور ... کے مشیر Y``: an
                    # office beside the person acts too)
                    return [last]
                if any(f is not None and f.type == "PERSON" for f in found):
                    # ``صمصام بخاری، اشرف سوہنا اور عارف لاشاری``: conjuncts of a person are persons,
                    # when they are short and look like names (no group noun, genitive, number)
                    found = [f if f is not None else self._like_name(toks, a, b)
                             for f, (a, b) in zip(found, parts, strict=True)]
                    if any(f is not None and f.type == "PERSON" and is_named(f) for f in found):
                        # ``فوج کے سربراہ اور قومی سلامتی مشیر X``: an office named beside a person acts too
                        offices = [self._bare(toks, a, b) if f is None and toks[b - 1].norm in titles() else None
                                   for f, (a, b) in zip(found, parts, strict=True)]
                        if all(f is not None or o is not None for f, o in zip(found, offices, strict=True)):
                            return [f or o for f, o in zip(found, offices, strict=True)]  # type: ignore[misc]
                # (only beside a last conjunct that names a party: a genitive in the last may be shared,
                # ``X اور Y کے وزرائے خارجہ``, and a list of things names each owner, ``X کی آزادی اور Y کی حفاظت``)
                things = not _owns_thing(toks, found[-1], *parts[-1])
                named = [f for f, (a, b) in zip(found, parts, strict=True)
                         if is_named(f) and not (things and _owns_thing(toks, f, a, b))]
                if len(named) > 1:
                    return named  # type: ignore[return-value]
                if len(named) == 1 and sum(is_named(f) for f in found) > 1:
                    # ``پاکستان کی 19ویں پوزیشن، فیفا نے``: a conjunct that names a thing of its owner is no party
                    return named  # type: ignore[return-value]
                # a collective that is also a name (رینجرز: Pakistan Rangers) still counts as a collective
                plain = [f is None or (b - a == 1 and is_group(toks[a].norm))
                         for f, (a, b) in zip(found, parts, strict=True)]
                if all(plain) and _collective_list(toks, parts, i, j):
                    # ``صدر اور وزیراعظم نے``، ``پولیس اور رینجرز نے``: each collective or office acts (a
                    # list with a name in it, ``بھارتی حکومت اور متاثرہ خاندانوں``, stays one party)
                    return [f or self._bare(toks, a, b) for f, (a, b) in zip(found, parts, strict=True)]
        found = self.named(toks, i, j)
        return [found if found is not None else self._bare(toks, i, j)]

    def named(self, toks: Sequence[Token], i: int, j: int) -> Actor | None:
        """The rightmost name inside ``toks[i:j]`` (linked ones first at a position), or None."""
        # the stages ask it of one phrase more than once (a subject read for an anchor, then for the
        # event): the answer is kept per token list (held, so its id stays its own) and phrase
        key = (id(toks), i, j)
        held = self._named.get(key)
        if held is not None and held[0] is toks:
            found = held[1]
        else:
            found = self._find_named(toks, i, j)
            self._named[key] = (toks, found)
        # a new actor each time, as working it out again would give: callers tell actors apart by identity
        return None if found is None else Actor(*_actor_fields(found))

    def _find_named(self, toks: Sequence[Token], i: int, j: int) -> Actor | None:
        best: tuple[int, bool, int, int, Actor] | None = None  # (end, linked, length, source rank, actor)

        def consider(actor: Actor, rank: int) -> None:
            nonlocal best
            s, e = actor.start or 0, actor.end or 0
            cand = (e, bool(actor.entity_id or actor.name_en), e - s, rank, actor)
            if best is None or cand[:4] > best[:4]:
                best = cand

        start, end = toks[i].start, toks[j - 1].end
        people: list[tuple[int, int]] = []
        for ent in self.names[bisect_left(self._starts, start):bisect_right(self._starts, end)]:
            if ent.type == "PERSON":
                people.append((ent.start, ent.end))
            if ent.end <= end and ent.type not in ("EVENT", "WORK_OF_ART", "LAW"):
                actor = Actor(ent.text, ent.entity_id, ent.name_en, ent.start, ent.end,
                              "GPE" if ent.type == "NORP" else ent.type)
                if not (ent.entity_id or ent.name_en):
                    actor = self._link(actor) or actor
                elif ent.type == "NORP" and ent.entity_id:
                    actor = self._as_country(actor)
                consider(actor, 3)
        words = [t.norm for t in toks[i:j]]

        def in_person(s: int, e: int) -> bool:
            # A known word inside a tagged person's name is part of the name: ایلس ویلز is no Wales.
            return any(ps <= s and e <= pe and (s, e) != (ps, pe) for ps, pe in people)

        folded: list[str] | None = None

        def ordinary(a: int, b: int) -> bool:
            # ``مالی مشکلات`` (financial trouble) is no Mali: the tagger's homograph contexts, over the
            # whole sentence so that a neighbour outside the phrase counts too
            nonlocal folded
            if b - a != 1:
                return False
            if folded is None:
                folded = self._folded(toks)
            return ordinary_sense(folded, i + a, len(folded), _homographs())

        for a, b, named in self._match_gazetteer(words):
            s, e = toks[i + a].start, toks[i + b - 1].end
            if not in_person(s, e) and not ordinary(a, b):
                consider(Actor(self.doc.text[s:e], named.qid, named.name_en, s, e, named.type), 1)
        for actor in self._match_kb(toks, i, words):
            if in_person(actor.start or 0, actor.end or 0):
                continue
            k = _token_index(toks, actor.start or 0)
            if k is not None and ordinary(k - i, k - i + 1) and toks[k].end == actor.end:
                continue
            if not all(w in _NUMBER_WORDS for w in normalize(actor.text).norm.split()):
                consider(actor, 2)  # ``دو سو`` (two hundred) is no place called Dosso
        if best is None:
            return None
        found = best[4]
        if found.type in ("GPE", "LOC"):
            return self._named_after(toks, i, j, found)
        if found.type == "ORG" and not (found.entity_id or found.name_en):
            return self._national_body(found, start) or found
        return found

    def _folded(self, toks: Sequence[Token]) -> list[str]:
        """The tagger's folded forms of a sentence's words: ``named`` is asked of several phrases of one
        sentence in turn, so the last sentence's are kept (by the identity of its token list)."""
        held = self._last_folded
        if held is not None and held[0] is toks:
            return held[1]
        folded = remembered_each(_FOLDED, fold_word, [t.norm for t in toks])
        self._last_folded = (toks, folded)
        return folded

    def _national_body(self, org: Actor, floor: int) -> Actor | None:
        """``چینی وزارت خارجہ``: an unlinked body right after a nationality adjective is that country
        acting (CAMEO codes a ministry as its government); the actor spans both, linked to the country."""
        for ent in self.names[bisect_left(self._starts, floor):bisect_left(self._starts, org.start or 0)]:
            if ent.type == "NORP" and ent.entity_id and not self.doc.text[ent.end:org.start].strip():
                country = self._as_country(Actor(ent.text, ent.entity_id, ent.name_en, ent.start, ent.end, "GPE"))
                s, e = ent.start, org.end or ent.end
                return Actor(self.doc.text[s:e], country.entity_id, country.name_en, s, e, "GPE")
        return None

    def _named_after(self, toks: Sequence[Token], i: int, j: int, place: Actor) -> Actor:
        """An organization named after a place (``ہیومن رائٹس کمیشن آف پاکستان``، ``بینک آف انگلینڈ``)
        or an envoy for places (``خصوصی نمائندے برائے افغانستان و پاکستان``) is the organization or
        person, not the place: the whole phrase up to the place, linked if known."""
        k = next((k for k in range(i, j) if toks[k].start == place.start), None)
        of = next((o for o in range(k - 1, i, -1) if toks[o].norm in _OF), None) if k is not None else None
        if of is None:
            return place
        s = toks[i].start
        type_ = "PERSON" if toks[of - 1].norm in _ENVOYS else "ORG"
        actor = Actor(self.doc.text[s:place.end or s], None, None, s, place.end, type_)
        return self._link(actor) or actor

    def _as_country(self, actor: Actor) -> Actor:
        """A nationality adjective acts as its country: ``American`` (Q30) → United States."""
        kb = self.kb
        entry = None
        if kb is not None:
            try:
                entry = kb.get(actor.entity_id)  # type: ignore[attr-defined]
            except (AttributeError, TypeError):
                entry = None
        if entry is not None and entry.type != "NORP":
            return Actor(actor.text, entry.qid, entry.name_en, actor.start, actor.end, "GPE")
        named = _countries().get(actor.entity_id or "")
        if named is not None:
            return Actor(actor.text, named.qid, named.name_en, actor.start, actor.end, "GPE")
        return actor

    def _link(self, actor: Actor) -> Actor | None:
        """Ids for an unlinked mention whose whole text is a known name."""
        named = self.gazetteer.get(_key(normalize(actor.text).norm))
        if named is not None:
            return Actor(actor.text, named.qid, named.name_en, actor.start, actor.end, named.type)
        kb = self.kb
        if kb is not None:
            try:
                entries = kb.lookup(normalize(actor.text).norm)  # type: ignore[attr-defined]
            except (AttributeError, TypeError):
                entries = []
            if entries:
                entry = entries[0]
                if entry.type == "NORP" and entry.country:
                    entry = kb.get(entry.country) or entry  # type: ignore[attr-defined]
                return Actor(actor.text, entry.qid, entry.name_en, actor.start, actor.end,
                             "GPE" if entry.type == "NORP" else entry.type)
        return None

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Tagged names inside ``[start, end)``, in text order."""
        return [e for e in self.names[bisect_left(self._starts, start):bisect_right(self._starts, end)]
                if e.end <= end]

    def is_adjective(self, word: str) -> bool:
        """Is ``word`` (normalized) a nationality adjective?"""
        key = _key(word)
        if key in _adjective_keys():
            return True
        kb = self.kb
        if kb is None:
            return False
        try:
            return any(e.type == "NORP" for e in kb.lookup(word))  # type: ignore[attr-defined]
        except (AttributeError, TypeError):
            return False

    def place_starts_at(self, offset: int) -> bool:
        """Does a tagged place (GPE, LOC, FAC) begin at character ``offset``?"""
        i = bisect_left(self._starts, offset)
        while i < len(self.names) and self._starts[i] == offset:
            if self.names[i].type in ("GPE", "LOC", "FAC"):
                return True
            i += 1
        return False

    def name_tokens(self, toks: Sequence[Token]) -> frozenset[int]:
        """Indexes of tokens inside multi-word names (``شی جن پنگ``: its ``جن`` is no relative pronoun)."""
        if not toks:
            return frozenset()
        start, end = toks[0].start, toks[-1].end
        key = (start, end, len(toks))
        known = self._inside.get(key)
        if known is not None and (known[0] is toks or _same_tokens(known[0], toks)):
            return known[1]
        inside: set[int] = set()
        spans = [(e.start, e.end) for e in self.names[bisect_left(self._starts, start):
                                                      bisect_right(self._starts, end)]]
        words = [t.norm for t in toks]
        for a, b, _named in self._match_gazetteer(words):
            if b - a > 1:
                inside.update(range(a, b))
        spans += self._kb_spans(toks, words)
        if spans:
            inside.update(_covered_runs(toks, spans))
        found = frozenset(inside)
        self._inside[key] = (toks, found)
        return found

    def _kb_spans(self, toks: Sequence[Token], words: Sequence[str]) -> list[tuple[int, int]]:
        """The character spans of :meth:`_match_kb`'s actors over the whole of ``toks``, without
        building the actors (``name_tokens`` needs only where they are)."""
        kb = self.kb
        if kb is None:
            return []
        try:
            matches = _kb_matches(kb, words, self.doc)
        except (AttributeError, TypeError):
            return []
        return [(toks[a].start, toks[b - 1].end) for a, b, _entry in matches]

    def lazy_name_tokens(self, toks: Sequence[Token]) -> LazyNameTokens:
        """:meth:`name_tokens` of ``toks``, matched only when first asked whether it holds an index:
        the quotes stage reads many sentences (every ``کہ``) that turn out to need no phrase."""
        return LazyNameTokens(self, toks)

    def tagged_name_tokens(self, toks: Sequence[Token]) -> frozenset[int]:
        """Indexes of tokens inside multi-word tagged names only: a cheap ``name_tokens`` for sentences
        that are read for their subjects alone."""
        if not toks:
            return frozenset()
        inside: set[int] = set()
        for e in self.names[bisect_left(self._starts, toks[0].start):bisect_right(self._starts, toks[-1].end)]:
            covered = [k for k, t in enumerate(toks) if t.start >= e.start and t.end <= e.end]
            if len(covered) > 1:
                inside.update(covered)
        return frozenset(inside)

    def _like_name(self, toks: Sequence[Token], i: int, j: int) -> Actor | None:
        words = [t.norm for t in toks[i:j]]
        if not 2 <= len(words) <= 3 or any(not w.isalpha() or w in _NOT_IN_NAMES or w in groups()
                                           for w in words):
            return None
        actor = self._bare(toks, i, j)
        return Actor(actor.text, None, None, actor.start, actor.end, "PERSON")

    def _bare(self, toks: Sequence[Token], i: int, j: int) -> Actor:
        s, e = toks[i].start, toks[j - 1].end
        return Actor(self.doc.text[s:e], None, None, s, e, None)

    def _match_gazetteer(self, words: Sequence[str]) -> list[tuple[int, int, Named]]:
        out: list[tuple[int, int, Named]] = []
        # a word that is all letters is its own key (``[\W_]`` matches none of them): no regex run
        keys = [w if w.isalnum() else _NOT_LETTER.sub("", w) for w in words]
        prefixes = _gazetteer_prefixes()
        gazetteer = self.gazetteer
        n = len(words)
        for a, first in enumerate(keys):
            if first not in prefixes:
                continue  # most words begin no key (an empty key begins none): no window to open
            acc = ""
            for b in range(a, min(n, a + _MAX_NAME_TOKENS)):
                acc += keys[b]
                if acc not in prefixes:
                    break
                hit = gazetteer.get(acc)
                if hit is None and b == a and acc.endswith("یوں"):
                    # ``پاکستانیوں``: the oblique plural of a nationality adjective
                    hit = gazetteer.get(acc[:-2]) if acc[:-2] in _adjective_keys() else None
                if hit is not None:
                    out.append((a, b + 1, hit))
        return out

    def _match_kb(self, toks: Sequence[Token], i: int, words: Sequence[str]) -> list[Actor]:
        kb = self.kb
        if kb is None:
            return []
        out = []
        try:
            matches = _kb_matches(kb, words, self.doc)
        except (AttributeError, TypeError):
            return []
        for a, b, entry in matches:
            named = entry
            if entry.type == "NORP" and entry.country:
                named = kb.get(entry.country) or entry  # type: ignore[attr-defined]
            s, e = toks[i + a].start, toks[i + b - 1].end
            type_ = "GPE" if named.type == "NORP" else named.type
            out.append(Actor(self.doc.text[s:e], named.qid, named.name_en, s, e, type_))
        return out


#: the knowledge base's matches of the runs of words met in one document (the knowledge base and the
#: document in ``_KB_OF``): the events and the quotes stages read many sentences alike, and one phrase
#: more than once
_KB_MATCHES: dict[tuple[str, ...], list] = {}
_KB_MATCHES_MAX = 1 << 12
_KB_OF: list[object] = []


def _kb_matches(kb: object, words: Sequence[str], doc: Document) -> list:
    """``kb.match(words)``, remembered while the stages read ``doc``; callers only read the list."""
    if len(_KB_OF) != 2 or _KB_OF[0] is not kb or _KB_OF[1] is not doc or len(_KB_MATCHES) >= _KB_MATCHES_MAX:
        _KB_MATCHES.clear()
        _KB_OF[:] = [kb, doc]
    key = tuple(words)
    found = _KB_MATCHES.get(key)
    if found is None:
        found = _KB_MATCHES[key] = kb.match(words)  # type: ignore[attr-defined]
    return found


#: ``fold_word`` of the words met, remembered: the same words come back in sentence after sentence
_FOLDED: dict[str, str] = {}


def _same_tokens(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Do two runs of tokens have the same offsets and words (all ``name_tokens`` reads of them)?"""
    return len(a) == len(b) and all(x is y or (x.start == y.start and x.end == y.end and x.norm == y.norm)
                                    for x, y in zip(a, b, strict=True))


class LazyNameTokens:
    """The indexes :meth:`ActorResolver.name_tokens` gives for a run of tokens, worked out on the
    first membership test (or iteration) and kept."""

    __slots__ = ("_resolver", "_toks", "_found")

    def __init__(self, resolver: ActorResolver, toks: Sequence[Token]) -> None:
        self._resolver = resolver
        self._toks = toks
        self._found: frozenset[int] | None = None

    def get(self) -> frozenset[int]:
        found = self._found
        if found is None:
            found = self._found = self._resolver.name_tokens(self._toks)
        return found

    def __contains__(self, k: object) -> bool:
        found = self._found
        if found is None:
            found = self.get()
        return k in found

    def __iter__(self) -> Iterator[int]:
        return iter(self.get())

    def __len__(self) -> int:
        return len(self.get())


def _covered_runs(toks: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes of the tokens inside each span of ``spans`` that covers two tokens or more."""
    out: list[int] = []
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    if starts == sorted(starts) and ends == sorted(ends):
        # tokens in text order (always, bar a hand-built list): those inside [s, e) are one run, from
        # the first that starts at s or later to the last that ends by e; two bisects, no scan per span
        for s, e in spans:
            lo, hi = bisect_left(starts, s), bisect_right(ends, e)
            if hi - lo > 1:
                out.extend(range(lo, hi))
        return out
    for s, e in spans:
        covered = [k for k, t in enumerate(toks) if t.start >= s and t.end <= e]
        if len(covered) > 1:
            out.extend(covered)
    return out


_PERSON_LIST = re.compile(r"\s+(?:اور|و)\s+|\s*[،,]\s*")


def _persons(ent: Entity) -> list[Entity]:
    """A tagged person that is really a list (``اشرف سوہنا اور عارف لاشاری``): one entity per name.

    Only persons are split: organizations and places may have ``اور`` inside their names."""
    if ent.type != "PERSON" or not _PERSON_LIST.search(ent.text):
        return [ent]
    out = []
    a = 0
    for m in [*_PERSON_LIST.finditer(ent.text), None]:
        b = m.start() if m is not None else len(ent.text)
        if b > a:
            out.append(Entity(ent.start + a, ent.start + b, ent.text[a:b], "PERSON", ent.sentence,
                              confidence=ent.confidence))
        a = m.end() if m is not None else b
    return out if len(out) > 1 else [ent]


#: genitive markers: a conjunct holding one qualifies a later noun (``X اور Y کے وزیر``)
_GENITIVES = event_words("genitive")


def _collective_list(toks: Sequence[Token], parts: list[tuple[int, int]], i: int, j: int) -> bool:
    """Is ``toks[i:j]`` a list (``اور`` or a comma, not the pairing ``و`` of ``طلباء و طالبات``) of short
    phrases each headed by a collective noun or an office?"""
    if not any(toks[k].norm in ("اور", "،", ",") for k in range(i, j)) \
            or any(toks[k].norm == "و" for k in range(i, j)):
        return False
    heads = [toks[b - 1].norm for _, b in parts]
    return len(set(heads)) == len(heads) and all(b - a <= 3 and (is_group(toks[b - 1].norm) or _is_office(toks, a, b))
                                                 for a, b in parts)


def _owns_thing(toks: Sequence[Token], found: Actor | None, a: int, b: int) -> bool:
    """Does the conjunct ``toks[a:b]`` name a thing its name owns (``پاکستان کی 19ویں پوزیشن``) rather
    than the named party or its people and offices (``امریکہ کے صدر``، ``بوکو حرام کے جنگجوؤں``)?"""
    if found is None or found.end is None:
        return False
    after = [k for k in range(a, b) if toks[k].start >= found.end]
    return any(toks[k].norm in _GENITIVES for k in after) and not is_group(toks[b - 1].norm) \
        and not any(toks[k].norm in titles() for k in after)


def _is_office(toks: Sequence[Token], a: int, b: int) -> bool:
    """Does ``toks[a:b]`` open with an office held by one person (``وزیر خارجہ``، ``آرمی چیف``), whose last
    word is the department rather than a collective noun?"""
    return toks[a].norm in titles() or (b - a >= 2 and f"{toks[a].norm} {toks[a + 1].norm}" in titles())


def _conjuncts(toks: Sequence[Token], i: int, j: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    a = i
    for k in range(i, j):
        if toks[k].norm in COORDINATORS:
            if k > a:
                parts.append((a, k))
            a = k + 1
    if j > a:
        parts.append((a, j))
    return parts


def office_holders(doc: Document) -> list[tuple[int, str, Entity]]:
    """``(position, office, person)`` of each linked person the article names right after an office
    (``صدر آصف علی زرداری``، ``وزیر اعظم شہباز شریف``), in text order; offices as :func:`office_key`."""
    held: list[tuple[int, str, Entity]] = []
    keys = _office_keys()
    for ent in doc.entities:
        if ent.type == "PERSON" and (ent.entity_id or ent.name_en):
            before = doc.text[max(0, ent.start - 24):ent.start].split()
            for size in (2, 1):
                office = office_key(" ".join(before[-size:]))
                if len(before) >= size and office in keys:
                    held.append((ent.start, office, ent))
                    break
    return held


def is_bare_office(actor: Actor) -> bool:
    """An unlinked actor named by an office alone (``صدر``، ``وزیر اعظم``)."""
    return not (actor.entity_id or actor.name_en) and actor.type != "PRONOUN" \
        and office_key(actor.text) in _office_keys()


def linked_office(actor: Actor, pos: int, holders: Sequence[tuple[int, str, Entity]]) -> Actor:
    """``actor`` linked to the one person the article named before ``pos`` with the office that
    ``actor`` names alone (``صدر`` → Asif Ali Zardari); unchanged when it is linked already, is no
    bare office, or two people held that office before."""
    if actor.entity_id or actor.name_en:
        return actor
    office = office_key(actor.text)
    if office not in _office_keys():
        return actor
    named = {ent.entity_id or ent.name_en: ent for at, o, ent in holders if o == office and at < pos}
    if len(named) != 1:
        return actor
    ent = next(iter(named.values()))
    return replace(actor, entity_id=ent.entity_id, name_en=ent.name_en)


def office_key(text: str) -> str:
    """An office's spelling without its spaces (``وزیر اعظم`` = ``وزیراعظم``)."""
    return normalize(text).norm.replace(" ", "")


@cache
def _office_keys() -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in titles())


#: case markers and genitives, which close a phrase and never open one
_LEADING_MARKERS = event_words("actor_leading_markers")


def _after_credits(toks: Sequence[Token], i: int, j: int) -> int:
    """``i``, or the token after the last photo credit or caption label inside ``toks[i:j]``
    (``تصویر کے کاپی رائٹ Getty Images Image caption ماہرین`` → ``ماہرین``): a page's credit line
    runs into the caption's first words and is nobody's name."""
    firsts = boilerplate_phrases()
    if not any(toks[k].norm.casefold() in firsts for k in range(i, j)):
        return i  # the common case: no credit word at all
    spans = credit_matches([t.norm for t in toks[i:j]])
    return i + spans[-1][1] if spans else i


def _token_index(toks: Sequence[Token], start: int) -> int | None:
    """The index of the token that starts at ``start``, if any."""
    k = bisect_left(toks, start, key=lambda t: t.start)
    return k if k < len(toks) and toks[k].start == start else None


@cache
def _homographs() -> Homographs:
    """The tagger's homograph contexts (``ner_homographs.tsv``), read once."""
    return load_homographs()

