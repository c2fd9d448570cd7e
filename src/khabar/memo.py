"""Bounded memos of pure functions of one word.

News repeats its words from sentence to sentence and from article to article, so the stages that ask
the same question of every token (is it a content word, what is its folded form) remember the
answers. A memo is a plain dict emptied when it holds :data:`WORDS_MAX` words (a few MB at most);
asking for many words at once looks the remembered ones up in one C-level ``map`` and sends only
the new ones through Python. The functions must never return None (it marks a word not yet met).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: words a memo holds before it is emptied
WORDS_MAX = 1 << 16


def remembered(memo: dict[str, T], answer: Callable[[str], T], word: str) -> T:
    """``answer(word)``, from ``memo`` when the word was met before."""
    got = memo.get(word)
    if got is None:
        if len(memo) >= WORDS_MAX:
            memo.clear()
        got = memo[word] = answer(word)
    return got


def remembered_each(memo: dict[str, T], answer: Callable[[str], T], words: list[str]) -> list[T]:
    """``[answer(w) for w in words]``, the words met before looked up in ``memo`` all at once."""
    got: list[T | None] = list(map(memo.get, words))
    if None in got:
        if len(memo) >= WORDS_MAX:
            memo.clear()
        for i, value in enumerate(got):
            if value is None:
                got[i] = memo[words[i]] = answer(words[i])
    return got  # type: ignore[return-value]  # no None is left
