"""Fifteenth pass: what a fresh blind set (``gold/events/dev24.tsv``) missed or misread on sports, showbiz
and business news; our own sentences."""

from tests.events.test_event_tenth_pass import _events


def test_a_manner_adverbial_may_stand_inside_the_predicate():
    # ``الزام عوامی طور پر لگایا``: "publicly" between the noun and its light verb
    assert _events("حکومت نے اپوزیشن پر دھاندلی کا الزام عوامی طور پر لگایا۔") == [("112", "حکومت", "اپوزیشن")]
    assert _events("وزیراعظم نے حملے کی مذمت سخت الفاظ میں کی۔") == [("111", "وزیراعظم", None)]
    # ``X کے طور پر`` (as X) is no manner adverb: the genitive says what the act counts as
    assert _events("پولیس نے اس بیان کو الزام کے طور پر پیش کیا۔") == []
