"""Who did it and to whom: case markers, clause limits and noun-phrase chunks over a sentence's words.

Urdu marks roles with postpositions after the noun phrase: ``نے`` the agent of a perfective verb, ``کو``
a target or recipient, ``پر`` a target (``پر حملہ``، ``پر پابندیاں``), ``سے`` a partner (``سے ملاقات``)
or the one asked (``سے مطالبہ``), ``کے ساتھ`` a co-actor, ``کے خلاف`` the one opposed, and a genitive on
the predicate's noun its object (``امریکہ کا دورہ``، ``حملے کی مذمت``). Agents of passives and nominals come
with ``کی جانب سے / کی طرف سے / کے ہاتھوں``. A clause ends at ``کہ`` and at sentence punctuation, so the
subject of ``X نے کہا کہ Y نے ...`` is Y for the inner predicate.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from khabar.events.data import event_words, read_words
from khabar.events.discourse import pronoun_words

#: tokens that end a clause when looking for a predicate's arguments
CLAUSE_BOUNDARIES = event_words("clause_boundaries")
#: postpositions and the words that close a compound postposition (``کے خلاف``، ``کی جانب``): never inside a noun phrase
POSTPOSITIONS = event_words("postpositions")
#: auxiliaries, light verbs, participles and infinitives: never inside a noun phrase
_VERBAL = event_words("verbal")
#: conjunctions, relatives, particles and adverbs: never inside a noun phrase
_FUNCTION = event_words("function_words")
#: words of a time phrase (days, months, ``گزشتہ روز``): never inside an actor's noun phrase
TIME_WORDS = event_words("time_words")
#: words that open a noun phrase (a chunk never extends to their left)
DETERMINERS = event_words("determiners")
#: pronouns of every class (``data/events/pronouns.tsv``): a one-word phrase of these is never a name
PRONOUNS = pronoun_words()
#: subject relative pronouns: their antecedent is the phrase just before (``مظاہرین، جنہوں نے ...``)
RELATIVES = pronoun_words("relative")
#: the genitive postposition in its three forms
GENITIVE = event_words("genitive")
#: adverbs that may stand between a predicate noun and its genitive (``X کی ہمیشہ حمایت``، ``بھی``)
ADVERBS = event_words("adverbs")
_MAX_NP = 10
#: the longest coordinated phrase (a list of conjuncts, each at most ``_MAX_NP`` words)
_MAX_LIST = 24


def is_np_word(word: str) -> bool:
    """Can ``word`` be inside a noun phrase (a name, noun, adjective, number, genitive or coordinator)?"""
    # a word all of letters or digits (most words) holds one, so is no punctuation: only others are scanned
    if not word.isalnum() and (not word or not any(c.isalnum() for c in word)):
        return word in ("،", ",")
    return (word not in POSTPOSITIONS and word not in _VERBAL and word not in _FUNCTION
            and word not in TIME_WORDS)


def _is_boundary(words: Sequence[str], k: int) -> bool:
    # ``جو کہ`` opens a relative clause inside the phrase, not a new clause; in ``X نے جب ... کیا تو`` the
    # subject stands before ``جب`` and belongs to its clause
    return words[k] in CLAUSE_BOUNDARIES and not (k > 0 and (words[k] == "کہ" and words[k - 1] == "جو"
                                                           or words[k] == "جب" and words[k - 1] == "نے"))


def clause_floor(words: Sequence[str], i: int) -> int:
    """First index of the clause holding ``words[i]`` (after the nearest boundary to its left)."""
    k = i - 1
    while k >= 0 and not _is_boundary(words, k):
        k -= 1
    return k + 1


def clause_ceiling(words: Sequence[str], i: int) -> int:
    """End (exclusive) of the clause holding ``words[i]``."""
    k = i
    while k < len(words) and not _is_boundary(words, k):
        k += 1
    return k


def np_left(words: Sequence[str], end: int, floor: int = 0, names: Collection[int] = frozenset(),
            ) -> tuple[int, int]:
    """The noun phrase ending just before ``end``: ``(start, end)``, empty when there is none.

    ``names`` holds indexes of words inside multi-word names, which always belong to the phrase.
    """
    floor = max(floor, 0)  # callers pass ``lo - 1`` for "no lower bound"; -1 would wrap to the last word
    k = end - 1
    seg = end  # the length limit holds per conjunct: a list of names may be longer than any one phrase
    while k >= floor and seg - k <= _MAX_NP and end - k <= _MAX_LIST:
        w = words[k]
        if k in names:
            k -= 1
            continue
        if w in ("اور", "،", ","):
            seg = k
        if w in PRONOUNS and k == end - 1:
            return k, end
        if not is_np_word(w):
            break
        if w in DETERMINERS:
            # ``امریکہ اور اس کے حواری``: a determiner after a coordinator is inside the phrase
            if k - 1 >= floor and words[k - 1] in ("اور", "و") and end - k < _MAX_NP:
                k -= 2
                continue
            k -= 1
            break
        k -= 1
    start = k + 1
    # a phrase neither starts nor ends with a genitive or a coordinator
    while start < end and (words[start] in GENITIVE or words[start] in ("اور", "و", "،", ",")):
        start += 1
    if start < end and words[start] in DETERMINERS and end - start == 1:
        return end, end
    if end - start > 1 and words[start] in _RIDER_PARTICIPLES and start > 0 and words[start - 1] == "پر":
        start += 1  # ``موٹرسائیکل پر سوار | مسلح افراد``: the participle qualifies the phrase, it names no one
    if end - start == 1 and words[start] in _AGENT_PARTICIPLES and start - 1 >= floor \
            and len(words[start - 1]) > 3 and words[start - 1].endswith("نے") and words[start - 1] not in ("سامنے", "اپنے"):
        # ``دھرنا دینے والوں``: the doers are named by their act, the infinitive and its bare object
        inner, _ = np_left(words, start - 1, floor, names)
        return min(inner, start - 1), end
    return start, end


#: the agentive participle: ``X کرنے والے`` (those who do X)
_AGENT_PARTICIPLES = event_words("agent_participles")


def chunks(words: Sequence[str], lo: int, hi: int, names: frozenset[int] = frozenset(),
           ) -> list[tuple[int, int]]:
    """Maximal noun-phrase runs in ``words[lo:hi]``, split before determiners."""
    out: list[tuple[int, int]] = []
    a = None
    for k in range(lo, hi):
        w = words[k]
        if k in names or (is_np_word(w) and not (w in DETERMINERS and a is not None)):
            if a is None:
                a = k
            continue
        if a is not None:
            out.append(_trim(words, a, k))
            a = None
        if is_np_word(w) and w in DETERMINERS:
            a = k
    if a is not None:
        out.append(_trim(words, a, hi))
    return [(s, e) for s, e in out if e > s]


def _trim(words: Sequence[str], a: int, b: int) -> tuple[int, int]:
    while b > a and (words[b - 1] in GENITIVE or words[b - 1] in ("اور", "و", "،", ",")):
        b -= 1
    while a < b and (words[a] in GENITIVE or words[a] in ("اور", "و", "،", ",")):
        a += 1
    return a, b


def agent_phrase(words: Sequence[str], lo: int, hi: int, names: frozenset[int] = frozenset(),
                 ) -> tuple[int, int] | None:
    """``X کی جانب سے`` / ``X کی طرف سے`` / ``X کے ہاتھوں``: the span of X, nearest to ``hi`` first."""
    own = hi
    if hi - 2 > lo and words[hi - 1] in _DETACH_PARTICIPLES and words[hi - 2] in _PARTICIPLE_INFINITIVES:
        own = hi - 1  # ``X کی جانب سے کی جانے والی بمباری``: the participle qualifies the act's own noun
    for k in range(hi - 1, lo, -1):
        w = words[k]
        if any(x in _DETACH for x in words[k + 1:own]):
            break  # the phrase belongs to a participle or a clause before the predicate
        if any(x in _PASSIVE_PARTICIPLE for x in words[k + 1:hi - 1]):
            break  # ``X کی جانب سے Y کو دی گئی دھمکی کی مذمت``: the agent of a participle that qualifies a noun
        if any(words[j] in _PARTICIPLE_INFINITIVES and words[j + 1] not in _DETACH_PARTICIPLES
               for j in range(k + 1, min(own, len(words) - 1))):
            # ``X کی جانب سے Y کو تسلیم کیے جانے کے خلاف مظاہرے``: the agent of the infinitive, not of
            # the act that answers it
            break
        if w in ("جانب", "طرف") and words[k - 1] == "کی" and k + 1 < len(words) and words[k + 1] == "سے":
            s, e = np_left(words, k - 1, lo, names)
            if e > s:
                return s, e
        if w == "ہاتھوں" and words[k - 1] == "کے":
            s, e = np_left(words, k - 1, lo, names)
            if e > s:
                return s, e
    return None


#: the passive auxiliary as a participle: an agent phrase before one belongs to it, not to the predicate
_PASSIVE_PARTICIPLE = event_words("passive_participle")
#: words between an agent phrase and the predicate that tie the phrase to a participle or another clause
_DETACH = event_words("detach")
#: ``والی / والے / والا`` and the infinitives before them that make a passive or intransitive participle
#: (``کی جانے والی``، ``ہونے والی``): right before an act's noun, an agent phrase before them is the act's
_DETACH_PARTICIPLES = event_words("detach_participles")
_PARTICIPLE_INFINITIVES = event_words("participle_infinitives")


def between_phrase(words: Sequence[str], lo: int, hi: int, names: frozenset[int] = frozenset(),
                   ) -> tuple[int, int] | None:
    """``X اور Y کے درمیان``: the coordinated span."""
    for k in range(lo + 1, hi):
        if words[k] in ("درمیان", "مابین") and words[k - 1] == "کے":
            s, e = np_left(words, k - 1, lo, names)
            if e > s:
                return s, e
    return None


def ergatives_left(words: Sequence[str], lo: int, hi: int) -> list[int]:
    """Indexes of ``نے`` in ``words[lo:hi]``, nearest to ``hi`` first."""
    return [k for k in range(hi - 1, lo - 1, -1) if words[k] == "نے"]


def ergatives_right(words: Sequence[str], lo: int, hi: int) -> list[int]:
    return [k for k in range(lo, hi) if words[k] == "نے"]


def is_time_phrase(words: Sequence[str], s: int, e: int) -> bool:
    return words[e - 1] in TIME_WORDS or (e - s <= 3 and any(w in TIME_WORDS for w in words[s:e]))


#: heads of phrases that name places or things, not actors (``متعدد علاقوں پر``)
PLACE_HEADS = event_words("place_heads")


#: where a predicate's target may stand, by CAMEO root, nearest marker first
TARGET_MARKERS: dict[str, tuple[str, ...]] = {
    "01": ("gen", "سے"), "02": ("سے", "پر"), "03": ("کو", "سے", "ساتھ"), "04": ("سے", "ساتھ", "gen", "کو"),
    "05": ("gen", "کو", "سے", "ساتھ"), "06": ("ساتھ", "سے", "کو"), "07": ("کو", "لیے", "gen"),
    "08": ("پر", "کو", "gen", "ساتھ"), "09": ("gen",), "10": ("سے", "کو"), "11": ("gen", "پر", "کو", "خلاف"),
    "12": ("gen", "کو"), "13": ("کو", "gen", "پر"), "14": ("خلاف", "پر"), "15": ("ساتھ",), "16": ("پر", "خلاف", "کو", "gen", "ساتھ", "سے"),
    "17": ("کو", "خلاف", "gen", "پر"), "18": ("کو", "پر", "gen", "خلاف"), "19": ("پر", "کو", "خلاف", "gen", "جانب"),
    "20": ("کو", "پر", "gen"),
}
#: markers whose phrase may be a plain (unlinked) noun phrase rather than a name, by root
OPEN_MARKERS = event_words("open_markers")
OPEN_ROOTS = frozenset({"13", "17", "18", "19", "20"})
#: light verbs of giving: whatever the root, the dative ``کو`` phrase is the recipient (``X نے کمیشن کو
#: درخواست دی``، ``Y کو یقین دلایا``)
GIVING_VERBS = event_words("giving_verbs")
#: object relative pronouns: their antecedent is the target (``لڑکیاں جنہیں X نے اغوا کیا``)
OBJECT_RELATIVES = pronoun_words("object_relative")


def target_candidates(words: Sequence[str], lo: int, trigger_start: int, root: str,
                      names: frozenset[int] = frozenset(), extra: tuple[str, ...] = ()
                      ) -> list[tuple[str, int, int]]:
    """``(marker, start, end)`` of phrases that may be the target, nearest to the trigger first;
    ``extra`` markers are allowed besides the root's (``کو`` for a verb of giving)."""
    allowed = TARGET_MARKERS.get(root, ()) + extra
    out: list[tuple[str, int, int]] = []
    if "gen" in allowed:
        g = trigger_start - 1
        while g > lo and trigger_start - g <= 3 and words[g] not in GENITIVE \
                and (is_np_word(words[g]) or words[g] in ADVERBS):
            g -= 1
        if g > lo and words[g] in GENITIVE:
            s, e = np_left(words, g, lo, names)
            if e > s and words[e - 1] in PLACE_HEADS and words[e - 1] not in _AREAS:
                s, e = owner(words, s, e)  # ``حکومت کی پالیسیوں کی نکتہ چینی``: the policies' owner
            if e > s:
                out.append(("gen", s, e))
                out.extend(("gen", *a) for a in _agent_of(words, s, lo, names))
    k = trigger_start
    while k - 1 > lo:
        k -= 1
        w = words[k]
        if w in _CLAUSE_END:
            # a finite verb closes an embedded clause (``، جس میں برازیل کو ... قرار دیا گیا تھا، پر``):
            # its phrases are not the predicate's; without a relative pronoun to skip to, stop
            rel = next((r for r in range(k - 1, lo, -1) if words[r] in _RELATIVE_STARTS), None)
            if rel is None:
                break
            k = rel
            continue
        marker = None
        end = k
        if w in ("کو", "پر", "سے") and w in allowed and not (w == "سے" and k + 1 < len(words)
                                                           and words[k + 1] in _SE_COMPOUNDS):
            marker = w
        elif w in ("خلاف", "ساتھ") and w in allowed and words[k - 1] == "کے":
            marker, end = w, k - 1
        elif w in ("جانب", "طرف") and "جانب" in allowed and words[k - 1] == "کی" \
                and (k + 1 >= len(words) or words[k + 1] != "سے"):
            marker, end = "جانب", k - 1  # ``جاپان کی جانب میزائل داغا``: towards X (``کی جانب سے`` is an agent)
        elif w in ("لیے", "لئے") and "لیے" in allowed and words[k - 1] == "کے":
            marker, end = "لیے", k - 1
        elif w == "کیلئے" and "لیے" in allowed:
            marker = "لیے"
        elif w == "کیساتھ" and "ساتھ" in allowed:
            marker = "ساتھ"
        if marker is None:
            continue
        if marker == "پر" and root == "13" and not (trigger_start - k <= 4 and words[trigger_start - 1] in GENITIVE):
            continue  # only ``X پر حملے کی دھمکی``: whoever the threatened attack is on (not ``... کے نام پر``)
        if marker == "کو" and root == "10" and _asked_before(words, lo, k):
            continue  # ``انٹرپول سے X کو ... حوالے کرنے کا مطالبہ``: the one asked is the ``سے`` phrase
        if marker == "سے" and root == "10" and "کو" in words[lo + 1:k] and embedded(words, k, trigger_start):
            continue  # ``X کو ملک سے نکل جانے کا حکم``: the one ordered is the ``کو`` phrase, ``سے`` the act's own
        if embedded(words, k, trigger_start) and not (marker == "سے" and root in ("02", "10")) \
                and not (marker == "کو" and root in ("10", "13")) \
                and not (marker == "پر" and words[trigger_start] in _CHARGES):
            # (``X پر دہشت گردی پھیلانے کا الزام``: the accused stands before the act it is charged with)
            # (``X سے اقتدار چھوڑنے کا مطالبہ``: the one asked stands before the demanded act; ``X کو ملک
            # چھوڑنے کا الٹی میٹم``، ``X کو ... کرنے کا حکم``: whoever is told or threatened to act, or is
            # acted on by order, is the target either way)
            continue  # ``نوجوان کو ایک خاتون کو ریپ کرنے کے الزام میں``: the infinitive's own object
        s, e = np_left(words, end, lo, names)
        if e > s and words[e - 1] in _TOPICS:
            # ``پاکستان کی سیاسی صورتحال پر تشویش``: a topic, not a party (but ``امریکہ کی اس بات کو رد
            # کیا``: the owner of the matter pointed at may be)
            out.extend((marker, *o) for o in _pointed_owner(words, s, lo, names))
            continue
        if marker == "پر" and e > s and words[e - 1] in _GROUNDS:
            continue  # ``خاتون کی درخواست پر پولیس نے کارروائی کی``: on whose word, not against whom
        if e > s and words[e - 1] in PLACE_HEADS:
            s, e = owner(words, s, e)
            marker += OWNED  # the owner of a place must be a name or a group to be the target
        if e > s and not is_time_phrase(words, s, e):
            out.append((marker, s, e))
            out.extend((marker, *a) for a in _agent_of(words, s, lo, names))
            # ``عمران خان کے اس مطالبے کو مسترد کیا``: the owner of the thing may be the target
            out.extend((marker, *o) for o in _pointed_owner(words, s, lo, names))
            out.extend((marker, *o) for o in _charges_owner(words, s, e, lo, names))
    # ``X کے خلاف`` names the one opposed unambiguously; a genitive or nearer phrase may be the content
    # (``چیئرمین کے خلاف توہین عدالت کی درخواست``)
    return sorted(out, key=lambda c: c[0] != "خلاف")


