"""Keywords against COUNTER headlines: a proxy for keyphrase quality (no keyphrase gold exists).

Usage::

    python scripts/eval_keywords.py /work/shared/data/counter_urdu_news/xml [--top 10] [--dump FILE]

For each COUNTER source story (``NNNN.xml``; the rewritten ``NNNNp.xml`` copies are skipped) the body
goes through ``khabar.analyze`` and its keywords are compared with the headline's content words: the
headline minus stop words and minus the light-verb halves that Urdu headlines end on (``ہلاک``,
``حاصل``, ``طلب``; ``predicates.tsv``), which a keyword list should not echo. Prints

- ``precision``: share of keywords with at least one headline content word;
- ``recall``: mean share of a headline's content words found among the article's keywords.

A headline is not a keyphrase list, so only differences between runs mean something; the script
prints no target. ``--dump`` writes ``file<TAB>keyword, keyword, ...`` per story for inspection.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar import analyze
from khabar.digest.lexicon import predicate_words, stop_words
from khabar.eval.digest import read_counter
from khabar.text import normalize

#: event predicates headlines end on, beside predicates.tsv (they stay keywords: a topic marker)
_HEADLINE_PREDICATES = frozenset({"ہلاک", "زخمی", "گرفتار"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="counter_urdu_news/xml")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args(argv)
    files = sorted(p for p in args.folder.glob("*.xml") if not p.stem.endswith("p"))
    if not files:
        print(f"{args.folder}: no COUNTER story (NNNN.xml) found", file=sys.stderr)
        return 1
    skip = stop_words() | predicate_words() | _HEADLINE_PREDICATES
    hits = total = 0
    recall_sum = 0.0
    scored = 0
    dump = []
    for path in files:
        headline, body = read_counter(path)
        if not headline or not body:
            continue
        head = set(normalize(headline).norm.split()) - skip
        doc = analyze(body)
        keywords = [k.text for k in doc.keywords[: args.top]]
        dump.append(f"{path.name}\t{'، '.join(keywords)}\n")
        words = [set(normalize(k).norm.split()) for k in keywords]
        total += len(words)
        hits += sum(bool(w & head) for w in words)
        if head:
            recall_sum += len(head & set().union(*words)) / len(head)
            scored += 1
    if args.dump:
        args.dump.write_text("".join(dump), encoding="utf-8")
    print(f"{'stories':<10}{'keywords':>10}{'precision':>11}{'recall':>9}")
    print(f"{len(dump):<10}{total:>10}{hits / max(total, 1):>11.4f}{recall_sum / max(scored, 1):>9.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
