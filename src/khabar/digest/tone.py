"""Tone from an Urdu polarity lexicon. PLACEHOLDER (skeleton)."""

from __future__ import annotations

from khabar.document import Document, Tone


def score_tone(doc: Document) -> Tone:
    return Tone(score=0.0, positive=0.0, negative=0.0)
