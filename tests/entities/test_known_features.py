"""The tagger hands crfsuite only the features its model knows, as UTF-8: the same features, in the
same order, as ``sentence_features`` (what training saw), less the ones the model lacks."""

from __future__ import annotations

import pycrfsuite
import pytest

from khabar.entities.features import KnownFeatures, gazetteer_tags, sentence_features
from khabar.entities.tagger import default_tagger, model_attributes

SENTENCES = [
    "وزیراعظم شہباز شریف نے لاہور میں پنجاب اسمبلی کے ارکان سے ملاقات کی ۔",
    "کراچی ، حیدرآباد اور سکھر میں کل شام تیز بارش ہوئی جبکہ محکمہ موسمیات نے مزید بارش کی پیش گوئی کی ہے",
    "عمران",
]


def _model_path() -> str:
    from importlib import resources

    from khabar.entities.tag_lexicon import MODELS_PACKAGE
    from khabar.entities.tagger import MODEL_FILE

    return str(resources.files(MODELS_PACKAGE).joinpath(MODEL_FILE))


def test_model_attributes_are_the_models_attribute_dictionary() -> None:
    path = _model_path()
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    attributes = model_attributes(path)
    assert attributes is not None
    assert attributes == frozenset(tagger.info().attributes)
    assert "bias" in attributes


def test_a_file_that_is_no_crfsuite_model_gives_no_attributes(tmp_path) -> None:
    path = tmp_path / "not-a-model.crfsuite"
    path.write_bytes(b"lCRF" + b"\0" * 20)
    assert model_attributes(str(path)) is None
    assert model_attributes(str(tmp_path / "missing.crfsuite")) is None


@pytest.mark.parametrize("text", SENTENCES)
def test_known_features_are_training_features_cut_to_the_model(text: str) -> None:
    tagger = default_tagger()
    words = text.split()
    gaz = gazetteer_tags(len(words), tagger.gazetteer.match(words))
    known = KnownFeatures(model_attributes(_model_path()) or frozenset())
    full = sentence_features(words, gaz, tagger._name_parts)
    cut = known.sentence(words, gaz, tagger._name_parts)
    assert [[f.decode() for f in feats] for feats in cut] == [
        [f for f in feats if f in known.known] for feats in full]
    # the cut leaves something out (unknown bigrams), and crfsuite tags both alike
    assert sum(map(len, cut)) < sum(map(len, full))
    crf = pycrfsuite.Tagger()
    crf.open(_model_path())
    tags = crf.tag(full)
    marginals = [crf.marginal(t, k) for k, t in enumerate(tags)]
    assert crf.tag(cut) == tags
    assert [crf.marginal(t, k) for k, t in enumerate(tags)] == marginals


def test_known_features_follow_the_name_parts_they_are_given() -> None:
    # each word's entry keeps whether it is a name part: another set of name parts must not read a
    # flag cached for the first (``عمران`` a name part, then not one, then one again)
    known = KnownFeatures(model_attributes(_model_path()) or frozenset())
    words = ["عمران", "نے", "کراچی", "میں", "خطاب", "کیا"]
    gaz = gazetteer_tags(len(words), default_tagger().gazetteer.match(words))
    for name_parts in (frozenset({"عمران"}), frozenset({"کراچی"}), frozenset(), frozenset({"عمران", "خطاب"})):
        full = sentence_features(words, gaz, name_parts)
        assert [[f.decode() for f in feats] for feats in known.sentence(words, gaz, name_parts)] == [
            [f for f in feats if f in known.known] for feats in full]
