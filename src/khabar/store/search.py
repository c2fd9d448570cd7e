"""Ranked full-text search (BM25 over the folded index) with filters and snippets in original text.

A snippet is cut from the *original* text: hits are found in the folded view and mapped back through
the normalizer's offset map, so ``start`` is an offset into ``document.text`` and ``highlights`` are
offsets into the snippet text.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from khabar.document import NAME_TYPES, VALUE_TYPES
from khabar.errors import DataError, QueryError

from .fold import fold, fold_query, tokens
from .profiles import resolve_entities
from .query import (
    LONG_QUERY,
    LONG_QUERY_TERMS,
    Compiled,
    Phrase,
    compile_any,
    compile_query,
    is_plain,
    parse_query,
)
from .schema import URDU_TOKENCHARS

#: characters of original text in a snippet (about)
SNIPPET_CHARS = 220
#: the most alternative spellings one query word expands to
MAX_ALTERNATIVES = 8
#: matches ranked at most: a query matching more ranks the most recently stored this many
RANK_CAP = 2_000
#: candidates a pasted text's BM25 query fetches before they are ordered by likeness
RERANK = 30
#: BM25 weights of the title and body columns
WEIGHTS = (2.0, 1.0)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@cache
def _kb() -> Any:
    try:
        from khabar.entities.kb import load_kb

        return load_kb()
    except (ImportError, DataError):
        return None


class VariantExpander:
    """Known spellings of a phrase: from the corpus's own entity variants and from the KB."""

    def __init__(self, conn: sqlite3.Connection, *, use_kb: bool = True) -> None:
        self.conn = conn
        self.kb = _kb() if use_kb else None
        self._cache: dict[Phrase, list[Phrase]] = {}

    def __call__(self, phrase: Phrase) -> list[Phrase]:
        if phrase not in self._cache:
            self._cache[phrase] = self._alternatives(phrase)
        return list(self._cache[phrase])

    def known(self, phrase: Phrase) -> bool:
        norm = " ".join(phrase)
        if self.conn.execute("SELECT 1 FROM entity_variants WHERE norm = ? LIMIT 1", (norm,)).fetchone():
            return True
        return bool(self.kb is not None and self.kb.lookup(norm))

    def _alternatives(self, phrase: Phrase) -> list[Phrase]:
        norm = " ".join(phrase)
        out: list[Phrase] = [phrase]
        names = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT b.norm FROM entity_variants a JOIN entity_variants b"
            " ON b.entity = a.entity AND b.type = a.type"  # امریکہ expands to امریکا, not to امریکی
            " WHERE a.norm = ? ORDER BY b.count DESC LIMIT ?", (norm, MAX_ALTERNATIVES * 2))]
        if self.kb is not None:
            for entry in self.kb.lookup(norm):
                names.extend(entry.names)
        for name in names:
            alt = tuple(tokens(fold_query(name)))
            if alt and alt not in out:
                out.append(alt)
            if len(out) >= MAX_ALTERNATIVES:
                break
        return out


