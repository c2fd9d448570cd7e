"""The event tables shipped under ``khabar/data/events/``: read once, with a clear error when missing."""

from __future__ import annotations

from functools import cache
from importlib import resources

from khabar.entities.tables import parse_table
from khabar.errors import DataError
from khabar.text.normalize import normalize


def read_event_data(name: str, what: str) -> str:
    """The text of ``data/events/<name>``; ``what`` names it in the error (``"pronoun table"``)."""
    try:
        return resources.files("khabar").joinpath("data", "events", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError(f"{what} missing; reinstall khabar", path=f"events/{name}") from exc


def read_words(name: str, what: str) -> frozenset[str]:
    """The normalized words of a one-column table (header ``word``)."""
    text = read_event_data(name, what)
    return frozenset(normalize(row[0]).norm for row in parse_table(text, ("word",), path=f"events/{name}"))


def read_word_roles(name: str, what: str, roles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Role → normalized words of a ``word``/``role`` table; a role not in ``roles`` is a data error."""
    path = f"events/{name}"
    out: dict[str, set[str]] = {role: set() for role in roles}
    for word, role in parse_table(read_event_data(name, what), ("word", "role"), path=path):
        if role not in out:
            raise DataError(f"unknown role {role!r}", path=path)
        out[role].add(normalize(word).norm)
    return {role: frozenset(words) for role, words in out.items()}


@cache
def _word_rows() -> dict[str, tuple[str, ...]]:
    """List name → words of ``data/events/word_lists.tsv`` (header ``word``/``list``) in file order, as written."""
    path = "events/word_lists.tsv"
    out: dict[str, list[str]] = {}
    for word, name in parse_table(read_event_data("word_lists.tsv", "event word lists"), ("word", "list"), path=path):
        out.setdefault(name, []).append(word)
    return {name: tuple(words) for name, words in out.items()}


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in _word_rows().items()}


def event_words(name: str) -> frozenset[str]:
    """The words of list ``name`` in ``data/events/word_lists.tsv``; an unknown list is a data error."""
    try:
        return _word_lists()[name]
    except KeyError:
        raise DataError(f"unknown word list {name!r}", path="events/word_lists.tsv") from None


def event_word_rows(name: str) -> tuple[str, ...]:
    """The words of list ``name`` in file order (for prefix tuples and phrase lists)."""
    event_words(name)  # an unknown list is a data error
    return _word_rows()[name]
