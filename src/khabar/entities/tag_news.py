"""Sixth-pass rules: habits of Pakistani newspapers that the CRF, trained on Indian press releases,
gets wrong (``docs/ner.md``, "Sixth pass").

Like ``tag_rules.py``, each rule works on one sentence of folded words and a list of
:class:`~khabar.entities.tag_rules.Mention` spans and returns a new list.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from typing import NamedTuple

from khabar.entities.tag_lexicon import (
    false_name_words,
    load_common_words,
    load_cues,
    load_dateline_credits,
    load_false_names,
    load_person_names,
    phrase_length_at,
    rule_words,
    trusted_entries,
)
from khabar.entities.tag_rules import BY_START, INITIALS, WEAK_CONFIDENCE, Mention, taken_words

#: Name classes as the evaluation counts them: a GPE read as a LOC is no type error.
_CLASS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

TypesOf = Callable[[Sequence[str]], Sequence[str]]


def _office_size(words: Sequence[str], start: int, end: int, offices: Collection[tuple[str, ...]]) -> int:
    """The length of the longest office in ``offices`` at ``words[start]`` that ends by ``end``."""
    for size in (4, 3, 2, 1):
        if start + size <= end and tuple(words[start:start + size]) in offices:
            return size
    return 0


def office_organisations(words: Sequence[str], mentions: Sequence[Mention],
                         cues: Mapping[str, Collection[str]], offices: Collection[tuple[str, ...]],
                         is_place: Callable[[Sequence[str]], bool], types_of: TypesOf) -> list[Mention]:
    """``ڈی سی او لاہور``، ``ایس ایس پی حیدرآباد``، ``ڈی آئی جی آپریشنز لاہور``: an office spelled in
    letters (``offices``) and its jurisdiction are a post, not an organisation, though the CRF reads
    the letters as an acronym. The office goes; what is left is the place it serves (GPE) where a
    place list knows it, whole or at its end, an organisation where a trusted list knows it whole
    (``ڈی جی رینجرز`` → ``رینجرز``), and nothing otherwise (``ایس ایچ او سٹی``). A title word instead
    of the letters (``کمشنر کراچی``) leaves a place the same way; other titles are
    ``trim_titles``'s business. Letters right after the office letters make one acronym, no office
    (``ایم ایس ایم ای``, MSME, begins with the letters of ``ایم ایس``)."""
    if not any(m.type == "ORG" for m in mentions):
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.type != "ORG":
            out.append(m)
            continue
        s = m.start
        lettered = False
        while s < m.end:
            size = _office_size(words, s, m.end, offices)
            if size and not (s + size < m.end and words[s + size] in INITIALS):
                s += size
                lettered = True
            elif "title" in cues.get(words[s], ()):
                s += 1
            else:
                break
        if s == m.start:
            out.append(m)
            continue
        rest = words[s:m.end]
        if rest and is_place(rest):
            out.append(Mention(s, m.end, "GPE", m.confidence))
        elif not lettered:
            out.append(m)
        elif rest and any(t.endswith("ORG") for t in types_of(rest)):
            out.append(Mention(s, m.end, "ORG", m.confidence))
        else:
            # the jurisdiction at the end of a department's name (``ایلیٹ فورس پنجاب``)
            for k in range(s + 1, m.end):
                if is_place(words[k:m.end]):
                    out.append(Mention(k, m.end, "GPE", m.confidence))
                    break
    return out


def trusted_types(words: Sequence[str], mentions: Sequence[Mention],
                  trusted: Sequence[tuple[int, int, Sequence[str]]]) -> list[Mention]:
    """``کیسکو`` (Quetta's power utility) is an organisation however the CRF reads it: a span that is
    exactly a trusted name (knowledge base, hand-written lists) of one class takes that class. The
    CRF had read the unknown word as a place before ``حکام``; the lists are written name by name."""
    return retype_trusted(mentions, trusted_classes(trusted))


def trusted_classes(trusted: Sequence[tuple[int, int, Sequence[str]]]) -> dict[tuple[int, int], str]:
    """The spans of :func:`trusted_types`'s trusted matches that have one type, and that type (computed
    once per sentence: the tagger retypes three times)."""
    known: dict[tuple[int, int], str] = {}
    for i, j, types in trusted:
        kinds = {t[2:] for t in types}
        if len(kinds) == 1:
            kind = next(iter(kinds))
            if kind in _CLASS or kind == "NORP":
                known[(i, j)] = kind
    return known


def retype_trusted(mentions: Sequence[Mention], known: Mapping[tuple[int, int], str]) -> list[Mention]:
    """:func:`trusted_types` with the trusted spans' types already worked out."""
    if not known:
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        kind = known.get((m.start, m.end))
        # a nationality adjective the CRF reads as a name (``سری لنکن`` as the person Lincoln) is NORP
        if kind is not None and m.type in _CLASS and (kind == "NORP" or _CLASS[kind] != _CLASS[m.type]):
            m = Mention(m.start, m.end, kind, m.confidence)
        out.append(m)
    return out


