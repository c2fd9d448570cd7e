"""Fifth pass: a direction right before a place begins the region's name (``مغربی بحرالکاہل``).
Example sentences are khabar's own."""

from __future__ import annotations

import pytest

from khabar.entities.tag_lexicon import fold_word
from khabar.entities.tag_rules import Mention, extend_directions


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("طوفان مغربی بحرالکاہل میں اٹھا", (2, 3), (1, 3)),
    ("بارش شمال مشرقی ہندوستان میں ہوئی", (3, 4), (1, 4)),
    ("وہ جنوبی لاہور گئے", (2, 3), (1, 3)),
])
def test_directions_join_the_place(text: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert extend_directions(_w(text), [Mention(*span, "GPE", 0.8)]) == [Mention(*expected, "GPE", 0.8)]


def test_directions_do_not_join_other_names() -> None:
    found = [Mention(0, 1, "NORP", 0.6), Mention(1, 2, "GPE", 0.8)]
    assert extend_directions(_w("مشرقی جرمنی میں"), found) == found
    found = [Mention(1, 2, "PERSON", 0.8)]
    assert extend_directions(_w("مغربی جانسن نے"), found) == found
