"""The corpus store: SQLite with Urdu-aware full-text search, entity profiles, events and exports.

See ``docs/corpus.md`` for the schema and a first session.
"""

from khabar.store.ingest import IngestReport
from khabar.store.store import Store

__all__ = ["IngestReport", "Store"]
