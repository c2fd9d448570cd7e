"""Build ``src/khabar/data/text/aspirates.tsv`` from the Makhzan word frequencies (MIT).

On an Arabic keyboard one key (ه) types both Urdu hehs: gol heh ہ (کہا, بہت) and do-chashmi heh ھ,
which marks aspiration (تھا, بھی, کھیل). ``normalize`` folds ه to ہ; for words typed with ه it then
looks the word up here and restores ھ where edited Urdu writes it. The table keeps, for each word
spelled with ھ in Makhzan, its all-ہ spelling → the ھ spelling, when the ھ spelling is the more
frequent of the two by far (so کہا and انہوں stay, while تہا becomes تھا).

    .venv/bin/python scripts/build_text_data.py [--freq /work/shared/data/makhzan_stats/wordFrequency.nfc.tsv]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from khabar.text.normalize import normalize_word

DEFAULT_FREQ = "/work/shared/data/makhzan_stats/wordFrequency.nfc.tsv"
OUT = Path(__file__).resolve().parent.parent / "src" / "khabar" / "data" / "text" / "aspirates.tsv"
MIN_COUNT = 3
#: The ھ spelling must be this many times as frequent: where both spellings are common (انہوں and
#: انھوں), ہ is kept, so ه-typed text meets text typed the usual way.
RATIO = 10

HEADER = """\
# Words whose ہ typed with an Arabic-keyboard ه should be ھ (aspiration): typed (all ہ) -> word.
# Built by scripts/build_text_data.py from makhzan_stats/wordFrequency.nfc.tsv (Makhzan, MIT):
# a word spelled with ھ is kept when it is 10 times as frequent as its all-ہ spelling.
typed\tword
"""


def build_aspirates(counts: Iterable[tuple[str, int]], *, min_count: int = MIN_COUNT) -> dict[str, str]:
    """typed → word for every ھ word far more frequent than its all-ہ spelling."""
    freq: dict[str, int] = {}
    for word, count in counts:
        w = normalize_word(word)
        freq[w] = freq.get(w, 0) + count
    best: dict[str, tuple[int, str]] = {}
    for w, count in freq.items():
        if "ھ" not in w or count < min_count:
            continue
        typed = w.replace("ھ", "ہ")
        if count > RATIO * freq.get(typed, 0) and count > best.get(typed, (0, ""))[0]:
            best[typed] = (count, w)
    return {typed: w for typed, (_count, w) in best.items()}


def read_counts(path: str) -> Iterable[tuple[str, int]]:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        if word and count.isdigit():
            yield word, int(count)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--freq", default=DEFAULT_FREQ, help="word<TAB>count file (Makhzan, NFC)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    table = build_aspirates(read_counts(args.freq))
    rows = "".join(f"{typed}\t{word}\n" for typed, word in sorted(table.items()))
    Path(args.out).write_text(HEADER + rows, encoding="utf-8")
    print(f"{len(table)} entries -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
