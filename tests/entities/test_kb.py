"""The knowledge base: shipped table integrity, lookups with spelling variants, token matching."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.entities.kb import ENTITY_TYPES, KBEntry, KnowledgeBase, load_kb, parse_kb, phrase_key
from khabar.text.normalize import normalize
from khabar.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_shipped_table_is_regenerated_exactly_from_sources(script):
    build = script("build_kb")
    shipped = (ROOT / "src" / "khabar" / "data" / "kb" / "entities.tsv").read_text(encoding="utf-8")
    assert build.build_table() == shipped


def test_every_entry_is_well_formed(kb):
    qid = re.compile(r"Q[1-9]\d*")
    local = re.compile(r"khabar:[a-z0-9]+(?:-[a-z0-9]+)*")  # known entity, QID not verified (docs/kb.md)
    for entry in kb.entries:
        assert qid.fullmatch(entry.qid) or local.fullmatch(entry.qid), entry
        assert entry.name_en.strip() == entry.name_en and entry.name_en, entry
        assert entry.type in ENTITY_TYPES, entry
        assert entry.names, entry
        assert entry.country is None or qid.fullmatch(entry.country), entry
        for name in entry.names:
            assert normalize(name).norm == name, (entry.qid, name)
            assert " ".join(name.split()) == name, (entry.qid, name)


def test_every_country_reference_resolves(kb):
    for entry in kb.entries:
        if entry.country:
            assert kb.get(entry.country) is not None, entry


@pytest.mark.parametrize(("text", "qid", "type_"), [
    ("امريكا", "Q30", "GPE"),
    ("امریکہ", "Q30", "GPE"),
    ("ریاست ہائے متحدہ امریکہ", "Q30", "GPE"),
    ("پاکستان", "Q843", "GPE"),
    ("بھارت", "Q668", "GPE"),
    ("ہندوستان", "Q668", "GPE"),
    ("روسی", "Q49542", "NORP"),
    ("چینی", "Q148", "NORP"),
    ("ترکیہ", "Q43", "GPE"),
    ("جمعیت علمائے اسلام (ف)", "Q13211655", "ORG"),
    ("جے یو آئی ف", "Q13211655", "ORG"),
    ("جماعت اسلامی", "Q6127208", "ORG"),
    ("ق لیگ", "Q864345", "ORG"),
    ("بلوچستان نیشنل پارٹی", "Q3130105", "ORG"),
    ("وشاکھاپٹنم", "Q200016", "GPE"),
    ("گروگرام", "Q1815766", "GPE"),
    ("ترواننت پورم", "Q162612", "GPE"),
    ("بھوبنیشور", "Q171771", "GPE"),
    ("جے پور", "Q66485", "GPE"),
    ("الہ آباد", "Q162442", "GPE"),
    ("رونالڈ ریگن", "Q9960", "PERSON"),
    ("مارگریٹ تھیچر", "Q7416", "PERSON"),
    ("سقراط", "Q913", "PERSON"),
    ("سکندر اعظم", "Q8409", "PERSON"),
    ("مشہد", "Q121157", "GPE"),
    ("اصفہان", "Q42053", "GPE"),
    ("صوبہ اصفہان", "Q1367759", "GPE"),
    ("غزہ شہر", "Q47492", "GPE"),
    ("رام اللہ", "Q158119", "GPE"),
    ("سانتو ڈومنگو", "Q34820", "GPE"),
    ("ادے پور", "Q200340", "GPE"),
    ("نوواک جوکووچ", "Q5812", "PERSON"),
    ("ہنری کسنجر", "Q66107", "PERSON"),
    ("تھامس ایڈیسن", "Q8743", "PERSON"),
    ("میراڈونا", "Q17515", "PERSON"),
    ("شہزادی ڈیانا", "Q9685", "PERSON"),
    ("دونیتسک", "Q2012050", "GPE"),
    ("دونیتسک شہر", "Q43070", "GPE"),
    ("خان کندی", "Q129352", "GPE"),
    ("حجاز", "Q169977", "LOC"),
    ("کرسک", "Q3178", "GPE"),
    ("کرسک شہر", "Q3159", "GPE"),
    ("میڈیلن", "Q48278", "GPE"),
    ("عسقلان", "Q60956", "GPE"),
    ("ڈیوڈ بووی", "Q5383", "PERSON"),
])
def test_lookup_with_spelling_variants(kb, text, qid, type_):
    found = kb.lookup(normalize(text).norm)
    assert [(e.qid, e.type) for e in found] == [(qid, type_)]


def test_get_prefers_the_country_over_its_adjective(kb):
    assert kb.get("Q148") is not None and kb.get("Q148").type == "GPE"
    assert kb.get("Q99999999999") is None


@pytest.mark.parametrize(("text", "spans"), [
    ("روسی صدر نے ریاست ہائے متحدہ امریکہ اور عوامی جمہوریہ چین کا دورہ کیا",
     [(0, 1, "Q49542"), (3, 7, "Q30"), (8, 11, "Q148")]),
    ("پاکستان اور بھارت", [(0, 1, "Q843"), (2, 3, "Q668")]),
    ("مسلم لیگ ق اور جمعیت علمائے اسلام نے لدھیانہ اور نوی ممبئی میں جلسے کیے",
     [(0, 3, "Q864345"), (4, 7, "Q13211655"), (8, 9, "Q200123"), (10, 12, "Q61445")]),
    ("ٹونی بلیئر نے پٹنہ میں پیلے رنگ کے جھنڈے دیکھے",
     [(0, 2, "Q9545"), (3, 4, "Q80484")]),
    ("غزہ شہر اور غزہ کی پٹی سے حمص تک", [(0, 2, "Q47492"), (3, 6, "Q39760"), (7, 8, "Q131301")]),
])
def test_match_finds_longest_non_overlapping_spans(kb, text, spans):
    toks = [t.norm for t in tokenize(text)]
    assert [(i, j, e.qid) for i, j, e in kb.match(toks)] == spans


def test_keys_ignore_spaces_joiners_and_punctuation():
    assert phrase_key("اسلام آباد") == phrase_key("اسلام\u200cآباد") == phrase_key("اسلامآباد")
    assert phrase_key("مسلم لیگ (ن)") == phrase_key("مسلم لیگ ن")


def test_match_never_starts_or_ends_on_punctuation():
    kb = KnowledgeBase([KBEntry("Q1", "A", "GPE", ("الف ب",))])
    assert kb.match(["،", "الف", "\u200c", "ب", "۔"]) == [(1, 4, kb.entries[0])]


def test_parse_rejects_a_table_without_header():
    from khabar.errors import DataError
    with pytest.raises(DataError):
        parse_kb("Q1\tGPE\tA\t\t\tالف\n")


def test_shipped_romanization_table_is_regenerated_exactly(script):
    build = script("build_kb")
    shipped = (ROOT / "src" / "khabar" / "data" / "kb" / "romanize.tsv").read_text(encoding="utf-8")
    assert build.build_romanize_table() == shipped


def test_same_type_collisions_are_exactly_the_documented_ones(kb, script):
    build = script("build_kb")
    allowed = build.read_ambiguous()
    seen: dict[tuple[str, str], set[str]] = {}
    for entry in kb.entries:
        for name in entry.names:
            seen.setdefault((phrase_key(name), entry.type), set()).add(entry.qid)
    shared = {key for (key, _type), qids in seen.items() if len(qids) > 1}
    assert shared == {phrase_key(name) for name in allowed}


def test_common_words_are_kb_spellings_that_match_skips(kb):
    assert kb.is_common_word("شام") and not kb.is_common_word("پاکستان")
    for key in kb._common:
        assert kb.lookup(key), key
    tokens = tokenize(normalize("شام کو شام کے صدر نے پاکستان کا دورہ کیا").norm)
    words = [t.norm for t in tokens]
    assert [(i, j, e.qid) for i, j, e in kb.match(words)] == [(6, 7, "Q843")]
    assert [e.qid for e in kb.lookup("شام")] == ["Q858"]


def test_parse_common_words_requires_header():
    from khabar.entities.kb import parse_common_words
    from khabar.errors import DataError
    assert parse_common_words("# c\nname\treason\nشام\tevening\n") == ["شام"]
    with pytest.raises(DataError):
        parse_common_words("شام\tevening\n")


@pytest.mark.parametrize(("urdu", "latin", "alike"), [
    ("عمران", "Imran", True), ("شہباز", "Shehbaz", True), ("پرویز", "Pervez", True), ("باجوہ", "Bajwa", True),
    # misalignments of equal-length names: a title against a given name, one half of a split name
    ("کرنل", "Muammar", False), ("صدر", "Pir", False), ("ملکہ", "Elizabeth", False),
    ("نیتن", "Benjamin", False), ("جی", "Gandhi", False), ("یار", "M.", False),
])
def test_kb_word_alignment_keeps_only_spellings_that_sound_alike(urdu, latin, alike, script):
    assert script("build_kb").sounds_alike(urdu, latin) is alike


def test_titles_are_not_romanized_as_the_names_they_stood_beside():
    from khabar.entities.romanize import romanize
    assert romanize("صدر یار محمد") == "Sadar Yar Muhammad"
    assert romanize("کرنل شیر خان").endswith("Sher Khan")
    assert not romanize("کرنل شیر خان").startswith("Muammar")
