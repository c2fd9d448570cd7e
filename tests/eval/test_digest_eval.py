"""ROUGE and the summ/tone evaluations on tiny inputs written for these tests."""

from __future__ import annotations

import json

import pytest

from khabar.errors import FormatError, InputError
from khabar.eval.digest import (
    evaluate_summaries,
    evaluate_tone,
    lead,
    rouge,
    rouge_l,
    rouge_n,
    words,
)


@pytest.mark.parametrize(("cand", "ref", "n", "expected"), [
    ("پاکستان نے میچ جیت لیا", "پاکستان نے سیریز جیت لی", 1, {"p": 0.6, "r": 0.6, "f": 0.6}),
    ("پاکستان نے میچ جیت لیا", "پاکستان نے سیریز جیت لی", 2, {"p": 0.25, "r": 0.25, "f": 0.25}),
    ("بارش بارش بارش", "بارش ہوئی", 1, {"p": 1 / 3, "r": 0.5, "f": 0.4}),
    ("", "بارش ہوئی", 1, {"p": 0.0, "r": 0.0, "f": 0.0}),
])
def test_rouge_n_clips_counts(cand, ref, n, expected):
    assert rouge_n(cand.split(), ref.split(), n) == pytest.approx(expected)


@pytest.mark.parametrize(("cand", "ref", "lcs"), [
    ("وزیر اعظم نے آج اجلاس طلب کیا", "وزیر اعظم نے اجلاس کیا", 5),
    ("الف ب ج", "ج ب الف", 1),
])
def test_rouge_l_uses_the_longest_common_subsequence(cand, ref, lcs):
    c, r = cand.split(), ref.split()
    p, rec = lcs / len(c), lcs / len(r)
    assert rouge_l(c, r)["f"] == pytest.approx(2 * p * rec / (p + rec))


@pytest.mark.parametrize(("text", "expected"), [
    ("بارش، سیلاب اور تباہی۔", ["بارش", "سیلاب", "اور", "تباہی"]),
    ("کراچی میں 40 ملی میٹر بارش", ["کراچی", "میں", "40", "ملی", "میٹر", "بارش"]),
])
def test_words_are_khabar_tokens_without_punctuation(text, expected):
    assert words(text) == expected


def test_rouge_reports_the_four_metrics():
    assert rouge(["الف", "ب"], ["الف", "ب"]) == {"r1": 1.0, "r1_recall": 1.0, "r2": 1.0, "rl": 1.0}


@pytest.mark.parametrize(("sents", "size", "expected"), [
    ([["لاہور"], ["الف", "ب", "ج"], ["د", "ہ", "و"]], 1, [1]),
    ([["لاہور"], ["الف", "ب", "ج"], ["د", "ہ", "و"]], 3, [1, 2]),
    ([["لاہور"], ["کراچی"]], 1, [0]),
])
def test_lead_skips_dateline_fragments(sents, size, expected):
    assert lead(sents, size) == expected


STORY = """<?xml version="1.0" encoding="UTF-8"?>
<COUNTER_document classification="WD" domain="national" filename="{name}" newsdate="01.01.21">
<headline>{headline}</headline>
<body>{body}</body>
</COUNTER_document>
"""


@pytest.fixture
def counter_dir(tmp_path):
    stories = [
        ("سیلاب سے سوات میں تباہی، درجنوں مکانات منہدم",
         "پشاور ۔ دریائے سوات میں سیلاب سے درجنوں مکانات منہدم ہو گئے۔ امدادی ٹیمیں روانہ کر دی گئیں۔ "
         "ضلعی حکومت نے ہنگامی حالت نافذ کر دی۔ کھیلوں کے میدان بھی زیر آب آ گئے۔"),
        ("قومی ٹیم نے سیریز جیت لی",
         "لاہور ۔ قومی ٹیم نے آخری میچ میں کامیابی حاصل کر کے سیریز جیت لی۔ کپتان نے کھلاڑیوں کی تعریف کی۔"),
    ]
    for i, (headline, body) in enumerate(stories, 1):
        name = f"{i:04d}.xml"
        (tmp_path / name).write_text(STORY.format(name=name, headline=headline, body=body), encoding="utf-8")
    return tmp_path


def test_evaluate_summaries_reports_khabar_and_lead_per_size(counter_dir):
    table = evaluate_summaries([counter_dir], sizes=(1, 2))
    assert set(table) == {"khabar-1", "lead-1", "khabar-2", "lead-2"}
    for row in table.values():
        assert set(row) == {"r1", "r1_recall", "r2", "rl", "words", "docs"}
        assert row["docs"] == 2
        assert 0.0 < row["r1"] <= 1.0
    # both stories lead with their gist, so size 1 picks the same sentence as LEAD-1
    assert table["khabar-1"] == table["lead-1"]


def test_evaluate_summaries_rejects_bad_input(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        evaluate_summaries([tmp_path / "missing"])
    (tmp_path / "0001.xml").write_text("<COUNTER_document><headline>", encoding="utf-8")
    with pytest.raises(FormatError, match="not a COUNTER XML story"):
        evaluate_summaries([tmp_path])


def test_evaluate_tone_against_majority(tmp_path):
    rows = [
        ("ٹیم کی شاندار کامیابی پر مبارکباد", "P"),
        ("حکومت کا یہ فیصلہ بہت اچھا ہے", "P"),
        ("دھماکے میں کئی افراد ہلاک ہو گئے", "N"),
        ("یہ انتہائی شرمناک حرکت ہے", "N"),
        ("کل اجلاس ہوگا", "N"),
        ("یہ ٹویٹ غیر جانبدار ہے", "O"),
    ]
    path = tmp_path / "tone.tsv"
    path.write_text("Tweet\tClass\n" + "".join(f"{t}\t{c}\n" for t, c in rows) + "خراب سطر بغیر لیبل\n",
                    encoding="utf-8")
    table = evaluate_tone([path])
    assert table == {
        "khabar": {"accuracy": 1.0, "coverage": 0.8, "accuracy_covered": 1.0, "n": 5},
        "majority": {"accuracy": 0.6, "coverage": 1.0, "accuracy_covered": 0.6, "n": 5},
    }


def test_evaluate_tone_needs_labelled_rows(tmp_path):
    path = tmp_path / "empty.tsv"
    path.write_text("Tweet\tClass\n", encoding="utf-8")
    with pytest.raises(InputError, match="no P/N labelled rows"):
        evaluate_tone([path])


def test_cli_eval_tone_prints_json(tmp_path, capsys):
    from khabar.cli import main

    path = tmp_path / "tone.tsv"
    path.write_text("Tweet\tClass\nشاندار فتح پر مبارکباد\tP\nظالمانہ حملے کی مذمت\tN\n", encoding="utf-8")
    assert main(["eval", "tone", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["khabar"] == {"accuracy": 1.0, "coverage": 1.0, "accuracy_covered": 1.0, "n": 2}


def test_cli_eval_summ_on_a_missing_path_exits_1(tmp_path, capsys):
    from khabar.cli import main

    assert main(["eval", "summ", str(tmp_path / "nowhere")]) == 1
    assert "no such file or folder" in capsys.readouterr().err
