"""Files, folders and stdin → ``Article`` records.

A reader yields ``Article`` or ``InputError`` items: one bad line or entry never hides the rest of
the file. Errors that concern the whole file (unreadable, binary, undecodable) are one item.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
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


class JSONLimitError(json.JSONDecodeError):
    """Valid-looking JSON khabar refuses as a whole: nesting too deep, a number too long, NaN."""

    def __init__(self, msg: str, doc: str) -> None:
        super().__init__(msg, doc, 0)


class _NotJSONConstant(ValueError):
    pass


def _refuse_constant(name: str) -> object:
    raise _NotJSONConstant(name)


def parse_json(text: str) -> object:
    """``json.loads`` for untrusted input: every way it can fail is a ``json.JSONDecodeError``.

    Python's parser also raises RecursionError on deep nesting and ValueError on integers over
    4,300 digits, and it accepts NaN and Infinity, which strict JSON (and khabar's output) has not.
    """
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise JSONLimitError("arrays or objects nested too deeply", text) from None
    except _NotJSONConstant as exc:
        raise JSONLimitError(f"{exc} is not a JSON value (use null or a number)", text) from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # sys.get_int_max_str_digits()
        raise JSONLimitError(f"a number is too long (over {sys.get_int_max_str_digits():,} digits)", text) from None


def json_reason(exc: json.JSONDecodeError) -> str:
    """The error's message with its column where it has one."""
    return exc.msg if isinstance(exc, JSONLimitError) else f"{exc.msg} (column {exc.colno})"


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
    if p.suffix.lower() == ".gz":
        try:
            raw = gunzip_limited(raw, name)
        except InputError as exc:
            yield exc
            return
    yield from (reader or read_text_bytes)(raw, name)


def gunzip_limited(raw: bytes, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Decompress gzip data, refusing output over ``limit`` bytes: a few MB of gzip can hold
    gigabytes (a 4 MB file of spaces unpacked to 4 GB and took 8 GB of memory)."""
    out: list[bytes] = []
    size = 0
    data = raw
    try:
        while data:
            if data[:2] != b"\x1f\x8b":
                raise FormatError(f"not a valid gzip file (Not a gzipped file ({data[:2]!r}))", path=name)
            d = zlib.decompressobj(wbits=31)  # one gzip member; a file may hold several
            while not d.eof:
                chunk = d.decompress(data, 1 << 20)
                data = d.unconsumed_tail
                if not chunk and not data:
                    raise FormatError("not a valid gzip file (Compressed file ended before the "
                                      "end-of-stream marker was reached)", path=name)
                size += len(chunk)
                if size > limit:
                    raise TooLargeError(f"gzip file unpacks to over {limit // 2**20} MB; split it and try again",
                                        path=name)
                out.append(chunk)
            data = d.unused_data.lstrip(b"\x00")  # gzip allows zero padding after a member
    except zlib.error as exc:
        raise FormatError(f"not a valid gzip file ({exc})", path=name) from exc
    return b"".join(out)


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
        return isinstance(parse_json(s), dict)
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
        data = parse_json(text)
    except JSONLimitError as exc:
        yield FormatError(f"malformed JSON: {json_reason(exc)}", path=name)
        return
    except json.JSONDecodeError as exc:
        yield FormatError(f"malformed JSON: {json_reason(exc)}", path=name, line=exc.lineno)
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
            rec = parse_json(line)
        except json.JSONDecodeError as exc:
            yield FormatError(f"malformed JSON line: {json_reason(exc)}", path=name, line=lineno)
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
