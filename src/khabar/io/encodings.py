"""Bytes → str for the encodings khabar accepts: UTF-8 (with or without BOM), UTF-16 with BOM."""

from __future__ import annotations

import codecs

from khabar.errors import DecodeError, FormatError

#: control characters that never occur in text (NUL and friends): their presence means binary
_BINARY_BYTES = frozenset(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                                          28, 29, 30, 31}


def decode_text(data: bytes, path: str) -> str:
    """Decode ``data``; raise ``DecodeError``/``FormatError`` naming ``path`` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", path)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _decode(data, "utf-16", path)
    sample = data[:8192]
    if any(b in _BINARY_BYTES for b in sample):
        raise FormatError("binary file, not text (expected UTF-8 or UTF-16 with BOM)", path=path)
    return _decode(data, "utf-8", path)


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