def _pointed_owner(words: Sequence[str], s: int, lo: int, names: frozenset[int]) -> list[tuple[int, int]]:
    """``X کے اس مطالبے``: the owner X of a thing a determiner points at, when a genitive stands before it."""
    if words[s] in DETERMINERS and s - 1 > lo and words[s - 1] in GENITIVE:
        os_, oe = np_left(words, s - 1, lo, names)
        if oe > os_:
            return [(os_, oe)]
    return []


def _charges_owner(words: Sequence[str], s: int, e: int, lo: int, names: frozenset[int]) -> list[tuple[int, int]]:
    """``X کے Y پر الزامات``: the owner X of charges about Y (the genitive that opens the ``پر`` phrase)."""
    if e - s != 1 or words[s] not in _CHARGES or s - 1 <= lo or words[s - 1] != "پر":
        return []
    ps, pe = np_left(words, s - 1, lo, names)
    g = next((k for k in range(ps + 1, pe) if words[k] in GENITIVE), None)
    return [(ps, g)] if g is not None else []


#: nouns of a charge: the ``پر`` phrase before the charged act is the accused
_CHARGES = event_words("charge_nouns")


def _asked_before(words: Sequence[str], lo: int, k: int) -> bool:
    """Is there a ``سے`` phrase before ``k`` in the clause (``انٹرپول سے X کو گرفتار کرنے کا مطالبہ``)? Then it
    names the one asked, and the ``کو`` phrase is the demanded act's own object."""
    return any(words[j] == "سے" and (j + 1 >= len(words) or words[j + 1] not in _SE_COMPOUNDS)
               and words[j - 1] not in GENITIVE for j in range(lo + 2, k))


