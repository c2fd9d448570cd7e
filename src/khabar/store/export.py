"""Exports: contract JSONL, Parquet tables, and GDELT-style Event 2.0 / GKG 2.1 tab-separated files.

GDELT files follow GDELT's column order and have no header row (as GDELT's own). Character offsets
in the GKG file point into the Urdu original; the translation-info column is empty because nothing
is machine-translated. Fields khabar does not produce (CAMEO actor codes, coordinates, themes)
are left empty.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from khabar.errors import InputError

from .schema import unpack_doc

FORMATS = ("jsonl", "parquet", "gdelt")

_ACTOR_COLS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_COLS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR_COLS), *(f"Actor2{c}" for c in _ACTOR_COLS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO_COLS), *(f"Actor2Geo_{c}" for c in _GEO_COLS),
    *(f"ActionGeo_{c}" for c in _GEO_COLS),
    "DATEADDED", "SOURCEURL",
)
GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
)
#: rows per Parquet row group
_CHUNK = 5000
_UNSAFE = re.compile(r"[\t\r\n;,#|]+")
_LOCATION_TYPES = ("GPE", "LOC", "FAC")
_AMOUNT_TYPES = ("MONEY", "QUANTITY", "CARDINAL", "PERCENT")


def export(conn: sqlite3.Connection, fmt: str, out: str | Path) -> dict[str, Any]:
    """Write the corpus to ``out`` (a file for jsonl, a folder for parquet and gdelt)."""
    out = Path(out)
    if fmt == "jsonl":
        return export_jsonl(conn, out)
    if fmt == "parquet":
        return export_parquet(conn, out)
    if fmt == "gdelt":
        return export_gdelt(conn, out)
    raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _documents(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for text, doc in conn.execute("SELECT text, doc FROM documents ORDER BY rowid"):
        yield unpack_doc(text, doc)


def _event_docs(conn: sqlite3.Connection) -> Iterator[tuple[int, dict[str, Any]]]:
    for rowid, text, doc in conn.execute(
            "SELECT rowid, text, doc FROM documents WHERE rowid IN (SELECT doc FROM events) ORDER BY rowid"):
        yield rowid, unpack_doc(text, doc)


def export_jsonl(conn: sqlite3.Connection, out: Path) -> dict[str, Any]:
    n = 0
    with _open_out(conn, out) as fh:
        for doc in _documents(conn):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return {"documents": n, "files": [str(out)]}


def _check_target(conn: sqlite3.Connection, out: Path) -> None:
    """Refuse to write over the database being exported (``--out`` = ``--db`` emptied it)."""
    db = conn.execute("PRAGMA database_list").fetchone()[2]
    if not db:
        return
    target = out.resolve()
    if any(target == Path(db + suffix).resolve() for suffix in ("", "-wal", "-shm", "-journal")):
        raise InputError("this is the database being exported (or one of its files); choose another --out",
                         path=str(out))


@contextmanager
def _open_out(conn: sqlite3.Connection, out: Path) -> Iterator[TextIO]:
    """A text file that replaces ``out`` only once it is complete: a failed or interrupted export
    leaves an existing file as it was and no half-written one. Devices and pipes are written to."""
    _check_target(conn, out)
    atomic = not out.exists() or out.is_file()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp") if atomic else out
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            yield fh
        if atomic:
            os.replace(tmp, out)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=str(out)) from exc
    finally:
        if atomic and tmp.exists():
            tmp.unlink()


def _out_dir(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder: {exc.strerror or exc}", path=str(out)) from exc
    return out


PARQUET_TABLES: dict[str, str] = {
    "documents": "SELECT d.id, d.title, d.url, d.published, d.source, d.text,"
                 " (SELECT c.id FROM documents c WHERE c.rowid = d.cluster) AS cluster FROM documents d"
                 " ORDER BY d.rowid",
    "entities": "SELECT key, entity_id, name_en, name, type, mentions, documents FROM entities ORDER BY rowid",
    "mentions": 'SELECT d.id AS document, e.key AS entity, m.start, m."end", m.text, e.type, m.sentence,'
                " m.confidence FROM mentions m JOIN documents d ON d.rowid = m.doc"
                " JOIN entities e ON e.rowid = m.entity ORDER BY m.rowid",
    "values": 'SELECT d.id AS document, v.type, v.start, v."end", v.text, v.value, v.unit, v.precision,'
              " v.sentence FROM value_mentions v JOIN documents d ON d.rowid = v.doc ORDER BY v.rowid",
    "events": "SELECT d.id AS document, ev.sentence, ev.code, ev.root, ev.label, ev.quad_class, ev.goldstein,"
              " ev.actor1_key, ev.actor1_text, ev.actor2_key, ev.actor2_text, ev.location_key, ev.date,"
              " ev.negated, ev.trigger_start, ev.trigger_end FROM events ev JOIN documents d ON d.rowid = ev.doc"
              " ORDER BY ev.rowid",
}


def export_parquet(conn: sqlite3.Connection, out: Path) -> dict[str, Any]:
    try:
        import pyarrow.parquet  # noqa: F401 - present, or say how to install it
    except ImportError as exc:
        raise InputError("Parquet export needs pyarrow: pip install 'khabar[parquet]'") from exc
    out = _out_dir(out)
    counts: dict[str, Any] = {"files": []}
    for name, sql in PARQUET_TABLES.items():
        path = out / f"{name}.parquet"
        _check_target(conn, path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            counts[name] = _write_parquet(conn, sql, tmp)
            os.replace(tmp, path)
        except OSError as exc:  # pyarrow's IO errors are OSErrors too
            raise InputError(f"cannot write: {exc.strerror or exc}", path=str(path)) from exc
        finally:
            if tmp.exists():
                tmp.unlink()
        counts["files"].append(str(path))
    return counts


def _write_parquet(conn: sqlite3.Connection, sql: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cur = conn.execute(sql)
    cols = [c[0] for c in cur.description]
    writer = None
    n = 0
    try:
        while rows := cur.fetchmany(_CHUNK):
            table = pa.Table.from_pylist([dict(zip(cols, r, strict=True)) for r in rows])
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table.cast(writer.schema))
            n += len(rows)
        if writer is None:
            pq.write_table(pa.table({c: pa.array([], type=pa.string()) for c in cols}), path)
    finally:
        if writer is not None:
            writer.close()
    return n


def _gdelt_date(value: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year, FractionDate of an ISO date (empty when unknown or partial)."""
    if not value or len(value) < 10:
        return "", "", "", ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return "", "", "", ""
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"


