"""Space-omission repair: run-together words (کیلئے, ہونیوالی, اوراس) into their parts.

PLACEHOLDER (skeleton): repairs nothing yet.
"""

from __future__ import annotations


def split_joined(word: str) -> list[tuple[int, int, str]] | None:
    """Parts of a run-together ``word`` (a normalized token), or None when it is one word.

    Each part is ``(start, end, norm)``: ``word[start:end]`` is the stretch of the input the part
    covers (the parts tile ``word`` left to right) and ``norm`` its normalized spelling, which may
    differ (``کیلئے`` → ``(0, 2, "کے")``, ``(2, 5, "لیے")``).
    """
    return None
