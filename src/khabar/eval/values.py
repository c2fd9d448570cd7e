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


def evaluate_values(paths: Iterable[str], *, fmt: str | None = None, limit: int | None = None,
                    **_options: Any) -> dict[str, dict[str, Any]]:
    """``{type: {n, exact, accuracy}}`` plus an ``overall`` row over every suite row in ``paths``.

    ``fmt="uner"`` instead scores DATE, TIME and NUMBER spans against the UNER corpus (see
    :func:`evaluate_uner`).
    """
    if fmt == "uner":
        return evaluate_uner(paths, limit=limit)
    if fmt not in (None, "suite"):
        raise InputError(f"eval values reads a value suite (default) or --format uner, not {fmt!r}")
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


#: khabar value types scored as UNER's NUMBER (UNER tags the number inside money and percentages)
_UNER_TYPES = {"DATE": "DATE", "TIME": "TIME", "CARDINAL": "NUMBER", "MONEY": "NUMBER",
               "PERCENT": "NUMBER", "QUANTITY": "NUMBER", "ORDINAL": "NUMBER"}
_UNER_TAG = re.compile(r"<(/?)(PERSON|LOCATION|ORGANIZATION|DATE|TIME|NUMBER|DESIGNATION)>")


def read_uner_line(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text of one UNER line and its DATE/TIME/NUMBER spans (malformed nesting skipped)."""
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    open_tags: list[tuple[str, int]] = []
    pos = 0
    length = 0
    for m in _UNER_TAG.finditer(line):
        chunk = line[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if not closing:
            open_tags.append((tag, length))
        elif open_tags and open_tags[-1][0] == tag:
            _, start = open_tags.pop()
            if tag in ("DATE", "TIME", "NUMBER"):
                spans.append((start, length, tag))
    text.append(line[pos:])
    return "".join(text), spans


def _uner_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            root = p / "docs" if (p / "docs").is_dir() else p
            files.extend(sorted(root.rglob("*.txt")))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError("no such file or folder", path=str(p))
    return files


def _read_text(p: Path) -> str:
    raw = p.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    return raw.decode("utf-8", errors="replace")


def evaluate_uner(paths: Iterable[str], *, limit: int | None = None) -> dict[str, dict[str, Any]]:
    """Span P/R/F1 per UNER type: ``exact`` (same offsets) and ``overlap`` (any shared character).

    UNER's TIME also covers durations (دو سال، چار ماہ), which khabar does not tag, and its NUMBER
    is the number inside a money or percent expression; the overlap scores allow for the latter.
    """
    gold_all: list[tuple[int, int, int, str]] = []
    pred_all: list[tuple[int, int, int, str]] = []
    n = 0
    for f in _uner_files(paths):
        for line in _read_text(f).splitlines():
            line = line.replace("\ufeff", "").strip()
            if not line:
                continue
            if limit is not None and n >= limit:
                break
            text, gold = read_uner_line(line)
            gold_all += [(n, s, e, t) for s, e, t in gold]
            pred_all += [(n, e.start, e.end, _UNER_TYPES[e.type]) for e in values_of(text, None)]
            n += 1
    table: dict[str, dict[str, Any]] = {}
    for tag in ("DATE", "TIME", "NUMBER"):
        gold = [g for g in gold_all if g[3] == tag]
        pred = [p for p in pred_all if p[3] == tag]
        row: dict[str, Any] = {"gold": len(gold), "found": len(pred)}
        for mode in ("exact", "overlap"):
            hit_p = sum(any(_same(p, g, mode) for g in gold) for p in pred)
            hit_g = sum(any(_same(p, g, mode) for p in pred) for g in gold)
            prec = hit_p / len(pred) if pred else 0.0
            rec = hit_g / len(gold) if gold else 0.0
            row[f"{mode}_p"] = prec
            row[f"{mode}_r"] = rec
            row[f"{mode}_f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[tag] = row
    table["sentences"] = {"gold": n}
    return table


def _same(p: tuple[int, int, int, str], g: tuple[int, int, int, str], mode: str) -> bool:
    if p[0] != g[0]:
        return False
    if mode == "exact":
        return p[1] == g[1] and p[2] == g[2]
    return p[1] < g[2] and g[1] < p[2]
