"""What the web app needs to know about its environment, in one place."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from khabar.errors import StoreError

# One read-only Store per worker thread and database file, kept open between requests: opening a
# connection per request cost about 0.8 ms and started every request with a cold page cache.
# SQLite connections do not cross threads, so the pool is thread-local; a file replaced at the
# same path (a new inode) gets a fresh connection.
_local = threading.local()


@dataclass(frozen=True, slots=True)
class Settings:
    db: str
    max_analyze_bytes: int = 1_000_000
    analyze_timeout: float = 20.0

    @contextmanager
    def store(self) -> Iterator:
        """This thread's read-only Store on the database."""
        yield _thread_store(self.db)


def _thread_store(db: str):  # noqa: ANN202 - Store is imported lazily
    from khabar.store import Store

    try:
        st = os.stat(db)
    except OSError:
        raise StoreError(f"database {db} does not exist; run 'khabar ingest' first") from None
    stores: dict[str, tuple[tuple[int, int], Store]] = _local.__dict__.setdefault("stores", {})
    ident = (st.st_dev, st.st_ino)
    held = stores.get(db)
    if held is not None and held[0] == ident:
        return held[1]
    if held is not None:
        held[1].close()
    store = Store(db, readonly=True)
    stores[db] = (ident, store)
    return store
