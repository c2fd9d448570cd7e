import hashlib

import pytest

from khabar.errors import FormatError, InputError
from khabar.eval.events import COLUMNS, evaluate_events

SENTENCES = {
    "s1": "روس نے یوکرین پر حملہ کیا۔",
    "s2": "چین نے پاکستان کا دورہ کیا۔",
    "s3": "آج موسم خوشگوار رہا۔",
}


def _sha(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _span(sid, part):
    text = SENTENCES[sid]
    i = text.index(part)
    return str(i), str(i + len(part))


def _write(tmp_path, rows):
    data = tmp_path / "data" / "ud_urdu_udtb"
    data.mkdir(parents=True)
    conllu = "".join(f"# sent_id = {sid}\n# text = {text}\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n"
                     for sid, text in SENTENCES.items())
    (data / "mini.conllu").write_text(conllu, encoding="utf-8")
    gold = tmp_path / "gold.tsv"
    lines = ["\t".join(COLUMNS)] + ["\t".join(r) for r in rows]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, tmp_path / "data"


def _row(sid, n, trigger, code, a1, name1, a2, name2):
    base = ["ud_urdu_udtb", "mini.conllu", sid, _sha(SENTENCES[sid]), str(n)]
    if n == 0:
        return base + [""] * 10
    t = _span(sid, trigger)
    s1 = _span(sid, a1)
    s2 = _span(sid, a2) if a2 else ("", "")
    return base + [*t, code, *s1, name1, *s2, name2 or "", "0"]


def test_scores_against_stand_off_gold(tmp_path):
    gold, data = _write(tmp_path, [
        _row("s1", 1, "حملہ کیا", "190", "روس", "Russia", "یوکرین", "Ukraine"),
        # the gold says the visit had no target: the system's target makes the whole event wrong
        _row("s2", 1, "دورہ کیا", "042", "چین", "China", None, None),
        _row("s3", 0, "", "", "", "", "", ""),
    ])
    table = evaluate_events([str(gold)], data=str(data))
    assert table["trigger"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 2, "sys": 2, "gold": 2}
    assert table["root"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 2, "sys": 2, "gold": 2}
    assert table["actors"] == {"p": 0.75, "r": 1.0, "f1": 0.8571, "tp": 3, "sys": 4, "gold": 3}
    assert table["event"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "sys": 2, "gold": 2}
    assert table["root_accuracy"] == {"acc": 1.0, "n": 2}
    assert table["sentences"] == {"n": 3, "gold_events": 2}


def test_changed_source_text_is_reported(tmp_path):
    row = _row("s1", 1, "حملہ کیا", "190", "روس", "Russia", "یوکرین", "Ukraine")
    row[3] = "000000000000"
    gold, data = _write(tmp_path, [row])
    with pytest.raises(InputError, match="differs"):
        evaluate_events([str(gold)], data=str(data))


def test_missing_data_root_is_a_clear_error(tmp_path):
    gold, _ = _write(tmp_path, [_row("s3", 0, "", "", "", "", "", "")])
    with pytest.raises(InputError, match="--data"):
        evaluate_events([str(gold)], data=str(tmp_path / "nowhere"))


def test_not_a_gold_file(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(FormatError):
        evaluate_events([str(bad)], data=str(tmp_path))


def test_plain_text_articles_are_read_by_offsets(tmp_path):
    # Bend the Truth articles: UTF-8 with a BOM and CRLF line ends; the unit is start:end in the text read
    # with the BOM dropped and line ends as "\n"
    root = tmp_path / "data" / "bend_the_truth_urdu_fake_news" / "train" / "real"
    root.mkdir(parents=True)
    article = "\ufeffپہلی سطر۔\r\nروس نے یوکرین پر حملہ کیا۔\r\n"
    (root / "x1.txt").write_bytes(article.encode("utf-8"))
    text = SENTENCES["s1"]
    start = len("پہلی سطر۔\n")
    t = _span("s1", "حملہ کیا")
    row = ["bend_the_truth_urdu_fake_news", "train/real/x1.txt", f"{start}:{start + len(text)}", _sha(text), "1",
           *t, "190", *_span("s1", "روس"), "Russia", *_span("s1", "یوکرین"), "Ukraine", "0"]
    gold = tmp_path / "gold.tsv"
    gold.write_text("\t".join(COLUMNS) + "\n" + "\t".join(row) + "\n", encoding="utf-8")
    table = evaluate_events([str(gold)], data=str(tmp_path / "data"))
    assert table["event"]["tp"] == 1
