"""``khabar analyze``: articles in, contract documents out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from khabar.errors import InputError
from khabar.io.readers import Article, read_path, read_stdin


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse articles and print documents",
                       description="Analyse Urdu articles (text, or JSON/JSONL with a \"text\" field).")
    p.add_argument("files", nargs="*", metavar="FILE", help="files or folders; '-' or none reads stdin")
    p.add_argument("--format", choices=("json", "jsonl", "text", "html"), default="json")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for relative dates, when the input does not give one")
    p.add_argument("--tokens", action="store_true", help="include tokens in the output")
    p.set_defaults(func=run_analyze)


def _articles(files: list[str]) -> Iterator[Article | InputError]:
    if not files:
        files = ["-"]
    for f in files:
        yield from (read_stdin() if f == "-" else read_path(f))


def run_analyze(args: argparse.Namespace) -> int:
    from khabar.pipeline import analyze

    published = args.published
    if published is not None:
        _check_date(published)
    docs: list[dict] = []
    failures = 0
    out = sys.stdout
    for item in _articles(args.files):
        if isinstance(item, InputError):
            failures += 1
            print(f"khabar: {item}", file=sys.stderr)
            continue
        meta = item.meta
        if published and not meta.published:
            meta.published = published
        try:
            doc = analyze(item.text, meta=meta, id=item.id)
        except InputError as exc:  # one bad article (say, a feed entry's date) must not stop the rest
            failures += 1
            print(f"khabar: {item.origin or '<input>'}: {exc.message}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            out.write(json.dumps(doc.to_dict(tokens=args.tokens), ensure_ascii=False) + "\n")
        elif args.format == "text":
            from khabar.render import render_text  # html.entities and the renderers: only when asked

            out.write(render_text(doc) + "\n")
        else:
            docs.append(doc.to_dict(tokens=args.tokens))
    if args.format == "json" and docs:
        payload = docs[0] if len(docs) == 1 and len(args.files) <= 1 else docs
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "html" and docs:
        from khabar.render import render_html

        out.write(render_html(docs))
    return 1 if failures else 0


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--published {value!r} is not a date like 2021-12-20") from exc
