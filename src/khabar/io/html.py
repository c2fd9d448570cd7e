"""HTML pages → one ``Article``: the main text (trafilatura), title, date and canonical URL.

Scripts, styles, navigation and comments never reach the text. Pages in a legacy encoding are read
through the charset their ``<meta>`` declares (windows-1256 is common for Urdu sites). trafilatura
is imported on first use: it is slow to import and only HTML needs it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any

from khabar.document import Meta
from khabar.errors import DecodeError, FormatError, InputError
from khabar.io.encodings import decode_text
from khabar.io.readers import Article, Item

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTMLISH = re.compile(r"<\s*(html|head|body|div|p|article|title|meta|span|h[1-6])\b", re.IGNORECASE)
_BLANKS = re.compile(r"[ \t\u00a0]+")
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "nav",
              "header", "footer", "form", "aside")


def decode_html(raw: bytes, name: str) -> str:
    """Bytes → str: BOM/UTF-8 first, then the charset the page declares."""
    try:
        return decode_text(raw, name)
    except DecodeError:
        m = _CHARSET.search(raw[:4096])
        if not m:
            raise
        label = m.group(1).decode("ascii")
        try:
            codecs.lookup(label)
            return raw.decode(label)
        except (LookupError, UnicodeDecodeError) as exc:
            raise DecodeError(f"not valid text in its declared charset {label!r}; save it as UTF-8 and try again",
                              path=name) from exc


def read_html_bytes(raw: bytes, name: str) -> Iterator[Item]:
    try:
        html = decode_html(raw, name)
    except InputError as exc:
        yield exc
        return
    if not html.strip():
        yield FormatError("empty file: no HTML to read", path=name)
        return
    if not _HTMLISH.search(html[:20000]):
        yield FormatError("not an HTML page (no <html>, <body> or text elements)", path=name)
        return
    try:
        meta, text = extract_html(html)
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many kinds on broken markup
        yield FormatError(f"cannot parse the HTML ({type(exc).__name__}: {exc})", path=name)
        return
    if not text.strip():
        yield FormatError("HTML page has no main text to analyse", path=name)
        return
    yield Article(text=text, meta=meta, origin=name)


def extract_html(html: str) -> tuple[Meta, str]:
    """Main text and metadata of a page; falls back to the visible body text for short pages."""
    import trafilatura

    found: Any = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True, favor_recall=True)
    meta = Meta()
    text = ""
    if found is not None:
        get = found.get if isinstance(found, dict) else lambda k: getattr(found, k, None)
        text = get("text") or ""
        meta.title = get("title") or None
        meta.published = get("date") or None
        meta.url = get("url") or None
        meta.source = get("sitename") or None
    if not text.strip():
        text = visible_text(html)
    if meta.title is None:
        meta.title = _title(html)
    return meta, _tidy(text)


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment (a feed entry's content): no scripts, no markup."""
    if "<" not in fragment:
        import html as _html

        return _tidy(_html.unescape(fragment))
    return _tidy(visible_text(fragment))


def visible_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises ParserError/ValueError on empty or odd input
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote", "td", "div", "br"):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


def _title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    import html as _html

    title = _tidy(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    return title or None


def _tidy(text: str) -> str:
    lines = (_BLANKS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
