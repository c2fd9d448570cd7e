"""Speed and memory of the text engine (normalize + sentences + tokens), with spaCy side by side.

Run by hand (not a test)::

    .venv/bin/pip install spacy          # or: pip install -e .[bench]
    .venv/bin/python benchmarks/bench_text.py            # 2 MB, 3 rounds, spaCy, cold start
    .venv/bin/python benchmarks/bench_text.py --mb 5 --no-spacy --json
    .venv/bin/python benchmarks/bench_text.py --no-cold --phases   # and the time of each phase

The corpus is made of our own example articles (``examples/*.txt``): their lines are shuffled and
recombined into ~1 KB articles until the requested size is reached, so no two articles are equal
(and no cache can help). Each article goes through ``normalize``, ``split_sentences`` and
``tokenize`` the way the pipeline calls them, the view made once and passed on (and once more as
one long text, which shows the per-article overhead). spaCy runs the same articles through a blank
``ur`` pipeline with its rule-based ``sentencizer``. Throughput is CPU seconds of this one process (best of
``--rounds``), so other work on a shared machine does not count against either side. Cold start is the wall time of a fresh
``khabar analyze`` process on one example article.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def make_corpus(mb: float, seed: int = 13) -> list[str]:
    """Articles of 6-14 shuffled example lines each, until ``mb`` megabytes of UTF-8."""
    lines = [line for f in sorted(EXAMPLES.glob("*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        raise SystemExit(f"no example text under {EXAMPLES}")
    rng = random.Random(seed)
    docs: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        doc = "\n".join(rng.sample(lines, k=min(len(lines), rng.randint(6, 14))))
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def read_corpus(paths: list[str]) -> list[str]:
    """Articles from text files: blocks separated by blank lines."""
    docs = []
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        docs += [block.strip() for block in text.split("\n\n") if block.strip()]
    if not docs:
        raise SystemExit(f"no text in {' '.join(paths)}")
    return docs


def run_khabar(docs: list[str]) -> tuple[int, int]:
    from khabar.text import normalize, split_sentences, tokenize
    from khabar.text.normalize import _normalize_cached

    _normalize_cached.cache_clear()  # no round may reuse the views of the one before
    n_sent = n_tok = 0
    for text in docs:
        norm = normalize(text)
        sents = split_sentences(text, norm=norm)
        toks = tokenize(text, sents, norm=norm)
        n_sent += len(sents)
        n_tok += len(toks)
    return n_sent, n_tok


def run_phases(docs: list[str]) -> tuple[float, float, float]:
    """CPU seconds of each phase over ``docs``, the way :func:`run_khabar` calls them (a clock
    read around every call: a little slower in total than the plain run)."""
    from khabar.text import normalize, split_sentences, tokenize
    from khabar.text.normalize import _normalize_cached

    _normalize_cached.cache_clear()
    clock = time.process_time
    t_norm = t_sent = t_tok = 0.0
    for text in docs:
        t0 = clock()
        norm = normalize(text)
        t1 = clock()
        sents = split_sentences(text, norm=norm)
        t2 = clock()
        toks = tokenize(text, sents, norm=norm)
        del toks  # freeing the tokens is part of the work, as in run_khabar
        t3 = clock()
        t_norm += t1 - t0
        t_sent += t2 - t1
        t_tok += t3 - t2
    return t_norm, t_sent, t_tok


def run_normalize(docs: list[str]) -> tuple[int, int]:
    from khabar.text.normalize import _normalize_cached, normalize

    _normalize_cached.cache_clear()  # every round normalizes afresh
    return sum(len(normalize(text).norm) for text in docs), 0


def run_spacy(nlp, docs: list[str]) -> tuple[int, int]:
    n_sent = n_tok = 0
    for doc in nlp.pipe(docs, batch_size=256):
        n_sent += sum(1 for _ in doc.sents)
        n_tok += len(doc)
    return n_sent, n_tok


def timed(fn, *args, rounds: int) -> tuple[float, tuple[int, int]]:
    best = float("inf")
    out: tuple[int, int] = (0, 0)
    for _ in range(rounds):
        gc.collect()
        # CPU time of this process: the box is shared, and wall time would count other people's work.
        t0 = time.process_time()
        out = fn(*args)
        best = min(best, time.process_time() - t0)
    return best, out


def cold_start(article: Path, rounds: int) -> dict[str, float]:
    """Wall seconds of fresh processes: ``khabar analyze FILE`` and a bare text-engine import + call."""
    analyze = [sys.executable, "-m", "khabar", "analyze", str(article)]
    engine = [sys.executable, "-c",
              "import sys; from khabar.text import split_sentences, tokenize; "
              "t = open(sys.argv[1], encoding='utf-8').read(); tokenize(t, split_sentences(t))",
              str(article)]
    out: dict[str, float] = {}
    for name, cmd in (("khabar analyze", analyze), ("text engine only", engine)):
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, cwd=ROOT, check=False)
            times.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
                print(f"warning: {name} exited {proc.returncode}: {err[-1] if err else ''}", file=sys.stderr)
        out[name] = statistics.median(times)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of UTF-8 (default 2)")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds; the best is kept (default 3)")
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-start processes")
    ap.add_argument("--phases", action="store_true",
                    help="also time normalize, split_sentences and tokenize apart (CPU ms, best round each)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--corpus", metavar="FILE", nargs="+",
                    help="benchmark these UTF-8 text files instead (articles separated by blank lines)")
    args = ap.parse_args(argv)

    docs = read_corpus(args.corpus) if args.corpus else make_corpus(args.mb)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000
    source = " ".join(args.corpus) if args.corpus else "examples/*.txt recombined"
    result: dict[str, object] = {"corpus": source, "corpus_mb": round(mb, 3), "articles": len(docs)}

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    secs, (n_sent, n_tok) = timed(run_khabar, docs, rounds=args.rounds)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["khabar"] = {"seconds": round(secs, 4), "mb_per_s": round(mb / secs, 2),
                        "sentences": n_sent, "tokens": n_tok, "tokens_per_s": round(n_tok / secs),
                        "peak_rss_mb": round(rss_after / 1024, 1),
                        "rss_growth_mb": round((rss_after - rss_before) / 1024, 1)}

    n_secs, _ = timed(run_normalize, docs, rounds=args.rounds)
    result["khabar_normalize_only"] = {"seconds": round(n_secs, 4), "mb_per_s": round(mb / n_secs, 2)}

    if args.phases:
        best = [float("inf")] * 3
        for _ in range(args.rounds):
            gc.collect()
            best = [min(b, t) for b, t in zip(best, run_phases(docs), strict=True)]
        result["khabar_phases_ms"] = dict(zip(("normalize", "sentences", "tokens"),
                                              (round(b * 1000, 1) for b in best), strict=True))

    whole = ["\n\n".join(docs)]
    w_secs, _ = timed(run_khabar, whole, rounds=args.rounds)
    result["khabar_one_text"] = {"seconds": round(w_secs, 4), "mb_per_s": round(mb / w_secs, 2)}

    if not args.no_spacy:
        try:
            import spacy
        except ImportError:
            print("spaCy is not installed: pip install spacy (or .[bench]); skipping it", file=sys.stderr)
        else:
            nlp = spacy.blank("ur")
            nlp.add_pipe("sentencizer")
            s_secs, (s_sent, s_tok) = timed(run_spacy, nlp, docs, rounds=args.rounds)
            result["spacy"] = {"version": spacy.__version__, "seconds": round(s_secs, 4),
                               "mb_per_s": round(mb / s_secs, 2), "sentences": s_sent, "tokens": s_tok}
            result["khabar_vs_spacy"] = round(s_secs / secs, 2)

    if not args.no_cold:
        article = EXAMPLES / "01-xi-putin-virtual.txt"
        result["cold_start_s"] = {k: round(v, 3) for k, v in cold_start(article, args.rounds).items()}

    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print(result)
    return 0


def _print(r: dict) -> None:
    print(f"corpus: {r['corpus_mb']} MB in {r['articles']} articles ({r['corpus']})")
    k = r["khabar"]
    print(f"khabar  normalize+sentences+tokens: {k['mb_per_s']:>6} MB/s  {k['tokens_per_s']:>9} tokens/s  "
          f"({k['sentences']} sentences, {k['tokens']} tokens)  peak RSS {k['peak_rss_mb']} MB")
    print(f"khabar  normalize alone:             {r['khabar_normalize_only']['mb_per_s']:>6} MB/s")
    if "khabar_phases_ms" in r:
        print("khabar  per phase, CPU ms:            "
              + ", ".join(f"{k} {v}" for k, v in r["khabar_phases_ms"].items()))
    print(f"khabar  same corpus as one text:     {r['khabar_one_text']['mb_per_s']:>6} MB/s")
    if "spacy" in r:
        s = r["spacy"]
        print(f"spaCy {s['version']} blank ur + sentencizer: {s['mb_per_s']:>6} MB/s  "
              f"({s['sentences']} sentences, {s['tokens']} tokens)")
        print(f"khabar / spaCy speed: {r['khabar_vs_spacy']}x")
    if "cold_start_s" in r:
        for name, secs in r["cold_start_s"].items():
            print(f"cold start, {name}: {secs} s")


if __name__ == "__main__":
    raise SystemExit(main())
