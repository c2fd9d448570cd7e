"""Persons shown by the words around them (eleventh pass).

One step, :func:`add_cued_persons`, run with the other name-run rules of
``NameTagger._tag_joined`` (before ``tag_news.drop_false_names``, which still sees what it adds).
Its words are the hand-written table ``ner_person_cues.tsv`` (kinds described in its header).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache

from khabar.entities.numerals import number_words
from khabar.entities.tag_lexicon import PERSON_CUES_FILE, load_kind_phrases, phrase_length_at
from khabar.entities.tag_rules import (
    BY_START,
    CASE_MARKERS,
    SEPARATORS,
    WEAK_CONFIDENCE,
    Mention,
    taken_words,
)

PERSON_CUE_KINDS = ("age", "namer", "person_noun", "profession")
#: the rule on or off (for measuring)
CUED_PERSONS = True
#: the most words of a cue phrase (``محنت کش``، ``طالب علم``)
_MAX_PHRASE = 2
#: the most words of a name a cue shows
MAX_CUED_WORDS = 3
#: words that may close a cued name besides the case markers and separators
_CLOSERS = frozenset({"اور", "نے", "بھی", "نامی"})


@cache
def load_person_cues() -> dict[str, frozenset[tuple[str, ...]]]:
    """Kind → folded words and phrases of the hand-written ``ner_person_cues.tsv``."""
    return load_kind_phrases(PERSON_CUES_FILE, PERSON_CUE_KINDS)


@cache
def _cue_starts() -> frozenset[str]:
    """The words a step of :func:`add_cued_persons` begins at: an age word, the first word of a
    profession, a namer (``نامی``)."""
    cues = load_person_cues()
    return frozenset({w for (w, *_rest) in cues["age"] | cues["namer"]} | {p[0] for p in cues["profession"]})


def _phrase_len(words: Sequence[str], k: int, phrases: Collection[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` at ``words[k:]``, 0 if none."""
    return phrase_length_at(words, k, phrases, _MAX_PHRASE)


def _is_number(word: str) -> bool:
    return word.isdigit() or word in number_words()


def add_cued_persons(words: Sequence[str], mentions: list[Mention], given_names: Collection[str],
                     name_like: Callable[[str], bool]) -> list[Mention]:
    """Untagged name words that the words around them show to be a person's (confidence 0.45, not
    spread through the article):

    * after an age, ``N سالہ`` and at most one person noun (``17 سالہ کمال``، ``چھ سالہ بچی ردا``);
    * after a profession word (``محنت کش عرفان``، ``اداکارہ میرا``), the word itself left out;
    * before ``نامی`` and a person noun (``جاوید نامی شخص``).

    A name is one to three words, each a known given name (``given_names``) or a rare name-like word
    (``name_like``), closed by a case marker, a separator, ``اور``، ``نے``، ``بھی`` or the sentence end.
    """
    n = len(words)
    cues = load_person_cues()
    # only a cue word begins a step below: the others are skipped with one lookup each
    starts = _cue_starts()
    at = [k for k, word in enumerate(words) if word in starts]
    if not at:
        return list(mentions)
    taken = taken_words(n, mentions)
    added = list(mentions)

    def name_word(i: int) -> bool:
        return not taken[i] and (words[i] in given_names or name_like(words[i]))

    for k in at:
        word = words[k]
        s = 0
        if tuple([word]) in cues["age"] and k and _is_number(words[k - 1]):
            s = k + 1
            s += _phrase_len(words, s, cues["person_noun"])
        elif not taken[k] and (m := _phrase_len(words, k, cues["profession"])):
            s = k + m
        elif tuple([word]) in cues["namer"] and _phrase_len(words, k + 1, cues["person_noun"]):
            i = k
            while i > 0 and k - i < MAX_CUED_WORDS and name_word(i - 1):
                i -= 1
            if i < k and (i == 0 or not name_like(words[i - 1])):
                added.append(Mention(i, k, "PERSON", WEAK_CONFIDENCE))
                taken[i:k] = [True] * (k - i)
            continue
        if not s:
            continue
        j = s
        while j < n and j - s < MAX_CUED_WORDS and name_word(j):
            j += 1
        closed = j == n or words[j] in CASE_MARKERS or words[j] in SEPARATORS or words[j] in _CLOSERS
        if j > s and closed:
            added.append(Mention(s, j, "PERSON", WEAK_CONFIDENCE))
            taken[s:j] = [True] * (j - s)
    return sorted(added, key=BY_START) if len(added) > len(mentions) else added


#: the rule on or off (for measuring)
PERSON_TAILS = True
#: the least Makhzan frequency band (log2 of the count) of a word taken as an everyday word
ORDINARY_MIN_BAND = 7
#: postpositions a typesetter runs on to the next word (``کیدورے`` = ``کی دورے``)
_RUN_ON_MARKERS = ("نے", "کی", "کا", "کے", "کو", "سے")


def _run_on(word: str, ordinary: Callable[[str], bool]) -> bool:
    """``کیدورے``: a postposition run on to an everyday word of four letters or more (not ``کا لیا``)."""
    return any(word.startswith(marker) and len(word) - len(marker) >= 4 and ordinary(word[len(marker):])
               for marker in _RUN_ON_MARKERS)


def trim_person_tails(words: Sequence[str], mentions: Sequence[Mention], ordinary: Callable[[str], bool],
                      person_words: Collection[str], name_words: Collection[str]) -> list[Mention]:
    """``جان کیری کیدورے`` → ``جان کیری``: the last word of a PERSON span of two words or more is no
    part of the name when the word before it is a known person-name word (``person_words``) and it is
    a postposition run on to an everyday word (``ordinary``: IL-NER has it mostly outside names, or it
    is frequent; ``کی دورے``), and neither an everyday word itself (``کالیا``, a surname, is also ``کا
    لیا``) nor a word of any name list (``name_words``).

    Not an everyday word alone: many are surnames too (``سینڈرا بلاک``، ``فوزیہ ادیب``، ``پرکاش بادل``)."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PERSON" and m.end - m.start >= 2 and words[m.end - 2] in person_words:
            last = words[m.end - 1]
            if last not in name_words and not ordinary(last) and _run_on(last, ordinary):
                m = Mention(m.start, m.end - 1, m.type, m.confidence)
        out.append(m)
    return out
