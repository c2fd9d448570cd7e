"""Direct quotes stay inside their paragraph: an unclosed mark never pairs with one paragraphs later."""

from __future__ import annotations

import pytest

from khabar import analyze

UNCLOSED_THEN_QUOTE = (
    "وزیر خزانہ نے کہا ''ہم آئندہ بجٹ میں تنخواہ دار طبقے کو ریلیف دیں گے۔\n"
    "دوسری جانب تاجر تنظیموں کے صدر نے کہا کہ ''ٹیکس کی شرح کم کیے بغیر کاروبار نہیں چل سکتا'' ۔"
)


def test_an_unclosed_mark_does_not_swallow_the_next_paragraph() -> None:
    doc = analyze(UNCLOSED_THEN_QUOTE)
    # the unclosed mark after ``نے کہا`` quotes its own paragraph only (seventh round: the minister's words)
    assert [(q.text, q.kind, q.speaker and q.speaker.text) for q in doc.quotes] == [
        ("ہم آئندہ بجٹ میں تنخواہ دار طبقے کو ریلیف دیں گے", "direct", "وزیر خزانہ"),
        ("ٹیکس کی شرح کم کیے بغیر کاروبار نہیں چل سکتا", "direct", "تاجر تنظیموں کے صدر"),
    ]


@pytest.mark.parametrize("text", [
    # a hard-wrapped line stops mid-sentence: the quote goes on over the line break
    "ترجمان دفتر خارجہ نے کہا کہ ’’پاکستان تمام ہمسایہ ممالک کے ساتھ\nپرامن تعلقات چاہتا ہے‘‘۔",
    # several sentences inside one paragraph are one quote
    "ترجمان دفتر خارجہ نے کہا کہ ’’پاکستان امن چاہتا ہے۔ ہم مذاکرات کے لیے تیار ہیں‘‘۔",
])
def test_a_quote_may_run_over_a_wrapped_line_or_several_sentences(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.kind == "direct"
    assert text[quote.start:quote.end] == text.split("’’")[1].split("‘‘")[0]
