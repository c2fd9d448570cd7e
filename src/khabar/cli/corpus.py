"""Corpus commands: ``ingest``, ``search``, ``entities``, ``entity``, ``events``, ``export``.

Each command opens the store (``--db``, else ``$KHABAR_DB``, else ``khabar.db``), calls the one
``Store`` method of the same name and prints its result as a table or as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from khabar.cli import check_workers
from khabar.errors import InputError

FORMATS = ("table", "json")


def default_db() -> str:
    return os.environ.get("KHABAR_DB") or "khabar.db"


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, metavar="PATH", help="database file (default: $KHABAR_DB or khabar.db)")


def _format_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read, analyse and store articles in the corpus database",
                       description="Read files and folders (.txt, .json, .jsonl, .html, .htm, RSS/Atom .xml,"
                                   " optionally .gz), analyse, deduplicate and store them. Resumable: running"
                                   " it again adds only what is missing.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db_arg(p)
    p.add_argument("--workers", type=int, default=2, help="analysis processes, 1 to 64 (default: 2)")
    p.add_argument("--format", choices=FORMATS, default="table", help="how to print the counts")
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("search", help="full-text search of the corpus",
                       description="Urdu-aware full-text search: words are ANDed; OR, AND, NOT, (...), "
                                   "\"phrases\" and prefix* work; spellings, digits and diacritics are folded.")
    p.add_argument("query", metavar="QUERY")
    _db_arg(p)
    p.add_argument("--entity", metavar="NAME", help="only documents mentioning this entity (any spelling)")
    p.add_argument("--type", metavar="TYPE", help="only documents with an entity or value of this type")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="published on or after (YYYY[-MM[-DD]])")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="published on or before (YYYY[-MM[-DD]])")
    p.add_argument("--source", metavar="NAME", help="only documents from this source")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    _format_arg(p)
    p.set_defaults(func=run_search)

    p = sub.add_parser("entities", help="most mentioned entities",
                       description="The most mentioned entities of the corpus.")
    _db_arg(p)
    p.add_argument("--type", metavar="TYPE", help="only this entity type (PERSON, ORG, GPE, ...)")
    p.add_argument("--top", type=int, default=50)
    p.add_argument("--match", metavar="TEXT", help="only entities with a name containing TEXT")
    _format_arg(p)
    p.set_defaults(func=run_entities)

    p = sub.add_parser("entity", help="one entity's profile",
                       description="One entity's profile: spellings seen, mentions over time, co-occurring "
                                   "entities, events. NAME is a key, a QID, an English name or any Urdu spelling.")
    p.add_argument("name", metavar="NAME")
    _db_arg(p)
    _format_arg(p)
    p.set_defaults(func=run_entity)

    p = sub.add_parser("events", help="stored events", description="Stored events, filtered.")
    _db_arg(p)
    p.add_argument("--actor", metavar="NAME", help="events with this actor (key, QID, English or Urdu name)")
    p.add_argument("--code", metavar="CODE", help="CAMEO code or its prefix (04, 042)")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    _format_arg(p)
    p.set_defaults(func=run_events)

    p = sub.add_parser("export", help="export documents, entities and events",
                       description="Export the corpus: jsonl (contract documents, one a line), parquet "
                                   "(a folder of tables), gdelt (a folder: events.tsv, gkg.tsv).")
    _db_arg(p)
    p.add_argument("--format", dest="fmt", choices=("jsonl", "parquet", "gdelt"), required=True)
    p.add_argument("--out", required=True, metavar="PATH")
    p.set_defaults(func=run_export)


def _open(args: argparse.Namespace, *, readonly: bool):  # noqa: ANN202 - a Store
    from khabar.store import Store

    path = default_db() if args.db is None else args.db
    if not path.strip():
        raise InputError("--db needs a file name")
    if readonly and not Path(path).exists():
        raise InputError("no such database; create it with `khabar ingest PATH --db ...`", path=path)
    return Store(path, readonly=readonly)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def run_ingest(args: argparse.Namespace) -> int:
    check_workers(args.workers)
    with _open(args, readonly=False) as store:
        report = store.ingest(args.paths, progress=True, workers=args.workers)
    if args.format == "json":
        _print_json(report.to_dict())
    else:
        for origin, reason in report.rejected:
            print(f"khabar: {origin}: {reason}", file=sys.stderr)
        print(f"added {report.added} (near-duplicates {report.near_duplicates}), "
              f"duplicates {report.duplicates}, rejected {len(report.rejected)}")
    return 1 if report.rejected else 0


def run_search(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as store:
        found = store.search(args.query, entity=args.entity, type=args.type, date_from=args.date_from,
                             date_to=args.date_to, source=args.source, limit=args.limit, offset=args.offset)
    if args.format == "json":
        _print_json(found)
        return 0
    results = found["results"]
    print(f"{found['total']} documents match; showing {len(results)}")
    for i, r in enumerate(results, args.offset + 1):
        head = " | ".join(str(x) for x in (r["published"], r["source"], r["title"]) if x)
        score = "" if r["score"] is None else f"{r['score']:.2f}  "
        print(f"\n{i}. {score}{r['id']}  {head}")
        print("   " + mark_highlights(r["snippet"]["text"], r["snippet"]["highlights"]).replace("\n", " "))
    return 0


def mark_highlights(text: str, spans: list[list[int]]) -> str:
    out, last = [], 0
    for s, e in spans:
        out += [text[last:s], "[", text[s:e], "]"]
        last = e
    out.append(text[last:])
    return "".join(out)


def run_entities(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as store:
        rows = store.entities(type=args.type, top=args.top, match=args.match)
    if args.format == "json":
        _print_json(rows)
        return 0
    print(table(["mentions", "documents", "type", "key", "name_en", "name"],
                [[r["mentions"], r["documents"], r["type"], r["key"], r["name_en"] or "", r["name"]] for r in rows]))
    return 0


def run_entity(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as store:
        profile = store.entity(args.name)
    if profile is None:
        raise InputError(f"no entity named {args.name!r} in the corpus; see `khabar entities`")
    if args.format == "json":
        _print_json(profile)
        return 0
    e = profile["entity"]
    print(f"{e['name']}  ({e['name_en'] or '-'}, {e['type']}, key {e['key']})")
    print(f"mentions {e['mentions']} in {e['documents']} documents")
    print("spellings: " + ", ".join(f"{v['text']} ({v['count']})" for v in profile["variants"]))
    if profile["timeline"]:
        print("\nmentions by month:")
        print(table(["period", "mentions"], [[t["period"], t["mentions"]] for t in profile["timeline"]]))
    if profile["cooccurring"]:
        print("\nco-occurring:")
        print(table(["documents", "type", "key", "name_en", "name"],
                    [[c["documents"], c["type"], c["key"], c["name_en"] or "", c["name"]]
                     for c in profile["cooccurring"]]))
    if profile["events"]:
        print("\nevents:")
        print(_events_table(profile["events"]))
    return 0


def run_events(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as store:
        rows = store.events(actor=args.actor, code=args.code, date_from=args.date_from, date_to=args.date_to,
                            limit=args.limit, offset=args.offset)
    if args.format == "json":
        _print_json(rows)
    else:
        print(_events_table(rows))
    return 0


def _events_table(rows: list[dict[str, Any]]) -> str:
    def actor(a: dict[str, Any] | None) -> str:
        return "" if not a else (a.get("name_en") or a.get("text") or "")

    return table(["date", "code", "label", "actor1", "actor2", "trigger", "document"],
                 [[r.get("date") or r.get("published") or "", r["code"], r.get("label") or "", actor(r.get("actor1")),
                   actor(r.get("actor2")), (r.get("trigger") or {}).get("text", ""), r["document"]] for r in rows])


def run_export(args: argparse.Namespace) -> int:
    if not args.out.strip():
        raise InputError("--out needs a file or folder name")
    with _open(args, readonly=True) as store:
        written = store.export(args.fmt, args.out)
    counts = ", ".join(f"{k} {v}" for k, v in written.items() if k != "files")
    print(f"wrote {counts} to {', '.join(written['files'])}")
    return 0


def table(head: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in head], *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