#: what follows an infinitive or participle that heads its own phrase (``فراہم کرنے والے``)
_AFTER_INFINITIVE = event_words("after_infinitive")
#: words that make ``سے`` part of a time or comparison phrase (``X سے قبل``، ``X سے زائد``), not a partner
_SE_COMPOUNDS = event_words("se_compounds")
#: finite auxiliaries that close a clause: an infinitive after one is outside the marker's clause
_CLAUSE_END = event_words("copula")
#: words that open a relative clause
_RELATIVE_STARTS = event_words("relative_starts")
#: predicative participles with a ``پر`` phrase of their own (``موٹرسائیکل پر سوار افراد``)
_RIDER_PARTICIPLES = event_words("rider_participles")


def embedded(words: Sequence[str], k: int, stop: int, reach: int = 4) -> bool:
    """Is the marker at ``k`` the argument of an infinitive right after it (``X کو Y کرنے کے``) or of a
    participle before the predicate (``کرد جنگجوؤں کو رقہ کے قریب رسد فراہم کرنے والے``)?"""
    if words[k] == "پر" and k + 1 < len(words) and words[k + 1] in _RIDER_PARTICIPLES:
        return True  # ``موٹرسائیکل پر سوار افراد نے فائرنگ کی``: the riders' vehicle, not the target
    for j in range(k + 1, min(stop - 1, k + 9)):
        if words[j] in _CLAUSE_END:
            break
        if len(words[j]) > 2 and words[j].endswith("نے") and words[j + 1] in ("والے", "والی", "والا", "والوں"):
            return True
    for j in range(k + 1, min(stop, k + reach)):
        w = words[j]
        if len(w) > 2 and w.endswith("نے") and j + 1 < len(words) and words[j + 1] in _AFTER_INFINITIVE:
            return True
        if w in POSTPOSITIONS:
            return False
    return False


