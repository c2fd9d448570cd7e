"""``khabar eval TASK PATH ...``: accuracy against public datasets, as a table or JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from khabar.errors import InputError

#: task → (module, function). Each function takes ``(paths, **options)`` and returns
#: ``{row: {metric: value}}``; rows print as a table.
EVAL_TASKS: dict[str, tuple[str, str]] = {
    "ud": ("khabar.eval.text", "evaluate_ud"),
    "sentences": ("khabar.eval.text", "evaluate_sentences"),
    "tokens": ("khabar.eval.text", "evaluate_tokens"),
    "joins": ("khabar.eval.joins", "evaluate_joins"),
    "ner": ("khabar.eval.ner", "evaluate_ner"),
    "values": ("khabar.eval.values", "evaluate_values"),
    "events": ("khabar.eval.events", "evaluate_events"),
    "quotes": ("khabar.eval.quotes", "evaluate_quotes"),
    "summ": ("khabar.eval.digest", "evaluate_summaries"),
    "tone": ("khabar.eval.digest", "evaluate_tone"),
    "search": ("khabar.eval.search", "evaluate_search"),
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="measure accuracy on public datasets",
                       description="Measure accuracy on a public dataset and print a table.")
    p.add_argument("task", choices=sorted(EVAL_TASKS))
    p.add_argument("paths", nargs="+", metavar="PATH", help="dataset files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object of metrics")
    p.add_argument("--format", dest="fmt", default=None,
                   help="dataset format where a task reads several (ner: conll, uner, mkpucit, ijcnlp, jahangir)")
    p.add_argument("--data", default=None, help="dataset root that stand-off gold refers to (events, quotes)")
    p.add_argument("--limit", type=int, default=None, help="evaluate on the first N items only")
    p.set_defaults(func=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    module_name, func_name = EVAL_TASKS[args.task]
    try:
        func = getattr(importlib.import_module(module_name), func_name)
    except (ImportError, AttributeError) as exc:
        raise InputError(f"eval task {args.task!r} is not available in this build") from exc
    table = func(args.paths, fmt=args.fmt, data=args.data, limit=args.limit)
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
    else:
        print(format_table(table))
    return 0


def format_table(table: dict[str, dict[str, object]]) -> str:
    cols: list[str] = []
    for row in table.values():
        for k in row:
            if k not in cols:
                cols.append(k)
    head = ["", *cols]
    rows = [[name, *(_cell(r.get(c)) for c in cols)] for name, r in table.items()]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=False)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(head, widths, strict=False)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=False)).rstrip() for r in rows]
    return "\n".join(lines)


def _cell(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.4f}" if v <= 1.0 else f"{v:.2f}"
    return str(v)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(1)
