"""Span edges and places shown by their setting (thirteenth pass).

Run at the end of ``NameTagger._tag_joined``, after the twelfth pass's ``tag_kinds`` rules and before
the document-level spread, so a span trimmed or retyped here is never spread as it was. Word lists
are in ``ner_rule_words.tsv`` (lists ``place_settings``, ``setting_suffixes``, ``number_heads``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.entities.numerals import number_words
from khabar.entities.tag_lexicon import load_person_names, rule_words
from khabar.entities.tag_rules import (
    BY_START,
    CASE_MARKERS,
    SEPARATORS,
    WEAK_CONFIDENCE,
    Mention,
    add_list_members,
    taken_words,
)

#: nouns that, after ``کے``, show the words before them to be a place (``گڈو کے مقام پر`` "at Guddu",
#: ``خویشگی کے علاقے``، ``سیالکوٹ کے نواحی گاؤں``); MK-PUCIT validation tags no person before them
PLACE_SETTINGS = rule_words("place_settings")
#: words after which a number is part of a place's name (``چک نمبر 45``)
_NUMBER_HEADS = rule_words("number_heads")
#: village endings written apart that a place-setting noun shows to belong to the name before them
#: (``گنڈا سنگھ والا کے مقام پر``)
_SETTING_SUFFIXES = rule_words("setting_suffixes")
#: words that join the items of a list of names (``،``، ``اور``; ``tag_rules``' list of them)
_LIST_JOINERS = rule_words("conjunctions")
#: the rules on or off (for measuring)
EDGE_RULES = True
#: the types whose names never end in a number (an ORG or EVENT may: ``ریسکیو 1122``، ``ورلڈ ٹی 20``)
_NUMBERLESS_TYPES = frozenset({"PERSON", "GPE", "LOC"})


def _is_digits(word: str) -> bool:
    return word.isdigit()


def _number_word(word: str) -> bool:
    """A number word that is no given name (``صفر``، ``چار``; not ``انیس``, nineteen and Anees)."""
    return word in number_words() and word not in load_person_names()


def trim_trailing_numbers(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """A person's or place's name does not end in a number: a weather report's ``مری 19 ، لاہور 23``
    (rain in millimetres) or a scorecard's ``سجاول ریاض 18`` (runs) loses it, and a person's a number
    word too (``گلین میکسویل صفر``, out for nought); a span of digits only
    is dropped (``2007`` as GPE). Not after ``نمبر`` (``چک نمبر 45``, a village)."""
    out: list[Mention] = []
    for m in mentions:
        if all(map(_is_digits, words[m.start:m.end])):
            continue
        end = m.end
        if m.type in _NUMBERLESS_TYPES:
            while end - 1 > m.start and words[end - 2] not in _NUMBER_HEADS and (
                    _is_digits(words[end - 1]) or (m.type == "PERSON" and _number_word(words[end - 1]))):
                end -= 1
        out.append(m if end == m.end else Mention(m.start, end, m.type, m.confidence))
    return out


def _opener(word: str) -> bool:
    """A word after which a name may begin: a case marker or a separator."""
    return word in CASE_MARKERS or word in SEPARATORS


def _before_setting(words: Sequence[str], end: int) -> bool:
    """``words[end:]`` open with ``کے`` and a place-setting noun (``کے مقام``، ``کے علاقے``)."""
    return end + 1 < len(words) and words[end] == "کے" and words[end + 1] in PLACE_SETTINGS


def places_by_setting(words: Sequence[str], mentions: Sequence[Mention],
                      name_like: Callable[[str], bool]) -> list[Mention]:
    """Names right before ``کے`` and a place-setting noun are places (GPE):

    * a PERSON span, with a village ending written apart after it (``گوٹھ طوطی زرداری کے مقام پر``،
      ``گنڈا سنگھ والا کے مقام پر``: villages named after people);
    * one or two untagged rare name-like words at the sentence start or after a case marker or a
      separator (``دریائے سندھ میں چاچڑاں کے مقام پر``، ``پولیس نے خویشگی کے علاقے``; confidence 0.45,
      not spread; not ``آبی وسیلے کے مقام``).
    """
    n = len(words)
    taken = taken_words(n, mentions)
    out: list[Mention] = []
    for m in mentions:
        end = m.end + 1 if m.end < n and words[m.end] in _SETTING_SUFFIXES and not taken[m.end] else m.end
        if m.type == "PERSON" and _before_setting(words, end):
            m = Mention(m.start, end, "GPE", m.confidence)
        out.append(m)
    for k in range(1, n):
        if words[k] != "کے" or not _before_setting(words, k) or taken[k - 1] or not name_like(words[k - 1]):
            continue
        start = k - 1
        if start > 0 and not taken[start - 1] and name_like(words[start - 1]):
            start -= 1
        if start > 0 and (taken[start - 1] or not _opener(words[start - 1])):
            continue  # the tail of a longer name (``کوٹ لالو``) or of a phrase (``آبی وسیلے``)
        out.append(Mention(start, k, "GPE", WEAK_CONFIDENCE))
    return sorted(out, key=BY_START)


def add_scored_list_members(words: Sequence[str], mentions: Sequence[Mention],
                            name_like: Callable[[str], bool]) -> list[Mention]:
    """A list whose items each carry a figure (a scorecard's ``شان ولیمز 24 ، رچمونڈ موتمبمی 21 ،
    تناشے پیانگارا 12 اور ...`` runs, a weather report's ``مری 19 ، سیدو شریف 16`` millimetres) is
    a list of names like any other: the figures right before a joiner are set aside and
    ``tag_rules.add_list_members`` reads the rest (two tagged items of one type and none of another
    make the untagged rare name-like items names of that type; 0.45, not spread)."""
    n = len(words)
    taken = taken_words(n, mentions)
    kept = [k for k in range(n)
            if not (_is_digits(words[k]) and not taken[k] and k + 1 < n and words[k + 1] in _LIST_JOINERS)]
    if len(kept) == n:
        return list(mentions)
    index = {k: i for i, k in enumerate(kept)}
    if any(m.start not in index or m.end - 1 not in index for m in mentions):
        return list(mentions)
    view = [words[k] for k in kept]
    found = add_list_members(view, [Mention(index[m.start], index[m.end - 1] + 1, m.type, m.confidence)
                                    for m in mentions], name_like)
    added = [Mention(kept[m.start], kept[m.end - 1] + 1, m.type, m.confidence)
             for m in found if m.confidence == WEAK_CONFIDENCE and not any(taken[kept[m.start]:kept[m.end - 1] + 1])]
    return sorted([*mentions, *added], key=BY_START) if added else list(mentions)
