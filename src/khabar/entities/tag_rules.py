"""Rules around the CRF: span clean-up, the dictionary pass, and name patterns.

Each rule works on one sentence of folded words and a list of :class:`Mention` word spans and
returns a new list. Most only add spans where nothing was found or trim spans; a few reshape a
span the CRF found: a place followed by an organisation head word becomes one ORG (``پنجاب اسمبلی``),
a place right after a title is split off a PERSON span (``وزیراعلیٰ سندھ مراد علی شاہ``), a place
before a road or quarter word names it (``ملتان روڈ``), and a branch place or faction letter joins
the organisation before it (``پیپلز پارٹی پنجاب``, ``مسلم لیگ ( ن )``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from khabar.entities.tag_lexicon import (
    false_name_words,
    load_cues,
    load_kb_common_words,
    load_person_names,
    load_plain_person_names,
    rule_words,
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # word index, inclusive
    end: int  # word index, exclusive
    type: str
    confidence: float


#: the sort key of mentions in text order (a C getter: the rules sort a sentence's mentions often)
BY_START = attrgetter("start")


#: Words a name never spans: list separators and sentence marks.
SEPARATORS = rule_words("separators")
#: Case markers: a name almost never spans one (under 0.3% of IL-NER train names and MK-PUCIT
#: validation names do), yet the CRF sometimes runs a span across one (``رشکئی کے مکین نوشہرہ``).
CASE_MARKERS = rule_words("case_markers")
#: Possessive pronouns that are also given names (``میری`` "my" / Mary, ``میرا`` / Meera).
POSSESSIVE_NAMES = rule_words("possessive_names")
#: Brackets and quotes: never at a name's edge.
_EDGES = frozenset({"(", ")", "[", "]", "{", "}", "«", "»", "‘", "’", "“", "”", "'", '"', "-", "–", "—"})
#: Organisation head words that start a name (``محکمہ موسمیات``) rather than end one.
LEADING_HEADS = rule_words("leading_heads")
#: Organisation head words that after a place are a common noun, not part of a name: ``لاہور
#: پولیس`` "the Lahore police", ``پاکستان ٹیم`` "the Pakistan team" (IL-NER and MK-PUCIT tag the
#: place alone). Named forces such as ``پنجاب پولیس`` come from the organisation list instead.
COMMON_NOUN_HEADS = rule_words("common_noun_heads")
#: Words for members of a body (``رکن پارلیمنٹ``، ``اراکین اسمبلی``): before its name they make a person.
_MEMBER_WORDS = rule_words("member_words")
#: Words of address after a name (``ڈاکٹر صاحب``, ``گاندھی جی``) that alone name no one.
_NOT_ALONE = rule_words("not_alone")
#: Cue kinds trimmed off the start of a person's span: offices, ranks, roles, portfolios.
_TRIMMED = frozenset({"title", "role"})
_CASE_MARKERS = CASE_MARKERS  # the same markers: never at the start of a person's span (trimmed off it)
#: Words after a person's name that are not part of it.
_TRAILING = rule_words("trailing")
#: ... and the cue kinds that with :data:`_NOT_ALONE` make no name on their own.
_NO_NAME = _TRIMMED | {"honorific"}
#: Generic place words before a place's name (``ضلع``, ``شہر``, ``دارالحکومت``) and after it
#: (``بھر``): outside the name in IL-NER and MK-PUCIT alike. ``ریاست`` and ``دریائے`` are left
#: out: they begin names (``ریاست ہائے متحدہ``, ``دریائے سندھ``).
PLACE_PREFIXES = rule_words("place_prefixes")
PLACE_SUFFIXES = rule_words("place_suffixes")
#: Place words that close a run of adjectives before a place's name (``بھارتی ریاست گجرات``).
_PLACE_WORDS = PLACE_PREFIXES | {"ریاست"}
#: Head words after a place that make the name of a facility or a quarter (``ملتان روڈ``).
PLACE_HEADS = {
    **dict.fromkeys(("روڈ", "چوک", "جیل", "مارکیٹ", "پل", "سٹریٹ", "اسٹریٹ", "شاہراہ", "بازار",
                     "ایئرپورٹ", "ائیرپورٹ", "ائرپورٹ"), "FAC"),
    **dict.fromkeys(("کالونی", "ٹاؤن", "ٹاوٴن", "ایریا", "بلاک", "سیکٹر"), "LOC"),
}
#: Quarter words after which one name-like word names a town quarter or colony (``سرجانی ٹاؤن``);
#: the other place heads (``سیکٹر``, ``ایریا``, ``بلاک``) are ordinary after ordinary words
#: (``توانائی سیکٹر``) and only extend a known place.
QUARTER_HEADS = rule_words("quarter_heads")
#: Confidence given to spans found by rules rather than the CRF.
RULE_CONFIDENCE = 0.6
#: Rules on weaker evidence (a lone given name before نے, one word before a quarter word): below the
#: tagger's bar for spreading a name to the article's other mentions (``رحمت نے`` … ``اللہ کی رحمت``).
WEAK_CONFIDENCE = 0.45


def split_at_separators(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """Cut spans at separators (``لکھنؤ ، اترپردیش`` is two names) and inside case markers, strip brackets and quotes at
    their edges, and end a span before a bracket it does not close (``کمیشن ( سی آئی سی``)."""
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        for k in range(m.start, m.end + 1):
            if k < m.end and words[k] not in SEPARATORS \
                    and not (k > m.start and words[k] in CASE_MARKERS and not _initial_ke(words, k, m)) \
                    and not (m.type == "PERSON" and words[k][:1].isdigit()):
                continue  # (a person's name holds no number: ``لائنل میسی 24 جون 1987`` ends before it)
            i, j = start, k
            start = k + 1
            while i < j and words[i] in _EDGES:
                i += 1
            while i < j and words[j - 1] in _EDGES and not (words[j - 1] == ")" and "(" in words[i:j]):
                j -= 1
            j = _before_unclosed(words, i, j)
            if i < j:
                out.append(Mention(i, j, m.type, m.confidence))
    return out


#: Spelled Latin letters that begin Indian names as initials (``ایس کے واڈکر``, ``کے ایم منشی``); ``کے``
#: (K) is also the genitive, so it counts as an initial only next to another initial.
INITIALS = rule_words("initials")


def _initial_ke(words: Sequence[str], k: int, m: Mention) -> bool:
    """``ایس کے واڈکر``, ``کے کے ترپاٹھی``: ``کے`` inside a person's span after another initial is an
    initial, not the genitive."""
    return m.type == "PERSON" and words[k] == "کے" and k + 1 < m.end and words[k - 1] in INITIALS


def _before_unclosed(words: Sequence[str], i: int, j: int) -> int:
    """``j``, or the index of the first bracket in ``words[i:j]`` left open or closed unopened."""
    opened: list[int] = []
    for k in range(i, j):
        if words[k] == "(":
            opened.append(k)
        elif words[k] == ")":
            if not opened:
                while k > i and words[k - 1] in _EDGES:
                    k -= 1
                return k
            opened.pop()
    if not opened:
        return j
    cut = opened[0]
    while cut > i and words[cut - 1] in _EDGES:
        cut -= 1
    return cut


def trim_titles(words: Sequence[str], mentions: Sequence[Mention],
                cues: Mapping[str, Collection[str]],
                offices: Collection[tuple[str, ...]] = frozenset()) -> list[Mention]:
    """``جنرل انتونیو گوتیرس`` → ``انتونیو گوتیرس``: offices, ranks and roles are not part of a name
    (a span of nothing else is dropped), nor of an organisation's name; nor are offices spelled in
    letters (``offices``: ``سابق ایم پی اے فرید خان`` → ``فرید خان``); a person's span that is only
    a form of address (``ڈاکٹر صاحب``) or the rest of an office begun before it (``وزیر اعظم``) is
    dropped; address and plural words after it (``صاحب``, ``برادران``), offices and roles are trimmed
    off its end; honorifics that belong to it (``میاں نواز شریف``, ``مولانا فضل الرحمان``) are, and a PERSON
    span right after them is extended over them."""
    out: list[Mention] = []
    for m in mentions:
        start, end = m.start, m.end
        # ``پاکستان تحریک انصاف کے چیرمین عمران خان``: the CRF may open a person's span on the case marker
        # that closes the name before it (a marker closes something, so never at a sentence or list start,
        # where ``کے سرینواس راؤ`` is the initial K; ``کو چین یونیورسٹی``, Cochin, is an organisation)
        while m.type == "PERSON" and start < end - 1 and words[start] in _CASE_MARKERS \
                and start > 0 and words[start - 1] not in SEPARATORS \
                and not (words[start] == "کے" and words[start + 1] in INITIALS):
            start += 1
        if m.type == "ORG":
            if any(w in _MEMBER_WORDS for w in words[m.start:m.end - 1]):
                continue  # ``ایرانی رکن پارلیمنٹ``: a member of a body is a person, not the body
            # ``چیئرمین پاکستان کرکٹ بورڈ``: the office is not the organisation (role words such as
            # وفاقی، صوبائی do begin organisations' names: وفاقی کابینہ)
            while start < m.end - 1 and "title" in cues.get(words[start], frozenset()):
                start += 1
        if m.type == "PERSON":
            if all(w in _NOT_ALONE or _NO_NAME & cues.get(w, frozenset()) for w in words[m.start:m.end]):
                continue  # only offices, roles and address (``جاں بحق``, ``ڈاکٹر صاحب``): no name at all
            if any(tuple(words[m.start - b:m.end]) in offices for b in (1, 2, 3) if b <= m.start):
                continue  # ``وزیر اعظم``: the rest of an office that began before the span
            while start < m.end - 1:
                if _TRIMMED & cues.get(words[start], frozenset()):
                    start += 1
                    continue
                size = _office_at(words, start, m.end, offices)
                if not size:
                    break
                start += size
            # ``پی ٹی آئی چیئرمین عمران خان``، ``ہیری پوٹر اسٹار ایما واٹسن``: what stands before an office or
            # a one-word role inside the span describes the
            # person; the name is what follows the last one (role words do not cut: ``بھائی`` and ``امام``
            # are inside names such as ``ولبھ بھائی پٹیل``)
            for k in range(m.end - 2, start, -1):
                if "title" in cues.get(words[k], frozenset()) or (words[k],) in offices:
                    start = k + 1
                    break
            while start > 0 and "honorific" in cues.get(words[start - 1], ()):
                start -= 1
            # ``اعجاز احمد صاحب``، ``مرودھو برادران``: address and plural words after the name
            while end > start + 1 and (words[end - 1] in _TRAILING
                                       or _TRIMMED & cues.get(words[end - 1], frozenset())):
                end -= 1
            # ``ناظم الامور`` (chargé d'affaires): what is left is the rest of an office whose first
            # word was trimmed
            if any(tuple(words[k:end]) in offices for k in range(max(m.start, start - 3), start)):
                continue
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, m.type, m.confidence))
    return _drop_overlaps(out)


def _office_at(words: Sequence[str], start: int, end: int, offices: Collection[tuple[str, ...]]) -> int:
    """The length of the longest office in ``offices`` at ``words[start]`` that leaves a word before
    ``end``; an office that began one word before the span counts for its part inside it (the CRF
    started ``مایہ ناز آل راؤنڈر …`` at ``ناز``)."""
    for size in (4, 3, 2, 1):
        if start + size < end and tuple(words[start:start + size]) in offices:
            return size
        if start > 0 and size > 1 and start + size - 1 < end \
                and tuple(words[start - 1:start + size - 1]) in offices:
            return size - 1
    return 0


def extend_initials(words: Sequence[str], mentions: Sequence[Mention],
                    offices: Collection[tuple[str, ...]] = frozenset(), *, max_letters: int = 3) -> list[Mention]:
    """``کے وی موہن کمار``, ``ایس کے واڈکر``: up to ``max_letters`` spelled initials right before a
    person's span belong to the name when a boundary stands before them (sentence start, separator,
    bracket, ``اور``); not an office spelled in letters (``offices``: ``ایس ایچ او``)."""
    if INITIALS.isdisjoint(words):
        return list(mentions)
    out: list[Mention] = []
    taken = taken_words(len(words), mentions)
    for m in mentions:
        i = m.start
        if m.type == "PERSON":
            while i > 0 and m.start - i < max_letters and not taken[i - 1] and words[i - 1] in INITIALS:
                i -= 1
            boundary = i == 0 or words[i - 1] in SEPARATORS or words[i - 1] in _EDGES or words[i - 1] == "اور"
            # a lone کے after a boundary is still the genitive of what stands before it, rarely an initial
            if (not boundary or words[i:m.start] == ["کے"]
                    or any(tuple(words[i:i + size]) in offices for size in (2, 3, 4))):
                i = m.start
        out.append(m if i == m.start else Mention(i, m.end, m.type, m.confidence))
    return out


def trim_place_words(words: Sequence[str], mentions: Sequence[Mention],
                     is_place: Callable[[Sequence[str]], bool] | None = None) -> list[Mention]:
    """``ضلع سوات`` → ``سوات``, ``سندھ بھر`` → ``سندھ``: generic place words are not part of a place's
    name, nor are the adjectives before them (``مشرقی شہر جلال آباد``, ``بھارتی ریاست گجرات``,
    ``جنوبی بندرگاہی شہر کوچی`` → the name); a leading ``ریاست`` goes too where the rest is a known
    place (``is_place``: ``ریاست ایلی نوائس``; ``ریاست ہائے متحدہ`` keeps it)."""
    out: list[Mention] = []
    for m in mentions:
        start, end = m.start, m.end
        if m.type in ("GPE", "LOC"):
            for k in range(end - 2, start, -1):
                # Urdu adjectives of place and direction end in ی (nisba): مشرقی، بھارتی، وسطی
                if words[k] in _PLACE_WORDS and all(w.isalpha() and w.endswith("ی") for w in words[start:k]):
                    start = k + 1
                    break
            if (words[start] == "ریاست" and end - start > 1 and is_place is not None
                    and is_place(words[start + 1:end])):
                start += 1
            while start < end - 1 and words[start] in PLACE_PREFIXES:
                start += 1
            while end > start + 1 and words[end - 1] in PLACE_SUFFIXES:
                end -= 1
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, m.type, m.confidence))
    return out


def attach_faction_letters(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """``مسلم لیگ ( ن )``, ``مسلم لیگ ق``: a party's faction letter, bracketed or not, is part of its
    name (one Urdu letter after ``لیگ``)."""
    out: list[Mention] = []
    n = len(words)
    for m in mentions:
        j = m.end
        if m.type == "ORG" and words[j - 1] == "لیگ":
            if j + 2 < n and words[j] == "(" and len(words[j + 1]) == 1 and words[j + 2] == ")":
                j += 3
            elif j < n and len(words[j]) == 1 and words[j].isalpha():
                j += 1
        out.append(m if j == m.end else Mention(m.start, j, m.type, m.confidence))
    return _drop_overlaps(out)


def join_organisation_places(mentions: Sequence[Mention]) -> list[Mention]:
    """``پیپلز پارٹی پنجاب``, ``جماعت الدعوۃ پاکستان``: a place right after an organisation names
    its branch and is part of the organisation's name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and m.type == "GPE" and prev.end == m.start:
            out[-1] = Mention(prev.start, m.end, "ORG", prev.confidence)
        else:
            out.append(m)
    return out


