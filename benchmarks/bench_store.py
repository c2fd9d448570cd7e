"""Corpus store benchmark (run by hand): ingest rate, search latency at scale, database size.

    .venv/bin/python benchmarks/bench_store.py                  # 100,000 documents
    .venv/bin/python benchmarks/bench_store.py --docs 20000 --json

1. **ingest**: ``--ingest`` articles recombined from the sentences of ``examples/`` are written as
   JSONL and ingested with ``Store.ingest(workers=--workers)`` (full analysis in the process pool).
2. **scale**: ``--docs`` documents are made by recombining *analysed* sentences of ``examples/``
   (entities and events shifted to their new offsets) plus one filler sentence of random corpus
   words each, and stored with ``Store.add_documents`` (deduplication on): analysing 100k documents
   would measure the analysis, not the store.
3. **search**: ``--queries`` queries of each kind (word, two words, phrase, prefix, OR, entity
   filter, date filter) timed one by one; p50/p95 in milliseconds. Pasted-text queries (a whole
   article as the query) are timed apart: they rerank candidates and are meant to be rarer.
4. **size**: database bytes per 1,000 documents after a WAL checkpoint.

The recombined corpus is harsher than real news for search: every example word occurs in a large
share of the documents, so posting lists are long.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SOURCES = ["khabar-bench", "daily-one", "daily-two", "weekly", "agency"]


@dataclass
class Fragment:
    text: str
    entities: list
    events: list


def example_articles() -> list[tuple[str, dict]]:
    out = [(p.read_text(encoding="utf-8"), {}) for p in sorted(EXAMPLES.glob("*.txt"))]
    for line in (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append((rec["text"], {}))
    return out


def analysed_fragments() -> list[Fragment]:
    """Each example sentence with the entities and events found in it, offsets made sentence-relative."""
    from khabar import analyze

    frags = []
    for text, _ in example_articles():
        doc = analyze(text)
        for s in doc.sentences:
            piece = text[s.start:s.end].strip()
            if len(piece) < 20:
                continue
            lead = text.index(piece, s.start)
            ents = [replace(e, start=e.start - lead, end=e.end - lead, sentence=0)
                    for e in doc.entities if lead <= e.start and e.end <= lead + len(piece)]
            evs = []
            for ev in doc.events:
                t = ev.trigger
                if lead <= t.start and t.end <= lead + len(piece):
                    evs.append(replace(ev, sentence=0, trigger=replace(t, start=t.start - lead, end=t.end - lead)))
            frags.append(Fragment(piece, ents, evs))
    return frags


def vocabulary() -> list[str]:
    from khabar.store.fold import fold, tokens

    words: set[str] = set()
    for text, _ in example_articles():
        words.update(w for w in tokens(fold(text).norm) if len(w) > 2 and not w.isdigit())
    return sorted(words)


def compose(i: int, frags: list[Fragment], vocab: list[str], rng: random.Random):  # noqa: ANN201
    from khabar.document import Document, Meta, Sentence

    picked = rng.sample(frags, rng.randint(5, 10))
    filler = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 16))) + f" {i}۔"
    parts, ents, evs, sents = [], [], [], []
    pos = 0
    for n, frag in enumerate([*picked, Fragment(filler, [], [])]):
        if parts:
            parts.append(" ")
            pos += 1
        parts.append(frag.text)
        sents.append(Sentence(pos, pos + len(frag.text)))
        ents += [replace(e, start=e.start + pos, end=e.end + pos, sentence=n) for e in frag.entities]
        evs += [replace(ev, sentence=n, trigger=replace(ev.trigger, start=ev.trigger.start + pos,
                                                        end=ev.trigger.end + pos)) for ev in frag.events]
        pos += len(frag.text)
    day = 1 + i % 28
    meta = Meta(title=picked[0].text[:60], published=f"{2020 + i % 5}-{1 + i % 12:02d}-{day:02d}",
                source=SOURCES[i % len(SOURCES)], url=f"https://example.org/bench/{i}")
    return Document(text="".join(parts), id=f"b{i}", meta=meta, sentences=sents, entities=ents, events=evs)


def bench_ingest(n: int, workers: int, tmp: Path, rng: random.Random) -> dict:
    from khabar.store import Store

    frags = [f.text for f in analysed_fragments()]
    src = tmp / "ingest.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(rng.sample(frags, rng.randint(5, 10))) + f" رپورٹ نمبر {i}۔"
            fh.write(json.dumps({"id": f"i{i}", "text": text, "published": "2022-05-01"}, ensure_ascii=False) + "\n")
    db = tmp / "ingest.db"
    start = time.perf_counter()
    with Store(db) as store:
        report = store.ingest([src], workers=workers)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seconds = time.perf_counter() - start
    return {"articles": n, "added": report.added, "near_duplicates": report.near_duplicates,
            "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
            "db_bytes_per_1000": int(db.stat().st_size / max(report.added, 1) * 1000)}


def build_scale(n: int, db: Path, rng: random.Random) -> dict:
    from khabar.store import Store

    frags = analysed_fragments()
    vocab = vocabulary()
    start = time.perf_counter()
    with Store(db) as store:
        chunk = 5000
        for lo in range(0, n, chunk):
            store.add_documents(compose(i, frags, vocab, rng) for i in range(lo, min(n, lo + chunk)))
            print(f"\r  stored {min(n, lo + chunk):,} / {n:,}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stats = store.stats()
    seconds = time.perf_counter() - start
    return {"documents": stats["documents"], "entities": stats["entities"], "mentions": stats["mentions"],
            "events": stats["events"], "clusters": stats["clusters"], "seconds": round(seconds, 1),
            "docs_per_s": round(n / seconds, 1), "db_bytes_per_1000": int(db.stat().st_size / n * 1000),
            "db_mb": round(db.stat().st_size / 2**20, 1)}


def make_queries(k: int, vocab: list[str], store, rng: random.Random) -> dict[str, list[dict]]:  # noqa: ANN001
    ents = [e["name"] for e in store.entities(top=30)]
    frags = [f.text for f in analysed_fragments()]
    out: dict[str, list[dict]] = {name: [] for name in
                                  ("word", "two words", "phrase", "prefix", "or", "entity filter", "date filter",
                                   "pasted text")}
    for _ in range(k):
        a, b = rng.sample(vocab, 2)
        words = rng.choice(frags).split()
        j = rng.randrange(max(1, len(words) - 2))
        out["word"].append({"query": a})
        out["two words"].append({"query": f"{a} {b}"})
        out["phrase"].append({"query": '"' + " ".join(words[j:j + 2]).replace('"', '') + '"'})
        out["prefix"].append({"query": a[:3] + "*"})
        out["or"].append({"query": f"{a} OR {b}"})
        out["entity filter"].append({"query": a, "entity": rng.choice(ents) if ents else None})
        y = rng.randint(2020, 2024)
        out["date filter"].append({"query": a, "date_from": f"{y}-03", "date_to": f"{y}-06"})
    out["pasted text"] = [{"query": " ".join(rng.sample(frags, 3))} for _ in range(max(5, k // 10))]
    return out


def bench_search(db: Path, k: int, rng: random.Random) -> dict:
    from khabar.store import Store

    vocab = vocabulary()
    out = {}
    with Store(db, readonly=True) as store:
        queries = make_queries(k, vocab, store, rng)
        store.search(vocab[0])  # warm the page cache and the KB
        every: list[float] = []
        for kind, qs in queries.items():
            times = []
            for q in qs:
                start = time.perf_counter()
                store.search(q.pop("query"), **q)
                times.append((time.perf_counter() - start) * 1000)
            if kind != "pasted text":
                every += times
            out[kind] = _percentiles(times)
        out["all but pasted text"] = _percentiles(every)
    return out


def _percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"n": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
            "max_ms": round(times[-1], 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the scale corpus")
    ap.add_argument("--ingest", type=int, default=400, help="articles for the ingest-rate run")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--queries", type=int, default=200, help="queries of each kind")
    ap.add_argument("--keep", type=Path, default=None, help="folder to keep the databases in")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = args.keep or Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        result = {"ingest": bench_ingest(args.ingest, args.workers, tmp, rng)}
        db = tmp / "scale.db"
        if db.exists():
            db.unlink()
        result["scale"] = build_scale(args.docs, db, rng)
        result["search"] = bench_search(db, args.queries, rng)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for section, rows in result.items():
            print(f"[{section}]")
            for k, v in rows.items():
                print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
