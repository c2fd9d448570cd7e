"""The name tagger: whole-structure results on our own Urdu news sentences, offsets on messy input,
the rules around the CRF, and document-level consistency."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from khabar.document import Document
from khabar.entities.tag_lexicon import (
    COMMON_COLUMNS,
    COMMON_FILE,
    CUES_COLUMNS,
    CUES_FILE,
    FREQ_COLUMNS,
    FREQ_FILE,
    GAZETTEER_COLUMNS,
    GAZETTEER_FILE,
    ORG_NAMES_COLUMNS,
    ORG_NAMES_FILE,
    PEOPLE_COLUMNS,
    PEOPLE_FILE,
    PERSON_NAMES_COLUMNS,
    PERSON_NAMES_FILE,
    PLACE_NAMES_COLUMNS,
    PLACE_NAMES_FILE,
    Gazetteer,
    fold_word,
    load_cues,
    parse_table,
    phrase_tokens,
    read_model_data,
)
from khabar.entities.tag_rules import (
    Mention,
    add_dictionary_matches,
    add_person_name_runs,
    add_place_organisations,
    add_titled_persons,
    attach_faction_letters,
    extend_place_facilities,
    join_organisation_places,
    split_at_separators,
    split_title_places,
    trim_place_words,
    trim_titles,
)
from khabar.entities.tag_spans import bio_spans, spans_bio
from khabar.entities.tagger import NameTagger, spread_mentions, tag_document_words, tag_entities, tag_words
from khabar.errors import DataError
from khabar.pipeline import analyze


def _names(text: str) -> list[tuple[int, int, str, str, int]]:
    doc = analyze(text, stages=("normalize", "sentences", "tokens"))
    ents = tag_entities(doc)
    for e in ents:
        assert e.text == text[e.start:e.end]
        assert 0.0 < e.confidence <= 1.0
        assert e.entity_id is None
    return [(e.start, e.end, e.text, e.type, e.sentence) for e in ents]


@pytest.mark.parametrize(("text", "expected"), [
    ("وزیراعظم شہباز شریف نے اسلام آباد میں کہا کہ پاکستان اور چین کے تعلقات مضبوط ہیں۔",
     [(9, 19, "شہباز شریف", "PERSON", 0), (23, 33, "اسلام آباد", "GPE", 0),
      (45, 52, "پاکستان", "GPE", 0), (57, 60, "چین", "GPE", 0)]),
    ("بھارتی وزیراعظم نریندر مودی نے نئی دہلی میں امریکی صدر جو بائیڈن سے ملاقات کی۔",
     [(0, 6, "بھارتی", "NORP", 0), (16, 27, "نریندر مودی", "PERSON", 0), (31, 39, "نئی دہلی", "GPE", 0),
      (44, 50, "امریکی", "NORP", 0), (55, 64, "جو بائیڈن", "PERSON", 0)]),
    ("اقوام متحدہ کے سیکرٹری جنرل انتونیو گوتیرس نے غزہ کی صورتحال پر تشویش ظاہر کی۔",
     [(0, 11, "اقوام متحدہ", "ORG", 0), (28, 42, "انتونیو گوتیرس", "PERSON", 0), (46, 49, "غزہ", "GPE", 0)]),
    ("آئی ایم ایف نے پاکستان سے نئے بجٹ پر وضاحت مانگ لی۔",
     [(0, 11, "آئی ایم ایف", "ORG", 0), (15, 22, "پاکستان", "GPE", 0)]),
    ("وزیراعلیٰ سندھ مراد علی شاہ نے متاثرہ علاقوں کا دورہ کیا۔",
     [(10, 14, "سندھ", "GPE", 0), (15, 27, "مراد علی شاہ", "PERSON", 0)]),
    ("سعودی عرب اور ایران کے وزرائے خارجہ نے بیجنگ میں ملاقات کی۔ عالمی بینک نے قرض کی منظوری دے دی۔",
     [(0, 9, "سعودی عرب", "GPE", 0), (14, 19, "ایران", "GPE", 0), (39, 44, "بیجنگ", "GPE", 0),
      (60, 70, "عالمی بینک", "ORG", 1)]),
])
def test_tags_names_in_news_sentences(text: str, expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Arabic-keyboard letters (ك ي) keep their original offsets
    ("كراچي ميں بارش سے نظام زندگی درہم برہم ہو گیا۔", [(0, 5, "كراچي", "GPE", 0)]),
    # diacritics inside the names
    ("پاکِستان کے وزیرِ خارجہ نے ماسکو کا دورہ کیا۔", [(0, 8, "پاکِستان", "GPE", 0), (27, 32, "ماسکو", "GPE", 0)]),
    # a zero-width non-joiner joins the two words of the city's name
    ("اسلام\u200cآباد: وزیرِ داخلہ محسن نقوی نے پولیس حکام سے ملاقات کی۔",
     [(0, 10, "اسلام\u200cآباد", "GPE", 0), (24, 33, "محسن نقوی", "PERSON", 0)]),
])
def test_offsets_survive_messy_input(text: str, expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "کراچیمیں شدید بارش ہوئی اور لاہورمیں بھی بادل چھائے رہے۔",
    "  \u200f\u200eپاکستان!!! ، ، ، (( چین ))   ۔۔۔ ",
    "ـــ عمرانخاننے کہا ـــ",
])
def test_run_together_and_noisy_text_gives_valid_spans(text: str) -> None:
    doc = analyze(text, stages=("normalize", "sentences", "tokens"))
    ents = tag_entities(doc)
    ends = [0]
    for e in ents:
        assert e.text == text[e.start:e.end] and e.text.strip() == e.text and e.start >= ends[-1]
        ends.append(e.end)


def test_empty_document_has_no_names() -> None:
    assert tag_entities(Document(text="")) == []


@pytest.mark.parametrize(("words", "tags"), [
    (["وزیراعظم", "نریندر", "مودی", "نے", "نئی_دہلی", "میں", "کہا"],
     ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O"]),
    (["سعودی\u200cعرب", "اور", "ایران", "نے", "بات", "کی"], ["B-GPE", "O", "B-GPE", "O", "O", "O"]),
    ([], []),
])
def test_tag_words_bio_over_given_words(words: list[str], tags: list[str]) -> None:
    assert tag_words(words) == tags


def test_tag_document_words_tags_sentences_like_tag_words() -> None:
    doc = [["وزیراعظم", "نریندر", "مودی", "نے", "کہا"], ["سعودی\u200cعرب", "اور", "ایران"]]
    assert tag_document_words(doc) == [tag_words(words) for words in doc]
    assert tag_document_words([]) == []


def test_broken_model_file_is_a_data_error(tmp_path) -> None:
    path = tmp_path / "ner.crfsuite"
    path.write_bytes(b"not a model")
    with pytest.raises(DataError, match="rebuild it with scripts/train_ner.py"):
        NameTagger(str(path), Gazetteer([]))


def _w(text: str) -> list[str]:
    return [fold_word(w) for w in text.split()]


def test_bio_round_trip() -> None:
    tags = ["B-PERSON", "I-PERSON", "O", "I-GPE", "B-ORG", "B-ORG", "I-ORG"]
    spans = bio_spans(tags)
    assert spans == [(0, 2, "PERSON"), (3, 4, "GPE"), (4, 5, "ORG"), (5, 7, "ORG")]
    assert spans_bio(7, spans) == ["B-PERSON", "I-PERSON", "O", "B-GPE", "B-ORG", "B-ORG", "I-ORG"]


def test_split_at_separators_cuts_lists_and_trims_brackets() -> None:
    words = _w("لکھنؤ ، اترپردیش اور ( علی گڑھ ) یا دہلی میں مرکزی کمیشن ( سی آئی سی ) اور ( کمیشن")
    spans = [Mention(0, 3, "GPE", 0.9), Mention(4, 10, "GPE", 0.8), Mention(11, 18, "ORG", 0.7),
             Mention(11, 15, "ORG", 0.7), Mention(19, 21, "ORG", 0.7)]
    assert split_at_separators(words, spans) == [
        Mention(0, 1, "GPE", 0.9), Mention(2, 3, "GPE", 0.9), Mention(5, 7, "GPE", 0.8), Mention(9, 10, "GPE", 0.8),
        Mention(11, 18, "ORG", 0.7), Mention(11, 13, "ORG", 0.7), Mention(20, 21, "ORG", 0.7)]




@pytest.mark.parametrize(("text", "span", "expected"), [
    # a ministry portfolio after وزیر is not part of the minister's name
    ("صوبائی وزیر خزانہ سراج الحق نے کہا", Mention(2, 5, "PERSON", 0.7), Mention(3, 5, "PERSON", 0.7)),
    # nor are status and role words, however many
    ("سابق صدر جنرل ریٹائرڈ پرویز مشرف پر", Mention(2, 6, "PERSON", 0.7), Mention(4, 6, "PERSON", 0.7)),
    ("صدارتی امیدوار ممنون حسین نے ووٹ لیے", Mention(0, 4, "PERSON", 0.7), Mention(2, 4, "PERSON", 0.7)),
    # an honorific stays: it is part of the name
    ("مولانا فضل الرحمان نے کہا", Mention(1, 3, "PERSON", 0.7), Mention(0, 3, "PERSON", 0.7)),
    ("حاجی رفیق احمد نے کہا", Mention(1, 3, "PERSON", 0.7), Mention(0, 3, "PERSON", 0.7)),
    ("ریفری علیم ڈار نے فیصلہ سنایا", Mention(0, 3, "PERSON", 0.7), Mention(1, 3, "PERSON", 0.7)),
])
def test_roles_and_portfolios_are_trimmed_off_person_names(text: str, span: Mention, expected: Mention) -> None:
    assert trim_titles(_w(text), [span], load_cues()) == [expected]



@pytest.mark.parametrize(("text", "span", "expected"), [
    ("ضلع سوات میں بارش", Mention(0, 2, "GPE", 0.8), Mention(1, 2, "GPE", 0.8)),
    ("پاکستان کے دارالحکومت اسلام آباد میں", Mention(2, 5, "GPE", 0.8), Mention(3, 5, "GPE", 0.8)),
    ("سندھ بھر میں ہڑتال", Mention(0, 2, "GPE", 0.8), Mention(0, 1, "GPE", 0.8)),
    # a name that begins with a place word keeps it; other types are left alone
    ("ریاست ہائے متحدہ امریکہ", Mention(0, 4, "GPE", 0.8), Mention(0, 4, "GPE", 0.8)),
    ("دریائے سندھ میں طغیانی", Mention(0, 2, "LOC", 0.8), Mention(0, 2, "LOC", 0.8)),
    ("شہر قائد کی تعمیر", Mention(0, 2, "ORG", 0.8), Mention(0, 2, "ORG", 0.8)),
    # a span that is only the place word is kept
    ("ضلع میں بارش", Mention(0, 1, "GPE", 0.8), Mention(0, 1, "GPE", 0.8)),
    # adjectives before the place word go with it
    ("افغانستان کے مشرقی شہر جلال آباد میں دھماکا", Mention(2, 6, "GPE", 0.8), Mention(4, 6, "GPE", 0.8)),
    ("بھارتی ریاست گجرات میں سیلاب", Mention(0, 3, "GPE", 0.8), Mention(2, 3, "GPE", 0.8)),
    ("چین کے جنوبی ساحلی شہر شینزین میں", Mention(2, 6, "GPE", 0.8), Mention(5, 6, "GPE", 0.8)),
    # a word before the place word that is no adjective keeps the span whole
    ("نیو یارک شہر میں", Mention(0, 3, "GPE", 0.8), Mention(0, 3, "GPE", 0.8)),
])
def test_generic_place_words_are_trimmed(text: str, span: Mention, expected: Mention) -> None:
    assert trim_place_words(_w(text), [span]) == [expected]


def test_a_person_span_of_roles_only_is_dropped() -> None:
    words = _w("حملے میں سات اہلکار جاں بحق ہو گئے")
    assert trim_titles(words, [Mention(4, 6, "PERSON", 0.7), Mention(0, 1, "GPE", 0.5)], load_cues()) == [
        Mention(0, 1, "GPE", 0.5)]


def test_role_words_do_not_make_person_name_runs() -> None:
    """``اہلکار`` and ``جاں`` are in the noisy person-name lists; two of them are not a name."""
    assert _names("دھماکے میں دو اہلکار جاں بحق ہو گئے۔") == []


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("مسلم لیگ ( ن ) کے رہنما", Mention(0, 2, "ORG", 0.9), Mention(0, 5, "ORG", 0.9)),
    ("مسلم لیگ ق نے اجلاس بلایا", Mention(0, 2, "ORG", 0.9), Mention(0, 3, "ORG", 0.9)),
    # a longer bracket, a word after the party, or a league that is not an ORG stay as they are
    ("مسلم لیگ ( نواز ) کے رہنما", Mention(0, 2, "ORG", 0.9), Mention(0, 2, "ORG", 0.9)),
    ("مسلم لیگ نے اجلاس بلایا", Mention(0, 2, "ORG", 0.9), Mention(0, 2, "ORG", 0.9)),
    ("پریمیئر لیگ ( ن )", Mention(0, 2, "EVENT", 0.9), Mention(0, 2, "EVENT", 0.9)),
])
def test_faction_letter_joins_the_party(text: str, span: Mention, expected: Mention) -> None:
    assert attach_faction_letters(_w(text), [span]) == [expected]


def test_branch_place_joins_the_organisation_and_offices_are_trimmed() -> None:
    words = _w("چیئرمین پیپلز پارٹی پنجاب نے لاہور میں کہا")
    spans = [Mention(0, 3, "ORG", 0.8), Mention(3, 4, "GPE", 0.9), Mention(5, 6, "GPE", 0.9)]
    assert trim_titles(words, join_organisation_places(spans), load_cues()) == [
        Mention(1, 4, "ORG", 0.8), Mention(5, 6, "GPE", 0.9)]
    # a place after a word gap, or after a person, stays a place
    assert join_organisation_places([Mention(1, 3, "ORG", 0.8), Mention(4, 5, "GPE", 0.9),
                                     Mention(5, 6, "PERSON", 0.7), Mention(6, 7, "GPE", 0.9)]) == [
        Mention(1, 3, "ORG", 0.8), Mention(4, 5, "GPE", 0.9), Mention(5, 6, "PERSON", 0.7),
        Mention(6, 7, "GPE", 0.9)]


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("ملتان روڈ پر حادثہ", [Mention(0, 1, "GPE", 0.9)], [Mention(0, 2, "FAC", 0.9)]),
    ("اورنگی ٹاؤن میں فائرنگ", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 2, "LOC", 0.8)]),
    # the head word already belongs to another name, or follows a person: no change
    ("کراچی چوک اعظم", [Mention(0, 1, "GPE", 0.8), Mention(1, 3, "GPE", 0.7)],
     [Mention(0, 1, "GPE", 0.8), Mention(1, 3, "GPE", 0.7)]),
    ("لیاقت چوک پر", [Mention(0, 1, "PERSON", 0.8)], [Mention(0, 1, "PERSON", 0.8)]),
])
def test_place_before_a_road_or_quarter_word_names_it(text: str, spans: list[Mention],
                                                      expected: list[Mention]) -> None:
    assert extend_place_facilities(_w(text), spans) == expected


def test_role_words_stay_at_the_start_of_organisations() -> None:
    words = _w("وفاقی کابینہ نے صوبائی وزیر کی سمری منظور کر لی")
    assert trim_titles(words, [Mention(0, 2, "ORG", 0.8)], load_cues()) == [Mention(0, 2, "ORG", 0.8)]

def test_role_words_are_not_crf_features() -> None:
    from khabar.entities.features import word_features

    assert "role" in load_cues()[fold_word("ریٹائرڈ")]
    assert not [f for f in word_features(fold_word("ریٹائرڈ")) if f.startswith("cue=")]

@pytest.mark.parametrize(("text", "spans", "expected"), [
    # a case marker inside a span ends the name before it; a name may follow it
    ("نوشہرہ کے علاقے رشکئی کے مکین نوشہرہ مردان روڈ پر", [Mention(3, 8, "GPE", 0.6)],
     [Mention(3, 4, "GPE", 0.6), Mention(5, 8, "GPE", 0.6)]),
    # an ellipsis (folded from … to ...) separates a dateline from the next name
    ("کراچی … لائنز ایریا میں فائرنگ", [Mention(0, 4, "GPE", 0.7)],
     [Mention(0, 1, "GPE", 0.7), Mention(2, 4, "GPE", 0.7)]),
])
def test_split_at_case_markers_and_ellipses(text: str, spans: list[Mention], expected: list[Mention]) -> None:
    assert split_at_separators(_w(text), spans) == expected

def test_dictionary_pass_trusts_curated_sources_only() -> None:
    words = _w("مالی سال میں چین اور پاکستان تحریک انصاف کا سپریم کورٹ")
    gaz = Gazetteer([(("مالی",), "k:GPE"), (("چین",), "k:GPE"), (("پاکستان", "تحریک", "انصاف"), "i:ORG"),
                     (("سپریم", "کورٹ"), "u:ORG")])
    got = add_dictionary_matches(gaz.match(words), [], words, frozenset({"مالی"}), min_words=2)
    assert got == [Mention(3, 4, "GPE", 0.6), Mention(5, 8, "ORG", 0.6)]


def test_dictionary_pass_leaves_crf_spans_alone() -> None:
    words = _w("پاکستان تحریک انصاف نے")
    gaz = Gazetteer([(("پاکستان",), "k:GPE"), (("پاکستان", "تحریک", "انصاف"), "k:ORG")])
    crf = [Mention(0, 1, "GPE", 0.7)]
    assert add_dictionary_matches(gaz.match(words), crf, words, frozenset(), min_words=2) == crf


def test_title_followed_by_person_words_closed_by_case_marker() -> None:
    words = _w("وزیراعظم شہباز شریف نے صدر سے ملاقات کی")
    got = add_titled_persons(words, [], frozenset({"شریف"}), frozenset(), load_cues())
    assert got == [Mention(1, 3, "PERSON", 0.6)]
    # no case marker after the name-like words: nothing
    assert add_titled_persons(_w("وزیراعظم شہباز شریف"), [], frozenset({"شریف"}), frozenset(), load_cues()) == []


def test_person_name_runs_and_title_trim() -> None:
    words = _w("کپتان وسیم اکرم اور امن کی بات")
    got = add_person_name_runs(words, [], frozenset({"وسیم", "اکرم", "امن"}), frozenset({"امن"}))
    assert got == [Mention(1, 3, "PERSON", 0.6)]
    assert trim_titles(words, [Mention(0, 3, "PERSON", 0.5)], load_cues()) == [Mention(1, 3, "PERSON", 0.5)]


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("پنجاب اسمبلی کا اجلاس", [Mention(0, 1, "GPE", 0.9)], [Mention(0, 2, "ORG", 0.9)]),
    ("سندھ ہائی کورٹ نے", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 3, "ORG", 0.8)]),
    # a head word that starts a name does not close one; a case marker stops the search
    ("لاہور محکمہ موسمیات", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 1, "GPE", 0.8)]),
    ("کراچی کی پولیس", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 1, "GPE", 0.8)]),
    # "the Lahore police", "the Pakistan team": the head is a common noun there, the place stays a place
    ("لاہور پولیس نے ملزم کو گرفتار کر لیا", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 1, "GPE", 0.8)]),
    ("پاکستان ٹیم نے میچ جیت لیا", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 1, "GPE", 0.8)]),
    ("پاکستان کرکٹ ٹیم کا اعلان", [Mention(0, 1, "GPE", 0.8)], [Mention(0, 1, "GPE", 0.8)]),
])
def test_place_and_organisation_head_make_an_organisation(text: str, spans: list[Mention],
                                                          expected: list[Mention]) -> None:
    assert add_place_organisations(_w(text), spans, load_cues()) == expected


def test_leading_riyasat_goes_only_before_a_known_place() -> None:
    gaz = Gazetteer([(("ایلی", "نوائس"), "k:GPE")])

    def is_place(ws: Sequence[str]) -> bool:
        return bool(gaz.types(ws))

    words = _w("ریاست ایلی نوائس میں طوفان")
    assert trim_place_words(words, [Mention(0, 3, "GPE", 0.8)], is_place) == [Mention(1, 3, "GPE", 0.8)]
    words = _w("ریاست ہائے متحدہ امریکہ کے صدر")
    assert trim_place_words(words, [Mention(0, 4, "GPE", 0.8)], is_place) == [Mention(0, 4, "GPE", 0.8)]


def test_title_place_is_split_from_the_person() -> None:
    words = _w("گورنر پنجاب بلیغ الرحمان نے کہا")
    gaz = Gazetteer([(("پنجاب",), "k:GPE")])
    got = split_title_places(words, [Mention(1, 4, "PERSON", 0.4)], load_cues(), gaz.types)
    assert got == [Mention(1, 2, "GPE", 0.4), Mention(2, 4, "PERSON", 0.4)]
    # without the title the span is left alone
    got = split_title_places(words[1:], [Mention(0, 3, "PERSON", 0.4)], load_cues(), gaz.types)
    assert got == [Mention(0, 3, "PERSON", 0.4)]


def test_spread_mentions_tags_other_mentions_in_the_document() -> None:
    sentences = [_w("مراد علی شاہ نے کراچی کا دورہ کیا"), _w("بعد میں مراد علی شاہ نے کہا"), _w("شاہ جی آئے")]
    found = [[Mention(0, 3, "PERSON", 0.9), Mention(4, 5, "GPE", 0.3)], [], []]
    assert spread_mentions(sentences, found) == [
        [Mention(0, 3, "PERSON", 0.9), Mention(4, 5, "GPE", 0.3)],
        [Mention(2, 5, "PERSON", 0.6)],
        [],
    ]


# ---------------------------------------------------------------- shipped data integrity


def _table(name: str, columns: tuple[str, ...]) -> list[list[str]]:
    return parse_table(read_model_data(name), columns, path=name)


def test_cue_words_are_single_khabar_tokens() -> None:
    """A cue word the tokenizer would cut in two (``وزیراعلیٰ`` → وزیر اعلی) could never match."""
    bad = [(word, phrase_tokens(word)) for word, _kind in _table(CUES_FILE, CUES_COLUMNS)
           if phrase_tokens(word) != (fold_word(word),)]
    assert bad == []


def test_person_names_are_single_khabar_tokens() -> None:
    rows = _table(PERSON_NAMES_FILE, PERSON_NAMES_COLUMNS)
    assert {kind for _name, kind in rows} == {"given", "family", "given-ordinary", "family-ordinary"}
    assert [name for name, _kind in rows if phrase_tokens(name) != (fold_word(name),)] == []
    assert len({name for name, _kind in rows}) == len(rows)



def test_organisation_list_is_unique_org_names() -> None:
    rows = _table(ORG_NAMES_FILE, ORG_NAMES_COLUMNS)
    assert {t for _name, t in rows} == {"ORG"}
    # one row per tokenized name: spellings the tokenizer makes equal (ہائیکورٹ, ہائی کورٹ) are one row
    assert len({phrase_tokens(name) for name, _t in rows}) == len(rows)


@pytest.mark.parametrize(("text", "expected"), [
    ("نیب نے سابق وزیر کے خلاف ریفرنس دائر کر دیا۔", [(0, 3, "نیب", "ORG", 0)]),
    ("محکمہ موسمیات کے مطابق کراچی میں کل بارش ہو گی۔",
     [(0, 13, "محکمہ موسمیات", "ORG", 0), (23, 28, "کراچی", "GPE", 0)]),
    ("ایف آئی اے نے لاہور ہائیکورٹ میں رپورٹ جمع کرائی۔",
     [(0, 10, "ایف آئی اے", "ORG", 0), (14, 28, "لاہور ہائیکورٹ", "ORG", 0)]),
])
def test_listed_organisations_are_found(text: str, expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected

def test_place_list_is_unique_place_names() -> None:
    rows = _table(PLACE_NAMES_FILE, PLACE_NAMES_COLUMNS)
    assert {t for _name, t in rows} == {"GPE", "LOC", "FAC"}
    assert len({phrase_tokens(name) for name, _t in rows}) == len(rows)
    # everyday words are left out on purpose: دیر "delay", کیچ "catch"
    assert not {"دیر", "کیچ", "کرم"} & {name for name, _t in rows}


@pytest.mark.parametrize(("text", "expected"), [
    ("سوات اور چترال میں شدید برفباری کے بعد راستے بند ہو گئے۔",
     [(0, 4, "سوات", "GPE", 0), (9, 14, "چترال", "GPE", 0)]),
    ("ہنزہ اور سکردو جانے والی پروازیں موسم کی خرابی کے باعث منسوخ کر دی گئیں۔",
     [(0, 4, "ہنزہ", "GPE", 0), (9, 14, "سکردو", "GPE", 0)]),
    ("ویسٹ انڈیز کی ٹیم نے پہلا میچ آسانی سے جیت لیا۔", [(0, 10, "ویسٹ انڈیز", "GPE", 0)]),
    ("لیاری میں پانی کی قلت پر شہریوں نے احتجاج کیا۔", [(0, 5, "لیاری", "LOC", 0)]),
    ("کپواڑہ اور شوپیاں میں جھڑپیں جاری رہیں۔", [(0, 6, "کپواڑہ", "GPE", 0), (11, 17, "شوپیاں", "GPE", 0)]),
    # an everyday word that is also a district's name stays an everyday word
    ("مجھے آنے میں دیر ہو گئی کیونکہ سڑک پر رش تھا۔", []),
])
def test_listed_places_are_found(text: str, expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("انسداد دہشت گردی عدالت نے ملزم کو ریمانڈ پر سی ٹی ڈی کے حوالے کر دیا۔",
     [(0, 22, "انسداد دہشت گردی عدالت", "ORG", 0), (44, 52, "سی ٹی ڈی", "ORG", 0)]),
    ("سنی اتحاد کونسل اور مجلس وحدت المسلمین نے مشترکہ اجلاس بلایا۔",
     [(0, 15, "سنی اتحاد کونسل", "ORG", 0), (20, 38, "مجلس وحدت المسلمین", "ORG", 0)]),
])
def test_more_listed_organisations_are_found(text: str, expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected


def test_people_list_is_unique_person_names() -> None:
    rows = _table(PEOPLE_FILE, PEOPLE_COLUMNS)
    assert {t for _name, t in rows} == {"PERSON"}
    assert len({phrase_tokens(name) for name, _t in rows}) == len(rows)


@pytest.mark.parametrize(("text", "expected"), [
    # the CRF alone misses روحانی here; the people list has the full name
    ("حسن روحانی اور رجب طیب اردوان نے تہران میں ملاقات کی۔",
     [(0, 10, "حسن روحانی", "PERSON", 0), (15, 29, "رجب طیب اردوان", "PERSON", 0), (33, 38, "تہران", "GPE", 0)]),
    ("ثانیہ مرزا اور راجر فیڈرر دونوں میچ ہار گئے۔",
     [(0, 10, "ثانیہ مرزا", "PERSON", 0), (15, 25, "راجر فیڈرر", "PERSON", 0)]),
])
def test_listed_people_are_found(text: str, expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # جنگ "war" and جہاں "where" are words of listed full names (صنم جنگ, نور جہاں) but ordinary
    # words: the run-time people list does not make them name parts for the CRF
    ("یاسین جنگ میں زخمی ہو گیا۔", [(0, 5, "یاسین", "PERSON", 0)]),
    ("اسلم جہاں بھی گیا لوگ ساتھ تھے۔", [(0, 4, "اسلم", "PERSON", 0)]),
])
def test_listed_names_lend_no_ordinary_words_to_the_crf(text: str,
                                                        expected: list[tuple[int, int, str, str, int]]) -> None:
    assert _names(text) == expected


def test_cue_kinds_are_the_documented_ones() -> None:
    kinds = {kind for _word, kind in _table(CUES_FILE, CUES_COLUMNS)}
    assert kinds == {"case", "title", "honorific", "speech", "org_head", "loc_head", "per_part", "letter", "role",
                     "programme", "org_start", "team"}


@pytest.mark.parametrize(("name", "columns"), [
    (GAZETTEER_FILE, GAZETTEER_COLUMNS), (COMMON_FILE, COMMON_COLUMNS), (FREQ_FILE, FREQ_COLUMNS)])
def test_built_tables_hold_folded_words(name: str, columns: tuple[str, ...]) -> None:
    rows = _table(name, columns)
    assert rows
    unfolded = [row[0] for row in rows if tuple(fold_word(w) for w in row[0].split()) != tuple(row[0].split())]
    assert unfolded == []


def test_gazetteer_types_and_sources() -> None:
    rows = _table(GAZETTEER_FILE, GAZETTEER_COLUMNS)
    assert {t for _p, t, _s in rows} <= {"PERSON", "GPE", "ORG"}
    assert {s for _p, _t, s in rows} == {"urduhack", "il-ner"}


def test_spread_mentions_leaves_ordinary_one_word_names_alone() -> None:
    sentences = [_w("چین نے بیان دیا"), _w("دل کو چین ملا")]
    found = [[Mention(0, 1, "GPE", 0.9)], []]
    assert spread_mentions(sentences, found, frozenset({"چین"})) == [[Mention(0, 1, "GPE", 0.9)], []]
    assert spread_mentions(sentences, found) == [[Mention(0, 1, "GPE", 0.9)], [Mention(2, 3, "GPE", 0.6)]]


@pytest.mark.parametrize("text", [
    "عمران خان نواز شریف آصف زرداری " * 20,
    "talks with IMF " * 50,
    "ﷺ" * 50,
])
def test_names_are_at_most_twelve_words(text: str) -> None:
    doc = analyze(text, stages=("normalize", "sentences", "tokens"))
    sizes = [sum(1 for t in doc.tokens if e.start <= t.start and t.end <= e.end) for e in tag_entities(doc)]
    assert [n for n in sizes if n > 12] == []


def test_tagging_from_threads_gives_the_sequential_result() -> None:
    import sys
    from concurrent.futures import ThreadPoolExecutor

    sentences = [_w(t) for t in (
        "وزیراعظم شہباز شریف نے اسلام آباد میں کابینہ کے اجلاس کی صدارت کی",
        "پاکستان تحریک انصاف کے رہنما نے لاہور ہائی کورٹ میں درخواست دائر کی",
        "اقوام متحدہ کے سیکرٹری جنرل انتونیو گوتیرس نے غزہ کا دورہ کیا",
        "کراچی میں بارش",
    )]
    alone = [tag_document_words([s]) for s in sentences]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, so that a race shows
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(lambda s: tag_document_words([s]), sentences * 25))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 25

