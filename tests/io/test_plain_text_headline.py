import pytest

from khabar.io.readers import headline_of, read_path


@pytest.mark.parametrize("text,title", [
    ("کراچی میں موسلا دھار بارش\nکراچی (اسٹاف رپورٹر) شہر میں بارش ہوئی۔", "کراچی میں موسلا دھار بارش"),
    ("  کواڈ (QUAD) سربراہ اجلاس  \r\nواشنگٹن — اجلاس ہوا۔", "کواڈ (QUAD) سربراہ اجلاس"),
    ("شہر میں بارش ہوئی۔\nمحکمہ موسمیات نے خبردار کیا۔", None),
    ("صرف ایک سطر کی خبر", None),
    ("کیا بارش ہو گی؟\nمحکمہ موسمیات نے جواب دیا۔", None),
    ("ایک " * 60 + "\nدوسری سطر۔", None),
])
def test_first_line_is_the_title_when_it_reads_as_one(text, title):
    assert headline_of(text) == title


def test_txt_reader_keeps_the_headline_in_the_text(tmp_path):
    f = tmp_path / "a.txt"
    text = "پشاور میں پولیو مہم کا آغاز\nپشاور میں مہم شروع ہو گئی ہے۔"
    f.write_text(text, encoding="utf-8")
    (article,) = list(read_path(f))
    assert article.text == text
    assert article.meta.title == "پشاور میں پولیو مہم کا آغاز"
