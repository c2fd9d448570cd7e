"""Reading a finished ``khabar batch`` output back: light, so ``khabar ingest`` can use it
without importing Dask or pandas (pyarrow is needed only when documents are actually read)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from khabar.document import Document
from khabar.errors import InputError, KhabarError

MANIFEST = "_manifest.json"
FORMAT = "khabar.batch/1"


def is_batch_output(path: str) -> bool:
    """True for a folder written by ``khabar batch`` (it holds a khabar.batch manifest)."""
    manifest = Path(path) / MANIFEST
    try:  # an unreadable folder raises here; the readers then report it
        if not manifest.is_file():
            return False
        found = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(found, dict) and found.get("format") == FORMAT


def iter_batch_documents(path: str) -> Iterator[Document]:
    """The analysed documents of a finished batch output, for loading into a store unchanged."""
    root = Path(path)
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the batch manifest: {exc}", path=path) from exc
    if manifest.get("format") != FORMAT:
        raise InputError(f"not a khabar batch output (format {manifest.get('format')!r})", path=path)
    if not manifest.get("complete"):
        raise InputError("batch output is incomplete; run the same khabar batch command again first",
                         path=path)
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise KhabarError("reading a batch output needs pyarrow: pip install 'khabar[parquet]'") from exc
    for name in manifest["partitions"]:
        file = root / "documents" / f"{name}.parquet"
        try:
            column = pq.read_table(file, columns=["document"]).column("document").to_pylist()
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read {file.name}: {exc}", path=path) from exc
        for raw in column:
            yield Document.from_dict(json.loads(raw))
