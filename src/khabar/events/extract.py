"""Event extraction: who did what to whom, CAMEO-coded, one pass over each sentence.

For each trigger (``events.triggers``) the clause around it gives the roles (``events.roles``): the source
from ``نے``, an agent phrase (``کی جانب سے``), an unmarked clause-initial subject of a non-perfective verb,
or ``X اور Y کے درمیان``; the target from the case marker the code expects. Coordinated names give one
event per actor pair. A pronoun source (``انہوں نے``) takes the nearest earlier subject or speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from khabar.document import Actor, Document, Event, Token, Trigger
from khabar.events.actors import (
    ActorResolver,
    groups,
    is_bare_office,
    is_group,
    is_named,
    linked_office,
    office_holders,
)
from khabar.events.cameo import describe
from khabar.events.confidence import MIN_CONFIDENCE, Evidence, confidence
from khabar.events.data import event_word_rows, event_words, read_word_roles, read_words
from khabar.events.discourse import Discourse, Prior, is_person, kin, pronoun_words, target_pronouns, titles
from khabar.events.roles import (
    ADVERBS,
    CLAUSE_BOUNDARIES,
    DETERMINERS,
    GENITIVE,
    GIVING_VERBS,
    OBJECT_RELATIVES,
    OPEN_MARKERS,
    OPEN_ROOTS,
    OWNED,
    PLACE_HEADS,
    POSTPOSITIONS,
    PRONOUNS,
    RELATIVES,
    TARGET_MARKERS,
    TIME_WORDS,
    agent_phrase,
    between_phrase,
    chunks,
    clause_ceiling,
    clause_floor,
    embedded,
    ergatives_left,
    ergatives_right,
    is_np_word,
    is_time_phrase,
    np_left,
    target_candidates,
)
from khabar.events.tokens import by_sentence, unglue
from khabar.events.triggers import (
    CONVERB,
    IMPERFECTIVE,
    PERFECTIVE,
    SUBJUNCTIVE,
    TriggerMatch,
    find_triggers,
    load_lexicon,
)

_VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
#: group heads under which a state-coded act stays the group's own act (``ایرانی طلبہ نے احتجاج کیا``)
_STATE_HEADS = event_words("state_heads")
#: gatherings, which the guideline does not count as actors
_GATHERINGS = event_words("gatherings")
#: words after a verb form that say the act was not done (``مکمل چھان بین کیے بغیر``)
_WITHOUT = event_words("without")
#: first words of predicates that are play in a clause about a game (``181 رنز پر ہتھیار ڈال دیے``،
#: ``ورلڈکپ پر قبضے کا ارادہ``), and the words that show a game
_PLAY_IDIOMS = event_words("play_idioms")
_PLAY_WORDS = event_words("play_words")
#: first words of predicates that are surgery in a clause about medicine (``ڈاکٹروں کی ٹیم نے آپریشن کیا``), and
#: the words that show medicine
_SURGERY_NOUNS = event_words("surgery_nouns")
_MEDICAL_WORDS = event_words("medical_words")
#: first words of offers that are show business in a clause about a film or a show (``X نے Y کو فلم میں
#: کردار کی پیشکش کی``), and the words that show it
_ROLE_OFFERS = event_words("role_offers")
_SHOWBIZ_WORDS = event_words("showbiz_words")
#: first words (or verbs) of refusals that are show business in such a clause (``X نے فلم میں کام کرنے سے
#: انکار کر دیا``، ``کردار کی پیشکش ٹھکرا دی``)
_ROLE_REFUSALS = event_words("role_refusals")
#: first words of an appeal and its rejection that are play in a clause with an umpire or a way out
#: (``کیچ کی اپیل``، ``ایل بی ڈبلیو کی اپیل ... جسے امپائر نے مسترد کر دیا``), and those words
_UMPIRE_ACTS = event_words("umpire_acts")
_UMPIRE_WORDS = event_words("umpire_words")
#: (predicate first words, context words): a predicate of the first set in a clause with a word of the
#: second is play, surgery or show business, no act between parties
_FRAMES = ((_PLAY_IDIOMS, _PLAY_WORDS), (_SURGERY_NOUNS, _MEDICAL_WORDS), (_ROLE_OFFERS, _SHOWBIZ_WORDS),
           (_ROLE_REFUSALS, _SHOWBIZ_WORDS), (_UMPIRE_ACTS, _UMPIRE_WORDS))
#: nouns of apology that, after an infinitive and ``سے``, decline to act (``پاکستان آنے سے معذرت کر لی``)
_DECLINING = event_words("declining")
#: animals: a lion or a bear that attacks is no party (``شیر نے بچی پر حملہ کیا``)
_ANIMALS = event_words("animals")
#: one private person named by sex, age or kin (``دلہن نے``، ``بیوی نے``، ``ماں نے``): the guideline's actors are
#: names, institutions and groups, and such a person's acts are private life (a plural, ``خواتین``, is a group)
_PRIVATE_PERSONS = event_words("private_persons")
#: predicates that are an event only with a party as their object: ``X نے فلسطین کو تسلیم کیا`` recognises
#: a state; without one, ``X نے تسلیم کیا کہ ...`` admits a fact
_PARTY_OBJECT_ONLY = frozenset(tuple(p.split()) for p in event_words("party_object_only"))
#: words after an event noun that say it has not happened (``ملاقات متوقع ہے``، ``دورہ ملتوی``)
_UNREALISED = event_words("unrealised")
#: the passive auxiliary as an imperfective participle: ``مطالبہ کیا جاتا ہے`` is what is usually done
_HABITUAL_PASSIVE = event_words("habitual_passive")
#: the present copula: after an imperfective it makes a present (habitual or general) tense
_PRESENT = event_words("present_copulas")
#: documents that act for their issuer (``X کی رپورٹ نے ... مسترد کر دیا``)
_DOCUMENTS = event_words("documents")
#: heads of a source phrase that is an organ of a state even when no country is named
_STATE_ORGANS = event_words("state_organs")
#: light verbs (lemmas) that make a predicate intransitive (``ہلاک ہونا``): its subject undergoes the act
_INTRANSITIVE_VERBS = event_words("intransitive_verbs")
#: nouns that a following name stands in apposition to (``دارالحکومت طرابلس``، ``صدر اوباما``)
_APPOSITIVE_HEADS = event_words("appositive_heads")
#: words that name where news comes from, never an antecedent for a pronoun
_SOURCE_WORDS = event_words("source_words")
#: finite auxiliaries (present, past and future) that close a clause
_FINITE = event_words("finite")
#: third-person object pronouns that may point back at the target of the sentence's previous event
_TARGET_PRONOUNS = target_pronouns()
#: personal pronouns that can stand for an earlier actor (``انہوں نے``، ``ان کا کہنا``)
_PERSONAL = pronoun_words("personal", "emphatic")
#: markers after the antecedent of an extraposed object relative
_ANTECEDENT_MARKS = event_words("antecedent_marks")
#: auxiliaries that close a passive or intransitive clause (``مظاہرین کو روکا گیا اور ...``)
_PASSIVE_AUX = event_words("passive_aux")
#: predicates whose object stands unmarked before them (``X نے روسی طیارہ مار گرایا``)
_BARE_OBJECT_PHRASES = frozenset(tuple(p.split()) for p in event_words("bare_object_phrases"))
#: codes whose object may stand unmarked before the verb (besides all of 18x)
_BARE_OBJECT_CODES = frozenset({"171", "173", "174", "084"})
#: demonstratives that make a common noun phrase point back at something said before
_ANAPHORIC = event_words("anaphoric")
#: generic nouns for people and bodies, which name a party only with a name or an antecedent
_GENERIC_HEADS = event_words("generic_heads")
#: more mutual actors than this (a list of signatories) give one event per actor, without targets
_MAX_MUTUAL = 4


@dataclass(slots=True)
class _Sentence:
    index: int
    toks: Sequence[Token]
    words: list[str]
    #: (token index, actor) of subjects and speakers seen so far, for pronoun resolution
    anchors: list[tuple[int, Actor]]
    #: indexes of words inside multi-word names
    names: frozenset[int] = frozenset()
    #: the last two parties of an earlier event, for ``دونوں رہنماؤں``
    pair: tuple[Actor, Actor] | None = None
    #: indexes of words inside verbal triggers: never part of a noun phrase
    verbal: frozenset[int] = frozenset()
    #: source and target of this sentence's latest event that had both
    acted: tuple[Actor, Actor] | None = None
    #: a headline: no verb and no closing punctuation (``ترک فضائیہ کی کرد ملیشیا پر بمباری``)
    headline: bool = False
    #: where each noun trigger ends (index after its last word) and starts
    noun_ends: frozenset[int] = frozenset()
    noun_starts: frozenset[int] = frozenset()


def extract_events(doc: Document, *, min_confidence: float = MIN_CONFIDENCE) -> list[Event]:
    """Events in ``doc`` (needs sentences, tokens, linked entities and values) whose confidence
    (``events.confidence``) reaches ``min_confidence``."""
    events = [ev for ev, conf, _ in scored_events(doc) if conf >= min_confidence]
    bare = [ev for ev in events if any(a is not None and is_bare_office(a) for a in (ev.actor1, ev.actor2))]
    if bare:
        # ``وزیراعظم نے ...`` after ``وزیراعظم شہباز شریف``: an office alone is the person named with it
        holders = office_holders(doc)
        for ev in bare:
            if ev.actor1 is not None:
                ev.actor1 = linked_office(ev.actor1, ev.trigger.start, holders)
            if ev.actor2 is not None:
                ev.actor2 = linked_office(ev.actor2, ev.trigger.start, holders)
    return events


def scored_events(doc: Document) -> list[tuple[Event, float, Evidence]]:
    """Every candidate event of ``doc`` with its confidence and the evidence the confidence rests on."""
    if not doc.tokens:
        return []
    resolver = ActorResolver(doc)
    dates = _sentence_dates(doc)
    events: list[tuple[Event, float, Evidence]] = []
    discourse = Discourse(doc)
    pair: tuple[Actor, Actor] | None = None
    for index, toks in _sentences(doc):
        toks = unglue(toks, doc.text)
        words = [t.norm for t in toks]
        prior = discourse.prior(index)
        triggers = _chain(find_triggers(words), words)
        if not triggers:
            # a later sentence's pronoun may point at this one's subject or speaker: read only when asked
            discourse.add_lazy(index, _subject_reader(index, toks, words, resolver, prior))
            continue
        verbal = frozenset(k for m in triggers if m.form for k in range(m.start, m.end))
        sent = _Sentence(index, toks, words, [], resolver.name_tokens(toks), pair, verbal,
                         headline=not verbal and _is_headline(words),
                         noun_ends=frozenset(m.end for m in triggers if not m.form),
                         noun_starts=frozenset(m.start for m in triggers if not m.form))
        _collect_anchors(sent, resolver, prior)
        date = dates.get(index, doc.meta.published)
        seen: set[tuple] = set()
        carried: list[tuple[int, Actor]] = []
        for m in triggers:
            for ev, evidence in _events_for(doc, sent, m, resolver, prior, date):
                key = (ev.trigger.start, _actor_key(ev.actor1), _actor_key(ev.actor2))
                if key not in seen:
                    seen.add(key)
                    events.append((ev, confidence(ev, evidence), evidence))
                    if evidence.source_at >= 0 and not evidence.pronoun and is_named(ev.actor1):
                        # ``X ... دورے پر تھے اور انہوں نے ...``: an event's source is a pronoun's antecedent
                        sent.anchors.append((evidence.source_at, ev.actor1))  # type: ignore[arg-type]
                        sent.anchors.sort(key=lambda x: x[0])
                    elif evidence.pronoun == "personal" and ev.actor1 is not None:
                        # ``انہوں نے ... ۔ انہوں نے ...``: the antecedent stays the topic of the next sentence
                        carried.append((evidence.source_at, ev.actor1))
                    if ev.actor1 is not None and ev.actor2 is not None and ev.actor1 is not ev.actor2 \
                            and (is_named(ev.actor1) or is_named(ev.actor2)):
                        pair = (ev.actor1, ev.actor2)
                        sent.pair = sent.acted = pair
        subjects = [a for _, a in sorted(sent.anchors + carried, key=lambda x: x[0])]
        discourse.add_lazy(index, _names_reader(subjects, resolver, toks))
    return events


def _subject_reader(index: int, toks: Sequence[Token], words: list[str], resolver: ActorResolver,
                    prior: Prior) -> Callable[[], tuple[list[Actor], list[Actor]]]:
    """Reads a sentence without a trigger for its subjects and names (cheaply: only a sentence with a
    subject marker or a tagged name can give a subject, and only tagged names join words)."""
    def read() -> tuple[list[Actor], list[Actor]]:
        names = _names(resolver, toks)
        if not toks or not (names or any(w in _SUBJECT_MARKS for w in words)):
            return [], names
        sent = _Sentence(index, toks, words, [], resolver.tagged_name_tokens(toks))
        _collect_anchors(sent, resolver, prior)
        return [a for _, a in sent.anchors], names
    return read


def _names_reader(subjects: list[Actor], resolver: ActorResolver, toks: Sequence[Token],
                  ) -> Callable[[], tuple[list[Actor], list[Actor]]]:
    """A sentence read for its events has its subjects; its names are looked up only when asked."""
    return lambda: (subjects, _names(resolver, toks))


def _names(resolver: ActorResolver, toks: Sequence[Token]) -> list[Actor]:
    """Tagged persons, organizations and countries of a sentence, less those that say where
    (``لاہور میں``): those are never a later pronoun's antecedent."""
    if not toks:
        return []
    ends = {t.end: k for k, t in enumerate(toks)}
    out = []
    for e in resolver.entities_in(toks[0].start, toks[-1].end):
        if e.type not in ("PERSON", "ORG", "GPE"):
            continue
        k = ends.get(e.end)
        if e.type == "GPE" and k is not None and k + 1 < len(toks) and toks[k + 1].norm in ("میں", "مےں", "سے",
                                                                                              "تک"):
            continue
        out.append(Actor(e.text, e.entity_id, e.name_en, e.start, e.end, e.type))
    return out


def _sentences(doc: Document) -> list[tuple[int, list[Token]]]:
    return sorted(by_sentence(doc.tokens).items())


def _actor_key(actor: Actor | None) -> tuple | None:
    if actor is None:
        return None
    return (actor.entity_id or actor.name_en or actor.text, actor.start)


def _chain(triggers: list[TriggerMatch], words: Sequence[str]) -> list[TriggerMatch]:
    """Drop a violent converb that leads into a violent main verb (``حملہ کر کے ... ہلاک کر دیا`` is one act)
    and a contact converb that leads into any act (``فون کر کے ... معذرت کی``)."""
    out: list[TriggerMatch] = []
    for i, m in enumerate(triggers):
        nxt = triggers[i + 1] if i + 1 < len(triggers) else None
        if ((m.converb or m.form == CONVERB and m.code[:2] == "17") and nxt is not None and nxt.start - m.end <= 8
                and m.code[:2] in _VIOLENT_ROOTS and nxt.code[:2] in _VIOLENT_ROOTS
                and clause_floor(words, nxt.start) <= m.start):
            # (``آپریشن کرتے ہوئے ... شہید کر دیا``: an operation during which the act was done is that act)
            continue
        if m.converb and nxt is not None and m.code[:2] == "04" and clause_floor(words, nxt.start) <= m.start:
            continue  # ``X نے انہیں فون کر کے ... معذرت کی``: the call is the means; the main verb is the act
        out.append(m)
    return out


