"""``khabar eval quotes``: stand-off quotation gold over our own Urdu articles in ``data/quotes``."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.document import Actor, Quote
from khabar.errors import FormatError, InputError
from khabar.eval.events import _Counts
from khabar.eval.quotes import (
    GoldQuote,
    evaluate_quotes,
    match_quotes,
    read_gold,
    score_article,
    spans_match,
)

HERE = Path(__file__).parent / "data" / "quotes"
GOLD = HERE / "gold.tsv"
ROOT = HERE / "root"

TEXT = "وزیر خارجہ نے کہا کہ مذاکرات جاری رہیں گے۔ ترجمان کے مطابق وفد کل روانہ ہوگا۔"


def _span(part: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def _quote(part: str, kind: str = "reported", speaker: str | None = None) -> Quote:
    s, e = _span(part)
    actor = None
    if speaker is not None:
        a, b = _span(speaker)
        actor = Actor(speaker, start=a, end=b)
    return Quote(s, e, part, actor, kind)


def _score(gold, system):
    counts = {k: _Counts() for k in ("quote", "direct", "reported", "full")}
    hits = {"kind": [0, 0], "speaker": [0, 0]}
    pairs = score_article(TEXT, gold, system, counts, hits)
    return pairs, {k: c.row() for k, c in counts.items()}, hits


def test_end_to_end_on_our_own_articles():
    table = evaluate_quotes([str(GOLD)], data=str(ROOT))
    assert table["articles"] == {"n": 3, "gold_quotes": 4}
    assert table["quote"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 4, "sys": 4, "gold": 4}
    assert table["direct"]["tp"] == 1 and table["reported"]["tp"] == 3
    assert table["kind_accuracy"] == {"acc": 1.0, "n": 4}
    # gold speaker ``وزیر تعلیم احمد علی`` vs the system's ``احمد علی``: overlapping spans count
    assert table["speaker_accuracy"] == {"acc": 1.0, "n": 4}
    assert table["full"]["f1"] == 1.0


def test_bend_the_truth_text_is_read_without_bom_and_crlf():
    details: list = []
    evaluate_quotes([str(GOLD)], data=str(ROOT), details=details)
    text = next(t for t, art, _ in details if art.doc == "train/real/t1.txt")
    assert not text.startswith("\ufeff") and "\r" not in text
    assert text.startswith("کراچی کے میئر سلیم خان")


def test_half_overlap_of_the_longer_span_is_needed():
    long_ = _span("مذاکرات جاری رہیں گے")
    assert spans_match(long_, (long_[0], long_[0] + 12))  # 12 of 19 characters
    assert not spans_match(long_, (long_[0], long_[0] + 7))  # just the first word
    assert not spans_match(long_, _span("وفد کل روانہ ہوگا"))


def test_matching_is_one_to_one():
    gold = [GoldQuote(_span("مذاکرات جاری رہیں گے"), "reported", None)]
    system = [_quote("مذاکرات جاری رہیں گے"), _quote("مذاکرات جاری رہیں")]
    assert match_quotes(gold, system) == [(0, 0)]


def test_wrong_speaker_and_wrong_kind_are_counted_on_matched_quotes():
    gold = [GoldQuote(_span("مذاکرات جاری رہیں گے"), "reported", _span("وزیر خارجہ")),
            GoldQuote(_span("وفد کل روانہ ہوگا"), "reported", _span("ترجمان"))]
    system = [_quote("مذاکرات جاری رہیں گے", "direct", "وزیر خارجہ"),
              _quote("وفد کل روانہ ہوگا", "reported", "وزیر خارجہ")]
    pairs, rows, hits = _score(gold, system)
    assert pairs == [(0, 0), (1, 1)]
    assert rows["quote"]["f1"] == 1.0
    assert hits == {"kind": [1, 2], "speaker": [1, 2]}
    assert rows["full"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "sys": 2, "gold": 2}
    assert rows["direct"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "sys": 1, "gold": 0}


def test_empty_speakers_match_only_each_other():
    gold = [GoldQuote(_span("وفد کل روانہ ہوگا"), "reported", None)]
    _, rows, _ = _score(gold, [_quote("وفد کل روانہ ہوگا")])
    assert rows["full"]["tp"] == 1
    _, rows, _ = _score(gold, [_quote("وفد کل روانہ ہوگا", speaker="ترجمان")])
    assert rows["full"]["tp"] == 0


def test_speaker_named_at_another_mention_counts_by_its_text():
    text = "وزیر خارجہ نے کہا کہ مذاکرات جاری رہیں گے۔"
    gold = [GoldQuote(_span("مذاکرات جاری رہیں گے"), "reported", (0, len("وزیر خارجہ")))]
    # the system points at a different place, but names the same words
    system = [Quote(*_span("مذاکرات جاری رہیں گے"), "", Actor("وزیر خارجہ", start=100, end=110))]
    counts = {k: _Counts() for k in ("quote", "direct", "reported", "full")}
    hits = {"kind": [0, 0], "speaker": [0, 0]}
    score_article(text + " " * 120, gold, system, counts, hits)
    assert hits["speaker"] == [0, 1]  # offsets 100:110 hold spaces, not the name
    system[0].speaker = Actor("وزیر خارجہ")
    hits = {"kind": [0, 0], "speaker": [0, 0]}
    score_article(text, gold, system, counts, hits)
    assert hits["speaker"] == [1, 1]


def test_gold_rows_are_read_per_article():
    arts = read_gold(GOLD)
    assert [(a.doc, len(a.quotes)) for a in arts] == [("xml/t001.xml", 3), ("train/real/t1.txt", 1),
                                                      ("train/real/t2.txt", 0)]
    assert arts[1].quotes[0].kind == "direct"


def _bad_gold(tmp_path, line_no: int, new: str) -> Path:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    lines[line_no] = new
    p = tmp_path / "bad.tsv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("change", [
    lambda cols: cols[:5],                                   # too few columns
    lambda cols: [*cols[:5], "x", *cols[6:]],                # offset not a number
    lambda cols: [*cols[:4], "indirect", *cols[5:]],         # unknown kind
    lambda cols: [*cols[:5], cols[6], cols[5], *cols[7:]],   # end before start
])
def test_malformed_gold_line_is_a_format_error(tmp_path, change):
    cols = GOLD.read_text(encoding="utf-8").splitlines()[1].split("\t")
    bad = _bad_gold(tmp_path, 1, "\t".join(change(cols)))
    with pytest.raises(FormatError, match=r"bad\.tsv:2: "):
        read_gold(bad)


def test_changed_article_text_is_reported(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOT, root)
    f = root / "counter_urdu_news" / "xml" / "t001.xml"
    f.write_text(f.read_text(encoding="utf-8").replace("دس نئے", "بیس نئے"), encoding="utf-8")
    with pytest.raises(InputError, match="differs"):
        evaluate_quotes([str(GOLD)], data=str(root))


def test_cli_prints_a_table_and_json(capsys):
    assert main(["eval", "quotes", str(GOLD), "--data", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["p", "r", "f1"]
    assert any(line.startswith("speaker_accuracy") for line in out.splitlines())
    assert main(["eval", "quotes", str(GOLD), "--data", str(ROOT), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["quote"]["tp"] == 4


def test_cli_missing_data_root_is_one_error_line(tmp_path, capsys):
    assert main(["eval", "quotes", str(GOLD), "--data", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--data" in err[0]


def test_cli_missing_dataset_file_is_one_error_line(tmp_path, capsys):
    (tmp_path / "counter_urdu_news").mkdir()
    assert main(["eval", "quotes", str(GOLD), "--data", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not found" in err[0]


def test_cli_malformed_gold_is_one_error_line(tmp_path, capsys):
    bad = _bad_gold(tmp_path, 2, "counter_urdu_news\txml/t001.xml")
    assert main(["eval", "quotes", str(bad), "--data", str(ROOT)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.tsv:3: expected 9 columns" in err[0]


def _sentence_gold(tmp_path: Path, rows: list[str]) -> Path:
    gold = tmp_path / "units.tsv"
    gold.write_text("dataset\tdoc\tunit\tsha1\tquote\tkind\tquote_start\tquote_end\tspeaker_start\tspeaker_end\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    return gold


def test_sentence_units_score_only_the_quotes_of_their_sentence(tmp_path):
    body = _counter_text()
    sent = body.index("انہوں نے کہا")
    end = body.index("۔", sent) + 1
    q = body.index("اساتذہ")
    sp = body.index("وزیر تعلیم احمد علی")
    sha = hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
    gold = _sentence_gold(tmp_path, [
        f"counter_urdu_news\txml/t001.xml\t{sent}:{end}\t{sha}\t1\treported\t{q}\t{end - 1}\t{sp}\t{sp + 19}"])
    table = evaluate_quotes([str(gold)], data=str(ROOT))
    # the article has three quotes; only the one in the unit is scored, its pronoun resolved from before it
    assert table["quote"]["sys"] == 1 and table["quote"]["tp"] == 1
    assert table["speaker_accuracy"] == {"acc": 1.0, "n": 1}


def test_an_express_teaser_is_its_own_document(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOT, root)
    teaser = "وزیر خزانہ کے مطابق بجٹ اگلے ہفتے پیش ہوگا"
    (root / "express_news_headlines").mkdir()
    (root / "express_news_headlines" / "h.tsv").write_text(
        f"category\ttitle\tsummary\nbusiness\tبجٹ\t{teaser}\n", encoding="utf-8")
    sha = hashlib.sha1(teaser.encode("utf-8")).hexdigest()[:12]
    q = teaser.index("بجٹ")
    gold = _sentence_gold(tmp_path, [
        f"express_news_headlines\th.tsv\t2:summary\t{sha}\t1\treported\t{q}\t{len(teaser)}\t0\t10"])
    table = evaluate_quotes([str(gold)], data=str(root))
    assert table["articles"] == {"n": 1, "gold_quotes": 1}
    assert table["full"]["tp"] == 1


def test_a_unit_outside_its_document_is_a_format_error(tmp_path):
    sha = hashlib.sha1(_counter_text().encode("utf-8")).hexdigest()[:12]
    gold = _sentence_gold(tmp_path, [f"counter_urdu_news\txml/t001.xml\t5:99999\t{sha}\t0\t\t\t\t\t"])
    with pytest.raises(FormatError):
        evaluate_quotes([str(gold)], data=str(ROOT))


def _counter_text() -> str:
    from khabar.eval.events import _counter_body

    return _counter_body(str(ROOT / "counter_urdu_news" / "xml" / "t001.xml"))
