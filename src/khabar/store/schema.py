"""The SQLite schema of the corpus store, its version and its migrations.

``PRAGMA user_version`` holds the schema version. :data:`MIGRATIONS` is the ordered list of scripts
that take a database from version ``i`` to ``i + 1``; :func:`migrate` runs the missing ones in one
transaction, so a database is never left half-migrated. A database with a version above
:data:`SCHEMA_VERSION` was written by a newer khabar and is refused (``SchemaVersionError``).

The full-text index is contentless: it holds the *index text* of each document (see
:mod:`khabar.store.fold`: the pipeline's normalizer, a digit fold, tokens joined by spaces), which is
recomputed from ``documents.text`` whenever needed. Its tokenizer keeps Urdu combining marks and
zero-width joiners inside words. No stemming: Arabic-script stemmers would conflate Urdu words.
``documents.doc`` is the contract JSON minus ``text``, zlib-compressed (see :func:`pack_doc`);
``events.idx`` points into its ``events`` list.
"""

from __future__ import annotations

import json
import sqlite3
import zlib

from khabar.errors import SchemaVersionError, StoreError

#: combining marks (harakat, superscript alef, Quranic marks) and ZWNJ/ZWJ: characters unicode61
#: would otherwise treat as separators, splitting مُلک into م + لک
URDU_TOKENCHARS = "".join(
    chr(c)
    for lo, hi in ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC),
                   (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x200C, 0x200D))
    for c in range(lo, hi + 1)
)

TOKENIZE = f"unicode61 remove_diacritics 0 tokenchars '{URDU_TOKENCHARS}'"

_V1 = f"""
CREATE TABLE documents (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    hash        INTEGER NOT NULL,
    text_sha    INTEGER NOT NULL,
    title       TEXT,
    url         TEXT,
    published   TEXT,
    source      TEXT,
    origin      TEXT,
    text        TEXT NOT NULL,
    meta        TEXT NOT NULL,
    doc         BLOB NOT NULL,
    cluster     INTEGER,
    near_of     INTEGER
);
CREATE INDEX documents_hash ON documents(hash);
CREATE INDEX documents_text_sha ON documents(text_sha);
CREATE INDEX documents_published ON documents(published, source);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_cluster ON documents(cluster);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='', prefix='2 3', tokenize="{TOKENIZE}"
);
CREATE VIRTUAL TABLE documents_vocab USING fts5vocab(documents_fts, row);

CREATE TABLE term_docs (
    term  TEXT PRIMARY KEY,
    docs  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE minhash (
    doc   INTEGER PRIMARY KEY REFERENCES documents(rowid),
    sig   BLOB NOT NULL
);
CREATE TABLE lsh_bands (
    band  INTEGER NOT NULL,
    hash  INTEGER NOT NULL,
    doc   INTEGER NOT NULL,
    PRIMARY KEY (band, hash, doc)
) WITHOUT ROWID;

CREATE TABLE entities (
    rowid      INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    entity_id  TEXT,
    name_en    TEXT,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    mentions   INTEGER NOT NULL DEFAULT 0,
    documents  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_entity_id ON entities(entity_id);
CREATE INDEX entities_name_en ON entities(name_en COLLATE NOCASE);
CREATE INDEX entities_mentions ON entities(mentions DESC);

CREATE TABLE entity_variants (
    entity  INTEGER NOT NULL REFERENCES entities(rowid),
    norm    TEXT NOT NULL,
    text    TEXT NOT NULL,
    type    TEXT NOT NULL,
    count   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, text)
) WITHOUT ROWID;
CREATE INDEX entity_variants_norm ON entity_variants(norm);

CREATE VIRTUAL TABLE entity_names_tri USING fts5(name, entity UNINDEXED, tokenize='trigram');

CREATE TABLE mentions (
    doc        INTEGER NOT NULL REFERENCES documents(rowid),
    entity     INTEGER NOT NULL REFERENCES entities(rowid),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   INTEGER,
    confidence REAL
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE doc_entities (
    entity    INTEGER NOT NULL,
    doc       INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity, doc)
) WITHOUT ROWID;
CREATE INDEX doc_entities_doc ON doc_entities(doc, entity);

CREATE TABLE value_mentions (
    doc        INTEGER NOT NULL REFERENCES documents(rowid),
    type       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,
    unit       TEXT,
    precision  TEXT,
    sentence   INTEGER
);
CREATE INDEX value_mentions_doc ON value_mentions(doc);
CREATE INDEX value_mentions_type ON value_mentions(type, doc);

CREATE TABLE events (
    rowid          INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(rowid),
    sentence       INTEGER,
    code           TEXT NOT NULL,
    root           TEXT NOT NULL,
    label          TEXT,
    quad_class     INTEGER,
    goldstein      REAL,
    actor1_key     TEXT,
    actor1_text    TEXT,
    actor2_key     TEXT,
    actor2_text    TEXT,
    location_key   TEXT,
    date           TEXT,
    negated        INTEGER NOT NULL DEFAULT 0,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    idx            INTEGER NOT NULL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_actor1 ON events(actor1_key);
CREATE INDEX events_actor2 ON events(actor2_key);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_date ON events(date);

CREATE TABLE quotes (
    doc          INTEGER NOT NULL REFERENCES documents(rowid),
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    speaker_key  TEXT,
    speaker_text TEXT,
    kind         TEXT
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker_key);

CREATE TABLE keywords (
    doc    INTEGER NOT NULL REFERENCES documents(rowid),
    text   TEXT NOT NULL,
    score  REAL
);
CREATE INDEX keywords_doc ON keywords(doc);
CREATE INDEX keywords_text ON keywords(text);
"""

