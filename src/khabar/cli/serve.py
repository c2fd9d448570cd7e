"""``khabar serve``: the HTTP API and web UI (extra ``khabar[web]``)."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import warnings

from khabar.cli import check_workers
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
                   help="server processes, 1 to 64 (default 1; 2 uses both cores of a small machine)")
    p.add_argument("--max-analyze-bytes", type=int, default=1_000_000, help="size limit of /api/analyze bodies")
    p.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    try:
        from khabar.web.app import create_app
    except ImportError as exc:
        raise KhabarError(f"khabar serve needs the web extra: pip install 'khabar[web]' ({exc.name} missing)") from exc
    _check_options(args)
    app = create_app(args.db, max_analyze_bytes=args.max_analyze_bytes)
    if args.get is not None:
        with warnings.catch_warnings():  # Starlette's notice about httpx is for developers
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient

        with TestClient(app) as client:
            response = client.get(args.get)
        if "json" in response.headers.get("content-type", ""):
            print(json.dumps(response.json(), ensure_ascii=False, indent=2))
        else:
            print(response.text)
        return 0 if response.status_code < 400 else 1
    import uvicorn

    _check_address(args.host, args.port)
    print(f"khabar: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    if args.workers > 1:
        os.environ["KHABAR_SERVE_DB"] = os.path.abspath(args.db)
        os.environ["KHABAR_SERVE_MAX_ANALYZE_BYTES"] = str(args.max_analyze_bytes)
        uvicorn.run("khabar.web.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning")
    else:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _check_options(args: argparse.Namespace) -> None:
    """Options and database checked before serving: a bad one is one line and exit 1 or 2, not a
    server that answers every request with an error."""
    from khabar.store import Store

    if not args.db.strip():
        raise InputError("--db needs a file name")
    if not os.path.exists(args.db):
        raise InputError(f"database {args.db} does not exist; run 'khabar ingest FILES --db {args.db}' first")
    check_workers(args.workers)
    if args.max_analyze_bytes < 1:
        raise InputError("--max-analyze-bytes must be at least 1")
    if not 0 <= args.port <= 65535:
        raise InputError(f"--port {args.port} is not a port number (0 to 65535)")
    if args.get is not None and not args.get.startswith("/"):
        raise InputError(f"--get needs a path that starts with /, e.g. /api/health (got {args.get!r})")
    Store(args.db, readonly=True).close()  # StoreError (exit 2) for a file that is no khabar database


def _check_address(host: str, port: int) -> None:
    """InputError when the server could not listen there (uvicorn would exit 3 with its own message)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot serve on {host}:{port}: {getattr(exc, 'strerror', None) or exc}") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            raise InputError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from exc
