"""Write docs/cli.md from the parsers' own --help, so the reference never drifts from the code.

    python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is stale (a test runs this)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def render_cli_reference() -> str:
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal width; pin it so output is stable
    from khabar.cli import build_parser

    parser = build_parser()
    parser.prog = "khabar"
    out = ["# Command-line reference", "",
           "Generated from `--help` by `scripts/gen_cli_docs.py`; a test fails when it is stale.",
           "Exit codes: 0 success, 1 bad input or usage (one line on stderr naming the file and the problem),",
           "2 internal error.", "", "```", parser.format_help().rstrip(), "```", ""]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, cmd in sub.choices.items():
        out += [f"## khabar {name}", "", "```", cmd.format_help().rstrip(), "```", ""]
    return "\n".join(out)


def main() -> int:
    text = render_cli_reference()
    if "--check" in sys.argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print("docs/cli.md is stale: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
