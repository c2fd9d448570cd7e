"""Normalization as a view: ``normalize(text)`` returns the folded text and a map back to ``text``.

PLACEHOLDER (skeleton): NFC + a few letter folds. The text-engine work replaces the body; the
``Normalized`` shape and the ``normalize`` signature are the interface everything else relies on.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Normalized:
    """``norm`` is the normalized view of ``text``.

    ``to_original[i]`` is the offset in ``text`` where ``norm[i]`` comes from, and
    ``to_original[len(norm)] == len(text)``, so a norm span ``[a, b)`` maps to
    ``[to_original[a], to_original[b])`` in the original (see :meth:`span_to_original`).
    """

    text: str
    norm: str
    to_original: tuple[int, ...]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original[start]
            return o, o
        return self.to_original[start], self.to_original[end - 1] + _char_len(self, end - 1)

    def __len__(self) -> int:
        return len(self.norm)


def _char_len(n: Normalized, i: int) -> int:
    """Length in ``text`` of the original character(s) that produced ``norm[i]``."""
    start = n.to_original[i]
    nxt = n.to_original[i + 1] if i + 1 < len(n.to_original) else len(n.text)
    j = i + 1
    while j < len(n.norm) and n.to_original[j] == start:
        j += 1
    nxt = n.to_original[j] if j < len(n.to_original) else len(n.text)
    return max(nxt - start, 1) if nxt > start else 1


_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ"})


def normalize(text: str) -> Normalized:
    out: list[str] = []
    to_orig: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).translate(_FOLD)
        for c in folded:
            if unicodedata.category(c) == "Mn":
                continue
            out.append(c)
            to_orig.append(i)
    to_orig.append(len(text))
    return Normalized(text, "".join(out), tuple(to_orig))
