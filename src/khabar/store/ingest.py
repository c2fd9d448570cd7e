"""Ingest: read → analyse (process pool) → write (this process), in batched transactions.

Analysis runs in ``workers`` processes while the writing process stores the previous batch, so both
cores stay busy. Text and JSON inputs are read here and their articles sent to the workers; HTML
pages and feeds, whose reading is itself costly (extraction, parsing), are sent as whole files. Each batch is one transaction: a crash (even ``kill -9``) loses at most the batch
being written, and nothing that was reported as stored. Running the same ingest again skips what is
already stored without analysing it again (texts are keyed by a hash of the text as given), so a
resumed run ends with exactly the database a clean run gives.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.document import Document
from khabar.errors import InputError, KhabarError
from khabar.io.readers import READERS, Article, read_path
from khabar.scale.load import is_batch_output, iter_batch_documents

from .write import ADDED, DUPLICATE, IdConflict, Prepared, prepare_document, raw_hash, write_document

#: documents per transaction
BATCH = 64
#: below this many jobs (articles or files) a process pool costs more than it saves
POOL_MIN = 16
#: longest article analysed (characters); a longer one is rejected, not analysed for minutes
MAX_ARTICLE_CHARS = 1_000_000


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest. ``added`` includes the near duplicates (stored and linked to a cluster)."""

    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "duplicates": self.duplicates, "near_duplicates": self.near_duplicates,
                "rejected": [list(r) for r in self.rejected]}

    def merge(self, other: IngestReport) -> None:
        self.added += other.added
        self.duplicates += other.duplicates
        self.near_duplicates += other.near_duplicates
        self.rejected.extend(other.rejected)


#: outcome of a text found already stored (counted as a duplicate, not analysed again)
STORED = "stored"
Outcome = Prepared | tuple[str, str] | str
#: suffixes whose reading is itself heavy (HTML extraction, feed parsing): read in the workers
HEAVY_SUFFIXES = frozenset({".html", ".htm", ".xml", ".rss", ".atom"})


@dataclass(frozen=True, slots=True)
class FileJob:
    """A file to read *and* analyse in a worker."""

    path: str


Job = Article | FileJob


def analyse_article(article: Article) -> Outcome:
    """Analyse one article (in a worker); a failure becomes ``(origin, reason)``."""
    from khabar.pipeline import analyze

    try:
        doc = analyze(article.text, meta=article.meta, id=article.id)
        return prepare_document(doc, article.origin)
    except KhabarError as exc:
        return article.origin, exc.message
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the ingest
        return article.origin, f"analysis failed: {type(exc).__name__}: {exc}"


def run_job(job: Job, db_path: str = "") -> list[Outcome]:
    """The outcomes of one job, in reading order."""
    if isinstance(job, Article):
        return [analyse_article(job)]
    out: list[Outcome] = []
    for item in read_path(job.path):
        if isinstance(item, InputError) or (rejected := screen(item)) is not None:
            out.append(_rejection(item) if isinstance(item, InputError) else rejected)
        elif _already_stored(db_path, raw_hash(item.text)):
            out.append(STORED)
        else:
            out.append(analyse_article(item))
    return out


def screen(article: Article) -> tuple[str, str] | None:
    """The rejection of an article too long to analyse, else None."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        return article.origin, (f"article is {len(article.text):,} characters, over the "
                                f"{MAX_ARTICLE_CHARS:,} limit; split it into articles")
    return None


def _rejection(exc: InputError) -> tuple[str, str]:
    if exc.path is None:
        return "<input>", exc.message
    return (f"{exc.path}:{exc.line}" if exc.line is not None else exc.path), exc.message


_WORKER_CONNECTIONS: dict[str, sqlite3.Connection] = {}


def _already_stored(db_path: str, key: int) -> bool:
    """Whether a worker finds the text stored already (then a resumed run does not analyse it)."""
    if not db_path:
        return False
    try:
        conn = _WORKER_CONNECTIONS.get(db_path)
        if conn is None:
            conn = _WORKER_CONNECTIONS[db_path] = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
        return conn.execute("SELECT 1 FROM documents WHERE text_sha = ?", (key,)).fetchone() is not None
    except sqlite3.Error:  # a busy or vanished database: analyse, the write-time check still dedups
        return False


class _Progress:
    """One status line on stderr, redrawn in place; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()

    def update(self, report: IngestReport, final: bool = False) -> None:
        if not self.enabled:
            return
        done = report.added + report.duplicates
        rate = done / max(time.monotonic() - self.start, 1e-6)
        sys.stderr.write(f"\ringest: {report.added} added ({report.near_duplicates} near-duplicate), "
                         f"{report.duplicates} duplicate, {len(report.rejected)} rejected  {rate:.1f}/s ")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def write_batch(conn: sqlite3.Connection, outcomes: Iterable[Outcome], report: IngestReport) -> None:
    """Store one batch in one transaction; counts reach ``report`` only once it is committed."""
    batch = IngestReport()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for out in outcomes:
            if out == STORED:
                batch.duplicates += 1
                continue
            if isinstance(out, tuple):
                batch.rejected.append(out)
                continue
            assert isinstance(out, Prepared)
            try:
                status, _ = write_document(conn, out)
            except IdConflict as exc:
                batch.rejected.append((out.origin, f"id {exc} is already used by a different text"))
                continue
            if status == DUPLICATE:
                batch.duplicates += 1
            else:
                batch.added += 1
                batch.near_duplicates += status != ADDED
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    report.merge(batch)


