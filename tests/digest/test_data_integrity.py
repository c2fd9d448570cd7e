"""The digest's data files: canonical, normalized, big enough, and consistent with the loaders."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from khabar.digest.lexicon import background, modifiers, polarity, stop_words
from khabar.text.normalize import normalize
from khabar.text.tokens import tokenize

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_digest_data.py"
FILES = ("stopwords.tsv", "stopwords_extra.tsv", "background.tsv", "polarity.tsv", "modifiers.tsv", "predicates.tsv")


def _build_module():
    spec = importlib.util.spec_from_file_location("build_digest_data", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(name: str) -> str:
    return resources.files("khabar").joinpath("data/digest", name).read_text(encoding="utf-8")


def _terms(name: str) -> list[str]:
    lines = [ln for ln in _text(name).splitlines() if ln and not ln.startswith("#")]
    return [ln.split("\t")[0] for ln in lines[1:]]


@pytest.mark.parametrize("name", FILES)
def test_every_entry_survives_normalize_and_tokenize_unchanged(name):
    terms = _terms(name)
    assert terms
    for term in terms:
        assert normalize(term).norm == term, term
        assert [t.norm for t in tokenize(term)] == term.split(), term


@pytest.mark.parametrize("name", FILES)
def test_no_duplicates_and_a_header_that_names_the_source(name):
    terms = _terms(name)
    assert len(terms) == len(set(terms))
    head = _text(name).splitlines()[0]
    assert head.startswith("# ")
    assert "hand-written" in _text(name).lower() or "built by scripts/build_digest_data.py" in _text(name).lower()


def test_polarity_lexicon_is_big_and_weights_are_nonzero_integers_in_range():
    rows = [ln.split("\t") for ln in _text("polarity.tsv").splitlines() if ln and not ln.startswith("#")][1:]
    assert len(rows) >= 1500
    weights = [int(w) for _, w in rows]
    assert set(weights) <= {-3, -2, -1, 0, 1, 2, 3}
    # weight 0 only for neutral phrases that hide a polar word (وزیر اعلی)
    assert all(" " in term for term, w in rows if w == "0")
    assert sum(w > 0 for w in weights) >= 500 and sum(w < 0 for w in weights) >= 500
    lex = polarity()
    assert len(lex.words) + sum(len(v) for v in lex.phrases.values()) == len(rows)


@pytest.mark.parametrize("name", ["polarity.tsv", "modifiers.tsv"])
def test_hand_written_lexicons_are_in_canonical_form(name):
    lines = _text(name).splitlines(keepends=True)
    assert _build_module().canonical_lexicon(lines) == "".join(lines)


@pytest.mark.parametrize("name", ["stopwords_extra.tsv", "predicates.tsv"])
def test_hand_written_word_lists_are_in_canonical_form(name):
    lines = _text(name).splitlines(keepends=True)
    assert _build_module().canonical_extra_stopwords(lines) == "".join(lines)


def test_every_extra_stop_word_is_in_the_built_list():
    assert set(_terms("stopwords_extra.tsv")) <= stop_words()
    assert {"کے", "کی", "میں", "نے", "اور"} <= stop_words()


def test_negators_and_intensifiers_are_not_polar_terms_themselves():
    mods = modifiers()
    assert {"نہیں", "نہ", "بغیر", "عدم", "مت"} <= mods.negators
    assert mods.intensifiers["انتہائی"] > 1 > mods.intensifiers["قدرے"]
    lex = polarity()
    assert not (set(mods.intensifiers) | mods.negators) & set(lex.words)


@pytest.mark.parametrize(("common", "rare"), [("کے", "ورچوئل"), ("پاکستان", "بائیکاٹ")])
def test_background_idf_is_lower_for_common_words(common, rare):
    bg = background()
    assert bg.idf(common) < bg.idf(rare) <= bg.unseen_idf
    assert bg.total > 6_000_000


@pytest.mark.parametrize(("urduhack", "extra", "expected"), [
    (["کے\n", "كے\n", "ہے\n"], ["# note\n", "word\n", "ویب\n", "ہے\n"],
     "word\tsource\nویب\tkhabar\nکے\turduhack\nہے\turduhack\n"),
])
def test_build_stopwords_normalizes_and_merges(urduhack, extra, expected):
    built = _build_module().build_stopwords(urduhack, extra)
    assert built.split("word\tsource\n", 1)[1] == expected.split("word\tsource\n", 1)[1]


def test_build_background_prunes_and_totals():
    built = _build_module().build_background(["کے\t10\n", "كے\t2\n", "نادر\t1\n", "bad line\n"], min_count=2)
    assert "# total_tokens=13\n" in built
    assert built.endswith("word\tcount\nکے\t12\n")


def test_canonical_lexicon_refuses_conflicts():
    with pytest.raises(ValueError, match="conflicting"):
        _build_module().canonical_lexicon(["term\tweight\n", "اچھا\t2\n", "اچھا\t-2\n"])
