"""Tenth pass: actors of agent phrases, receiving frames and thanks; our own sentences."""

from khabar.events.extract import extract_events
from khabar.pipeline import analyze

_STAGES = ("normalize", "sentences", "tokens")


def _events(text: str, *, tagged: bool = False) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, published="2024-03-05") if tagged else analyze(text, published="2024-03-05",
                                                                            stages=_STAGES)
    return [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)]


def test_the_one_who_becomes_the_target_of_an_act_is_its_target_and_the_agent_its_source():
    # ``X، Y کی جانب سے تنقید کا نشانہ بنے``: ``کا نشانہ`` was read as another predicate's noun
    assert _events("حکومت اپوزیشن کی جانب سے شدید تنقید کا نشانہ بنی۔") == [("111", "اپوزیشن", "حکومت")]
    assert _events("پولیس مظاہرین کی طرف سے تنقید کا نشانہ بنی تھی۔") == [("111", "مظاہرین", "پولیس")]
    # without an agent phrase nobody is named as the source
    assert _events("وزیر تعلیم شدید تنقید کا نشانہ بنے۔") == []