#: Longest credit in a dateline's brackets, in words (``( بی بی سی ڈاک کام )``، ``( نمائندہ خصوصی )``).
BYLINE_MAX_WORDS = 6
#: Most credits in one dateline bracket (``( نوائے وقت نیوز + اے ایف پی + نیٹ نیوز )``).
BYLINE_MAX_CREDITS = 4
#: Longest dateline place that no list knows, in words (``کنگز ٹاؤن``، ``فیروز والہ``).
DATELINE_MAX_WORDS = 3
#: What joins credits, or the places of one dateline (``کراچی + لاہور``).
_CREDIT_JOINS = rule_words("credit_joins")
#: Mentions a dateline bracket may hold that are no name in the news: the agency, a reporter's byline
#: (``( رپورٹ : تنویر بیگ )``).
_CREDIT_TYPES = frozenset({"ORG", "PERSON"})


def drop_dateline_credits(words: Sequence[str], mentions: Sequence[Mention],
                          place_word: Callable[[str], bool] | None = None) -> list[Mention]:
    """``لاہور ( اے پی پی )``، ``کراچی ( نوائے وقت نیوز + این این آئی )``: the bracket after a dateline
    credits the agencies, desks or reporters that filed the story; a credit is no mention of the
    agency in the news, and newspaper annotators leave it untagged. The organisations and persons
    filling such a bracket are dropped. A dateline is one place or more joined by ``+`` or commas
    (``کراچی + اسلام آباد``) that opens the sentence (after quotes or commas at most); the bracket
    follows it at once and holds up to :data:`BYLINE_MAX_CREDITS` credits joined by ``+``، ``،`` or
    ``اور``, each of at most :data:`BYLINE_MAX_WORDS` words.

    With ``place_word`` (may this word be part of a place's name), a dateline place no list knows
    counts too (``کنگز ٹاؤن ( این این آئی )``): up to :data:`DATELINE_MAX_WORDS` untagged such words
    opening the sentence, when every credit in the bracket is a news agency or a
    desk's credit (``نامہ نگار``، ``سپورٹس ڈیسک``; both listed in ``ner_dateline_credits.tsv``); they are tagged a place (GPE, confidence 0.45)."""
    n = len(words)
    if "(" not in words:
        return list(mentions)
    first = next((k for k, w in enumerate(words) if w.isalnum() or not _is_mark(w)), n)
    unchanged = list(mentions)
    at = {m.start: m for m in mentions}
    place = at.get(first)
    added: Mention | None = None
    if place is not None and place.type in ("GPE", "LOC"):
        end = place.end
        # more places of the same dateline: ``کراچی + لاہور (``
        while end + 1 < n and words[end] in _CREDIT_JOINS and (nxt := at.get(end + 1)) is not None \
                and nxt.type in ("GPE", "LOC"):
            end = nxt.end
    elif place is not None and place.type == "PERSON" and place_word is not None:
        # twelfth pass: ``پورٹ الزبتھ ( اے پی پی )``: a dateline the CRF read as a person is a place
        end = place.end
        added = Mention(place.start, place.end, "GPE", place.confidence)
        mentions = [m for m in mentions if m is not place]
    elif place is None and place_word is not None:
        end = next((k for k in range(first, min(n, first + DATELINE_MAX_WORDS + 1)) if words[k] == "("), n)
        if end in (first, n) or not all(place_word(w) for w in words[first:end]) \
                or any(m.start < end and m.end > first for m in mentions):
            return list(mentions)
        added = Mention(first, end, "GPE", WEAK_CONFIDENCE)
    else:
        return list(mentions)
    if end >= n or words[end] != "(" or (credits := _credits(words, end + 1)) is None:
        return unchanged
    close = credits[-1][1]
    inside = [m for m in mentions if m.start > end and m.end <= close]
    # an unknown place only before credits that are plainly credits: an agency or a desk's
    agencies, desks = load_dateline_credits()
    if added is not None and (
            not all(tuple(words[i:j]) in agencies or not desks.isdisjoint(words[i:j]) for i, j in credits)
            or any(m.type != "ORG" for m in inside)):
        return unchanged
    # a place inside a plain credit is the credit's too (``( ڈیلی پاکستان آن لائن )``، ``( نیو زڈیسک )``:
    # ``نیوز ڈیسک`` split wrongly; ninth pass), not in other brackets (``لاہور ( پنجاب )``)
    plain = [(i, j) for i, j in credits if tuple(words[i:j]) in agencies or not desks.isdisjoint(words[i:j])]
    kept = [m for m in mentions if not (m.start > end and m.end <= close and (
        m.type in _CREDIT_TYPES or any(i <= m.start and m.end <= j for i, j in plain)))]
    return kept if added is None else sorted([*kept, added], key=BY_START)