#: areas: the genitive of a visit or tour of areas says where, and is handled by the caller
_AREAS = event_words("areas")
#: suffix of a marker whose phrase is the owner of a place or thing
OWNED = "+owner"
#: topics: what a concern or discussion is about
_TOPICS = event_words("topics")
#: nouns after which ``پر`` gives the grounds of an act (``X کی درخواست پر``)
_GROUNDS = event_words("grounds")
#: heads that name a statement, claim, act or policy, not a place: a nationality adjective before one
#: names its owner (``امریکی اقدام کی مذمت``: the United States')
_THINGS = event_words("things")


def _agent_of(words: Sequence[str], s: int, lo: int, names: frozenset[int]) -> list[tuple[int, int]]:
    """``امریکہ کی جانب سے عائد پابندیوں``: the agent of the thing a phrase names, when an agent phrase
    stands right before it (it is who a condemnation or rejection of the thing is aimed at)."""
    k = s - 1
    while k > s - 5 and k > lo and words[k] != "سے" and words[k] not in POSTPOSITIONS \
            and (words[k] not in GENITIVE or words[k + 1] in _PASSIVE_PARTS) and words[k] not in CLAUSE_BOUNDARIES:
        k -= 1  # a participle between (``بھارت کی طرف سے لگائے گئے الزامات``، ``عائد کی گئی پابندیوں``)
    if k - 2 > lo and words[k] == "سے" and words[k - 1] in ("جانب", "طرف") and words[k - 2] in GENITIVE:
        a, b = np_left(words, k - 2, lo, names)
        if b > a:
            return [(a, b)]
    return []


@cache
def _owned_heads() -> frozenset[str]:
    """Heads a nationality adjective before them owns: statements and decisions, and the acts of
    ``data/events/owned_acts.tsv`` (``سعودی مداخلت``)."""
    multi = read_words("owned_acts.tsv", "owned-acts table")
    return _THINGS | frozenset(w.split()[-1] for w in multi)


#: what follows the light verb ``کی``/``کے`` of a passive participle (``عائد کی گئی``)
_PASSIVE_PARTS = event_words("passive_parts")


def owner(words: Sequence[str], s: int, e: int) -> tuple[int, int]:
    """``X کے ٹھکانوں``، ``بھارتی بیان``: the phrase X that owns a place or thing, or an empty span."""
    for k in range(e - 2, s, -1):
        if words[k] in GENITIVE:
            return _trim(words, s, k)
    if e - s >= 2 and words[e - 2] not in DETERMINERS and words[e - 1] in _owned_heads():
        # ``بھارتی بیان``: the modifier before the head may name the owner (the caller wants a name)
        return s, e - 1
    return e, e
