"""Learn the context letter rules of ``khabar.entities.romanize`` from the KB's name pairs.

Usage::

    python scripts/train_romanize.py           # write src/khabar/data/kb/romanize_rules.tsv
    python scripts/train_romanize.py --check   # exit 1 if the shipped rules are stale

Training data are word pairs (Urdu word → usual Latin spelling): the hand-written
``kb_sources/romanize_names.tsv`` plus the words of KB PERSON and place entries whose Urdu and English
names have the same number of words and whose consonants agree (``build_kb.sounds_alike``). A fixed
20 % of distinct Urdu words (by a hash of the word, :func:`is_test`) is held out for
``scripts/eval_romanize.py`` and never trained on.

Each pair is aligned letter by letter (hard EM: every Urdu letter writes a Latin piece of 0–4 letters,
e.g. ``مقصود`` ↔ ``ma|q|s|oo|d``). For every Urdu letter in every context seen in training
(neighbour letters, or their class, on either side; ``romanize.TEMPLATES``) the piece with the most
counts, interpolated down to coarser contexts, becomes a rule; the most specific context seen wins at
run time. A rule that says what its more general context already says is dropped (small table).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import build_kb  # noqa: E402
from shipped import write_or_check  # noqa: E402

from khabar.entities.romanize import RULES_FILE, TEMPLATES, context_keys, generalize  # noqa: E402

OUTPUT = ROOT / "src" / "khabar" / "data" / "kb" / RULES_FILE
PLACE_TYPES = ("PERSON", "GPE", "LOC")
BETA = 8.0
MAX_PIECE = 4
EM_ROUNDS = 5
_ASCII_WORD = re.compile(r"[a-z]+")
_VOWELS = set("aeiou")

#: Starting guess for the alignment only (EM replaces it): the plain sound of each letter.
_BASE = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh",
    "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ں": "n", "ھ": "h", "ہ": "h", "ۂ": "h", "ۃ": "h",
    "ا": "a", "آ": "a", "و": "o", "ی": "i", "ے": "e", "ع": "a", "ء": "", "ئ": "i", "ؤ": "u",
}


def is_test(word: str) -> bool:
    """The fixed held-out fifth of Urdu words (stable across runs and machines)."""
    return int(hashlib.sha1(word.encode("utf-8")).hexdigest(), 16) % 100 < 20


def is_dev(word: str) -> bool:
    """A fifth of the training words, for choosing settings without touching the test words."""
    return int(hashlib.sha1(("dev:" + word).encode("utf-8")).hexdigest(), 16) % 100 < 20


def collect_pairs(folder: Path = build_kb.SOURCES) -> dict[str, str]:
    """Urdu word → its usual Latin spelling (lower case): hand-written first, then the KB's most
    frequent aligned spelling (ties: alphabetical)."""
    return {u: w for u, (w, _) in collect_sourced_pairs(folder).items()}


def collect_sourced_pairs(folder: Path = build_kb.SOURCES) -> dict[str, tuple[str, str]]:
    """Like :func:`collect_pairs`, with where each word came from: ``name`` (the hand-written list or
    a PERSON entry) or ``place``."""
    hand: dict[str, str] = {}
    for line in (folder / build_kb.ROMANIZE_SOURCE).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("urdu\t"):
            continue
        urdu, _, latin = line.partition("\t")
        word, lat = build_kb.norm_name(urdu), latin.strip().lower()
        if word and " " not in word and _ASCII_WORD.fullmatch(lat):
            hand.setdefault(word, lat)
    votes: Counter[tuple[str, str]] = Counter()
    person: set[str] = set()
    for row in build_kb.validate_and_merge(build_kb.read_sources(folder)):
        if row.type not in PLACE_TYPES or not row.qid.startswith("Q"):
            continue  # (khabar-local entries are unverified; the rules learn from Wikidata-backed names)
        latin = row.name_en.split()
        for name in row.names:
            urdu = name.split()
            if len(urdu) != len(latin):
                continue
            for u, w in zip(urdu, latin, strict=True):
                if _ASCII_WORD.fullmatch(w.lower()) and build_kb.sounds_alike(u, w):
                    votes[(u, w.lower())] += 1
                    if row.type == "PERSON":
                        person.add(u)
    best: dict[str, tuple[int, str]] = {}
    for (urdu, latin), n in sorted(votes.items()):
        if n > best.get(urdu, (0, ""))[0]:
            best[urdu] = (n, latin)
    pairs = {u: (w, "name" if u in person else "place") for u, (_, w) in best.items()}
    pairs.update((u, (w, "name")) for u, w in hand.items())
    return {u: wk for u, wk in sorted(pairs.items()) if all(ch in _BASE for ch in u)}


def _start_cost(ch: str, piece: str) -> float:
    """Cost of letter ``ch`` writing ``piece`` before any counts exist."""
    base = _BASE[ch]
    if piece == base:
        return 0.0
    if base and piece.startswith(base) and set(piece[len(base):]) <= _VOWELS:
        return 1.0 + len(piece) - len(base)
    if base in _VOWELS or base == "":
        return 1.0 + len(piece) if set(piece) <= _VOWELS | {"y", "w", "v", "h"} else 6.0 + len(piece)
    if piece == "" or piece[0] != base[0]:
        return 5.0 + len(piece)
    return 3.0 + len(piece)


def _align(word: str, latin: str, cost) -> list[str] | None:
    """Cheapest split of ``latin`` into one piece per letter of ``word`` (monotone, pieces ≤ MAX_PIECE)."""
    n, m = len(word), len(latin)
    inf = math.inf
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        row, ch = best[i], word[i]
        for j in range(m + 1):
            if row[j] == inf:
                continue
            for k in range(0, min(MAX_PIECE, m - j) + 1):
                c = row[j] + cost(ch, latin[j:j + k])
                if c < best[i + 1][j + k]:
                    best[i + 1][j + k] = c
                    back[i + 1][j + k] = k
    if best[n][m] == inf:
        return None
    pieces: list[str] = []
    j = m
    for i in range(n, 0, -1):
        k = back[i][j]
        pieces.append(latin[j - k:j])
        j -= k
    return pieces[::-1]


def align_all(pairs: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Hard EM over letter → piece: align, count, re-cost from the counts, repeat."""
    cost = _start_cost
    aligned: list[tuple[str, list[str]]] = []
    for _ in range(EM_ROUNDS):
        aligned = []
        for word, latin in pairs.items():
            pieces = _align(word, latin, cost)
            if pieces is not None:
                aligned.append((word, pieces))
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for word, pieces in aligned:
            for ch, piece in zip(word, pieces, strict=True):
                counts[ch][piece] += 1
        table = {ch: (sum(c.values()), c) for ch, c in counts.items()}

        def cost(ch: str, piece: str, table=table) -> float:
            total, c = table.get(ch, (0, Counter()))
            n = c.get(piece, 0)
            # unseen pieces keep a starting-guess price so new alignments stay possible
            return -math.log((n + 0.1 * math.exp(-_start_cost(ch, piece))) / (total + 1.0))
    return aligned