def _credits(words: Sequence[str], start: int) -> list[tuple[int, int]] | None:
    """The credits of a bracket opened before ``start`` (each ``(i, j)``; the last ends at the ``)``), or
    None where it does not close soon, holds too many or too long credits, or holds none."""
    out: list[tuple[int, int]] = []
    i = start
    for k in range(start, min(len(words), start + BYLINE_MAX_CREDITS * (BYLINE_MAX_WORDS + 1))):
        w = words[k]
        if w == ")" or w in _CREDIT_JOINS:
            if not i < k <= i + BYLINE_MAX_WORDS:
                return None
            out.append((i, k))
            if w == ")":
                return out
            if len(out) == BYLINE_MAX_CREDITS:
                return None
            i = k + 1
        elif w == "(":
            return None
    return None


def _is_mark(word: str) -> bool:
    """Quotes, commas and the like that may stand before a dateline in scraped text (``"," لاہور``)."""
    return all(not c.isalnum() for c in word)


#: Lone letters that are words or endings of their own: ``و`` "and" (``فضل و کرم``), and the endings
#: that some tokenizations cut off on purpose (the nisba ``ی`` of ``پاکستان ی``, oblique ``ے``, plural
#: ``ں``), where joining would turn a place into its adjective.
_NOT_SPLIT_LETTERS = rule_words("not_split_letters")
#: The lone letters a split may leave (checked first: most sentences have none).
_SPLIT_LETTERS = frozenset("اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںھہءیے")
#: Letters that do not join the next one: the typesetting gap comes after them (``سند ھ``, ``ملتا ن``).
_NON_JOINING = frozenset("اآأدڈذرڑزژوؤ")


