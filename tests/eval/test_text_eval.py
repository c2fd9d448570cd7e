"""khabar.eval.text on tiny datasets written here (no /work/shared needed)."""

from pathlib import Path

import pytest

from khabar.errors import FormatError, InputError
from khabar.eval.text import (
    GoldDoc,
    evaluate_sentences,
    evaluate_tokens,
    evaluate_ud,
    read_conllu,
    read_trees,
    read_uner,
    without_terminators,
)
from khabar.text import joins

CONLLU = """\
# newdoc id = d1
# sent_id = 2
# text = اجلاس جاری رہے_گا
1\tاجلاس\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tجاری\t_\tADJ\t_\t_\t0\troot\t_\t_
3\tرہے_گا\t_\tVERB\t_\t_\t2\tcop\t_\t_

# sent_id = 1
# text = وزیراعظم نے اجلاس طلب کیا۔
1\tوزیراعظم\t_\tPROPN\t_\t_\t0\troot\t_\t_
2\tنے\t_\tADP\t_\t_\t1\tcase\t_\t_
3\tاجلاس\t_\tNOUN\t_\t_\t5\tobj\t_\t_
4\tطلب\t_\tNOUN\t_\t_\t5\tcompound\t_\t_
5\tکیا\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
6\t۔\t_\tPUNCT\t_\t_\t5\tpunct\t_\t_

# newdoc id = d2
# sent_id = 3
# text = قیمت 12.5 فیصد بڑھی۔
1-2\tقیمت\t_\t_\t_\t_\t_\t_\t_\t_
1\tقی\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_
2\tمت\t_\tNOUN\t_\t_\t1\tflat\t_\t_
3\t12.5\t_\tNUM\t_\t_\t4\tnummod\t_\t_
4\tفیصد\t_\tNOUN\t_\t_\t5\tobl\t_\t_
5\tبڑھی\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
6\t۔\t_\tPUNCT\t_\t_\t5\tpunct\t_\t_

"""

TREES = """\
( (S (NP-SUBJ (NN کلام‌پاک)) (VC (VBF پڑھا)) (PUP ۔)))
( (S (NP (NN -LRB-) (NNP ‌لاہور) (NN -RRB-)) (VC (VBF گئے)) (PUP ۔)))
( (S (NP (CD ۱۹۴۷ء)) (VC (VBF ہوا)) (PUP ۔)))
"""


@pytest.fixture(autouse=True)
def _no_space_repair(monkeypatch):
    monkeypatch.setattr(joins, "split_joined", lambda word: None)


@pytest.fixture
def conllu(tmp_path):
    p = tmp_path / "tiny-ud-test.conllu"
    p.write_text(CONLLU, encoding="utf-8")
    return str(p)


@pytest.fixture
def trees(tmp_path):
    p = tmp_path / "tiny-fun.txt"
    p.write_text(TREES, encoding="utf-8")
    return str(p)


@pytest.fixture
def uner(tmp_path):
    folder = tmp_path / "docs" / "national"
    folder.mkdir(parents=True)
    (folder / "1.txt").write_text(
        "\ufeff<LOCATION>لاہور</LOCATION> میں بارش ہوئی۔\r\n"
        "<PERSON>احمد</PERSON> نے کہا ’سڑکیں بند ہیں۔‘\r\n"
        "<DATE>25اکتوبر</DATE> تک موسم خراب رہے گا۔\r\n", encoding="utf-16")
    (folder / "2.txt").write_bytes(b"")
    return str(tmp_path / "docs")


def test_read_conllu_joins_documents_and_aligns_surface_tokens(conllu):
    docs = read_conllu(conllu)
    assert [d.text for d in docs] == ["اجلاس جاری رہے گا وزیراعظم نے اجلاس طلب کیا۔", "قیمت 12.5 فیصد بڑھی۔"]
    assert docs[0].sentences == [(0, 17), (18, 44)]
    assert [docs[0].text[a:b] for a, b in docs[0].tokens] == [
        "اجلاس", "جاری", "رہے", "گا", "وزیراعظم", "نے", "اجلاس", "طلب", "کیا", "۔"]
    assert [docs[1].text[a:b] for a, b in docs[1].tokens] == ["قیمت", "12.5", "فیصد", "بڑھی", "۔"]


