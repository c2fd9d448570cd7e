#!/usr/bin/env python3
"""Run ``khabar.analyze`` over real Urdu news and check every document against the contract.

Usage::

    python scripts/check_corpus.py PATH [PATH ...] [--limit N] [--examples K] [--ud-group N]

PATH is a file or a folder (searched recursively) of any of:

* ``.txt``: one article per file (UTF-8, or UTF-16 with a BOM); UNER-style inline tags
  (``<LOCATION>…</LOCATION>``) are removed so the article reads as plain text;
* ``.xml``: COUNTER documents (``<headline>`` + ``<body>``; ``newsdate`` becomes the publication date);
* ``.conllu``: Universal Dependencies ``# text =`` lines, ``--ud-group`` sentences to a document;
* ``.jsonl``: one JSON object a line with a ``text`` field (and optional ``published``);
* ``.tsv`` with a header: one document a row, its Urdu columns joined by line breaks (headline and
  summary, a tweet); a ``date`` column starting ``YYYY-MM-DD`` becomes the publication date.

The rules are :func:`contract_problems` in ``tests/test_contract.py`` (the shared
``check_document.py`` plus sentence coverage, token/entity/event sentence indexes, quote text, values,
tone). It prints a table of problem counts, the first examples of each class, and timing. Nothing is
written anywhere; exit status 1 when any document crashed or broke the contract.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
_UNER_TAG = re.compile(r"</?(?:PERSON|LOCATION|ORGANIZATION|DATE|TIME|NUMBER|DESIGNATION)>")
_COUNTER_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})")
_SUFFIXES = (".txt", ".xml", ".conllu", ".jsonl", ".tsv")
_URDU = re.compile(r"[\u0600-\u06ff]")


class Article(NamedTuple):
    name: str
    text: str
    published: str | None


def _load_checker():
    """``contract_problems`` and ``Problem`` from tests/test_contract.py: one set of rules for both."""
    path = ROOT / "tests" / "test_contract.py"
    spec = importlib.util.spec_from_file_location("khabar_contract_rules", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"check_corpus: cannot load the contract rules from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_articles(paths: list[str], *, ud_group: int) -> Iterator[Article]:
    from khabar.io.encodings import decode_text

    for arg in paths:
        root = Path(arg)
        if not root.exists():
            raise SystemExit(f"check_corpus: {arg}: no such file or folder")
        files = sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES) if root.is_dir() else [root]
        for path in files:
            raw = path.read_bytes()
            if not raw:
                continue
            if path.suffix == ".xml":
                yield from _read_counter(path, decode_text(raw, str(path)))
            elif path.suffix == ".conllu":
                yield from _read_conllu(path, decode_text(raw, str(path)), ud_group)
            elif path.suffix == ".tsv":
                yield from _read_tsv(path, decode_text(raw, str(path)))
            elif path.suffix == ".jsonl":
                yield from _read_jsonl(path, decode_text(raw, str(path)))
            else:
                yield Article(str(path), _UNER_TAG.sub("", decode_text(raw, str(path))), None)


def _read_counter(path: Path, xml: str) -> Iterator[Article]:
    try:
        root = ET.fromstring(xml.encode("utf-8"))
    except ET.ParseError as exc:
        print(f"check_corpus: {path}: skipped, not well-formed XML ({exc})", file=sys.stderr)
        return
    parts = [(root.findtext(tag) or "").strip() for tag in ("headline", "body")]
    m = _COUNTER_DATE.fullmatch(root.get("newsdate", ""))
    published = None
    if m:
        day, month, year = (int(g) for g in m.groups())
        try:  # some newsdates are impossible (31.09.14): leave those documents undated
            published = date(year + (2000 if year < 100 else 0), month, day).isoformat()
        except ValueError:
            published = None
    yield Article(str(path), "\n".join(p for p in parts if p), published)


def _read_conllu(path: Path, conllu: str, group: int) -> Iterator[Article]:
    lines = [ln[len("# text = "):] for ln in conllu.splitlines() if ln.startswith("# text = ")]
    for i in range(0, len(lines), group):
        yield Article(f"{path}#{i + 1}", " ".join(lines[i:i + group]), None)


def _read_jsonl(path: Path, body: str) -> Iterator[Article]:
    for n, line in enumerate(body.splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            yield Article(f"{path}:{n}", rec.get("text", ""), rec.get("published"))


def _read_tsv(path: Path, table: str) -> Iterator[Article]:
    rows = [line.split("\t") for line in table.splitlines() if line.strip()]
    if not rows:
        return
    header = [h.strip().lower() for h in rows[0]]
    date_col = header.index("date") if "date" in header else None
    for n, row in enumerate(rows[1:], 2):
        text = "\n".join(cell.strip() for cell in row if _URDU.search(cell))
        published = None
        if date_col is not None and date_col < len(row):
            try:
                published = date.fromisoformat(row[date_col][:10]).isoformat()
            except ValueError:
                published = None
        yield Article(f"{path}:{n}", text, published)


class Run(NamedTuple):
    article: Article
    seconds: float
    sentences: int
    problems: list


def _analyze_timed(text: str, published: str | None, stage_s: Counter[str]):
    """What ``khabar.analyze`` does, stage by stage, adding each stage's seconds to ``stage_s``."""
    from khabar.document import Document, Meta
    from khabar.pipeline import STAGES

    doc = Document(text=text, meta=Meta(published=published))
    for stage in STAGES:
        t0 = time.perf_counter()
        doc = stage.run(doc)
        stage_s[stage.name] += time.perf_counter() - t0
    return doc