def learn_rules(aligned: Iterable[tuple[str, list[str]]], beta: float = BETA,
                templates: tuple[str, ...] = TEMPLATES) -> dict[tuple[int, str], str]:
    """(template index, context key) → piece, pruned of rules their more general context repeats.

    A context's piece is the best under counts interpolated down the template chain (each level's
    counts plus ``beta`` pseudo-counts spread as the next coarser level predicts), so one odd
    foreign name seen in a specific context does not outvote the general habit of a letter."""
    counts: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    for word, pieces in aligned:
        for i, piece in enumerate(pieces):
            for t, key in enumerate(context_keys(word, i, templates)):
                counts[(t, key)][piece] += 1
    last = len(templates) - 1
    dists: dict[tuple[int, str], dict[str, float]] = {}

    def dist(t: int, key: str) -> dict[str, float]:
        if (t, key) in dists:
            return dists[(t, key)]
        c = counts[(t, key)]
        n = sum(c.values())
        if t == last:
            d = {p: k / n for p, k in c.items()}
        else:
            lower = dist(t + 1, generalize(t, key, templates))
            d = {p: (c.get(p, 0) + beta * q) / (n + beta) for p, q in lower.items()}
        dists[(t, key)] = d
        return d

    rules: dict[tuple[int, str], str] = {}
    for t, key in sorted(counts, reverse=True):
        d = dist(t, key)
        # ties broken alphabetically so the table is reproducible
        rules[(t, key)] = min(d, key=lambda p: (-d[p], p))
    return _prune(rules, counts, templates)