def _collect_anchors(sent: _Sentence, resolver: ActorResolver, prior: Prior | None = None) -> None:
    """Subjects (``X نے``), speakers (``X کا کہنا``، ``X کے مطابق``) and a named clause-initial subject.
    A pronoun subject or speaker (``ان کا کہنا تھا کہ وہ ...``) is an anchor for what follows it when its
    antecedent is found: an anchor before it in the sentence, else an earlier sentence's (``prior``)."""
    words = sent.words
    pronominal: list[int] = []
    for k, w in enumerate(words):
        end = None
        if w == "نے":
            end = k
        elif w == "کہنا" and k > 0 and words[k - 1] in GENITIVE or w in ("مطابق", "بموجب") and k > 0 \
                and words[k - 1] == "کے":
            end = k - 1
        elif w == "کہنا" and k > 1 and words[k - 1] in _SPEECH_ADVERBS and words[k - 2] in GENITIVE:
            end = k - 2  # ``X کا مزید کہنا تھا کہ``
        if end is None:
            continue
        s, e = np_left(words, end, 0, sent.names)
        if e - s == 1 and words[s] in _PERSONAL:
            pronominal.append(s)
        elif e > s and not (e - s == 1 and words[s] in PRONOUNS) and words[e - 1] not in _SOURCE_WORDS:
            actor = resolver.named(sent.toks, s, e)
            sent.anchors.append((s, actor or resolver.resolve(sent.toks, s, e, split=False)[0]))
    # the named unmarked subject at the head of the sentence, of each ``کہ`` clause and of each clause that
    # follows a finite verb (``X ... دورے پر تھے اور انہوں نے ...``)
    heads = [0] + [k + 1 for k, w in enumerate(words) if w == "کہ"] \
        + [k + 2 for k in range(len(words) - 2) if words[k] in _FINITE and words[k + 1] in _NEXT_CLAUSE] \
        + [k + 1 for k, w in enumerate(words) if w in ("مطابق", "بموجب") and k > 0 and words[k - 1] == "کے"]
    # (``پولیس کے مطابق X ...``: the clause after an attribution has a subject of its own)
    for a in heads:
        first = [c for c in chunks(words, a, min(len(words), a + 8), sent.names) if not is_time_phrase(words, *c)]
        if first:
            s, e = first[0]
            if e < len(words) and not any(c.isalnum() for c in words[e]) and words[e] not in ("،", ","):
                continue  # a dateline (``نیویارک ۔``، ``اسلام آباد (...)``) names a place, not a subject
            if e < len(words) and words[e] not in POSTPOSITIONS and words[e] not in GENITIVE:
                actor = resolver.named(sent.toks, s, e)
                if actor is None and _office(words, s, e):
                    # ``وزیر خارجہ جب ... تھے تو وہ ...``: an office held by one person is a party too
                    actor = resolver.resolve(sent.toks, s, e, split=False)[0]
                last = _token_at(sent.toks, (actor.end or 1) - 1) if actor is not None else None
                if actor is not None and actor.type in ("GPE", "LOC") and last is not None \
                        and last + 1 < len(words) and words[last + 1].startswith(_ARRIVING):
                    # ``X لندن پہنچے جہاں انہوں نے ...``: the place before a verb of travel is where X went
                    k = _token_at(sent.toks, actor.start or 0)
                    actor = resolver.named(sent.toks, s, k) if k is not None and k > s else None
                if actor is not None:
                    sent.anchors.append((s, actor))
            elif e < len(words) and (words[e] in POSTPOSITIONS or words[e] in GENITIVE) and words[e] != "نے":
                # a subject run on to a marked phrase (``پاکستان کے معتمد خارجہ | واشنگٹن کے دورے پر``)
                k = _object_start(sent, s, e, resolver)
                actor = resolver.named(sent.toks, s, k) if k is not None and k > s else None
                if actor is not None:
                    sent.anchors.append((s, actor))
    sent.anchors.sort(key=lambda x: x[0])
    for s in pronominal:
        antecedent = _pronoun_antecedent(sent, s, prior)
        if antecedent is not None:
            sent.anchors.append((s, antecedent))
            sent.anchors.sort(key=lambda x: x[0])


#: adverbs between a speaker's genitive and ``کہنا`` (``X کا مزید کہنا تھا``)
_SPEECH_ADVERBS = event_words("speech_adverbs")
#: words that mark a subject or speaker (``X نے``، ``X کا کہنا``، ``X کے مطابق``)
_SUBJECT_MARKS = event_words("subject_marks")
#: verbs of travel: a place right before one is a destination (``لندن پہنچے``، ``کابل روانہ ہوئے``)
_ARRIVING = event_word_rows("arriving")
#: words that open the next clause after a finite verb
_NEXT_CLAUSE = event_words("next_clause")


def _clip(sent: _Sentence, s: int, e: int) -> tuple[int, int]:
    """Cut a phrase after the last word of an earlier predicate inside it (``ملاقات کی اور | دونوں
    رہنماؤں نے``): a verb never belongs to a noun phrase."""
    if sent.verbal:
        for k in range(e - 1, s - 1, -1):
            if k in sent.verbal:
                s = k + 1
                break
        while s < e and sent.words[s] in ("اور", "و", "،", ",", "جبکہ"):
            s += 1
    return s, e


def _pronoun_antecedent(sent: _Sentence, at: int, last_actor: Prior | None) -> Actor | None:
    before = [a for k, a in sent.anchors if k < at]
    if before:
        return before[-1]
    return last_actor.get(sent.words[at]) if last_actor is not None else None


#: first-person subject pronouns: in reported speech they are the speaker (``X نے کہا کہ ہم نے ...``)
_FIRST_PERSON_SUBJECTS = event_words("first_person_subjects")
#: case markers a relative clause's head may keep before the comma that opens the clause
_RELATIVE_HEAD_MARKS = event_words("relative_head_marks")
#: correlative determiners: ``اس شخص کو ... جس نے``، ``ان فوجیوں کو ... جنہوں نے``
_CORRELATIVES = event_words("correlatives")


#: perfective light verbs that close a clause a relative pronoun follows (``... سے گفتگو کرتے ہوئے کیا جس نے``)
_PERFECTIVE_LIGHT = event_words("perfective_light")


def _extraposed_head(sent: _Sentence, floor: int, rel: int, resolver: ActorResolver) -> list[Actor]:
    """The head of a subject relative that follows its main predicate: the phrase opened by a
    correlative determiner (``پولیس نے اس شخص کو گرفتار کر لیا جس نے ...``), else the nearest marked
    phrase before the predicate when it names an actor (``فوجیوں کو خراج تحسین پیش کیا جنہوں نے ...``)."""
    words = sent.words
    k = rel - 1
    while k > floor and (k in sent.verbal or words[k] in _FINITE or words[k] in _PASSIVE_AUX
                         or words[k] in _PERFECTIVE_LIGHT):
        k -= 1
    marked: tuple[int, int] | None = None
    for j in range(k, floor - 1, -1):
        w = words[j]
        if w in ("نے",) or j in sent.verbal:
            break  # the main clause's subject or an earlier predicate: no head further left
        if w in _CORRELATIVES and j + 1 < rel and words[j + 1] not in GENITIVE and is_np_word(words[j + 1]) \
                and j - 1 not in sent.names:
            e = j + 1
            while e < rel and is_np_word(words[e]) and words[e] not in GENITIVE:
                e += 1
            return resolver.resolve(sent.toks, j, e)
        if marked is None and w in _RELATIVE_HEAD_MARKS and j > floor:
            ps, pe = np_left(words, j, floor, sent.names)
            if pe > ps:
                marked = (ps, pe)
    if marked is not None:
        actors = resolver.resolve(sent.toks, *marked)
        if any(is_named(a) for a in actors) or is_group(words[marked[1] - 1]):
            return actors
    return []


def _resolve_span(sent: _Sentence, s: int, e: int, resolver: ActorResolver,
                  last_actor: Prior | None, *, reply: bool = False) -> list[Actor]:
    """Actors of a source phrase; a pronoun takes its antecedent. With ``reply`` (a rejection or
    refusal) a pronoun that would point back at the source of the sentence's earlier request or offer
    points at its addressee instead: ``X نے Y سے درخواست کی لیکن انہوں نے انکار کر دیا`` → Y refused."""
    words = sent.words
    if words[s] == "دونوں" and (e - s <= 2 or not is_named(resolver.named(sent.toks, s, e))):
        if s >= 2 and words[s - 1] in GENITIVE:
            # ``تحریک انصاف کے دونوں امیدواروں نے``: the owner names the two
            os_, oe = np_left(words, s - 1, clause_floor(words, s), sent.names)
            if oe > os_ and is_named(resolver.named(sent.toks, os_, oe)):
                return resolver.resolve(sent.toks, os_, e)
        # ``دونوں رہنماؤں``، ``دونوں ممالک کی قیادت``: the two parties just mentioned, else nobody
        return list(sent.pair) if sent.pair is not None else []
    if e - s == 1 and words[s] in PRONOUNS:
        if words[s] in RELATIVES:
            floor = clause_floor(words, s)
            k = s
            if k - 1 > floor and words[k - 1] in ("،", ",") and words[k - 2] in _RELATIVE_HEAD_MARKS:
                k -= 2  # ``ان مظاہرین نے، جنہوں نے ...``: the head keeps its own case marker
            ps, pe = np_left(words, k, floor, sent.names)
            if pe > ps and not any(j in sent.verbal for j in range(ps, pe)) \
                    and not (pe - ps == 1 and words[ps] in PRONOUNS):
                return resolver.resolve(sent.toks, ps, pe)
            if s > floor and (s - 1 in sent.verbal or words[s - 1] in _PASSIVE_AUX
                              or words[s - 1] in _PERFECTIVE_LIGHT):
                # extraposed after the main predicate (``X نے اس تنظیم پر پابندیاں عائد کیں جس نے ...``)
                head = _extraposed_head(sent, floor, s, resolver)
                if head:
                    return head
            if s > floor and words[s - 1] in _FINITE:
                # extraposed after its clause (``ان کے حامی موجود تھے جنہوں نے نعرہ بازی کی``): the
                # antecedent is that clause's subject
                found = _clause_subject(sent, floor, s, resolver)
                if found is not None:
                    return found[0]
            return []  # its antecedent is not recoverable here
        author = _document_author(sent, s, resolver)
        if author:
            return author
        speaker = _first_person_speaker(sent, s)
        if speaker is not None:
            return [speaker]
        antecedent = _pronoun_antecedent(sent, s, last_actor)
        if reply and antecedent is not None and sent.acted is not None \
                and _actor_key(sent.acted[0]) == _actor_key(antecedent):
            return [sent.acted[1]]
        return [antecedent] if antecedent is not None else []
    return resolver.resolve(sent.toks, s, e)


def _sources(sent: _Sentence, m: TriggerMatch, lo: int, hi: int, resolver: ActorResolver,
             last_actor: Prior | None) -> tuple[list[Actor], tuple[int, int] | None, bool, str]:
    """Source actors, the source phrase's token span, whether actors act on each other (درمیان), and
    the construction that gave the source (its route: ``erg``, ``agent``, ``subject``, ...)."""
    words = sent.words
    nominal = m.form == ""
    if nominal and not _nominal_is_event(sent, m, resolver):
        return [], None, False, ""
    if m.entry.verb in _INTRANSITIVE_VERBS and m.code[:2] in _VIOLENT_ROOTS:
        # ``اسرائیلی فوج کے ہاتھوں تین فلسطینی ہلاک ہو گئے``: the subject of an intransitive is the
        # victim; only ``X کے ہاتھوں`` names who did it (``X کی جانب سے`` there marks an earlier noun's agent)
        agent = agent_phrase(words, lo, m.start, sent.names)
        if agent is not None and (agent[1] + 1 >= len(words) or words[agent[1] + 1] != "ہاتھوں"):
            agent = None
        if agent is not None:
            agent = _clip(sent, *agent)
        if agent is not None and agent[1] > agent[0]:
            return _resolve_span(sent, *agent, resolver, last_actor), agent, False, "agent"
        return [], None, False, ""
    # (``X کی جانب سے مقدمہ درج کرانے کے بعد پولیس نے ...``: an agent phrase names who did an act done before
    # the main one, whose ``نے`` subject is the main act's)
    if m.passive or nominal or (m.form == CONVERB and not ergatives_left(words, lo, m.start)):
        agent = agent_phrase(words, lo, m.start, sent.names)
        if agent is not None:
            agent = _clip(sent, *agent)
        if agent is not None and agent[1] > agent[0]:
            agent = _agent_after_subject(sent, *agent, resolver)
            return _resolve_span(sent, *agent, resolver, last_actor), agent, False, "agent"
    if nominal:
        return _nominal_sources(sent, m, lo, hi, resolver, last_actor)
    if m.passive and m.entry.symmetric and not ergatives_left(words, lo, m.start):
        # ``X اور Y کے درمیان یادداشت پر دستخط کیے گئے``: the pair of a reciprocal passive act on each other
        between = between_phrase(words, lo, m.start, sent.names)
        gap = words[between[1] + 2:m.start] if between is not None else []
        if between is not None and m.start - between[1] <= 8 and (not gap or gap[-1] == "پر") \
                and not any(w in _FINITE or w in _COMMA_RELATIVES or w in ("والی", "والے", "والا")
                            for w in words[between[1]:m.start]):
            # (not ``X اور Y کے درمیان ہونے والی ملاقات میں ... تبادلہ خیال کیا گیا``: the pair qualifies a noun)
            actors = _between_actors(sent, between, resolver)
            if len(actors) > 1:
                return actors, between, True, "between"
    # a passive with a ``نے`` agent is a writer's slip for the active (``عدالت نے ... ہلاک کر دیا گیا``)
    # a passive infinitive (``استقبال کئے جانے پر``) names what was done to the clause's subject, so its
    # ``نے`` is never the agent
    if words[m.end - 1] not in _PASSIVE_INFINITIVES and (not m.passive or _tight_ergative(words, lo, m.start)):
        ks = ergatives_left(words, lo, m.start)
        if ks and m.form in (IMPERFECTIVE, SUBJUNCTIVE) and not m.split \
                and not any(w.startswith("رکھ") for w in words[m.start:m.end]):
            # ``فیصلہ تو کمشن نے کرنا ہے اسے ہم ... تسلیم کریں گے``: only a perfective (or ``کر رکھا``) takes a
            # ``نے`` subject; one before a present or future predicate is another verb's
            ks = []
        if not ks and (m.form == CONVERB or m.split):
            ks = ergatives_right(words, m.end, hi)
        for k in ks:
            s, e = _clip(sent, *np_left(words, k, lo if k < m.start else m.end, sent.names))
            if e <= s and k < m.start:
                s, e = _head_of_comma_relative(sent, k, lo)
            if e - s > 2 and words[e - 1] in _DOCUMENTS and words[e - 2] in GENITIVE:
                s, e = s, e - 2  # ``(فافین) کی رپورٹ نے``: a document speaks for whoever issued it
            if e > s:
                return (_resolve_span(sent, s, e, resolver, last_actor, reply=m.code[:2] == "12"), (s, e), False,
                        "erg" if k < m.start else "erg_after")
        if not ks and m.form == PERFECTIVE and not m.passive and lo >= 2 and (
                words[lo - 1] in _COORDINATORS or _contrast_after_negation(words, lo)):
            # ``X نے ... زور دیا جبکہ ... بھی زور دیا``: a transitive perfective with no ``نے`` of its own
            # after ``جبکہ`` dropped the subject it shares with the clause before
            prev = clause_floor(words, lo - 1)
            before = ergatives_left(words, prev, lo - 1)
            if before and (lo - 2 in sent.verbal or words[lo - 2] in _FINITE or words[lo - 1] not in _COORDINATORS):
                s, e = _clip(sent, *np_left(words, before[0], prev, sent.names))
                if e > s:
                    return (_resolve_span(sent, s, e, resolver, last_actor), (s, e), False, "erg_shared")
        between = between_phrase(words, lo, hi, sent.names)
        if between is not None and any(k in sent.verbal for k in range(between[1], m.start)):
            between = None  # ``X اور Y کے درمیان معاہدہ طے پایا جس کے مطابق چین ... مدد کرے گا``: the earlier
            # predicate's pair
        if between is not None:
            actors = _between_actors(sent, between, resolver)
            if len(actors) > 1:
                return actors, between, True, "between"
        if m.entry.symmetric and m.entry.verb in _INTRANSITIVE_VERBS and not ks:
            # ``پاکستان اور چین میں معاہدہ طے پا گیا``: ``میں`` as "between" before an intransitive
            mutual = _parties_in(sent, m, lo, resolver)
            if mutual is not None:
                return mutual
        verb = m.entry.verb
        # a perfective without any ``نے`` in its clause is intransitive or a subjunctive look-alike
        # (``کر دیں``)
        if m.form in (IMPERFECTIVE, SUBJUNCTIVE) and _first_person(words, m):
            # ``X نے کہا کہ ... میں اس حملے کی مذمت کرتا ہوں``: the reported ``I`` is the speaker
            found = _reported_speaker(sent, lo)
            if found is None:
                credit = _trailing_credit(sent, m, resolver)
                return (credit[0], credit[1], False, "credit") if credit is not None else ([], None, False, "")
            speaker, at = found
            # a speaker that is itself a pronoun (``انہوں نے کہا کہ میں ...``) keeps the pronoun's doubt
            span = (at, at + 1) if words[at] in PRONOUNS else None
            return [speaker], span, False, "first_person"
        if m.form in (IMPERFECTIVE, SUBJUNCTIVE) or (m.form == PERFECTIVE and (verb in _INTRANSITIVE_VERBS
                                                                             or not ks and _maybe_subjunctive(words, m))) \
                or (m.form == CONVERB and not ks):
            subject = _unmarked_subject(sent, lo, m.start, resolver)
            if subject is not None:
                return (*subject, "subject")
            credit = _trailing_credit(sent, m, resolver)
            if credit is not None:
                return credit[0], credit[1], False, "credit"
        if m.form == PERFECTIVE and not ks and words[m.end - 1] not in _SUBJUNCTIVE_LOOKALIKES \
                and not words[m.end - 1].endswith("یں"):
            # ``ہمیشہ ... کی حمایت کی، ترجمان X``: a subjectless past act before a teaser's credit is the speaker's
            # (not ``... معافی مانگیں، X``: a form in -یں may be a subjunctive that asks for the act)
            credit = _trailing_credit(sent, m, resolver)
            if credit is not None:
                return credit[0], credit[1], False, "credit"
    return [], None, False, ""


#: credit words that name a report's channel, never whoever speaks in it (``..., بھارتی میڈیا``)
_CHANNELS = event_words("channels")
#: what follows a present or future predicate that may be in the first person (``کرتے ہیں``، ``کریں گے``)
_FIRST_PERSON_CLOSERS = event_words("first_person_closers")


