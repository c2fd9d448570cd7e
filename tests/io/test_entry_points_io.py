"""Entry-points audit (docs/robustness.md): hostile files at the readers' edge.

Each test names the defect it pins; the texts are our own Urdu sentences.
"""

from __future__ import annotations

import gzip
import json

import pytest

from khabar.errors import FormatError, InputError, TooLargeError
from khabar.io.readers import Article, gunzip_limited, read_path

GOOD = "لاہور میں آج کتاب میلے کا آغاز ہوا۔"
OTHER = "کراچی میں سمندری ہوا سے موسم خوشگوار رہا۔"


def _items(path) -> list[Article | InputError]:
    return list(read_path(path))


@pytest.mark.parametrize("body,message", [
    # deep-json: RecursionError, reported as an internal error (exit 2; HTTP 500)
    ("[" * 50_000 + "]" * 50_000, "malformed JSON: arrays or objects nested too deeply"),
    ('{"text": "' + GOOD + '", "extra": ' + "[" * 5_000 + "]" * 5_000 + "}",
     "malformed JSON: arrays or objects nested too deeply"),
    # long-number-json: ValueError from the integer digit limit (exit 2)
    ('{"text": "' + GOOD + '", "n": ' + "7" * 5_000 + "}", "malformed JSON: a number is too long (over 4,300 digits)"),
    # nan-json: NaN was read and written back out, so `analyze --format jsonl` printed non-JSON
    ('{"text": "' + GOOD + '", "score": NaN}', "malformed JSON: NaN is not a JSON value (use null or a number)"),
    ('{"text": "' + GOOD + '", "score": -Infinity}',
     "malformed JSON: -Infinity is not a JSON value (use null or a number)"),
])
def test_json_files_python_cannot_or_should_not_read_are_format_errors(tmp_path, body, message):
    path = tmp_path / "a.json"
    path.write_text(body, encoding="utf-8")
    [item] = _items(path)
    assert isinstance(item, FormatError)
    assert str(item) == f"{path}: {message}"


def test_a_bad_jsonl_line_is_named_and_the_good_lines_are_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": GOOD}, ensure_ascii=False), "[" * 5_000 + "]" * 5_000,
             '{"text": "' + OTHER + '", "n": NaN}', json.dumps({"text": OTHER}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(path)
    assert [i.text for i in items if isinstance(i, Article)] == [GOOD, OTHER]
    assert [str(i) for i in items if isinstance(i, InputError)] == [
        f"{path}:2: malformed JSON line: arrays or objects nested too deeply",
        f"{path}:3: malformed JSON line: NaN is not a JSON value (use null or a number)",
    ]


def test_a_gzip_bomb_is_refused_without_unpacking_it_whole():
    # gzip-bomb: a 4 MB .txt.gz of spaces unpacked to 4 GB (62 s, 8.4 GB of memory), then "empty file"
    bomb = gzip.compress(b" " * 100_000)
    with pytest.raises(TooLargeError, match="gzip file unpacks to over"):
        gunzip_limited(bomb, "bomb.txt.gz", limit=10_000)
    assert gunzip_limited(bomb, "bomb.txt.gz", limit=100_000) == b" " * 100_000


def test_gzip_members_padding_and_damage(tmp_path):
    two = gzip.compress(GOOD.encode()) + gzip.compress(OTHER.encode()) + b"\x00" * 8
    assert gunzip_limited(two, "x.gz").decode() == GOOD + OTHER
    with pytest.raises(FormatError, match="Compressed file ended before the end-of-stream marker"):
        gunzip_limited(gzip.compress(GOOD.encode())[:-12], "x.gz")
    with pytest.raises(FormatError, match="Not a gzipped file"):
        gunzip_limited(b"plain", "x.gz")


def test_an_upper_case_gz_suffix_is_unpacked(tmp_path):
    # upper-case-gz: the reader was chosen case-blind but unpacking was not: "binary file"
    path = tmp_path / "NEWS.TXT.GZ"
    path.write_bytes(gzip.compress(GOOD.encode()))
    [item] = _items(path)
    assert isinstance(item, Article) and item.text == GOOD


def _feed(date_tag: str) -> bytes:
    return ("<rss version='2.0'><channel><title>خبریں</title>"
            f"<item><title>میلہ</title><description>{GOOD}</description>{date_tag}</item>"
            "</channel></rss>").encode()


@pytest.mark.parametrize("date_tag,published", [
    # feed-date-rollover: feedparser rolled impossible dates over: 2021-13-45 → 2022-01-01
    ("<pubDate>2021-13-45</pubDate>", None),
    ("<updated>2021-02-30T10:00:00Z</updated>", None),
    # feed-month-date: an unreadable RFC 822 date fell to the Urdu date reader, whose "2021-12"
    # (month precision) is no publication date: the entry was refused by analyze and, through
    # `khabar analyze`, stopped the command before the next files
    ("<pubDate>Mon, 45 Dec 2021 10:00:00 +0500</pubDate>", None),
    ("<pubDate>جون 2022</pubDate>", None),
    ("<pubDate>Mon, 20 Dec 2021 10:00:00 +0500</pubDate>", "2021-12-20"),
    ("<pubDate>۱۵ دسمبر ۲۰۲۱</pubDate>", "2021-12-15"),
])
def test_feed_dates_are_real_days_or_none(tmp_path, date_tag, published):
    path = tmp_path / "feed.xml"
    path.write_bytes(_feed(date_tag))
    [item] = _items(path)
    assert isinstance(item, Article)
    assert (item.text, item.meta.published) == (GOOD, published)
