"""The start-up shortcuts of the gazetteers answer as the plain definitions do."""

from khabar.entities.tag_lexicon import Gazetteer, SpacedGazetteer, load_gazetteer


def _name_words(gaz: Gazetteer, type_: str, sources: str = "") -> set[str]:
    """The definition: every word of every entry with a type ``type_`` (from ``sources``)."""
    wanted = {f"{s}:{type_}" for s in sources} if sources else None
    return {w for k, types in gaz._phrases.items()
            if any(t in wanted if wanted else t.endswith(":" + type_) or t == type_ for t in types)
            for w in k}


def test_name_word_sets_match_one_scan_each():
    gaz = load_gazetteer()
    for type_ in ("PERSON", "GPE", "ORG"):
        sets = gaz.name_word_sets(type_, "", "u", "uk", "k")
        assert sets == [_name_words(gaz, type_, s) for s in ("", "u", "uk", "k")]
        assert sets[0]


def test_name_word_sets_small():
    gaz = Gazetteer([(("رضا", "ربانی"), "u:PERSON"), (("لاہور",), "k:GPE"), (("علی",), "PERSON"),
                     (("عمران", "خان"), "i:PERSON"), (("خان",), "k:PERSON")])
    assert gaz.name_words("PERSON") == {"رضا", "ربانی", "رضاربانی", "علی", "عمران", "خان", "عمرانخان"}
    assert gaz.name_word_sets("PERSON", "u", "k", "ik") == [
        {"رضا", "ربانی", "رضاربانی"}, {"خان"}, {"عمران", "خان", "عمرانخان"}]


def test_spaced_gazetteer_matches_without_base_prefixes():
    gaz = SpacedGazetteer([(("پیپلزپارٹی",), "k:ORG"), (("شاہین", "ائرلائنز"), "k:ORG")])
    assert gaz.match(["پیپلز", "پارٹی", "نے"]) == [(0, 2, ("k:ORG",))]
    assert gaz.types(("شاہین", "ائرلائنز")) == ("k:ORG",)
    assert gaz.types(("شاہین", "ائر", "لائنز")) == ("k:ORG",)
    assert len(gaz) == 3


def test_build_gazetteer_is_the_plain_index():
    from khabar.entities.tag_lexicon import (
        GAZETTEER_FILE,
        build_gazetteer,
        gazetteer_rows,
        read_model_data,
        trusted_entries,
        trusted_phrases,
    )

    text = read_model_data(GAZETTEER_FILE)
    plain = Gazetteer(gazetteer_rows(text) + [(words, "k:" + type_) for words, type_ in trusted_entries()])
    built = build_gazetteer(text)
    assert list(built._phrases.items()) == list(plain._phrases.items())  # same keys in the same order
    assert built._prefixes == plain._prefixes and built._firsts == plain._firsts
    assert trusted_phrases() == Gazetteer((words, "k:" + type_) for words, type_ in trusted_entries())._phrases


def test_spaced_key_prefixes_are_every_proper_leading_part():
    gaz = SpacedGazetteer([(("پیپلزپارٹی",), "k:ORG"), (("ایم", "کیو", "ایم"), "k:ORG"), (("ن",), "k:ORG")])
    assert gaz._key_prefixes == frozenset(k[:i] for k in gaz._by_key for i in range(1, len(k)))
    assert "پیپلز" in gaz._key_prefixes and "ن" not in gaz._key_prefixes


def test_kb_prefixes_are_every_proper_leading_part_of_every_key():
    from khabar.entities.kb import load_kb

    kb = load_kb()
    assert kb._prefixes == frozenset(k[:i] for k in kb._by_key for i in range(1, len(k)))


def test_spaced_keys_unite_the_types_of_every_spelling():
    from khabar.entities.tag_lexicon import trusted_phrases

    phrases = trusted_phrases()
    gaz = SpacedGazetteer((), phrases=phrases)
    plain: dict[str, set[str]] = {}
    for k, types in phrases.items():
        plain.setdefault("".join(k), set()).update(types)
    assert list(gaz._by_key.items()) == [(k, tuple(sorted(v))) for k, v in plain.items()]
    small = SpacedGazetteer([(("ایم", "کیو", "ایم"), "k:ORG"), (("ایمکیوایم",), "k:PERSON")])
    assert small._by_key == {"ایمکیوایم": ("k:ORG", "k:PERSON")}
