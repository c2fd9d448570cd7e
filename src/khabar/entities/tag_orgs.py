"""Organisation spans (tenth pass): what bounds an ORG span and what is no organisation at all.

One step, :func:`clean_organisations`, run last among a sentence's rules (after
``tag_news.drop_false_names``), so a span it drops or trims is never spread by the document pass.
Its words are the hand-written table ``ner_org_spans.tsv`` (kinds described in its header).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache

from khabar.entities.romanize import letter_names
from khabar.entities.tag_lexicon import ORG_SPANS_FILE, load_kind_phrases, phrase_length_at
from khabar.entities.tag_rules import BY_START, RULE_CONFIDENCE, Mention, _drop_overlaps

ORG_SPAN_KINDS = ("lead", "descriptor", "event", "tail", "generic", "faction", "head", "connective")
#: the most words of a ``descriptor`` phrase (``ٹی وی چینل``) or an ``event`` phrase
_MAX_PHRASE = 3


@cache
def load_org_spans() -> dict[str, frozenset[tuple[str, ...]]]:
    """Kind → folded words and phrases of the hand-written ``ner_org_spans.tsv``."""
    return load_kind_phrases(ORG_SPANS_FILE, ORG_SPAN_KINDS)


@cache
def _org_words(kind: str) -> frozenset[str]:
    """The first words of a kind's entries (the one-word kinds: ``lead``, ``tail``, ``head``, ``connective``)."""
    return frozenset(phrase[0] for phrase in load_org_spans()[kind])


