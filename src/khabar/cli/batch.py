"""``khabar batch``: the pipeline on Dask over JSONL/Parquet/folders, partitioned Parquet out."""

from __future__ import annotations

import argparse
import sys

from khabar.cli import check_workers


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="analyse a corpus on Dask into a Parquet dataset",
                       description="Run the pipeline on Dask over JSONL(.gz), Parquet or folders of "
                                   "text/HTML; write a partitioned Parquet dataset with a manifest. "
                                   "Needs the dask extra: pip install 'khabar[dask]'.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (re-runs resume it)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="existing Dask scheduler, e.g. tcp://host:8786")
    where.add_argument("--workers", type=int, default=2, help="local worker processes, 1 to 64 (default 2)")
    p.add_argument("--partition-size", type=int, default=1000, metavar="N", help="records per partition")
    p.set_defaults(func=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    from khabar.scale.batch import run_batch

    if args.workers is not None:
        check_workers(args.workers)
    report = run_batch(args.inputs, args.out, scheduler=args.scheduler, workers=args.workers,
                       partition_size=args.partition_size, progress=True)
    for origin, reason in report.errors:
        print(f"khabar: {origin}: {reason} (skipped)", file=sys.stderr)
    print(f"{report.documents} documents in {report.partitions} partitions "
          f"({report.skipped} already done) → {report.out} "
          f"[{report.seconds:.1f} s, {len(report.errors)} records skipped]")
    return 0
