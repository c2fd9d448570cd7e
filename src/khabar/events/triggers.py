"""Event triggers: light-verb predicates (``ملاقات کی``, ``پابندیاں عائد کریں گے``) found by one scan.

The lexicon (``data/events/triggers.tsv``) pairs a predicate's nominal part with its light verb; the verb
table (``data/events/verbs.tsv``) gives each verb's stem and irregular perfectives, from which every tense,
gender and number is generated (``کیا/کی/کیے/کیں``, ``کرتا/کرتی/کرتے``, ``کرے/کریں``, ``کرنے``, ``کر``,
``کرکے``, ``کردیا`` ...). Entries are indexed by their first word, so a sentence is scanned once and each
token costs one dict lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from khabar.errors import DataError
from khabar.events.data import event_word_rows, event_words, read_event_data
from khabar.text.normalize import normalize

#: Kinds of verb form; they decide whether a match is a finite event, a converb, an infinitive, ...
PERFECTIVE, IMPERFECTIVE, INFINITIVE, SUBJUNCTIVE, STEM, CONVERB, JOINED = (
    "perf", "imperf", "inf", "subj", "stem", "conv", "joined")

#: the code of a lexicon row that blocks a reading (``کارکردگی کا مظاہرہ`` is no demonstration)
BLOCKED = "-"

#: words allowed between a predicate's noun and its light verb (``مذمت بھی کی``, ``حملہ نہیں کیا``)
_SKIP = event_words("trigger_skip")
_NEGATION = event_words("trigger_negation")
#: heads of manner adverbials allowed inside a predicate (``عوامی طور پر``، ``سخت الفاظ میں``)
_MANNER_HEADS = event_words("trigger_manner_heads")
#: ``X کا اعلان کیا``: nouns whose light verb carries the event of the predicate before them
#: nouns that close an event noun or infinitive: ``... کا اعلان کیا``، ``تعزیت کا اظہار کیا``
_ABSORB = event_words("trigger_absorb")
_GENITIVE = event_words("genitive")
#: time adverbs between ``کا سلسلہ / کا اعلان`` and its verb (``اس وقت``، ``آج``)
_WHEN = event_words("trigger_when")
#: vector verbs and auxiliaries that may follow a stem (``کر دیا``, ``کر رہے ہیں``, ``کر چکے``)
_VECTORS = event_words("trigger_vectors")
_PASSIVE = event_words("trigger_passive")
_VECTOR_SUFFIXES = event_word_rows("trigger_vector_suffixes")
_PERFECTIVE_VECTORS = event_words("trigger_perfective_vectors")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    phrase: tuple[str, ...]
    verb: str | None
    code: str
    joint: str | None = None
    state: str | None = None
    symmetric: bool = False
    #: a noun that is an event only with an agent phrase (``X کی جانب سے``) or ``X اور Y کے درمیان``
    agent_only: bool = False

    @property
    def nominal(self) -> bool:
        return self.verb is None


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger in a token sequence: ``[start, end)`` token indexes (``end`` exclusive)."""

    start: int
    end: int
    entry: TriggerEntry
    #: perf, imperf, subj, stem, conv (``کر کے``/``کرتے ہوئے``), inf, or "" for a nominal trigger
    form: str
    negated: bool = False
    passive: bool = False
    #: a converb (``حملہ کر کے``) chains into the next predicate, which then carries the event
    converb: bool = False
    #: the noun stands before its ``نے`` agent, the light verb after it (``حملہ X نے کیا``)
    split: bool = False

    @property
    def code(self) -> str:
        return self.entry.code


@dataclass(frozen=True, slots=True)
class Lexicon:
    by_first: dict[str, tuple[TriggerEntry, ...]]
    forms: dict[str, dict[str, str]]
    #: first words of the phrases with a light verb (not blocked): only these may be a noun whose verb
    #: comes later (gapped, or fronted before its agent)
    verbal_firsts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "verbal_firsts", frozenset(
            w for w, entries in self.by_first.items()
            if any(e.verb and e.phrase and e.code != BLOCKED for e in entries)))


def _norm(word: str) -> str:
    return normalize(word).norm.strip()


