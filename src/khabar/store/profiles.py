"""Entities across the corpus: the most mentioned, one entity's profile, and stored events.

An entity is found by its key (``Q30``, ``ur:نیا_نام``), its QID, its English name (any case), any
spelling seen in the corpus (folded, so diacritics and ي/ی do not matter) or a KB spelling.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from khabar.errors import DataError, QueryError

from .fold import entity_key, name_norm
from .schema import unpack_doc

#: co-occurring entities listed in a profile
COOCCURRING = 20
#: events listed in a profile
PROFILE_EVENTS = 100

_ENTITY_COLUMNS = (
    "e.key, e.entity_id, e.name_en,"
    " coalesce((SELECT v.text FROM entity_variants v WHERE v.entity = e.rowid"
    "           ORDER BY v.count DESC, v.text LIMIT 1), e.name),"
    " e.type, e.mentions, e.documents")


def _entity_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    key, entity_id, name_en, name, type_, mentions, documents = row
    return {"key": key, "entity_id": entity_id, "name_en": name_en, "name": name, "type": type_,
            "mentions": mentions, "documents": documents}


def resolve_entities(conn: sqlite3.Connection, name_or_key: str) -> list[int]:
    """Rows of the entities ``name_or_key`` names, most mentioned first (empty when none)."""
    name = name_or_key.strip()
    if not name:
        return []
    exact = [
        ("SELECT rowid FROM entities WHERE key = ?", name),
        ("SELECT rowid FROM entities WHERE entity_id = ?", name),
        ("SELECT rowid FROM entities WHERE name_en = ? COLLATE NOCASE", name),
        ("SELECT rowid FROM entities WHERE key = ?", entity_key(None, name)),
    ]
    for sql, arg in exact:
        rows = [r[0] for r in conn.execute(sql, (arg,))]
        if rows:
            return _by_mentions(conn, rows)
    norm = name_norm(name)
    rows = [r[0] for r in conn.execute("SELECT DISTINCT entity FROM entity_variants WHERE norm = ?", (norm,))]
    qids = _kb_qids(norm)
    if qids:
        marks = ",".join("?" * len(qids))
        rows += [r[0] for r in conn.execute(f"SELECT rowid FROM entities WHERE entity_id IN ({marks})", qids)]
    return _by_mentions(conn, sorted(set(rows)))


def find_entity(conn: sqlite3.Connection, name_or_key: str) -> int | None:
    """The entity a user means: an exact match (see :func:`resolve_entities`), else the most
    mentioned one whose name contains the text (``بائیڈن`` → جو بائیڈن)."""
    rows = resolve_entities(conn, name_or_key) or _by_mentions(conn, names_containing(conn, name_or_key))
    return rows[0] if rows else None


def _by_mentions(conn: sqlite3.Connection, rows: list[int]) -> list[int]:
    if len(rows) < 2:
        return rows
    marks = ",".join("?" * len(rows))
    return [r[0] for r in conn.execute(
        f"SELECT rowid FROM entities WHERE rowid IN ({marks}) ORDER BY mentions DESC, key", rows)]


def _kb_qids(norm: str) -> list[str]:
    try:
        from khabar.entities.kb import load_kb

        return sorted({e.qid for e in load_kb().lookup(norm) if e.qid})
    except (ImportError, DataError):
        return []


def list_entities(conn: sqlite3.Connection, *, type: str | None = None, top: int = 50,
                  match: str | None = None) -> list[dict[str, Any]]:
    from .search import MAX_PAGE, check_type

    if not 0 <= top <= MAX_PAGE:
        raise QueryError(f"--top must be between 0 and {MAX_PAGE:,}")
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("e.type = ?")
        params.append(check_type(type))
    if match:
        rows = names_containing(conn, match)
        where.append(f"e.rowid IN ({','.join('?' * len(rows))})")
        params += rows
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities e {clause}"
                        " ORDER BY e.mentions DESC, e.documents DESC, e.key LIMIT ?", [*params, top])
    return [_entity_dict(r) for r in rows]


def names_containing(conn: sqlite3.Connection, text: str) -> list[int]:
    """Entities with a spelling or English name containing ``text`` (trigram index; 3+ letters)."""
    needle = name_norm(text) if not text.isascii() else text.strip().lower()
    if len(needle) < 3:
        return [r[0] for r in conn.execute(
            "SELECT DISTINCT entity FROM entity_variants WHERE norm LIKE ? ESCAPE '\\'",
            (needle.replace("%", "\\%").replace("_", "\\_") + "%",))] if needle else []
    quoted = '"' + needle.replace('"', '""') + '"'
    return sorted({r[0] for r in conn.execute(
        "SELECT entity FROM entity_names_tri WHERE entity_names_tri MATCH ?", (quoted,))})


def entity_profile(conn: sqlite3.Connection, name_or_key: str) -> dict[str, Any] | None:
    ent = find_entity(conn, name_or_key)
    if ent is None:
        return None
    info = _entity_dict(conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.rowid = ?",
                                     (ent,)).fetchone())
    variants = [{"text": t, "count": c} for t, c in conn.execute(
        "SELECT text, count FROM entity_variants WHERE entity = ? ORDER BY count DESC, text", (ent,))]
    return {
        "entity": info,
        "variants": variants,
        "timeline": _timeline(conn, ent, 7),
        "timeline_days": _timeline(conn, ent, 10),
        "cooccurring": [
            {"key": k, "name_en": en, "name": n, "type": t, "documents": d}
            for k, en, n, t, d in conn.execute(
                "SELECT e.key, e.name_en, coalesce((SELECT v.text FROM entity_variants v WHERE v.entity = e.rowid"
                " ORDER BY v.count DESC, v.text LIMIT 1), e.name), e.type, count(*) AS docs"
                " FROM doc_entities a JOIN doc_entities b ON b.doc = a.doc AND b.entity != a.entity"
                " JOIN entities e ON e.rowid = b.entity WHERE a.entity = ?"
                " GROUP BY b.entity ORDER BY docs DESC, e.key LIMIT ?", (ent, COOCCURRING))],
        "events": list_events(conn, actor_keys=[info["key"]], limit=PROFILE_EVENTS),
    }


def _timeline(conn: sqlite3.Connection, ent: int, width: int) -> list[dict[str, Any]]:
    return [{"period": p, "mentions": n} for p, n in conn.execute(
        "SELECT substr(d.published, 1, ?) AS period, sum(de.mentions) FROM doc_entities de"
        " JOIN documents d ON d.rowid = de.doc WHERE de.entity = ? AND length(d.published) >= ?"
        " GROUP BY period ORDER BY period", (width, ent, width))]


def list_events(conn: sqlite3.Connection, *, actor: str | None = None, actor_keys: list[str] | None = None,
                code: str | None = None, date_from: str | None = None, date_to: str | None = None,
                limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    from .search import check_date, check_page

    check_page(limit, offset)
    where: list[str] = []
    params: list[Any] = []
    if actor:
        rows = resolve_entities(conn, actor)
        actor_keys = [r[0] for r in conn.execute(
            f"SELECT key FROM entities WHERE rowid IN ({','.join('?' * len(rows))})", rows)] if rows else []
        actor_keys.append(entity_key(None, actor))
    if actor_keys is not None:
        marks = ",".join("?" * len(actor_keys))
        where.append(f"(ev.actor1_key IN ({marks}) OR ev.actor2_key IN ({marks}))")
        params += [*actor_keys, *actor_keys]
    if code:
        code = code.strip()
        if not code.isdigit():
            raise QueryError(f"--code {code!r} is not a CAMEO code such as 04 or 042")
        where.append("ev.code LIKE ?")
        params.append(code + "%")
    when = "coalesce(ev.date, d.published)"
    if date_from:
        where.append(f"{when} >= ?")
        params.append(check_date(date_from, "--from"))
    if date_to:
        date_to = check_date(date_to, "--to")
        where.append(f"substr({when}, 1, ?) <= ?")
        params += [len(date_to), date_to]
    clause = " AND ".join(where) if where else "1"
    out = []
    docs: dict[int, dict[str, Any]] = {}
    for doc_row, idx in conn.execute(
            f"SELECT ev.doc, ev.idx FROM events ev JOIN documents d ON d.rowid = ev.doc"
            f" WHERE {clause} ORDER BY {when}, ev.rowid LIMIT ? OFFSET ?", [*params, limit, offset]):
        if doc_row not in docs:
            text, blob = conn.execute("SELECT text, doc FROM documents WHERE rowid = ?", (doc_row,)).fetchone()
            docs[doc_row] = unpack_doc(text, blob)
        doc = docs[doc_row]
        item = dict(doc["events"][idx])
        item["document"] = doc["id"]
        item["published"] = doc["meta"].get("published")
        out.append(item)
    return out
