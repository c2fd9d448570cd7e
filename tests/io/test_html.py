import pytest

from khabar.document import Meta
from khabar.errors import DecodeError, FormatError
from khabar.io.html import read_html_bytes
from khabar.io.readers import Article, read_path

P1 = ("گوادر: بلوچستان کی حکومت نے گوادر بندرگاہ پر کنٹینر ٹرمینل کی توسیع کے منصوبے کی منظوری دے دی ہے۔ "
      "منصوبے پر تقریباً بارہ ارب روپے لاگت آئے گی اور یہ دو سال میں مکمل ہوگا۔")
P2 = "صوبائی وزیر بندرگاہ نے کہا کہ اس توسیع سے علاقے میں روزگار کے ہزاروں مواقع پیدا ہوں گے۔"
P3 = "ماہرین کا کہنا ہے کہ بندرگاہ کی گنجائش بڑھنے سے وسطی ایشیا تک رسائی آسان ہو جائے گی۔"
TITLE = "گوادر بندرگاہ پر نیا ٹرمینل"

HOSTILE = f"""<!DOCTYPE html>
<html lang="ur" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} | خبر نامہ</title>
<link rel="canonical" href="https://example.org/ur/gwadar-terminal">
<meta property="article:published_time" content="2023-04-05T09:30:00+05:00">
<script>document.write("<p>سکرپٹ کا متن</p>"); alert('x')</script>
<style>p {{ color: red }}</style>
</head><body onload="steal()">
<nav><a href="/">صفحہ اول</a> | <a href="/sports">کھیل</a></nav>
<article><h1>{TITLE}</h1>
<p>{P1}</p>
<p>{P2}<img src=x onerror="alert(1)"></p>
<script>var hidden = "چھپا ہوا متن";</script><iframe src="javascript:alert(2)"></iframe>
<p>{P3}</p>
</article>
<footer>جملہ حقوق محفوظ ہیں</footer>
</body></html>"""


def test_main_text_title_date_and_canonical_url_of_a_hostile_page():
    (art,) = read_html_bytes(HOSTILE.encode("utf-8"), "page.html")
    assert art == Article(text="\n".join([TITLE, P1, P2, P3]), origin="page.html",
                          meta=Meta(title=TITLE, url="https://example.org/ur/gwadar-terminal",
                                    published="2023-04-05", source="example.org"))


def test_a_short_page_falls_back_to_its_visible_text():
    page = "<html><head><title>مختصر خبر</title><script>x()</script></head><body><p>بارش جاری ہے۔</p></body></html>"
    (art,) = read_html_bytes(page.encode("utf-8"), "short.html")
    assert (art.text, art.meta.title) == ("بارش جاری ہے۔", "مختصر خبر")


def test_a_page_in_its_declared_legacy_charset_is_decoded():
    text = "کراچي ميں کل رات تيز بارش ہوئي اور کئي سڑکوں پر پاني جمع ہو گيا."  # cp1256 has no ی nor ۔
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{text}</p></body></html>'
    (art,) = read_html_bytes(page.encode("cp1256"), "legacy.html")
    assert art.text == text


@pytest.mark.parametrize("raw,error,message", [
    (b"", FormatError, "empty file: no HTML to read"),
    ("صرف سادہ متن، کوئی ٹیگ نہیں".encode(), FormatError,
     "not an HTML page (no <html>, <body> or text elements)"),
    (b"<html><body><script>only()</script></body></html>", FormatError, "HTML page has no main text to analyse"),
    (b"<html><body>\xff\xfe\xfa</body></html>", DecodeError,
     "not valid UTF-8 at byte 12 (line 1); save the file as UTF-8 and try again"),
    (b"<html>\x00\x01\x02</html>", FormatError, "binary file, not text (expected UTF-8 or UTF-16 with BOM)"),
])
def test_malformed_pages_are_reported(raw, error, message):
    (err,) = read_html_bytes(raw, "bad.html")
    assert type(err) is error
    assert (err.message, err.path) == (message, "bad.html")


def test_html_files_are_read_by_suffix_and_gzip(tmp_path):
    import gzip

    (tmp_path / "a.htm").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(HOSTILE.encode("utf-8")))
    texts = [a.text for a in read_path(tmp_path)]
    assert texts == ["\n".join([TITLE, P1, P2, P3])] * 2
