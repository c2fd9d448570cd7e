"""The corpus store (SQLite). PLACEHOLDER (skeleton): the corpus work fills this in."""

from __future__ import annotations


class Store:
    def __init__(self, path: str = "khabar.db") -> None:
        raise NotImplementedError("the corpus store is not built yet")
