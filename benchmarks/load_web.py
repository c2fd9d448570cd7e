"""By hand: search latency of `khabar serve` under 20 concurrent clients on a 10k-article database.

    python benchmarks/load_web.py [--articles 10000] [--clients 20] [--requests 50] [--db PATH]
                                  [--workers 1] [--wrk SECONDS]

Builds the database (articles made by recombining sentences of examples/*.txt, analysed once each),
starts `khabar serve` on 127.0.0.1 with a free port, then runs a bounded number of GET /api/search
requests from concurrent clients and prints p50/p95/p99 latency, throughput and the error count.
With ``--wrk SECONDS`` the load comes from Debian's ``wrk`` (C, so the load generator takes little of the
CPU the server needs) for that many seconds instead of Python threads. Traffic goes to loopback only.
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
    ap.add_argument("--workers", type=int, default=1, help="khabar serve --workers")
    ap.add_argument("--wrk", type=int, default=0, metavar="SECONDS", help="drive the load with wrk")
    args = ap.parse_args()

    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="khabar-load-")) / "khabar.db"
    if not db.exists():
        build_db(db, args.articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(args.workers)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        warm_up(base, args.clients)
        if args.wrk:
            run_wrk(base, args.clients, args.wrk)
            return
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


def warm_up(base: str, clients: int) -> None:
    """A few searches from concurrent connections first, so every worker process has loaded the KB
    (about 0.2 s on first use) and its threads have opened their connections: the run measures the
    steady state."""
    def one(i: int) -> None:
        for q in QUERIES[i % 3::3]:
            httpx.get(base + "/api/search", params={"q": q, "limit": 20}, timeout=30)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


WRK_SCRIPT = """
local queries = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?limit=20&q=" .. queries[(i %% #queries) + 1])
end
local bad = 0
response = function(status, headers, body) if status ~= 200 then bad = bad + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("wrk: %%d requests, %%d errors (socket %%d), %%.0f req/s\\n", summary.requests,
    summary.errors.status + bad, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %%.1f  p95 %%.1f  p99 %%.1f  max %%.1f\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def run_wrk(base: str, clients: int, seconds: int) -> None:
    from urllib.parse import quote

    queries = ", ".join(f'"{quote(q)}"' for q in QUERIES)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_SCRIPT % queries)
    out = subprocess.run(["wrk", "-t", "2", "-c", str(clients), "-d", f"{seconds}s", "-s", f.name, base],
                         capture_output=True, text=True, timeout=seconds + 60)
    print(out.stdout.strip().splitlines()[-2])
    print(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
