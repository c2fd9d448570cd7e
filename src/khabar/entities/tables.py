"""Shipped TSV tables of the entities package: comment lines, one header row, fixed-width rows."""

from __future__ import annotations

from khabar.errors import DataError


def parse_table(text: str, columns: tuple[str, ...], *, path: str, hint: str = "") -> list[list[str]]:
    """Rows of a shipped TSV: ``#`` comment lines, a header row equal to ``columns``, then rows.

    ``hint`` follows the header errors (how to rebuild the file).
    """
    rows: list[list[str]] = []
    header_seen = False
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            if tuple(cols) != columns:
                raise DataError(f"header must be {'/'.join(columns)}{hint}", path=path, line=line_no)
            header_seen = True
            continue
        if len(cols) != len(columns):
            raise DataError(f"expected {len(columns)} columns, got {len(cols)}", path=path, line=line_no)
        rows.append(cols)
    if not header_seen:
        raise DataError(f"no header row{hint}", path=path)
    return rows