def _prune(rules: dict[tuple[int, str], str], counts: dict[tuple[int, str], Counter[str]],
           templates: tuple[str, ...]) -> dict[tuple[int, str], str]:
    """Drop a rule when the next rule the decoder would fall back to gives the same piece. Each
    template's key determines the keys of the ones after it, so the fallback is well defined."""
    last = len(templates) - 1
    kept = {k: v for k, v in rules.items() if k[0] == last}
    fallback_of: dict[tuple[int, str], tuple[int, str]] = {}
    for (t, key) in counts:
        if t < last:
            fallback_of[(t, key)] = (t + 1, generalize(t, key, templates))
    for t in range(last - 1, -1, -1):
        for (tt, key), piece in rules.items():
            if tt != t:
                continue
            up = fallback_of[(t, key)]
            while up not in rules:
                up = fallback_of[up]
            if rules[up] != piece:
                kept[(t, key)] = piece
    return kept


def render(rules: dict[tuple[int, str], str], n_pairs: int) -> str:
    lines = [
        "# Context letter rules for khabar.entities.romanize (Urdu letter in context → Latin piece).",
        "# GENERATED by scripts/train_romanize.py from scripts/kb_sources (KB name pairs, held-out test",
        f"# words excluded; {n_pairs} training pairs). Do not edit by hand.",
        "template\tcontext\tlatin",
    ]
    lines += [f"{t}\t{key}\t{piece}" for (t, key), piece in sorted(rules.items())]
    return "\n".join(lines) + "\n"


def build(folder: Path = build_kb.SOURCES) -> str:
    train = {u: w for u, w in collect_pairs(folder).items() if not is_test(u)}
    return render(learn_rules(align_all(train)), len(train))


def tune(folder: Path = build_kb.SOURCES) -> None:
    """How BETA was chosen: fit on training words outside the dev fifth, score on the dev fifth."""
    from eval_romanize import score

    from khabar.entities.romanize import letter_rules, spell_with

    train = {u: w for u, w in collect_pairs(folder).items() if not is_test(u)}
    fit = {u: w for u, w in train.items() if not is_dev(u)}
    dev = {u: w for u, w in train.items() if is_dev(u)}
    aligned = align_all(fit)
    exact, cer = score(letter_rules, dev)
    print(f"dev: {len(dev)} words; hand-written letter rules {exact:.1%} exact, CER {cer:.3f}")
    for beta in (2.0, 4.0, 8.0, 16.0, 32.0):
        rules: tuple[dict[str, str], ...] = tuple({} for _ in TEMPLATES)
        for (t, key), piece in learn_rules(aligned, beta).items():
            rules[t][key] = piece
        exact, cer = score(lambda w, r=rules: spell_with(w, r), dev)
        print(f"beta {beta:g}: {exact:.1%} exact, CER {cer:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=build_kb.SOURCES)
    ap.add_argument("--out", type=Path, default=OUTPUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped rules are stale")
    ap.add_argument("--tune", action="store_true",
                    help="score a few settings on the dev fifth of the training words (no test words)")
    args = ap.parse_args(argv)
    if args.tune:
        tune(args.sources)
        return 0
    return write_or_check(args.out, build(args.sources), check=args.check, script="train_romanize")


if __name__ == "__main__":
    raise SystemExit(main())
