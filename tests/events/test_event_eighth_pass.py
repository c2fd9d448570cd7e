"""Eighth pass: rules that generalise to unseen news (headlines, teasers); our own sentences."""

from khabar.events.extract import extract_events
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _events(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, published="2024-03-05", stages=_STAGES)
    return [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)]


def test_a_coordinated_marked_phrase_is_one_target_not_subject_and_target():
    # ``طالبان مسلسل بھارت | اور افغانستان پر`` was read as India attacking Afghanistan
    assert _events("طالبان مسلسل بھارت اور افغانستان پر حملے کر رہے ہیں۔") == [
        ("190", "طالبان", "بھارت"), ("190", "طالبان", "افغانستان")]
    assert _events("شدت پسند روزانہ شام اور عراق کے خلاف کارروائیاں کر رہے ہیں۔") == [
        ("190", "شدت پسند", "شام"), ("190", "شدت پسند", "عراق")]