def die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker when the ingest process dies, even by ``kill -9`` (its
    workers otherwise waited for work for ever). Linux only; elsewhere a no-op."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def ingest_paths(conn: sqlite3.Connection, paths: Iterable[str], *, progress: bool = False,
                 workers: int = 2) -> IngestReport:
    report = IngestReport()
    paths = list(paths)
    batch_outputs = [p for p in paths if is_batch_output(p)]
    for path in batch_outputs:  # already analysed by ``khabar batch``: stored as they are
        try:
            report.merge(add_documents(conn, iter_batch_documents(path)))
        except InputError as exc:
            report.rejected.append(_rejection(exc))
    paths = [p for p in paths if p not in batch_outputs]
    bar = _Progress(progress)
    db_path = conn.execute("PRAGMA database_list").fetchone()[2] or ""
    pool: ProcessPoolExecutor | None = None
    pending: list[Future[list[Outcome]] | list[Outcome]] = []
    try:
        for batch in _batches(_jobs(conn, paths, report), BATCH):
            if pool is None and workers > 1 and len(batch) >= POOL_MIN:
                pool = ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent,
                                           initargs=(os.getpid(),))
            submitted: list[Future[list[Outcome]] | list[Outcome]] = (
                [pool.submit(run_job, job, db_path) for job in batch] if pool
                else [run_job(job, db_path) for job in batch])
            if pending:
                write_batch(conn, _results(pending), report)
                bar.update(report)
            pending = submitted
        if pending:
            write_batch(conn, _results(pending), report)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    bar.update(report, final=True)
    return report


def add_documents(conn: sqlite3.Connection, docs: Iterable[Document]) -> IngestReport:
    report = IngestReport()
    for batch in _batches(iter(docs), BATCH * 4):
        write_batch(conn, (prepare_document(d, d.id) for d in batch), report)
    return report


def _jobs(conn: sqlite3.Connection, paths: Iterable[str], report: IngestReport) -> Iterator[Job]:
    """What the workers get, in input order: light files are read here (their errors and
    already-stored texts counted on the way), heavy ones go whole."""
    seen: set[int] = set()
    for path in paths:
        for file in _input_files(path):
            if _suffix(file) in HEAVY_SUFFIXES:
                yield FileJob(file)
                continue
            for item in read_path(file):
                if isinstance(item, InputError) or (rejected := screen(item)) is not None:
                    report.rejected.append(_rejection(item) if isinstance(item, InputError) else rejected)
                    continue
                key = raw_hash(item.text)
                if key in seen or conn.execute("SELECT 1 FROM documents WHERE text_sha = ?", (key,)).fetchone():
                    report.duplicates += 1
                    continue
                seen.add(key)
                yield item


def _input_files(path: str) -> Iterator[str]:
    """The files ``read_path(path)`` would read, one by one (the path itself when it is no folder)."""
    p = Path(path)
    if not p.is_dir():
        yield path
        return
    found = False
    for child in sorted(p.rglob("*")):
        if child.is_file() and not child.name.startswith(".") and _suffix(str(child)) in READERS:
            found = True
            yield str(child)
    if not found:
        yield path  # read_path reports the folder as holding nothing readable


def _suffix(path: str) -> str:
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _batches(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(pending: list[Future[list[Outcome]] | list[Outcome]]) -> Iterator[Outcome]:
    for p in pending:
        yield from (p.result() if isinstance(p, Future) else p)
