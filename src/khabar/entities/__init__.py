"""Entities: statistical tagger, canonical knowledge base, linking, and values."""
