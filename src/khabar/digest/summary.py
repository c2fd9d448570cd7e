"""Extractive summary. PLACEHOLDER (skeleton): the first sentences."""

from __future__ import annotations

from khabar.document import Document


def summarize(doc: Document, *, size: int = 3) -> list[int]:
    """Indexes (in document order) of the ``size`` sentences that best summarize ``doc``."""
    return list(range(min(size, len(doc.sentences))))