def _rows(name: str) -> list[list[str]]:
    text = read_event_data(name, "event data file")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    if not rows:
        raise DataError("empty data file", path=f"events/{name}")
    return rows[1:]


def verb_forms(stem: str, perfective: Sequence[str]) -> dict[str, str]:
    """Every form of a verb that can close a predicate, mapped to its kind."""
    vowel = stem.endswith(("ا", "و"))
    e_stem = stem.endswith("ے")
    forms: dict[str, str] = {}
    perf = list(perfective) or ([stem + s for s in ("یا", "ئی", "ئے", "ئیں", "ئے")] if vowel
                                else [stem + s for s in ("ا", "ی", "ے", "یں")])
    for f in perf:
        forms[f] = PERFECTIVE
    # دے → دیتا، دینا، دیں
    long_base = stem[:-1] + "ی" if e_stem else stem
    base = stem[:-1] if e_stem else stem
    for s in ("تا", "تی", "تے", "تیں"):
        forms[long_base + s] = IMPERFECTIVE
    for s in ("نا", "نے", "نی"):
        forms[long_base + s] = INFINITIVE
    if vowel:
        subj = ("ئے", "ئیں", "ؤں", "ؤ", "ئیگا", "ئیگی", "ئینگے", "ئیں گے")
    elif e_stem:
        subj = ("ے", "یں", "و", "وں", "یگا", "ینگے")
    else:
        subj = ("ے", "یں", "وں", "و", "یگا", "یگی", "ینگے")
    for s in subj:
        forms.setdefault(base + s, SUBJUNCTIVE)
    forms[stem] = STEM
    forms[stem + "کے"] = CONVERB
    forms[stem + "کر"] = CONVERB
    for s in _VECTOR_SUFFIXES:
        forms.setdefault(stem + s, JOINED)
    return forms


@cache
def load_lexicon() -> Lexicon:
    """The trigger lexicon and verb forms, read once on first use."""
    forms: dict[str, dict[str, str]] = {}
    for row in _rows("verbs.tsv"):
        if len(row) < 2:
            raise DataError("expected lemma, stem, perfective", path="events/verbs.tsv")
        lemma, stem = _norm(row[0]), _norm(row[1])
        perf = [_norm(f) for f in row[2].split("|")] if len(row) > 2 and row[2] else []
        forms[lemma] = {_norm(f): k for f, k in verb_forms(stem, perf).items()}
    by_first: dict[str, list[TriggerEntry]] = {}
    for line_no, row in enumerate(_rows("triggers.tsv"), 2):
        if len(row) < 3:
            raise DataError("expected phrase, verb, code, ...", path="events/triggers.tsv", line=line_no)
        row = row + [""] * (6 - len(row))
        phrase = tuple(_norm(w) for w in row[0].split()) if row[0] != "-" else ()
        verb = None if row[1] in ("-", "=") else _norm(row[1])
        if row[2] != BLOCKED and not row[2].isdigit():
            raise DataError(f"bad code {row[2]!r}", path="events/triggers.tsv", line=line_no)
        if verb is not None and verb not in forms:
            raise DataError(f"verb {row[1]!r} is not in verbs.tsv", path="events/triggers.tsv", line=line_no)
        entry = TriggerEntry(phrase, verb, row[2], row[3] or None, row[4] or None, row[5] == "1",
                             agent_only=row[1] == "=")
        firsts = [phrase[0]] if phrase else list(forms[verb]) if verb else []
        for first in firsts:
            by_first.setdefault(first, []).append(entry)
    ordered = {k: tuple(sorted(v, key=lambda e: (-len(e.phrase), e.nominal))) for k, v in by_first.items()}
    return Lexicon(ordered, forms)