def _before_full_stop(words: Sequence[str]) -> int:
    """The end of ``words`` before the sentence's closing full stops."""
    end = len(words)
    while end > 0 and words[end - 1] in ("۔", ".", "!"):
        end -= 1
    return end


def _last_comma(words: Sequence[str], a: int, b: int) -> int | None:
    """The last comma in ``words[a:b]``, if any."""
    return max((k for k in range(a, b) if words[k] in ("،", ",")), default=None)


def _credited_request(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver) -> bool:
    """Is ``m`` a bare subjunctive (``کرے``، ``کریں``) that closes the segment before a credited speaker
    (``... کارروائی کرے، ڈونلڈ ٹرمپ``)? Then it is the speaker's request, not an act."""
    words = sent.words
    end = _before_full_stop(words)
    if m.end + 1 >= end or words[m.end] not in ("،", ","):
        return False
    if not 1 <= end - m.end - 1 <= 5 or any(w in ("،", ",") for w in words[m.end + 1:end]):
        return False
    return any(is_named(a) for a in resolver.resolve(sent.toks, m.end + 1, end))


def _trailing_credit(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver,
                     ) -> tuple[list[Actor], tuple[int, int]] | None:
    """The speaker credited after the last comma of a headline or teaser (``... کی مذمت کرتے ہیں، حسن
    نصراللہ``): the source of a subjectless present or future predicate that closes the segment before
    the credit. Only a named person or organization (not a channel: ``غیرملکی میڈیا``) is a speaker."""
    words = sent.words
    end = _before_full_stop(words)
    c = _last_comma(words, m.end, end)
    if c is None or not 1 <= end - c - 1 <= 5:
        return None
    tail = words[m.end:c]
    if m.form == PERFECTIVE:
        if any(w not in _FINITE for w in tail):
            return None  # a past act closes the segment, with at most its auxiliary (``حمایت کی ہے،``)
    elif not tail or tail[-1] not in _FIRST_PERSON_CLOSERS or any(w not in _FINITE and w != "ہوں" for w in tail):
        return None  # the predicate must close the segment: only auxiliaries stand before the comma
    credit = words[c + 1:end]
    if not all(is_np_word(w) and w not in GENITIVE and w not in ("اور", "و", "،", ",") for w in credit) \
            or any(w in _CHANNELS for w in credit) or " ".join(credit[-2:]) in _CHANNELS:
        return None
    actors = [a for a in resolver.resolve(sent.toks, c + 1, end) if is_named(a)]
    if len(actors) != 1 or (actors[0].type not in ("PERSON", "ORG")
                            and not (actors[0].type == "GPE" and len(credit) > len(actors[0].text.split()))):
        return None  # (a state named inside a longer credit speaks through an organ: ``ترجمان چینی وزارت خارجہ``)
    return actors, (c + 1, end)


def _first_person(words: Sequence[str], m: TriggerMatch) -> bool:
    """Is the predicate in the first person singular (``مذمت کرتا ہوں``، ``دورہ کروں گا``)?"""
    last = words[m.end - 1]
    if m.end < len(words) and words[m.end] == "ہوں" and last.endswith(("تا", "تی")):
        return True
    return len(last) > 2 and last.endswith("وں") and m.end < len(words) and words[m.end] in ("گا", "گی")


def _first_person_speaker(sent: _Sentence, s: int) -> Actor | None:
    """``X نے کہا کہ Y کی جانب سے ... پر ہم نے ...``: a first-person subject pronoun at ``s`` in a reported
    clause is its named speaker, not the nearest party before it."""
    if sent.words[s] not in _FIRST_PERSON_SUBJECTS:
        return None
    found = _reported_speaker(sent, clause_floor(sent.words, s))
    return found[0] if found is not None and sent.words[found[1]] not in PRONOUNS else None


def _reported_speaker(sent: _Sentence, lo: int) -> tuple[Actor, int] | None:
    """The speaker whose ``کہا کہ`` (``بتایا کہ``، ``کا کہنا ہے کہ``) opens the clause at ``lo``, never a
    place or a state."""
    words = sent.words
    if lo < 2 or words[lo - 1] != "کہ":
        return None
    k = lo - 2
    while k >= 0 and words[k] in ("ہے", "ہیں", "تھا", "تھی", "تھے", "کیا", "کی", "کر", "دیا"):
        k -= 1
    if k < 1 or words[k] not in _SAYING or (words[k - 1] == "سے" and "نے" not in words[:k]):
        return None  # (``X سے کہا گیا کہ``: the one told; ``X نے Y سے کہا کہ`` is still X's word)
    found = [(a, i) for i, a in sent.anchors if i < k]
    if not found or found[-1][0].type in ("GPE", "LOC", "FAC"):
        return None
    return found[-1]


#: conjunctions after which a clause may leave out the subject it shares with the clause before (a contrast,
#: ``لیکن``، ``مگر``، ``تاہم``, as often switches to another subject: ``حکومت نے پیغام بھیجا لیکن اسے مسترد کیا``)
_COORDINATORS = event_words("coordinators")
#: contrast conjunctions (``لیکن``، ``تاہم``، ``مگر``)
_CONTRASTS = event_words("contrasts")
#: negation particles (``نہیں``، ``نہ``، ``مت``)
_NEGATORS = event_words("trigger_negation")


def _contrast_after_negation(words: Sequence[str], lo: int) -> bool:
    """Does the clause at ``lo`` open with a contrast right after a negated predicate (``X نے A تو نہیں
    بتائیں تاہم ...``)? "X did not do A, but did B" keeps X, where a contrast after an act done may switch
    subjects (``حکومت نے پیغام بھیجا لیکن اسے مسترد کیا``)."""
    return words[lo - 1] in _CONTRASTS and any(w in _NEGATORS for w in words[max(0, lo - 4):lo - 1])


#: perfective-looking forms that are also subjunctives (``مسترد کر دیں`` "let them reject")
_SUBJUNCTIVE_LOOKALIKES = event_words("subjunctive_lookalikes")


def _maybe_subjunctive(words: Sequence[str], m: TriggerMatch) -> bool:
    """Can the perfective-looking predicate be a subjunctive, whose subject is unmarked? A transitive
    perfective proper (``قتل کر دیا تھا``) needs a ``نے`` subject; without one its subject was dropped."""
    last = words[m.end - 1]
    return last in _SUBJUNCTIVE_LOOKALIKES and not (m.end < len(words) and words[m.end] in _FINITE)


def _during(words: Sequence[str], end: int) -> bool:
    return end + 1 < len(words) and words[end] == "کے" and words[end + 1] == "دوران"


def _place_then_during(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver) -> bool:
    """``دورہ پاکستان کے دوران``: a visit noun, the named place after it, then ``کے دوران``."""
    if m.form != "" or m.end >= len(sent.words):
        return False
    place = resolver.named(sent.toks, m.end, min(len(sent.words), m.end + 3))
    k = _token_at(sent.toks, place.end - 1) if place is not None and place.end is not None else None
    return k is not None and _during(sent.words, k + 1)


def _head_of_comma_relative(sent: _Sentence, k: int, lo: int) -> tuple[int, int]:
    """``طالبان، جو علاقے میں سرگرم ہیں، نے ...``: a marker right after a relative clause that commas set off
    belongs to the phrase before the clause; an empty span when there is none."""
    words = sent.words
    if k < 2 or words[k - 1] not in ("،", ","):
        return k, k
    for r in range(k - 2, max(lo, k - 16), -1):
        if words[r] in ("،", ",") and r + 1 < k - 1 and words[r + 1] in _COMMA_RELATIVES:
            s, e = np_left(words, r, lo, sent.names)
            if e > s and not (e - s == 1 and words[s] in PRONOUNS):
                return s, e
            return k, k
        if words[r] in CLAUSE_BOUNDARIES:
            break
    return k, k


#: what a writer or speaker puts words in: ``X کا خط ... جس میں انہوں نے`` (X wrote it)
_WRITINGS = event_words("writings")


def _document_author(sent: _Sentence, s: int, resolver: ActorResolver) -> list[Actor]:
    """``چینی صدر کا خط پہنچایا جس میں انہوں نے ... سراہا``: a personal pronoun inside the relative clause of
    a writing is the writing's author, its genitive owner (a name or an office)."""
    words = sent.words
    if s < 3 or words[s - 1] not in ("میں", "مےں") or words[s - 2] != "جس" \
            or words[s] not in ("انہوں", "انھوں", "اُنہوں", "اُنھوں"):
        return []
    for k in range(s - 3, max(0, s - 8), -1):
        if words[k] in _WRITINGS and k >= 2 and words[k - 1] in GENITIVE:
            os_, oe = np_left(words, k - 1, clause_floor(words, k - 1), sent.names)
            if oe > os_ and not (oe - os_ == 1 and words[os_] in PRONOUNS):
                actors = resolver.resolve(sent.toks, os_, oe)
                if any(is_named(a) for a in actors) or _office(words, os_, oe):
                    return actors
            return []
    return []


#: nouns of denying that a fact is so
_DENIALS = event_words("denials")
#: what one denies, not refuses: a charge or a claim (``الزام کی صحت سے انکار``)
_CHARGES = event_words("denied_charges")


def _denied_clause(words: Sequence[str], lo: int) -> bool:
    """Is the clause from ``lo`` the ``کہ`` complement of a denial (``... انکار کیا ہے کہ | ...``)?"""
    if lo < 2 or words[lo - 1] != "کہ":
        return False
    return any(w in _DENIALS for w in words[max(0, lo - 6):lo - 1])


def _denies_fact(words: Sequence[str], lo: int, m: TriggerMatch) -> bool:
    """``اس بات سے انکار کیا کہ ...``، ``الزامات سے انکار``: a denial of a fact or charge (not a refusal to act,
    ``میچ کھیلنے سے انکار``)."""
    after = words[m.end:m.end + 5]
    if "کہ" in after and not any(len(w) > 2 and w.endswith("نے") for w in words[max(lo, m.start - 3):m.start]):
        return True
    return any(w in _CHARGES for w in words[max(lo, m.start - 5):m.start])


def _nominal_is_event(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver) -> bool:
    """Rule out nouns that name no event that happened: a modifier of another predicate's noun
    (``حملے کی ذمہ داری``، ``دورے کی دعوت``), a purpose (``مذاکرات کیلئے``، ``مذاکرات شروع کرنے کی
    منظوری``), or a visit whose place is not named after it (``X کا دورہ`` names visitor or place)."""
    words = sent.words
    nxt = words[m.end] if m.end < len(words) else ""
    nxt2 = words[m.end + 1] if m.end + 1 < len(words) else ""
    if _received(words, m.end):
        return True  # ``Z کی جانب سے تنقید کا نشانہ بنے``: ``کا نشانہ`` frames the act, it is no other predicate
    if _heads_other_predicate(words, m.end, sent.headline):
        return False  # the content of another predicate: ``مذاکرات کی پیشکش``، ``ملاقات کی درخواست``
    if nxt in ("کیلئے", "کیلیے", "شروع") or (nxt == "کے" and nxt2 in ("لیے", "لئے")):
        return False
    if nxt in _LIST_ITEM:
        return False  # ``X کی طرف سے سفری پابندیوں سمیت دیگر پابندیاں ہٹانے``: an item of another noun's list
    if nxt == "پر" and nxt2 in ("مبنی", "مشتمل"):
        return False  # ``تنقید پر مبنی اسٹوریز``: what stories are made of, not an act
    if nxt == "پر" and (nxt2 in _AGREEING or nxt2 in _OTHER_PREDICATES):
        return False  # ``امریکا کے ساتھ مذاکرات پر آمادگی``: what one is ready for or agrees on has not happened
    if (nxt == "کے" and nxt2 in ("ذریعے", "ذریعہ")) or (nxt == "کی" and nxt2 == "صورت"):
        return False  # ``مذاکرات کے ذریعے حل``، ``مذاکرات کی صورت میں``: a means or a condition, not a happening
    if any(w in ("والی", "والے", "والا") for w in words[m.end:m.end + 3]):
        return False  # ``X سے ملاقات میں ہونے والی بات چیت``: it qualifies another noun
    if m.code[:3] == "042":
        after = words[m.end:m.end + 6]
        if any(w in _CALLED_OFF for w in after[:4]):
            return False  # ``دورہ بھارت ادھورا چھوڑ کر``، ``دورہ ملتوی``: a visit cut short or called off
        if any(after[k] == "سے" and after[k + 1] in ("قبل", "پہلے") for k in range(len(after) - 1)):
            return False  # ``X کے دورہ Y سے قبل``: what happens before a visit; the visit has not yet
        if _during(words, m.end):
            return True  # ``Y کے دورے کے دوران``: the main clause's subject made the visit
        place = resolver.named(sent.toks, m.end, min(len(words), m.end + 3)) if m.end < len(words) else None
        if place is not None:
            k = _token_at(sent.toks, place.end - 1)
            k = m.end if k is None else k + 1
            if k + 1 < len(words) and words[k] in GENITIVE and words[k + 1] not in _COMPOUND:
                return False  # ``افغان صدر کے دورہ پاکستان کے وقت``: the visit dates another noun
            if k + 1 < len(words) and (words[k] in ("کیلئے", "کیلیے") or words[k] == "کے" and words[k + 1] in ("لیے", "لئے")) \
                    and any(w in _INVITED for w in words[k + 1:k + 5]):
                return False  # ``دورہ پاکستان کے لئے دعوت``: a visit someone is invited to or prepares for
        return nxt == "پر" or place is not None
    return True


#: postpositions that make the noun before them an item of a list headed by another noun (``سمیت``)
_LIST_ITEM = event_words("list_item")
#: words that judge a showing: before ``مظاہرہ`` they make it a performance (``شاندار مظاہرہ``)
_PERFORMANCE = event_words("performance")
#: common nouns of places: before a visit noun they name where, never who (``علاقوں کا دورہ``)
_PLACE_NOUNS = event_words("place_nouns")
#: what a visit cut short or called off is (``دورہ ادھورا چھوڑ``، ``دورہ منسوخ``)
_CALLED_OFF = event_words("called_off")
#: nouns for what comes before a visit: an invitation to it or preparations for it
_INVITED = event_words("invited")
#: sentence-final punctuation and finite auxiliaries: a sentence with none of them is a headline
_CLOSING = event_words("closing")
#: postpositions made with a genitive (``کے خلاف``): that genitive names no owner
_COMPOUND = event_words("compound")


#: marks that end a sentence: the clause of a yes-no question runs to a question mark
_SENTENCE_ENDS = frozenset({"۔", ".", "؟", "?", "!"})


def _polar_question(words: Sequence[str], lo: int, m: TriggerMatch) -> bool:
    """Is the trigger's clause a yes-no question: opened by the particle ``کیا`` and closed by a question
    mark (``کیا امریکہ ... حملہ کرے گا؟``، ``... سوال کیا کہ کیا ...؟``)? It asks whether the act happens and
    asserts nothing; a wh-question (``... ملاقات کیوں کی؟``) takes the act as given."""
    if words[lo:lo + 1] != ["کیا"] or lo + 1 >= m.start:
        return False
    end = next((k for k in range(m.end, len(words)) if words[k] in _SENTENCE_ENDS), len(words))
    return end < len(words) and words[end] in ("؟", "?")


#: event nouns whose genitive is what they claim or ask for (``X کی رہائی کا مطالبہ``، ``X کی حمایت کا الزام``)
_CONTENT_NOUNS = event_words("content_nouns")
#: dangers: a warning of one to no named party (``صارفین کو ہیکنگ کے خطرے سے خبردار کیا``) is a forecast
_DANGERS = event_words("dangers")
#: experts and scientists: what they warn of is a finding, not a threat (``ماہرین نے خبردار کیا ہے کہ ...``)
_EXPERTS = event_words("experts")


def _forecast(words: Sequence[str], lo: int, hi: int, source_span: tuple[int, int] | None, targeted: bool) -> bool:
    """Is a warning (13x) a forecast: its clause names a natural hazard, or it warns no named party of a danger
    (``صارفین کو ہیکنگ کے خطرے سے``), or experts warn?"""
    clause = words[lo:hi]
    if any(w in _hazards() for w in clause):
        return True
    if source_span is not None and words[source_span[1] - 1] in _EXPERTS:
        return True
    return not targeted and any(w in _DANGERS for w in clause)


#: words that put a clause in the future or make it a possibility (``کرے گا``، ``ہو سکتی ہے``), and the
#: endings of a future written as one word (``کردینگے``)
_FUTURE_WORDS = event_words("future_words")
_FUTURE_ENDINGS = tuple(event_words("future_endings"))


def _future(words: Sequence[str]) -> bool:
    return any(w in _FUTURE_WORDS or (len(w) > 4 and w.endswith(_FUTURE_ENDINGS)) for w in words)


def _conditional(words: Sequence[str], lo: int, m: TriggerMatch) -> bool:
    """Is the predicate one half of a condition without ``اگر``: ``X نے ... حملہ کیا تو جنگ چھڑ سکتی ہے``
    (a past act before ``تو`` whose consequent is future or possible: it is supposed, not reported), or the
    future consequent itself (``... کیا تو امریکا اسے نشانہ بنائے گا``)? A past consequent (``... رابطہ کیا تو
    انہوں نے بتایا``) tells what happened, and so does its ``تو`` clause."""
    k = m.end
    while k < len(words) and words[k] in _FINITE:
        k += 1
    if k < len(words) and words[k] == "تو":
        end = next((j for j in range(k + 1, len(words)) if words[j] in CLAUSE_BOUNDARIES or words[j] in ("،", ",")),
                   len(words))
        return _future(words[k + 1:end])
    return "تو" in words[lo:m.start] and _future(words[m.end:m.end + 3])