def extend_place_facilities(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """``ملتان روڈ``, ``لیاقت چوک``, ``اڈیالہ جیل`` (FAC), ``شادمان کالونی``, ``اورنگی ٹاؤن`` (LOC): a
    place right before a road, square, colony or similar head word names that road or quarter."""
    out: list[Mention] = []
    n = len(words)
    taken = taken_words(n, mentions)
    for m in mentions:
        j = m.end
        if m.type in ("GPE", "LOC") and j < n and words[j] in PLACE_HEADS and not taken[j]:
            out.append(Mention(m.start, j + 1, PLACE_HEADS[words[j]], m.confidence))
        else:
            out.append(m)
    return out


def agents_are_people(words: Sequence[str], mentions: Sequence[Mention],
                      is_place: Callable[[Sequence[str]], bool]) -> list[Mention]:
    """``کوئنٹن ڈی کوک نے``، ``شراپووا نے``: a "place" no place list knows, right before the ergative
    ``نے``, is a person (an unknown foreign word is the CRF's favourite place; a place that acts is a
    country or city the lists know). Not a place a weak rule found (a list of countries, ``...
    بوٹسوانہ اور کیرباتی نے``)."""
    out: list[Mention] = []
    for m in mentions:
        if m.type in ("GPE", "LOC") and m.end < len(words) and words[m.end] == "نے" \
                and m.confidence != WEAK_CONFIDENCE and not is_place(words[m.start:m.end]):
            m = Mention(m.start, m.end, "PERSON", m.confidence)
        out.append(m)
    return out


def drop_possessive_persons(words: Sequence[str], mentions: Sequence[Mention],
                            cues: Mapping[str, Collection[str]], person_words: Collection[str]) -> list[Mention]:
    """``میری شوگر`` "my sugar", not Mary Sugar: a PERSON span opened by a possessive pronoun that is
    also a given name (``میری``، ``میرا``) is a person only when a known name word follows it
    (``میری کیوری``) or a title stands before it (``اداکارہ میرا``); otherwise it is dropped."""
    return [m for m in mentions
            if not (m.type == "PERSON" and words[m.start] in POSSESSIVE_NAMES
                    and not (m.start + 1 < m.end and words[m.start + 1] in person_words)
                    and not (m.start > 0 and "title" in cues.get(words[m.start - 1], ())))]


def drop_unplaced_areas(words: Sequence[str], mentions: Sequence[Mention],
                        is_place: Callable[[Sequence[str]], bool]) -> list[Mention]:
    """``لائیوسٹاک سیکٹر``, ``بینکنگ سیکٹر``: a place span closed by an area word that is no
    quarter word (``سیکٹر``, ``ایریا``, ``بلاک``) is a place only when the words before it are a
    known place (``اوڑی سیکٹر``); otherwise it is an ordinary phrase (the CRF learnt the head)."""
    out: list[Mention] = []
    for m in mentions:
        last = words[m.end - 1]
        if m.type in ("GPE", "LOC") and m.end - m.start >= 2 and last in PLACE_HEADS \
                and last not in QUARTER_HEADS and PLACE_HEADS[last] == "LOC" \
                and not is_place(words[m.start:m.end - 1]):
            continue
        out.append(m)
    return out


def _drop_overlaps(mentions: Sequence[Mention]) -> list[Mention]:
    """Left to right, a span that overlaps a kept one is dropped."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def add_dictionary_matches(matches: Sequence[tuple[int, int, Sequence[str]]], mentions: list[Mention],
                           words: Sequence[str], common: Collection[str], *, min_words: int) -> list[Mention]:
    """Known names the CRF left untagged, from trusted gazetteer sources only.

    Knowledge-base names count from one word unless the word is mostly an ordinary word
    (``common``: ``مالی`` is Mali and "financial"), nationality adjectives always (but for the knowledge
    base's everyday spellings, ``جین``، ``چیک``، ``مہاجر``, without a word after them that shows the
    sense, ``جین مت``; ninth pass); IL-NER train names count from ``min_words``
    words; the noisy urduhack lists only inform the CRF. A name with two types is left alone.
    """
    taken = taken_words(len(words), mentions)
    added = list(mentions)
    for i, j, types in matches:
        if any(taken[i:j]):
            continue
        n = j - i
        trusted = {t[2:] for t in types if t.startswith("k:") or (t.startswith("i:") and n >= min_words)}
        # nationality adjectives are ordinary words in IL-NER (never tagged) yet always NORP; a named
        # event's one word (``اولمپکس``) is frequent in Makhzan because the event is, not as a common noun
        if n == 1 and words[i] in common and trusted not in ({"NORP"}, {"EVENT"}):
            continue
        if n == 1 and trusted == {"EVENT"} and words[i] in load_kb_common_words():
            continue
        # ... except the knowledge base's spellings that are everyday words (``جین`` gene / Jain, ``چیک``
        # cheque / Czech, ``مہاجر`` migrant / Muhajir): only where a neighbour shows the sense (``جین مت``)
        if n == 1 and trusted == {"NORP"} and words[i] in load_kb_common_words() \
                and not _norp_context(words, i):
            continue
        if len(trusted) == 1:
            added.append(Mention(i, j, trusted.pop(), RULE_CONFIDENCE))
    return sorted(added, key=BY_START)


def _norp_context(words: Sequence[str], i: int) -> bool:
    """A word right before or after ``words[i]`` that shows a nationality or religion (``جین مت``،
    ``جمہوریہ چیک``; ``ner_false_names.tsv``, kind ``norp_context``)."""
    context = false_name_words("norp_context")
    return (i + 1 < len(words) and words[i + 1] in context) or (i > 0 and words[i - 1] in context)


def add_titled_persons(words: Sequence[str], mentions: list[Mention], person_words: Collection[str],
                       common: Collection[str], cues: Mapping[str, Collection[str]],
                       rare: Callable[[str], bool] | None = None,
                       *, max_words: int = 3) -> list[Mention]:
    """``وزیراعظم شہباز شریف نے``: a title, then up to ``max_words`` name-like words closed by a case
    marker, is a PERSON when one of those words is a known person-name word, or when there are two
    or more and all are rare words (``rare``: ``وزیر دفاع لائیڈ آسٹن نے``; confidence 0.45, not
    spread). Portfolio, office and role words right after the title are skipped (``دفاع``).

    Name-like: not an ordinary word (``common``), not a cue word, letters only.
    """
    n = len(words)
    # a step begins only at a title or honorific: those are found in one comprehension first
    at = [k for k in range(n - 1) if (kinds := cues.get(words[k])) and ("title" in kinds or "honorific" in kinds)]
    if not at:
        return sorted(mentions, key=BY_START)
    taken = taken_words(n, mentions)
    added = list(mentions)
    for k in at:
        s = k + 1
        while s < n and s - k <= 2 and not taken[s] and _TRIMMED & cues.get(words[s], frozenset()):
            s += 1
        j = s
        while (j < n and j - s < max_words and not taken[j] and words[j].isalpha()
               and words[j] not in common and not cues.get(words[j])):
            j += 1
        closed = j < n and "case" in cues.get(words[j], ())
        if j > s and closed and any(w in person_words for w in words[s:j]):
            added.append(Mention(s, j, "PERSON", RULE_CONFIDENCE))
        elif j - s >= 2 and closed and rare is not None and all(rare(w) for w in words[s:j]):
            # no known name word: not spread through the article (``بلے باز کینگروز باؤلرز کا``)
            added.append(Mention(s, j, "PERSON", WEAK_CONFIDENCE))
        else:
            continue
        taken[s:j] = [True] * (j - s)
    return sorted(added, key=BY_START)


#: Eighth pass: two or more hand-written name words in a row are a PERSON even where some are also
#: everyday words (``ملک جاوید``، ``عابد ملک``، ``شجاعت عظیم``), when one of them is a plain name.
ORDINARY_NAMES_IN_RUNS = True


def add_person_name_runs(words: Sequence[str], mentions: list[Mention], person_words: Collection[str],
                         common: Collection[str], *, min_words: int = 2) -> list[Mention]:
    """``وسیم اکرم``: ``min_words`` or more known person-name words in a row are a PERSON.

    Then, among the words still untagged, ``min_words`` or more hand-written name words
    (``ner_person_names.tsv``) in a row are one too when at least one of them is a plain name
    (:func:`load_plain_person_names`), although the others may be everyday words (``ملک جاوید``،
    ``عابد ملک``، ``شجاعت عظیم``); not right after a joiner (``امن و امان``)."""
    taken = taken_words(len(words), mentions)
    added = list(mentions)
    # a run found takes only its own words, which the scan has passed: whether a word may extend a
    # run is known before the scan, for all words at once
    free = [not t and w in person_words and w not in common for w, t in zip(words, taken, strict=True)]
    for k, j in _runs(free, min_words):
        added.append(Mention(k, j, "PERSON", RULE_CONFIDENCE))
        taken[k:j] = [True] * (j - k)
    if not ORDINARY_NAMES_IN_RUNS:
        return sorted(added, key=BY_START)
    hand = load_person_names()
    plain = load_plain_person_names()
    for k, j in _runs([not t and w in hand for w, t in zip(words, taken, strict=True)], min_words):
        if any(w in plain for w in words[k:j]) and not (k and words[k - 1] in _LONE_NAME_BLOCKERS):
            added.append(Mention(k, j, "PERSON", RULE_CONFIDENCE))
    return sorted(added, key=BY_START)


def _runs(flags: list[bool], min_len: int) -> list[tuple[int, int]]:
    """``[k, j)`` of each maximal run of ``min_len`` or more true flags, left to right."""
    if flags.count(True) < min_len:
        return []  # (most sentences: no scan at all)
    out: list[tuple[int, int]] = []
    k, n = 0, len(flags)
    while k < n:
        if not flags[k]:
            k += 1
            continue
        j = k + 1
        while j < n and flags[j]:
            j += 1
        if j - k >= min_len:
            out.append((k, j))
        k = j
    return out


#: Words right before a lone name word that make it part of a longer phrase (``امن و امان``,
#: ``شعیب بن عزیز``, ``ماہ رمضان``, ``بی بی زینب``).
_LONE_NAME_BLOCKERS = rule_words("lone_name_blockers")
#: Case markers after which a lone plain name word is a person (not ``میں``: ``علی میں`` is rarely one).
_LONE_NAME_MARKERS = CASE_MARKERS - {"میں", "نے"}
#: ... and every marker a lone name word may stand before
_AGENT_MARKERS = _LONE_NAME_MARKERS | {"نے"}


def add_named_agents(words: Sequence[str], mentions: list[Mention], given_names: Collection[str]) -> list[Mention]:
    """``فیصل نے``, ``حسنات نے``: one well-known name word (``given_names``: the hand-written list and
    the knowledge base's person names, ordinary words left out) right before the agent marker
    ``نے`` is a PERSON, unless the word before it is a name word too (the CRF's business).

    Eighth pass: before the other case markers (``کو``، ``سے``، ``کا``، ``کی``، ``کے``، ``پر``; not
    ``میں``) too, when the word is also a hand-written given or family name that is no everyday word
    (:func:`load_plain_person_names`: not ``رمضان``، ``امان``، ``کریم``) and the word before it is
    untagged, no name word, honorific or title, and no joiner (``و``، ``بن``، ``ماہ``: ``امن و
    امان``). Confidence 0.45: not spread through the article."""
    added = list(mentions)
    # only a name word right before a marker can be one: those are found first, markers looked up first
    at = [i for i in range(len(words) - 1) if words[i + 1] in _AGENT_MARKERS and words[i] in given_names]
    taken = taken_words(len(words), mentions) if at else []
    plain: frozenset[str] | None = None
    for i in at:
        word, marker = words[i], words[i + 1]
        if taken[i] or (i and words[i - 1] in given_names):
            continue
        if marker != "نے":
            if marker not in _LONE_NAME_MARKERS:
                continue
            if plain is None:
                plain = load_plain_person_names()
            if word not in plain or (i and not _free_before_lone_name(words[i - 1], taken[i - 1])):
                continue
        added.append(Mention(i, i + 1, "PERSON", WEAK_CONFIDENCE))
    if LONE_NAME_PAIRS and not _PAIR_JOINERS.isdisjoint(words):
        added = _add_name_pairs(words, added, given_names)
    return sorted(added, key=BY_START) if len(added) > len(mentions) else added


#: Eighth pass: two lone plain names joined by ``اور`` or a list comma are two persons (``بلال اور خرم``).
LONE_NAME_PAIRS = True
_PAIR_JOINERS = frozenset({"اور", "،", ","})


def _add_name_pairs(words: Sequence[str], mentions: list[Mention], given_names: Collection[str]) -> list[Mention]:
    """``بلال اور خرم``، ``عثمان ، عمران اور عبدالرحمان``: lone plain hand-written names
    (:func:`load_plain_person_names`, also ``given_names``) joined by ``اور`` or a list comma are
    persons, each one word with no name word on its outer side (confidence 0.45)."""
    n = len(words)
    taken = taken_words(n, mentions)
    plain = load_plain_person_names()
    hand = load_person_names()
    # a name the lone-name rule tagged alone may be the other half (``... بلال اور خرم کو``)
    alone = {m.start for m in mentions if m.type == "PERSON" and m.end - m.start == 1
             and m.confidence == WEAK_CONFIDENCE}
    lone = [(not taken[k] or k in alone) and words[k] in plain and words[k] in given_names for k in range(n)]
    found: set[int] = set()
    for k in range(n - 2):
        if not (lone[k] and words[k + 1] in _PAIR_JOINERS and lone[k + 2]):
            continue
        if k not in found and k and not _free_before_lone_name(words[k - 1], taken[k - 1]):
            continue
        if k + 3 < n and words[k + 3] in hand:
            continue
        found.update((k, k + 2))
    return mentions + [Mention(k, k + 1, "PERSON", WEAK_CONFIDENCE) for k in sorted(found - alone)]


def _free_before_lone_name(prev: str, prev_taken: bool) -> bool:
    """The word before a lone name word leaves it alone: untagged, no name word (``مقبول باقر``,
    ``ملک جاوید``), honorific or title, and no joiner (:data:`_LONE_NAME_BLOCKERS`)."""
    return not (prev_taken or prev in _LONE_NAME_BLOCKERS or prev in load_person_names()
                or load_cues().get(prev, frozenset()) & {"honorific", "title"})


def add_named_quarters(words: Sequence[str], mentions: list[Mention], common: Collection[str],
                       cues: Mapping[str, Collection[str]]) -> list[Mention]:
    """``سرجانی ٹاؤن``, ``بیراج کالونی``: an untagged name-like word (letters, not an ordinary or a
    cue word) right before a quarter word names that quarter, a LOC of both words."""
    if QUARTER_HEADS.isdisjoint(words):
        return list(mentions)  # (most sentences: no quarter word)
    taken = taken_words(len(words), mentions)
    added = list(mentions)
    for h in range(1, len(words)):
        w = words[h - 1]
        if (words[h] in QUARTER_HEADS and not taken[h] and not taken[h - 1] and w.isalpha()
                and w not in common and not cues.get(w)):
            added.append(Mention(h - 1, h + 1, "LOC", WEAK_CONFIDENCE))
    return sorted(added, key=BY_START) if len(added) > len(mentions) else added


def _org_head(word: str, cues: Mapping[str, Collection[str]]) -> bool:
    """An organisation head word that closes a name (``اسمبلی``, ``چیمبر``), not one that opens one
    (``تحریک``) or a common noun after a place (``پولیس``, ``ٹیم``)."""
    kinds = cues.get(word, ())
    # a team word (``الیون``، ``ٹائیگرز``) closes a team's name after a place the same way
    return ("org_head" in kinds or "team" in kinds) and word not in LEADING_HEADS and word not in COMMON_NOUN_HEADS


def add_place_organisations(words: Sequence[str], mentions: list[Mention],
                            cues: Mapping[str, Collection[str]], *, max_between: int = 1) -> list[Mention]:
    """``پنجاب اسمبلی``, ``سندھ ہائیکورٹ``, ``پاکستان کرکٹ بورڈ``: a place, up to ``max_between``
    untagged words, then an organisation head word make one ORG (the place span is absorbed); not
    a head that is a common noun there (``لاہور پولیس``, ``پاکستان ٹیم``: :data:`COMMON_NOUN_HEADS`).
    A place span that already ends in such a head word is an ORG too."""
    taken = taken_words(len(words), mentions)
    out: list[Mention] = []
    n = len(words)
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        if m.type in ("GPE", "LOC") and m.end - m.start >= 2 and _org_head(words[m.end - 1], cues):
            out.append(Mention(m.start, m.end, "ORG", m.confidence))  # the CRF's ``لاہور چیمبر`` GPE
            continue
        if m.type in ("GPE", "LOC"):
            j = m.end
            while j < n and j - m.end <= max_between and not taken[j]:
                kinds = cues.get(words[j], ())
                if _org_head(words[j], cues):
                    out.append(Mention(m.start, j + 1, "ORG", m.confidence))
                    skip_until = j + 1
                    break
                if kinds or not words[j].isalpha():
                    break
                j += 1
            else:
                out.append(m)
                continue
            if skip_until == j + 1:
                continue
        out.append(m)
    return out


def split_title_places(words: Sequence[str], mentions: Sequence[Mention],
                       cues: Mapping[str, Collection[str]],
                       types_of: Callable[[Sequence[str]], Sequence[str]]) -> list[Mention]:
    """``وزیراعلیٰ سندھ مراد علی شاہ``: after a title, a known place at the start of a PERSON span
    is the title's place (GPE), and the person's name starts after it."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PERSON" and m.start > 0 and "title" in cues.get(words[m.start - 1], ()):
            for size in (3, 2, 1):
                cut = m.start + size
                if cut < m.end and any(t.endswith("GPE") for t in types_of(words[m.start:cut])):
                    out.append(Mention(m.start, cut, "GPE", m.confidence))
                    out.append(Mention(cut, m.end, "PERSON", m.confidence))
                    break
            else:
                out.append(m)
        else:
            out.append(m)
    return out


_GENITIVE = rule_words("genitive")


def drop_homographs(words: Sequence[str], mentions: Sequence[Mention],
                    homographs: Mapping[str, tuple[Collection[str], Collection[str]]]) -> list[Mention]:
    """``رحم دلی`` "mercy", ``دلی تعزیت`` "heartfelt condolence", ``مالی امداد`` "financial aid": a
    name of one or two words that holds such a word right after or before a word that shows its
    ordinary sense is no name (``ڈریسنگ روم`` as one span too), also with a genitive between
    (``اتوار کی شام``)."""
    out: list[Mention] = []
    n = len(words)
    for m in mentions:
        if m.end - m.start <= 2 and any(ordinary_sense(words, k, n, homographs) for k in range(m.start, m.end)):
            continue
        out.append(m)
    return out


def ordinary_sense(words: Sequence[str], k: int, n: int,
                   homographs: Mapping[str, tuple[Collection[str], Collection[str]]]) -> bool:
    """Whether ``words[k]``, a name that is also an ordinary word, stands in its ordinary sense."""
    contexts = homographs.get(words[k])
    if contexts is None:
        return False
    before, after = contexts
    # ``اتوار کی شام`` (Sunday evening) as well as ``اتوار شام``: a genitive may stand between
    return (k > 0 and words[k - 1] in before) or (k + 1 < n and words[k + 1] in after) \
        or (k > 1 and words[k - 1] in _GENITIVE and words[k - 2] in before)


def taken_words(n: int, mentions: Sequence[Mention]) -> list[bool]:
    """For each of ``n`` words, whether a mention covers it."""
    taken = [False] * n
    for m in mentions:
        taken[m.start:m.end] = [True] * (m.end - m.start)
    return taken


#: Words that join the items of a list of names (``کولرج ، رچرڈس اور ایلیٹ``).
_CONJUNCTIONS = rule_words("conjunctions")
#: Only a name the CRF is this sure of (its lowest label marginal) vouches for its neighbours in a list:
#: a guess would pass its type on (``وڈا`` PERSON → ``دوسہ`` PERSON, two dishes).
COORDINATION_ANCHOR = 0.9
#: What may close a list item: a separator, a conjunction, a case marker, a bracket.
_ITEM_ENDS = _CONJUNCTIONS | SEPARATORS | CASE_MARKERS | frozenset({"(", ")", "بھی", "جیسے", "وغیرہ"})


def add_coordinated_names(words: Sequence[str], mentions: list[Mention], name_like: Callable[[str], bool],
                          *, types: Collection[str] = ("PERSON", "GPE", "LOC"),
                          max_words: int = 2) -> list[Mention]:
    """``کولرج ، رچرڈس اور ایلیٹ``: an untagged list item of one or two rare name-like words
    (``name_like``) joined by a conjunction or a list comma to a name of one of ``types`` that the CRF
    is sure of (:data:`COORDINATION_ANCHOR`) is a name of that type too, when a separator, a
    conjunction or a case marker closes it (confidence 0.45: not spread). Items found so vouch for
    no further ones."""
    if not mentions or _CONJUNCTIONS.isdisjoint(words):
        return mentions
    n = len(words)
    taken = taken_words(n, mentions)
    added = list(mentions)
    for m in mentions:
        if m.type not in types or m.confidence < COORDINATION_ANCHOR:
            continue
        # to the right: name ، item / name اور item / name ، اور item
        c = m.end
        if c < n and words[c] in _CONJUNCTIONS:
            c += 1
            if c < n and words[c] == "اور" and words[c - 1] != "اور":
                c += 1
            j = c
            while j < n and j - c < max_words and not taken[j] and name_like(words[j]):
                j += 1
            if j > c and (j == n or words[j] in _ITEM_ENDS):
                added.append(Mention(c, j, m.type, WEAK_CONFIDENCE))
                taken[c:j] = [True] * (j - c)
        # to the left: item ، name / item اور name
        c = m.start - 1
        if c >= 1 and words[c] in _CONJUNCTIONS:
            i = c
            while i > 0 and c - i < max_words and not taken[i - 1] and name_like(words[i - 1]):
                i -= 1
            if i < c and (i == 0 or words[i - 1] in _ITEM_ENDS):
                added.append(Mention(i, c, m.type, WEAK_CONFIDENCE))
                taken[i:c] = [True] * (c - i)
    return sorted(added, key=BY_START) if len(added) > len(mentions) else added


def drop_programme_places(words: Sequence[str], mentions: Sequence[Mention],
                          cues: Mapping[str, Collection[str]]) -> list[Mention]:
    """``سووچھ بھارت ابھیان``, ``ڈیجیٹل انڈیا مہم``, ``پولیو مہم``: a place right before a word that
    ends a campaign's, scheme's or programme's name (cue kind ``programme``) is part of that name,
    which is no place (IL-NER never tags a place there)."""
    n = len(words)
    return [m for m in mentions
            if not (m.type in ("GPE", "LOC") and m.end < n and "programme" in cues.get(words[m.end], ()))]


#: English connectives written in Urdu letters that occur inside organisations' names and never
#: right after one ends (IL-NER train: آف 21 times inside a name, اینڈ 12, فار 6; none after one).
ORG_CONNECTIVES = rule_words("org_connectives")
#: What may end the words after such a connective.
_ORG_TAIL_ENDS = SEPARATORS | CASE_MARKERS | frozenset({"(", ")", "اور", "نے"})


def extend_organisation_connectives(words: Sequence[str], mentions: Sequence[Mention],
                                    cues: Mapping[str, Collection[str]], *, max_words: int = 3) -> list[Mention]:
    """``کراچی چیمبر آف کامرس اینڈ انڈسٹری``: an organisation the CRF ended right before ``آف``,
    ``اینڈ`` or ``فار`` goes on over the connective and up to ``max_words`` words after it (letters,
    no cue words but organisation heads and spelled letters) when a separator, a case marker, a
    bracket or another connective closes them; names found inside them join it."""
    n = len(words)
    out = sorted(mentions, key=BY_START)
    x = 0
    while x < len(out):
        m = out[x]
        c = m.end
        if m.type == "ORG" and c < n and words[c] in ORG_CONNECTIVES:
            j = c + 1
            while (j < n and j - c <= max_words and words[j].isalpha() and words[j] not in _ORG_TAIL_ENDS
                   and not (cues.get(words[j], frozenset()) - {"org_head", "letter"})):
                j += 1
            inside = [o for o in out[x + 1:] if o.start < j]
            if j > c + 1 and (j == n or words[j] in _ORG_TAIL_ENDS or words[j] in ORG_CONNECTIVES) \
                    and all(o.end <= j for o in inside):
                out[x:x + 1 + len(inside)] = [Mention(m.start, j, "ORG", m.confidence)]
                continue  # the longer name may reach another connective
        x += 1
    return out


#: Directions that begin place names (``شمال مشرقی ہندوستان``).
_DIRECTIONS = rule_words("directions")


def trim_to_known_places(words: Sequence[str], mentions: Sequence[Mention],
                         is_place: Callable[[Sequence[str]], bool], common: Collection[str]) -> list[Mention]:
    """``ساتھ انگلینڈ`` → ``انگلینڈ``: a place span of two words or more that no trusted place list
    knows as a whole (``is_place``) and that ends in a known place after ordinary words (``common``;
    no directions or adjectives: ``شمال مشرقی ہندوستان`` stays) is that place.

    Two known places in one span are left alone: the datasets differ (IL-NER dev splits ``لکھنؤ
    اترپردیش``, IL-NER train keeps ``کانپور اترپردیش`` whole, and MK-PUCIT validation keeps a city and
    its quarter or region whole, ``کراچی لیاری``; splitting them: IL-NER dev +0.006, MK-PUCIT
    validation −0.006)."""
    out: list[Mention] = []
    for m in mentions:
        i, j = m.start, m.end
        if m.type in ("GPE", "LOC") and 2 <= j - i <= 6 and not is_place(words[i:j]):
            for size in range(j - i - 1, 0, -1):
                if is_place(words[j - size:j]) and all(
                        w in common and w not in _DIRECTIONS and not w.endswith("ی") for w in words[i:j - size]):
                    m = Mention(j - size, j, m.type, m.confidence)
                    break
        out.append(m)
    return out


#: Directional adjectives that begin a region's name (``مغربی بحرالکاہل``, ``شمالی امریکہ``).
DIRECTIONAL = rule_words("directional")


def extend_directions(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """``مغربی بحرالکاہل``, ``شمال مشرقی ہندوستان``: a direction right before a place is part of the
    region's name (IL-NER: 50 such adjectives inside a place's name, one before it)."""
    if DIRECTIONAL.isdisjoint(words):
        return list(mentions)
    taken = taken_words(len(words), mentions)
    out: list[Mention] = []
    for m in mentions:
        i = m.start
        if m.type in ("GPE", "LOC") and i > 0 and not taken[i - 1] and words[i - 1] in DIRECTIONAL:
            i -= 1
            if i > 0 and not taken[i - 1] and words[i - 1] in _DIRECTIONS:
                i -= 1
        out.append(m if i == m.start else Mention(i, m.end, m.type, m.confidence))
    return out



def merge_adjacent_persons(mentions: Sequence[Mention]) -> list[Mention]:
    """``مرزا اسداللہ`` + ``خاں غالب``: two person spans with nothing between them are one name (the
    CRF began a second one at a family name; two people are written with a separator between)."""
    if sum(1 for m in mentions if m.type == "PERSON") < 2:
        return list(mentions)
    out: list[Mention] = []
    for m in sorted(mentions, key=BY_START):
        prev = out[-1] if out else None
        if prev is not None and prev.type == m.type == "PERSON" and prev.end == m.start:
            out[-1] = Mention(prev.start, m.end, "PERSON", min(prev.confidence, m.confidence))
        else:
            out.append(m)
    return out


def extend_organisation_starts(words: Sequence[str], mentions: Sequence[Mention],
                               cues: Mapping[str, Collection[str]], *, max_words: int = 3) -> list[Mention]:
    """``ایسٹ انڈیا کمپنی``, ``نیشنل بینک``: up to ``max_words`` untagged words that begin
    organisations' names (cue kind ``org_start``) right before an organisation are part of it."""
    if not any(m.type == "ORG" and m.start > 0 for m in mentions):
        return list(mentions)
    taken = taken_words(len(words), mentions)
    out: list[Mention] = []
    for m in mentions:
        i = m.start
        if m.type == "ORG":
            while (i > 0 and m.start - i < max_words and not taken[i - 1]
                   and "org_start" in cues.get(words[i - 1], ())):
                i -= 1
        out.append(m if i == m.start else Mention(i, m.end, m.type, m.confidence))
    return out


#: What may stand before a list whose first item is untagged (a word before it may end a longer name:
#: ``چنائی سپر | کنگز ، ڈولفنز ، ...``).
_LIST_OPENERS = _CONJUNCTIONS | SEPARATORS | CASE_MARKERS | frozenset({"(", ")", "یعنی", "جیسے", "مثلا"})


def add_list_members(words: Sequence[str], mentions: list[Mention], name_like: Callable[[str], bool],
                     *, types: Collection[str] = ("PERSON", "GPE", "LOC"), min_tagged: int = 2,
                     max_words: int = 2) -> list[Mention]:
    """``آکولہ ، امراوتی ، بلڈانہ ، یووتمال اور واشم``: in a list of items of one or two words joined by
    commas and ``اور``, where ``min_tagged`` items or more are names of one type and none of another,
    the untagged items of rare name-like words (``name_like``) are names of that type too."""
    n = len(words)
    # a list needs min_tagged names of one type, each next to a joiner
    joined: dict[str, int] = {}
    for m in mentions:
        if m.type in types and ((m.end < n and words[m.end] in _CONJUNCTIONS)
                                or (m.start > 0 and words[m.start - 1] in _CONJUNCTIONS)):
            joined[m.type] = joined.get(m.type, 0) + 1
    if not joined or max(joined.values()) < min_tagged:
        return mentions
    taken = taken_words(n, mentions)
    by_start = {m.start: m for m in mentions}
    added = list(mentions)
    k = 0
    while k < n:
        # items from k: each a tagged mention or a run of up to max_words untagged words, then a joiner
        items: list[tuple[int, int, Mention | None]] = []
        i = k
        while i < n:
            m = by_start.get(i)
            if m is not None:
                j, item = m.end, m
            else:
                j = i
                while j < n and j - i < max_words and not taken[j] and words[j] not in _CONJUNCTIONS \
                        and words[j] not in SEPARATORS:
                    j += 1
                if j == i or (j < n and taken[j]):
                    break
                if not (j < n and words[j] in _CONJUNCTIONS):
                    # the last item ends where its name-like words end (``چونیاں | شامل ہیں``)
                    j = next((x for x in range(i, j) if not name_like(words[x])), j)
                    if j == i:
                        break
                if i == k and k > 0 and words[k - 1] not in _LIST_OPENERS:
                    break  # a list's first item, untagged, right after a word may end a longer name
                item = None
            items.append((i, j, item))
            if j < n and words[j] in _CONJUNCTIONS:
                i = j + 1
            else:
                break
        if len(items) >= 3:
            kinds = {it.type for _i, _j, it in items if it is not None}
            tagged = sum(1 for _i, _j, it in items if it is not None)
            if len(kinds) == 1 and tagged >= min_tagged and next(iter(kinds)) in types:
                kind = next(iter(kinds))
                for i, j, it in items:
                    if it is None and all(name_like(w) for w in words[i:j]):
                        added.append(Mention(i, j, kind, WEAK_CONFIDENCE))
        k = max(k + 1, items[-1][1] if items else k + 1)
    return sorted(added, key=BY_START) if len(added) > len(mentions) else added
