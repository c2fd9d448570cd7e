"""Linking name mentions to canonical entities (Wikidata QID + English name).

For each name mention (values pass through untouched) in text order:

1. its words, normalized; titles and honorifics around them (``صدر``, ``وزیر اعظم``, ``صاحب`` ...
   from ``data/kb/titles.tsv``) are tried with and without, and a nationality adjective right before
   a title goes too (``روسی صدر پیوٹن``);
2. a PERSON whose words are part of an earlier PERSON mention's words (``پیوٹن`` after
   ``ولادی میر پیوٹن``, ``شی`` after ``شی جن پنگ``) takes that mention's link or cluster;
3. otherwise the knowledge base is asked for the words as written, then without a trailing
   postposition (``پاکستان کے``), then with an oblique ending undone (``مدینے`` → ``مدینہ``);
   A place or organisation the KB does not spell so, but spells one letter off (``جنوبی افریقا``،
   ``نائیجیریا``; six letters or more, not the first letter, not an acronym, one entity only) links
   with confidence 0.7 (``KnowledgeBase.lookup_near``).
4. among several candidates: the tagger's type first (then types of the same family: GPE/LOC/FAC),
   then the country most often seen among the document's unambiguous names, then KB order
   (the most prominent entry first).

A linked mention gets ``entity_id``, ``name_en`` and ``confidence`` (how sure the link is), and the
KB's type when the tagger's was coarser or of another family. An unlinked one gets ``name_rom``; an
unlinked PERSON named again in part shares its first mention's ``name_rom``, which serves as the
document-level cluster key. Nationality adjectives link to their own QID when the people have one,
else to their country's QID (``چینی`` → Q148, ``name_en`` "Chinese"); ``KBEntry.country`` always
names the country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from khabar.document import NAME_TYPES, Document, Entity
from khabar.entities.kb import KBEntry, KnowledgeBase, load_kb, phrase_key
from khabar.entities.romanize import letter_names, romanize
from khabar.errors import DataError
from khabar.text.normalize import normalize

TITLES_FILE = "titles.tsv"

#: Types close enough that the KB's may replace the tagger's without penalty.
_FAMILY = {"GPE": "place", "LOC": "place", "FAC": "place"}

#: How sure each way of finding a candidate is.
_EXACT, _STRIPPED, _CASE, _OBLIQUE = 0.95, 0.9, 0.85, 0.8
_PARTIAL = 0.9          # times the antecedent's confidence
_NEAR = 0.7             # a spelling one letter off the KB's (KnowledgeBase.lookup_near)
#: the types a spelling one letter off may link: names of people are too often one letter apart
_NEAR_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG"})
_CONTEXT, _PROMINENCE, _OTHER_FAMILY = 0.85, 0.7, 0.75

_WORDS = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class _Affixes:
    titles: frozenset[tuple[str, ...]]
    after: frozenset[tuple[str, ...]]
    case: frozenset[str]
    longest: int


@dataclass(slots=True)
class _Link:
    entry: KBEntry | None
    confidence: float
    words: tuple[str, ...]
    name_rom: str | None = None


@cache
def _affixes() -> _Affixes:
    try:
        text = resources.files("khabar").joinpath("data", "kb", TITLES_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError("title list missing", path=f"kb/{TITLES_FILE}") from exc
    kinds: dict[str, set[tuple[str, ...]]] = {"title": set(), "after": set(), "case": set()}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#") or line.startswith("urdu\t"):
            continue
        urdu, _, kind = line.partition("\t")
        if kind not in kinds:
            raise DataError(f"unknown kind {kind!r}", path=f"kb/{TITLES_FILE}", line=line_no)
        kinds[kind].add(tuple(normalize(urdu).norm.split()))
    longest = max(len(t) for group in kinds.values() for t in group)
    return _Affixes(frozenset(kinds["title"]), frozenset(kinds["after"]),
                    frozenset(w for (w, *_) in kinds["case"]), longest)


#: names longer than this (letters run together for a whole line) are rare and not worth keeping
_ROMANIZED_MAX = 80


@lru_cache(maxsize=16384)
def _romanized(name: str) -> str:
    """:func:`romanize` of an unlinked name, cached: an article repeats its names, and the news its people."""
    return romanize(name)


#: honorific ligatures (ﷺ ﷻ ﷽ ﷲ spelled out are blessings, not part of a name)
_HONORIFIC_LIGATURES = dict.fromkeys(map(ord, "\ufdfa\ufdfb\ufdfd"))


def mention_words(text: str) -> tuple[str, ...]:
    """The normalized words of a mention, punctuation as separate words; an honorific ligature
    (``ﷺ``, which the normalized view spells out as four words) is left out."""
    return tuple(_WORDS.findall(normalize(text.translate(_HONORIFIC_LIGATURES)).norm))


def strip_affixes(words: Sequence[str], kb: KnowledgeBase | None = None) -> tuple[str, ...]:
    """``words`` without leading titles (and a nationality adjective before one) or trailing honorifics."""
    aff = _affixes()
    words = tuple(words)
    changed = True
    while changed and words:
        changed = False
        for n in range(min(aff.longest, len(words) - 1), 0, -1):
            if words[:n] in aff.titles:
                words, changed = words[n:], True
                break
            # روسی صدر پیوٹن: a nationality adjective counts as part of the title that follows it
            if (kb is not None and n == 1 and len(words) > 2 and _starts_with_title(words[1:], aff)
                    and any(e.type == "NORP" for e in kb.lookup(words[0]))):
                words, changed = words[1:], True
                break
        else:
            for n in range(min(aff.longest, len(words) - 1), 0, -1):
                if words[-n:] in aff.after:
                    words, changed = words[:-n], True
                    break
    return words


def _starts_with_title(words: Sequence[str], aff: _Affixes) -> bool:
    return any(tuple(words[:n]) in aff.titles for n in range(1, min(aff.longest, len(words) - 1) + 1))


def _lookup_ways(words: tuple[str, ...], kb: KnowledgeBase, stripped: tuple[str, ...],
                 ) -> list[tuple[list[KBEntry], float, tuple[str, ...]]]:
    """Candidate lists with the confidence of the way they were found, best way first
    (``stripped``: ``strip_affixes(words, kb)``)."""
    aff = _affixes()
    ways: list[tuple[list[KBEntry], float, tuple[str, ...]]] = []
    found = kb.lookup(" ".join(words))
    if found:
        ways.append((found, _EXACT, words))
    if stripped != words and stripped:
        found = kb.lookup(" ".join(stripped))
        if found:
            ways.append((found, _STRIPPED, stripped))
    base = stripped or words
    while len(base) > 1 and (base[-1] in aff.case or not phrase_key(base[-1])):
        base = base[:-1]
        found = kb.lookup(" ".join(base))
        if found:
            ways.append((found, _CASE, base))
            break
    last = base[-1] if base else ""
    if last.endswith("ے") and len(last) > 2:
        for ending in ("ہ", "ا"):
            oblique = (*base[:-1], last[:-1] + ending)
            found = kb.lookup(" ".join(oblique))
            if found:
                ways.append((found, _OBLIQUE, oblique))
                break
    return ways


def _family(type_: str) -> str:
    return _FAMILY.get(type_, type_)


def _choose(cands: list[KBEntry], tagged: str, context: Counter[str]) -> tuple[KBEntry, float, bool]:
    """The best candidate, a confidence factor, and whether it crossed type families."""
    same = [c for c in cands if c.type == tagged]
    family = [c for c in cands if _family(c.type) == _family(tagged)]
    pool, crossed = (same, False) if same else (family, False) if family else (cands, True)
    distinct = list({c.qid: c for c in pool}.values())
    factor = _OTHER_FAMILY if crossed else 1.0
    if len(distinct) == 1:
        return distinct[0], factor, crossed
    scores = [context[c.country or c.qid] for c in distinct]
    best = max(scores)
    if best > 0 and scores.count(best) == 1:
        return distinct[scores.index(best)], factor * _CONTEXT, crossed
    return distinct[0], factor * _PROMINENCE, crossed


def _is_part_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is a run of the words of ``long``, or the whole of it spelled with other spaces:
    Urdu writers write a compound name either way (``نوازالدین``، ``نواز الدین صدیقی``)."""
    n = len(short)
    if 0 < n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1)):
        return True
    if not short or short == long:
        return False
    squashed = "".join(short)
    return squashed in "".join(long) and squashed in _word_runs(long)


