"""khabar's own annotated Pakistani-news sentences (``training/ner/khabar_news.conll``) and the
``--supplement`` option of ``scripts/train_ner.py`` that trains on them."""

from __future__ import annotations

from pathlib import Path

from khabar.eval.ner import read_gold

SUPPLEMENT = Path(__file__).resolve().parents[2] / "training" / "ner" / "khabar_news.conll"


def test_supplement_sentences_are_read_in_khabar_labels_and_repeated(script, tmp_path: Path) -> None:
    train_ner = script("train_ner")
    path = tmp_path / "own.conll"
    path.write_text("ڈی\tO\nآئی\tO\nجی\tO\nکاشان\tB-NEP\nوریو\tI-NEP\nنے\tO\nملتان_روڈ\tB-NEL\n"
                    "پر\tO\nکہا\tO\n\nواسا\tB-NEO\nنے\tO\n", encoding="utf-8")
    assert train_ner.supplement_sentences(str(path), 0) == []
    got = train_ner.supplement_sentences(str(path), 2)
    assert len(got) == 4 and got[0] == got[2]
    words, labels = got[0]
    assert words[3:] == ["کاشان", "وریو", "نے", "ملتان", "روڈ", "پر", "کہا"]
    assert labels[3:] == ["B-PERSON", "I-PERSON", "O", "B-GPE", "I-GPE", "O", "O"]
    assert got[1] == (["واسا", "نے"], ["B-ORG", "O"])


def test_the_supplement_file_is_well_formed_bio() -> None:
    sentences = read_gold(SUPPLEMENT, "conll")
    assert len(sentences) >= 500
    for sent in sentences:
        previous = "O"
        for tag in sent.tags:
            assert tag == "O" or tag[2:] in {"NEP", "NEL", "NEO"}, tag
            if tag.startswith("I-"):
                assert previous != "O" and previous[2:] == tag[2:], (sent.words, sent.tags)
            previous = tag
