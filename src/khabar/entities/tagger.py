"""Named-entity tagger (names only: PERSON, ORG, GPE, LOC, NORP, EVENT, ...).

PLACEHOLDER (skeleton): tags nothing yet.
"""

from __future__ import annotations

from khabar.document import Document, Entity


def tag_entities(doc: Document) -> list[Entity]:
    """Name mentions in ``doc`` (needs sentences and tokens), unlinked, with offsets into doc.text."""
    return []