def search(conn: sqlite3.Connection, query: str | None, *, entity: str | None = None,
           type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           source: str | None = None, limit: int = 20, offset: int = 0, expand: bool = True) -> dict[str, Any]:
    check_page(limit, offset)
    compiled = _compile(conn, query, expand) if query and query.strip() else None
    where, params = _filters(conn, entity=entity, type=type, date_from=date_from, date_to=date_to,
                             source=source)
    if where is None:
        return {"query": query, "total": 0, "results": []}
    like = compiled.like if compiled else None
    # a text pasted as the query: take the best BM25 candidates, then order them by likeness
    window = (max(RERANK, offset + limit), 0) if like else (limit, offset)
    try:
        if compiled is None:
            clause = " AND ".join(f"d.rowid IN ({sub})" for sub, _ in where) or "1"
            total = conn.execute(f"SELECT count(*) FROM documents d WHERE {clause}", params).fetchone()[0]
            ranked = conn.execute(f"SELECT d.rowid, NULL FROM documents d WHERE {clause}"
                                  " ORDER BY d.published DESC, d.rowid LIMIT ? OFFSET ?", [*params, *window]).fetchall()
        else:
            # rank inside the index (rowid and score only), then read the few documents shown
            # counting every match is cheaper against the filter's row set; walking only the
            # newest matches is cheaper probing them one by one (see _filters)
            in_sets = " AND ".join(["documents_fts MATCH ?", *(f"+rowid IN ({sub})" for sub, _ in where)])
            fts = " AND ".join(["documents_fts MATCH ?", *(cond for _, cond in where)])
            args = [compiled.match, *params]
            total = conn.execute(f"SELECT count(*) FROM documents_fts WHERE {in_sets}", args).fetchone()[0]
            cap = max(RANK_CAP, sum(window))
            if total > cap:
                # scoring every match of a very common word dominates the time (about 0.5 µs a
                # match): rank the newest matches only (FTS5 walks rowids backwards without
                # scoring, then skips); never fewer than the page asked for reaches
                cutoff = conn.execute(f"SELECT rowid FROM documents_fts WHERE {fts} ORDER BY rowid DESC"
                                      " LIMIT 1 OFFSET ?", [*args, cap - 1]).fetchone()[0]
                fts += f" AND rowid >= {int(cutoff)}"
            ranked = conn.execute(
                f"SELECT rowid, bm25(documents_fts, {WEIGHTS[0]}, {WEIGHTS[1]}) AS score FROM documents_fts"
                f" WHERE {fts} ORDER BY score, rowid LIMIT ? OFFSET ?", [*args, *window]).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query ({exc}); put words with punctuation in quotes") from exc
    rows = _read_rows(conn, [r[0] for r in ranked])
    scores: list[float | None] = [None if r[1] is None else -r[1] for r in ranked]
    if like:
        scores = list(likeness(conn, like, [r[6] for r in rows]))
        order = sorted(range(len(rows)), key=lambda i: -scores[i])[offset:offset + limit]  # type: ignore[operator]
        rows, scores = [rows[i] for i in order], [scores[i] for i in order]
    results = []
    for (doc_id, title, published, src, url, _, text), sc in zip(rows, scores, strict=True):
        results.append({
            "id": doc_id, "title": title, "published": published, "source": src, "url": url,
            "score": None if sc is None else round(sc, 4),
            "snippet": make_snippet(text, compiled.highlight if compiled else []),
        })
    return {"query": query, "total": total, "results": results}


def _read_rows(conn: sqlite3.Connection, rowids: list[int]) -> list[tuple[Any, ...]]:
    if not rowids:
        return []
    found = {r[0]: r[1:] for r in conn.execute(
        f"SELECT rowid, id, title, published, source, url, rowid, text FROM documents"
        f" WHERE rowid IN ({','.join('?' * len(rowids))})", rowids)}
    return [found[r] for r in rowids]


def likeness(conn: sqlite3.Connection, words: list[str], texts: list[str]) -> list[float]:
    """TF-IDF cosine of the query text with each candidate, plus a share of common word pairs."""
    docs = [tokens(fold(t).norm) for t in texts]
    vocab = sorted(set(words).union(*docs))
    total = conn.execute("SELECT count(*) FROM documents").fetchone()[0] or 1
    df = document_frequencies(conn, vocab)

    def weights(toks: list[str]) -> dict[str, float]:
        w = {t: (1 + math.log(n)) * math.log((total + 1) / (df.get(t, 0) + 0.5)) for t, n in Counter(toks).items()}
        length = math.sqrt(sum(x * x for x in w.values())) or 1.0
        return {t: x / length for t, x in w.items()}

    q = weights(words)
    q_pairs = set(zip(words, words[1:], strict=False))
    out = []
    for toks in docs:
        d = weights(toks)
        pairs = set(zip(toks, toks[1:], strict=False))
        out.append(sum(x * d.get(t, 0.0) for t, x in q.items())
                   + len(q_pairs & pairs) / (math.sqrt(len(pairs)) + 1) / 10)
    return out


def _compile(conn: sqlite3.Connection, query: str, expand: bool) -> Compiled:
    if is_plain(query):
        words = tokens(fold_query(query))
        if len(words) > LONG_QUERY:
            compiled = compile_any(distinctive_terms(conn, words, LONG_QUERY_TERMS))
            compiled.like = words
            return compiled
    expander = VariantExpander(conn) if expand else None
    return compile_query(parse_query(query), expander)


