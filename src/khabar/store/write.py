"""One analysed document → rows in every table, inside the caller's transaction.

:func:`prepare_document` is pure (it runs in worker processes); :func:`write_document` runs in the
writing process and decides exact duplicate / near duplicate / new against the database.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from khabar.document import VALUE_TYPES, Document

from . import dedup
from .fold import entity_key, fold, fold_query, index_text, name_norm, tokens
from .schema import pack_doc


@dataclass(slots=True)
class Prepared:
    """An analysed document with what the store derives from it."""

    doc: dict[str, Any]
    hash: int
    #: the index text: folded tokens joined by spaces
    norm: str
    title_norm: str
    sig: bytes
    origin: str


def raw_hash(text: str) -> int:
    """A cheap key of the text as given: lets a resumed ingest skip analysing what it stored."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "big", signed=True)


def prepare_document(doc: Document, origin: str = "") -> Prepared:
    folded = fold(doc.text).norm
    words = tokens(folded)
    title = doc.meta.title or ""
    return Prepared(doc=doc.to_dict(), hash=dedup.text_hash(folded), norm=" ".join(words),
                    title_norm=index_text(fold_query(title)) if title else "", sig=dedup.signature(words),
                    origin=origin)


#: outcome of writing one document
ADDED, NEAR_DUPLICATE, DUPLICATE = "added", "near_duplicate", "duplicate"


class IdConflict(Exception):
    """The document's id is taken by a different text."""


def write_document(conn: sqlite3.Connection, p: Prepared) -> tuple[str, int]:
    """Store ``p``; return the outcome and the stored row (the earlier copy's for a duplicate)."""
    doc = p.doc
    row = conn.execute("SELECT rowid FROM documents WHERE hash = ?", (p.hash,)).fetchone()
    if row:
        return DUPLICATE, row[0]
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc["id"],)).fetchone()
    if row:
        raise IdConflict(doc["id"])
    near = _near_duplicate_of(conn, p.sig, p.norm)
    near_of, cluster = near if near else (None, None)
    meta = doc["meta"]
    cur = conn.execute(
        "INSERT INTO documents (id, hash, title, url, published, source, origin, text, meta, doc, cluster,"
        " near_of, text_sha) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc["id"], p.hash, meta.get("title"), meta.get("url"), meta.get("published"), meta.get("source"),
         p.origin, doc["text"], _dumps(meta), pack_doc(doc), cluster, near_of, raw_hash(doc["text"])))
    rowid = cur.lastrowid
    assert rowid is not None
    if cluster is None:
        conn.execute("UPDATE documents SET cluster = ? WHERE rowid = ?", (rowid, rowid))
    conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                 (rowid, p.title_norm, p.norm))
    # document frequencies, kept here because fts5vocab counts them by reading whole posting lists
    conn.executemany("INSERT INTO term_docs (term, docs) VALUES (?, 1)"
                     " ON CONFLICT (term) DO UPDATE SET docs = docs + 1",
                     [(t,) for t in sorted(set(p.norm.split()) | set(p.title_norm.split()))])
    if p.sig:
        conn.execute("INSERT INTO minhash (doc, sig) VALUES (?, ?)", (rowid, p.sig))
        conn.executemany("INSERT INTO lsh_bands (band, hash, doc) VALUES (?, ?, ?)",
                         [(b, h, rowid) for b, h in dedup.bands(p.sig)])
    _write_entities(conn, rowid, doc["entities"])
    _write_events(conn, rowid, doc["events"])
    conn.executemany(
        'INSERT INTO quotes (doc, start, "end", text, speaker_key, speaker_text, kind) VALUES (?,?,?,?,?,?,?)',
        [(rowid, q["start"], q["end"], q["text"], _actor_key(q.get("speaker")),
          (q.get("speaker") or {}).get("text"), q.get("kind")) for q in doc["quotes"]])
    conn.executemany("INSERT INTO keywords (doc, text, score) VALUES (?, ?, ?)",
                     [(rowid, k["text"], k["score"]) for k in doc["keywords"]])
    return (ADDED if cluster is None else NEAR_DUPLICATE), rowid


def _near_duplicate_of(conn: sqlite3.Connection, sig: bytes, norm: str) -> tuple[int, int] | None:
    """``(row, cluster)`` of the stored document most similar to this one, if similar enough.

    LSH finds candidates, their signatures pre-filter them, and the exact shingle similarity of
    the few left decides (a signature alone misjudges one pair in a few hundred near the threshold).
    """
    if not sig:
        return None
    shared: Counter[int] = Counter()
    for band, h in dedup.bands(sig):
        shared.update(r[0] for r in conn.execute(
            "SELECT doc FROM lsh_bands WHERE band = ? AND hash = ? ORDER BY doc DESC LIMIT ?",
            (band, h, dedup.BUCKET_LIMIT)))
    if not shared:
        return None
    # the number of shared bands grows with similarity: check the likeliest few only
    likely = [doc_row for doc_row, _ in shared.most_common(dedup.SIGNATURE_CHECKS)]
    marks = ",".join("?" * len(likely))
    scored = sorted(((dedup.similarity(sig, other), doc_row) for doc_row, other in conn.execute(
        f"SELECT doc, sig FROM minhash WHERE doc IN ({marks})", likely)), reverse=True)
    close = [doc_row for sim, doc_row in scored[:dedup.EXACT_CHECKS] if sim >= dedup.THRESHOLD - dedup.MARGIN]
    if not close:
        return None
    mine = dedup.shingle_set(norm.split())
    best, best_row = 0.0, None
    for doc_row, other_text in conn.execute(
            f"SELECT rowid, text FROM documents WHERE rowid IN ({','.join('?' * len(close))}) ORDER BY rowid",
            close):
        theirs = dedup.shingle_set(tokens(fold(other_text).norm))
        if len(mine & theirs) < dedup.MIN_SHARED:  # two short items alike only in their dateline
            continue
        sim = dedup.resemblance(mine, theirs)
        if sim > best:
            best, best_row = sim, doc_row
    if best_row is None or best < dedup.THRESHOLD:
        return None
    return best_row, conn.execute("SELECT cluster FROM documents WHERE rowid = ?", (best_row,)).fetchone()[0]