def _bare_subjunctive(words: Sequence[str], lo: int, m: TriggerMatch) -> bool:
    """Is the predicate a bare subjunctive (``X ... تردید کرے ورنہ ...``، ``شہری ... ذبح نہ کریں``، ``... تاکہ
    وہ مدد کریں``): a wish, a demand or advice, no report? Not with ``گا/گی/گے`` (a future) or a finite
    auxiliary, and not a perfective look-alike after a ``نے`` subject (``X نے تحقیقات شروع کر دیں``)."""
    if m.form != SUBJUNCTIVE and not (m.form == PERFECTIVE and words[m.end - 1] in _SUBJUNCTIVE_LOOKALIKES):
        return False
    if ergatives_left(words, lo, m.start):
        return False
    after = words[m.end:m.end + 1]
    return not after or (after[0] not in _FINITE and not _future(after))


def _framed(words: Sequence[str], lo: int, hi: int, m: TriggerMatch) -> bool:
    """Is the predicate one of ``_FRAMES`` in a clause with that frame's words (``181 رنز پر ہتھیار ڈال دیے``،
    ``ڈاکٹروں نے ... آپریشن کیا``، ``فلم میں کردار کی پیشکش کی``)?"""
    first = m.entry.phrase[0] if m.entry.phrase else m.entry.verb  # (a plain verb by its infinitive)
    return first is not None and any(first in heads and any(w in context for w in words[lo:hi])
                                     for heads, context in _FRAMES)


#: infinitive-looking words that are no infinitives
_NOT_INFINITIVES = event_words("not_infinitives")

def _is_infinitive(word: str) -> bool:
    """Is ``word`` an oblique infinitive (``آنے``، ``کرنے``)?"""
    return len(word) > 2 and word.endswith("نے") and word not in _NOT_INFINITIVES


def _after_infinitive(words: Sequence[str], start: int) -> bool:
    """Does an oblique infinitive and ``سے`` stand right before ``start`` (``آنے سے``، ``کرنے سے``)?"""
    return start >= 2 and words[start - 1] == "سے" and _is_infinitive(words[start - 2])


def _habitual(words: Sequence[str], lo: int, m: TriggerMatch) -> bool:
    """Does the predicate say what is usually done, not what was done: a present passive of the imperfective
    (``صارفین کی جانب سے ... مطالبہ کیا جاتا ہے``), or a present imperfective in a relative clause opened by
    ``جو`` (``... انسان ہیں جو ہر کسی کی مدد کرتے ہیں``)? A main clause's present (``امریکہ ... مذمت کرتا ہے``)
    states a position and stays an event."""
    if m.passive and words[m.end - 1] in _HABITUAL_PASSIVE and words[m.end:m.end + 1] in ([w] for w in _PRESENT):
        return True  # (the passive auxiliary closes the trigger: ``مطالبہ کیا جاتا | ہے``)
    if m.form != IMPERFECTIVE or m.end >= len(words) or words[m.end] not in _PRESENT \
            or not words[m.end - 1].endswith(("تا", "تی", "تے")):
        return False  # (a progressive, ``تحقیقات کر رہے ہیں``, is going on now)
    for k in range(m.start - 1, lo - 1, -1):
        if words[k] in _FINITE or words[k] in ("،", ","):
            return False
        if words[k] == "جو":
            return True
    return False


def _unrealised(words: Sequence[str], m: TriggerMatch) -> bool:
    """Is the event noun ``m`` followed (past ``بھی``) by a word that says it has not happened (``سربراہان کے
    درمیان ملاقات متوقع ہے``، ``X کی Y سے ملاقات بھی منسوخ``)?"""
    if m.form:
        return False
    k = m.end + (m.end < len(words) and words[m.end] == "بھی")
    return k < len(words) and words[k] in _UNREALISED


def _is_headline(words: Sequence[str]) -> bool:
    """A headline states its event as a noun: no finite verb, no closing full stop."""
    return bool(words) and not any(w in _CLOSING for w in words[-2:]) and not any(w in _CLOSING for w in words)


@cache
def _request_nouns() -> frozenset[str]:
    """Nouns of asking, ordering or planning that govern an infinitive (``data/events/requests.tsv``)."""
    return read_words("requests.tsv", "request nouns")



def _requested(words: Sequence[str], m: TriggerMatch) -> bool:
    """Does the converb ``m`` chain into an infinitive governed by a noun of asking or planning (``گرفتار کر
    کے حوالے کرنے کا مطالبہ``), with no finite verb or clause break between?"""
    for k in range(m.end, min(len(words) - 2, m.end + 8)):
        w = words[k]
        if w in _FINITE or w in CLAUSE_BOUNDARIES:
            return False
        if _is_infinitive(w) and words[k + 1] in GENITIVE:
            return words[k + 2] in _request_nouns()
    return False


@cache
def _claim_nouns() -> frozenset[str]:
    """Nouns of a claim or threat that may close a teaser (``data/events/claim_nouns.tsv``)."""
    return read_words("claim_nouns.tsv", "claim nouns")


def _claimed_before_credit(words: Sequence[str], m: TriggerMatch) -> bool:
    """Does a verbless ``، X کا الزام / کی دھمکی`` (at most six words) close the sentence after the predicate
    ``m``, making the predicate's clause the content of that claim?"""
    end = _before_full_stop(words)
    c = _last_comma(words, m.end, end)
    return c is not None and 2 <= end - c - 1 <= 6 and words[end - 1] in _claim_nouns() \
        and words[end - 2] in GENITIVE and _is_headline(words[c + 1:end])


#: topics a headline act is about (``X کی صورتحال پر``)
_TOPIC_HEADS = event_words("topic_heads")


#: occasions and acts of a party that a headline act answers (``X کی آمد پر احتجاج``): X is no agent
_OCCASIONS = event_words("occasions")


def _closes_headline_clause(sent: _Sentence, c: int) -> bool:
    """Is ``c`` a comma that closes a headline clause: after an event noun or a verb (``... ادا کردی گئی،``)?"""
    words = sent.words
    return words[c] in ("،", ",") and c > 0 and (c in sent.noun_ends or not is_np_word(words[c - 1]))


def _headline_tail(sent: _Sentence, m: TriggerMatch) -> int | None:
    """Where a teaser's closing headline clause begins when the noun ``m`` is in it (``... حملے کر رہے ہیں،
    ڈین کوٹس کا الزام``): the segment after the last comma, verbless and at most six words, else None."""
    words = sent.words
    end = _before_full_stop(words)
    c = _last_comma(words, 0, m.start)
    if c is None or end - c - 1 > 6 or any(w in ("،", ",") for w in words[m.end:end]) \
            or not _is_headline(words[c + 1:end]) or any(k in sent.verbal for k in range(c + 1, end)):
        return None
    return c + 1


def _headline_source(sent: _Sentence, m: TriggerMatch, lo: int, resolver: ActorResolver,
                     ) -> tuple[list[Actor], tuple[int, int], bool, str] | None:
    """In a headline the genitive that opens the clause is the event noun's agent (``روس کی امریکی فوج
    پر حملے کی دھمکی`` → Russia threatens; ``اسرائیلی فوج کی فلسطین کے علاقے غزہ پر گولہ باری``). A genitive
    is passed over when it only owns the next phrase: a compound postposition (``ٹرمپ کے خلاف``), an object
    (``جنوبی کوریا کی سابق صدر کو``) or a place (``فلوریڈا کے ہائی اسکول میں``)."""
    words = sent.words
    for k in range(lo + 1, m.start):
        if words[k] not in GENITIVE or words[k + 1] in _COMPOUND:
            continue
        if any(_closes_headline_clause(sent, c) for c in range(k + 1, m.start)):
            continue  # ``X کی فائرنگ، Y کا پتھراؤ``: an event noun (or a verb) and a comma close X's clause
        if k + 1 != m.start and (k + 1 in sent.noun_starts or words[k + 1] in load_lexicon().by_first):
            continue  # ``نوجوانوں کے قتل کے خلاف احتجاج``: the genitive belongs to the other event noun
        j = k + 1
        while j < m.start and is_np_word(words[j]) and words[j] not in POSTPOSITIONS:
            j += 1
        if j < m.start and (words[j] == "کو" or (words[j] in ("میں", "مےں") and words[k] == "کے"
                                                 and not _force_in_place(sent, lo, k, j, resolver))):
            continue  # the oblique ``کے`` agrees with the noun before ``میں``: it owns that place
        if j < m.start and words[j] in _COMPOUND and words[j - 1] in GENITIVE and j - 1 > k + 1 \
                and resolver.named(sent.toks, k + 1, j - 1) is None:
            continue  # ``اقوام متحدہ کی قراردادوں کے خلاف حملے``: the genitive owns the common noun opposed
            # (a name is owned by nobody: ``قطر کی سعودی عرب کے ساتھ مذاکرات`` is Qatar's)
        if j == m.start and m.entry.phrase[:1] and m.entry.phrase[0] in _CONTENT_NOUNS and k + 1 < m.start - 1 \
                and words[m.start - 1] in GENITIVE and resolver.named(sent.toks, k + 1, m.start - 1) is None \
                and not any(_is_infinitive(w) for w in words[k + 1:m.start - 1]):
            continue  # ``مودی پر شہریوں کی جاسوسی کا الزام``، ``قیدیوں کی رہائی کا مطالبہ``: the genitive owns
            # the charge or the thing demanded (a common noun closed by the event noun's own genitive); before
            # an infinitive (``تین ممالک کا اجلاس بلانے کا مطالبہ``) it stays the agent
        if k + 1 < j and (words[j - 1] in _TOPIC_HEADS or words[j] == "پر" and words[j - 1] in _OCCASIONS):
            continue  # ``شام کی صورتحال پر ... مطالبہ``، ``مودی کی لندن آمد پر احتجاج``: what the act is about
        if j < m.start and words[j] == "پر" and words[k] == "کے" and j > k + 1 \
                and resolver.named(sent.toks, k + 1, j) is None:
            continue  # ``X کے قافلے پر حملہ``: the oblique ``کے`` owns the common noun attacked, X is the victim
        if j < m.start and words[j] == "پر" and _ends_in(words, k + 1, j, _possessions()["thing"]) \
                and _ends_in(words, lo, k, _possessions()["owner"]):
            continue  # ``سکیورٹی فورسز کی ایک گاڑی پر حملہ``: the forces own the vehicle attacked
        if m.code[:3] == "042" and words[k - 1] in _PLACE_NOUNS:
            break  # ``... علاقوں کا دورہ``: the genitive of the place visited; no visitor named before it
        if j < m.start and words[j] in ("پر", "میں", "مےں") and words[k] == "کی" \
                and words[m.end - 1] in _possessions()["act"]:
            continue  # ``حزب اللہ کی چوکی پر حملہ``، ``نائجیریا کی مسجد میں حملے``: کی agrees with the post or
            # the place, not with the masculine attack
        floor = max((c + 1 for c in range(lo, k) if _closes_headline_clause(sent, c)), default=lo)
        s, e = np_left(words, k, floor, sent.names)
        if e <= s:
            continue
        if k == m.start - 1 and m.entry.phrase[:1] and m.entry.phrase[0] in _CONTENT_NOUNS and e - s > 2 \
                and words[e - 2] in GENITIVE and resolver.named(sent.toks, e - 1, e) is None:
            continue  # ``داعش کی حمایت کا الزام``: the phrase before the genitive is the charge, headed by a
            # common noun; the name inside it is that noun's genitive
        actors = resolver.resolve(sent.toks, s, e)
        if m.code[:3] == "042" and all(a.type in ("GPE", "LOC") for a in actors) \
                and any(words[g] in GENITIVE and words[g - 1] in _PLACE_NOUNS for g in range(k + 2, m.start)):
            continue  # ``X اور Y کے سیلاب زدہ علاقوں کے دورہ پر``: X owns the areas visited; it is no visitor
        if any(is_named(a) for a in actors) or is_group(words[e - 1]) or _office(words, s, e):
            return actors, (s, e), m.entry.symmetric and len(actors) > 1, "headline"
    return None


def _force_in_place(sent: _Sentence, lo: int, k: int, j: int, resolver: ActorResolver) -> bool:
    """``شامی فوج کے مشرقی غوطہ میں حملے``: a force or an organisation (the genitive before ``کے`` at ``k``)
    acting in a named place (``k+1 .. j``, before ``میں``); a state or a town owns the place after it
    (``امریکہ کے شہر نیویارک میں``، ``فلوریڈا کے ہائی اسکول میں``)."""
    words = sent.words
    place = resolver.named(sent.toks, k + 1, j)
    if place is None or place.type not in ("GPE", "LOC") or _token_at(sent.toks, place.start or 0) != k + 1:
        return False
    s, e = np_left(words, k, lo, sent.names)
    if e <= s:
        return False
    return is_group(words[e - 1]) or any(a.type == "ORG" for a in resolver.resolve(sent.toks, s, e))


def _heads_other_predicate(words: Sequence[str], end: int, headline: bool = False) -> bool:
    """Is the noun ending at ``end`` inside a genitive chain headed by another predicate's noun
    (``مذاکرات کی پیشکش``، ``پاکستان پر حملوں اور ... بمباری کے الزامات``)? In a headline a comma ends
    the chain: ``X کا پتھراؤ، Y کی فائرنگ`` are two clauses."""
    firsts = load_lexicon().by_first
    coordinated = False
    for k in range(end, min(len(words) - 1, end + 8)):
        w = words[k]
        if headline and w in ("،", ","):
            return False
        if w in ("اور", "و"):
            coordinated = True
        if w in GENITIVE:
            nxt = words[k + 1]
            if coordinated and nxt in firsts and words[k - 1] not in firsts:
                return False  # ``فائرنگ اور آنسو گیس کی شیلنگ``: the genitive owns a second event noun's phrase
            return nxt in _OTHER_PREDICATES or nxt in firsts
        if not is_np_word(w) or w in POSTPOSITIONS:
            return False
    return False


#: words that qualify a visit noun (``تین روزہ سرکاری دورے``), not its visitor
_VISIT_MODIFIERS = event_words("visit_modifiers")
#: verbs of setting out and arriving that close ``... دورے پر Y روانہ ہوئے / پہنچے``
_TRAVEL_STEMS = event_word_rows("travel_stems")


def _travel_place(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver) -> Actor | None:
    """The named place of ``(سرکاری) دورے پر (پیر کو) Y روانہ ہو گئے / پہنچ گئے``: a visit set out on or
    arrived for, the place between ``پر`` and the verb of travel; else None."""
    words = sent.words
    if m.end + 2 >= len(words) or words[m.end] != "پر":
        return None
    verb = next((k for k in range(m.end + 2, min(len(words), m.end + 7)) if words[k].startswith(_TRAVEL_STEMS)),
                None)
    if verb is None or any(not any(c.isalnum() for c in w) for w in words[m.end + 1:verb]):
        return None
    for k in range(m.end + 1, verb):
        found = resolver.named(sent.toks, k, verb)
        if found is not None and found.type in ("GPE", "LOC"):
            return found
    return None


def _agent_after_subject(sent: _Sentence, s: int, e: int, resolver: ActorResolver) -> tuple[int, int]:
    """An agent phrase that runs on from the clause's unmarked subject (``احمد | نامعلوم افراد کی جانب سے
    دھمکیاں موصول ہوئیں``) begins where the subject ends; one name is never cut in two."""
    k = _object_start(sent, s, e, resolver)
    if k is None or (k - 1 in sent.names and k in sent.names) or sent.words[k] in ("اور", "و", "،", ","):
        return s, e  # (``فرانس | اور اٹلی کی جانب سے``: a coordination is one agent)
    front = resolver.resolve(sent.toks, s, k)
    if any(is_named(a) for a in front) or is_group(sent.words[k - 1]) or _titled(sent.words, s, k):
        return k, e
    return s, e


#: verbs of receiving after an act's noun: the unmarked subject receives the act (``X کو / X ... Y کی جانب
#: سے دھمکیاں موصول ہوئیں / ملیں``)
_RECEIVING = event_words("receiving")
#: the noun and the verb of ``X کا نشانہ بننا`` (to become the target of X): after an act's noun, the frame
#: receives the act as the receiving verbs do (``Y، Z کی جانب سے تنقید کا نشانہ بنے``)
_FRAME_NOUNS = event_words("receiving_frame_nouns")
_BECOMING = event_words("becoming")


def _received(words: Sequence[str], end: int) -> bool:
    """Does ``کا نشانہ بنے`` (or a receiving verb) follow the act's noun ending at ``end``?"""
    if end < len(words) and words[end] in _RECEIVING:
        return True
    return end + 2 < len(words) and words[end] == "کا" and words[end + 1] in _FRAME_NOUNS \
        and words[end + 2] in _BECOMING