def _clean(s: Any) -> str:
    return "" if s is None else _UNSAFE.sub(" ", str(s)).strip()


def _actor_name(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return _clean(actor.get("name_en").upper() if actor.get("name_en") else actor.get("text"))


def export_gdelt(conn: sqlite3.Connection, out: Path) -> dict[str, Any]:
    out = _out_dir(out)
    events_path, gkg_path = out / "events.tsv", out / "gkg.tsv"
    n_events = 0
    with _open_out(conn, events_path) as fh:
        for doc_rowid, doc in _event_docs(conn):
            tone = (doc.get("tone") or {}).get("score")
            published, url = doc["meta"].get("published"), doc["meta"].get("url")
            for rowid, idx in conn.execute("SELECT rowid, idx FROM events WHERE doc = ? ORDER BY rowid",
                                           (doc_rowid,)):
                ev = doc["events"][idx]
                fh.write("\t".join(_event_row(rowid, ev, published, url or doc["id"], tone)) + "\n")
                n_events += 1
    n_docs = 0
    with _open_out(conn, gkg_path) as fh:
        for doc in _documents(conn):
            fh.write("\t".join(_gkg_row(doc)) + "\n")
            n_docs += 1
    return {"events": n_events, "documents": n_docs, "files": [str(events_path), str(gkg_path)]}


def _event_row(rowid: int, ev: dict[str, Any], published: str | None, source_url: str,
               tone: float | None) -> list[str]:
    sqldate, month, year, fraction = _gdelt_date(ev.get("date") or published)
    added = _gdelt_date(published)[0]
    row = dict.fromkeys(EVENT_COLUMNS, "")
    code = ev.get("code") or ""
    row.update({
        "GLOBALEVENTID": str(rowid), "SQLDATE": sqldate, "MonthYear": month, "Year": year,
        "FractionDate": fraction,
        "Actor1Name": _actor_name(ev.get("actor1")), "Actor2Name": _actor_name(ev.get("actor2")),
        "IsRootEvent": "1" if (ev.get("sentence") or 0) == 0 else "0",
        "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": ev.get("root") or code[:2],
        "QuadClass": _clean(ev.get("quad_class")), "GoldsteinScale": _clean(ev.get("goldstein")),
        "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": _clean(tone),
        "ActionGeo_FullName": _actor_name(ev.get("location")),
        "DATEADDED": added + "000000" if added else "", "SOURCEURL": _clean(source_url),
    })
    return [row[c] for c in EVENT_COLUMNS]


def _gkg_row(doc: dict[str, Any]) -> list[str]:
    meta = doc.get("meta") or {}
    ents = doc.get("entities") or []
    names = [e for e in ents if "entity_id" in e]

    def label(e: dict[str, Any]) -> str:
        return _clean(e.get("name_en") or e["text"])

    def of_types(*types: str) -> list[dict[str, Any]]:
        return [e for e in names if e["type"] in types]

    persons, orgs, locs = of_types("PERSON"), of_types("ORG"), of_types(*_LOCATION_TYPES)
    dates = [e for e in ents if e["type"] == "DATE" and isinstance(e.get("value"), str)]
    amounts = [e for e in ents if e["type"] in _AMOUNT_TYPES and isinstance(e.get("value"), int | float)]
    tone = doc.get("tone") or {}
    sqldate = _gdelt_date(meta.get("published"))[0]
    row = dict.fromkeys(GKG_COLUMNS, "")
    row.update({
        "GKGRECORDID": doc["id"],
        "V2.1DATE": sqldate + "000000" if sqldate else "",
        "V2SOURCECOLLECTIONIDENTIFIER": "1",
        "V2SOURCECOMMONNAME": _clean(meta.get("source")),
        "V2DOCUMENTIDENTIFIER": _clean(meta.get("url") or doc["id"]),
        "V1LOCATIONS": ";".join(f"1#{label(e)}#####" for e in _unique(locs)),
        "V2ENHANCEDLOCATIONS": ";".join(f"1#{label(e)}######{e['start']}" for e in locs),
        "V1PERSONS": ";".join(label(e) for e in _unique(persons)),
        "V2ENHANCEDPERSONS": ";".join(f"{label(e)},{e['start']}" for e in persons),
        "V1ORGANIZATIONS": ";".join(label(e) for e in _unique(orgs)),
        "V2ENHANCEDORGANIZATIONS": ";".join(f"{label(e)},{e['start']}" for e in orgs),
        "V1.5TONE": ",".join(_clean(tone.get(k, "")) for k in ("score", "positive", "negative"))
        + ",,,," + str(len(doc.get("text", "").split())) if tone else "",
        "V2.1ENHANCEDDATES": ";".join(_gkg_date(e) for e in dates if _gkg_date(e)),
        "V2.1QUOTATIONS": "#".join(
            f"{q['start']}|{q['end'] - q['start']}|{_clean((q.get('speaker') or {}).get('text'))}|{_clean(q['text'])}"
            for q in doc.get("quotes") or []),
        "V2.1ALLNAMES": ";".join(f"{label(e)},{e['start']}" for e in names),
        "V2.1AMOUNTS": ";".join(f"{e['value']},{_clean(e.get('unit') or e['type'].lower())},{e['start']}"
                                for e in amounts),
        "V2EXTRASXML": f"<PAGE_TITLE>{_clean(meta.get('title'))}</PAGE_TITLE>" if meta.get("title") else "",
    })
    return [row[c] for c in GKG_COLUMNS]


def _gkg_date(e: dict[str, Any]) -> str:
    m = re.match(r"^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$", e["value"])
    if not m:
        return ""
    year, month, day = m.group(1), m.group(2) or "0", m.group(3) or "0"
    resolution = 1 if m.group(3) else 2 if m.group(2) else 3
    year = "0" if year == "XXXX" else year
    return f"{resolution}#{int(month)}#{int(day)}#{int(year)}#{e['start']}"


def _unique(ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for e in ents:
        k = e.get("entity_id") or e["text"]
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out
