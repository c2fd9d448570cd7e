"""``khabar eval joins PATH...``: how well ``khabar.text.joins`` repairs run-together words.

Dispatch by file:

- Makhzan ``replacements.tsv`` (``wrong<TAB>right``): repair accuracy, the share of approved fixes
  whose parts' norms equal the approved split exactly. The fix table is built from this very list,
  so the row ``makhzan segmenter`` also scores the general segmenter alone (no table): the honest,
  held-out number.
- UD ``*.conllu``: false-split rate, the share of gold word forms (FORM of every token line) that
  the tokenizer's space repair cuts (``split_written``: the word as typed, so a future ending on a
  typed ``ے``, ``جائےگا``, stays whole as in UD). UD also writes the future onto a verb spelled
  ``جائیگی``, which khabar repairs by policy, so those cuts are counted apart as well (``future``).
- CLE-UTB trees (``*-fun.txt`` or any file of bracketed trees): the same false-split rate over leaves.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from khabar.errors import FormatError, InputError
from khabar.text.joins import Part, load_tables, split_unlisted, split_written
from khabar.text.normalize import normalize

#: How many of the most frequent mistakes a row lists.
SHOW = 8

_LEAF = re.compile(r"\(([^\s()]+) ([^\s()]+)\)")

Splitter = Callable[[str], "list[Part] | tuple[Part, ...] | None"]


def evaluate_joins(paths: Iterable[str], **options: object) -> dict[str, dict[str, object]]:
    """``{row: {metric: value}}`` for every dataset file in ``paths`` (folders are searched)."""
    limit = options.get("limit")
    limit = limit if isinstance(limit, int) else None
    table: dict[str, dict[str, object]] = {}
    for path in _files(paths):
        kind = _kind(path)
        if kind == "makhzan":
            table.update(_eval_makhzan(path, limit))
        elif kind == "conllu":
            table[f"ud {path.stem}"] = _false_splits(_conllu_forms(path), limit)
        elif kind == "cle":
            table[f"cle-utb {path.stem}"] = _false_splits(_tree_leaves(path), limit)
    if not table:
        raise InputError("no joins dataset found: give Makhzan replacements.tsv, a UD .conllu or CLE-UTB trees")
    return table


def _files(paths: Iterable[str]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.iterdir() if f.is_file() and _kind(f))
        elif p.is_file():
            if not _kind(p):
                raise InputError(f"{p}: not a joins dataset (expected replacements.tsv, .conllu or CLE-UTB trees)")
            yield p
        else:
            raise InputError(f"{p}: no such file or folder")


def _kind(path: Path) -> str | None:
    name = path.name
    if name.endswith(".conllu"):
        return "conllu"
    if name.endswith(".tsv") and "replacement" in name:
        return "makhzan"
    if name.endswith(".txt"):
        with path.open(encoding="utf-8", errors="replace") as fh:
            head = fh.read(200).lstrip()
        return "cle" if head.startswith("(") else None
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError("not UTF-8 text", path=str(path)) from exc


# ------------------------------------------------------------------ Makhzan fixes


def _eval_makhzan(path: Path, limit: int | None) -> dict[str, dict[str, object]]:
    gold = _makhzan_gold(path)[:limit]
    full = _accuracy(gold, split_written)
    alone = _accuracy(gold, lambda word: split_written(word, split_unlisted))
    return {"makhzan table+segmenter": full, "makhzan segmenter": alone}


def _makhzan_gold(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(token as typed, normalized approved parts) for every line that inserts spaces."""
    gold = []
    for i, line in enumerate(_read(path).splitlines(), 1):
        wrong, tab, right = line.partition("\t")
        if not tab:
            raise FormatError("expected wrong<TAB>right", path=str(path), line=i)
        wrong, right = unicodedata.normalize("NFC", wrong), unicodedata.normalize("NFC", right)
        parts = right.split()
        # One line in the source is reversed (removes a space) and one only adds a ZWNJ: skip both.
        if " " in wrong.strip() or len(parts) < 2:
            continue
        gold.append((wrong, tuple(normalize(p).norm for p in parts)))
    return gold


def _accuracy(gold: list[tuple[str, tuple[str, ...]]], split: Splitter) -> dict[str, object]:
    right = 0
    misses: Counter[str] = Counter()
    for word, parts in gold:
        got = split(word)
        got_norms = tuple(p[2] for p in got) if got else (normalize(word).norm,)
        if got_norms == parts:
            right += 1
        else:
            misses[f"{word}→{' '.join(got_norms)}"] += 1
    return {"items": len(gold), "correct": right, "accuracy": right / len(gold) if gold else 0.0,
            "misses": " ".join(m for m, _ in misses.most_common(SHOW))}


# ------------------------------------------------------------------ false splits


def _false_splits(forms: Iterable[str], limit: int | None) -> dict[str, object]:
    tables = load_tables()
    words = splits = future = 0
    seen: Counter[str] = Counter()
    for i, form in enumerate(forms):
        if limit is not None and i >= limit:
            break
        word = normalize(form).norm
        if not word:
            continue
        words += 1
        # The tokenizer never offers a ZWNJ-joined word (کلام‌پاک): the writer joined it on purpose.
        got = None if "\u200c" in form else split_written(form)
        if got:
            splits += 1
            if any(p[2] in tables.future for p in got[1:]):
                future += 1
            seen[" ".join(p[2] for p in got)] += 1
    return {
        "words": words, "split": splits,
        "false_split_rate": splits / words if words else 0.0,
        "future": future,
        "rate_without_future": (splits - future) / words if words else 0.0,
        "top": " | ".join(f"{w}×{c}" for w, c in seen.most_common(SHOW)),
    }


def _conllu_forms(path: Path) -> Iterator[str]:
    for line in _read(path).splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise FormatError(f"{path}: not CoNLL-U (a token line has no FORM column)", path=str(path))
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword-token ranges and empty nodes are not gold words
        yield cols[1]


def _tree_leaves(path: Path) -> Iterator[str]:
    for line in _read(path).splitlines():
        for _tag, word in _LEAF.findall(line):
            yield word
