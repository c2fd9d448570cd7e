"""BIO tags ↔ spans, shared by the tagger, its training script and the NER evaluation."""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int, str]


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """``(i, j, type)`` spans (``j`` exclusive) of a BIO sequence; a stray ``I-X`` starts a span."""
    spans: list[Span] = []
    start = -1
    cur = ""
    for i, tag in enumerate(tags):
        if tag == "O":  # (most tags: the span open, if any, ends here)
            if cur:
                spans.append((start, i, cur))
                cur = ""
            continue
        if tag.startswith("I-") and cur == tag[2:]:
            continue
        if cur:
            spans.append((start, i, cur))
            cur = ""
        if tag.startswith(("B-", "I-")):
            start, cur = i, tag[2:]
    if cur:
        spans.append((start, len(tags), cur))
    return spans


def spans_bio(n: int, spans: Sequence[Span]) -> list[str]:
    tags = ["O"] * n
    for i, j, type_ in spans:
        tags[i] = "B-" + type_
        for k in range(i + 1, j):
            tags[k] = "I-" + type_
    return tags
