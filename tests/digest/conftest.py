"""Fixtures for the digest tests: our own Urdu, analysed up to the stages the digest reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from khabar.document import Document
from khabar.pipeline import analyze

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TEXT_STAGES = ("normalize", "sentences", "tokens")


@pytest.fixture
def make_doc() -> Callable[..., Document]:
    def make(text: str, **meta: str) -> Document:
        return analyze(text, stages=TEXT_STAGES, **meta)

    return make


@pytest.fixture
def example(make_doc) -> Callable[[str], Document]:
    def load(name: str) -> Document:
        return make_doc((EXAMPLES / name).read_text(encoding="utf-8"))

    return load
