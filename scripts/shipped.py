"""Writing a generated table that ships with the package, or checking that the shipped one is current
(the ``--check`` of the build scripts)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(out: Path, text: str, *, check: bool, script: str) -> int:
    """With ``check``: 1 (and a message naming ``scripts/<script>.py``) where ``out`` differs from
    ``text``, else 0. Without: write ``text`` to ``out`` and return 0."""
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{script}: {out} is stale; run python scripts/{script}.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0
