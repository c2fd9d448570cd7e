"""Build ``src/khabar/data/models/ner_kb_tokens.tsv``: the tagger's tokens of the knowledge base's names.

Usage::

    python scripts/build_kb_tokens.py            # write the shipped table
    python scripts/build_kb_tokens.py --check    # exit 1 if it is stale

At start-up the tagger reads every Urdu name of the knowledge base (``kb_names``: ``entities.tsv``
and ``aliases.tsv``) as the folded tokens khabar's tokenizer makes of it; tokenizing some ten thousand
names took about a fifth of the cold start. The table holds the result for the names it was built
for (a fingerprint of them heads it), listing only the names whose tokens differ from the name split
at its spaces. Run it after ``scripts/build_kb.py`` and after any change to the tokenizer or to
``fold_word``: with other names the tagger tokenizes them at start-up again (same output, slower),
and ``tests/entities/test_kb_tokens.py`` fails until the table is rebuilt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from shipped import write_or_check  # noqa: E402

from khabar.entities.tag_lexicon import KB_TOKENS_FILE, kb_names, kb_tokens_table  # noqa: E402

OUTPUT = ROOT / "src" / "khabar" / "data" / "models" / KB_TOKENS_FILE


def build_table() -> str:
    """The table for the knowledge base as it is now."""
    return kb_tokens_table([name for name, _type in kb_names()])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUTPUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped table is stale")
    args = ap.parse_args(argv)
    return write_or_check(args.out, build_table(), check=args.check, script="build_kb_tokens")


if __name__ == "__main__":
    raise SystemExit(main())
