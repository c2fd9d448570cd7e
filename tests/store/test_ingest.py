import gzip
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.io.test_feeds import RSS
from tests.io.test_html import HOSTILE, P1

from khabar.store import Store
from khabar.store.ingest import MAX_ARTICLE_CHARS, POOL_MIN

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

SENTENCES = [
    "حکومت نے نئے مالی سال کے بجٹ میں تعلیم کے لیے زیادہ رقم رکھنے کا اعلان کیا ہے۔",
    "صوبائی دارالحکومت میں آج شام ہلکی بارش کا امکان ہے۔",
    "قومی ٹیم کے کپتان نے کہا کہ کھلاڑی اگلے میچ کے لیے پوری طرح تیار ہیں۔",
    "شہر کے مرکزی ہسپتال میں نیا شعبہ قائم کر دیا گیا۔",
    "کسانوں نے گندم کی سرکاری قیمت بڑھانے کا مطالبہ کیا ہے۔",
    "ریلوے حکام کے مطابق نئی ٹرین اگلے ہفتے سے چلے گی۔",
]


def make_articles(n: int) -> list[dict]:
    """Distinct articles from our own sentences; each carries its number so none is an exact copy."""
    out = []
    for i in range(n):
        picked = [SENTENCES[(i * k + k) % len(SENTENCES)] for k in range(1, 4)]
        out.append({"id": f"a{i}", "title": f"خبر نمبر {i}", "published": f"2022-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                    "source": "khabar-test", "text": f"خبر {i}: " + " ".join(picked) + f" رپورٹ {i * 7}۔"})
    return out


def write_bad_inputs(folder: Path) -> list[tuple[str, str]]:
    """Files of every kind, broken in one way each; returns the (origin, reason) they must give."""
    folder.mkdir()
    (folder / "good.jsonl").write_text(
        json.dumps({"text": P1, "title": "گوادر"}, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    (folder / "broken.json").write_text('{"text": "ادھورا', encoding="utf-8")
    (folder / "latin1.txt").write_bytes("café au lait — ١٢".encode("cp1252", errors="replace"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "page.html").write_text(HOSTILE, encoding="utf-8")
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")
    (folder / "notgzip.txt.gz").write_bytes(b"plain bytes, not gzip")
    (folder / "story.txt.gz").write_bytes(gzip.compress("لاہور میں کتاب میلہ شروع ہو گیا۔".encode()))
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")  # no reader: skipped, not an error
    f = str(folder)
    return [
        (f"{f}/binary.txt", "binary file, not text (expected UTF-8 or UTF-16 with BOM)"),
        (f"{f}/broken.json:1", "malformed JSON: Unterminated string starting at (column 10)"),
        (f"{f}/empty.txt", "empty file: no text to analyse"),
        (f"{f}/feed.xml", "entry 2 has no content or summary"),
        (f"{f}/good.jsonl:2", "malformed JSON line: Expecting property name enclosed in double quotes (column 2)"),
        (f"{f}/latin1.txt:1", "not valid UTF-8 at byte 3 (line 1); save the file as UTF-8 and try again"),
        (f"{f}/notgzip.txt.gz", "not a valid gzip file (Not a gzipped file (b'pl'))"),
    ]


def test_bad_files_are_reported_one_by_one_and_the_rest_is_stored(tmp_path, fresh_db):
    expected = write_bad_inputs(tmp_path / "in")
    report = fresh_db.ingest([tmp_path / "in"], workers=1)
    assert sorted(report.rejected) == expected
    assert (report.added, report.duplicates) == (5, 0)  # jsonl line, page, 2 feed entries, gz story
    assert fresh_db.search("گوادر")["total"] == 2  # the JSONL record and the page share a paragraph


def test_a_100_mb_file_is_rejected_quickly_with_a_reason(tmp_path, fresh_db):
    big = tmp_path / "big.txt"
    line = "یہ ایک بہت لمبی فائل کی سطر ہے جو بار بار دہرائی گئی ہے۔\n"
    repeat = 100 * 2**20 // len(line.encode("utf-8"))
    big.write_text(line * repeat, encoding="utf-8")
    assert big.stat().st_size >= 99 * 2**20
    start = time.monotonic()
    report = fresh_db.ingest([big], workers=1)
    assert report.rejected == [(str(big), f"article is {len(line) * repeat:,} characters, over the "
                                          f"{MAX_ARTICLE_CHARS:,} limit; split it into articles")]
    assert time.monotonic() - start < 10


def test_examples_ingest_and_a_second_run_adds_nothing(tmp_path):
    with Store(tmp_path / "k.db") as store:
        first = store.ingest([EXAMPLES])
        second = store.ingest([EXAMPLES])
        assert (first.added, first.duplicates, first.rejected) == (9, 0, [])
        assert (second.added, second.duplicates, second.rejected) == (0, 9, [])
        assert store.stats()["documents"] == 9
        jsonl_doc = store.document("ex-jsonl-1")
        assert jsonl_doc["meta"]["title"] == "سعودی عرب اور ایران کے درمیان مذاکرات"
        assert jsonl_doc["near_duplicates"] == []


def test_many_articles_through_the_process_pool_keep_their_order(tmp_path):
    src = tmp_path / "many.jsonl"
    arts = make_articles(150)
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in arts), encoding="utf-8")
    with Store(tmp_path / "k.db") as store:
        report = store.ingest([src], workers=2)
        assert (report.added, report.duplicates, report.rejected) == (150, 0, [])
        ids = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY rowid")]
        assert ids == [a["id"] for a in arts]


def test_reads_work_while_an_ingest_holds_the_write_lock(tmp_path):
    path = tmp_path / "k.db"
    with Store(path) as writer:
        writer.ingest([EXAMPLES], workers=1)
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("INSERT INTO keywords (doc, text, score) VALUES (1, 'x', 1.0)")
        with Store(path, readonly=True) as reader:
            found = reader.search("پاکستان")
            assert found["total"] >= 1
            assert reader.stats()["documents"] == 9
        writer.conn.execute("ROLLBACK")


def _dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = ["documents", "entities", "entity_variants", "mentions", "doc_entities", "value_mentions",
              "events", "quotes", "keywords", "minhash", "lsh_bands", "term_docs"]
    out = {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY 1, 2, 3").fetchall()
           if t not in ("entity_variants", "doc_entities", "lsh_bands", "term_docs") else
           conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    out["fts"] = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'حکومت' "
                              "ORDER BY rowid").fetchall()
    conn.close()
    return out


def _ingest_cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "khabar", "ingest", str(src), "--db", str(db), "--workers", "2"]


def test_kill_9_mid_ingest_then_rerun_gives_the_clean_database(tmp_path):
    src = tmp_path / "many.jsonl"
    n = 400
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in make_articles(n)), encoding="utf-8")
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    with Store(clean) as store:
        assert store.ingest([src], workers=2).added == n

    proc = subprocess.Popen(_ingest_cmd(src, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if killed.exists():
            try:
                with sqlite3.connect(f"file:{killed}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:  # not created yet
                stored = 0
            if stored:
                break
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(killed) as conn:
        after_kill = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < after_kill < n, "the kill must land in the middle of the ingest"

    rerun = subprocess.run(_ingest_cmd(src, killed), capture_output=True, text=True)
    assert rerun.returncode == 0
    assert re.fullmatch(rf"added {n - after_kill} \(near-duplicates \d+\), duplicates {after_kill}, rejected 0\n",
                        rerun.stdout)
    assert _dump(killed) == _dump(clean)


def test_html_pages_and_feeds_are_read_in_the_workers_and_skipped_on_a_rerun(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(POOL_MIN + 4):
        (pages / f"p{i:02d}.html").write_text(HOSTILE.replace("بارہ ارب", f"{i + 100} ارب"), encoding="utf-8")
    (pages / "feed.rss").write_text(RSS, encoding="utf-8")
    with Store(tmp_path / "k.db") as store:
        first = store.ingest([pages], workers=2)
        assert (first.added, first.duplicates, first.rejected) == (
            POOL_MIN + 6, 0, [(f"{pages}/feed.rss", "entry 2 has no content or summary")])
        assert first.near_duplicates == POOL_MIN + 3  # the pages differ in one number
        origins = [r[0] for r in store.conn.execute("SELECT origin FROM documents ORDER BY rowid")]
        assert origins == [f"{pages}/feed.rss#1", f"{pages}/feed.rss#3",
                           *(f"{pages}/p{i:02d}.html" for i in range(POOL_MIN + 4))]
        again = store.ingest([pages], workers=2)
        assert (again.added, again.duplicates) == (0, POOL_MIN + 6)