def _nominal_sources(sent: _Sentence, m: TriggerMatch, lo: int, hi: int, resolver: ActorResolver,
                     last_actor: Prior | None) -> tuple[list[Actor], tuple[int, int] | None, bool, str]:
    """A noun is an event only inside a construction that names its actors."""
    words = sent.words
    between = between_phrase(words, lo, hi, sent.names)
    if between is not None and _owns_other_noun(words, between[1], m.start):
        between = None  # ``X اور Y کے درمیان تعلقات کی حمایت``: the pair qualifies another noun
    if between is not None and between[0] >= m.end and any(k in sent.verbal for k in range(between[1], hi)):
        between = None  # ``دورے کے دوران X اور Y کے درمیان ... دستخط کیے گئے``: the pair is the later predicate's
    if between is not None and between[0] <= m.start < between[1]:
        between = None  # ``بھارت مخالف مظاہرے، طلبہ اور فوجیوں کے درمیان جھڑپیں``: the pair is the later noun's
    elif between is not None:
        # an earlier event noun inside the run-on pair is no party: the pair starts after it
        cut = max((e for e in sent.noun_ends if between[0] < e < between[1]), default=between[0])
        between = (cut + (words[cut] in ("،", ",")), between[1])
    if between is not None:
        actors = _between_actors(sent, between, resolver)
        if len(actors) > 1:
            return actors, between, True, "between"
    if m.entry.symmetric:
        mutual = _parties_in(sent, m, lo, resolver)
        if mutual is not None:
            return mutual
    if sent.headline:
        found = _headline_source(sent, m, lo, resolver)
        if found is not None:
            return found
    tail = _headline_tail(sent, m)
    if tail is not None:
        found = _headline_source(sent, m, max(lo, tail), resolver)
        if found is not None:
            return found
    stated = _stated_genitive(sent, m, lo, resolver)
    if stated is not None:
        return stated
    if m.entry.agent_only:
        return [], None, False, ""
    gv = next((g for g in range(m.start - 1, max(lo, m.start - 4), -1) if words[g] in GENITIVE), None)
    if gv is not None and any(not is_np_word(w) for w in words[gv + 1:m.start]):
        gv = None
    if m.code[:3] == "042" and m.end < len(words) and words[m.end] == "پر" and gv is not None and gv - 1 > lo:
        # ``X، Y کے (سرکاری) دورے پر ہیں / پہنچے``: the visitor is the phrase before the visited place
        ts = gv - 1  # the visited place: a (multi-word) name right before the genitive
        while ts - 1 > lo and ts in sent.names and ts - 1 in sent.names:
            ts -= 1
        s, e = np_left(words, ts, lo, sent.names)
        t = ts
        while (e <= s or (e - s == 1 and words[s] in PRONOUNS)) and t - 1 > lo and ts - t < 3 \
                and (words[t - 1] in TIME_WORDS or words[t - 1] in ("اس", "ان", "آج")):
            t -= 1  # ``X اس وقت Y کے دورے پر ہیں``: a time adverb between visitor and place
            s, e = np_left(words, t, lo, sent.names)
        while e > s and words[e - 1] in ("،", ","):
            e -= 1  # ``X، Y کے دورے پر``: the comma sets the visitor off
        if e > s and ts < gv:
            actors = resolver.resolve(sent.toks, s, e)
            if any(is_named(a) for a in actors) or is_group(words[e - 1]):
                return actors, (s, e), False, "subject"
    if m.code[:3] == "042" and gv is None and _travel_place(sent, m, resolver) is not None:
        # ``X تین روزہ سرکاری دورے پر انڈونیشیا روانہ ہو گئے / پہنچ گئے``: the clause subject travels
        k = m.start
        while k - 1 > lo and (words[k - 1] in _VISIT_MODIFIERS or words[k - 1].isdigit()):
            k -= 1  # the visit's own modifiers are no part of the subject
        subject = _unmarked_subject(sent, lo, k, resolver)
        if subject is not None:
            return (*subject, "subject")
    if m.code[:3] == "042" and m.start - 1 > lo and words[m.start - 1] in GENITIVE \
            and _place_then_during(sent, m, resolver):
        # ``عمران خان کے دورہ چین کے دوران ...``: with the place after the noun, the genitive is the visitor
        s, e = np_left(words, m.start - 1, lo, sent.names)
        if e > s:
            actors = resolver.resolve(sent.toks, s, e)
            if any(is_named(a) for a in actors) or is_group(words[e - 1]) or _office(words, s, e):
                return actors, (s, e), False, "genitive"
    if m.code[:3] == "042" and (_during(words, m.end) and m.start > lo and words[m.start - 1] in GENITIVE
                                or _place_then_during(sent, m, resolver)):
        # (``X نے دورہ پاکستان کے دوران ...``: the place follows the noun, the same visit)
        # ``X نے کابل کے دورے کے دوران ...``: the genitive is the place, the main clause's subject the visitor
        for k in ergatives_left(words, lo, m.start) + ergatives_right(words, m.end, hi):
            s, e = np_left(words, k, lo if k < m.start else m.end, sent.names)
            if e > s:
                return _resolve_span(sent, s, e, resolver, last_actor), (s, e), False, "partner"
    # ``X کی فائرنگ``، ``X کا تاریخی احتجاج``: a named genitive before the noun (not ``Y کے دورے پر``,
    # whose genitive is the place)
    for g in ([] if m.code[:3] == "042" and m.end < len(words) and words[m.end] == "پر"
              else _genitives_before(words, lo, m.start)):
        s, e = np_left(words, g, lo, sent.names)
        if e > s:
            actors = [a for a in resolver.resolve(sent.toks, s, e) if is_named(a)]
            if not actors and is_group(words[e - 1]) and m.code[:2] in _VIOLENT_ROOTS:
                # ``نامعلوم مسلح افراد کی فائرنگ``: a collective's violent act
                actors = resolver.resolve(sent.toks, s, e)
            if actors:
                return actors, (s, e), m.entry.symmetric and len(actors) > 1, "genitive"
    found = _genitive_across_target(sent, m, lo, resolver)
    if found is not None:
        return found
    # ``X کی Y سے ملاقات (ہوئی)``: a genitive before the partner phrase is the other party
    found = _genitive_before_partner(sent, m, lo, resolver)
    if found is not None:
        return found
    # ``X سے ملاقات کے بعد Y نے ...``، ``Y کے دورے کے دوران X نے ...``: the subject is the main clause's
    if _has_partner(words, lo, m.start):
        for k in ergatives_left(words, lo, m.start) + ergatives_right(words, m.end, hi):
            s, e = np_left(words, k, lo if k < m.start else m.end, sent.names)
            if e > s:
                return _resolve_span(sent, s, e, resolver, last_actor), (s, e), False, "partner"
    return [], None, False, ""


#: the copula, present and past (``X کا کہنا تھا کہ``)
_COPULA = event_words("copula")


def _stated_genitive(sent: _Sentence, m: TriggerMatch, lo: int, resolver: ActorResolver,
                     ) -> tuple[list[Actor], tuple[int, int], bool, str] | None:
    """``تحریک انصاف کا مطالبہ تھا کہ ...``، ``X کا الزام ہے کہ ...``: a demand, appeal or charge stated
    like ``X کا کہنا ہے کہ``; the genitive right before the noun is who makes it."""
    words = sent.words
    if m.code[:2] not in ("02", "10", "11") or m.start < 2 or words[m.start - 1] not in GENITIVE:
        return None
    k = m.end
    while k < len(words) and words[k] in ("بھی", "یہ", "یہی"):
        k += 1
    if not (k + 1 < len(words) and words[k] in _COPULA and words[k + 1] == "کہ"):
        return None
    s, e = np_left(words, m.start - 1, lo, sent.names)
    if e <= s or (e - s == 1 and words[s] in PRONOUNS):
        return None
    actors = resolver.resolve(sent.toks, s, e)
    if any(is_named(a) for a in actors) or is_group(words[e - 1]):
        return actors, (s, e), False, "genitive"
    return None


def _owns_other_noun(words: Sequence[str], between_end: int, start: int) -> bool:
    """Is there a genitive between ``X اور Y کے درمیان`` and a noun after it (the pair then belongs to
    the genitive's noun, not to the event noun)?"""
    return any(words[g] in GENITIVE and words[g + 1] not in _COMPOUND for g in range(between_end + 2, start))


def _genitive_before_partner(sent: _Sentence, m: TriggerMatch, lo: int, resolver: ActorResolver,
                             ) -> tuple[list[Actor], tuple[int, int], bool, str] | None:
    """``آرمی چیف کی امریکی وزیر دفاع سے ملاقات ہوئی``: the genitive owner of a reciprocal noun whose
    partner (``سے`` / ``کے ساتھ``) stands between them is the source."""
    words = sent.words
    nxt = words[m.end] if m.end < len(words) else "۔"
    if m.entry.symmetric and m.start - 1 > lo and words[m.start - 1] in GENITIVE \
            and _partner_after(sent, m, resolver) is not None:
        # ``X کی ملاقات Y سے ہوئی``: the partner follows the noun, the genitive before it is the source
        s, e = np_left(words, m.start - 1, lo, sent.names)
        if e > s:
            actors = resolver.resolve(sent.toks, s, e)
            if any(is_named(a) for a in actors) or is_group(words[e - 1]):
                return actors, (s, e), False, "genitive"
    if not m.entry.symmetric or not (nxt in _HAPPENED or sent.headline):
        return None  # ``X کی Y سے ملاقات کے بعد``: a time phrase; its source is the main clause's
    k = m.start - 1
    while k > lo and words[k] in ("بھی", "ہی", "اہم", "خصوصی", "باضابطہ", "ورچوئل", "ٹیلیفونک"):
        k -= 1
    if k <= lo:
        return None
    if words[k] in ("سے", "کیساتھ"):
        p = k
    elif words[k] == "ساتھ" and words[k - 1] == "کے":
        p = k - 1
    else:
        return None
    ys, ye = np_left(words, p, lo, sent.names)
    # the phrase runs over the genitive (``وزیراعظم کی چینی صدر سے``): split at its first genitive
    for g in [k for k in range(ys + 1, ye - 1) if words[k] in GENITIVE] + [ys - 1]:
        if g <= lo or words[g] not in GENITIVE:
            continue
        s, e = np_left(words, g, lo, sent.names)
        if e <= s:
            continue
        actors = resolver.resolve(sent.toks, s, e)
        if any(is_named(a) for a in actors) or is_group(words[e - 1]):
            return actors, (s, e), False, "genitive"
        return None
    return None


def _partner_after(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver) -> list[Actor] | None:
    """``X کی ملاقات Y سے ہوئی / ہو گی``: the partner of a reciprocal noun, standing after it and closed by a
    form of ``ہونا``; a common noun with a named owner stands for the owner (``بمبئی ٹاکیز کے مالکان``)."""
    words = sent.words
    for k in range(m.end + 1, min(len(words) - 1, m.end + 8)):
        if words[k] in ("سے", "کیساتھ"):
            p = k
        elif words[k] == "ساتھ" and words[k - 1] == "کے":
            p = k - 1
        else:
            if words[k] in _CLAUSE_LINKS or k in sent.verbal:
                return None
            continue
        if words[k + 1] not in _HAPPENED_FORMS:
            return None
        s, e = np_left(words, p, m.end, sent.names)
        while e > s and s > m.end and words[s - 1] in GENITIVE:
            s, _ = np_left(words, s - 1, m.end, sent.names)  # the owner chain (``بمبئی ٹاکیز کے مالکان``)
        if e <= s or s != m.end:
            return None  # only the partner may stand between the noun and its verb
        actors = resolver.resolve(sent.toks, s, e)
        if any(is_named(a) for a in actors) or is_group(words[e - 1]) or _office(words, s, e):
            return actors
        return None
    return None


#: what may follow a reciprocal noun that states it happened (``ملاقات ہوئی``، headline-final)
_HAPPENED = event_words("happened")
#: of those, the forms of ``ہونا`` alone (``X کی ملاقات Y سے ہوئی``)
_HAPPENED_FORMS = _HAPPENED - {"۔", "،", "جس", "جبکہ", "اور"}


#: words that link a clause to the next (a conjunction, a relative, a finite auxiliary or a comma)
_CLAUSE_LINKS = event_words("clause_links")


#: the passive auxiliary as an infinitive: ``کئے جانے پر`` is a nominal, no finite passive
_PASSIVE_INFINITIVES = event_words("passive_infinitives")


def _tight_ergative(words: Sequence[str], lo: int, start: int) -> bool:
    """A ``نے`` in the very clause of a passive verb (no ``اور``, relative or finite verb between)."""
    for k in range(start - 1, lo - 1, -1):
        if words[k] == "نے":
            return True
        if words[k] in _CLAUSE_LINKS:
            return False
    return False


#: nouns of readiness and agreement that take what is agreed on with ``پر`` (``مذاکرات پر آمادگی``)
_AGREEING = event_words("agreeing")
#: nouns of other predicates that an attack or protest noun may modify (``حملے کی ذمہ داری``)
_OTHER_PREDICATES = event_words("other_predicates")


def _genitive_across_target(sent: _Sentence, m: TriggerMatch, lo: int, resolver: ActorResolver,
                            ) -> tuple[list[Actor], tuple[int, int], bool, str] | None:
    """``اسرائیل کی غزہ پر بمباری``، ``نامعلوم افراد کی ایک بس پر فائرنگ``: the genitive before the
    noun's target phrase is the noun's agent, when that phrase cannot be the genitive's possession (a
    name, or a phrase a determiner opens: ``پاکستان کی سرحد پر`` is the border's owner)."""
    words = sent.words
    k = m.start - 1
    if k - 1 <= lo:
        return None
    if words[k] == "پر" or (words[k] == "خلاف" and words[k - 1] == "کے"):
        end = k if words[k] == "پر" else k - 1
    else:
        return None
    ts, te = np_left(words, end, lo, sent.names)
    if te <= ts or ts - 1 <= lo or words[ts - 1] not in GENITIVE:
        return None
    named = resolver.named(sent.toks, ts, te)
    if words[ts] not in DETERMINERS and named is None:
        return None
    owned = _possessions()
    if named is None and _ends_in(words, ts, te, owned["thing"]) and _ends_in(words, lo, ts - 1, owned["owner"]):
        return None  # ``پولیس کی ایک بس پر فائرنگ``: the police own the bus, they were fired upon
    if words[ts - 1] == "کی" and words[m.end - 1] in owned["act"] and named is None:
        return None  # ``X کی ایک چوکی پر حملہ``: کی agrees with the post, not with the masculine attack
    s, e = np_left(words, ts - 1, lo, sent.names)
    if e <= s:
        return None
    actors = resolver.resolve(sent.toks, s, e)
    if any(is_named(a) for a in actors):
        return [a for a in actors if is_named(a)], (s, e), False, "genitive"
    if is_group(words[e - 1]) and m.code[:2] in _VIOLENT_ROOTS:
        return actors, (s, e), False, "genitive"
    return None


def _genitives_before(words: Sequence[str], lo: int, start: int) -> list[int]:
    """The genitive marker of a nominal trigger (``X کا دورہ``، ``X کا تاریخی احتجاج``), if any."""
    k = start - 1
    while k >= lo and start - k <= 3:
        w = words[k]
        if w in GENITIVE:
            return [k]
        if not is_np_word(w):
            break
        k -= 1
    return []


def _parties_in(sent: _Sentence, m: TriggerMatch, lo: int, resolver: ActorResolver,
                ) -> tuple[list[Actor], tuple[int, int], bool, str] | None:
    """``X اور Y میں (گھمسان کی) لڑائی``: ``میں`` as "between" before a reciprocal noun. Places are
    left out (``عراق اور شام میں جھڑپیں`` says where), so every party must be a person, an organization
    or a collective noun."""
    words = sent.words
    k = m.start - 1
    while k > lo and m.start - k <= 3 and words[k] not in ("میں", "مےں"):
        if not is_np_word(words[k]):
            return None
        k -= 1
    if k <= lo or words[k] not in ("میں", "مےں"):
        return None
    span = np_left(words, k, lo, sent.names)
    if span[1] - span[0] < 3 or not any(w in ("اور", "و") for w in words[span[0]:span[1]]):
        return None
    actors = _between_actors(sent, span, resolver)
    # (an agreement or talks are between states, ``پاکستان اور چین میں معاہدہ``; fighting in two states may
    # be where it happens)
    places = ("LOC", "FAC") if m.code[:2] not in _VIOLENT_ROOTS else ("GPE", "LOC", "FAC")
    if len(actors) < 2 or any(a.type in places for a in actors):
        return None
    return actors, span, True, "between"


def _between_actors(sent: _Sentence, span: tuple[int, int], resolver: ActorResolver) -> list[Actor]:
    """The parties of ``X اور Y کے درمیان``: names, or collective nouns (``حکومت اور طالبان``)."""
    words = sent.words
    out: list[Actor] = []
    a = span[0]
    for k in range(span[0], span[1] + 1):
        if k == span[1] or words[k] in ("اور", "و", "،", ","):
            if k > a:
                found = resolver.named(sent.toks, a, k)
                if is_named(found):
                    out.append(found)  # type: ignore[arg-type]
                elif words[k - 1] in groups() or words[k - 1] in titles() or _office(words, a, k):
                    # an office held by one person is a party too (``آرمی چیف اور وزیراعظم کے درمیان``)
                    out.extend(resolver.resolve(sent.toks, a, k, split=False))
            a = k + 1
    return out


