"""Keyphrases. PLACEHOLDER (skeleton)."""

from __future__ import annotations

from khabar.document import Document, Keyword


def extract_keywords(doc: Document, *, top: int = 10) -> list[Keyword]:
    return []
