"""``khabar serve``: the HTTP API and web UI (extra ``khabar[web]``)."""

from __future__ import annotations

import argparse
import json
import os
import sys

from khabar.errors import InputError, KhabarError


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and the web UI",
                       description="Serve the corpus as an HTTP API (/api/...) and a right-to-left web UI.")
    p.add_argument("--db", default=os.environ.get("KHABAR_DB", "khabar.db"),
                   help="database (default: $KHABAR_DB or khabar.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--get", metavar="PATH",
                   help="print the response to GET PATH (e.g. /api/entities?top=5) in-process and exit")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (default 1; 2 uses both cores of a small machine)")
    p.add_argument("--max-analyze-bytes", type=int, default=1_000_000, help="size limit of /api/analyze bodies")
    p.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    try:
        from khabar.web.app import create_app
    except ImportError as exc:
        raise KhabarError(f"khabar serve needs the web extra: pip install 'khabar[web]' ({exc.name} missing)") from exc
    if not os.path.exists(args.db):
        raise InputError(f"database {args.db} does not exist; run 'khabar ingest FILES --db {args.db}' first")
    if args.workers < 1:
        raise InputError("--workers must be at least 1")
    app = create_app(args.db, max_analyze_bytes=args.max_analyze_bytes)
    if args.get:
        from fastapi.testclient import TestClient

        with TestClient(app) as client:
            response = client.get(args.get)
        if "json" in response.headers.get("content-type", ""):
            print(json.dumps(response.json(), ensure_ascii=False, indent=2))
        else:
            print(response.text)
        return 0 if response.status_code < 400 else 1
    import uvicorn

    print(f"khabar: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    if args.workers > 1:
        os.environ["KHABAR_SERVE_DB"] = os.path.abspath(args.db)
        os.environ["KHABAR_SERVE_MAX_ANALYZE_BYTES"] = str(args.max_analyze_bytes)
        uvicorn.run("khabar.web.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning")
    else:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
