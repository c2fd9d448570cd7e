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

from khabar.document import Document, Entity
from khabar.entities.dates import find_dates
from khabar.entities.value_amounts import find_amounts, find_ordinal_words
from khabar.entities.value_data import prepare
from khabar.entities.value_span import ValueSpan
from khabar.entities.value_times import find_times
from khabar.text.normalize import Normalized, normalize

#: tie-break on equal length: the more specific reading first
_RANK = {"DATE": 0, "TIME": 1, "MONEY": 2, "PERCENT": 3, "QUANTITY": 4, "ORDINAL": 5, "CARDINAL": 6}
_KUL = frozenset({"کُل", "کُلّ", "كُل"})
_SENTENCE_END = re.compile(r"[۔؟!?\n]|\.(?!\d)")


def find_values(prepared: str, *, published: str | None = None,
                sentence_ends: list[int] | None = None) -> list[ValueSpan]:
    """Non-overlapping value spans of prepared text, in text order."""
    if sentence_ends is None:
        sentence_ends = [m.end() for m in _SENTENCE_END.finditer(prepared)]
    candidates = (find_dates(prepared, published=published, sentence_ends=sentence_ends)
                  + find_times(prepared) + find_amounts(prepared) + find_ordinal_words(prepared))
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


def extract_values(doc: Document) -> list[Entity]:
    """Value mentions in ``doc`` (uses sentences when present, meta.published for relative dates)."""
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    prepared = prepare(norm.norm)
    published = doc.meta.published if doc.meta is not None else None
    spans = find_values(prepared, published=published, sentence_ends=_norm_sentence_ends(doc, norm))
    out: list[Entity] = []
    for span in spans:
        start, end = norm.span_to_original(span.start, span.end)
        if span.type == "DATE" and doc.text[start:end] in _KUL:
            continue  # کُل with its damma is "total"; the normalized view drops the damma
        out.append(Entity(start=start, end=end, text=doc.text[start:end], type=span.type,
                          sentence=doc.sentence_of(start) if doc.sentences else 0,
                          value=span.value, unit=span.unit, precision=span.precision))
    return out
