"""By hand: documents/s of `khabar batch` with 1 and 2 local workers, beside single-process analyze.

    python benchmarks/bench_batch.py [--docs 2000] [--partition-size 100]

Generates articles by recombining sentences of examples/*.txt, then times
(1) single-process `khabar.analyze` over all of them, (2) `run_batch` with 1 worker, (3) with 2 workers,
each on a fresh output folder (cluster start-up included and reported separately).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(n: int, path: Path) -> list[dict]:
    import khabar

    sentences: list[str] = []
    for f in sorted((ROOT / "examples").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        sentences += [text[s.start:s.end] for s in khabar.split_sentences(text)]
    rng = random.Random(7)
    records = []
    for i in range(n):
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(6, 14)))
        records.append({"id": f"bench-{i}", "published": "2022-01-15", "text": body})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--partition-size", type=int, default=100)
    args = ap.parse_args()

    import distributed

    import khabar
    from khabar.scale.batch import run_batch

    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    src = tmp / "corpus.jsonl"
    records = make_corpus(args.docs, src)
    khabar.analyze(records[0]["text"])  # load models once before timing

    t0 = time.perf_counter()
    for r in records:
        khabar.analyze(r["text"], published=r["published"], id=r["id"])
    single = time.perf_counter() - t0
    rows = [("single process analyze", single, args.docs / single, 0.0)]

    for workers in (1, 2):
        t0 = time.perf_counter()
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=50)
        client = distributed.Client(cluster)
        client.run(lambda: __import__("khabar").analyze("پاکستان"))  # warm the workers' models
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = run_batch([str(src)], str(tmp / f"out-{workers}"), client=client,
                           partition_size=args.partition_size)
        elapsed = time.perf_counter() - t0
        client.close()
        cluster.close()
        assert report.documents == args.docs
        rows.append((f"batch, {workers} worker(s)", elapsed, args.docs / elapsed, startup))

    print(f"{args.docs} documents, partition size {args.partition_size}")
    print(f"{'run':<26}{'seconds':>9}{'docs/s':>9}{'ms/doc':>9}{'start-up s':>12}")
    for name, secs, rate, startup in rows:
        print(f"{name:<26}{secs:>9.2f}{rate:>9.1f}{1000 * secs / args.docs:>9.2f}{startup:>12.2f}")
    print(f"speed-up 2 vs 1 worker: {rows[1][1] / rows[2][1]:.2f}x")


if __name__ == "__main__":
    main()
