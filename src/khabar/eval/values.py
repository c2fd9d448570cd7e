"""``khabar eval values SUITE.tsv``: exact-match accuracy of value extraction on a suite file.

A suite is a TSV (``#`` comment lines, then the header
``sentence published type text value unit_precision``); each row names one expression that must
come out with exactly that type, text and normalized value (and unit or precision), or, for type
``NONE``, a word that must not be inside any value. The bundled suite is
``tests/entities/value_suite.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.document import Entity
from khabar.errors import FormatError, InputError
from khabar.pipeline import analyze

COLUMNS = ("sentence", "published", "type", "text", "value", "unit_precision")


@dataclass(frozen=True, slots=True)
class SuiteRow:
    sentence: str
    published: str | None
    type: str
    text: str
    value: str
    unit_precision: str
    line: int


def read_suite(path: str | Path) -> list[SuiteRow]:
    """Rows of a suite file; a malformed file raises FormatError naming the line."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read value suite: {exc}", path=str(p)) from exc
    rows: list[SuiteRow] = []
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                raise FormatError("value suite header must be: " + " ".join(COLUMNS), path=str(p), line=number)
            header_seen = True
            continue
        if len(cells) != len(COLUMNS):
            raise FormatError(f"expected {len(COLUMNS)} tab-separated cells, got {len(cells)}",
                              path=str(p), line=number)
        sentence, published, type_, text, value, extra = cells
        rows.append(SuiteRow(sentence, published or None, type_, text, value, extra, number))
    if not header_seen:
        raise FormatError("empty value suite", path=str(p))
    return rows


def canonical_value(value: Any) -> str:
    """The suite's spelling of a value: numbers without a trailing .0, None as empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def values_of(sentence: str, published: str | None) -> list[Entity]:
    """The value entities khabar finds in one sentence (names are left out of the comparison)."""
    from khabar.entities.values import extract_values

    doc = analyze(sentence, published=published, stages=("normalize", "sentences", "tokens"))
    return extract_values(doc)


def check_row(row: SuiteRow, found: list[Entity]) -> bool:
    """Whether ``found`` has the row's expression exactly (or, for NONE, nothing over the word)."""
    if row.type == "NONE":
        m = re.search(r"(?<!\w)" + re.escape(row.text) + r"(?!\w)", row.sentence)
        if m is None:
            return False
        return not any(e.start < m.end() and m.start() < e.end for e in found)
    for e in found:
        if e.type != row.type or e.text != row.text or e.text != row.sentence[e.start:e.end]:
            continue
        extra = e.unit if e.type in ("MONEY", "QUANTITY") else e.precision if e.type == "DATE" else None
        if canonical_value(e.value) == row.value and (extra or "") == row.unit_precision:
            return True
    return False


def evaluate_values(paths: Iterable[str], *, limit: int | None = None, **_options: Any) -> dict[str, dict[str, Any]]:
    """``{type: {n, exact, accuracy}}`` plus an ``overall`` row over every suite row in ``paths``."""
    rows = [row for path in paths for row in read_suite(path)]
    if limit is not None:
        rows = rows[:limit]
    tally: dict[str, list[int]] = {}
    for row in rows:
        ok = check_row(row, values_of(row.sentence, row.published))
        for key in (row.type, "overall"):
            counts = tally.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += ok
    table = {key: {"n": n, "exact": good, "accuracy": good / n if n else 0.0}
             for key, (n, good) in sorted(tally.items()) if key != "overall"}
    n, good = tally.get("overall", [0, 0])
    table["overall"] = {"n": n, "exact": good, "accuracy": good / n if n else 0.0}
    return table


def failures(paths: Iterable[str]) -> list[tuple[SuiteRow, list[Entity]]]:
    """The rows that do not come out right, with what was found instead (for debugging)."""
    out = []
    for path in paths:
        for row in read_suite(path):
            found = values_of(row.sentence, row.published)
            if not check_row(row, found):
                out.append((row, found))
    return out
