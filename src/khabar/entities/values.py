"""Values: DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL with normalized values.

The finders work on the normalized view (``doc.norm.norm``) folded once more, character for
character (:func:`khabar.entities.value_data.prepare`), so Urdu digits, Arabic-keyboard letters
and ``ء`` with or without a space all read the same; spans map back with ``span_to_original``.
Candidates from every finder overlap; the longest wins, and on a tie the more specific type.
Formats and rules: docs/values.md.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from khabar.document import Document, Entity
from khabar.entities.dates import find_dates
from khabar.entities.tag_lexicon import rule_words
from khabar.entities.value_amounts import find_amounts, find_ordinal_words
from khabar.entities.value_data import prepare
from khabar.entities.value_span import ValueSpan
from khabar.entities.value_times import find_times
from khabar.text.normalize import Normalized, normalize

#: tie-break on equal length: the more specific reading first
_RANK = {"DATE": 0, "TIME": 1, "MONEY": 2, "PERCENT": 3, "QUANTITY": 4, "ORDINAL": 5, "CARDINAL": 6}
_KUL = rule_words("kul")
#: without sentences: a full stop ends one, but not in a decimal or after a Latin abbreviation (Rs.)
_SENTENCE_END = re.compile(r"[۔؟!?\n]|(?<![A-Za-z])\.(?!\d)")
_DECIMAL_POINT = frozenset(".,٫")


def _in_word(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) == "Mn"


def _cuts_word(text: str, at: int) -> bool:
    """True when ``at`` falls between two letters (or marks) of one word, or after a decimal point."""
    if not 0 < at < len(text):
        return False
    if text[at - 1] == "ء" and (at < 2 or not _in_word(text[at - 2])):
        return False  # an era mark standing alone (2025ءتک): no word starts with ء
    base = at - 1
    while base > 0 and unicodedata.category(text[base]) == "Mn":
        base -= 1  # a mark belongs to the letter it sits on
    if text[base].isalpha() and _in_word(text[at]):
        return True
    return text[at - 1] in _DECIMAL_POINT and at >= 2 and text[at - 2].isdigit() and text[at].isdigit()


def _fit(span: ValueSpan, text: str, ends: list[int]) -> ValueSpan | None:
    """``span`` without blanks at its edges, or None when it cuts a word or crosses a sentence or line."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or "\n" in text[start:end] or _cuts_word(text, start) or _cuts_word(text, end):
        return None
    i = bisect.bisect_right(ends, start)
    while i < len(ends) and ends[i] < end:
        if text[ends[i] - 1] != ".":
            return None
        i += 1  # a full stop the segmenter took as an end may be an abbreviation's (Rs. 500)
    if (start, end) == (span.start, span.end):
        return span
    return ValueSpan(start, end, span.type, span.value, span.unit, span.precision)


def _lines(text: str) -> list[tuple[int, int]]:
    """``[a, b)`` of each line: a line break always ends a sentence, so no value spans one."""
    out, a = [], 0
    while (b := text.find("\n", a)) >= 0:
        if b > a:
            out.append((a, b))
        a = b + 1
    if a < len(text):
        out.append((a, len(text)))
    return out


def _line_candidates(line: str, offset: int, published: str | None, ends: list[int]) -> list[ValueSpan]:
    """Every finder's candidates in one line, in offsets of the whole text."""
    # the ends inside the line, found by bisection (``ends`` is sorted): a scan of all of them per line
    # would be quadratic in a long article
    line_ends = [e - offset for e in ends[bisect.bisect_right(ends, offset):bisect.bisect_right(ends, offset + len(line))]]
    found = (find_dates(line, published=published, sentence_ends=line_ends)
             + find_times(line) + find_amounts(line) + find_ordinal_words(line))
    if not offset:
        return found
    return [ValueSpan(s.start + offset, s.end + offset, s.type, s.value, s.unit, s.precision) for s in found]


def find_values(prepared: str, *, published: str | None = None,
                sentence_ends: list[int] | None = None) -> list[ValueSpan]:
    """Non-overlapping value spans of prepared text, in text order."""
    if sentence_ends is None:
        sentence_ends = [m.end() for m in _SENTENCE_END.finditer(prepared)]
    ends = sorted(sentence_ends)
    found: list[ValueSpan] = []
    for a, b in _lines(prepared):
        found.extend(_line_candidates(prepared[a:b], a, published, ends))
    candidates = [fitted for span in found if (fitted := _fit(span, prepared, ends)) is not None]
    candidates.sort(key=lambda s: (s.start - s.end, _RANK[s.type], s.start))
    kept: list[ValueSpan] = []
    taken = bytearray(len(prepared) + 1)
    for span in candidates:
        if span.end <= span.start or any(taken[span.start:span.end]):
            continue
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort(key=lambda s: s.start)
    return kept


def _norm_sentence_ends(doc: Document, norm: Normalized) -> list[int] | None:
    if not doc.sentences:
        return None
    to_orig = norm.to_original
    return [bisect.bisect_left(to_orig, s.end) for s in doc.sentences]


def _repair_seams(doc: Document, norm: Normalized) -> list[int]:
    """Norm offsets where space repair cut a run-together word (``کروڑروپے`` → کروڑ | روپے)."""
    toks = doc.tokens
    if not toks:
        return []
    seams = [a.end for a, b in zip(toks, toks[1:], strict=False) if a.joined and b.joined and a.end == b.start]
    if not seams:
        return []
    to_orig = norm.to_original
    return sorted({bisect.bisect_left(to_orig, s) for s in seams})


def _find_values_at_seams(prepared: str, seams: list[int], published: str | None,
                          sentence_ends: list[int] | None) -> list[ValueSpan]:
    """:func:`find_values` with a space read at each repair seam, so that a currency, scale word or
    unit run on to its neighbour (``20 کروڑڈالر``، ``5 فیصداضافہ``) ends a word as the finders need;
    the spans come back in offsets of ``prepared``."""
    spaced = "".join(prepared[a:b] + " " for a, b in zip([0, *seams], seams, strict=False)) + prepared[seams[-1]:]
    inserted = [s + i for i, s in enumerate(seams)]  # where the added spaces stand in ``spaced``
    ends = None if sentence_ends is None else [e + bisect.bisect_left(seams, e) for e in sentence_ends]
    out = []
    for span in find_values(spaced, published=published, sentence_ends=ends):
        start = span.start - bisect.bisect_left(inserted, span.start)
        end = span.end - bisect.bisect_left(inserted, span.end)
        out.append(ValueSpan(start, end, span.type, span.value, span.unit, span.precision))
    return out


def extract_values(doc: Document) -> list[Entity]:
    """Value mentions in ``doc`` (uses sentences when present, meta.published for relative dates)."""
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    prepared = prepare(norm.norm)
    published = doc.meta.published if doc.meta is not None else None
    sentence_ends = _norm_sentence_ends(doc, norm)
    seams = _repair_seams(doc, norm)
    if seams:
        spans = _find_values_at_seams(prepared, seams, published, sentence_ends)
    else:
        spans = find_values(prepared, published=published, sentence_ends=sentence_ends)
    out: list[Entity] = []
    for span in spans:
        start, end = norm.span_to_original(span.start, span.end)
        if span.type == "DATE" and doc.text[start:end] in _KUL:
            continue  # کُل with its damma is "total"; the normalized view drops the damma
        out.append(Entity(start=start, end=end, text=doc.text[start:end], type=span.type,
                          sentence=doc.sentence_of(start) if doc.sentences else 0,
                          value=span.value, unit=span.unit, precision=span.precision))
    return out