def find_triggers(words: Sequence[str], *, lexicon: Lexicon | None = None) -> list[TriggerMatch]:
    """Non-overlapping triggers in a sentence's normalized words, left to right."""
    lex = lexicon or load_lexicon()
    found: list[TriggerMatch] = []
    gapped: list[tuple[int, TriggerEntry]] = []
    n = len(words)
    i = 0
    by_first = lex.by_first
    while i < n:
        entries = by_first.get(words[i])
        if not entries:
            i += 1  # most words begin no trigger: nothing below applies to them
            continue
        best: TriggerMatch | None = None
        for entry in entries:
            m = _match(words, i, entry, lex)
            if m is not None and (best is None or m.end > best.end or (best.form == "" and m.form)):
                best = m
                if m.form:
                    break
        if (best is None or best.form == "") and words[i] in lex.verbal_firsts:
            gap = _gapped_entry(words, i, entries)
            if gap is not None:
                gapped.append((i, gap))
            split = _split_match(words, i, entries, lex)
            if split is not None:
                best = split
        if best is not None and best.form == INFINITIVE and best.end + 1 < n \
                and words[best.end:best.end + 2] == ["کے", "بعد"]:
            # ``X سے ملاقات کرنے کے بعد Y نے ...``: the act is done before the main one, as with a converb
            best = TriggerMatch(best.start, best.end, best.entry, CONVERB, best.negated)
        if best is not None and best.form == INFINITIVE and best.end + 1 < n \
                and words[best.end] in _PROSPECTIVE and words[best.end + 1] in _PROSPECTIVE_COPULAS:
            # ``X اسلام آباد کا دورہ کرنے والے ہیں``: about to act, a finite predicate with a plain subject (not
            # ``دورہ کرنے والے وفد``, a noun qualified by a participle)
            best = TriggerMatch(best.start, best.end + 1, best.entry, IMPERFECTIVE, best.negated)
        if best is None or best.form == INFINITIVE:
            i += 1
            continue
        if best.code != BLOCKED:
            found.append(best)
        i = best.end
    return _close_gapped(words, found, gapped) if gapped else found


#: the participle and the copulas of the prospective ``کرنے والا ہے`` (about to do)
_PROSPECTIVE = event_words("trigger_prospective")
_PROSPECTIVE_COPULAS = event_words("trigger_prospective_copulas")


#: words that end the stretch a gapped predicate may share its light verb across
_GAP_STOPS = event_words("trigger_gap_stops")


#: case markers that give the second conjunct an object of its own (``X کو ہلاک اور Y کو زخمی``)
_OBJECT_MARKS = event_words("trigger_object_marks")


#: case markers and genitives: a noun followed by one modifies something else, it is no fronted object
_MARKED_NEXT = event_words("trigger_marked_next")
#: those besides the genitive
_MARKED_NON_GENITIVE = _MARKED_NEXT - _GENITIVE


def _split_match(words: Sequence[str], i: int, entries: Sequence[TriggerEntry], lex: Lexicon) -> TriggerMatch | None:
    """A predicate noun fronted before its agent: ``(خودکش) حملہ سعودی شہری نے کیا``، ``ذمہ داری بھی
    دولت اسلامیہ نے قبول کی``. The noun is followed by the agent phrase and ``نے``, then (after at most two
    particles) its own light verb; the match spans the noun only."""
    n = len(words)
    for entry in entries:
        k = len(entry.phrase)
        if not entry.verb or not k or tuple(words[i:i + k]) != entry.phrase or entry.code == BLOCKED:
            continue
        forms = lex.forms[entry.verb]
        j = i + k
        while j < n and words[j] in ("بھی", "ہی"):
            j += 1
        if j >= n or words[j] in _MARKED_NEXT or words[j] in forms:
            continue
        erg = next((t for t in range(j + 1, min(n, j + 6)) if words[t] == "نے"), None)
        if erg is None or any(w in _GAP_STOPS or w in _MARKED_NON_GENITIVE for w in words[j:erg]):
            continue
        v = erg + 1
        while v < n and v < erg + 3 and words[v] in ("بھی", "ہی"):
            v += 1
        if v < n and words[v] in forms and forms[words[v]] != INFINITIVE:
            m = _close(words, i, v + 1, forms[words[v]], entry, lex, negated=False)
            if m is not None and m.form:
                return TriggerMatch(i, i + k, entry, m.form, m.negated, m.passive, split=True)
    return None


def _gapped_entry(words: Sequence[str], i: int, entries: Sequence[TriggerEntry]) -> TriggerEntry | None:
    """A verbal entry whose noun at ``i`` is followed by ``اور`` instead of its light verb
    (``ہلاک اور ... زخمی کر دیا``، ``مذمت اور ... اظہار کیا``), else None."""
    for entry in entries:
        k = len(entry.phrase)
        if entry.verb and k and tuple(words[i:i + k]) == entry.phrase and i + k < len(words) \
                and words[i + k] == "اور" and entry.code != BLOCKED:
            return entry
    return None


