"""Linking name mentions to canonical entities (Wikidata QID + English name).

PLACEHOLDER (skeleton): returns mentions unchanged.
"""

from __future__ import annotations

from khabar.document import Document, Entity


def link_entities(doc: Document, entities: list[Entity]) -> list[Entity]:
    """Fill ``entity_id``/``name_en``/``name_rom`` (and correct ``type``) of name mentions."""
    return entities
