import re
from importlib import resources

import pytest

from khabar.events.actors import groups, load_gazetteer
from khabar.events.triggers import load_lexicon
from khabar.text.normalize import normalize


def _rows(name):
    text = resources.files("khabar").joinpath("data", "events", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[0], rows[1:]


def test_actor_gazetteer_rows():
    head, rows = _rows("actors.tsv")
    assert head == ["qid", "name_en", "type", "country", "names"]
    for qid, name_en, type_, country, names in rows:
        assert qid == "" or re.fullmatch(r"Q\d+", qid)
        assert country == "" or re.fullmatch(r"Q\d+", country)
        assert type_ in {"GPE", "LOC", "ORG", "PERSON", "NORP"}
        assert name_en and all(n.strip() == n and n for n in names.split("|"))
    assert len(load_gazetteer()) >= 200


@pytest.mark.parametrize("name", ["verbs.tsv", "triggers.tsv", "groups.tsv"])
def test_data_files_have_headers_and_normal_forms(name):
    head, rows = _rows(name)
    assert head[0] in {"lemma", "phrase", "word"}
    for row in rows:
        for cell in row[:2]:
            for word in cell.split("|"):
                assert normalize(word).norm == word, (name, row)


def test_verbs_are_infinitives_with_their_stems():
    _, rows = _rows("verbs.tsv")
    for lemma, stem, *_ in rows:
        assert lemma.endswith("نا") and lemma.startswith(stem[:-1] if stem.endswith("ے") else stem)
    assert set(load_lexicon().forms) == {r[0] for r in rows}


def test_collective_nouns_are_single_words():
    assert all(" " not in w for w in groups()) and {"پولیس", "فوج", "مظاہرین"} <= groups()