def _has_partner(words: Sequence[str], lo: int, start: int) -> bool:
    """A ``سے`` / ``کے ساتھ`` partner just before a noun, a place phrase (``پیرس میں``) allowed between."""
    k = start - 1
    while k > lo and start - k <= 4:
        w = words[k]
        if w in ("سے", "کیساتھ") or (w == "ساتھ" and words[k - 1] == "کے"):
            return True
        if w != "میں" and w not in POSTPOSITIONS and not words[k].isalpha():
            return False
        if w in POSTPOSITIONS and w != "میں":
            return False
        k -= 1
    return False


def _unmarked_subject(sent: _Sentence, lo: int, hi: int, resolver: ActorResolver,
                      ) -> tuple[list[Actor], tuple[int, int], bool] | None:
    """The clause-initial noun phrase that no postposition marks (``طلبہ احتجاج جاری رکھیں گے``).

    Without part-of-speech tags a subject may run on into the next phrase (``ٹرمپ چین کو``،
    ``پاکستان فلسطین کی آزادی کی حمایت``); such a chunk is cut where the object begins. Chunks that are
    plainly objects or adverbials are passed over; a pronoun ends the search.
    """
    words = sent.words
    # ``... حصہ ہے اور پاکستان اسے تسلیم کرتا ہے``: a finite verb closes the clause before
    for k in range(hi - 1, lo - 1, -1):
        if words[k] in _FINITE:
            rel = _parenthetical_relative(words, lo, k)
            if rel is not None:
                # ``مظاہرین، جو ... بیٹھے ہیں، ... مطالبہ کر رہے ہیں``: the verb closes a relative set off by
                # commas inside the clause; the subject stands before it
                return _clause_subject(sent, lo, rel, resolver)
            found = _clause_subject(sent, k + 1, hi, resolver)
            if found is None and k + 1 < hi and words[k + 1] == "اور":
                # ``پاکستان ... قرار دیتا ہے اور ان پر احتجاج کرتا ہے``: the subject carries over
                return _clause_subject(sent, lo, k, resolver)
            return found
    return _clause_subject(sent, lo, hi, resolver)


#: relative pronouns that open a clause set off by commas (``X، جو ... ہیں، ...``)
_UNMARKED_RELATIVES = pronoun_words("relative_unmarked")
_COMMA_RELATIVES = RELATIVES | OBJECT_RELATIVES | _UNMARKED_RELATIVES


def _parenthetical_relative(words: Sequence[str], lo: int, k: int) -> int | None:
    """Where a relative clause begins that a comma opens and the finite verb at ``k`` plus a comma close,
    with nothing finite between (the comma before the pronoun), else None."""
    if k + 2 >= len(words) or words[k + 1] not in ("،", ",") or words[k + 2] in _CLAUSE_LINKS \
            or words[k + 2] in _COORDINATORS or words[k + 2] in ("لیکن", "تاہم", "مگر"):
        return None  # a clause joined on after the comma has a subject of its own
    for r in range(k - 1, lo, -1):
        if words[r] in _FINITE:
            return None
        if words[r] in _COMMA_RELATIVES and words[r - 1] in ("،", ","):
            return r - 1 if r - 1 > lo else None
    return None


def _clause_subject(sent: _Sentence, lo: int, hi: int, resolver: ActorResolver,
                    ) -> tuple[list[Actor], tuple[int, int], bool] | None:
    words = sent.words
    rel = next((k for k in range(lo, hi) if words[k] in _UNMARKED_RELATIVES), None)
    if rel is not None and rel > 0 and not any(is_np_word(w) for w in words[lo:rel]):
        # ``X وہ تنظیم ہے جو ... کرتی ہے``، ``X جو ... کرتا ہے``: the relative's head is the subject
        floor = clause_floor(words, rel - 1)
        if words[rel - 1] in _COPULA:
            return _clause_subject(sent, floor, rel - 1, resolver)
        hs, he = np_left(words, rel, floor, sent.names)
        while he > hs and words[he - 1] in ("،", ","):
            he -= 1
        if he > hs and not (he - hs == 1 and words[hs] in PRONOUNS):
            actors = resolver.resolve(sent.toks, hs, he)
            if any(is_named(a) for a in actors) or is_group(words[he - 1]):
                return actors, (hs, he), False
        return None
    for s, e in chunks(words, lo, hi, sent.names):
        if words[s] == "وہ" and e - s > 1 and e < len(words) and (words[e] in POSTPOSITIONS
                                                                  or words[e] in GENITIVE):
            e = s + 1  # ``وہ سیلاب زدہ علاقوں کا دورہ``: the pronoun, then the marked object
        if e - s == 1 and words[s] in ("اس", "ان", "اسی", "انہی") and e < len(words) and words[e] in TIME_WORDS:
            continue  # ``اس وقت وہ ...``: a time adverb, not a pronoun subject
        if e - s == 1 and words[s] in PRONOUNS:
            if words[s] == "وہ" and (e >= len(words) or words[e] not in POSTPOSITIONS):
                # ``X کے بموجب وہ ... بات چیت کر چکے ہیں``: a subject pronoun takes the last speaker
                antecedent = _pronoun_antecedent(sent, s, None)
                if antecedent is not None:
                    return [antecedent], (s, e), False
            return None
        if e < len(words) and e < hi and not any(c.isalnum() for c in words[e]):
            continue  # a dateline or a parenthesis: ``اسلام آباد (...)``
        if e + 1 < min(len(words), hi) and words[e - 1].isdigit() and words[e] in TIME_WORDS \
                and not any(c.isalnum() for c in words[e + 1]):
            continue  # a dated dateline: ``لاہور 26 جون (ایجنسی)``
        if e - s > 1 and words[e - 1] in _ADVERB_TAILS and e < len(words) and words[e] in _ADVERB_TAIL_NEXT:
            e -= 1  # ``حکومت پہلے ہی انکار کر چکی ہے``، ``X بعد میں ...``: an adverb after the subject
        marked = e < len(words) and (words[e] in POSTPOSITIONS or words[e] in GENITIVE)
        if not marked and words[s] == "دونوں":
            return None  # ``دونوں ممالک``: a pronoun-like phrase
        if not marked and _office_heads_tail(words, s, e):
            pass  # ``ادارے X کی نائب صدر Y | اس بات سے``: an office after the genitive heads the subject
        elif marked or any(w in GENITIVE for w in words[s:e]):
            k = _object_start(sent, s, e, resolver)
            if k is None:
                if marked:
                    continue
            elif k <= s:
                continue  # the whole chunk is the object
            else:
                e = k
        while e - s > 1 and words[e - 1].isdigit() and e < len(words) and words[e] in TIME_WORDS:
            e -= 1  # ``X 29 اپریل کو``: the number belongs to the date
        actors = resolver.resolve(sent.toks, s, e)
        if any(is_named(a) for a in actors) or is_group(words[e - 1]) or _titled(words, s, e) \
                or _office(words, s, e) or _office_heads_tail(words, s, e):
            return actors, (s, e), False  # an office held by one person acts too (``وزیر خارجہ ... دورہ کریں گے``)
    return None


#: words that end an adverb after a clause's subject when the next word is one of ``_ADVERB_TAIL_NEXT``
#: (``پہلے ہی``): they are no part of the subject's noun phrase
_ADVERB_TAILS = event_words("adverb_tails")
_ADVERB_TAIL_NEXT = event_words("adverb_tail_next")


#: honorifics that open a person's name (``مسٹر پنالہ لکشمیا``)
_HONORIFICS = event_words("honorifics")


def _office(words: Sequence[str], s: int, e: int) -> bool:
    """Does a short phrase open with an office held by one person (``سیکریٹری دفاع``، ``وزیر خارجہ``)?
    Its head word is the office, not the department that ends it."""
    return e - s <= 3 and (words[s] in titles() or " ".join(words[s:s + 2]) in titles()) \
        and not any(w in GENITIVE for w in words[s:e])


def _office_heads_tail(words: Sequence[str], s: int, e: int) -> bool:
    """Does an office held by one person follow the last genitive of ``words[s:e]`` and carry the phrase to
    its end, at most four words on (``X کی نائب صدر Y``، ``X کے چیئرمین``)?"""
    g = max((k for k in range(s, e) if words[k] in GENITIVE), default=None)
    if g is None or e - g - 1 > 5:
        return False
    return any(words[k] in titles() or " ".join(words[k:k + 2]) in titles() for k in range(g + 1, min(e, g + 3)))


def _titled(words: Sequence[str], s: int, e: int) -> bool:
    """Does the phrase name a person by an honorific and a following name the tagger missed?"""
    return any(words[k] in _HONORIFICS for k in range(s, e - 1))


def _object_start(sent: _Sentence, s: int, e: int, resolver: ActorResolver) -> int | None:
    """Where the postposition's object begins inside a run-on chunk (``ٹرمپ | چین کو``,
    ``پاکستان | فلسطین کی آزادی کی حمایت``, ``سکاٹ لینڈ کے ووٹرز | ریفرنڈم میں``), or None."""
    words = sent.words
    last = max((k for k in range(s, e) if words[k] in ("اور", "و", "،", ",")), default=s - 1)
    g = next((k for k in range(s + 1, e) if words[k] in GENITIVE), None)
    if g is not None and g < last:
        g = None  # a genitive inside an earlier conjunct (``شیو سینا، بائیں بازو کی جماعتیں اور ...``)
    if g is not None:
        k = g - 1
        while k - 1 >= s and k - 1 in sent.names and k in sent.names:
            k -= 1
        while k - 1 > s and resolver.is_adjective(sent.toks[k - 1].norm):
            k -= 1  # ``امریکہ | پاکستانی فوج کی``: a nationality adjective opens the object
        if k - 1 == s and resolver.is_adjective(sent.toks[s].norm):
            return s  # ``سعودی مداخلت کی ... مذمت``: an adjective alone is no subject; the chunk is the object
        if k > s and words[k - 1] not in GENITIVE and words[k - 1] not in ("اور", "و") \
                and words[k - 1] not in _APPOSITIVE_HEADS:
            return k
    # after the last actor word (a name's end or a collective noun) that is not the chunk's end
    # a coordinated subject (``شیو سینا، کانگریس اور دوسری جماعتیں | حکومت کے خلاف``) ends inside its last
    # conjunct; only where no split is found there may the object begin at a coordinator
    if last >= s:
        k = _split_after_actor(sent, max(s, last + 1), e, resolver)
        if k is not None:
            return k
    k = _split_after_actor(sent, s, e, resolver)
    if k is not None and words[k] in ("اور", "و") and e < len(words) \
            and (words[e] in POSTPOSITIONS or words[e] in GENITIVE):
        # ``طالبان مسلسل بھارت | اور افغانستان پر``: no object opens with a coordinator; where an actor
        # ends before the first conjunct, the marked phrase is the whole coordination. (Without one,
        # ``X اور Y | Z کو`` keeps its coordinated subject: ``این ڈی ایم اے اور این جی اوز متاثرین کو``.)
        earlier = _split_after_actor(sent, s, k - 1, resolver) if k - 1 > s else None
        return earlier if earlier is not None else k
    return k


def _split_after_actor(sent: _Sentence, s: int, e: int, resolver: ActorResolver) -> int | None:
    words = sent.words
    heads = groups()
    for k in range(e - 1, s, -1):
        prev = words[k - 1]
        if words[k] in GENITIVE or prev in GENITIVE or prev in ("اور", "و") or prev in _APPOSITIVE_HEADS:
            continue
        if prev in titles() and k in sent.names:
            continue  # ``قومی سلامتی مشیر | محمد حنیف اتمار``: an office and the name that holds it are one
        if resolver.is_adjective(prev):
            continue
        if _titles_name(sent, resolver, k, e):
            continue  # ``امریکی فوجی | افسر جنرل جوزف ڈنفورڈ``: a title run before a name is no object
        if k - 1 in sent.names and k in sent.names and resolver.place_starts_at(sent.toks[k].start):
            return k  # ``جوزف ڈنفورڈ | اسلام آباد کا دورہ``: a place tagged right after another name opens the object
        if k - 1 in sent.names and k in sent.names and _names_meet(sent, resolver, s, k, e):
            return k  # ``جاوید میانداد | پی سی بی پر برس پڑے``: two tagged names side by side are two phrases
        if k == e - 1 and words[k] in heads and prev not in heads:
            continue  # ``فلسطین حکومت سے``: a name and its collective noun are one phrase (two collective
            # nouns are two phrases: ``مظاہرین | حکومت کے خلاف``)
        if (k - 1 in sent.names and k not in sent.names) or prev in heads \
                or resolver.named(sent.toks, k - 1, k) is not None:
            return k
    return None


def _names_meet(sent: _Sentence, resolver: ActorResolver, s: int, k: int, e: int) -> bool:
    """Does one tagged name end right before ``k`` and another start at ``k`` (within ``s:e``)?"""
    toks = sent.toks
    left, right = resolver.named(toks, s, k), resolver.named(toks, k, e)
    return left is not None and right is not None and left.end == toks[k - 1].end \
        and right.start == toks[k].start


def _titles_name(sent: _Sentence, resolver: ActorResolver, k: int, e: int) -> bool:
    """Do ``words[k:]`` run, through up to three plain nouns, into an office or honorific right before a
    tagged name (``افسر جنرل جوزف ڈنفورڈ``): a person's description, not an object?"""
    words = sent.words
    j = k
    while j < e and j - k < 4 and j not in sent.names and words[j] not in GENITIVE \
            and words[j] not in ("اور", "و", "،", ","):
        j += 1
    if not (k < j < e and j in sent.names and (words[j - 1] in titles() or words[j - 1] in _HONORIFICS)):
        return False
    # the name must not own what follows (``وفد | ڈاکٹر X کی سربراہی میں``: the name is inside the object)
    n = j + 1
    while n < len(words) and n in sent.names and not resolver.place_starts_at(sent.toks[n].start):
        n += 1
    return n >= len(words) or words[n] not in GENITIVE


def _token_at(toks: Sequence[Token], offset: int) -> int | None:
    for k, t in enumerate(toks):
        if t.start <= offset < t.end:
            return k
    return None


#: bans: the plain noun phrase after ``پر`` is what is banned (``جلوسوں پر پابندی``), a target only when it
#: names someone or is a group (``کھلاڑیوں پر پابندی``)
_BAN_CODES = frozenset({"172"})


