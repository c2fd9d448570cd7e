"""Speed of the event extractor alone (``events.extract.scored_events``), over already tagged documents.

    python benchmarks/bench_events.py [--repeat 200] [--examples examples] [FILE ...]

The documents (the bundled examples, plus any text files named) are analysed once up to the entity stage;
then the extractor runs over all of them ``--repeat`` times, on one core, and the script prints sentences
per CPU second and a digest of the events (the same digest before and after a speed change means the same
output).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--examples", default=str(ROOT / "examples"))
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from khabar.events.extract import scored_events
    from khabar.pipeline import analyze

    paths = sorted(Path(args.examples).glob("*.txt")) + [Path(f) for f in args.files]
    docs = [analyze(p.read_text(encoding="utf-8"), stages=("normalize", "sentences", "tokens", "entities"))
            for p in paths]
    n_sent = sum(len(d.sentences) for d in docs)
    digest = hashlib.sha1()
    for d in docs:
        for ev, conf, _ in scored_events(d):
            digest.update(repr((ev.sentence, ev.code, ev.trigger, ev.actor1, ev.actor2, round(conf, 6))).encode())
    start = time.process_time()
    for _ in range(args.repeat):
        for d in docs:
            scored_events(d)
    cpu = time.process_time() - start
    print(f"documents {len(docs)}  sentences {n_sent}  repeat {args.repeat}")
    print(f"events stage: {n_sent * args.repeat / cpu:,.0f} sentences/s (CPU {cpu:.2f} s)")
    print(f"output digest {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