def _close_gapped(words: Sequence[str], found: list[TriggerMatch],
                  gapped: list[tuple[int, TriggerEntry]]) -> list[TriggerMatch]:
    """Give each gapped noun the light verb of the next predicate with the same verb: ``X کو ہلاک اور Y کو
    زخمی کر دیا`` kills X and wounds Y (the nominal reading of the noun, if any, gives way)."""
    out = list(found)
    for i, entry in gapped:
        end = i + len(entry.phrase)
        if any(m.start < end and i < m.end and m.form for m in out):
            continue
        later = next((m for m in found if m.start > end and m.form and m.entry.verb == entry.verb), None)
        if later is None or later.start - end > 10 or later.form == INFINITIVE \
                or any(w in _GAP_STOPS for w in words[end:later.start]):
            continue
        if later.code[:2] == entry.code[:2] and not any(w in _OBJECT_MARKS for w in words[end:later.start]):
            continue  # ``فائرنگ اور گولہ باری کی``، ``یکجہتی اور حمایت کا اظہار``: two words for one act
        out = [m for m in out if not (m.start < end and i < m.end)]
        out.append(TriggerMatch(i, end, entry, later.form, later.negated, later.passive))
    return sorted(out, key=lambda m: m.start)


#: particles that may stand between the words of a multi-word phrase (``پابندیاں بھی عائد کر دیں``)
_PHRASE_PARTICLES = event_words("trigger_phrase_particles")