def document_frequencies(conn: sqlite3.Connection, terms: list[str]) -> dict[str, int]:
    df: dict[str, int] = {}
    for i in range(0, len(terms), 900):
        chunk = terms[i:i + 900]
        df.update(conn.execute(f"SELECT term, docs FROM term_docs WHERE term IN ({','.join('?' * len(chunk))})",
                               chunk).fetchall())
    return df


def distinctive_terms(conn: sqlite3.Connection, words: list[str], n: int) -> list[str]:
    """The ``n`` words of ``words`` rarest in the corpus (highest IDF) that occur in it at all."""
    total = conn.execute("SELECT count(*) FROM documents").fetchone()[0] or 1
    counts = Counter(words)
    df = document_frequencies(conn, sorted(counts))
    scored = sorted((-(math.log(1 + (total - df[w] + 0.5) / (df[w] + 0.5)) * (1 + math.log(tf))), w)
                    for w, tf in counts.items() if df.get(w))
    terms = [w for _, w in scored[:n]]
    return terms or list(counts)[:n]


def _filters(conn: sqlite3.Connection, *, entity: str | None, type: str | None, date_from: str | None,
             date_to: str | None, source: str | None) -> tuple[list[tuple[str, str]] | None, list[Any]]:
    """Each filter as a subquery of document rows (narrow tables and covering indexes only) and as
    a condition on ``documents_fts.rowid`` for walking the newest matches; ``None`` when the filter
    can match nothing (an entity the corpus does not know).

    A set is used as ``+rowid IN (subquery)``: the unary + keeps FTS5 from running the match once
    per filtered rowid. An entity's condition probes the (entity, doc) key instead: a common entity
    is in most documents, and building that set cost more than the probes for the few matches a
    capped ranking walks (at 100k documents, the 2,000th newest match of a word among the documents
    of the most mentioned entity: 9 ms with the set, 0.8 ms probing). Counting all matches of a
    very common word goes the other way (12 ms with the set, 30 ms probing), so counts use the set.
    """
    sets: list[tuple[str, str]] = []
    params: list[Any] = []
    if type is not None:
        type = check_type(type)
    if entity:
        ents = resolve_entities(conn, entity)
        if not ents:
            return None, []
        marks = ",".join("?" * len(ents))
        if type is not None and type in NAME_TYPES:
            sets.append(_probed(f"entity IN (SELECT rowid FROM entities WHERE rowid IN ({marks}) AND type = ?)"))
            params += [*ents, type]
            type = None
        else:
            sets.append(_probed(f"entity IN ({marks})"))
            params += ents
    if type is not None:
        if type in NAME_TYPES:
            sets.append(_as_set("SELECT doc FROM doc_entities WHERE entity IN (SELECT rowid FROM entities WHERE type = ?)"))
        else:
            sets.append(_as_set("SELECT doc FROM value_mentions WHERE type = ?"))
        params.append(type)
    conds: list[str] = []
    if date_from:
        conds.append("published >= ?")
        params.append(check_date(date_from, "--from"))
    if date_to:
        conds.append("published <= ?")  # a prefix bound: 2021-12 takes in every day of December
        params.append(check_date(date_to, "--to") + "\uffff")
    if source:
        conds.append("source = ?")
        params.append(source)
    if conds:
        sets.append(_as_set("SELECT rowid FROM documents WHERE " + " AND ".join(conds)))
    return sets, params


def _as_set(sub: str) -> tuple[str, str]:
    return sub, f"+rowid IN ({sub})"


def _probed(cond: str) -> tuple[str, str]:
    return (f"SELECT doc FROM doc_entities WHERE {cond}",
            f"EXISTS (SELECT 1 FROM doc_entities WHERE {cond} AND doc = documents_fts.rowid)")


def check_date(value: str, what: str) -> str:
    value = fold_query(value.strip())
    if not _DATE.match(value) or not _real_date(value):
        raise QueryError(f"{what} {value!r} is not a date like 2021-12-20, 2021-12 or 2021")
    return value


def _real_date(value: str) -> bool:
    """False for a well-shaped date no calendar has (2020-13-45, 2021-02-30)."""
    import datetime as dt

    try:
        dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


