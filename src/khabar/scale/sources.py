"""Batch inputs → partitions: small descriptors the driver makes and the workers read.

A descriptor names where its records live (file + byte range, Parquet row range, or a list of files);
it never carries the text, so the driver stays light whatever the corpus size.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from khabar.errors import InputError

#: the columns of the record DataFrame a partition is read into
RECORD_COLUMNS = ("record_id", "origin", "text", "title", "url", "published", "source", "extra")

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_FILE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".json", ".xml", ".rss", ".atom",
                  ".txt.gz", ".html.gz", ".json.gz")


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work. ``kind`` is ``jsonl`` (byte range or line range), ``parquet`` (row range)
    or ``files`` (a list of files, each read by khabar's readers)."""

    index: int
    kind: str
    path: str = ""
    start: int = 0
    stop: int = 0
    files: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["files"] = list(self.files)
        return d


def plan_partitions(inputs: list[str], partition_size: int) -> list[Partition]:
    """Partitions over every input, in a stable order (so re-runs find the same partitions)."""
    if partition_size < 1:
        raise InputError("--partition-size must be at least 1")
    parts: list[Partition] = []
    loose_files: list[str] = []
    for item in inputs:
        p = Path(item)
        if not p.exists():
            raise InputError("no such file or folder", path=item)
        if p.is_dir() and p.suffix != ".parquet":
            for child in sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")):
                _plan_file(child, partition_size, parts, loose_files)
        else:
            _plan_file(p, partition_size, parts, loose_files)
    for i in range(0, len(loose_files), partition_size):
        parts.append(Partition(len(parts), "files", files=tuple(loose_files[i:i + partition_size])))
    return parts


def _plan_file(p: Path, size: int, parts: list[Partition], loose: list[str]) -> None:
    name = p.name.lower()
    if name.endswith(_JSONL_SUFFIXES):
        for start, stop in _jsonl_ranges(p, size):
            parts.append(Partition(len(parts), "jsonl", str(p), start, stop))
    elif name.endswith(_PARQUET_SUFFIXES) or (p.is_dir() and p.suffix == ".parquet"):
        rows = _parquet_rows(p)
        for start in range(0, rows, size):
            parts.append(Partition(len(parts), "parquet", str(p), start, min(start + size, rows)))
    elif name.endswith(_FILE_SUFFIXES):
        loose.append(str(p))


def _jsonl_ranges(p: Path, size: int) -> Iterator[tuple[int, int]]:
    """Byte ranges of ``size`` lines each; for gzip, line ranges (a gzip stream cannot seek)."""
    if p.name.lower().endswith(".gz"):
        try:
            with gzip.open(p, "rb") as f:
                n = sum(1 for _ in bounded_lines(f))
        except (OSError, EOFError) as exc:
            raise InputError(f"not a valid gzip file ({exc})", path=str(p)) from exc
        for start in range(0, n, size):
            yield start, min(start + size, n)
        return
    with open(p, "rb") as f:
        start = 0
        count = 0
        pos = 0
        for length, line in bounded_lines(f):
            pos += length
            if line is None or line.strip():
                count += 1
            if count == size:
                yield start, pos
                start, count = pos, 0
        if count:
            yield start, pos


#: longest JSONL line a batch reads (bytes); a longer one becomes an error row, never held whole
MAX_LINE_BYTES = 64 * 1024 * 1024


