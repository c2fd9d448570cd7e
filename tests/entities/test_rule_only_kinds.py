"""Rule-only cue kinds (``role``, ``programme``, ``org_start``) change nothing the CRF sees: not its
features, not the name-part words, not the training gazetteer, so the shipped model still comes out
of ``scripts/train_ner.py`` byte for byte when such a word is added."""

from __future__ import annotations

from khabar.entities.features import word_features
from khabar.entities.tag_lexicon import RULE_ONLY_KINDS, load_cues, person_name_parts


def test_rule_only_kinds_are_no_features() -> None:
    cues = load_cues()
    for word in ("سکیم", "مہم", "خزانہ"):
        assert cues[word] & RULE_ONLY_KINDS
        assert not [f for f in word_features(word) if f.startswith("cue=")]


def test_rule_only_kinds_keep_name_parts() -> None:
    cues = {"سکیم": frozenset({"programme"}), "خان": frozenset({"per_part"}), "صدر": frozenset({"title"})}
    assert person_name_parts(["سکیم", "خان", "صدر"], cues) == frozenset({"سکیم", "خان"})


def test_the_training_gazetteer_ignores_rule_only_kinds(script) -> None:
    train_ner = script("train_ner")
    rows = [("سکیم", "GPE", "urduhack"), ("صدر", "PERSON", "urduhack")]
    kept = train_ner.clean_urduhack(rows, [], [])
    assert kept == [("سکیم", "GPE", "urduhack")]