def _phrase_at(words: Sequence[str], k: int, end: int, phrases: Collection[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` at ``words[k:end]``, 0 if none."""
    return phrase_length_at(words, k, phrases, _MAX_PHRASE, end)


def clean_organisations(words: Sequence[str], mentions: Sequence[Mention],
                        trusted: Sequence[tuple[int, int, Sequence[str]]],
                        cues: Mapping[str, Collection[str]],
                        is_nationality: Callable[[str], bool]) -> list[Mention]:
    """Tenth pass: organisation spans bounded by what is no part of a name.

    * a generic acronym or phrase (``ایس ایچ جی`` self-help group, ``جی ڈی پی``) is no name;
    * a party's faction in brackets is part of its name (``جے یو آئی ( ف )``, ``مسلم لیگ ( فنکشنل )``;
      the sixth pass did this for ``لیگ`` and one letter only);
    and for an ORG span that is not itself a trusted name:
    * words that never begin a name are trimmed off its start (``آج صبح پی آئی اے`` → ``پی آئی اے``,
      ``امیر جماعت اسلامی``), and so is a generic descriptor with the nationality before
      it (``چینی کمپنی تھری گارجز کارپوریشن``, ``امریکی اخبار نیویارک ٹائمز``); a span of nothing else
      (``امریکی کمپنی``) is dropped;
    * words that never end a name are trimmed off its end (``فیس بک اکاؤنٹس`` → ``فیس بک``);
    * a competition is no organisation: a span holding an event word with no organisation head after
      it is an EVENT (``انگلش پریمیئر لیگ``), or the trusted organisation it begins with (``آئی سی سی
      ورلڈ ٹی ٹوئنٹی ٹورنامنٹ`` → ``آئی سی سی``).
    """
    if not mentions:
        return []
    table = load_org_spans()
    generic = table["generic"]
    kept = [m for m in mentions if tuple(words[m.start:m.end]) not in generic]
    if all(m.type != "ORG" for m in kept):
        return _drop_overlaps(kept)  # (most sentences: no organisation span to bound)
    exact = {(i, j) for i, j, _types in trusted}
    trusted_org = {(i, j) for i, j, types in trusted if any(t.endswith(":ORG") for t in types)}
    starts = {i for i, _j, _types in trusted}
    n = len(words)
    out: list[Mention] = []
    for m in kept:
        if m.type != "ORG":
            out.append(m)
            continue
        start, end = m.start, m.end
        if (start, end) not in exact:
            cleaned = _clean_span(words, start, end, table, cues, is_nationality, starts, trusted_org)
            if cleaned is None:
                continue
            start, end, type_ = cleaned
            if type_ != "ORG":
                out.append(Mention(start, end, type_, m.confidence))
                continue
        end = _faction_end(words, end, n, table["faction"])
        out.append(m if (start, end) == (m.start, m.end) else Mention(start, end, "ORG", m.confidence))
    return _drop_overlaps(out)


def _clean_span(words: Sequence[str], start: int, end: int, table: Mapping[str, frozenset[tuple[str, ...]]],
                cues: Mapping[str, Collection[str]], is_nationality: Callable[[str], bool],
                starts: Collection[int], trusted_org: Collection[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The ORG span ``words[start:end]`` trimmed (start, end, type), or None where nothing is left."""
    lead, descriptor, tail, event = _org_words("lead"), table["descriptor"], _org_words("tail"), table["event"]
    # words that never begin a name, unless a trusted name begins there (``آج نیوز``); a head word
    # left alone is no name (``مطابق ایسوسی ایشن``)
    first = start
    while end - start > 1 and start not in starts and words[start] in lead:
        start += 1
    if start > first and start not in starts and all("org_head" in cues.get(w, ()) for w in words[start:end]):
        return None
    # a generic descriptor, with the nationality before it: ``امریکی اخبار نیویارک ٹائمز``
    k = start + 1 if end - start > 1 and is_nationality(words[start]) else start
    d = _phrase_at(words, k, end, descriptor) if start not in starts or k > start else 0
    if d:
        if k + d == end:
            return None  # ``امریکی کمپنی``: no name in it
        start = k + d
    while end - start > 1 and words[end - 1] in tail:
        end -= 1
    # a competition: ``انگلش پریمیئر لیگ``، ``آئی سی سی ٹیسٹ رینکنگ``
    for e in range(start + 1, end):
        if _phrase_at(words, e, end, event) and not any(
                "org_head" in cues.get(w, ()) for w in words[e + 1:end]):
            # (not the start of a longer acronym: ``آئی بی`` of ``آئی بی ایس ایف``)
            head = max((j for i, j in trusted_org if i == start and j <= e
                        and "letter" not in cues.get(words[j], ())), default=0)
            return (start, head, "ORG") if head else (start, end, "EVENT")
    return start, end, "ORG"


def _faction_end(words: Sequence[str], end: int, n: int, factions: Collection[tuple[str, ...]]) -> int:
    """Where a party's name ends with a bracketed faction after it: ``( ف )``, ``( فنکشنل )``."""
    if end < n and words[end] == "(":
        for size in range(1, _MAX_PHRASE + 1):
            close = end + 1 + size
            if close >= n or words[close - 1] == ")":
                break
            inner = tuple(words[end + 1:close])
            if close + 1 < n and words[close + 1] == "لیگ":
                break  # ``ایم کیو ایم ( ن ) لیگ``: the letter opens the next party's name
            if words[close] == ")" and ((size == 1 and len(inner[0]) == 1 and inner[0].isalpha())
                                        or inner in factions):
                return close + 1
    return end


_VOWELS = "AEIOU"
#: The Latin letters an English word written in Urdu letters may begin with, by its first letter.
_INITIALS = {
    "ا": _VOWELS, "آ": "AO", "ع": _VOWELS, "ب": "B", "پ": "P", "ت": "T", "ٹ": "T", "ث": "S", "ج": "JG", "چ": "C",
    "ح": "H", "خ": "K", "د": "D", "ڈ": "D", "ذ": "Z", "ر": "R", "ز": "Z", "ژ": "Z", "س": "SC", "ش": "SC",
    "ص": "S", "ض": "Z", "ط": "T", "ظ": "Z", "غ": "G", "ف": "FP", "ق": "QK", "ک": "KCQ", "گ": "G", "ل": "L",
    "م": "M", "ن": "N", "و": "WVOU", "ہ": "H", "ی": "YEI",
}
#: the most letters an acronym spelled in brackets runs to
_MAX_ACRONYM = 8


def _acronym(inner: Sequence[str]) -> str:
    """The Latin letters of a bracketed acronym: spelled letters (``ڈی آر ڈی او``) or one word in Latin
    capitals (``DRDO``, ``NIRDPR``); empty where it is neither."""
    letters = letter_names()
    if all(w in letters for w in inner):
        return "".join(letters[w] for w in inner)
    if len(inner) == 1 and inner[0].isascii() and inner[0].isalpha() and inner[0][0].isupper():
        return "".join(c for c in inner[0] if c.isupper())
    return ""


def _begins_with(word: str, letter: str) -> bool:
    """Whether an English word written in Urdu letters may begin with the Latin ``letter``."""
    if letter in _INITIALS.get(word[0], ""):
        return True
    return letter == "S" and word.startswith("اس") and len(word) > 3  # ``اسٹیٹ``، ``اسکل``


def add_defined_organisations(words: Sequence[str], mentions: Sequence[Mention],
                              cues: Mapping[str, Collection[str]]) -> list[Mention]:
    """``کین اینڈ بمبو ٹکنالوجی سینٹر ( سی بی ٹی سی )``، ``ڈیفنس ریسرچ اینڈ ڈیولپمنٹ آرگنائزیشن ( DRDO
    )``: the words right before a bracketed acronym whose initials spell it (English connectives
    ``آف``، ``اینڈ``، ``فار`` may be left out) are an organisation's name, when it ends in an
    organisation head word (not ``پبلک پرائیویٹ پارٹنرشپ ( پی پی پی )``). The name replaces the spans
    inside it (the CRF often takes a part: ``ایڈمنسٹریٹو سروس``); the acronym is left as tagged."""
    if "(" not in words:
        return list(mentions)
    heads, connectives = _org_words("head"), _org_words("connective")
    n = len(words)
    out = list(mentions)
    for b, word in enumerate(words):
        if word != "(" or b == 0:
            continue
        c = next((k for k in range(b + 1, min(n, b + _MAX_ACRONYM + 2)) if words[k] == ")"), 0)
        letters = _acronym(words[b + 1:c]) if c else ""
        if len(letters) < 2:
            continue
        pos, i = b - 1, len(letters) - 1
        while i >= 0 and pos >= 0 and words[pos].isalpha():
            if _begins_with(words[pos], letters[i]):
                i -= 1
            elif not (words[pos] in connectives and pos < b - 1):
                break
            pos -= 1
        start = pos + 1
        if i >= 0 or words[start] in connectives:
            continue
        last = words[b - 1]
        if not (last in heads or "org_head" in cues.get(last, ())):
            continue  # ``پبلک پرائیویٹ پارٹنرشپ ( پی پی پی )`` is no body
        kept = [m for m in out if m.end <= start or m.start >= b]
        if len(kept) < len(out) or not any(m.start == start and m.end == b for m in out):
            out = [*kept, Mention(start, b, "ORG", RULE_CONFIDENCE)]
    return sorted(out, key=BY_START)