def bounded_lines(f: BinaryIO, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(length in bytes, line) of a binary file; the line is None when it is over ``limit`` bytes
    (default :data:`MAX_LINE_BYTES`).

    Iterating a file holds each line whole: one 4 GB line (a gzip bomb with no line break) took
    gigabytes of memory in the partition planner and the worker alike.
    """
    limit = MAX_LINE_BYTES if limit is None else limit
    while line := f.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield len(line), line
            continue
        length = len(line)
        while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
            length += len(rest)
        yield length + len(rest), None


def _parquet_rows(p: Path) -> int:
    import pyarrow.parquet as pq

    try:
        return pq.ParquetDataset(str(p)).read(columns=[]).num_rows if p.is_dir() \
            else pq.ParquetFile(str(p)).metadata.num_rows
    except Exception as exc:  # pyarrow raises many kinds; all mean "not a Parquet file we can read"
        raise InputError(f"cannot read Parquet: {exc}", path=str(p)) from exc


def read_partition(part: Partition):  # -> pandas.DataFrame
    """The partition's records as a DataFrame with ``RECORD_COLUMNS``; unreadable records become rows
    whose ``text`` is None and whose ``extra`` holds ``{"error": reason}``."""
    import pandas as pd

    rows = list(_records(part))
    return pd.DataFrame(rows, columns=list(RECORD_COLUMNS))


def _records(part: Partition) -> Iterator[tuple]:
    if part.kind == "jsonl":
        yield from _jsonl_records(part)
    elif part.kind == "parquet":
        yield from _parquet_records(part)
    else:
        yield from _file_records(part)


def _error_row(origin: str, reason: str) -> tuple:
    return (None, origin, None, None, None, None, None, json.dumps({"error": reason}, ensure_ascii=False))


def _row_from_record(rec: object, origin: str) -> tuple:
    from khabar.io.readers import article_from_record

    item = article_from_record(rec, origin)
    if isinstance(item, InputError):
        return _error_row(origin, item.message)
    m = item.meta
    return (item.id, origin, item.text, m.title, m.url, m.published, m.source,
            json.dumps(m.extra, ensure_ascii=False) if m.extra else None)


def _jsonl_lines(part: Partition) -> Iterator[tuple[int, bytes | None]]:
    """(line number, raw line or None when over the length limit) of the partition's non-blank lines."""
    if part.path.lower().endswith(".gz"):
        with gzip.open(part.path, "rb") as f:
            n = -1
            for _, line in bounded_lines(f):
                if line is None or line.strip():
                    n += 1
                    if part.start <= n < part.stop:
                        yield n + 1, None if line is None else line.rstrip(b"\r\n")
                    elif n >= part.stop:
                        return
        return
    with open(part.path, "rb") as f:
        # line numbers are counted from the start of the file so errors name the real line
        lineno = sum(chunk.count(b"\n") for chunk in _chunks(f, part.start))
        f.seek(part.start)
        pos = part.start
        for length, line in bounded_lines(f):
            if pos >= part.stop:
                return
            pos += length
            lineno += 1
            if line is None or line.strip():
                yield lineno, None if line is None else line.rstrip(b"\r\n")


def _chunks(f: BinaryIO, size: int) -> Iterator[bytes]:
    """The first ``size`` bytes of ``f`` in pieces of at most 1 MB."""
    while size > 0 and (chunk := f.read(min(size, 1 << 20))):
        size -= len(chunk)
        yield chunk


def _jsonl_records(part: Partition) -> Iterator[tuple]:
    from khabar.io.readers import json_reason, parse_json

    for lineno, raw in _jsonl_lines(part):
        origin = f"{part.path}:{lineno}"
        if raw is None:
            yield _error_row(origin, f"line is over {MAX_LINE_BYTES:,} bytes; split it into records")
            continue
        try:
            rec = parse_json(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield _error_row(origin, "line is not valid UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield _error_row(origin, f"malformed JSON line: {json_reason(exc)}")
            continue
        yield _row_from_record(rec, origin)


def _parquet_records(part: Partition) -> Iterator[tuple]:
    import pyarrow.dataset as ds

    table = ds.dataset(part.path, format="parquet").to_table()
    table = table.slice(part.start, part.stop - part.start)
    for i, rec in enumerate(table.to_pylist()):
        yield _row_from_record(rec, f"{part.path}#row{part.start + i}")


def _file_records(part: Partition) -> Iterator[tuple]:
    from khabar.io.readers import read_path

    for path in part.files:
        for item in read_path(path):
            if isinstance(item, InputError):
                yield _error_row(item.path or path, str(item.message))
                continue
            m = item.meta
            yield (item.id, item.origin or path, item.text, m.title, m.url, m.published, m.source,
                   json.dumps(m.extra, ensure_ascii=False) if m.extra else None)


def fingerprint(inputs: list[str], partition_size: int) -> str:
    """Identifies a batch's inputs, so a re-run into the same folder with other inputs is refused."""
    import hashlib

    h = hashlib.sha1(str(partition_size).encode())
    for item in sorted(os.path.abspath(i) for i in inputs):
        st = os.stat(item)
        h.update(f"{item}\0{st.st_size}\0{int(st.st_mtime)}\0".encode())
    return h.hexdigest()[:16]
