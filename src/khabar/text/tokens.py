"""Tokenization with offsets and a normalized form per token.

PLACEHOLDER (skeleton): words, numbers and punctuation by regex. Replaced by the text-engine work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.document import Sentence, Token
from khabar.text.normalize import normalize

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def tokenize(text: str, sentences: Sequence[Sentence] | None = None) -> list[Token]:
    n = normalize(text)
    tokens: list[Token] = []
    sent_i = 0
    for m in _TOKEN.finditer(n.norm):
        start, end = n.span_to_original(m.start(), m.end())
        if sentences:
            while sent_i + 1 < len(sentences) and sentences[sent_i].end <= start:
                sent_i += 1
        tokens.append(Token(start, end, m.group(), sent_i))
    return tokens