def join_split_letters(words: Sequence[str], vocabulary: Collection[str]) -> tuple[list[str], list[int]] | None:
    """``سند ھ``، ``ملتا ن``، ``اسلا م آباد``: typesetting in Pakistani papers splits a word before its
    last letter; where a word and one lone letter after it spell a known name word (``vocabulary``)
    they are one word again (not ``و`` "and": ``فضل و کرم``). Returns the joined words and, for each, the index of its first word in
    ``words``; None when nothing is joined (the common case, and cheap: one length test per word)."""
    n = len(words)
    if _SPLIT_LETTERS.isdisjoint(words):
        return None
    joins = [k for k in range(n - 1) if len(words[k + 1]) == 1 and words[k + 1].isalpha()
             and words[k + 1] not in _NOT_SPLIT_LETTERS and words[k][-1] in _NON_JOINING
             and words[k] not in vocabulary and words[k] + words[k + 1] in vocabulary]
    if not joins:
        return None
    joined: list[str] = []
    first: list[int] = []
    k = 0
    at = iter(joins)
    nxt = next(at, n)
    while k < n:
        first.append(k)
        if k == nxt:
            joined.append(words[k] + words[k + 1])
            k += 2
            nxt = next(at, n)
            while nxt < k:  # a letter already joined cannot begin the next join
                nxt = next(at, n)
        else:
            joined.append(words[k])
            k += 1
    return joined, first


def unjoin_mentions(mentions: Sequence[Mention], first: Sequence[int], n: int) -> list[Mention]:
    """Mentions over :func:`join_split_letters`'s words as mentions over the ``n`` original words."""
    ends = [*first[1:], n]
    return [Mention(first[m.start], ends[m.end - 1], m.type, m.confidence) for m in mentions]


_OFFICE_KINDS = frozenset({"title", "role"})


def cut_places_at_offices(words: Sequence[str], mentions: Sequence[Mention], cues: Mapping[str, Collection[str]],
                          is_place: Callable[[Sequence[str]], bool],
                          vocabulary: Collection[str] = frozenset()) -> list[Mention]:
    """``کراچی سابق ناظم کراچی``، ``میزبان ویسٹ انڈیز``، ``چین تجارت``: a place span the CRF ran over
    an office or role word (a dateline, then "former mayor of Karachi") is cut there, and of the
    pieces the places a trusted list knows (``is_place``) are kept. A name the lists know whole
    (``ناظم آباد``، ``شہر قائد``) stays; a word that also begins organisations' and facilities' names
    (``ایئر``) does not cut, nor one that with its neighbour spells a known name word (``vocabulary``:
    ``وزیر ستان`` is Waziristan split)."""
    out: list[Mention] = []
    for m in mentions:
        if m.type not in ("GPE", "LOC") or m.end - m.start < 2:
            out.append(m)
            continue
        cuts = [k for k in range(m.start, m.end) if _cuts_place(words, k, cues, vocabulary)]
        if cuts and is_place(words[m.start:m.end]):
            cuts = []
        if not cuts:
            out.append(m)
            continue
        start = m.start
        for k in [*cuts, m.end]:
            if start < k and is_place(words[start:k]):
                out.append(Mention(start, k, m.type, m.confidence))
            start = k + 1
    return out


def _cuts_place(words: Sequence[str], k: int, cues: Mapping[str, Collection[str]], vocabulary: Collection[str]) -> bool:
    kinds = cues.get(words[k], frozenset())
    if not _OFFICE_KINDS & kinds or "org_start" in kinds:
        return False
    return not ((k + 1 < len(words) and words[k] + words[k + 1] in vocabulary)
                or (k > 0 and words[k - 1] + words[k] in vocabulary))


def name_streets(words: Sequence[str], mentions: Sequence[Mention], street_words: Mapping[str, str]) -> list[Mention]:
    """``خواجہ صفدر روڈ``، ``علامہ اقبال ٹاؤن``، ``پٹیل پاڑہ``: a person's name right before (or a
    person span ending in) a road or quarter word (``street_words``, word → FAC or LOC) names that
    road or quarter; streets and quarters of Pakistani cities are named after people."""
    if street_words.keys().isdisjoint(words):
        return list(mentions)
    n = len(words)
    out: list[Mention] = []
    taken_from = -1
    for k, m in enumerate(mentions):
        if m.start < taken_from:
            continue
        if m.type == "PERSON":
            if m.end - m.start >= 2 and words[m.end - 1] in street_words:
                m = Mention(m.start, m.end, street_words[words[m.end - 1]], m.confidence)
            elif m.end < n and words[m.end] in street_words \
                    and not (k + 1 < len(mentions) and mentions[k + 1].start == m.end):
                m = Mention(m.start, m.end + 1, street_words[words[m.end]], m.confidence)
                taken_from = m.end
        out.append(m)
    return out


