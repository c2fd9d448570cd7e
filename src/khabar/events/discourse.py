"""Pronouns and the actors earlier sentences make salient, for sources beyond the sentence.

News writes a person's name once and then goes on with ``انہوں نے`` / ``ان کا کہنا تھا``, an organization
or a state with ``اس نے``. The pronoun table (``data/events/pronouns.tsv``) gives each pronoun's class and,
for personal pronouns, the entity types it points at, best first. ``Discourse`` remembers, for the last few
sentences, their subjects and speakers (``X نے``، ``X کا کہنا``، ``X کے مطابق``, a named clause-initial
subject, each event's source) and their tagged names; ``Prior.get`` picks a pronoun's antecedent from
them: a person subject of the window for the honorific ``انہوں``/``ان``, else the subjects of the nearest
earlier sentence that has any (the preferred type first, the main clause's subject first), else a name of
the sentence just before. A blank line (a new section) ends the
window, and so does distance: an antecedent more than ``WINDOW`` sentences back is not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from khabar.document import Actor, Document
from khabar.entities.tables import parse_table
from khabar.errors import DataError
from khabar.events.data import read_event_data, read_words
from khabar.text.normalize import normalize

#: how many earlier sentences may hold a pronoun's antecedent
WINDOW = 3
_COLUMNS = ("word", "class", "prefer", "target")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: unread sentences before one being read beyond which they are read in order first (bounds the nesting)
_MAX_NESTED_READS = 24
#: entity types that can act (places and things never stand behind ``انہوں نے``)
_ACTING = ("PERSON", "ORG", "GPE")


@dataclass(frozen=True, slots=True)
class Pronoun:
    word: str
    #: ``personal``, ``emphatic``, ``object``, ``relative``, ``relative_unmarked``, ``object_relative``,
    #: ``speech`` or ``reflexive`` (see the table's header)
    kind: str
    #: entity types an earlier-sentence antecedent may have, best first (empty: never resolved across)
    prefer: tuple[str, ...]
    #: may also be an object pronoun pointing at the previous event's target
    target: bool


@cache
def pronouns() -> dict[str, Pronoun]:
    """The pronoun table, keyed by the normalized word (``اُنہوں`` and ``انہوں`` are one key)."""
    path = "events/pronouns.tsv"
    text = read_event_data("pronouns.tsv", "pronoun table")
    out: dict[str, Pronoun] = {}
    for word, kind, prefer, target in parse_table(text, _COLUMNS, path=path):
        norm = normalize(word).norm
        types = tuple(t for t in prefer.split(",") if t and t != "-")
        if any(t not in _ACTING for t in types) or target not in ("yes", "no"):
            raise DataError(f"bad row for {word!r}", path=path)
        out[norm] = Pronoun(norm, kind, types, target == "yes")
    return out


def pronoun_words(*kinds: str) -> frozenset[str]:
    """Normalized pronouns of the given classes (all of them without arguments)."""
    return frozenset(w for w, p in pronouns().items() if not kinds or p.kind in kinds)


def target_pronouns() -> frozenset[str]:
    return frozenset(w for w, p in pronouns().items() if p.target)


#: what a lazily read sentence gives when first asked: (subjects and speakers, tagged names)
Reader = Callable[[], tuple[Sequence[Actor], Sequence[Actor]]]


@dataclass(slots=True)
class _Record:
    sentence: int
    section: int
    _subjects: list[Actor] = field(default_factory=list)
    _names: list[Actor] = field(default_factory=list)
    #: reads the sentence on first use (most sentences are never asked for an antecedent)
    _reader: Reader | None = None
    _owner: Discourse | None = None

    @property
    def subjects(self) -> list[Actor]:
        """Subjects and speakers, in text order (the main clause's first)."""
        if self._reader is not None:
            self._read()
        return self._subjects

    @property
    def names(self) -> list[Actor]:
        """Tagged persons, organizations and countries that are not a place phrase (``لاہور میں``)."""
        if self._reader is not None:
            self._read()
        return self._names

    def _read(self) -> None:
        if self._owner is not None:
            self._owner._read_before(self)
        reader, self._reader = self._reader, None
        if reader is not None:
            subjects, names = reader()
            self._subjects, self._names = _filed(subjects, names)


@dataclass(frozen=True, slots=True)
class Prior:
    """What the sentences before the current one make salient (oldest first)."""

    records: tuple[_Record, ...] = ()

    def get(self, word: str) -> Actor | None:
        """The antecedent of the personal pronoun ``word`` in an earlier sentence, or None."""
        p = pronouns().get(word)
        if p is None or not p.prefer or not self.records:
            return None
        if p.prefer[0] == "PERSON":
            # the honorific plural is the strongest cue: a person subject anywhere in the window wins over a
            # nearer organization or group (``X نے کہا ... ۔ فوج نے ... ۔ انہوں نے`` → X)
            for rec in reversed(self.records):
                found = [a for a in rec.subjects if is_person(a)]
                if found:
                    return found[0]
        for rec in reversed(self.records):
            if rec.subjects:
                return _pick(rec.subjects, p.prefer, first=True)
        return _pick(self.records[-1].names, p.prefer, first=False) if self.records[-1].names else None


@cache
def titles() -> frozenset[str]:
    """Offices held by one person (``data/events/titles.tsv``): ``وفاقی وزیر`` is a person."""
    return read_words("titles.tsv", "title table")


@cache
def kin() -> frozenset[str]:
    """Words for a person's family or heirs (``data/events/kin.tsv``): ``X کے لواحقین`` are the kin, not X."""
    return read_words("kin.tsv", "kin table")


def is_person(actor: Actor) -> bool:
    """A tagged person, or an untyped phrase naming an office held by one person."""
    if actor.type == "PERSON":
        return True
    return actor.type is None and any(normalize(w).norm in titles() for w in actor.text.split())


def _pick(actors: Sequence[Actor], prefer: tuple[str, ...], *, first: bool) -> Actor | None:
    for kind in prefer:
        found = [a for a in actors if a.type == kind]
        if found:
            return found[0] if first else found[-1]
    # untyped subjects (``پولیس نے``، ``مظاہرین نے``) come after the typed ones; places never
    rest = [a for a in actors if a.type is None]
    if rest:
        return rest[0] if first else rest[-1]
    return None


class Discourse:
    """The sentences read so far, for ``Prior``; feed each sentence in order with ``add``."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._records: list[_Record] = []
        #: records not read yet, by sentence
        self._pending: dict[int, _Record] = {}
        self._unwinding = False
        self._section = 0
        self._last_end: int | None = None

    def prior(self, index: int) -> Prior:
        """The context of sentence ``index`` (call before ``add`` for that sentence)."""
        section = self._section_of(index)
        recs = [r for r in self._records[-WINDOW:] if r.section == section and index - r.sentence <= WINDOW]
        return Prior(tuple(recs))

    def add(self, index: int, subjects: Sequence[Actor], names: Sequence[Actor]) -> None:
        subs, kept = _filed(subjects, names)
        self._append(_Record(index, self._section_of(index), subs, kept))

    def add_lazy(self, index: int, reader: Reader) -> None:
        """Like ``add``, but the sentence is read (``reader()``) only when a later pronoun asks for it: the
        answer is the same, and a sentence nobody asks about costs nothing."""
        rec = _Record(index, self._section_of(index), _reader=reader, _owner=self)
        self._pending[index] = rec
        self._append(rec)

    def _append(self, rec: _Record) -> None:
        self._records.append(rec)
        if len(self._records) > WINDOW:
            del self._records[0]
        if 0 <= rec.sentence < len(self._doc.sentences):
            self._last_end = self._doc.sentences[rec.sentence].end

    def _read_before(self, rec: _Record) -> None:
        """Before reading ``rec``: reading it may ask the unread sentences in its window (a pronoun subject),
        and they theirs, so a long run of unread sentences would nest deeply; such a run is read oldest
        first. A record's reading depends only on the records before it, so the order changes nothing."""
        self._pending.pop(rec.sentence, None)
        chain: list[_Record] = []
        run = self._pending_run(rec.sentence)
        for found in run:
            chain.append(found)
            if len(chain) > _MAX_NESTED_READS and not self._unwinding:
                # go on to the start of the run, then read it from its oldest sentence
                self._unwinding = True
                try:
                    chain.extend(run)
                    for r in reversed(chain):
                        r._read()
                finally:
                    self._unwinding = False
                return

    def _pending_run(self, start: int) -> Iterator[_Record]:
        """The unread records before sentence ``start``, newest first, each within the window of the last."""
        k = last = start
        while k > 0 and last - k < WINDOW:
            k -= 1
            found = self._pending.get(k)
            if found is not None:
                last = k
                yield found

    def _section_of(self, index: int) -> int:
        """The number of blank lines before sentence ``index`` since the last recorded sentence, added up."""
        sents = self._doc.sentences
        if self._last_end is not None and 0 <= index < len(sents):
            gap = self._doc.text[self._last_end:sents[index].start]
            if _BLANK_LINE.search(gap):
                self._section += 1
                self._last_end = sents[index].start  # count this gap once
        return self._section


def _filed(subjects: Sequence[Actor], names: Sequence[Actor]) -> tuple[list[Actor], list[Actor]]:
    """A record's subjects (no places, no repeats) and its acting names."""
    subs: list[Actor] = []
    for a in subjects:
        if a.type in ("LOC", "FAC") or any(_same(a, b) for b in subs):
            continue
        subs.append(a)
    return subs, [a for a in names if a.type in _ACTING]


def _same(a: Actor, b: Actor) -> bool:
    if a.entity_id and b.entity_id:
        return a.entity_id == b.entity_id
    return (a.start, a.end) == (b.start, b.end) or " ".join(a.text.split()) == " ".join(b.text.split())
