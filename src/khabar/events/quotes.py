"""Quotations, direct and reported. PLACEHOLDER (skeleton): finds nothing yet."""

from __future__ import annotations

from khabar.document import Document, Quote


def extract_quotes(doc: Document) -> list[Quote]:
    """Direct and reported quotations in ``doc`` with their speakers."""
    return []