#: ``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``
MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)
#: bytes of the database a read-only connection memory-maps
READ_MMAP_BYTES = 1 << 30


def pack_doc(doc: dict) -> bytes:
    """The stored form of a contract document: its JSON without ``text``, compressed."""
    rest = {k: v for k, v in doc.items() if k != "text"}
    return zlib.compress(json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack_doc(text: str, blob: bytes) -> dict:
    """The contract document back, keys in contract order."""
    rest = json.loads(zlib.decompress(blob))
    out = {"schema": rest.pop("schema"), "id": rest.pop("id"), "meta": rest.pop("meta"), "text": text}
    out.update(rest)
    return out


def connect(path: str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, when writable, create or migrate) the database at ``path``."""
    try:
        if readonly:
            uri = f"file:{path}?mode=ro" if path != ":memory:" else "file::memory:"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        else:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the database: {explain(exc)}", path=path) from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise SchemaVersionError(
            f"database schema version {version} is newer than this khabar's ({SCHEMA_VERSION}); "
            "upgrade khabar to read it", path=path)
    if readonly:
        if version < SCHEMA_VERSION:
            conn.close()
            raise StoreError("not a khabar database, or an older one; open it writable once to migrate",
                             path=path)
        # readers (the web app keeps one per thread) map the file instead of copying its pages
        # into a private cache each, and never write even by mistake
        conn.execute("PRAGMA query_only = 1")
        conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
        return conn
    try:
        if version == 0 and (foreign := _foreign_tables(conn)):
            conn.close()
            raise StoreError(f"not a khabar database: it holds other tables ({', '.join(foreign[:5])}); "
                             "choose another --db file", path=path)
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        migrate(conn, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot prepare the database: {explain(exc)}", path=path) from exc
    return conn


def explain(exc: sqlite3.Error) -> str:
    """SQLite's message, with the likely cause where SQLite's own words do not say it."""
    text = str(exc)
    if "locked" in text:
        return f"{text}: another process is writing it (waited 10 s); try again when it has finished"
    if "readonly" in text:
        return (f"{text}: the file or its folder is read-only (a WAL database needs its -wal and -shm "
                "files beside it, even to read); copy it to a writable folder")
    return text


def _foreign_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables of a database khabar never set up: migrating it would add khabar's tables to
    another program's file."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def migrate(conn: sqlite3.Connection, version: int) -> None:
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # re-read under the write lock: another process may have migrated meanwhile
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for script in MIGRATIONS[version:]:
            for statement in _statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    # executescript() would commit the open transaction; split on the statement terminator instead
    return [s.strip() for s in script.split(";\n") if s.strip()]
