"""Bytes → str for the encodings khabar accepts: UTF-8 (with or without BOM), UTF-16 with BOM."""

from __future__ import annotations

import codecs

from khabar.errors import DecodeError, FormatError

#: C0 control bytes that plain text rarely holds; tab, line feed, vertical tab (Word's manual line
#: break), form feed and carriage return are text
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))
#: a stray control character or two is a text file's blemish; more than one byte in 100 is binary
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes, path: str) -> str:
    """Decode ``data``; raise ``DecodeError``/``FormatError`` naming ``path`` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", path)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _decode(data, "utf-16", path)
    if _looks_binary(data[:8192]):
        raise FormatError("binary file, not text (expected UTF-8 or UTF-16 with BOM)", path=path)
    return _decode(data, "utf-8", path)


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _decode(data: bytes, encoding: str, path: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DecodeError(
            f"not valid {encoding.upper()} at byte {exc.start} (line {line}); "
            "save the file as UTF-8 and try again",
            path=path, line=line,
        ) from exc
    if "\x00" in text:
        raise FormatError("binary file, not text (NUL characters)", path=path)
    return text
