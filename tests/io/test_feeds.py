import pytest

from khabar.document import Meta
from khabar.errors import DecodeError, FormatError
from khabar.io.feeds import parse_feed_date, read_feed_bytes
from khabar.io.readers import Article, read_path

E1 = "ملتان میں آم کی نمائش شروع ہو گئی جس میں ڈیڑھ سو اقسام کے آم رکھے گئے ہیں۔"
E2 = "پشاور میں ٹریفک پولیس نے ہیلمٹ نہ پہننے والوں کے خلاف مہم شروع کر دی۔"
E3 = "کوئٹہ میں سردی کی شدت میں اضافہ ہو گیا ہے۔"

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>خبریں ڈاٹ کام</title><link>https://example.org/</link>
<item><title>آم کی نمائش</title><link>https://example.org/1</link>
<pubDate>Tue, 14 Jun 2022 08:00:00 +0500</pubDate><guid>item-1</guid>
<description><![CDATA[<p>{E1}</p><script>alert(1)</script>]]></description></item>
<item><title>خالی خبر</title><link>https://example.org/2</link></item>
<item><title>ہیلمٹ مہم</title><link>https://example.org/3</link><description>{E2}</description>
<pubDate>جمعرات ۱۶ جون ۲۰۲۲</pubDate></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موسم</title>
<entry><title>سردی</title><id>urn:x:1</id><link href="https://example.org/cold"/>
<updated>2023-01-05T10:00:00Z</updated><content type="html">&lt;p&gt;{E3}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_articles_and_a_broken_entry_is_reported_alone():
    items = list(read_feed_bytes(RSS.encode("utf-8"), "news.xml"))
    assert [type(i) for i in items] == [Article, FormatError, Article]
    assert items[0] == Article(text=E1, origin="news.xml#1", meta=Meta(
        title="آم کی نمائش", url="https://example.org/1", published="2022-06-14", source="خبریں ڈاٹ کام",
        extra={"feed_entry_id": "item-1"}))
    assert (items[1].path, items[1].message) == ("news.xml", "entry 2 has no content or summary")
    assert (items[2].text, items[2].meta.published, items[2].origin) == (E2, "2022-06-16", "news.xml#3")


def test_atom_content_is_preferred_and_unescaped(tmp_path):
    (tmp_path / "weather.atom").write_text(ATOM, encoding="utf-8")
    (art,) = read_path(tmp_path / "weather.atom")
    assert (art.text, art.meta.title, art.meta.published, art.meta.url) == (
        E3, "سردی", "2023-01-05", "https://example.org/cold")


@pytest.mark.parametrize("raw,message", [
    (b"", "empty file: no feed to read"),
    (b"<html><body>not a feed</body></html>", "not an RSS or Atom feed (no <rss>, <feed> or <channel> element)"),
    (b"<rss><channel><title>x</title></channel></rss>", "feed has no entries"),
])
def test_malformed_feeds_are_reported(raw, message):
    (err,) = read_feed_bytes(raw, "bad.xml")
    assert type(err) is FormatError
    assert (err.message, err.path) == (message, "bad.xml")


@pytest.mark.parametrize("raw,expected", [
    ("۲۰۲۱-۱۲-۱۵", "2021-12-15"),
    ("بدھ، ۱۵ دسمبر ۲۰۲۱", "2021-12-15"),
    # a month is no publication date: "2022-06" made analyze refuse the entry (ingest lost it)
    ("جون 2022", None),
    ("2022-03-01 کو شائع ہوا", "2022-03-01"),
    ("کوئی تاریخ نہیں", None),
])
def test_dates_feedparser_cannot_read(raw, expected):
    assert parse_feed_date(raw) == expected


def test_a_feed_cut_short_keeps_its_whole_entries_and_says_why_the_last_is_empty():
    raw = ('<?xml version="1.0"?><rss><channel><title>خبریں</title>'
           f"<item><title>الف</title><description>{E1}</description></item>"
           "<item><title>ب</title><description>دوسری خبر کا ادھو").encode()
    first, second = read_feed_bytes(raw, "cut.xml")
    assert (first.text, first.origin) == (E1, "cut.xml#1")
    assert type(second) is FormatError
    assert second.message.startswith("entry 2 has no content or summary (the feed is malformed: ")


def test_a_feed_that_is_not_utf8_and_declares_nothing_is_a_decode_error():
    raw = b"<rss><channel><item><title>a</title><description>\xff\xfe</description></item></channel></rss>"
    (err,) = read_feed_bytes(raw, "bad.xml")
    assert (type(err), err.message) == (DecodeError, "not valid UTF-8 at byte 49 (line 1); save the file as "
                                                     "UTF-8 and try again")


def test_a_feed_in_its_declared_legacy_encoding_is_read():
    text = "کراچي ميں کل رات تيز بارش ہوئي."  # cp1256 has no ی nor ۔
    raw = (f'<?xml version="1.0" encoding="windows-1256"?><rss><channel><item><title>بارش</title>'
           f"<description>{text}</description></item></channel></rss>").encode("cp1256")
    (art,) = read_feed_bytes(raw, "legacy.xml")
    assert (art.text, art.meta.title) == (text, "بارش")
