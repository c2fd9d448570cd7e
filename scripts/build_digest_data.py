"""Build the data files of ``khabar.digest`` under ``src/khabar/data/digest/``.

    python scripts/build_digest_data.py \
        [--stopwords /work/shared/data/urdu_stopwords/urduhack-stopwords.txt] \
        [--frequencies /work/shared/data/makhzan_stats/wordFrequency.nfc.tsv] [--min-count 5]

Writes:
- ``stopwords.tsv``: the urduhack list (MIT) plus the hand-written ``stopwords_extra.tsv``, every word
  run through khabar's ``normalize``, de-duplicated, sorted.
- ``background.tsv``: Makhzan word frequencies (MIT), normalized, merged, pruned to ``--min-count``;
  the header holds the corpus token total used for IDF.
- ``polarity.tsv``, ``modifiers.tsv``, ``stopwords_extra.tsv`` and ``predicates.tsv`` are hand-written; this script only
  rewrites them in canonical form (normalized, in token form, de-duplicated) and refuses conflicting
  duplicates.

The same functions rebuild the files in memory in ``tests/digest/test_data_integrity.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from khabar.text.normalize import normalize
from khabar.text.tokens import tokenize

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "khabar" / "data" / "digest"
SHARED = Path("/work/shared/data")
DEFAULT_STOPWORDS = SHARED / "urdu_stopwords" / "urduhack-stopwords.txt"
DEFAULT_FREQUENCIES = SHARED / "makhzan_stats" / "wordFrequency.nfc.tsv"

STOPWORDS_HEADER = (
    "# Urdu stop words for keyword and summary scoring. Built by scripts/build_digest_data.py from\n"
    "# urduhack stop_words 2020.05.29 (MIT, Copyright (c) 2018 Urdu Hack; source=urduhack) and the\n"
    "# hand-written stopwords_extra.tsv (source=khabar), normalized with khabar.text.normalize.\n"
)
BACKGROUND_HEADER = (
    "# Background word frequencies for IDF. Built by scripts/build_digest_data.py from the Makhzan\n"
    "# corpus statistics stats/wordFrequency (MIT, zeerakahmed/makhzan), normalized with\n"
    "# khabar.text.normalize, words with count >= {min_count} kept.\n"
    "# total_tokens={total}\n"
)


def norm_term(term: str) -> str:
    """A data entry as khabar sees it: its normalized tokens joined by single spaces.

    The tokenizer splits run-together words (``کردیا`` → ``کر دیا``), so an entry is stored the way
    it will be met in ``Token.norm`` sequences.
    """
    words = [t.norm for t in tokenize(normalize(term).norm.strip())]
    for _ in range(3):  # a split piece may itself be run-together (مقاصدکیلئے → مقاصد کیلئے → ...)
        again = [t.norm for w in words for t in tokenize(w)]
        if again == words:
            break
        words = again
    return " ".join(words)


def read_rows(lines: list[str]) -> tuple[list[str], list[str], list[list[str]]]:
    """Split a TSV with ``#`` comment lines into (comments, column header, rows)."""
    comments = [ln for ln in lines if ln.startswith("#")]
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if not body:
        return comments, [], []
    return comments, body[0].split("\t"), [ln.split("\t") for ln in body[1:]]


def build_stopwords(urduhack: list[str], extra: list[str]) -> str:
    # a run-together entry (اسکا) splits into tokens that are stop words on their own
    words: dict[str, str] = {}
    for line in urduhack:
        w = norm_term(line)
        if w and " " not in w and not line.startswith("#"):
            words.setdefault(w, "urduhack")
    for row in read_rows(extra)[2]:
        w = norm_term(row[0])
        if w and " " not in w:
            words.setdefault(w, "khabar")
    out = [STOPWORDS_HEADER, "word\tsource\n"]
    out += [f"{w}\t{src}\n" for w, src in sorted(words.items())]
    return "".join(out)


def build_background(freq_lines: list[str], *, min_count: int = 5) -> str:
    counts: Counter[str] = Counter()
    for line in freq_lines:
        word, _, count = line.rstrip("\n").partition("\t")
        if not count.isdigit():
            continue
        # a run-together word (کیلئے) counts for each token it splits into
        for w in norm_term(word).split():
            counts[w] += int(count)
    total = sum(counts.values())
    kept = sorted(((w, c) for w, c in counts.items() if c >= min_count), key=lambda x: (-x[1], x[0]))
    out = [BACKGROUND_HEADER.format(min_count=min_count, total=total), "word\tcount\n"]
    out += [f"{w}\t{c}\n" for w, c in kept]
    return "".join(out)


def canonical_lexicon(lines: list[str]) -> str:
    """Rewrite a hand-written lexicon (first column = term) normalized, de-duplicated and sorted."""
    comments, head, rows = read_rows(lines)
    if not head:
        raise ValueError("lexicon has no column header")
    seen: dict[str, list[str]] = {}
    for row in rows:
        if len(row) != len(head):
            raise ValueError(f"row {row!r} has {len(row)} columns, header has {len(head)}")
        term = norm_term(row[0])
        rest = [c.strip() for c in row[1:]]
        if term in seen and seen[term] != rest:
            raise ValueError(f"conflicting entries for {term!r}: {seen[term]} vs {rest}")
        seen[term] = rest
    out = [c if c.endswith("\n") else c + "\n" for c in comments]
    out.append("\t".join(head).rstrip("\n") + "\n")
    out += ["\t".join([t, *rest]) + "\n" for t, rest in sorted(seen.items())]
    return "".join(out)


def canonical_extra_stopwords(lines: list[str]) -> str:
    """The hand-written extra stop words, normalized, in their order, de-duplicated.

    An entry the tokenizer now splits (``کرلی`` → ``کر لی``) is dropped: its pieces are stop words.
    """
    comments, head, rows = read_rows(lines)
    seen: dict[str, None] = {}
    for row in rows:
        w = norm_term(row[0])
        if w and " " not in w:
            seen.setdefault(w)
    out = [c if c.endswith("\n") else c + "\n" for c in comments]
    out.append("\t".join(head or ["word"]).rstrip("\n") + "\n")
    out += [w + "\n" for w in seen]
    return "".join(out)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--stopwords", type=Path, default=DEFAULT_STOPWORDS)
    p.add_argument("--frequencies", type=Path, default=DEFAULT_FREQUENCIES)
    p.add_argument("--min-count", type=int, default=5)
    p.add_argument("--out", type=Path, default=DATA_DIR)
    args = p.parse_args(argv)
    for path in (args.stopwords, args.frequencies):
        if not path.is_file():
            print(f"{path}: not found; pass the dataset path as an argument", file=sys.stderr)
            return 1
    out: Path = args.out
    for name in ("stopwords_extra.tsv", "predicates.tsv"):
        listed = out / name
        if listed.is_file():
            listed.write_text(canonical_extra_stopwords(_lines(listed)), encoding="utf-8")
    (out / "stopwords.tsv").write_text(
        build_stopwords(_lines(args.stopwords), _lines(out / "stopwords_extra.tsv")), encoding="utf-8")
    (out / "background.tsv").write_text(
        build_background(_lines(args.frequencies), min_count=args.min_count), encoding="utf-8")
    for name in ("polarity.tsv", "modifiers.tsv"):
        path = out / name
        if path.is_file():
            path.write_text(canonical_lexicon(_lines(path)), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
