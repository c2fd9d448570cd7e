"""The event tables shipped under ``khabar/data/events/``: read once, with a clear error when missing."""

from __future__ import annotations

from importlib import resources

from khabar.errors import DataError


def read_event_data(name: str, what: str) -> str:
    """The text of ``data/events/<name>``; ``what`` names it in the error (``"pronoun table"``)."""
    try:
        return resources.files("khabar").joinpath("data", "events", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError(f"{what} missing; reinstall khabar", path=f"events/{name}") from exc