def _write_entities(conn: sqlite3.Connection, rowid: int, entities: list[dict[str, Any]]) -> None:
    per_entity: dict[int, int] = {}
    mentions = []
    values = []
    for ent in entities:
        if ent["type"] in VALUE_TYPES:
            value = ent.get("value")
            values.append((rowid, ent["type"], ent["start"], ent["end"], ent["text"],
                           value if isinstance(value, str) or value is None else _dumps(value),
                           ent.get("unit"), ent.get("precision"), ent.get("sentence")))
            continue
        ent_row = upsert_entity(conn, ent["text"], ent["type"], ent.get("entity_id"), ent.get("name_en"))
        per_entity[ent_row] = per_entity.get(ent_row, 0) + 1
        mentions.append((rowid, ent_row, ent["start"], ent["end"], ent["text"], ent.get("sentence"),
                         ent.get("confidence")))
    conn.executemany('INSERT INTO mentions (doc, entity, start, "end", text, sentence, confidence)'
                     " VALUES (?,?,?,?,?,?,?)", mentions)
    conn.executemany("INSERT INTO doc_entities (entity, doc, mentions) VALUES (?,?,?)",
                     [(e, rowid, n) for e, n in per_entity.items()])
    conn.executemany("UPDATE entities SET mentions = mentions + ?, documents = documents + 1 WHERE rowid = ?",
                     [(n, e) for e, n in per_entity.items()])
    conn.executemany('INSERT INTO value_mentions (doc, type, start, "end", text, value, unit, precision,'
                     " sentence) VALUES (?,?,?,?,?,?,?,?,?)", values)


def upsert_entity(conn: sqlite3.Connection, text: str, type_: str, entity_id: str | None,
                  name_en: str | None) -> int:
    """The row of the entity this mention names, created on first sight; records the variant."""
    key = entity_key(entity_id, text)
    row = conn.execute("SELECT rowid, name_en, type FROM entities WHERE key = ?", (key,)).fetchone()
    if row is None:
        ent_row = conn.execute(
            "INSERT INTO entities (key, entity_id, name_en, name, type) VALUES (?,?,?,?,?)",
            (key, entity_id, name_en, text, type_)).lastrowid
        assert ent_row is not None
        if name_en:
            conn.execute("INSERT INTO entity_names_tri (name, entity) VALUES (?, ?)",
                         (name_en.lower(), ent_row))
    else:
        ent_row = row[0]
        # a nationality adjective (چینی → China) shares its country's QID: the country names the entity
        if row[2] == "NORP" and type_ != "NORP":
            conn.execute("UPDATE entities SET type = ?, name_en = coalesce(?, name_en), name = ? WHERE rowid = ?",
                         (type_, name_en, text, ent_row))
        elif name_en and not row[1]:
            conn.execute("UPDATE entities SET name_en = ? WHERE rowid = ?", (name_en, ent_row))
    norm = name_norm(text)
    count = conn.execute(
        "INSERT INTO entity_variants (entity, norm, text, type, count) VALUES (?,?,?,?,1)"
        " ON CONFLICT (entity, text) DO UPDATE SET count = count + 1 RETURNING count",
        (ent_row, norm, text, type_)).fetchone()[0]
    if count == 1 and not conn.execute(
            "SELECT 1 FROM entity_variants WHERE entity = ? AND norm = ? AND text != ?",
            (ent_row, norm, text)).fetchone():
        conn.execute("INSERT INTO entity_names_tri (name, entity) VALUES (?, ?)", (norm, ent_row))
    return ent_row


def _write_events(conn: sqlite3.Connection, rowid: int, events: list[dict[str, Any]]) -> None:
    rows = []
    for i, ev in enumerate(events):
        a1, a2, loc = ev.get("actor1"), ev.get("actor2"), ev.get("location")
        trig = ev.get("trigger") or {}
        rows.append((rowid, ev.get("sentence"), ev["code"], ev["root"], ev.get("label"), ev.get("quad_class"),
                     ev.get("goldstein"), _actor_key(a1), (a1 or {}).get("text"), _actor_key(a2),
                     (a2 or {}).get("text"), _actor_key(loc), ev.get("date"), int(bool(ev.get("negated"))),
                     trig.get("start"), trig.get("end"), i))
    conn.executemany(
        "INSERT INTO events (doc, sentence, code, root, label, quad_class, goldstein, actor1_key, actor1_text,"
        " actor2_key, actor2_text, location_key, date, negated, trigger_start, trigger_end, idx)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def _actor_key(actor: dict[str, Any] | None) -> str | None:
    if not actor or not actor.get("text"):
        return None
    return entity_key(actor.get("entity_id"), actor["text"])


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
