"""Event extraction. PLACEHOLDER (skeleton): finds nothing yet."""

from __future__ import annotations

from khabar.document import Document, Event


def extract_events(doc: Document) -> list[Event]:
    """Events in ``doc`` (needs sentences, tokens, linked entities and values)."""
    return []
