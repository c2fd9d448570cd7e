"""NER evaluation: dataset readers on tiny hand-written samples, span scoring, the eval entry point."""

from __future__ import annotations

import pytest

from khabar.errors import FormatError, InputError
from khabar.eval.ner import (
    GOLD_TYPES,
    PRED_TYPES,
    GoldSentence,
    eval_spans,
    evaluate_documents,
    evaluate_ner,
    evaluate_sentences,
    parse_columns,
    parse_inline,
    read_gold,
    score_spans,
)

CONLL_SAMPLE = (
    "وزیراعظم\tO\nنریندر\tB-NEP\nمودی\tI-NEP\nنے\tO\nنئی\tB-NEL\nدہلی\tI-NEL\nمیں\tO\n"
    "سرمایہ_کاروں\tO\nسے\t-\nبات\tO\nکی\tO\n۔\tO\n"
    "\n"
    "گجرات\t-NEL\nکی\tO\nحکومت\tO\n25\tB-NEN\nفیصد\tI-NEN\n"
)


def test_parse_columns_bio_repairs_malformed_tags() -> None:
    assert parse_columns(CONLL_SAMPLE) == [
        GoldSentence(["وزیراعظم", "نریندر", "مودی", "نے", "نئی", "دہلی", "میں", "سرمایہ_کاروں", "سے",
                      "بات", "کی", "۔"],
                     ["O", "B-NEP", "I-NEP", "O", "B-NEL", "I-NEL", "O", "O", "O", "O", "O", "O"]),
        GoldSentence(["گجرات", "کی", "حکومت", "25", "فیصد"], ["B-NEL", "O", "O", "B-NEN", "I-NEN"]),
    ]


def test_parse_columns_plain_labels_group_adjacent_tokens() -> None:
    text = "\ufeff۱۔\tO\nماؤنٹ\tLOCATION\nآبو\tLOCATION\nمیں\tO\nشیو\tPERSON\nمندر\tO\n"
    assert parse_columns(text, bio=False) == [
        GoldSentence(["۱۔", "ماؤنٹ", "آبو", "میں", "شیو", "مندر"],
                     ["O", "B-LOCATION", "I-LOCATION", "O", "B-PERSON", "O"]),
    ]


def test_parse_columns_rejects_a_line_without_a_tag() -> None:
    with pytest.raises(FormatError) as err:
        parse_columns("لاہور\tB-LOC\nکراچی\n", path="x.tsv")
    assert (err.value.path, err.value.line) == ("x.tsv", 2)


@pytest.mark.parametrize(("line", "words", "tags"), [
    ("<LOCATION>پاکستان</LOCATION> کے <DESIGNATION>وزیر</DESIGNATION> <PERSON>اسحاق ڈار</PERSON> نے کہا",
     ["پاکستان", "کے", "وزیر", "اسحاق", "ڈار", "نے", "کہا"],
     ["B-LOCATION", "O", "B-DESIGNATION", "B-PERSON", "I-PERSON", "O", "O"]),
    # a tag glued to its neighbour, and one opened inside another's span
    ("میچ <DATE>12مئی</DATE>کو <ORGANIZATION>پاکستان <LOCATION>کرکٹ</LOCATION> بورڈ</ORGANIZATION> نے",
     ["میچ", "12مئی", "کو", "پاکستان", "کرکٹ", "بورڈ", "نے"],
     ["O", "B-DATE", "O", "B-ORGANIZATION", "B-LOCATION", "O", "O"]),
])
def test_parse_inline_markup(line: str, words: list[str], tags: list[str]) -> None:
    assert parse_inline(line) == [GoldSentence(words, tags)]


@pytest.mark.parametrize(("fmt", "data", "expected"), [
    ("uner", "<PERSON>عمران خان</PERSON> لاہور پہنچ گئے۔\r\n".encode("utf-16"),
     [GoldSentence(["عمران", "خان", "لاہور", "پہنچ", "گئے۔"], ["B-PERSON", "I-PERSON", "O", "O", "O"])]),
    ("mkpucit", "جواہرلال\u200cنہرو\tB-PER\nنے\tO\n".encode(),
     [GoldSentence(["جواہرلال\u200cنہرو", "نے"], ["B-PER", "O"])]),
    ("ijcnlp", "\ufeffدہلی\tLOCATION\nمیں\tO\n".encode(),
     [GoldSentence(["دہلی", "میں"], ["B-LOCATION", "O"])]),
    ("jahangir", "سپریم\tORGANIZATION\nکورٹ\tORGANIZATION\n".encode(),
     [GoldSentence(["سپریم", "کورٹ"], ["B-ORGANIZATION", "I-ORGANIZATION"])]),
])
def test_read_gold_formats(tmp_path, fmt: str, data: bytes, expected: list[GoldSentence]) -> None:
    path = tmp_path / "sample.txt"
    path.write_bytes(data)
    assert read_gold(path, fmt) == expected