def _phrase_end(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> int | None:
    """Where ``phrase`` ends when it starts at ``i``, a particle allowed between its words, else None."""
    j = i
    for t, w in enumerate(phrase):
        if t and j < len(words) and words[j] in _PHRASE_PARTICLES and w not in _PHRASE_PARTICLES:
            j += 1
        if j >= len(words) or words[j] != w:
            return None
        j += 1
    return j


def _match(words: Sequence[str], i: int, entry: TriggerEntry, lex: Lexicon) -> TriggerMatch | None:
    n = len(words)
    k = len(entry.phrase)
    if tuple(words[i:i + k]) == entry.phrase:
        end = i + k
    elif k > 1 and entry.verb is not None:
        found = _phrase_end(words, i, entry.phrase)
        if found is None:
            return None
        end = found
    else:
        return None
    if entry.verb is None:
        return TriggerMatch(i, end, entry, "")
    forms = lex.forms[entry.verb]
    if not entry.phrase:  # a plain verb: the word itself is the form
        return _close(words, i, i + 1, forms[words[i]], entry, lex, negated=False)
    j = end
    negated = False
    limit = min(n, j + 4)
    # a skippable word that is the light verb itself ends the skip (``ہامی بھر لی``: ``بھر`` is no ``ملک بھر``)
    while j < limit and words[j] not in forms:
        if _manner_adverbial(words, j):
            j += 3
            limit = min(n, limit + 3)
        elif words[j] in _SKIP:
            negated = negated or words[j] in _NEGATION
            j += 1
        else:
            break
    if j < n and words[j] in forms:
        kind = forms[words[j]]
        return _close(words, i, j + 1, kind, entry, lex, negated=negated)
    keep = lex.forms.get("رکھنا", {})
    if j + 1 < n and words[j] == "جاری" and words[j + 1] in keep and entry.verb != "رکھنا":
        # ``احتجاج جاری رکھا``، ``حمایت جاری رکھنے کا اعلان``: to keep an act going is to do it
        return _close(words, i, j + 2, keep[words[j + 1]], entry, lex, negated=negated)
    if j + 1 < n and words[j] in _GENITIVE:
        m = _absorb(words, i, j, entry, lex, negated)
        return m if m.form != INFINITIVE else None
    return None


def _manner_adverbial(words: Sequence[str], j: int) -> bool:
    """``عوامی طور پر``، ``سخت الفاظ میں`` at ``j``: a manner adverbial that may stand between a predicate's noun
    and its light verb (``الزام عوامی طور پر لگایا``); not ``X کے طور پر`` (as X), whose genitive names a role."""
    return (j + 2 < len(words) and words[j] not in _GENITIVE and words[j + 1] in _MANNER_HEADS
            and words[j + 2] in ("پر", "میں"))


def _close(words: Sequence[str], start: int, end: int, kind: str, entry: TriggerEntry, lex: Lexicon, *,
           negated: bool) -> TriggerMatch | None:
    """Extend a matched verb over its vectors and auxiliaries and decide what kind of predicate it is."""
    n = len(words)
    verb_word = words[end - 1]
    if kind == PERFECTIVE and verb_word == "کی" and end < n and not _closes(words, end):
        return None  # genitive ``کی`` (``حملے کی منصوبہ بندی``), not the light verb
    if kind == INFINITIVE:
        return _absorb(words, start, end, entry, lex, negated)
    if kind == STEM:
        if end < n and words[end] in ("کے", "کر"):
            return TriggerMatch(start, end + 1, entry, CONVERB, negated, converb=True)
        if end < n and words[end] in _VECTORS:
            # ``کر چکے``، ``کر سکے``، ``کر رہے``: no ergative subject, whatever the aspect
            if words[end].startswith(("چک", "سک", "رہ")):
                kind = IMPERFECTIVE
            else:
                kind = PERFECTIVE if words[end] in _PERFECTIVE_VECTORS else SUBJUNCTIVE
            end += 1
        else:
            return TriggerMatch(start, end, entry, CONVERB, negated, converb=True)
    elif kind == CONVERB:
        return TriggerMatch(start, end, entry, CONVERB, negated, converb=True)
    elif kind == JOINED:
        kind = PERFECTIVE
    elif kind == IMPERFECTIVE and end < n and words[end] == "ہوئے":
        return TriggerMatch(start, end + 1, entry, CONVERB, negated)
    passive = False
    if end < n and words[end] in ("گا", "گی", "گے"):
        kind = SUBJUNCTIVE
    while end < n and words[end] in _VECTORS:
        if words[end] in _PASSIVE and kind == PERFECTIVE:
            passive = True
        end += 1
    if end < n and words[end] in _NEGATION:
        negated = True
    return TriggerMatch(start, end, entry, kind, negated, passive)


def _closes(words: Sequence[str], end: int) -> bool:
    nxt = words[end]
    return (nxt in _VECTORS or nxt in _AUX or nxt in _CLAUSE_NEXT or not any(c.isalnum() for c in nxt))


_AUX = event_words("trigger_aux")
_CLAUSE_NEXT = event_words("trigger_clause_next")


def _absorb(words: Sequence[str], start: int, end: int, entry: TriggerEntry, lex: Lexicon,
            negated: bool) -> TriggerMatch | None:
    """``... کرنے کا اعلان کیا``: the announcing verb closes the infinitive's event."""
    n = len(words)
    if end + 1 < n and words[end] in ("شروع", "جاری"):
        # ``نشانہ بنانا شروع کیا``، ``حملے کرنا جاری رکھا``
        for lemma in ("کرنا", "رکھنا"):
            kind = lex.forms[lemma].get(words[end + 1])
            if kind is not None and kind != INFINITIVE:
                m = _close(words, start, end + 2, kind, entry, lex, negated=negated)
                if m is not None:
                    return m
    a = end + 1
    while a < n and a < end + 3 and words[a] in _SKIP:
        a += 1
    if end < n and words[end] in _GENITIVE and a < n and words[a] in _ABSORB:
        j = a + 1
        # ``احتجاج کا سلسلہ اس وقت شروع کیا``: a time adverb may stand before the closing verb
        while j < n and j < a + 4 and words[j] in _WHEN:
            j += 1
        while j < n and (words[j] in _SKIP or words[j] in ("شروع", "ظاہر")):
            negated = negated or words[j] in _NEGATION
            j += 1
        if j < n:
            for lemma in ("کرنا", "ہونا", "دینا"):
                kind = lex.forms[lemma].get(words[j])
                if kind is not None and kind != INFINITIVE:
                    m = _close(words, start, j + 1, kind, entry, lex, negated=negated)
                    if m is not None:
                        return m
    return TriggerMatch(start, end, entry, INFINITIVE, negated)
