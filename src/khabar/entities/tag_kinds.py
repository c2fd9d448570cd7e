"""Spans whose kind their own words show (twelfth pass: false and mistyped names in real news).

Run at the end of ``NameTagger._tag_joined``, after ``tag_news.drop_false_names`` and before the
document-level spread, so a span dropped or retyped here is never spread as it was. Word lists are
in ``ner_rule_words.tsv`` (lists ``match_events``, ``match_sports``, ``match_event_blockers``,
``place_ends``, ``family_place_ends``, ``headworks``, ``time_units``) and the ``team`` cue kind of ``ner_cues.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from khabar.entities.numerals import number_words
from khabar.entities.tag_lexicon import rule_words
from khabar.entities.tag_rules import SEPARATORS, Mention, taken_words

#: words after a place that name a match or tournament held there (``ابوظہبی ٹیسٹ``، ``ووہان اوپن``)
MATCH_EVENTS = rule_words("match_events")
#: words right after such a span that show the place's team instead (``پاکستان ٹیسٹ ٹیم``)
_MATCH_BLOCKERS = rule_words("match_event_blockers")
#: sports named after a match word (``ووہان اوپن ٹینس``)
_MATCH_SPORTS = rule_words("match_sports")
#: words that end the names of places and tribal areas and never a person's (``دتہ خیل``)
PLACE_ENDS = rule_words("place_ends")
#: ... that are family names too after a given name (``کامران ملا خیل``): a place of two words only
_FAMILY_ENDS = rule_words("family_place_ends")
#: the word that opens a headworks' name (``ہیڈ محمد والا``)
_HEADWORKS = rule_words("headworks")
#: units of time: a number word and one of these measure a time, they name nothing (``پونے چار ماہ``)
TIME_UNITS = rule_words("time_units")
#: the rules on or off (for measuring)
KINDS_RULES = True


def retype_by_words(words: Sequence[str], mentions: Sequence[Mention],
                    cues: Mapping[str, Collection[str]], person_words: Collection[str] = frozenset()) -> list[Mention]:
    """A PERSON or place span ending in a team word is the team (``دھونی الیون``، ``سڈنی تھنڈر``: ORG,
    as ``نیوزی لینڈ الیون`` already was); a PERSON or place span whose words after the first hold a
    match word is the match (``ابوظہبی ٹیسٹ``، ``ووہان اوپن ٹینس``: EVENT), not before a team word
    (``پاکستان ٹیسٹ ٹیم``); a PERSON span ending in a tribal or administrative place word is a place
    (``دتہ خیل``، ``لاہور ڈویژن``; ``خیل`` only after one word: ``کامران ملا خیل`` is a judge), and one
    of two words or more right after ``ہیڈ`` that ends in no known person-name word is, with it, the
    headworks (``ہیڈ محمد والا``: FAC)."""
    out: list[Mention] = []
    n = len(words)
    taken = taken_words(n, mentions)
    for m in mentions:
        if m.type == "PERSON" and m.end - m.start == 1:
            m = _extend_to_match(words, m, taken)
        if m.type in ("PERSON", "GPE", "LOC") and m.end - m.start >= 2:
            last = words[m.end - 1]
            if "team" in cues.get(last, ()):
                m = Mention(m.start, m.end, "ORG", m.confidence)
            elif _ends_in_match(words, m) and not (m.end < n and words[m.end] in _MATCH_BLOCKERS):
                m = Mention(m.start, m.end, "EVENT", m.confidence)
            elif (m.type == "PERSON" and m.start > 0 and words[m.start - 1] in _HEADWORKS
                  and last not in person_words):  # ``ریجنل ہیڈ نسیم احمد`` is a regional head
                m = Mention(m.start - 1, m.end, "FAC", m.confidence)
            elif m.type == "PERSON" and last in PLACE_ENDS and (m.end - m.start == 2 or last not in _FAMILY_ENDS):
                m = Mention(m.start, m.end, "GPE", m.confidence)
        out.append(m)
    return out


def _extend_to_match(words: Sequence[str], m: Mention, taken: Sequence[bool]) -> Mention:
    """A one-word person right before untagged match words takes them (``سنسناٹی ماسٹرز کے سیمی فائنل``:
    the CRF's ``سنسناٹی`` PERSON); :func:`retype_by_words` then makes the whole the match. Not a
    place: ``دبئی`` of ``دبئی ٹیسٹ`` is the city, linked, and stays so."""
    end = m.end
    while end < len(words) and not taken[end] and (words[end] in MATCH_EVENTS or (
            end > m.end and words[end] in _MATCH_SPORTS)):
        end += 1
    return m if end == m.end else Mention(m.start, end, m.type, m.confidence)


def _ends_in_match(words: Sequence[str], m: Mention) -> bool:
    """The span goes on from a match word after its first word to its end over match and sport words
    only (``ووہان اوپن ٹینس``; not ``کراچی اوپن مارکیٹ``, the open market)."""
    k = next((k for k in range(m.start + 1, m.end) if words[k] in MATCH_EVENTS), m.end)
    return k < m.end and all(w in MATCH_EVENTS or w in _MATCH_SPORTS for w in words[k:m.end])


def _latin(word: str) -> bool:
    """A word of Latin letters only (``caption``; not ``14/8R``, a plot number)."""
    return word.isascii() and word.isalpha()


def trim_latin_starts(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """A Latin word opens no name written in Urdu letters (``caption یوگیندر``: a picture caption's
    label left in the text): Latin words at the start of a span that goes on in Urdu are trimmed off;
    an all-Latin span (``BBC``) is left alone."""
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        while start < m.end - 1 and _latin(words[start]):
            start += 1
        if start > m.start and not _latin(words[start]):
            m = Mention(start, m.end, m.type, m.confidence)
        out.append(m)
    return out


def is_time_span(span: Sequence[str]) -> bool:
    """A span holding a number word right before a unit of time (``پونے چار ماہ``، ``دو سال``)."""
    numbers = number_words()
    return any(span[k] in numbers and span[k + 1] in TIME_UNITS for k in range(len(span) - 1))


#: what joins the items of a list of names (``کین ولیمسن ، روس ٹیلر ، ٹام لیتھم``)
_LIST_JOINS = SEPARATORS | rule_words("conjunctions")


def persons_in_person_lists(words: Sequence[str], mentions: Sequence[Mention],
                            is_trusted_place: Callable[[Sequence[str]], bool],
                            person_words: Collection[str]) -> list[Mention]:
    """A place span of two words or more that no trusted list knows whole and that ends in a known
    person-name word, between two persons of a list (``کین ولیمسن ، روس ٹیلر ، ٹام لیتھم``: ``روس`` is
    Russia), is a person too (not ``وارسک روڈ`` in a list of places and people)."""
    out = list(mentions)
    for k in range(1, len(out) - 1):
        before, m, after = out[k - 1], out[k], out[k + 1]
        if (m.type in ("GPE", "LOC") and m.end - m.start >= 2 and before.type == after.type == "PERSON"
                and before.end + 1 == m.start and m.end + 1 == after.start
                and words[m.start - 1] in _LIST_JOINS and words[m.end] in _LIST_JOINS
                and words[m.end - 1] in person_words and not is_trusted_place(words[m.start:m.end])):
            out[k] = Mention(m.start, m.end, "PERSON", m.confidence)
    return out


def trim_not_name_starts(words: Sequence[str], mentions: Sequence[Mention],
                         not_names: Collection[str], person_words: Collection[str] = frozenset()) -> list[Mention]:
    """A word that is never a name (``ner_not_names.tsv``: ``گیند`` "ball") opens no person's name:
    ``کی گیند اظہرعلی کے ہاتھوں میں`` → ``اظہرعلی``; else the article's other ``گیند`` are spread as
    the first name of a person. Not one that is also a known person-name word (``جیت سنگھ``)."""
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        while (m.type == "PERSON" and start < m.end - 1 and words[start] in not_names
               and words[start] not in person_words):
            start += 1
        out.append(m if start == m.start else Mention(start, m.end, m.type, m.confidence))
    return out


def persons_by_surname(words: Sequence[str], mentions: Sequence[Mention],
                       is_known_place: Callable[[Sequence[str]], bool], person_words: Collection[str]) -> list[Mention]:
    """A place span of two words or more, none of them a known place, that ends in a known
    person-name word is a person (``جرمنی کی اینجلییک کربر``: the CRF reads rare foreign words as places)."""
    out: list[Mention] = []
    for m in mentions:
        if (m.type == "GPE" and m.end - m.start >= 2 and words[m.end - 1] in person_words
                and not any(is_known_place([w]) for w in words[m.start:m.end])
                and not is_known_place(words[m.start:m.end])):
            m = Mention(m.start, m.end, "PERSON", m.confidence)
        out.append(m)
    return out
