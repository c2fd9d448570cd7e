"""By hand: search latency of `khabar serve` under 20 concurrent clients on a 10k-article database.

    python benchmarks/load_web.py [--articles 10000] [--clients 20] [--requests 50] [--db PATH]

Builds the database (articles made by recombining sentences of examples/*.txt, analysed once each),
starts `khabar serve` on 127.0.0.1 with a free port, then runs a bounded number of GET /api/search
requests from concurrent clients and prints p50/p95/p99 latency, throughput and the error count.
Traffic goes to loopback only.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["پاکستان", "امریکا", "چین", "بارش", "وزیراعظم", "معاہدے", "\"سرمائی اولمپکس\"", "پاکس*",
           "کراچی OR لاہور", "آئی ایم ایف", "کرکٹ", "ملاقات", "پولیو NOT پشاور", "۲۰۲۱", "ڈالر"]


def build_db(path: Path, n: int) -> None:
    import khabar
    from khabar.store import Store

    sentences: list[str] = []
    for f in sorted((ROOT / "examples").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        sentences += [text[s.start:s.end] for s in khabar.split_sentences(text)]
    rng = random.Random(11)
    t0 = time.perf_counter()
    with Store(str(path)) as store:
        batch = []
        for i in range(n):
            body = " ".join(rng.choice(sentences) for _ in range(rng.randint(5, 12)))
            day = f"20{rng.randint(19, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            batch.append(khabar.analyze(body + f" ({i})", published=day, title=f"خبر نمبر {i}",
                                        source=rng.choice(["روزنامہ الف", "روزنامہ ب", "ویب"])))
            if len(batch) == 500:
                store.add_documents(batch)
                batch.clear()
        if batch:
            store.add_documents(batch)
    print(f"built {n} articles in {time.perf_counter() - t0:.0f} s; {path.stat().st_size / 2**20:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=50, help="requests per client")
    ap.add_argument("--db", help="reuse this database instead of building one")
    args = ap.parse_args()

    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="khabar-load-")) / "khabar.db"
    if not db.exists():
        build_db(db, args.articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--db", str(db), "--port", str(port)],
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def client(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(base_url=base, timeout=10) as http:
                for _ in range(args.requests):
                    q = rng.choice(QUERIES)
                    t = time.perf_counter()
                    try:
                        r = http.get("/api/search", params={"q": q, "limit": 20})
                        ok = r.status_code == 200
                        reason = f"{r.status_code} for {q}"
                    except httpx.HTTPError as exc:
                        ok, reason = False, f"{type(exc).__name__} for {q}"
                    elapsed = time.perf_counter() - t
                    with lock:
                        latencies.append(elapsed)
                        if not ok:
                            errors.append(reason)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(lat, n=100)
    print(f"{len(lat)} requests from {args.clients} clients in {wall:.1f} s ({len(lat) / wall:.0f} req/s)")
    print(f"latency ms: p50 {q[49]:.1f}  p95 {q[94]:.1f}  p99 {q[98]:.1f}  max {lat[-1]:.1f}")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


if __name__ == "__main__":
    main()
