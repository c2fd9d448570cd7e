"""``khabar eval quotes GOLD.tsv ... --data ROOT``: quotation extraction against stand-off gold.

The gold (``gold/quotes/*.tsv``, see its README) points at whole articles of the shared datasets by
dataset and document, with character offsets into the article text; the text is read from ``--data`` and
checked against the stored SHA-1 prefix, so no third-party text is kept in the repository. Each article
is analysed whole with ``khabar.analyze`` and its ``quotes`` are compared with the gold.

Matching: a system quote matches a gold quote of the same article when the spans overlap by at least half
of the longer span (one-to-one, largest overlap first). Rows: ``quote`` (P/R/F1 of the spans), ``direct``
and ``reported`` (the same, gold and system restricted to one kind), ``kind_accuracy`` and
``speaker_accuracy`` over the matched pairs, and ``full`` (a matched quote whose speaker is right). A
speaker is right when both are empty, when the spans overlap, or when one speaker's text contains the
other's (the system may name a later mention of the same person than the one the gold points at).

A gold file may instead annotate single sentences (``dev6`` on): its header has a ``unit`` column after
``doc``. The document is still analysed whole (a pronoun speaker needs the sentences before it), offsets
point into the document text, and only the system quotes that overlap the unit count. Units: COUNTER,
Bend the Truth and UNER ``start:end`` offsets into the document (UNER: its lines with the inline tags
removed, joined by ``\n``); Express teasers ``LINE:COLUMN`` (the file line and column), whose document is
that one cell.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from khabar.document import Quote
from khabar.errors import FormatError, InputError
from khabar.eval.events import (
    DEFAULT_DATA,
    _add,
    _counter_body,
    _Counts,
    _read,
    _tsv_rows,
    _uner_lines,
    gold_rows,
)

COLUMNS = ("dataset", "doc", "sha1", "quote", "kind", "quote_start", "quote_end", "speaker_start",
           "speaker_end")
#: the header of a gold file of single sentences
UNIT_COLUMNS = (*COLUMNS[:2], "unit", *COLUMNS[2:])
KINDS = ("direct", "reported")
#: a match needs this share of the longer span in common
MIN_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class GoldQuote:
    span: tuple[int, int]
    kind: str
    speaker: tuple[int, int] | None


@dataclass(slots=True)
class GoldArticle:
    dataset: str
    doc: str
    sha1: str
    quotes: list[GoldQuote] = field(default_factory=list)
    #: the sentence scored (``start:end`` or ``LINE:COLUMN``); ``None`` for a whole article
    unit: str | None = None


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Articles of one quotes gold file, in file order (an article with ``quote`` 0 has none)."""
    p = Path(path)
    out: dict[tuple[str, str, str | None], GoldArticle] = {}
    columns = UNIT_COLUMNS if _header(p) == UNIT_COLUMNS else COLUMNS
    for line_no, row in gold_rows(p, columns, "a quotes gold file (expected the header dataset\tdoc\tsha1\tquote\t...)"):
        key = (row["dataset"], row["doc"], row.get("unit"))
        art = out.setdefault(key, GoldArticle(row["dataset"], row["doc"], row["sha1"], unit=row.get("unit")))
        if row["sha1"] != art.sha1:
            raise FormatError(f"{row['doc']}: two different sha1 values for one article", path=str(p),
                              line=line_no)
        if row["quote"] == "0":
            continue
        if row["kind"] not in KINDS:
            raise FormatError(f"bad kind {row['kind']!r} (expected direct or reported)", path=str(p),
                              line=line_no)
        try:
            span = _span(row["quote_start"], row["quote_end"])
            speaker = _span(row["speaker_start"], row["speaker_end"]) if row["speaker_start"] else None
        except ValueError as exc:
            raise FormatError(f"bad offset: {exc}", path=str(p), line=line_no) from exc
        art.quotes.append(GoldQuote(span, row["kind"], speaker))
    return list(out.values())


def _header(path: Path) -> tuple[str, ...]:
    try:
        with path.open(encoding="utf-8") as fh:
            return tuple(fh.readline().rstrip("\n").split("\t"))
    except (OSError, UnicodeError):
        return ()  # gold_rows reports the error


def _span(start: str, end: str) -> tuple[int, int]:
    s, e = int(start), int(end)
    if not 0 <= s < e:
        raise ValueError(f"empty or negative span {start}:{end}")
    return s, e


def article_text(data: Path, art: GoldArticle) -> str:
    """The article a gold row points at, checked against its SHA-1 prefix.

    COUNTER: the ``<body>`` text as stored (not stripped). Bend the Truth: the file decoded as UTF-8
    without its BOM, CRLF turned into LF.
    """
    if art.dataset == "counter_urdu_news":
        text = _counter_body(str(data / art.dataset / art.doc))
    elif art.dataset == "bend_the_truth_urdu_fake_news":
        text = _plain_text(str(data / art.dataset / art.doc))
    elif art.dataset == "uner_urdu" and art.unit is not None:
        text = "\n".join(_uner_lines(str(data / art.dataset / art.doc)))
    elif art.dataset == "express_news_headlines" and art.unit is not None:
        line, _, column = art.unit.partition(":")
        text = _tsv_rows(str(data / art.dataset / art.doc))[int(line) - 1].get(column, "")
    else:
        raise FormatError(f"unknown dataset {art.dataset!r} in quotes gold")
    if hashlib.sha1(text.encode("utf-8")).hexdigest()[:len(art.sha1)] != art.sha1:
        raise InputError(f"{art.dataset}/{art.doc}: article text differs from the gold's; "
                         "check that --data points at the original dataset files")
    for q in art.quotes:
        if q.span[1] > len(text) or (q.speaker and q.speaker[1] > len(text)):
            raise FormatError(f"{art.dataset}/{art.doc}: offset past the end of the article")
    return text


