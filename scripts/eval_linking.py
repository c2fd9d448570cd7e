"""How many of the names khabar finds it links to a knowledge-base entry, per entity type.

Usage::

    python scripts/eval_linking.py /work/shared/data/bend_the_truth_urdu_fake_news/train/real [--limit 200]

Reads the ``.txt`` files of a folder (sorted by name, the first ``--limit``), runs ``khabar.analyze``
on each and prints, per type (PERSON, ORG, GPE, ...), how many mentions were found and how many carry
an ``entity_id``. There is no linking gold: the share says how much of what the news names the
knowledge base covers, so only differences between runs mean something. ``--unlinked N`` also prints
the N most frequent unlinked mentions (what to add next).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from khabar import analyze


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder of .txt articles")
    ap.add_argument("--limit", type=int, default=200, help="articles to read (default 200)")
    ap.add_argument("--unlinked", type=int, default=0, help="print the N most frequent unlinked mentions")
    args = ap.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))[: args.limit]
    if not files:
        print(f"error: no .txt files in {args.folder}", file=sys.stderr)
        return 1
    found: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    unlinked: Counter[tuple[str, str]] = Counter()
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            return 1
        for ent in analyze(text).entities:
            if ent.is_value:
                continue
            found[ent.type] += 1
            if ent.entity_id:
                linked[ent.type] += 1
            else:
                unlinked[(ent.type, ent.text)] += 1
    print(f"{len(files)} articles from {args.folder}")
    print(f"{'type':<12} {'mentions':>8} {'linked':>8} {'share':>7}")
    for type_, n in found.most_common():
        print(f"{type_:<12} {n:>8} {linked[type_]:>8} {linked[type_] / n:>7.1%}")
    total, total_linked = sum(found.values()), sum(linked.values())
    if total:
        print(f"{'all':<12} {total:>8} {total_linked:>8} {total_linked / total:>7.1%}")
    for (type_, text), n in unlinked.most_common(args.unlinked):
        print(f"{n:>5}  {type_:<8} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