def _targets(sent: _Sentence, m: TriggerMatch, lo: int, source_span: tuple[int, int] | None,
             resolver: ActorResolver) -> tuple[list[Actor], str | None]:
    words = sent.words
    root = m.code[:2]
    if words[m.end:m.end + 2] == ["کا", "سامنا"]:
        # ``X کو Y کی جانب سے تنقید کا سامنا ہے``: the one who faces the act is its target, the first ``کو``
        k = next((k for k in range(lo, m.start) if words[k] == "کو"), None)
        if k is not None:
            s, e = _clip(sent, *np_left(words, k, lo, sent.names))
            if e > s and not (e - s == 1 and words[s] in PRONOUNS):
                return resolver.resolve(sent.toks, s, e), "کو"
        return [], None
    if m.form == "" and m.entry.symmetric and source_span is not None and source_span[1] < m.start:
        partner = _partner_after(sent, m, resolver)
        if partner is not None:
            return partner, "سے"
    if m.form == "" and _received(words, m.end) and source_span is not None \
            and lo < source_span[0] < m.start and words[source_span[1]:source_span[1] + 1] == ["کی"] \
            and words[source_span[0] - 1] not in POSTPOSITIONS | GENITIVE:
        # ``X ... Y کی جانب سے دھمکیاں موصول ہونے پر``: the unmarked subject before the agent receives the act
        subject = _clause_subject(sent, lo, source_span[0], resolver)
        if subject is not None and subject[1][1] == source_span[0]:
            return subject[0], "کو"
    after_source = lo
    if source_span is not None and source_span[1] <= m.start:
        after_source = max(lo, source_span[1])
    # ``... قبول کرنے پر ان کا شکریہ``: the pronoun whose thanks they are is the act's agent
    grounds = m.start - 3 if m.start >= 3 and words[m.start - 1] in GENITIVE \
        and words[m.start - 2] in _TARGET_PRONOUNS else m.start - 1
    if root == "05" and grounds > after_source and words[grounds] == "پر" and grounds not in sent.verbal:
        # ``X نے Y کی طرف سے (...) مالی معاونت پر شکریہ ادا کیا``: thanks or praise for an act go to its agent
        agent = agent_phrase(words, after_source, grounds, sent.names)
        if agent is not None and not any(k in sent.verbal for k in range(agent[1], grounds)):
            actors = resolver.resolve(sent.toks, *agent)
            if any(is_named(a) for a in actors) or is_group(words[agent[1] - 1]):
                return actors, "پر"
    ranges = [(after_source, m.start)]
    extra = ("کو",) if m.entry.verb in GIVING_VERBS else ()
    # ``ان فوجیوں پر جن مسلح افراد نے حملہ کیا``: a relative clause's target stands before it
    if source_span is not None and after_source > lo and source_span[0] > 0 \
            and words[source_span[0] - 1] in RELATIVES:
        ranges.append((lo, source_span[0] - 1))
    elif source_span is not None and after_source > lo and source_span[0] > lo:
        # ``کیمپ پر دہشت گردوں نے حملہ کیا``، ``ملزمان کے خلاف ... پولیس نے مقدمہ درج کیا``: the target
        # fronted before the subject, within the same clause (no earlier predicate in between)
        front = max([lo] + [k + 1 for k in range(lo, source_span[0])
                            if k in sent.verbal or words[k] in _FINITE or words[k] in _PASSIVE_AUX])
        if front < source_span[0]:
            ranges.append((front, source_span[0]))
    if "کو" in TARGET_MARKERS.get(root, ()) + extra \
            and any(words[k] in _SINGULAR_OBJECTS and not words[k].endswith("س") and _right_before(words, k, m.start)
                    for k in range(after_source, m.start)):
        return [], "pron"  # ``پولیس نے اسے گرفتار کیا``: a bare object pronoun (``اسے`` = ``اس کو``) is the target
    for a, b in ranges:
        # (a source after the predicate, a teaser's credited speaker, fronts nothing)
        fronted = source_span is not None and b <= source_span[0] < m.start
        for marker, s, e in target_candidates(words, a - 1, b, root, sent.names, extra):
            s, e = _clip(sent, s, e)  # ``X کو ہلاک اور | Y کو زخمی کیا``: an earlier predicate ends no phrase
            if e <= s:
                continue
            owned = marker.endswith(OWNED)
            marker = marker.removesuffix(OWNED)
            if fronted and marker == "gen":
                continue  # ``ناٹو اتحاد کے ... طیارے نے``: a genitive before the subject is its owner
            if marker == "gen" and m.entry.phrase and m.entry.phrase[0] in _feelings():
                continue  # ``عالمی برادری کی تشویش کا اظہار``: whose feeling it is, not at whom
            if marker == "پر" and root == "02" and e + 1 != m.start:
                continue  # ``X پر زور دیا``: the one urged stands right before the verb; a farther پر is a topic
            if marker == "سے" and m.entry.phrase == ("زور",):
                continue  # ``دونوں اطراف سے ... اٹھانے کی ضرورت پر زور دیا``: one urges on (پر), never from (سے)
            if source_span is not None and words[s:e] == words[source_span[0]:source_span[1]]:
                continue  # the source itself (``فوج کو ... اس نے ... حمایت کی``)
            if source_span is not None and s < source_span[1] and source_span[0] < e:
                if source_span[0] <= s and source_span[1] < e:
                    s = source_span[1]  # the target runs on from the source phrase
                    while s < e and words[s] in GENITIVE:
                        s += 1
                else:
                    continue
            if e - s == 1 and words[s] in PRONOUNS:
                # the nearest target is a pronoun, not a farther phrase; the caller may resolve it
                return [], "pron" if words[s] in _TARGET_PRONOUNS else None
            actors = resolver.resolve(sent.toks, s, e)
            if words[e - 1] in kin() and any(w in GENITIVE for w in words[s:e - 1]) \
                    and any(is_named(a) for a in actors):
                # ``X اور Y کے لواحقین سے تعزیت``: the bereaved are the party, not the dead they are named by
                s = max(k for k in range(s, e - 1) if words[k] in GENITIVE) + 1
                actors = resolver.resolve(sent.toks, s, e)
            if e < len(words) and words[e] in PLACE_HEADS:
                # the modifier of a thing (``بھارتی بیان کو``) is its owner only when it names one
                if any(is_named(a) for a in actors):
                    return [a for a in actors if is_named(a)], marker
                continue
            if any(is_named(a) for a in actors) or is_group(words[e - 1]) or _office(words, s, e) \
                    or len(actors) > 1 \
                    or (marker in OPEN_MARKERS and root in OPEN_ROOTS and not owned
                        and not (marker == "پر" and m.code[:3] in _BAN_CODES)) \
                    or (marker == "سے" and root in ("02", "10")) \
                    or (root in _PATIENT_ROOTS and marker == "کو" and not owned and _right_before(words, e, m.start)
                        and words[e - 1] not in PLACE_HEADS and not is_time_phrase(words, s, e)) \
                    or (marker == "gen" and m.entry.phrase and m.entry.phrase[0] in _THANKS
                        and _right_before(words, e, m.start) and words[e - 1] not in PLACE_HEADS
                        and not is_time_phrase(words, s, e)) \
                    or (marker == "gen" and m.code[:3] == "042" and words[e - 1] not in PLACE_HEADS):
                # the genitive of a visit is the place visited, named or not (``جنگاؤں کا دورہ``)
                return actors, marker
    if source_span is not None and source_span[0] > 1 and words[source_span[0] - 1] in GENITIVE \
            and words[source_span[0] - 2] in RELATIVES:
        # ``X نے ... دعویٰ کیا ہے جس کی Y نے مذمت کی``: what Y condemned is X's, after X's clause
        rel = source_span[0] - 2
        ks = ergatives_left(words, clause_floor(words, rel), rel)
        if ks and rel > 0 and words[rel - 1] in _FINITE | _PASSIVE_AUX | {"کیا", "کی", "کیے"}:
            s, e = np_left(words, ks[-1], clause_floor(words, rel), sent.names)
            if e > s and not (e - s == 1 and words[s] in PRONOUNS):
                actors = resolver.resolve(sent.toks, s, e)
                if any(is_named(a) for a in actors):
                    return actors, "rel"
    if source_span is not None and source_span[0] > 0 and words[source_span[0] - 1] in OBJECT_RELATIVES:
        rel = source_span[0] - 1
        s, e = np_left(words, rel, clause_floor(words, rel), sent.names)
        if e <= s:
            # an extraposed relative (``... لڑکیوں کا انتظار کر رہی ہے جنھیں X نے اغوا کیا``): its antecedent
            # is the nearest marked phrase of the clause before, past that clause's verb
            k = next((i for i in range(rel - 1, max(-1, rel - 12), -1) if words[i] in _ANTECEDENT_MARKS), None)
            if k is not None:
                s, e = np_left(words, k, 0, sent.names)
                if e > s and is_time_phrase(words, s, e):
                    e = s
        if e > s and words[e - 1] not in PRONOUNS:
            return resolver.resolve(sent.toks, s, e), "rel"
    if m.code[:2] == "18" or m.code[:3] in _BARE_OBJECT_CODES or m.entry.phrase in _BARE_OBJECT_PHRASES:
        # ``نے چوتھا مغربی شہری قتل کیا``: an indefinite object stands bare before the verb
        s, e = np_left(words, m.start, after_source, sent.names)
        if e > s and not (e - s == 1 and words[s] in PRONOUNS) and not is_time_phrase(words, s, e) \
                and words[e - 1] not in PLACE_HEADS \
                and not (source_span is not None and s < source_span[1] and source_span[0] < e):
            found = resolver.resolve(sent.toks, s, e)
            if m.code[:2] == "18" or m.code[:3] in _BARE_OBJECT_CODES or any(is_named(a) for a in found):
                return found, "bare"  # (a thing shot down, ``میزائل مار گرایا``, is no target)
    if m.entry.code[:3] == "042" and m.form == "":
        place = _travel_place(sent, m, resolver)
        if place is not None:
            return [place], "gen"
    if m.entry.code[:3] == "042" and m.form == "" and m.end < len(words):
        # ``دورہ امریکا``: the visited place follows the noun
        found = resolver.named(sent.toks, m.end, min(len(words), m.end + 3))
        if found is not None:
            return [found], "gen"
    return [], None


#: roots whose ``کو`` object right before the predicate is the one praised or criticised, named or not
#: (``ٹریلر کو سراہا``، ``گاڑیوں کو تنقید کا نشانہ بنایا``); a thing rejected (12) is a claim, no party
_PATIENT_ROOTS = frozenset({"05", "11"})


#: nouns of thanking: the genitive right before them is the one thanked, named or not (``صارفین کا شکریہ``)
_THANKS = event_words("thanks_nouns")


#: degree words between an object and its predicate (``ٹریلر کو بے حد سراہا``، ``دل کھول کر``)
_INTENSIFIERS = event_words("intensifiers")


def _right_before(words: Sequence[str], e: int, start: int) -> bool:
    """Does the marker at ``e`` stand right before the predicate (at most ``ایک``, adverbs or degree words
    between)?"""
    return e + 1 <= start and all(w == "ایک" or w in ADVERBS or w in _INTENSIFIERS for w in words[e + 1:start])


#: codes of acts that CAMEO codes otherwise when their target is a state: a ban (``پابندی``, 172
#: administrative sanctions: on a player, on processions) imposed on a country is a sanction (163)
_STATE_TARGET_CODES = {"172": "163"}
#: the bans that sanction a state when a state is their target (not a dismissal: ``صدر کاتالونیا کو برطرف``)
_BAN_WORDS = frozenset(tuple(p.split()) for p in event_words("ban_words"))


def _code(m: TriggerMatch, sources: list[Actor], source_span: tuple[int, int] | None, marker: str | None,
          words: Sequence[str], toks: Sequence[Token]) -> str:
    entry = m.entry
    if entry.joint and (marker == "ساتھ" or len(sources) > 1 or "مشترکہ" in words[max(0, m.start - 3):m.end]):
        return entry.joint
    if entry.state and source_span is not None and words[source_span[1] - 1] in _STATE_ORGANS:
        return entry.state  # ``دفتر خارجہ نے احتجاج کیا``: a government organ speaks for its state
    if entry.state and sources and sources[0].type == "GPE" and source_span is not None:
        head = words[source_span[1] - 1]
        if head in _STATE_HEADS or any(a.end == toks[source_span[1] - 1].end for a in sources):
            return entry.state
    return entry.code


@cache
def _blades() -> frozenset[str]:
    """Words for blades (``data/events/blades.tsv``): an attack made with one is a stabbing."""
    return read_words("blades.tsv", "blade words")


@cache
def _feelings() -> frozenset[str]:
    """Nouns of feelings expressed (``data/events/feelings.tsv``)."""
    return read_words("feelings.tsv", "feeling nouns")


@cache
def _possessions() -> dict[str, frozenset[str]]:
    """Things that get attacked and the forces that own them (``data/events/possessions.tsv``)."""
    return read_word_roles("possessions.tsv", "possession nouns", ("thing", "owner", "act"))


def _ends_in(words: Sequence[str], s: int, e: int, table: frozenset[str]) -> bool:
    """Whether ``words[s:e]`` ends in a one- or two-word entry of ``table``."""
    return e > s and (words[e - 1] in table or (e - 1 > s and f"{words[e - 2]} {words[e - 1]}" in table))


@cache
def _hazards() -> frozenset[str]:
    """Words of natural hazards (``data/events/hazards.tsv``), a multi-word one by its last word."""
    return frozenset(w.split()[-1] for w in read_words("hazards.tsv", "hazard words"))


def _events_for(doc: Document, sent: _Sentence, m: TriggerMatch, resolver: ActorResolver,
                last_actor: Prior | None, date: str | None) -> list[tuple[Event, Evidence]]:
    words = sent.words
    lo = clause_floor(words, m.start)
    hi = clause_ceiling(words, m.end)
    if _denied_clause(words, lo):
        return []  # ``X نے اس بات سے انکار کیا کہ انہوں نے ... دھمکی دی``: a denied act is no event
    if m.converb and _requested(words, m):
        return []  # ``X سے Y کو گرفتار کر کے حوالے کرنے کا مطالبہ``: the converb is part of what is asked for
    if (m.form == SUBJUNCTIVE or m.form == PERFECTIVE and words[m.end - 1] in _SUBJUNCTIVE_LOOKALIKES
            and not ergatives_left(words, lo, m.start)) and _credited_request(sent, m, resolver):
        return []  # ``پاکستان ... کارروائی کرے، ڈونلڈ ٹرمپ``: what a credited speaker asks for has not happened
    if m.form and _claimed_before_credit(words, m):
        return []  # ``... حملے کر رہے ہیں، X کا الزام``: what X claims or threatens, not an act that happened
    if _is_display(words, m) or _is_press_talk(words, m) or (lo > 0 and words[lo - 1] == "اگر") \
            or _stresses_that(words, m) or _only_able(words, m) or _polar_question(words, lo, m) \
            or (m.form and m.end < len(words) and words[m.end] in _WITHOUT) \
            or _framed(words, lo, hi, m) or _habitual(words, lo, m) or _unrealised(words, m) \
            or _conditional(words, lo, m) or _bare_subjunctive(words, lo, m):
        return []  # a display, a press talk, a hypothetical (``اگر سپیکر نے استعفے مسترد کر دیے``), a
        # yes-no question (``کیا امریکہ ایران پر حملہ کرے گا؟``), an act not done (``چھان بین کیے بغیر``) or
        # a sports idiom in a clause about a game (``قومی ٹیم نے ... رنز پر ہتھیار ڈال دیے``)
    sources, source_span, mutual, route = _sources(sent, m, lo, hi, resolver, last_actor)
    if route == "headline" and not sent.headline:
        tail = _headline_tail(sent, m)
        if tail is not None:
            lo = max(lo, tail)  # a teaser's closing headline clause: its targets and other parties are its own
    if route == "headline":
        # ``X کی فائرنگ، Y کا پتھراؤ``: a comma after an event noun bounds each headline clause
        lo = max([lo] + [c + 1 for c in range(lo, m.start) if c in sent.noun_ends and words[c] in ("،", ",")])
        hi = min([hi] + [c for c in range(m.end, hi) if c in sent.noun_ends and words[c] in ("،", ",")])
    if not sources or (source_span is not None and words[source_span[1] - 1] in _GATHERINGS | _ANIMALS):
        return []  # no source, a gathering (``اجلاس نے ... زور دیا``: a meeting is no actor) or an animal
    if source_span is not None and words[source_span[1] - 1] in _PRIVATE_PERSONS \
            and (not any(is_named(a) for a in sources)
                 or source_span[1] >= 2 and words[source_span[1] - 2] in GENITIVE):
        # ``لڑکی نے شادی سے انکار کر دیا``: an unnamed private person is no party, nor is a named person's
        # relative (``X کے بھائی نے``: the brother acts, not X)
        return []
    if m.code[:3] == "042" and not m.form and source_span is not None \
            and all(a.type in ("GPE", "LOC") for a in sources) \
            and any(words[g] in GENITIVE and words[g - 1] in _PLACE_NOUNS for g in range(source_span[1], m.start)):
        return []  # ``X اور Y کے سیلاب زدہ علاقوں کے دورہ پر``: X owns the areas visited; it is no visitor
    if source_span is not None and source_span[1] - source_span[0] > 1 and words[source_span[0]] in _ANAPHORIC \
            and words[source_span[1] - 1] in _GENERIC_HEADS and not any(is_named(a) for a in sources):
        # ``یہ لوگ``، ``ان جماعتوں کی طرف سے``: a demonstrative before a generic noun points back at parties
        # named before; it names nobody (``یہ ایوان``, a unique body, does), unless the sentence named it
        # before with the same head noun (``لازارس گروپ ... اس گروپ نے``)
        antecedents = _same_head_antecedent(sent, source_span, resolver)
        if not antecedents:
            return []
        if any(is_named(a) for a in antecedents):
            sources = antecedents  # (an unnamed antecedent leaves the phrase itself as the source)
    targets, marker = _targets(sent, m, lo, source_span, resolver) if not mutual else ([], None)
    if marker == "pron":
        # ``X نے Y سے ملاقات کی اور ان سے ... تبادلہ خیال کیا``: the same source acts on Y again
        acted = sent.acted
        targets = [acted[1]] if acted is not None and any(_same(a, acted[0]) for a in sources) else []
        if not targets:
            targets = _speaker_as_object(sent, m, lo, sources)
        if not targets:
            targets = _main_subject_as_object(sent, source_span, resolver)
        if not targets:
            targets = _earlier_subject_as_object(sent, m, lo, source_span, sources)
        marker = "pron" if targets else None
    elif not targets and "کو" in TARGET_MARKERS.get(m.code[:2], ()):
        targets = _speaker_as_object(sent, m, lo, sources)
        marker = "pron" if targets else None
    if not targets and m.entry.phrase in _PARTY_OBJECT_ONLY:
        return []  # ``فیس بک نے تسلیم کیا کہ ...``: admitting a fact recognises nobody
    if m.code[:2] == "13" and _forecast(words, lo, hi, source_span, any(is_named(t) for t in targets)):
        return []  # ``محکمہ موسمیات نے طوفان کا انتباہ جاری کیا``: a forecast threatens nobody
    if targets and all(" ".join(t.text.split()) in _REFLEXIVES for t in targets):
        return []  # ``X نے خود پر فائرنگ کر دی``: done to oneself, no event between parties
    # a target found farther away that is the source again (``فوج کو ... اس نے حمایت کی``) is no target
    targets = [t for t in targets if not any(_same(t, a) for a in sources)]
    code = _code(m, sources, source_span, marker, words, sent.toks)
    if code[:2] == "19" and any(w in _blades() and words[k + 1:k + 2] in (["سے"], ["کے"])
                                for k, w in enumerate(words[lo:m.start], start=lo)):
        code = "180"  # ``چاقو سے حملہ``: an attack with a blade is a stabbing
    if m.entry.phrase[:1] and m.entry.phrase[0] in _DECLINING and _after_infinitive(words, m.start):
        code = "120"  # ``X نے پاکستان آنے سے معذرت کر لی``: declining to act is a refusal, as ``آنے سے انکار``
    if m.entry.phrase == ("انکار",) and code[:2] == "12" and _denies_fact(words, lo, m):
        code = "016"  # denying a fact or a charge (``اس بات سے انکار کیا کہ ...``) is a denial, not a refusal
    if code in _STATE_TARGET_CODES and m.entry.phrase[:1] in _BAN_WORDS and targets and all(t.type == "GPE" and (t.entity_id or t.name_en)
                                                       for t in targets):
        # (a state is a linked country: an unlinked "GPE" is as often a mistagged person, ``کنیریا پر پابندی``)
        code = _STATE_TARGET_CODES[code]  # ``امریکہ نے ایران پر پابندی عائد کی``: a ban on a state sanctions it
    pairs: list[tuple[Actor, Actor | None]]
    if (mutual or (m.entry.symmetric and len(sources) > 1)) and not targets and len(sources) <= _MAX_MUTUAL:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(a, b) for a in sources for b in (targets or [None])]
    start, end = sent.toks[m.start].start, sent.toks[m.end - 1].end
    trigger = Trigger(start, end, doc.text[start:end])
    book = describe(code)
    location = _location(sent, m, resolver, sources + targets)
    leftover = _leftover_names(sent, lo, hi, m, resolver, sources + targets + ([location] if location else []),
                               source_span, others_agents=route == "agent")
    evidence = _evidence(sent, m, route, source_span, len(sources), len(targets), marker, leftover)
    return [(Event(sentence=sent.index, trigger=trigger, code=code, root=code[:2], label=book.label,
                   quad_class=book.quad_class, goldstein=book.goldstein, actor1=a, actor2=b, date=date,
                   location=location, negated=m.negated, plover_type=book.plover_type,
                   plover_mode=book.plover_mode), evidence)
            for a, b in pairs]


