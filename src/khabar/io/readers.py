"""Files, folders and stdin → ``Article`` records.

A reader yields ``Article`` or ``InputError`` items: one bad line or entry never hides the rest of
the file. Errors that concern the whole file (unreadable, binary, undecodable) are one item.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khabar.document import Meta, check_published, check_text
from khabar.errors import FormatError, InputError, TooLargeError
from khabar.io.encodings import decode_text

#: biggest single file khabar reads (bytes); larger ones are rejected with a clear message
MAX_FILE_BYTES = 200 * 1024 * 1024

META_FIELDS = ("title", "url", "published", "source")


@dataclass(slots=True)
class Article:
    text: str
    meta: Meta = field(default_factory=Meta)
    #: where it came from: ``path`` or ``path:line``
    origin: str = ""
    id: str | None = None


Item = Article | InputError


def read_path(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Articles from a file or a folder (recursively, in sorted order)."""
    p = Path(path)
    name = str(path)
    if p.is_dir():
        found = False
        for child in sorted(p.rglob("*")):
            if child.is_file() and _reader_for(child) is not None and not child.name.startswith("."):
                found = True
                yield from read_path(child)
        if not found:
            yield FormatError("folder holds no readable files (.txt, .json, .jsonl, .html, .xml)",
                              path=name)
        return
    if not p.exists():
        yield InputError("no such file", path=name)
        return
    if not p.is_file():
        yield InputError("not a regular file", path=name)
        return
    reader = _reader_for(p)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            yield TooLargeError(f"file is {size // 2**20} MB, over the {MAX_FILE_BYTES // 2**20} MB limit;"
                                " split it and try again", path=name)
            return
        raw = p.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", path=name)
        return
    if p.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            yield FormatError(f"not a valid gzip file ({exc})", path=name)
            return
    yield from (reader or read_text_bytes)(raw, name)


def read_stdin() -> Iterator[Item]:
    raw = sys.stdin.buffer.read()
    yield from sniff_and_read(raw, "<stdin>")


def sniff_and_read(raw: bytes, name: str) -> Iterator[Item]:
    """Bytes of unknown kind (stdin, an HTTP body): JSON/JSONL when it looks like it, else text."""
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        try:
            text = decode_text(raw, name)
        except InputError as exc:
            yield exc
            return
        stripped = text.strip()
        first_line = stripped.split("\n", 1)[0].strip()
        if stripped.startswith("[") or _is_json_object(stripped):
            yield from _read_json_text(text, name)
        elif first_line.startswith("{"):
            yield from _read_jsonl_text(text, name)
        else:
            yield from _read_plain_text(text, name)
        return
    yield from read_text_bytes(raw, name)


def _is_json_object(s: str) -> bool:
    try:
        return isinstance(json.loads(s), dict)
    except ValueError:
        return False


def read_text_bytes(raw: bytes, name: str) -> Iterator[Item]:
    try:
        text = decode_text(raw, name)
    except InputError as exc:
        yield exc
        return
    yield from _read_plain_text(text, name)


def _read_plain_text(text: str, name: str) -> Iterator[Item]:
    if not text.strip():
        yield FormatError("empty file: no text to analyse", path=name)
        return
    yield Article(text=text, meta=Meta(title=headline_of(text)), origin=name)


#: a headline is one short line that does not end like a sentence
_MAX_HEADLINE = 160
_SENTENCE_END = ("۔", ".", "؟", "?", "!", "،", ":", "؛")


def headline_of(text: str) -> str | None:
    """The first line of a plain-text article when it reads as a headline (the text keeps it too)."""
    first, sep, rest = text.strip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > _MAX_HEADLINE:
        return None
    if first.endswith(_SENTENCE_END):
        return None
    return first


def read_json_bytes(raw: bytes, name: str) -> Iterator[Item]:
    try:
        text = decode_text(raw, name)
    except InputError as exc:
        yield exc
        return
    yield from _read_json_text(text, name)


