"""RSS and Atom feeds → one ``Article`` per entry (its content, else its summary).

An entry with neither is reported on its own and the rest of the feed is still read. Dates come
from feedparser when the feed uses RFC 822/ISO dates; Urdu-script dates (``۱۵ دسمبر ۲۰۲۱``) go
through khabar's own date normalizer when it is available.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import warnings
from collections.abc import Iterator
from typing import Any

from khabar.document import Meta
from khabar.errors import FormatError, InputError
from khabar.io.encodings import decode_text
from khabar.io.html import html_to_text
from khabar.io.readers import Article, Item

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a publication date is a day: 2021-12 is refused
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_FEEDISH = re.compile(rb"<\s*(rss|feed|rdf:RDF|channel)\b", re.IGNORECASE)


def read_feed_bytes(raw: bytes, name: str) -> Iterator[Item]:
    import feedparser

    if not raw.strip():
        yield FormatError("empty file: no feed to read", path=name)
        return
    if not _FEEDISH.search(raw[:65536]):
        yield FormatError("not an RSS or Atom feed (no <rss>, <feed> or <channel> element)", path=name)
        return
    declared = _XML_ENCODING.search(raw[:200])
    if declared is None or declared.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8"):
        try:  # feedparser would fall back to Latin-1 and hand on mojibake
            decode_text(raw, name)
        except InputError as exc:
            yield exc
            return
    try:
        parsed = feedparser.parse(raw)
    except Exception as exc:  # noqa: BLE001 - feedparser's parsers raise many kinds
        yield FormatError(f"cannot parse the feed ({type(exc).__name__}: {exc})", path=name)
        return
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        yield FormatError(f"feed has no entries{f' ({reason})' if reason else ''}", path=name)
        return
    source = (parsed.get("feed") or {}).get("title") or None
    for i, entry in enumerate(entries, 1):
        origin = f"{name}#{i}"
        text = _entry_text(entry)
        if not text.strip():
            broken = parsed.get("bozo_exception") if parsed.get("bozo") else None
            yield FormatError(f"entry {i} has no content or summary"
                              + (f" (the feed is malformed: {broken})" if broken else ""), path=name)
            continue
        meta = Meta(title=html_to_text(entry.get("title") or "") or None, url=entry.get("link") or None,
                    published=_entry_date(entry), source=source)
        entry_id = entry.get("id") or None
        meta.extra = {"feed_entry_id": entry_id} if entry_id else {}
        yield Article(text=text, meta=meta, origin=origin)


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        with warnings.catch_warnings():  # feedparser warns about its updated→published fallback
            warnings.simplefilter("ignore", DeprecationWarning)
            stamp = entry.get(key)
            raw = entry.get(key.removesuffix("_parsed"))
        # feedparser rolls an impossible date over (2021-13-45 became 2022-01-01): better none
        if stamp and not _impossible_date(str(raw or "")):
            return time.strftime("%Y-%m-%d", stamp)
    for key in ("published", "updated", "created", "date"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            raw = entry.get(key)
        if raw:
            found = parse_feed_date(str(raw))
            if found:
                return found
    return None


def parse_feed_date(raw: str) -> str | None:
    """An ISO date from a date string feedparser could not read (Urdu script, Urdu month names)."""
    try:
        from khabar.entities.dates import parse_date
    except ImportError:
        parse_date = None
    if parse_date is not None:
        try:
            value = parse_date(raw)
        except Exception:  # noqa: BLE001 - a date we cannot read is left empty, never fatal
            value = None
        value = getattr(value, "value", value)
        if isinstance(value, str) and _ISO_DATE.match(value):
            return value
    digits = raw.translate({0x06F0 + i: str(i) for i in range(10)} | {0x0660 + i: str(i) for i in range(10)})
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", digits)
    return m.group(0) if m and not _impossible_date(m.group(0)) else None


def _impossible_date(raw: str) -> bool:
    """True when ``raw`` holds a numeric year-month-day that no calendar has (2021-13-45)."""
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if not m:
        return False
    try:
        dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return True
    return False
