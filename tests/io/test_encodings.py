"""Bytes → text: which control characters make a file binary."""

from __future__ import annotations

import pytest

from khabar.errors import FormatError
from khabar.io.encodings import decode_text

ARTICLE = "لاہور میں بارش کے بعد درجہ حرارت گر گیا۔ شہریوں نے موسم کا لطف اٹھایا۔\n" * 4


@pytest.mark.parametrize("blemish", ["\x0b", "\x0c", "\x1c", "\x1f", "\x1b"])
def test_a_stray_control_character_is_still_text(blemish: str) -> None:
    text = ARTICLE.replace("\n", blemish, 1)
    assert decode_text(text.encode("utf-8"), "a.txt") == text


@pytest.mark.parametrize("data", [
    b"\x00" + ARTICLE.encode("utf-8"),
    bytes(range(1, 9)) * 40,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ("\x01\x02\x03" + "خبر").encode("utf-8") * 30,
])
def test_control_heavy_or_nul_bytes_are_binary(data: bytes) -> None:
    with pytest.raises(FormatError, match="^b.bin: binary file, not text"):
        decode_text(data, "b.bin")
