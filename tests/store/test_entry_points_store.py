"""Entry-points audit (docs/robustness.md): the database and export edges under hostile use.

Each test names the defect it pins; the texts are our own Urdu sentences.
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from tests.store.conftest import corpus_docs

from khabar.errors import InputError, QueryError, StoreError
from khabar.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "k.db"
    with Store(path) as store:
        store.add_documents(corpus_docs())
    return str(path)


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path):
    # foreign-db-migrated: khabar added its twenty tables to any SQLite file given as --db
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (id INTEGER, name TEXT)")
    conn.execute("INSERT INTO users VALUES (1, 'عارف')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "not a khabar database: it holds other tables (users)" in str(info.value)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["users"]
    conn.close()


def test_an_empty_database_file_is_still_set_up(tmp_path):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.stats()["documents"] == 0


def test_an_empty_database_path_is_refused():
    # empty-db-path: sqlite3.connect("") is a temporary database; an ingest reported its
    # documents stored, exit 0, and they were gone
    with pytest.raises(StoreError, match="no database file name given"):
        Store("")


def test_export_onto_the_database_itself_is_refused_and_the_database_kept(db):
    # export-over-db: --out = --db truncated the database to 0 bytes while reading it
    with Store(db) as store:
        for target in (db, db + "-wal"):
            with pytest.raises(InputError, match="this is the database being exported"):
                store.export("jsonl", target)
        assert store.stats()["documents"] == 4
    with Store(db, readonly=True) as store:
        assert store.search("کراچی")["total"] == 1


def test_a_failed_export_is_an_input_error_and_leaves_the_old_file(db, tmp_path, monkeypatch):
    # export-write-error: a full disk (No space left on device) was an internal error, and a
    # half-written file replaced the previous export
    from khabar.store import export

    out = tmp_path / "corpus.jsonl"
    out.write_text("پچھلی برآمد\n", encoding="utf-8")

    real = export._documents

    def full_disk(conn):  # the disk fills after the first document
        yield from itertools.islice(real(conn), 1)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_documents", full_disk)
    with Store(db) as store, pytest.raises(InputError) as info:
        store.export("jsonl", out)
    assert str(info.value) == f"{out}: cannot write: No space left on device"
    assert out.read_text(encoding="utf-8") == "پچھلی برآمد\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_to_a_full_device_is_an_input_error(db):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with Store(db) as store, pytest.raises(InputError, match="cannot write: No space left on device"):
        store.export("jsonl", "/dev/full")


@pytest.mark.parametrize("call,message", [
    # overflow: numbers past SQLite's 64-bit integers raised OverflowError (exit 2, HTTP 500)
    (lambda s: s.entities(top=10**20), "--top must be between 0 and 1,000,000,000"),
    (lambda s: s.events(limit=10**20), "limit and offset must be between 0 and 1,000,000,000"),
    (lambda s: s.events(offset=2**63), "limit and offset must be between 0 and 1,000,000,000"),
    (lambda s: s.events(date_from="2021-02-30"), "--from '2021-02-30' is not a date like 2021-12-20, 2021-12 or 2021"),
    # entities-type-unchecked: an unknown type listed nothing, where search refused it
    (lambda s: s.entities(type="PLANET"), "unknown entity type 'PLANET'; use one of CARDINAL, DATE, EVENT, FAC, GPE, "
                                          "LAW, LOC, MONEY, NORP, ORDINAL, ORG, PERCENT, PERSON, PRODUCT, QUANTITY, "
                                          "TIME, WORK_OF_ART"),
])
def test_bad_listing_arguments_are_query_errors(db, call, message):
    with Store(db, readonly=True) as store, pytest.raises(QueryError) as info:
        call(store)
    assert str(info.value) == message


def test_lower_case_types_still_list(db):
    with Store(db, readonly=True) as store:
        assert store.entities(type="gpe") == store.entities(type="GPE") != []


POOL_SCRIPT = """
import os, sys
from concurrent.futures import ProcessPoolExecutor
from khabar.store.ingest import die_with_parent
pool = ProcessPoolExecutor(max_workers=1, initializer=die_with_parent, initargs=(os.getpid(),))
print(pool.submit(os.getpid).result(), flush=True)
os.kill(os.getpid(), 9)
"""


def test_ingest_pool_workers_end_with_a_killed_ingest():
    # kill9-orphans: after `kill -9` of an ingest its pool workers waited for work for ever
    import os
    import subprocess
    import sys
    import time

    if not Path("/proc/self").exists():
        pytest.skip("needs Linux /proc")
    run = subprocess.run([sys.executable, "-c", POOL_SCRIPT], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    worker = int(run.stdout.split()[0])
    for _ in range(200):  # the worker gets SIGTERM from the kernel when its parent dies
        state = Path(f"/proc/{worker}/stat")
        if not state.exists() or state.read_text().split()[2] == "Z":
            break
        time.sleep(0.05)
    else:
        os.kill(worker, 9)
        raise AssertionError("the pool worker outlived its killed parent")