def cut_at_breaks(words: Sequence[str], mentions: Sequence[Mention], breaks: frozenset[str]) -> list[Mention]:
    """``برطانیہ سمیت یورپ`` → ``برطانیہ``، ``یورپ``; ``نعیم قریشی ودیگر`` → ``نعیم قریشی``: a span is
    cut at a word no name spans (``breaks``: "including", "and others", ``نامی`` "named"), like at a
    separator; the pieces keep the span's type."""
    if breaks.isdisjoint(words):
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        for k in range(m.start, m.end + 1):
            if k < m.end and words[k] not in breaks:
                continue
            if start < k:
                out.append(m if (start, k) == (m.start, m.end) else Mention(start, k, m.type, m.confidence))
            start = k + 1
    return out


def trim_trailing_words(words: Sequence[str], mentions: Sequence[Mention], common: Collection[str],
                        cues: Mapping[str, Collection[str]], types_of: TypesOf,
                        name_words: Collection[str]) -> list[Mention]:
    """``کراچی آمد`` "arrival in Karachi" → ``کراچی``, ``لیسکو حکام`` → ``لیسکو``: an ordinary word
    (``common``; no cue word such as an organisation head, and no word of a trusted name,
    ``name_words``) at the end of a span whose rest is a trusted name of the span's class is no part
    of the name."""
    out: list[Mention] = []
    for m in mentions:
        last = words[m.end - 1]
        if m.end - m.start >= 2 and last in common and last not in name_words and not cues.get(last) \
                and any(_CLASS.get(t[2:]) == _CLASS.get(m.type) for t in types_of(words[m.start:m.end - 1])):
            m = Mention(m.start, m.end - 1, m.type, m.confidence)
        out.append(m)
    return out


