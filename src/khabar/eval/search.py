"""Search and near-duplicate detection measured on COUNTER (Urdu news text reuse, 600 story pairs).

COUNTER pairs a news-agency source story (``NNNN.xml``) with a newspaper story derived from it
(``NNNNp.xml``), labelled WD (wholly derived), PD (partially derived) or ND (non-derived: the same
news written independently).

- **search**: the source stories are stored; each derived story's whole text is the query (a long
  query: the store turns it into an OR of its most distinctive words); reported are the mean
  reciprocal rank of its source, hits at 1 and at 10 — overall and per reuse class. A few source
  stories occur twice word for word; the store keeps one copy, which then counts for both.
- **near duplicates**: sources then derived stories are stored with deduplication on; a derived
  story counts as detected when the store links it to its source. Precision is over every link the
  store made (a near duplicate → the stored document it resembles most), against the WD+PD pairs;
  the detection rate is given per class.

The dataset is evaluation-only (CC BY-NC-SA); nothing of it is kept.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.errors import InputError

_NAME = re.compile(r"^(\d+)([pP]?)\.xml$")
#: reuse classes that count as near duplicates
REUSED = ("WD", "PD")


@dataclass(frozen=True, slots=True)
class Story:
    number: str
    derived: bool
    reuse: str
    title: str
    text: str


def read_counter(paths: Iterable[str]) -> list[tuple[Story, Story]]:
    """(source, derived) pairs from COUNTER XML files or folders holding them, by story number."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if _NAME.match(f.name))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError("no such file or folder", path=str(p))
    stories: dict[tuple[str, bool], Story] = {}
    for f in files:
        m = _NAME.match(f.name)
        if not m:
            continue
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError as exc:
            raise InputError(f"not COUNTER XML ({exc})", path=str(f)) from exc
        title = (root.findtext("headline") or "").strip()
        body = (root.findtext("body") or "").strip()
        story = Story(m.group(1), bool(m.group(2)), root.get("classification", ""), title,
                      f"{title}\n{body}" if title else body)
        stories[(story.number, story.derived)] = story
    pairs = [(stories[(n, False)], stories[(n, True)]) for n, d in sorted(stories) if not d and (n, True) in stories]
    if not pairs:
        raise InputError("no COUNTER story pairs (NNNN.xml + NNNNp.xml) found", path=", ".join(map(str, paths)))
    return pairs


def _document(story: Story, prefix: str):  # noqa: ANN202 - a Document
    from khabar.document import Meta
    from khabar.pipeline import analyze

    # search and dedup need only the normalized text: skip the slower stages
    return analyze(story.text, id=f"{prefix}{story.number}", meta=Meta(title=story.title),
                   stages=("normalize",))


def evaluate_search(paths: list[str], *, limit: int | None = None, **_: Any) -> dict[str, dict[str, Any]]:
    from khabar.store import Store
    from khabar.store.dedup import text_hash
    from khabar.store.fold import fold

    pairs = read_counter(paths)[:limit]
    table: dict[str, dict[str, Any]] = {}
    # COUNTER repeats a few source stories word for word; the store keeps the first copy
    stored: dict[str, str] = {}
    canonical = {src.number: stored.setdefault(text_hash(fold(src.text).norm), f"s{src.number}")
                 for src, _ in pairs}
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "search.db") as store:
            store.add_documents(_document(src, "s") for src, _ in pairs)
            ranks: dict[str, list[int | None]] = {}
            for src, der in pairs:
                found = store.search(der.text, limit=10)["results"]
                ids = [r["id"] for r in found]
                gold = canonical[src.number]
                rank = ids.index(gold) + 1 if gold in ids else None
                for row in ("all", der.reuse):
                    ranks.setdefault(row, []).append(rank)
        for row in ("all", *sorted(k for k in ranks if k != "all")):
            rs = ranks[row]
            table[f"search {row}"] = {
                "n": len(rs), "mrr": sum(1 / r for r in rs if r) / len(rs),
                "hit@1": sum(r == 1 for r in rs) / len(rs), "hit@10": sum(r is not None for r in rs) / len(rs)}
        with Store(Path(tmp) / "dedup.db") as store:
            store.add_documents(_document(src, "s") for src, _ in pairs)
            store.add_documents(_document(der, "d") for _, der in pairs)
            links = list(store.conn.execute(
                "SELECT d.id, n.id FROM documents d JOIN documents n ON n.rowid = d.near_of"))
    table.update(_dedup_scores(pairs, links, canonical))
    return table


def _dedup_scores(pairs: list[tuple[Story, Story]], links: list[tuple[str, str]],
                  canonical: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Scores of the store's links (each near duplicate → the stored document it matched best)."""
    predicted = {frozenset(link) for link in links}
    gold = {frozenset((canonical[s.number], f"d{d.number}")) for s, d in pairs if d.reuse in REUSED}
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    out: dict[str, dict[str, Any]] = {
        "near-dup WD+PD": {"n": len(gold), "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}}
    for reuse in sorted({d.reuse for _, d in pairs}):
        cls = [(s, d) for s, d in pairs if d.reuse == reuse]
        hit = sum(frozenset((canonical[s.number], f"d{d.number}")) in predicted for s, d in cls)
        out[f"near-dup {reuse}"] = {"n": len(cls), "detected": hit / len(cls)}
    return out