#: honorific object pronouns: in a reported clause with its own subject they point at the speaker (``ان کو``
#: and ``ان سے`` were tried: as often they are a third party named earlier)
_HONORIFIC_OBJECTS = event_words("honorific_objects")


#: indefinite determiners: a phrase opened by one names no particular party (``ایک گروپ``، ``کئی تنظیمیں``)
_DETERMINERS = event_words("indefinite_determiners")


def _same_head_antecedent(sent: _Sentence, span: tuple[int, int], resolver: ActorResolver) -> list[Actor]:
    """``شمالی کوریا کا گروہ لازارس گروپ ... اس گروپ نے``: a demonstrative phrase points back at the
    nearest earlier phrase of the sentence with the same head noun, when that phrase names its referent
    (a name, or two words or more with no determiner: not ``ایک گروپ``، ``کئی تنظیمیں``)."""
    words = sent.words
    s0, e0 = span
    head = words[e0 - 1]
    for j in range(s0 - 1, 0, -1):
        if words[j] != head or words[j - 1] in _ANAPHORIC:
            continue
        s, e = np_left(words, j + 1, max(0, j - 5), sent.names)
        if e != j + 1 or e <= s:
            return []
        if any(w in _DETERMINERS for w in words[s:e]):
            return []
        actors = resolver.resolve(sent.toks, s, e)
        named = [a for a in actors if is_named(a)]
        if named:
            return named
        return actors if e - s >= 2 else []
    return []


def _main_subject_as_object(sent: _Sentence, source_span: tuple[int, int] | None,
                            resolver: ActorResolver) -> list[Actor]:
    """``X نے Y کے وفد سے گفتگو کی جس نے ان سے ملاقات کی``: in a subject relative that follows its main
    clause, the pronoun object points back at that clause's ``نے`` subject (named, a group or an office)."""
    if source_span is None or source_span[1] - source_span[0] != 1 or sent.words[source_span[0]] not in RELATIVES:
        return []
    words = sent.words
    rel = source_span[0]
    if rel == 0 or not (rel - 1 in sent.verbal or words[rel - 1] in _PERFECTIVE_LIGHT | _FINITE):
        return []
    floor = clause_floor(words, rel - 1)
    ks = ergatives_left(words, floor, rel)
    if len(ks) != 1:
        return []
    s, e = _clip(sent, *np_left(words, ks[0], floor, sent.names))
    if e <= s or (e - s == 1 and words[s] in PRONOUNS):
        return []
    for k in range(e - 1, s, -1):
        if words[k - 1] not in GENITIVE and is_np_word(words[k - 1]) and _office(words, k, e):
            s = k  # ``ان خیالات کا اظہار | وزیراعظم نے``: a fronted object before an office holder
            break
    actors = resolver.resolve(sent.toks, s, e)
    if any(is_named(a) for a in actors) or is_group(words[e - 1]) or _office(words, s, e):
        return actors
    return []


#: singular object pronouns that may point back at an earlier clause's subject (``اس کے خلاف``، ``اسے``)
_SINGULAR_OBJECTS = event_words("singular_objects")


def _earlier_subject_as_object(sent: _Sentence, m: TriggerMatch, lo: int, source_span: tuple[int, int] | None,
                               sources: list[Actor]) -> list[Actor]:
    """``X ... انکار کرتا رہا جس پر Y نے اس کے خلاف مقدمہ دائر کیا``، ``X ... کھا گیا جب پولیس نے اسے گرفتار
    کیا``: a singular object pronoun in a clause with a source of its own points back at the subject of an
    earlier clause of the sentence (the nearest subject anchor with a predicate between it and the source),
    unless a ``کہ`` frame lies between (a reported clause names someone else) or the anchor is an
    attribution (``X کے مطابق``)."""
    if source_span is None or source_span[1] > m.start:
        return []
    words = sent.words
    at = next((k for k in range(m.start - 1, source_span[1] - 1, -1) if words[k] in _SINGULAR_OBJECTS
               and (words[k] in ("اسے", "اُسے") or words[k + 1:k + 2] in (["کے"], ["کو"], ["پر"]))), None)
    if at is None:
        return []
    for k, actor in reversed(sent.anchors):
        if k >= source_span[0]:
            continue
        if "کہ" in words[k:at] or any(_same(actor, a) for a in sources):
            return []
        if not any(j in sent.verbal or words[j] in _FINITE for j in range(k, source_span[0])):
            return []  # no earlier predicate: the anchor is a phrase of the same clause
        last = _token_at(sent.toks, (actor.end or 1) - 1)
        if last is not None and words[last + 1:last + 3] == ["کے", "مطابق"]:
            continue  # an attribution names where news comes from, not a party of the clause
        return [actor]
    return []


def _speaker_as_object(sent: _Sentence, m: TriggerMatch, lo: int, sources: list[Actor]) -> list[Actor]:
    """``X نے کہا کہ Y انہیں ... یقین دہانی کرا چکے ہیں``: the honorific object of a reported clause
    whose subject is someone else is the speaker X (a person), the one the clause reports to or about."""
    words = sent.words
    if lo < 2 or words[lo - 1] != "کہ":
        return []
    if not any(words[k] in _HONORIFIC_OBJECTS for k in range(lo, m.start)):
        return []
    if any(k in sent.verbal or words[k] in _FINITE or not any(c.isalnum() for c in words[k])
           for k in range(lo, m.start)):
        return []  # another predicate or a clause break in between: the pronoun may be its object
    speakers = [a for k, a in sent.anchors if k < lo - 1]
    if not speakers or not is_person(speakers[-1]) or any(_same(speakers[-1], a) for a in sources):
        return []
    return [speakers[-1]]


def _same(a: Actor, b: Actor) -> bool:
    if a.entity_id and b.entity_id:
        return a.entity_id == b.entity_id
    return " ".join(a.text.split()) == " ".join(b.text.split())


#: a target that is the source itself (``خود پر فائرنگ``)
_REFLEXIVES = event_words("reflexives")


#: talk nouns (trigger phrases) that frame a quotation when said to the press
_TALK = event_words("talk")
#: words before ``سے`` that make a talk noun a talk to the press (``میڈیا سے بات``، ``نامہ نگاروں سے``)
_MEDIA = event_words("media")


def _is_press_talk(words: Sequence[str], m: TriggerMatch) -> bool:
    """``میڈیا سے بات کرتے ہوئے کہا`` frames a quotation; it is no consultation."""
    if " ".join(m.entry.phrase) not in _TALK:
        return False
    if m.form == CONVERB:
        return True
    return m.start >= 2 and words[m.start - 1] == "سے" and words[m.start - 2] in _MEDIA


#: forms of ``سکنا`` (can): what an actor can do has not happened
_ABLE = event_words("able")


def _only_able(words: Sequence[str], m: TriggerMatch) -> bool:
    """``X حکم نہیں دے سکتا``، ``X حملہ کر سکتا ہے``: what an actor can or cannot do has not happened."""
    return any(w in _ABLE for w in words[m.start:min(len(words), m.end + 1)])


def _stresses_that(words: Sequence[str], m: TriggerMatch) -> bool:
    """``X نے اس بات پر زور دیا کہ ...`` frames a statement, as ``کہا کہ`` does; it is no appeal."""
    return (m.entry.phrase == ("زور",) and m.start >= 3 and words[m.start - 3:m.start] == ["اس", "بات", "پر"]
            and m.end < len(words) and words[m.end] == "کہ")


def _is_display(words: Sequence[str], m: TriggerMatch) -> bool:
    """``X کا (شاندار) مظاہرہ کیا`` shows X; only a bare ``مظاہرہ`` is a demonstration."""
    if m.entry.phrase[:1] not in (("مظاہرہ",), ("مظاہرے",)):
        return False
    if m.start > 0 and words[m.start - 1] in _PERFORMANCE:
        return True  # ``لاجواب مظاہرہ کرتے ہوئے``: a team's or player's showing, not a demonstration
    k = m.start - 1
    while k >= 0 and m.start - k <= 3:
        if words[k] in GENITIVE:
            # ``X کا مظاہرہ`` displays X; ``X کے لیے مظاہرہ`` is a demonstration for X
            return not (k + 1 < m.start and words[k + 1] in POSTPOSITIONS)
        if words[k] in POSTPOSITIONS or not any(c.isalnum() for c in words[k]):
            return False
        k -= 1
    return False


def _location(sent: _Sentence, m: TriggerMatch, resolver: ActorResolver, actors: list[Actor]) -> Actor | None:
    """The nearest place before ``میں`` in the sentence that is not one of the actors."""
    words = sent.words
    used = {(a.start, a.end) for a in actors} | {a.entity_id for a in actors if a.entity_id}
    best: tuple[int, Actor] | None = None
    for k, w in enumerate(words):
        if w != "میں" or k == 0:
            continue
        s, e = np_left(words, k, 0, sent.names)
        if e <= s:
            continue
        place = resolver.named(sent.toks, s, e)
        if place is None or place.type not in ("GPE", "LOC", "FAC") or (place.start, place.end) in used \
                or (place.entity_id and place.entity_id in used):
            continue
        distance = abs(k - m.start)
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


def _sentence_dates(doc: Document) -> dict[int, str]:
    """Each sentence's first DATE value."""
    out: dict[int, str] = {}
    for ent in doc.entities:
        if ent.type == "DATE" and isinstance(ent.value, str):
            out.setdefault(ent.sentence, ent.value)
    return out


def _leftover_names(sent: _Sentence, lo: int, hi: int, m: TriggerMatch, resolver: ActorResolver,
                    used: list[Actor], source_span: tuple[int, int] | None = None,
                    others_agents: bool = False) -> int:
    """Persons, organizations and countries in the trigger's clause that play no part in the event:
    each is a party the rules may have missed or mistaken. A name inside the source phrase describes the
    source (``وزیر اعلیٰ پنجاب شہباز شریف``: Punjab) and is no other party. With ``others_agents`` (an
    act whose agent phrase names its source) a ``نے`` phrase before that agent is another predicate's
    subject (``X نے Y کی جانب سے ... قبول کیے جانے کے بعد ... اعلان کیا``), no party of this act."""
    if hi <= lo:
        return 0
    taken = [(a.start or 0, a.end or 0) for a in used]
    if source_span is not None and source_span[1] > source_span[0]:
        taken.append((sent.toks[source_span[0]].start, sent.toks[source_span[1] - 1].end))
    if others_agents and source_span is not None:
        for k in ergatives_left(sent.words, lo, source_span[0]):
            s, e = np_left(sent.words, k, lo, sent.names)
            if e > s:
                taken.append((sent.toks[s].start, sent.toks[e - 1].end))
    words = sent.words
    if source_span is not None and source_span[1] < m.start - 2 and words[m.start - 1] in GENITIVE \
            and _is_infinitive(words[m.start - 2]):
        # ``7 ممالک کا سلامتی کونسل اجلاس طلب کرنے کا مطالبہ``: the names of the demanded act are its content
        taken.append((sent.toks[source_span[1]].start, sent.toks[m.start - 2].end))
    # ``X ... قدر کرتا ہے اور ... حمایت کرتا ہے``: a predicate closed before ``اور`` ends a clause of its own
    # (the subject dropped after it is shared); the other clause's names are that clause's parties
    seams = [b for b in range(max(lo, 1), hi) if words[b] == "اور" and (words[b - 1] in _FINITE or b - 1 in sent.verbal)
             and b - 1 not in range(m.start, m.end)]
    lo = max([lo] + [b + 1 for b in seams if b < m.start])
    if not any(w in ("،", ",") for w in words[m.end:]):
        # (a comma after it may set off a credited speaker: ``... مذمت کرتے ہیں اور ...، X``)
        hi = min([hi] + [b for b in seams if b >= m.end])
    count = 0
    for ent in resolver.entities_in(sent.toks[lo].start, sent.toks[hi - 1].end):
        if ent.type not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if any(s < ent.end and ent.start < e for s, e in taken):
            continue
        j = _token_at(sent.toks, ent.end - 1)
        if j is not None and j + 2 < len(words) and words[j + 1] in GENITIVE and words[j + 2] in _TOPIC_HEADS:
            continue  # ``شام کی صورتحال پر``: the owner of a topic is no party
        if j is not None and j + 1 < m.start and sent.words[j + 1] in ("کو", "پر", "سے") \
                and embedded(sent.words, j + 1, m.start, reach=7):
            continue  # ``مظاہرین لاہور کو پانی دینے کے لئے مظاہرہ کر رہے تھے``: an infinitive's own object
        count += 1
    return count


#: verbs of saying whose ``کہ`` clause reports the speaker's own words
_SAYING = event_words("saying")


def _speaker_pronoun(words: Sequence[str], s: int) -> bool:
    """``وزیراعظم نے کہا کہ وہ ... دورہ کریں گے``: a subject pronoun opening the ``کہ`` clause of a verb
    of saying is the speaker (the ``X نے`` or ``X کا کہنا`` just before)."""
    if words[s] not in ("وہ", "انہوں", "انھوں") or s < 2 or words[s - 1] != "کہ":
        return False
    k = s - 2
    while k >= 0 and words[k] in ("ہے", "ہیں", "تھا", "تھی", "تھے", "کیا", "کی", "کر", "دیا"):
        k -= 1
    # ``X سے کہا (گیا) کہ وہ ...``: the one told, not the speaker
    return k >= 1 and words[k] in _SAYING and words[k - 1] != "سے"


#: relative adverbials after which a clause's pronoun subject continues the clause before
_RELATIVE_ADVERBIALS = tuple(tuple(p.split()) for p in event_word_rows("relative_adverbials"))


def _opens_relative_adverbial(words: Sequence[str], s: int) -> bool:
    """Does the pronoun at ``s`` open a clause right after ``جس میں`` / ``جس کے دوران`` / ``جہاں``?"""
    return any(tuple(words[max(0, s - len(r)):s]) == r for r in _RELATIVE_ADVERBIALS)


def _evidence(sent: _Sentence, m: TriggerMatch, route: str, source_span: tuple[int, int] | None,
              n_sources: int, n_targets: int, marker: str | None, leftover: int) -> Evidence:
    words = sent.words
    pronoun = ""
    gap = 0
    antecedents = 0
    reported = False
    if source_span is not None:
        s, e = source_span
        if e - s == 1 and words[s] in PRONOUNS:
            reported = s > 0 and words[s - 1] == "کہ"
            pronoun = "relative" if words[s] in RELATIVES else "speaker" if _speaker_pronoun(words, s) \
                or _first_person_speaker(sent, s) is not None else "personal"
            antecedents = len({_actor_key(a)[0] for k, a in sent.anchors if k < s})  # type: ignore[index]
            if pronoun == "personal" and _opens_relative_adverbial(words, s):
                # ``X نے Y کا دورہ کیا جس میں انہوں نے ...``: the clause the relative hangs on has just named
                # its subject, which is the latest antecedent; earlier parties are no rivals
                antecedents = min(antecedents, 1)
        gap = m.start - e if e <= m.start else s - m.end
    return Evidence(route=route, pronoun=pronoun, gap=gap, nominal=m.form == "", passive=m.passive,
                    n_sources=n_sources, n_targets=n_targets, marker=marker or "", leftover=leftover,
                    source_words=source_span[1] - source_span[0] if source_span else 0,
                    source_at=source_span[0] if source_span else -1, antecedents=antecedents, reported=reported)
