"""The shape every value finder returns: a span of the prepared text with its normalized value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ValueSpan:
    """``[start, end)`` in the prepared text (same offsets as ``doc.norm.norm``)."""

    start: int
    end: int
    type: str
    value: Any
    unit: str | None = None
    precision: str | None = None