def join_place_organisations(words: Sequence[str], mentions: Sequence[Mention], cues: Mapping[str, Collection[str]],
                             types_of: TypesOf, nationalities: Callable[[str], bool]) -> list[Mention]:
    """``سندھ | پبلک سروس کمیشن``، ``پاکستان | مسلم لیگ ( ن )``، ``پنجاب | اولمپک ایسوسی ایشن``: a
    place right before an organisation that ends in an organisation head word is the first word of
    its name (the CRF begins the name after a place). Not an acronym (``پاکستان آئی ایم ایف
    مذاکرات``) or a name that opens with a nationality (``جرمنی یورپی یونین``), and not a place that
    opens the sentence, a dateline (``کراچی متحدہ قومی موومنٹ کے ...``), unless the whole is a
    trusted name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type == "ORG" and prev.type in ("GPE", "LOC") and prev.end == m.start:
            whole = words[prev.start:m.end]
            trusted = any(t.endswith("ORG") for t in types_of(whole))
            # the head before a faction letter: ``مسلم لیگ ( ن )``
            head = next((w for w in reversed(words[m.start:m.end]) if len(w) > 1 and w.isalpha()), "")
            if trusted or (prev.start > 0 and "org_head" in cues.get(head, ())
                           and words[m.start] not in INITIALS and not nationalities(words[m.start])):
                out[-1] = Mention(prev.start, m.end, "ORG", max(prev.confidence, m.confidence))
                continue
        out.append(m)
    return out


_SPLIT_TYPES = frozenset({"PERSON", "GPE", "LOC"})


def split_leading_names(words: Sequence[str], mentions: Sequence[Mention],
                        trusted: Sequence[tuple[int, int, Sequence[str]]], person_words: Collection[str],
                        is_place: Callable[[Sequence[str]], bool] = lambda words: False,
                        name_like: Callable[[str], bool] = lambda word: False) -> list[Mention]:
    """``نیب فصیح بخاری``، ``پیسکو طارق سدوزئی``، ``رحیم یار خان سہیل ظفر``: a person span that opens
    with a trusted organisation or place (the body or district a person heads, or a dateline) is
    that name and then the person, when two or more words follow and one of them is a known
    person-name word (``person_words``). A one-word place that is also a given name (``ریاض``،
    ``شیراز``) stays in the name. A place span goes the same way (``لاہور امین وینس`` after an office)
    when the words after the place begin with a given name and are all name words or rare
    (``name_like``), and are no place themselves (``is_place``)."""
    if not trusted or not any(m.type in _SPLIT_TYPES and m.end - m.start >= 3 for m in mentions):
        return list(mentions)
    first = {i: (j, types) for i, j, types in trusted}
    out: list[Mention] = []
    for m in mentions:
        lead = first.get(m.start) if m.type in _SPLIT_TYPES else None
        if lead is not None:
            j, types = lead
            kinds = {t[2:] for t in types}
            rest = words[j:m.end]
            if len(kinds) == 1 and len(rest) >= 2 and any(w in person_words for w in rest) \
                    and (m.type == "PERSON" or (rest[0] in person_words and not is_place(rest)
                                                and all(w in person_words or name_like(w) for w in rest))):
                kind = next(iter(kinds))
                single_name = j - m.start == 1 and words[m.start] in person_words
                if kind == "ORG" or (kind in ("GPE", "LOC") and not single_name):
                    out.append(Mention(m.start, j, kind, m.confidence))
                    out.append(Mention(j, m.end, "PERSON", m.confidence))
                    continue
        out.append(m)
    return out


def add_suffixed_places(words: Sequence[str], mentions: Sequence[Mention], suffixes: frozenset[str],
                        name_like: Callable[[str], bool]) -> list[Mention]:
    """``رسال پور``، ``لعل گڑھ``، ``نواں کوٹ``: an untagged word right before a word that ends place
    names (``suffixes``, written apart) names a town or village (LOC, confidence 0.45: not spread),
    when it is a rare name-like word (``name_like``) and no oblique infinitive (ending in ``نے``)."""
    return _add_named_heads(words, mentions, suffixes, lambda _head: "LOC",
                            lambda w: not w.endswith("نے") and name_like(w))


def add_named_streets(words: Sequence[str], mentions: Sequence[Mention], street_words: Mapping[str, str],
                      name_like: Callable[[str], bool]) -> list[Mention]:
    """``لٹن روڈ``، ``ابل چوک``، ``پٹیل پاڑہ``: an untagged rare name-like word (``name_like``) right
    before a road, square or quarter word (``street_words``) names that road or quarter (its type
    there: FAC or LOC; confidence 0.45, not spread)."""
    return _add_named_heads(words, mentions, street_words.keys(), street_words.__getitem__, name_like)


def _add_named_heads(words: Sequence[str], mentions: Sequence[Mention], heads: AbstractSet[str],
                     type_of: Callable[[str], str], names: Callable[[str], bool]) -> list[Mention]:
    """An untagged word that ``names`` accepts right before an untagged word of ``heads`` makes a
    mention of the two, of type ``type_of(head)`` (confidence 0.45, not spread)."""
    if heads.isdisjoint(words):
        return list(mentions)
    taken = taken_words(len(words), mentions)
    added = list(mentions)
    for k in range(1, len(words)):
        if words[k] in heads and not taken[k] and not taken[k - 1] and names(words[k - 1]):
            added.append(Mention(k - 1, k + 1, type_of(words[k]), WEAK_CONFIDENCE))
            taken[k - 1:k + 1] = [True, True]
    return sorted(added, key=BY_START) if len(added) > len(mentions) else added


#: Name types a lone loanword or month is never (organisations are left alone: ``ٹیم``، ``کلب``).
_LONE_TYPES = frozenset({"PERSON", "GPE", "LOC"})
_BRACKETS = frozenset("()[]{}")
#: ``برائے`` "for" opens an adviser's portfolio (``مشیر برائے ہوا بازی``), trimmed off a person's start
_PORTFOLIO_FOR = rule_words("portfolio_for")
#: the most words a portfolio after ``برائے`` runs to (``برائے سمندر پار پاکستانی``)
_PORTFOLIO_WORDS = 3


def drop_false_names(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """Ninth pass: false names in fresh news text (hand-written ``ner_false_names.tsv``).

    * a mention that is exactly an idiom or title (``جان لیوا`` "deadly", ``پہیہ جام`` a strike), or a
      person span holding one (``پہیہ جام ہڑتال``), is dropped;
    * an English loanword in Urdu letters (``میراتھن``، ``فائنل``، ``ٹینکر``) is never a one-word person or
      place, nor a span of loanwords only (``وائی فائی``); a person span that begins with one is dropped
      (``ایلیفنٹ پولو``، ``سکن کیئر``), loanwords at its end are trimmed off (``پریانکا فلم`` →
      ``پریانکا``; the span is dropped unless a known name word is left: ``ایل این جی ٹینکر``، ``آئس
      پولو``; two words that spell a loanword count as one, ``ہیلی کاپٹر``), and English
      role words open none (``اسٹرائیکر محمد صلاح`` → ``محمد صلاح``);
    * a plural, oblique or feminine ordinary noun (``صدور``، ``مریضہ``، ``پاکستانیوں``) is no one-word
      person and ends none (``سمندر پار پاکستانیوں``), nor does an organisation head word: a person span
      ending in one is the organisation (``عارف حبیب لمیٹڈ`` ORG);
    * a month alone in a date's context (a digit or ``ماہ``، ``المرجب`` next to it), or with its epithet
      (``رجب المرجب``), is no name (``رجب`` is also a person: ``جبریل رجب``);
    * a person span holding a holiday word or right after one (``عید میلاد النبی``), a bracket
      (a dateline run into the next sentence) or one word twice (``بال بال`` "narrowly") is dropped,
      and ``برائے`` and the ordinary words after it (an adviser's portfolio: ``مشیر برائے ہوا بازی``)
      are trimmed off a person's start.
    """
    if not mentions:
        return []
    (loans, roles, nouns, months, date_cues, holidays, phrases, org_ends, fac_ends, not_alone, concept_ends,
     longest_phrase) = _false_name_lists()
    cues = load_cues()
    given = load_person_names()
    out: list[Mention] = []
    for m in mentions:
        span = words[m.start:m.end]
        if m.type == "PERSON" and len(span) > 1 and span[-1] in concept_ends:
            continue  # ``ڈک ورتھ لوئس میتھڈ``: a method named after people
        if m.type != "NORP" and (held := _phrase_in(span, phrases, longest_phrase)) is not None:
            # ``جان لیوا``; a person span holding one: ``پہیہ جام ہڑتال``; ``پاکستانی لیگ اسپنر`` is no name;
            # a place with a phrase after it keeps the place (twelfth pass): ``پاکستان زندہ باد`` → ``پاکستان``
            if held[0] == 0 or held[1] < len(span) or m.type not in ("GPE", "LOC"):
                continue
            m = Mention(m.start, m.start + held[0], m.type, m.confidence)
            span = words[m.start:m.end]
        if m.type in _LONE_TYPES and (len(span) == 1 or "".join(span) in loans):
            word = "".join(span)  # ``میر اتھن``: a loanword split by typesetting is one word
            if word in loans or word in roles or (m.type == "PERSON" and (word in nouns or word in not_alone)):
                continue
            if word in months and _date_context(words, m.start, date_cues):
                continue
        if m.type in _LONE_TYPES and len(span) > 1 and span[0] in months and all(w in date_cues for w in span[1:]):
            continue  # ``رجب المرجب``
        if m.type != "PERSON":
            if m.type in _LONE_TYPES and all(w in loans or w in roles for w in span):
                continue  # ``سائیکل پولو``، ``وائی فائی`` as a place
            if m.type in ("GPE", "LOC") and len(span) > 1 and span[-1] in fac_ends:
                m = Mention(m.start, m.end, "FAC", m.confidence)  # ``شیخ زید سٹیڈیم``
            out.append(m)
            continue
        start = m.start
        while start < m.end - 1 and words[start] in roles:
            start += 1
        if words[start] in _PORTFOLIO_FOR:
            # the portfolio runs up to the honorific or known name word that opens the name
            start = next((k for k in range(start + 1, m.end) if _opens_name(words[k], cues, given)), m.end)
            if start == m.end:
                continue
        elif any(w in _PORTFOLIO_FOR for w in words[max(0, start - _PORTFOLIO_WORDS):start]):
            # a span opening inside the portfolio (``برائے ہوا | بازی سردار ...``) loses its rest too,
            # when an honorific shows where the name begins (a listed name word may be a surname:
            # ``برائے اطلاعات فردوس عاشق اعوان`` stays whole)
            start = next((k for k in range(start, m.end - 1) if "honorific" in cues.get(words[k], ())), start)
        span = words[start:m.end]
        if len(span) > 1 and (span[-1] in org_ends or span[-1] in fac_ends):
            out.append(Mention(start, m.end, "ORG" if span[-1] in org_ends else "FAC", m.confidence))
            continue
        end = m.end
        while end > start + 1:
            if end > start + 2 and words[end - 2] + words[end - 1] in loans:
                end -= 2  # ``ہیلی کاپٹر``: a loanword written apart
            elif words[end - 1] in loans or words[end - 1] in roles:
                end -= 1  # ``پریانکا فلم`` → ``پریانکا``
            else:
                break
        # what is left must end in a known name word (``ایل این جی ٹینکر``، ``آئس پولو`` are no names)
        if end < m.end and (words[end - 1] not in _name_words() or "".join(words[start:end]) in loans
                            or all(w in INITIALS for w in words[start:end])
                            or (end - start == 1 and words[start] in not_alone)):
            continue
        span = words[start:end]
        if span[0] in loans or span[-1] in loans or span[-1] in nouns or span[-1] in roles \
                or any(w in holidays or w in _BRACKETS for w in span) \
                or (m.start > 0 and words[m.start - 1] in holidays) \
                or (len(span) == 2 and span[0] == span[1]):
            continue
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, m.type, m.confidence))
    return out


class _FalseNameLists(NamedTuple):
    loans: frozenset[str]
    roles: frozenset[str]
    nouns: frozenset[str]
    months: frozenset[str]
    date_cues: frozenset[str]
    holidays: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    org_ends: frozenset[str]
    fac_ends: frozenset[str]
    not_alone: frozenset[str]
    concept_ends: frozenset[str]
    longest_phrase: int


@cache
def _false_name_lists() -> _FalseNameLists:
    """:func:`drop_false_names`'s word lists, fetched once (not eleven lookups a sentence)."""
    phrases = load_false_names()["phrase"]
    return _FalseNameLists(*map(false_name_words, ("loan", "loan_role", "noun", "month", "date_cue", "holiday")),
                           phrases, *map(false_name_words, ("org_end", "fac_end", "not_alone", "concept_end")),
                           max(map(len, phrases), default=0))


def _phrase_in(span: Sequence[str], phrases: Collection[tuple[str, ...]], longest: int) -> tuple[int, int] | None:
    """Where the leftmost (then longest) phrase of ``phrases`` inside ``span`` begins and ends, or None."""
    for k in range(len(span)):
        if n := phrase_length_at(span, k, phrases, longest):
            return k, k + n
    return None


@cache
def _name_words() -> frozenset[str]:
    """Person-name words a name trimmed of a loanword must end in: the hand-written given and family
    names and the knowledge base's and people list's person words, less ordinary words."""
    words = {w for names, type_ in trusted_entries() if type_ == "PERSON" for w in names}
    return frozenset((words | load_person_names()) - load_common_words())


def _opens_name(word: str, cues: Mapping[str, Collection[str]], given: Collection[str]) -> bool:
    """A word that may open a person's name after a portfolio: an honorific (``سردار``) or a listed name."""
    return word in given or "honorific" in cues.get(word, ())


def _date_context(words: Sequence[str], k: int, date_cues: Collection[str]) -> bool:
    """A month at ``k`` with a digit or a date word (``ماہ``، ``المرجب``) right before or after it."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(words) and (words[j] in date_cues or any(c.isdigit() for c in words[j])):
            return True
    return False
