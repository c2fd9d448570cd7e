"""``Store``: the corpus in one SQLite file — ingest, search, entity profiles, events, exports.

A thin facade: each method opens no transaction of its own beyond what the module it calls needs,
and translates SQLite's errors into :class:`~khabar.errors.StoreError` at this one boundary.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from khabar.document import Document
from khabar.errors import StoreError

from . import export as _export
from . import ingest as _ingest
from . import profiles, schema, search
from .ingest import IngestReport

F = TypeVar("F", bound=Callable[..., Any])


def _translating(method: F) -> F:
    @wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(f"database error: {schema.explain(exc)}", path=self.path) from exc

    return wrapper  # type: ignore[return-value]


class Store:
    """The corpus database at ``path`` (``":memory:"`` for a throwaway one)."""

    def __init__(self, path: str | os.PathLike[str] = "khabar.db", *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        if not self.path.strip():
            # sqlite3.connect("") opens a temporary database that vanishes at close: an ingest
            # would report its documents stored and lose them
            raise StoreError("no database file name given (the path is empty)")
        if readonly and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError("no such database; create it with `khabar ingest`", path=self.path)
        self.conn = schema.connect(self.path, readonly=readonly)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError("the store is open read-only", path=self.path)

    @_translating
    def ingest(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
               progress: bool = False, workers: int = 2) -> IngestReport:
        """Read, analyse, deduplicate and store files and folders."""
        self._writable()
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        return _ingest.ingest_paths(self.conn, [str(p) for p in paths], progress=progress, workers=workers)

    @_translating
    def add_documents(self, docs: Iterable[Document]) -> IngestReport:
        """Store already-analysed documents (deduplicated like an ingest)."""
        self._writable()
        return _ingest.add_documents(self.conn, docs)

    @_translating
    def search(self, query: str | None, *, entity: str | None = None, type: str | None = None,
               date_from: str | None = None, date_to: str | None = None, source: str | None = None,
               limit: int = 20, offset: int = 0) -> dict[str, Any]:
        return search.search(self.conn, query, entity=entity, type=type, date_from=date_from,
                             date_to=date_to, source=source, limit=limit, offset=offset)

    @_translating
    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT rowid, text, doc, cluster FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None:
            return None
        doc = schema.unpack_doc(row[1], row[2])
        doc["near_duplicates"] = [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE cluster = ? AND rowid != ? ORDER BY rowid", (row[3], row[0]))]
        return doc

    @_translating
    def entities(self, *, type: str | None = None, top: int = 50, match: str | None = None) -> list[dict[str, Any]]:
        """The most mentioned entities; ``match`` keeps those with a name containing it."""
        return profiles.list_entities(self.conn, type=type, top=top, match=match)

    @_translating
    def entity(self, name_or_key: str) -> dict[str, Any] | None:
        """One entity's profile: by key, QID, English name, any spelling, else a name containing it."""
        return profiles.entity_profile(self.conn, name_or_key)

    @_translating
    def events(self, *, actor: str | None = None, code: str | None = None, date_from: str | None = None,
               date_to: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        return profiles.list_events(self.conn, actor=actor, code=code, date_from=date_from,
                                    date_to=date_to, limit=limit, offset=offset)

    @_translating
    def export(self, fmt: str, out: str | os.PathLike[str]) -> dict[str, Any]:
        """Write the corpus as ``jsonl`` (a file), ``parquet`` or ``gdelt`` (a folder)."""
        return _export.export(self.conn, fmt, Path(out))

    @_translating
    def stats(self) -> dict[str, int]:
        def count(table: str) -> int:
            return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

        return {"documents": count("documents"), "entities": count("entities"),
                "mentions": count("mentions"), "values": count("value_mentions"),
                "events": count("events"), "quotes": count("quotes"),
                "clusters": self.conn.execute("SELECT count(DISTINCT cluster) FROM documents").fetchone()[0]}
