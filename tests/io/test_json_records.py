"""JSON and JSONL records → articles: metadata fields of the wrong shape, line ends inside strings."""

from __future__ import annotations

import json

import pytest

from khabar.errors import FormatError
from khabar.io.readers import Article, read_path

TEXT = "کراچی میں شدید بارش کے بعد کئی علاقے زیر آب آ گئے۔"


def _read(tmp_path, records: list[object], name: str = "a.jsonl") -> list[object]:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return list(read_path(path))


def test_a_title_given_as_a_list_of_strings_is_joined(tmp_path) -> None:
    (art,) = _read(tmp_path, [{"text": TEXT, "title": ["کراچی میں بارش", " نشیبی علاقے زیر آب "],
                               "source": 42}])
    assert isinstance(art, Article)
    assert (art.meta.title, art.meta.source) == ("کراچی میں بارش نشیبی علاقے زیر آب", "42")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("title", {"ur": "سرخی"}, "title must be text, got an object"),
    ("url", ["https://example.org/a", 7], "url must be text, got a list of non-strings"),
])
def test_a_metadata_field_of_the_wrong_shape_rejects_only_its_record(tmp_path, field, value, message) -> None:
    bad, good = _read(tmp_path, [{"text": TEXT, field: value}, {"text": TEXT}])
    assert isinstance(bad, FormatError)
    assert (bad.message, bad.line) == (message, 1)
    assert isinstance(good, Article) and good.text == TEXT


def test_a_raw_line_separator_inside_a_jsonl_string_stays_in_the_record(tmp_path) -> None:
    text = TEXT + "\u2028" + "شہری انتظامیہ نے ہنگامی حالت نافذ کر دی۔\x1c"
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\r\n" + json.dumps({"text": TEXT},
                    ensure_ascii=False) + "\n", encoding="utf-8")
    assert [a.text for a in read_path(path)] == [text, TEXT]