#: the largest limit, offset or top accepted (SQLite's integers stop at 2**63 - 1)
MAX_PAGE = 1_000_000_000


def check_page(limit: int, offset: int) -> None:
    if not (0 <= limit <= MAX_PAGE and 0 <= offset <= MAX_PAGE):
        raise QueryError(f"limit and offset must be between 0 and {MAX_PAGE:,}")


def check_type(type: str) -> str:
    """An entity or value type in capitals; QueryError for one khabar does not tag."""
    folded = type.strip().upper()
    if folded not in NAME_TYPES and folded not in VALUE_TYPES:
        raise QueryError(f"unknown entity type {type!r}; use one of " + ", ".join(sorted(NAME_TYPES | VALUE_TYPES)))
    return folded


def make_snippet(text: str, highlight: list[tuple[Phrase, bool]]) -> dict[str, Any]:
    """The densest window of hits, in original text, with hit spans relative to it."""
    view = fold(text)
    hits = _hits(view.norm, highlight)
    lo = max(0, _densest(hits) - SNIPPET_CHARS // 4) if hits else 0
    hi = min(len(view.norm), lo + SNIPPET_CHARS)
    lo, hi = _word_bounds(view.norm, lo, hi)
    o_lo, o_hi = view.span_to_original(lo, hi) if hi > lo else (0, 0)
    marks = []
    for s, e in hits:
        if s >= lo and e <= hi:
            a, b = view.span_to_original(s, e)
            marks.append([a - o_lo, b - o_lo])
    return {"text": text[o_lo:o_hi], "start": o_lo, "highlights": marks}


def _densest(hits: list[tuple[int, int]]) -> int:
    """Start of the hit that opens the window of SNIPPET_CHARS holding the most hits."""
    best_start, best_n, j = hits[0][0], 0, 0
    for i, (start, _) in enumerate(hits):
        j = max(j, i)
        while j + 1 < len(hits) and hits[j + 1][1] - start <= SNIPPET_CHARS:
            j += 1
        if j - i + 1 > best_n:
            best_start, best_n = start, j - i + 1
    return best_start


def _hits(norm: str, highlight: list[tuple[Phrase, bool]]) -> list[tuple[int, int]]:
    """Spans of ``norm`` where a highlighted phrase occurs as whole index tokens, overlaps merged."""
    found: list[tuple[int, int]] = []
    for phrase, prefix in highlight:
        pattern = hit_pattern(phrase, prefix)
        if pattern is None:
            continue
        # str.find jumps to each occurrence of the first word; the regex only checks it there
        first = phrase[0]
        at = norm.find(first)
        while at >= 0:
            if m := pattern.match(norm, at):
                found.append(m.span())
            at = norm.find(first, at + 1)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(found):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


_LETTER = rf"(?:[^\W\d_]|[{URDU_TOKENCHARS}])"
_SEP = rf"(?:(?![0-9]|{_LETTER}).)*"


@lru_cache(maxsize=512)
def hit_pattern(phrase: Phrase, prefix: bool) -> re.Pattern[str] | None:
    """A regex matching ``phrase`` at a position of a folded text, token by token.

    The same tokens as :data:`~khabar.store.fold.TOKEN_RE` gives, found in C instead of by listing
    every token of the document: each word must be a whole token (no digit next to a digit, no
    letter next to a letter), words are separated by non-token characters, and a prefix query's
    last word may run on to the end of its token.
    """
    if not phrase:
        return None
    parts = []
    for i, word in enumerate(phrase):
        cls = "[0-9]" if word[0] in "0123456789" else _LETTER
        part = f"(?<!{cls}){re.escape(word)}"
        part += f"{cls}*" if prefix and i == len(phrase) - 1 else f"(?!{cls})"
        parts.append(part)
    return re.compile(_SEP.join(parts), re.DOTALL)


def _word_bounds(s: str, lo: int, hi: int) -> tuple[int, int]:
    """Widen/narrow ``[lo, hi)`` so it neither starts nor ends inside a word."""
    while lo > 0 and not s[lo - 1].isspace() and hi - lo < SNIPPET_CHARS + 40:
        lo -= 1
    if hi < len(s):
        cut = s.rfind(" ", lo, hi)
        if cut > lo + SNIPPET_CHARS // 2:
            hi = cut
    return lo, hi
