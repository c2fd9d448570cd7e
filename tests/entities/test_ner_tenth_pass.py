"""Tenth pass of the name rules: organisations (spans bounded by words that are no part of a name,
competitions, generic acronyms, party factions). The example sentences are khabar's own; each of the
behaviours below failed before the pass."""

from __future__ import annotations

from khabar.entities.tag_orgs import add_defined_organisations, clean_organisations, load_org_spans
from khabar.entities.tag_rules import Mention
from khabar.entities.tag_spans import bio_spans
from khabar.entities.tagger import tag_words


def _spans(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[i:j]), t) for i, j, t in bio_spans(tag_words(words))]


def _orgs(text: str) -> list[str]:
    return [span for span, t in _spans(text) if t == "ORG"]


# --- organisation spans: what never begins or ends a name ------------------------------------------

def test_time_words_and_offices_do_not_begin_an_organisation() -> None:
    words = ["وفد", "آج", "صبح", "پی", "آئی", "اے", "کے", "دفتر", "پہنچا"]
    cleaned = clean_organisations(words, [Mention(1, 6, "ORG", 0.8)], [], {}, lambda w: False)
    assert cleaned == [Mention(3, 6, "ORG", 0.8)]
    assert _orgs("سابق امیر جماعت اسلامی پاکستان نے جلسے سے خطاب کیا") == ["جماعت اسلامی پاکستان"]


def test_descriptors_are_trimmed_off_an_organisation() -> None:
    assert _orgs("امریکی اخبار نیویارک ٹائمز نے ایک رپورٹ شائع کی") == ["نیویارک ٹائمز"]
    assert _orgs("معاہدے پر چینی کمپنی تھری گارجز کارپوریشن نے دستخط کیے") == ["تھری گارجز کارپوریشن"]


def test_a_nationality_and_a_descriptor_alone_are_no_organisation() -> None:
    assert _orgs("ایک امریکی کمپنی نے نیا فون متعارف کرا دیا") == []


def test_account_words_do_not_end_an_organisation() -> None:
    assert _orgs("حکام نے بتایا کہ کئی فیس بک اکاؤنٹس بند کر دیے گئے") == ["فیس بک"]


def test_competitions_are_no_organisation() -> None:
    assert _orgs("آئی سی سی ورلڈ ٹی ٹوئنٹی ٹورنامنٹ اگلے ماہ شروع ہوگا") == ["آئی سی سی"]
    words = ["اس", "سال", "ایشیا", "ہاکی", "چیمپئن", "شپ", "ملائیشیا", "میں", "ہوگی"]
    cleaned = clean_organisations(words, [Mention(2, 6, "ORG", 0.8)], [], {}, lambda w: False)
    assert cleaned == [Mention(2, 6, "EVENT", 0.8)]


def test_a_trusted_acronym_is_not_cut_out_of_a_longer_one() -> None:
    words = ["آئی", "بی", "ایس", "ایف", "ورلڈ", "سنوکر", "چیمپئن", "شپ"]
    trusted = [(0, 2, ("k:ORG",))]
    cleaned = clean_organisations(words, [Mention(0, 8, "ORG", 0.8)], trusted, {"ایس": {"letter"}},
                                  lambda w: False)
    assert cleaned == [Mention(0, 8, "EVENT", 0.8)]


def test_a_head_word_left_alone_is_no_organisation() -> None:
    words = ["پولیس", "کے", "مطابق", "ایسوسی", "ایشن", "نے", "احتجاج", "کیا"]
    cues = {"ایسوسی": {"org_head"}, "ایشن": {"org_head"}}
    assert clean_organisations(words, [Mention(2, 5, "ORG", 0.7)], [], cues, lambda w: False) == []


def test_a_trusted_name_is_left_whole() -> None:
    words = ["آج", "نیوز", "کی", "رپورٹ"]
    kept = [Mention(0, 2, "ORG", 0.9)]
    assert clean_organisations(words, kept, [(0, 2, ("k:ORG",))], {}, lambda w: False) == kept


# --- party factions and generic acronyms ---------------------------------------------------------

def test_a_bracketed_faction_belongs_to_any_party() -> None:
    assert _orgs("جے یو آئی ( ف ) کے رہنما نے جلسے سے خطاب کیا") == ["جے یو آئی ( ف )"]
    words = ["پیپلز", "پارٹی", "(", "شہید", "بھٹو", ")", "نے", "کہا"]
    assert clean_organisations(words, [Mention(0, 2, "ORG", 0.9)], [], {}, lambda w: False) == [
        Mention(0, 6, "ORG", 0.9)]


def test_a_bracketed_letter_before_league_opens_the_next_party() -> None:
    words = ["ایم", "کیو", "ایم", "(", "ن", ")", "لیگ", "اور", "دوسری", "جماعتیں"]
    kept = [Mention(0, 3, "ORG", 0.9)]
    assert clean_organisations(words, kept, [], {}, lambda w: False) == kept


def test_generic_acronyms_are_no_name() -> None:
    words = ["ملزم", "کے", "خلاف", "ایف", "آئی", "آر", "درج", "کر", "لی", "گئی"]
    assert clean_organisations(words, [Mention(3, 6, "ORG", 0.8)], [], {}, lambda w: False) == []
    assert ("جی", "ڈی", "پی") in load_org_spans()["generic"]


# --- names spelled out before their bracketed acronym ------------------------------------------------

def test_the_words_an_acronym_spells_are_an_organisation() -> None:
    assert _orgs("ماہرین کے مطابق ہینڈلوم اینڈ کرافٹ ٹیکنالوجی سینٹر ( ایچ سی ٹی سی ) نے تربیت دی") == [
        "ہینڈلوم اینڈ کرافٹ ٹیکنالوجی سینٹر"]
    assert _orgs("یہ کام اسپیس سائنس بیورو ( SSB ) کرے گا") == ["اسپیس سائنس بیورو"]


def test_an_acronym_needs_a_head_word_and_matching_initials() -> None:
    words = ["منصوبہ", "پبلک", "پرائیویٹ", "پارٹنرشپ", "(", "پی", "پی", "پی", ")", "کے", "تحت", "بنے", "گا"]
    assert add_defined_organisations(words, [], {}) == []
    words = ["اسپیس", "سائنس", "بیورو", "(", "ایم", "ایس", "اے", ")", "کا", "اجلاس"]
    assert add_defined_organisations(words, [], {}) == []


def test_an_acronym_name_replaces_the_pieces_inside_it() -> None:
    words = ["پہلے", "انڈین", "فاریسٹ", "سروس", "(", "آئی", "ایف", "ایس", ")", "کا", "امتحان", "ہوگا"]
    pieces = [Mention(1, 2, "GPE", 0.9), Mention(2, 4, "ORG", 0.7)]
    assert add_defined_organisations(words, pieces, {}) == [Mention(1, 4, "ORG", 0.6)]


# --- knowledge base: organisations pass 3 -----------------------------------------------------------

def test_student_organisations_are_known_and_linked() -> None:
    import khabar

    assert _orgs("جامعہ میں اسلامی جمعیت طلبہ کے کارکنوں نے احتجاج کیا") == ["اسلامی جمعیت طلبہ"]
    doc = khabar.analyze("جامعہ میں اسلامی جمعیت طلبہ کے کارکنوں نے احتجاج کیا۔")
    assert [e.entity_id for e in doc.entities if e.type == "ORG"] == ["khabar:islami-jamiat-talaba"]