def test_read_gold_errors(tmp_path) -> None:
    with pytest.raises(InputError, match="unknown NER format"):
        read_gold(tmp_path / "a.txt", "xml")
    with pytest.raises(InputError, match="cannot read"):
        read_gold(tmp_path / "missing.txt", "conll")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3(\tO\n")
    with pytest.raises(FormatError, match="not UTF-8"):
        read_gold(bad, "conll")


def test_types_map_to_per_org_loc() -> None:
    tags = ["B-PERSON", "I-PERSON", "O", "B-GPE", "B-NORP", "B-FAC", "I-FAC", "B-ORG"]
    assert eval_spans(tags, PRED_TYPES) == {(0, 2, "PER"), (3, 4, "LOC"), (5, 7, "LOC"), (7, 8, "ORG")}
    assert eval_spans(["B-NEP", "B-NEN", "B-NEL", "B-NEO", "B-NEAR"], GOLD_TYPES) == {
        (0, 1, "PER"), (2, 3, "LOC"), (3, 4, "ORG")}


def test_score_spans_exact_match_only() -> None:
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}, {(1, 3, "ORG")}]
    pred = [{(0, 2, "PER"), (3, 5, "LOC")}, {(1, 3, "ORG"), (4, 5, "PER")}]
    table = score_spans(gold, pred)
    assert table["PER"] == {"p": 0.5, "r": 1.0, "f1": 0.6667, "gold": 1, "pred": 2}
    assert table["LOC"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "gold": 1, "pred": 1}
    assert table["ORG"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1, "pred": 1}
    assert table["overall"] == {"p": 0.5, "r": 0.6667, "f1": 0.5714, "gold": 3, "pred": 4}


def test_evaluate_sentences_scores_a_tagger_on_gold_tokens() -> None:
    sentences = parse_columns(CONLL_SAMPLE)
    # a stand-in tagger that finds the person and misses the places
    table = evaluate_sentences(sentences, lambda words: ["B-PERSON" if w == "نریندر" else
                                                         "I-PERSON" if w == "مودی" else "O" for w in words])
    assert table["PER"]["f1"] == 1.0
    assert table["LOC"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "gold": 2, "pred": 0}


def test_evaluate_ner_runs_the_shipped_tagger(tmp_path) -> None:
    path = tmp_path / "tiny.tsv"
    path.write_text(CONLL_SAMPLE, encoding="utf-8")
    table = evaluate_ner([str(path)], fmt="conll", data=None, limit=1)
    assert set(table) == {"PER", "ORG", "LOC", "overall"}
    assert table["overall"]["sentences"] == 1
    assert table["PER"]["gold"] == 1
    assert table["LOC"]["gold"] == 1
    assert table["PER"]["f1"] == 1.0


def test_evaluate_ner_empty_input_is_an_input_error(tmp_path) -> None:
    path = tmp_path / "empty.tsv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no sentences"):
        evaluate_ner([str(path)], fmt="conll")


def test_a_folder_is_read_as_documents_and_tagged_per_document(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("<PERSON>مراد علی شاہ</PERSON> نے کہا۔\nشاہ نے دورہ کیا۔\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("<LOCATION>کراچی</LOCATION> میں بارش۔\n", encoding="utf-8")
    sentences = read_gold(tmp_path, "uner")
    assert [(s.doc, s.words[0]) for s in sentences] == [("a.txt", "مراد"), ("a.txt", "شاہ"), ("b.txt", "کراچی")]
    seen: list[list[list[str]]] = []

    def tag_doc(doc: list[list[str]]) -> list[list[str]]:
        seen.append(doc)
        return [["B-GPE" if w == "کراچی" else "O" for w in words] for words in doc]

    table = evaluate_documents(sentences, tag_doc)
    assert [len(doc) for doc in seen] == [2, 1]
    assert table["LOC"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1, "pred": 1}
    assert table["PER"]["gold"] == 1
