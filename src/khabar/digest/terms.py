"""The content words of a document, shared by keywords and summary.

A content token is a word of two or more letters that is not a stop word: punctuation, digits and
function words never carry what an article is about, and neither do photo credits.
"""

from __future__ import annotations

import re

from khabar.digest.lexicon import boilerplate_phrases, credit_matches, stop_words
from khabar.document import Document
from khabar.memo import remembered, remembered_each
from khabar.text.normalize import normalize
from khabar.text.runons import is_glued_future

#: a headline line is short and ends without sentence punctuation
_HEADLINE_MAX_TOKENS = 25
_END_PUNCT = frozenset("۔؟?!.")
_WORD = re.compile(r"\w+", re.UNICODE)


def is_content(norm: str, stops: frozenset[str]) -> bool:
    if stops is stop_words():
        # the answer for the shipped stop list, remembered per word: keywords and summary ask it of
        # every token of every article, and the same words come back again and again
        return remembered(_CONTENT, _is_shipped_content, norm)
    return _is_content(norm, stops)


#: :func:`is_content` with the shipped stop list, by word
_CONTENT: dict[str, bool] = {}


def _is_content(norm: str, stops: frozenset[str]) -> bool:
    # a future typed as one word (جائےگا) stays one token, while the stop list holds its parts
    return len(norm) >= 2 and norm.isalpha() and norm not in stops and not is_glued_future(norm)


def _is_shipped_content(norm: str) -> bool:
    return _is_content(norm, stop_words())


def content_words(norms: list[str]) -> list[bool]:
    """:func:`is_content` of each of ``norms`` with the shipped stop list (remembered answers looked
    up all at once)."""
    return remembered_each(_CONTENT, _is_shipped_content, norms)


def content_flags(doc: Document) -> list[bool]:
    """Per token, whether it is a content word; photo credits and caption labels
    (``Getty Images``، ``تصویر کے کاپی رائٹ``, from ``boilerplate.tsv``) are not."""
    flags = content_words([t.norm for t in doc.tokens])
    for a, b in credit_spans(doc):
        flags[a:b] = [False] * (b - a)
    return flags


def credit_spans(doc: Document) -> list[tuple[int, int]]:
    """Token ranges of photo credits and caption labels (``boilerplate.tsv``)."""
    text = (doc.norm.norm if doc.norm is not None else doc.text).casefold()
    if not any(first in text for first in boilerplate_phrases()):
        return []  # most articles hold no credit line: one pass over the text says so
    return credit_matches([t.norm for t in doc.tokens])


def headline_index(doc: Document) -> int | None:
    """0 when the first sentence is a title line (its own line, no end punctuation), else None."""
    if len(doc.sentences) < 2:
        return None
    first = doc.sentences[0]
    line = doc.text[first.start:first.end].rstrip()
    if not line or line[-1] in _END_PUNCT or "\n" in line:
        return None
    if "\n" not in doc.text[first.end:doc.sentences[1].start]:
        return None
    if len(_WORD.findall(line)) > _HEADLINE_MAX_TOKENS:
        return None
    return 0


def title_words(doc: Document) -> frozenset[str]:
    """Content words of the title: ``meta.title`` when given, else a headline first line."""
    stops = stop_words()
    if doc.meta.title:
        words = _WORD.findall(normalize(doc.meta.title).norm)
        return frozenset(w for w in words if is_content(w, stops))
    if headline_index(doc) is None:
        return frozenset()
    return frozenset(t.norm for t in doc.tokens if t.sentence == 0 and is_content(t.norm, stops))
