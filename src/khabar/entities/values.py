"""Values: DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL with normalized values.

PLACEHOLDER (skeleton): finds nothing yet.
"""

from __future__ import annotations

from khabar.document import Document, Entity


def extract_values(doc: Document) -> list[Entity]:
    """Value mentions in ``doc`` (needs sentences, tokens, meta.published for relative dates)."""
    return []
