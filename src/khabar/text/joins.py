"""Space-omission repair: run-together words (کیلئے, ہونیوالی, اوراس) into their parts.

PLACEHOLDER (skeleton): repairs nothing yet.
"""

from __future__ import annotations


def split_joined(word: str) -> list[str] | None:
    """Return the normalized parts of a run-together ``word`` (already normalized), or None.

    The parts, concatenated, need not equal ``word`` character for character (``کیلئے`` →
    ``کے`` ``لیے``); callers align them to the original span.
    """
    return None