def test_read_conllu_groups_sentences_without_newdoc(tmp_path):
    p = tmp_path / "g.conllu"
    p.write_text(CONLLU.replace("# newdoc id = d2\n", "").replace("# newdoc id = d1\n", ""), encoding="utf-8")
    assert [len(d.sentences) for d in read_conllu(str(p), group=2)] == [2, 1]


def test_evaluate_ud(conllu):
    assert evaluate_ud([conllu]) == {
        # the first sentence has no full stop and runs into the second: one merged, one right
        "tiny-ud-test sentences": {"precision": 0.5, "recall": 0.3333, "f1": 0.4, "gold": 3, "predicted": 2},
        "tiny-ud-test tokens": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 15, "predicted": 15},
        "tiny-ud-test tokens (no space repair)": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 15,
                                                  "predicted": 15},
    }


def test_evaluate_sentences_on_uner_strips_tags(uner):
    docs = read_uner(uner)
    assert [d.name for d in docs] == ["national/1.txt"]
    assert docs[0].text == ("لاہور میں بارش ہوئی۔ احمد نے کہا ’سڑکیں بند ہیں۔‘ 25اکتوبر تک موسم خراب رہے گا۔")
    row = f"{Path(uner).parent.name}/docs"
    assert evaluate_sentences([uner]) == {
        row: {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 3, "predicted": 3},
        # without its ۔ the article is one short line: a headline, not a run-on line to cut
        f"{row} (terminators removed)": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 3,
                                         "predicted": 1},
    }


def test_without_terminators_moves_gold_spans_with_the_text(uner):
    doc = without_terminators(read_uner(uner)[0])
    assert doc.text == "لاہور میں بارش ہوئی احمد نے کہا ’سڑکیں بند ہیں‘ 25اکتوبر تک موسم خراب رہے گا"
    assert [doc.text[a:b] for a, b in doc.sentences] == [
        "لاہور میں بارش ہوئی", "احمد نے کہا ’سڑکیں بند ہیں‘", "25اکتوبر تک موسم خراب رہے گا"]
    # a sentence-final full stop goes too; a decimal point stays
    plain = without_terminators(GoldDoc("قیمت 12.5 فیصد بڑھی. اب کم ہے.", [(0, 20), (21, 30)]))
    assert plain.text == "قیمت 12.5 فیصد بڑھی اب کم ہے"
    assert plain.sentences == [(0, 19), (20, 28)]


def test_evaluate_tokens_on_trees(trees):
    docs = read_trees(trees)
    assert docs[0].text == "کلام‌پاک پڑھا۔ (لاہور) گئے۔ ۱۹۴۷ء ہوا۔"
    table = evaluate_tokens([trees])
    # ۱۹۴۷ء is one leaf in the treebank and two tokens here (number + era mark)
    assert table == {
        "tiny-fun": {"precision": 0.8333, "recall": 0.9091, "f1": 0.8696, "gold": 11, "predicted": 12},
        "tiny-fun (no space repair)": {"precision": 0.8333, "recall": 0.9091, "f1": 0.8696, "gold": 11,
                                       "predicted": 12},
    }


def test_limit_option(conllu):
    table = evaluate_ud([conllu], limit=1)
    assert table["tiny-ud-test sentences"]["gold"] == 2


@pytest.mark.parametrize(
    ("content", "error"),
    [("1\tonly\tthree\n", FormatError), ("no trees here\n", FormatError)],
)
def test_malformed_files_raise_format_error(tmp_path, content, error):
    p = tmp_path / ("bad.conllu" if "\t" in content else "bad.txt")
    p.write_text(content, encoding="utf-8")
    with pytest.raises(error):
        evaluate_ud([str(p)]) if p.suffix == ".conllu" else evaluate_tokens([str(p)])


def test_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such"):
        evaluate_sentences([str(tmp_path / "nope")])


def test_tokens_need_a_dataset_with_gold_tokens(uner):
    with pytest.raises(InputError, match="no gold tokens"):
        evaluate_tokens([uner])
