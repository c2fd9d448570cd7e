"""A person's span never opens on the case marker that closes the name before it (our own sentences)."""

from khabar.pipeline import analyze


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in analyze(text).entities if not e.is_value]


def test_a_case_marker_after_an_organisation_is_not_the_persons():
    names = _names("سوات: پاکستان تحریک انصاف کے چیرمین عمران خان نے جلسے سے خطاب کیا۔")
    assert ("عمران خان", "PERSON") in names
    assert not any(text.startswith("کے ") for text, _ in names)


def test_the_initial_k_at_a_sentence_start_stays_in_the_name():
    assert ("کے سرینواس راؤ", "PERSON") in _names("کے سرینواس راؤ نے کہا کہ کمیٹی کل رپورٹ دے گی۔")
