"""Build the data files of ``khabar.text.joins`` under ``src/khabar/data/joins/``.

    python scripts/build_joins.py \
        [--makhzan /work/shared/data/makhzan_stats] [--urduhack /work/shared/data/urduhack_urdu_words/words.txt] \
        [--min-count 20] [--keep-count 2] [--common-part 1000]

Reads ``function_words.tsv``, ``hand_fixes.tsv`` and ``hand_keep.tsv`` (hand-written, in the data folder)
and writes:

- ``vocab.tsv``: Makhzan word frequencies (MIT), normalized with khabar's ``normalize``, merged,
  pruned to ``--min-count``: the words a part of a run-together token may be.
- ``fixes.tsv``: Makhzan's approved space fixes (``replacements.tsv``, MIT) plus ``hand_fixes.tsv``
  (a hand row wins), normalized, each with the parts tiling the token.
- ``keep.tsv``: real words the general segmenter would cut: every word of the Makhzan frequency list
  seen at least ``--keep-count`` times, or listed by urduhack (MIT), that the segmenter splits, and the
  words of ``hand_keep.tsv``.
  Built WITHOUT the fix table, so evaluating the segmenter on the Makhzan fixes stays honest.

Run it again whenever ``khabar.text.normalize`` changes: the keys must match what it produces.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from khabar.text.joins import FINAL_HAMZA, JoinTables, _read_roles, make_tables, segment
from khabar.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "khabar" / "data" / "joins"
SHARED = Path("/work/shared/data")
DEFAULT_MAKHZAN = SHARED / "makhzan_stats"
DEFAULT_URDUHACK = SHARED / "urduhack_urdu_words" / "words.txt"

#: A word seen this often in Makhzan is a word, whatever its parts.
SURE_COUNT = 100
#: ... and one seen at least this share as often as its rarer part.
KEEP_RATIO = 0.01
#: ... or, when every part has two letters, seen this often.
SHORT_PARTS_COUNT = 10

VOCAB_HEADER = (
    "# Word counts for khabar.text.joins: the words a part of a run-together token may be. Built by\n"
    "# scripts/build_joins.py from the Makhzan corpus statistics stats/wordFrequency (MIT,\n"
    "# zeerakahmed/makhzan), normalized with khabar.text.normalize, words with count >= {min_count}.\n"
)
FIXES_HEADER = (
    "# Run-together tokens and their parts for khabar.text.joins. Built by scripts/build_joins.py from\n"
    "# the Makhzan approved word-breaking fixes scripts/Sources/stringReplacer/replacements (MIT,\n"
    "# zeerakahmed/makhzan; source=makhzan) and the hand-written hand_fixes.tsv (source=khabar, wins),\n"
    "# normalized with khabar.text.normalize. written: the token with a space between parts;\n"
    "# norm: the parts as khabar spells them.\n"
)
KEEP_HEADER = (
    "# Real words the joins segmenter would cut, so never cut. Built by scripts/build_joins.py from the\n"
    "# Makhzan word frequencies (MIT, zeerakahmed/makhzan; count >= {keep_count}) and the urduhack word\n"
    "# list words.txt (MIT, Copyright (c) 2018 Urdu Hack) and the hand-written hand_keep.tsv, normalized\n"
    "# with khabar.text.normalize.\n"
)


def norm_word(word: str) -> str:
    return normalize(unicodedata.normalize("NFC", word)).norm.strip()


def read_counts(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        norm = norm_word(word)
        if norm and " " not in norm:
            counts[norm] += int(count)
    return counts


def read_urduhack(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and "_" not in line:
            norm = norm_word(line.strip())
            if norm and " " not in norm:
                words.add(norm)
    return words


def split_written(wrong: str, right: str) -> tuple[str, list[str], list[str]] | None:
    """A Makhzan fix as (normalized token, written pieces, normalized parts), or None if unusable.

    Unusable: a line that removes a space (one is reversed in the source) or adds none (a ZWNJ).
    The pieces are cut where the spaces of ``right`` fall, mapped through normalize's offsets.
    """
    wrong, right = unicodedata.normalize("NFC", wrong), unicodedata.normalize("NFC", right)
    raw_parts = right.split()
    if " " in wrong.strip() or len(raw_parts) < 2 or "".join(raw_parts) != wrong:
        return None
    return pieces_of("".join(raw_parts), raw_parts, [norm_word(p) for p in raw_parts])


def pieces_of(raw: str, raw_parts: list[str], norms: list[str]) -> tuple[str, list[str], list[str]] | None:
    n = normalize(raw)
    cuts, at = [], 0
    for p in raw_parts[:-1]:
        at += len(p)
        cuts.append(at)
    norm_cuts = []
    for c in cuts:
        j = next((j for j, o in enumerate(n.to_original) if o >= c), None)
        if j is None or j in (0, len(n.norm)):
            return None
        norm_cuts.append(j)
    bounds = [0, *norm_cuts, len(n.norm)]
    pieces = [n.norm[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if any(not p for p in pieces) or any(not x or " " in x for x in norms):
        return None
    return n.norm, pieces, norms


def read_makhzan_fixes(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    fixes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("\t")
        got = split_written(wrong, right)
        if got is not None:
            fixes[got[0]] = (got[1], got[2])
    return fixes


def _table_rows(path: Path) -> list[str]:
    """The rows of a hand-written table: no comments, no blank lines, no header line."""
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")][1:]


def read_hand_fixes(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    fixes = {}
    for ln in _table_rows(path):
        written, norm = ln.split("\t")
        raw_parts, norms = written.split(), [norm_word(x) for x in norm.split()]
        got = pieces_of("".join(raw_parts), raw_parts, norms)
        if got is None or len(raw_parts) != len(norms):
            raise SystemExit(f"hand_fixes.tsv: bad row {ln!r}")
        fixes[got[0]] = (got[1], got[2])
    return fixes


def read_hand_keep(path: Path) -> set[str]:
    return {norm_word(ln.strip()) for ln in _table_rows(path)}


def build_fixes(makhzan: dict, hand: dict) -> str:
    rows = {w: (" ".join(p), " ".join(n), "makhzan") for w, (p, n) in makhzan.items()}
    rows.update({w: (" ".join(p), " ".join(n), "khabar") for w, (p, n) in hand.items()})
    body = "".join(f"{w}\t{p}\t{n}\t{s}\n" for w, (p, n, s) in sorted(rows.items()))
    return FIXES_HEADER + "word\twritten\tnorm\tsource\n" + body


def build_vocab(counts: dict[str, int], min_count: int) -> str:
    kept = sorted(((w, c) for w, c in counts.items() if c >= min_count), key=lambda x: (-x[1], x[0]))
    return VOCAB_HEADER.format(min_count=min_count) + "word\tcount\n" + "".join(f"{w}\t{c}\n" for w, c in kept)


def build_keep(counts: Counter[str], urduhack: set[str], approved: set[str], tables: JoinTables,
               keep_count: int, common_part: int) -> set[str]:
    """Words to keep whole among those the segmenter cuts.

    Makhzan is edited text, so a run-on form is rare there next to its parts (اوراس 72 times, اور
    and اس over 50,000), while a real word is not (کافی, جواب, کونے). Keep a word seen
    ``SURE_COUNT`` times, or ``keep_count`` times and at least ``KEEP_RATIO`` as often as its rarer
    part. urduhack lists run-on forms too (کردیا, ہوگیا), so a word only urduhack knows is kept
    when its split would use a part rarer than ``common_part``. Makhzan's approve list is kept.
    """
    keep = [w for w in sorted(approved) if segment(w, tables) is not None]
    for w in sorted(({w for w, c in counts.items() if c >= keep_count} | urduhack) - approved):
        parts = segment(w, tables)
        if parts is None or any(norm.endswith(FINAL_HAMZA) for _start, _end, norm in parts[:-1]):
            # Makhzan's own text runs words on after a final hamza (اشیاءکو 2 times, شرکاءکو 3), so
            # its counts do not make such a token a word
            continue
        rarest = min(tables.count(p[2]) for p in parts)
        seen = counts.get(w, 0)
        if all(len(p[2]) <= 2 for p in parts):
            # Two-letter function words run together (کایا, یاہو, پرتو): their counts say little.
            rarest = min(rarest, SHORT_PARTS_COUNT / KEEP_RATIO)
        if seen >= SURE_COUNT or (seen >= keep_count and seen >= KEEP_RATIO * rarest) or (
                w in urduhack and rarest < common_part):
            keep.append(w)
    return set(keep)


def build_all(makhzan_dir: Path, urduhack_path: Path, min_count: int, keep_count: int,
              common_part: int) -> dict[str, str]:
    """Every generated file as name → text (the tests rebuild fixes.tsv in memory the same way)."""
    counts = read_counts(makhzan_dir / "wordFrequency.nfc.tsv")
    # Makhzan's approveList: words its validator flagged and people confirmed as single words.
    approved = {norm_word(w) for w in (makhzan_dir / "approveList.txt").read_text(encoding="utf-8").split()}
    roles = _read_roles((DATA_DIR / "function_words.tsv").read_text(encoding="utf-8"))
    vocab = {w: c for w, c in counts.items() if c >= min_count}
    urduhack = read_urduhack(urduhack_path)
    # A run-on form in the vocabulary (جائیگا, 58 times) must not serve as a part (ہوجائیگا → ہو
    # جائیگا): drop every word the segmenter cuts and the keep list does not protect, and redo.
    for _ in range(2):
        bare = make_tables({}, frozenset(), vocab, roles)
        keep = build_keep(counts, urduhack, approved, bare, keep_count, common_part)
        vocab = {w: c for w, c in vocab.items() if w in keep or segment(w, bare) is None}
    keep |= read_hand_keep(DATA_DIR / "hand_keep.tsv")
    fixes = build_fixes(read_makhzan_fixes(makhzan_dir / "replacements.tsv"),
                        read_hand_fixes(DATA_DIR / "hand_fixes.tsv"))
    return {
        "vocab.tsv": build_vocab(vocab, min_count),
        "fixes.tsv": fixes,
        "keep.tsv": KEEP_HEADER.format(keep_count=keep_count) + "word\n" + "".join(f"{w}\n" for w in sorted(keep)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--makhzan", type=Path, default=DEFAULT_MAKHZAN, help="makhzan_stats folder")
    ap.add_argument("--urduhack", type=Path, default=DEFAULT_URDUHACK, help="urduhack words.txt")
    ap.add_argument("--min-count", type=int, default=20, help="vocabulary: least Makhzan count")
    ap.add_argument("--keep-count", type=int, default=2, help="keep list: least Makhzan count")
    ap.add_argument("--common-part", type=int, default=1000,
                    help="keep list: an urduhack word is kept when a part of its split is rarer than this")
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)
    for name, text in build_all(args.makhzan, args.urduhack, args.min_count, args.keep_count,
                                    args.common_part).items():
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10)) - text.count(chr(10) + '#') - 2} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())