def check_articles(articles: Iterator[Article], rules, limit: int | None,
                   stage_s: Counter[str] | None = None) -> Iterator[Run]:
    import khabar

    for n, art in enumerate(articles):
        if limit is not None and n >= limit:
            return
        t0 = time.perf_counter()
        try:
            if stage_s is None:
                doc = khabar.analyze(art.text, published=art.published).to_dict(tokens=True)
            else:
                doc = _analyze_timed(art.text, art.published, stage_s).to_dict(tokens=True)
        except Exception as exc:  # noqa: BLE001 - a crash is the finding, keep going
            took = time.perf_counter() - t0
            yield Run(art, took, 0, [rules.crash_problem(exc)])
            continue
        took = time.perf_counter() - t0
        yield Run(art, took, len(doc["sentences"]), rules.contract_problems(doc, art.text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("``", ""))
    ap.add_argument("paths", nargs="+", metavar="PATH")
    ap.add_argument("--limit", type=int, default=None, help="check at most N documents")
    ap.add_argument("--examples", type=int, default=3, help="examples shown per problem class")
    ap.add_argument("--ud-group", type=int, default=20, help="UD sentences per document")
    ap.add_argument("--stages", action="store_true",
                    help="run the pipeline's stages one by one and show the time each takes")
    args = ap.parse_args(argv)

    t_import = time.perf_counter()
    rules = _load_checker()
    import khabar  # noqa: F401 - timed: part of a cold start

    import_s = time.perf_counter() - t_import
    counts: Counter[str] = Counter()
    docs_with: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    runs: list[tuple[float, str, int, int]] = []
    first_s = None
    stage_s: Counter[str] | None = Counter() if args.stages else None
    articles = read_articles(args.paths, ud_group=args.ud_group)
    for run in check_articles(articles, rules, args.limit, stage_s):
        if first_s is None:
            first_s = run.seconds
        runs.append((run.seconds, run.article.name, run.sentences, len(run.article.text)))
        for kind in {p.kind for p in run.problems}:
            docs_with[kind] += 1
        for p in run.problems:
            counts[p.kind] += 1
            if len(examples[p.kind]) < args.examples:
                examples[p.kind].append(f"{run.article.name}: {p.where}: {p.detail}")

    if not runs:
        print("check_corpus: no documents found", file=sys.stderr)
        return 1
    total_s = sum(r[0] for r in runs)
    n_sent = sum(r[2] for r in runs)
    n_chars = sum(r[3] for r in runs)
    print(f"{len(runs)} documents, {n_sent} sentences, {n_chars} characters")
    print(f"import {import_s:.2f} s; first document {first_s:.3f} s; analysis {total_s:.2f} s: "
          f"{n_sent / total_s:,.0f} sentences/s, {n_chars / total_s / 1000:,.0f}k chars/s")
    if len(runs) > 1:  # the first document also loads the data files
        warm_s = total_s - runs[0][0]
        print(f"after the first document: {(n_sent - runs[0][2]) / warm_s:,.0f} sentences/s")
    if stage_s:
        print("time by stage: " + ", ".join(f"{name} {sec:.2f} s ({sec / total_s:.0%})"
                                            for name, sec in stage_s.items()))
    print("slowest documents:")
    for sec, name, sents, chars in sorted(runs, reverse=True)[:5]:
        print(f"  {sec * 1000:8.1f} ms  {sents:5d} sentences {chars:7d} chars  {name}")
    print()
    if not counts:
        print("no problems: every document keeps the contract")
        return 0
    print(f"{'problem':<20} {'count':>7} {'documents':>10}")
    for kind, count in counts.most_common():
        print(f"{kind:<20} {count:>7} {docs_with[kind]:>10}")
    for kind, _ in counts.most_common():
        print(f"\n== {kind}")
        for line in examples[kind]:
            print(f"  {line[:400]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
