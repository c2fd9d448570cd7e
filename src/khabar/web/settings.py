"""What the web app needs to know about its environment, in one place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from khabar.errors import StoreError


@dataclass(frozen=True, slots=True)
class Settings:
    db: str
    max_analyze_bytes: int = 1_000_000
    analyze_timeout: float = 20.0

    @contextmanager
    def store(self) -> Iterator:
        """A read-only Store for one request (SQLite connections do not cross threads)."""
        from khabar.store import Store

        if not Path(self.db).exists():
            raise StoreError(f"database {self.db} does not exist; run 'khabar ingest' first")
        store = Store(self.db, readonly=True)
        try:
            yield store
        finally:
            store.close()
