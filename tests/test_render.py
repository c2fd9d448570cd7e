"""The human-readable renderings of a document: the text report and the standalone HTML page."""

from khabar.pipeline import analyze
from khabar.render.html import render_html
from khabar.render.text import render_text

ARTICLE = ("وزیراعظم شہباز شریف نے رواں سال بجٹ میں 15 فیصد اضافے کا اعلان کیا۔\n"
           "انہوں نے کہا کہ ’’مہنگائی پر جلد قابو پا لیا جائے گا‘‘۔")


def test_text_report_shows_names_values_quotes_and_sentences():
    report = render_text(analyze(ARTICLE))
    for heading in ("## Entities", "## Values", "## Quotes", "## Sentences (2)"):
        assert heading in report
    assert "شہباز شریف  →  Shehbaz Sharif" in report
    assert "PERCENT  15 فیصد  =  15" in report


def test_a_relative_date_without_a_publication_date_asks_for_one_instead_of_printing_none():
    report = render_text(analyze(ARTICLE))
    assert "رواں سال  =  ? (relative: give --published)" in report
    assert "None" not in report
    anchored = render_text(analyze(ARTICLE, published="2024-06-10"))
    assert "رواں سال  =  2024" in anchored


def test_html_marks_entities_with_their_english_names_and_never_labels_none():
    page = render_html([analyze(ARTICLE).to_dict()])
    assert "<mark" in page and "Shehbaz Sharif" in page
    assert ">None<" not in page and "DATE: None" not in page
    assert "<small>DATE</small>" in page  # the unanchored date shows its type


def test_html_escapes_markup_in_the_article():
    page = render_html([analyze("<script>alert(1)</script> پاکستان نے اعلان کیا۔").to_dict()])
    assert "<script>alert" not in page and "&lt;script&gt;" in page
