"""Sentence splitting with offsets into the given text.

PLACEHOLDER (skeleton): split after ۔ ؟ ? ! and at blank lines. Replaced by the text-engine work.
"""

from __future__ import annotations

import re

from khabar.document import Sentence

_END = re.compile(r"[^\n۔؟?!]*(?:[۔؟?!]+['’”\"‘“)]*|\n|$)")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for m in _END.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e))
    return out
