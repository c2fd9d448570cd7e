"""Score the letter rules of ``khabar.entities.romanize`` on held-out KB name words.

Usage::

    python scripts/eval_romanize.py [PATH_TO_KB_SOURCES] [--split test|train] [--errors N]

Pairs are those of ``scripts/train_romanize.py`` (Urdu word → usual Latin spelling from the KB and
``romanize_names.tsv``); ``test`` is the fixed hash-held-out 20 % of Urdu words that no shipped rule
was learned from. The word table is not consulted: both rows spell every word by rule.
Prints exact match (case-insensitive) and mean character error rate (edit distance / length of the
Latin word) for the hand-written letter rules and for the learned context rules.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_romanize  # noqa: E402

from khabar.entities.romanize import letter_rules, romanize_word  # noqa: E402


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def score(spell: Callable[[str], str], pairs: dict[str, str]) -> tuple[float, float]:
    """(exact-match rate, mean character error rate) of ``spell`` over ``pairs``."""
    if not pairs:
        return 0.0, 0.0
    exact = cer = 0.0
    for urdu, latin in pairs.items():
        guess = spell(urdu).lower()
        exact += guess == latin.lower()
        cer += edit_distance(guess, latin.lower()) / len(latin)
    return exact / len(pairs), cer / len(pairs)


def select(pairs: dict[str, str], split: str) -> dict[str, str]:
    if split == "test":
        return {u: w for u, w in pairs.items() if train_romanize.is_test(u)}
    return {u: w for u, w in pairs.items() if not train_romanize.is_test(u)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", type=Path, nargs="?", default=train_romanize.build_kb.SOURCES)
    ap.add_argument("--split", choices=("test", "train"), default="test")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong learned spellings")
    args = ap.parse_args(argv)
    pairs = select(train_romanize.collect_pairs(args.sources), args.split)
    print(f"{args.split}: {len(pairs)} Urdu words")
    print("| rules | exact match | mean CER |")
    print("|---|---:|---:|")
    for name, spell in (("hand-written letter rules", letter_rules), ("learned context rules", romanize_word)):
        exact, cer = score(spell, pairs)
        print(f"| {name} | {exact:.1%} | {cer:.3f} |")
    shown = 0
    for urdu, latin in pairs.items():
        if shown >= args.errors:
            break
        if romanize_word(urdu) != latin:
            print(f"{urdu}\t{latin}\t{romanize_word(urdu)}\t{letter_rules(urdu)}")
            shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