def _word_runs(words: tuple[str, ...]) -> set[str]:
    """Every run of adjacent ``words`` written together without spaces."""
    return {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def _doc_context(ways: dict[int, list[tuple[list[KBEntry], float, tuple[str, ...]]]]) -> Counter[str]:
    """Countries of the document's names that have exactly one candidate."""
    context: Counter[str] = Counter()
    for found in ways.values():
        if found:
            qids = {e.qid for e in found[0][0]}
            if len(qids) == 1:
                entry = found[0][0][0]
                context[entry.country or entry.qid] += 1
    return context


def link_entities(doc: Document, entities: list[Entity]) -> list[Entity]:
    """Fill ``entity_id``/``name_en``/``name_rom``/``confidence`` (and correct ``type``) of name mentions."""
    kb = load_kb()
    order = sorted(range(len(entities)), key=lambda i: (entities[i].start, entities[i].end))
    words = {i: mention_words(entities[i].text) for i in order if not _is_value(entities[i])}
    # each mention's words without titles and honorifics, worked out once for both uses
    stripped = {i: strip_affixes(w, kb) for i, w in words.items()}
    ways = {i: _lookup_ways(w, kb, stripped[i]) for i, w in words.items()}
    context = _doc_context(ways)
    out = list(entities)
    persons: list[_Link] = []
    for i in order:
        ent = entities[i]
        if i not in words:
            continue
        link = _link_one(ent, stripped[i] or words[i], ways[i], persons, context, kb)
        if ent.type == "PERSON" or (link.entry is not None and link.entry.type == "PERSON"):
            persons.append(link)
        out[i] = _apply(ent, link)
    return _link_bracketed_aliases(doc.text, _unlink_foreign_bodies(doc.text, out, order, kb), order)


#: what may stand between an owner and its body: ``بنگلہ دیش کی سپریم کورٹ``، ``بھارتی فضائیہ``
_OWNER_GAP = re.compile(r"\s*(?:(?:کی|کے|کا)\s+)?")


def _unlink_foreign_bodies(text: str, entities: list[Entity], order: Sequence[int], kb: KnowledgeBase,
                           ) -> list[Entity]:
    """A national body named by its bare title (``سپریم کورٹ``، ``قومی اسمبلی``) is the one of the
    country the KB gives it only when no other country owns it in the text: after ``بنگلہ دیش کی`` or
    ``بھارتی`` it is that country's, which the KB does not hold, so the link goes (the name stays)."""
    prev: Entity | None = None
    for i in order:
        ent = entities[i]
        if _is_value(ent):
            continue
        if prev is not None and ent.type == "ORG" and ent.entity_id and prev.entity_id \
                and prev.type in ("GPE", "NORP") and _OWNER_GAP.fullmatch(text, prev.end, ent.start) \
                and not _dateline_end(text, prev, ent):
            body, owner = kb.get(ent.entity_id), kb.get(prev.entity_id)
            owner_country = (owner.country or owner.qid) if owner is not None else prev.entity_id
            if body is not None and body.country and body.country != owner_country:
                entities[i] = ent = replace(ent, entity_id=None, name_en=None, confidence=None,
                                            name_rom=_romanized(" ".join(mention_words(ent.text))) or None)
        prev = ent
    return entities


def _dateline_end(text: str, prev: Entity, ent: Entity) -> bool:
    """The place before the body closes a dateline, not an owner's name: it ends in a mark
    (``لندن۔۔۔۔۔۔۔ ایم کیو ایم کے قائد``) or a line break stands between them."""
    return not prev.text[-1:].isalnum() or "\n" in text[prev.end:ent.start]


#: an alias in brackets right after a name: ``عالمی ادارہ صحت (WHO)``، ``پاکستان تحریک انصاف (پی ٹی آئی)``
_BRACKET_GAP = re.compile(r"\s*[(\[]\s*$")


def _link_bracketed_aliases(text: str, entities: list[Entity], order: Sequence[int]) -> list[Entity]:
    """An unlinked name in brackets right after a linked one of a name type is the same entity, and
    so are its later mentions in the article (``(WHO)`` after the World Health Organization)."""
    aliases: dict[str, Entity] = {}
    prev: Entity | None = None
    for i in order:
        ent = entities[i]
        if _is_value(ent):
            continue
        if ent.entity_id is None:
            named = aliases.get(ent.text)
            if named is None and prev is not None and prev.entity_id is not None \
                    and _BRACKET_GAP.search(text[prev.end:ent.start]) and ent.start - prev.end <= 3 \
                    and not _is_dateline(text, prev):
                named = aliases[ent.text] = prev
            if named is not None:
                entities[i] = replace(ent, type=named.type, entity_id=named.entity_id, name_en=named.name_en,
                                      name_rom=None, confidence=named.confidence)
                ent = entities[i]
        prev = ent
    return entities


def _is_dateline(text: str, ent: Entity) -> bool:
    """A place that opens its line: the brackets after it hold the credit (``اسلام آباد (نیوز ڈیسک)``,
    ``نیو یارک (ڈیلی پاکستان آن لائن)``), not another name for the place."""
    return ent.type in _FAMILY and not text[text.rfind("\n", 0, ent.start) + 1:ent.start].strip()


def _is_value(ent: Entity) -> bool:
    return ent.is_value or (ent.type not in NAME_TYPES and ent.value is not None)


def _link_one(ent: Entity, core: tuple[str, ...], found: list[tuple[list[KBEntry], float, tuple[str, ...]]],
              persons: list[_Link], context: Counter[str], kb: KnowledgeBase) -> _Link:
    """``core``: the mention's words without titles and honorifics (all of them when nothing else is left)."""
    exact_person = next((w for w in found if w[1] >= _STRIPPED and any(e.type == "PERSON" for e in w[0])),
                        None)
    if ent.type == "PERSON" and exact_person is None:
        # a later, shorter mention of someone named in full earlier
        for earlier in reversed(persons):
            if _is_part_of(core, earlier.words):
                return _Link(earlier.entry, earlier.confidence * _PARTIAL, core, earlier.name_rom)
    for cands, how, matched in found:
        entry, factor, _crossed = _choose(cands, ent.type, context)
        return _Link(entry, round(how * factor, 3), matched)
    if ent.type in _NEAR_TYPES and not all(w in letter_names() for w in core):
        # (not an acronym: آئی پی سی and آئی سی سی are one letter apart and name different bodies)
        # a place or body spelled one letter off the KB (جنوبی افریقا، نائیجیریا): the same family only
        near = [e for e in kb.lookup_near(" ".join(core)) if _family(e.type) == _family(ent.type)]
        if near:
            entry, factor, _crossed = _choose(near, ent.type, context)
            return _Link(entry, round(_NEAR * factor, 3), core)
    name = " ".join(core)
    return _Link(None, 0.0, core, (_romanized(name) if len(name) <= _ROMANIZED_MAX else romanize(name)) or None)


def _apply(ent: Entity, link: _Link) -> Entity:
    # a new Entity spelled out field by field: dataclasses.replace() looks the fields up on every call
    if link.entry is None:
        return Entity(ent.start, ent.end, ent.text, ent.type, ent.sentence, None, None, link.name_rom,
                      ent.confidence, ent.value, ent.unit, ent.precision)
    entry = link.entry
    type_ = ent.type if ent.type == entry.type else entry.type
    return Entity(ent.start, ent.end, ent.text, type_, ent.sentence, entry.qid, entry.name_en, None,
                  link.confidence, ent.value, ent.unit, ent.precision)
