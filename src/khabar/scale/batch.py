"""``khabar batch``: the pipeline over a corpus on Dask, partitioned Parquet out.

The driver only plans partitions (see :mod:`khabar.scale.sources`) and collects summaries; each
worker reads its partition, runs the pure :func:`~khabar.scale.frames.analyze_partition`, and
writes one Parquet file per table. A partition is finished when its marker file exists; markers
are written last and atomically, so a re-run (or a task Dask retries after losing a worker)
redoes only unfinished partitions, and a redone partition overwrites its files with identical
ones: every document ends up in the output exactly once.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import InputError, KhabarError
from khabar.scale.frames import TABLES
from khabar.scale.load import FORMAT, MANIFEST
from khabar.scale.sources import Partition, fingerprint, plan_partitions

MARKERS = "_partitions"


@dataclass
class BatchReport:
    out: str
    partitions: int = 0
    skipped: int = 0
    documents: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    dashboard: str | None = None


def process_partition(part: dict[str, Any], out: str) -> dict[str, Any]:
    """Worker task: read, analyse and write one partition; return its summary. Idempotent."""
    from khabar.scale.frames import analyze_partition, arrow_schemas, document_tables
    from khabar.scale.sources import read_partition

    p = Partition(**{**part, "files": tuple(part["files"])})
    root = Path(out)
    marker = root / MARKERS / f"{p.name}.json"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    import pyarrow as pa
    import pyarrow.parquet as pq

    t0 = time.perf_counter()
    tables = document_tables(analyze_partition(read_partition(p)))
    schemas = arrow_schemas()
    for name in TABLES:
        target = root / name / f"{p.name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        table = pa.Table.from_pandas(tables[name], schema=schemas[name], preserve_index=False)
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    summary = {
        "partition": p.name,
        "source": p.to_dict(),
        "documents": len(tables["documents"]),
        "mentions": len(tables["mentions"]),
        "events": len(tables["events"]),
        "errors": [[o, e] for o, e in zip(tables["errors"]["origin"], tables["errors"]["error"], strict=True)],
        "seconds": round(time.perf_counter() - t0, 3),
    }
    _write_atomic(marker, json.dumps(summary, ensure_ascii=False))
    return summary


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def run_batch(inputs: list[str], out: str, *, scheduler: str | None = None, workers: int = 2,
              partition_size: int = 1000, progress: bool = False, client: Any = None,
              on_partition: Callable[[dict[str, Any]], None] | None = None) -> BatchReport:
    """Analyse ``inputs`` into the Parquet dataset ``out``. ``client`` (a ``distributed.Client``)
    overrides ``scheduler``/``workers``; ``on_partition`` is called with each finished summary."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise KhabarError("khabar batch needs Dask: pip install 'khabar[dask]'") from exc
    root = Path(out)
    if root.exists() and not root.is_dir():
        raise InputError("--out exists and is not a folder", path=out)
    parts = plan_partitions(inputs, partition_size)
    fp = fingerprint(inputs, partition_size)
    manifest_path = root / MANIFEST
    if manifest_path.exists():
        try:
            old = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the batch manifest {MANIFEST} ({exc}); choose a new --out",
                             path=out) from exc
        if not isinstance(old, dict) or old.get("fingerprint") != fp:
            raise InputError("folder holds the output of a different batch (other inputs or "
                             "--partition-size); choose a new --out", path=out)
    try:
        root.mkdir(parents=True, exist_ok=True)
        _write_manifest(root, inputs, fp, partition_size, parts, done=[], complete=False)
    except OSError as exc:
        raise InputError(f"cannot write the output folder: {exc.strerror or exc}", path=out) from exc
    todo = [p for p in parts if not (root / MARKERS / f"{p.name}.json").exists()]
    report = BatchReport(out=str(root), partitions=len(parts), skipped=len(parts) - len(todo))
    t0 = time.perf_counter()
    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = _connect(Client, scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=40)
            client = Client(cluster)
    try:
        report.dashboard = getattr(client, "dashboard_link", None)
        if progress and report.dashboard:
            print(f"khabar: Dask dashboard at {report.dashboard}", file=sys.stderr)
        if todo:
            # a key per run: a scheduler that still holds the last run's finished key (a rerun on the
            # same client) would hand back its old result and leave a deleted marker unwritten
            run = uuid.uuid4().hex[:8]
            futures = client.map(process_partition, [p.to_dict() for p in todo], out=str(root),
                                 key=[f"khabar-batch-{fp}-{run}-{p.name}" for p in todo], retries=3,
                                 pure=False)
            for done, fut in enumerate(as_completed(futures), 1):
                summary = fut.result()
                if on_partition is not None:
                    on_partition(summary)
                if progress:
                    _bar(done, len(todo))
            if progress:
                print(file=sys.stderr)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    summaries = [json.loads((root / MARKERS / f"{p.name}.json").read_text(encoding="utf-8")) for p in parts]
    report.documents = sum(s["documents"] for s in summaries)
    report.errors = [tuple(e) for s in summaries for e in s["errors"]]
    report.seconds = time.perf_counter() - t0
    _write_manifest(root, inputs, fp, partition_size, parts, done=summaries, complete=True)
    return report


def _connect(client_class: Any, scheduler: str) -> Any:
    """A client of the scheduler at ``scheduler``; a bad or unreachable address is the user's to fix."""
    try:
        return client_class(scheduler, timeout="20s")
    except (OSError, ValueError, TimeoutError) as exc:
        raise InputError(f"cannot connect to the Dask scheduler {scheduler!r}: {exc}") from exc


def _write_manifest(root: Path, inputs: list[str], fp: str, size: int, parts: list[Partition],
                    *, done: list[dict[str, Any]], complete: bool) -> None:
    manifest = {
        "format": FORMAT,
        "fingerprint": fp,
        "inputs": [os.path.abspath(i) for i in inputs],
        "partition_size": size,
        "partitions": [p.name for p in parts],
        "tables": {t: f"{t}/*.parquet" for t in TABLES},
        "complete": complete,
        "documents": sum(s["documents"] for s in done),
        "errors": sum(len(s["errors"]) for s in done),
    }
    _write_atomic(root / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))


def _bar(done: int, total: int) -> None:
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} partitions")
    sys.stderr.flush()
