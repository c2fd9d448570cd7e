"""A trusted multi-word name the CRF or a rule cut into pieces is one name (tagger.join_name_fragments)."""

from khabar.entities.tagger import Mention, join_name_fragments
from khabar.pipeline import analyze

_CUES = {"کے": {"case"}, "صدر": {"title"}}


def test_xi_jinping_after_a_title_is_one_linked_person():
    doc = analyze("چینی صدر شی جن پنگ نے روسی ہم منصب سے ملاقات کی۔")
    people = [(e.text, e.type, e.entity_id) for e in doc.entities if e.text.startswith("شی") or "پنگ" in e.text]
    assert people == [("شی جن پنگ", "PERSON", "Q15031")]


def test_pieces_inside_a_trusted_name_are_joined_with_its_type():
    trusted = [(2, 5, ("k:PERSON",))]
    pieces = [Mention(2, 3, "GPE", 0.9), Mention(3, 5, "PERSON", 0.8)]
    assert join_name_fragments(trusted, pieces) == [Mention(2, 5, "PERSON", 0.9)]


def test_a_longer_span_or_a_lone_piece_of_another_type_is_left_alone():
    trusted = [(1, 3, ("k:ORG",))]
    longer = [Mention(0, 3, "ORG", 0.9)]
    assert join_name_fragments(trusted, longer) == longer
    other = [Mention(1, 2, "GPE", 0.9)]
    assert join_name_fragments(trusted, other) == other


def test_a_name_ending_on_a_case_marker_does_not_join():
    words = ["ایم", "یو", "کے", "وائس", "چانسلر"]
    pieces = [Mention(1, 2, "GPE", 0.9)]
    trusted = [(1, 3, ("k:GPE",))]
    assert join_name_fragments(trusted, pieces, words, _CUES) == pieces


def test_tark_before_a_form_of_karna_is_the_verb_abandon_not_turkish():
    doc = analyze("چین نے سرد جنگ کی ذہنیت ترک کرنے پر زور دیا۔ ترک صدر نے دورہ کیا۔")
    assert [(e.text, e.type) for e in doc.entities if e.text == "ترک"] == [("ترک", "NORP")]
    assert doc.entities[[e.text for e in doc.entities].index("ترک")].start > doc.text.index("۔")


def test_a_disease_is_never_a_place_even_where_the_crf_would_tag_it():
    # the CRF tags پولیو GPE in this slot (پاکستان میں X کے کیس) and the consistency pass spread it
    doc = analyze("پشاور میں پولیو مہم شروع ہو گئی۔ رواں سال پاکستان میں پولیو کے ۱۲ کیس رپورٹ ہوئے۔")
    assert [e.text for e in doc.entities if e.type in ("GPE", "LOC", "ORG", "PERSON")] == ["پشاور", "پاکستان"]


def test_the_not_names_table_is_in_token_spelling():
    from khabar.entities.tag_lexicon import fold_word, phrase_tokens
    from khabar.entities.tagger import load_not_names
    words = load_not_names()
    assert {"پولیو", "ڈینگی", "کورونا"} <= words
    assert all(phrase_tokens(w) == (fold_word(w),) for w in words)


def test_shehr_e_quaid_keeps_its_first_word_and_is_karachi():
    doc = analyze("شہر قائد میں موسلا دھار بارش سے نظام زندگی مفلوج ہو گیا۔")
    assert [(e.text, e.name_en) for e in doc.entities if e.type == "GPE"] == [("شہر قائد", "Karachi")]


def test_a_trimmed_piece_that_is_a_name_itself_stays_trimmed():
    trusted = [(0, 2, ("k:GPE",))]
    piece = [Mention(0, 1, "GPE", 0.9)]
    assert join_name_fragments(trusted, piece, ["لاہور", "شہر"], {}, lambda ws: ws == ["لاہور"]) == piece
    assert join_name_fragments(trusted, piece, ["لاہور", "شہر"], {}, lambda ws: False) == [Mention(0, 2, "GPE", 0.9)]
