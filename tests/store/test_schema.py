import sqlite3

import pytest

from khabar.errors import SchemaVersionError, StoreError
from khabar.store import Store
from khabar.store.schema import SCHEMA_VERSION

TABLES = {"documents", "documents_fts", "documents_vocab", "minhash", "lsh_bands", "entities", "entity_variants",
          "entity_names_tri", "mentions", "doc_entities", "value_mentions", "events", "quotes", "keywords",
          "term_docs"}


def test_a_new_database_has_the_current_schema_in_wal_mode(tmp_path):
    path = tmp_path / "k.db"
    with Store(path) as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names >= TABLES
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as again:  # opening again migrates nothing and keeps the version
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_database_from_a_newer_khabar_is_refused(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaVersionError) as info:
        Store(path)
    assert str(info.value) == (f"{path}: database schema version {SCHEMA_VERSION + 1} is newer than this "
                               f"khabar's ({SCHEMA_VERSION}); upgrade khabar to read it")


@pytest.mark.parametrize("content,message", [
    (b"", "not a khabar database, or an older one; open it writable once to migrate"),
    (b"\x00\x01 this is not sqlite at all" * 100, "cannot open the database: file is not a database"),
])
def test_readonly_open_of_a_foreign_file_is_a_store_error(tmp_path, content, message):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store(path, readonly=True)
    assert str(info.value) == f"{path}: {message}"


def test_readonly_open_of_a_missing_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "missing.db", readonly=True)
    assert "no such database" in str(info.value)


def test_a_readonly_store_refuses_writes(tmp_path):
    path = tmp_path / "k.db"
    Store(path).close()
    with Store(path, readonly=True) as store, pytest.raises(StoreError):
        store.add_documents([])


def test_opening_an_older_database_runs_the_missing_migrations(tmp_path, monkeypatch):
    from tests.store.conftest import corpus_docs

    from khabar.store import schema

    path = tmp_path / "k.db"
    with Store(path) as store:
        store.add_documents(corpus_docs())
    v2 = "ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'ur';\n"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, v2))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert store.conn.execute("SELECT id, language FROM documents ORDER BY rowid").fetchall() == [
            ("d1", "ur"), ("d2", "ur"), ("d3", "ur"), ("d4", "ur")]
        assert store.search("کراچی")["total"] == 1
