"""Pure DataFrame → DataFrame functions: records in, analysed documents and their tables out.

``analyze_partition`` is the whole pipeline applied row by row through the same
:func:`khabar.analyze` the CLI uses, so a batch gives exactly what single-process analysis gives.
A record that fails is kept as a row with its ``error``, never raised: one bad record must not
fail a partition.
"""

from __future__ import annotations

import json

import pandas as pd

from khabar.document import Meta
from khabar.pipeline import analyze

DOCUMENT_COLUMNS = ("id", "origin", "title", "url", "published", "source", "text", "document", "error")


def analyze_partition(records: pd.DataFrame) -> pd.DataFrame:
    """One output row per input record: the contract document as JSON, or the error that stopped it."""
    rows: list[tuple] = []
    for rec in records.itertuples(index=False):
        if rec.text is None or (isinstance(rec.text, float) and pd.isna(rec.text)):
            extra = json.loads(rec.extra) if isinstance(rec.extra, str) else {}
            rows.append((None, rec.origin, None, None, None, None, None, None,
                         extra.get("error", "record has no text")))
            continue
        meta = Meta(title=_opt(rec.title), url=_opt(rec.url), published=_opt(rec.published),
                    source=_opt(rec.source),
                    extra=json.loads(rec.extra) if isinstance(rec.extra, str) else {})
        try:
            doc = analyze(rec.text, meta=meta, id=_opt(rec.record_id))
        except Exception as exc:  # noqa: BLE001 - per-record capture is the point of a batch
            rows.append((_opt(rec.record_id), rec.origin, meta.title, meta.url, meta.published,
                         meta.source, rec.text, None, f"analysis failed: {type(exc).__name__}: {exc}"))
            continue
        rows.append((doc.id, rec.origin, meta.title, meta.url, meta.published, meta.source, doc.text,
                     json.dumps(doc.to_dict(), ensure_ascii=False), None))
    return pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))


def _opt(v: object) -> str | None:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    return str(v)


def document_tables(analysed: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Split analysed rows into the output tables: documents, mentions, events, quotes, errors."""
    ok = analysed[analysed["error"].isna()]
    bad = analysed[analysed["error"].notna()]
    mentions: list[dict] = []
    events: list[dict] = []
    quotes: list[dict] = []
    for doc_id, raw in zip(ok["id"], ok["document"], strict=True):
        d = json.loads(raw)
        for i, e in enumerate(d["entities"]):
            value = e.get("value")
            mentions.append({
                "doc_id": doc_id, "index": i, "start": e["start"], "end": e["end"], "text": e["text"],
                "type": e["type"], "sentence": e["sentence"], "entity_id": e.get("entity_id"),
                "name_en": e.get("name_en"), "name_rom": e.get("name_rom"),
                "confidence": e.get("confidence"),
                "value": None if value is None else json.dumps(value, ensure_ascii=False),
                "unit": e.get("unit"), "precision": e.get("precision"),
            })
        for i, ev in enumerate(d["events"]):
            a1, a2, loc = ev.get("actor1") or {}, ev.get("actor2") or {}, ev.get("location") or {}
            events.append({
                "doc_id": doc_id, "index": i, "sentence": ev["sentence"], "code": ev["code"],
                "root": ev["root"], "label": ev["label"], "quad_class": ev["quad_class"],
                "goldstein": ev.get("goldstein"),
                "trigger_start": ev["trigger"]["start"], "trigger_end": ev["trigger"]["end"],
                "trigger_text": ev["trigger"]["text"],
                "actor1_text": a1.get("text"), "actor1_id": a1.get("entity_id"), "actor1_name_en": a1.get("name_en"),
                "actor2_text": a2.get("text"), "actor2_id": a2.get("entity_id"), "actor2_name_en": a2.get("name_en"),
                "date": ev.get("date"), "location": loc.get("name_en") or loc.get("text"),
                "negated": bool(ev.get("negated")),
            })
        for i, q in enumerate(d["quotes"]):
            sp = q.get("speaker") or {}
            quotes.append({"doc_id": doc_id, "index": i, "start": q["start"], "end": q["end"],
                           "text": q["text"], "kind": q.get("kind"), "speaker_text": sp.get("text"),
                           "speaker_id": sp.get("entity_id"), "speaker_name_en": sp.get("name_en")})
    return {
        "documents": ok.drop(columns=["error"]).reset_index(drop=True),
        "mentions": pd.DataFrame(mentions, columns=_MENTION_COLUMNS),
        "events": pd.DataFrame(events, columns=_EVENT_COLUMNS),
        "quotes": pd.DataFrame(quotes, columns=_QUOTE_COLUMNS),
        "errors": bad[["origin", "error"]].reset_index(drop=True),
    }


_MENTION_COLUMNS = ["doc_id", "index", "start", "end", "text", "type", "sentence", "entity_id", "name_en",
                    "name_rom", "confidence", "value", "unit", "precision"]
_EVENT_COLUMNS = ["doc_id", "index", "sentence", "code", "root", "label", "quad_class", "goldstein",
                  "trigger_start", "trigger_end", "trigger_text", "actor1_text", "actor1_id",
                  "actor1_name_en", "actor2_text", "actor2_id", "actor2_name_en", "date", "location",
                  "negated"]
_QUOTE_COLUMNS = ["doc_id", "index", "start", "end", "text", "kind", "speaker_text", "speaker_id",
                  "speaker_name_en"]

TABLES = ("documents", "mentions", "events", "quotes", "errors")


def arrow_schemas():  # -> dict[str, pyarrow.Schema]
    """Fixed column types, so partitions whose columns happen to be all-null still read as one dataset."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    return {
        "documents": pa.schema([(c, s) for c in DOCUMENT_COLUMNS if c != "error"]),
        "mentions": pa.schema([("doc_id", s), ("index", i), ("start", i), ("end", i), ("text", s),
                               ("type", s), ("sentence", i), ("entity_id", s), ("name_en", s),
                               ("name_rom", s), ("confidence", f), ("value", s), ("unit", s),
                               ("precision", s)]),
        "events": pa.schema([("doc_id", s), ("index", i), ("sentence", i), ("code", s), ("root", s),
                             ("label", s), ("quad_class", i), ("goldstein", f), ("trigger_start", i),
                             ("trigger_end", i), ("trigger_text", s), ("actor1_text", s),
                             ("actor1_id", s), ("actor1_name_en", s), ("actor2_text", s),
                             ("actor2_id", s), ("actor2_name_en", s), ("date", s), ("location", s),
                             ("negated", b)]),
        "quotes": pa.schema([("doc_id", s), ("index", i), ("start", i), ("end", i), ("text", s),
                             ("kind", s), ("speaker_text", s), ("speaker_id", s),
                             ("speaker_name_en", s)]),
        "errors": pa.schema([("origin", s), ("error", s)]),
    }