def read_jsonl_bytes(raw: bytes, name: str) -> Iterator[Item]:
    try:
        text = decode_text(raw, name)
    except InputError as exc:
        yield exc
        return
    yield from _read_jsonl_text(text, name)


def _read_json_text(text: str, name: str) -> Iterator[Item]:
    if not text.strip():
        yield FormatError("empty file: no JSON to read", path=name)
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield FormatError(f"malformed JSON: {exc.msg} (column {exc.colno})", path=name, line=exc.lineno)
        return
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        yield article_from_record(rec, f"{name}[{i}]" if isinstance(data, list) else name)


def _read_jsonl_text(text: str, name: str) -> Iterator[Item]:
    seen = False
    # only \n ends a JSON line: str.splitlines would also cut at U+2028 or \x1c, which JSON strings may hold raw
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen = True
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield FormatError(f"malformed JSON line: {exc.msg} (column {exc.colno})", path=name, line=lineno)
            continue
        yield article_from_record(rec, f"{name}:{lineno}", path=name, line=lineno)
    if not seen:
        yield FormatError("empty file: no JSON lines to read", path=name)


def article_from_record(rec: object, origin: str, *, path: str | None = None,
                        line: int | None = None) -> Item:
    """A JSON object with a ``text`` field → Article; unknown fields go to ``meta.extra``."""
    path = path or origin
    if not isinstance(rec, dict):
        return FormatError("expected a JSON object with a \"text\" field", path=path, line=line)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return FormatError("record has no non-empty \"text\" string field", path=path, line=line)
    meta = Meta()
    try:
        check_text(text, path=path, line=line)
        for key in META_FIELDS:
            val = rec.get(key)
            if val is not None and not isinstance(val, str):
                if key == "published":
                    raise FormatError(f"published {val!r} is not a date like 2021-12-20", path=path, line=line)
                val = _meta_text(key, val, path=path, line=line)
            if isinstance(val, str):
                check_text(val, path=path, line=line)
            setattr(meta, key, val)
        meta.published = check_published(meta.published, path=path, line=line)
    except InputError as exc:
        return FormatError(exc.message, path=path, line=line)
    meta.extra = {k: v for k, v in rec.items() if k not in (*META_FIELDS, "text", "id")}
    rid = rec.get("id")
    return Article(text=text, meta=meta, origin=origin, id=str(rid) if rid is not None else None)


def _meta_text(key: str, val: object, *, path: str, line: int | None) -> str:
    """A metadata field given as a number or a list of strings (a headline and its subhead) as text."""
    if isinstance(val, list) and all(isinstance(v, str) for v in val):
        return " ".join(v.strip() for v in val if v.strip())
    if isinstance(val, list | dict):
        kind = "an object" if isinstance(val, dict) else "a list of non-strings"
        raise FormatError(f"{key} must be text, got {kind}", path=path, line=line)
    return str(val)


Reader = Callable[[bytes, str], Iterator[Item]]

#: suffix → reader; readers for HTML and feeds register themselves in ``khabar.io.web`` when built
READERS: dict[str, Reader] = {
    ".txt": read_text_bytes,
    ".text": read_text_bytes,
    ".md": read_text_bytes,
    ".json": read_json_bytes,
    ".jsonl": read_jsonl_bytes,
    ".ndjson": read_jsonl_bytes,
}


def _read_html(raw: bytes, name: str) -> Iterator[Item]:  # lazy: trafilatura is slow to import
    from khabar.io.html import read_html_bytes

    return read_html_bytes(raw, name)


def _read_feed(raw: bytes, name: str) -> Iterator[Item]:
    from khabar.io.feeds import read_feed_bytes

    return read_feed_bytes(raw, name)


READERS.update({".html": _read_html, ".htm": _read_html, ".xml": _read_feed, ".rss": _read_feed,
                ".atom": _read_feed})


def _reader_for(p: Path) -> Reader | None:
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if not suffixes:
        return None
    return READERS.get(suffixes[-1])
