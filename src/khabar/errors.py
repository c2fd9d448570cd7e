"""khabar's exceptions: one root, a few branches, each carrying context.

    KhabarError
    ├── InputError            bad input: the user can fix it          (CLI exit 1)
    │   ├── DecodeError       bytes that are not text in a known encoding
    │   ├── FormatError       malformed JSON/JSONL/HTML/feed, empty or binary input
    │   └── TooLargeError     input over a size limit
    ├── QueryError            a search query or filter that cannot be run (CLI exit 1)
    ├── StoreError            the database cannot be used                (CLI exit 2)
    │   └── SchemaVersionError  database written by a newer khabar
    └── DataError             shipped data or a model is missing or corrupt (CLI exit 2)

Foreign exceptions are translated at one boundary per edge (``io/``, ``store/``) and chained
with ``raise ... from exc`` so the cause stays visible to developers but never reaches users as a
traceback.
"""

from __future__ import annotations


class KhabarError(Exception):
    """Root of every error khabar raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 offset: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.offset = offset

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return where + self.message


class InputError(KhabarError):
    """Input the user can fix: wrong encoding, malformed file, empty input, bad usage."""


class DecodeError(InputError):
    """Bytes that are not text in any encoding khabar accepts."""


class FormatError(InputError):
    """Malformed JSON/JSONL/HTML/feed, empty or binary input."""


class TooLargeError(InputError):
    """Input over a size limit."""


class QueryError(KhabarError):
    """A search query or filter that cannot be run."""


class StoreError(KhabarError):
    """The database cannot be opened, read or written."""


class SchemaVersionError(StoreError):
    """The database was written by a newer khabar than this one."""


class DataError(KhabarError):
    """Shipped data or a model is missing or corrupt."""


#: Errors that mean "the user can fix this": the CLI exits 1 for these, 2 for the rest.
USER_ERRORS: tuple[type[KhabarError], ...] = (InputError, QueryError)
