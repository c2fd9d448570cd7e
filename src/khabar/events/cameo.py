"""The CAMEO codebook: label, quad class, Goldstein weight and PLOVER type/mode of every event code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.errors import DataError
from khabar.events.data import read_event_data

COLUMNS = ("code", "label", "quad_class", "goldstein", "plover_type", "plover_mode")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@cache
def load_codebook() -> dict[str, CameoCode]:
    """``data/events/cameo.tsv``, read once."""
    path = "events/cameo.tsv"
    text = read_event_data("cameo.tsv", "CAMEO codebook")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    if not rows or tuple(rows[0]) != COLUMNS:
        raise DataError(f"header must be {'/'.join(COLUMNS)}", path=path)
    book: dict[str, CameoCode] = {}
    for line_no, row in enumerate(rows[1:], 2):
        if len(row) != len(COLUMNS):
            raise DataError(f"expected {len(COLUMNS)} columns", path=path, line=line_no)
        code, label, quad, goldstein, ptype, pmode = row
        book[code] = CameoCode(code, label, int(quad), float(goldstein), ptype or None, pmode or None)
    return book


def describe(code: str) -> CameoCode:
    """The codebook entry of ``code``; an unknown sub-code falls back to its three-digit parent."""
    book = load_codebook()
    entry = book.get(code) or book.get(code[:3]) or book.get(code[:2] + "0")
    if entry is None:
        raise DataError(f"unknown CAMEO code {code!r}", path="events/cameo.tsv")
    if entry.code != code:
        entry = CameoCode(code, entry.label, entry.quad_class, entry.goldstein, entry.plover_type,
                          entry.plover_mode)
    return entry


def root_label(root: str) -> str:
    return describe(root + "0").label