def unit_window(art: GoldArticle, text: str) -> tuple[int, int]:
    """The part of ``text`` that is scored: the unit's offsets, else the whole text."""
    if art.unit is None or art.dataset == "express_news_headlines":
        return 0, len(text)
    a, _, b = art.unit.partition(":")
    try:
        start, end = int(a), int(b)
    except ValueError as exc:
        raise FormatError(f"{art.dataset}/{art.doc}: bad unit {art.unit!r} (expected start:end)") from exc
    if not 0 <= start < end <= len(text):
        raise FormatError(f"{art.dataset}/{art.doc}: unit {art.unit} outside the document")
    return start, end


@cache
def _plain_text(path: str) -> str:
    return _read(path, "utf-8-sig").replace("\r\n", "\n")


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do the spans share at least ``MIN_OVERLAP`` of the longer one?"""
    longer = max(a[1] - a[0], b[1] - b[0])
    return longer > 0 and _shared(a, b) >= MIN_OVERLAP * longer


def match_quotes(gold: Sequence[GoldQuote], system: Sequence[Quote]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, system index)`` pairs, the largest overlaps taken first."""
    cands = sorted(((_shared(g.span, (s.start, s.end)), gi, si) for gi, g in enumerate(gold)
                    for si, s in enumerate(system) if spans_match(g.span, (s.start, s.end))), reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def speaker_matches(text: str, gold: tuple[int, int] | None, system: Quote) -> bool:
    sp = system.speaker
    if gold is None or sp is None:
        return gold is None and sp is None
    if sp.start is not None and sp.end is not None and _shared(gold, (sp.start, sp.end)) > 0:
        return True
    g = " ".join(text[gold[0]:gold[1]].split())
    s = " ".join((text[sp.start:sp.end] if sp.start is not None and sp.end is not None else sp.text).split())
    return bool(g and s) and (g in s or s in g)


def score_article(text: str, gold: Sequence[GoldQuote], system: Sequence[Quote],
                  counts: dict[str, _Counts], hits: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Add one article's matches to ``counts`` and ``hits``; returns the matched pairs."""
    pairs = match_quotes(gold, system)
    _add(counts["quote"], len(pairs), len(system), len(gold))
    for kind in KINDS:
        g_k = [g for g in gold if g.kind == kind]
        s_k = [s for s in system if s.kind == kind]
        _add(counts[kind], len(match_quotes(g_k, s_k)), len(s_k), len(g_k))
    kind_ok = sum(1 for gi, si in pairs if gold[gi].kind == system[si].kind)
    speaker_ok = sum(1 for gi, si in pairs if speaker_matches(text, gold[gi].speaker, system[si]))
    hits["kind"][0] += kind_ok
    hits["kind"][1] += len(pairs)
    hits["speaker"][0] += speaker_ok
    hits["speaker"][1] += len(pairs)
    _add(counts["full"], speaker_ok, len(system), len(gold))
    return pairs


def evaluate_quotes(paths: Sequence[str], *, data: str | None = None, limit: int | None = None,
                    details: list | None = None, **_options: object) -> dict[str, dict[str, float | int]]:
    """P/R/F1 of quote spans (all, direct, reported), kind and speaker accuracy, and whole quotes.

    ``details``, when given, receives ``(article text, gold article, system quotes)`` per article.
    """
    from khabar.pipeline import analyze

    root = Path(data or DEFAULT_DATA)
    if not root.is_dir():
        raise InputError("dataset root not found; pass the shared data root with --data", path=str(root))
    articles = [a for p in paths for a in read_gold(p)]
    if limit is not None:
        articles = articles[:limit]
    counts = {k: _Counts() for k in ("quote", *KINDS, "full")}
    hits = {"kind": [0, 0], "speaker": [0, 0]}
    for art in articles:
        text = article_text(root, art)
        start, end = unit_window(art, text)
        system = [q for q in analyze(text).quotes if q.start < end and q.end > start]
        score_article(text, art.quotes, system, counts, hits)
        if details is not None:
            details.append((text, art, system))
    table: dict[str, dict[str, float | int]] = {k: counts[k].row() for k in ("quote", *KINDS)}
    for name in ("kind", "speaker"):
        ok, n = hits[name]
        table[f"{name}_accuracy"] = {"acc": round(ok / n, 4) if n else 0.0, "n": n}
    table["full"] = counts["full"].row()
    table["articles"] = {"n": len(articles), "gold_quotes": counts["quote"].n_gold}
    return table
