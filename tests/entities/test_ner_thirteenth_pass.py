"""Thirteenth pass of the name rules: span edges and places shown by their setting. The example
sentences are khabar's own; each of the behaviours below failed before the pass."""

from __future__ import annotations

from khabar.entities.tag_edges import trim_trailing_numbers
from khabar.entities.tag_rules import Mention
from khabar.entities.tag_spans import bio_spans
from khabar.entities.tagger import tag_words


def _names(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[i:j]), t) for i, j, t in bio_spans(tag_words(words))]


# --- numbers at the end of a span ------------------------------------------------------------------

def test_rainfall_figures_are_not_part_of_the_city() -> None:
    names = _names("بارش کے اعداد و شمار کے مطابق ملتان 31 ، بہاولپور 12 اور ساہیوال 8 ملی میٹر بارش ہوئی")
    assert ("بہاولپور", "GPE") in names
    assert not any(any(ch.isdigit() for ch in text) for text, _ in names)


def test_a_number_after_a_person_or_place_is_trimmed_but_not_after_number_or_in_an_organisation() -> None:
    words = ["سجاول", "ریاض", "18", "،", "چک", "نمبر", "45", "،", "ریسکیو", "1122", "اور", "2007"]
    mentions = [Mention(0, 3, "PERSON", 0.9), Mention(4, 7, "GPE", 0.9), Mention(8, 10, "ORG", 0.9),
                Mention(11, 12, "GPE", 0.9)]
    assert trim_trailing_numbers(words, mentions) == [
        Mention(0, 2, "PERSON", 0.9), Mention(4, 7, "GPE", 0.9), Mention(8, 10, "ORG", 0.9)]


# --- places shown by ``کے مقام``، ``کے علاقے`` ---------------------------------------------------------

def test_a_village_named_after_people_before_its_setting_is_a_place() -> None:
    assert ("شیر محمد والا", "GPE") in _names("پولیس کے مطابق فائرنگ کا واقعہ شیر محمد والا کے علاقے میں پیش آیا")


def test_an_unknown_word_before_ke_maqam_is_a_place() -> None:
    assert ("چاچڑاں", "GPE") in _names("دریائے سندھ میں چاچڑاں کے مقام پر پانی کی سطح بلند ہو رہی ہے")


def test_the_tail_of_a_phrase_before_ke_maqam_is_no_place() -> None:
    assert _names("آبی وسیلے کے مقام پر کام جاری ہے") == []


# --- words that end no person's name ---------------------------------------------------------------

def test_retiring_dismissed_and_the_post_are_not_part_of_the_name() -> None:
    assert ("طارق محمود اکبر", "PERSON") in _names("واپڈا کے چیف ایگزیکٹو طارق محمود اکبر برطرف")
    assert ("کیانی", "PERSON") in _names("صدر زرداری اور جنرل کیانی ریٹائر ہو رہے ہیں")
    assert ("ہاشم رضا زیدی", "PERSON") in _names("ایڈمنسٹریٹر کراچی ہاشم رضا زیدی عہدے سے فارغ کر دیے گئے")


def test_a_mountaineer_is_no_part_of_the_name() -> None:
    assert _names("ٹیم کے کوہ پیما زڈینک ربی گر کر ہلاک ہو گئے") == [("زڈینک ربی", "PERSON")]


# --- lists whose items carry a figure ----------------------------------------------------------------

def test_batsmen_with_their_runs_are_a_list_of_persons() -> None:
    names = _names("مہمان ٹیم کی جانب سے جیمز ٹریڈویل 30 ، سٹیون سمتھ 12 ، ہلفنہاس 9 اور گلین میکسویل 6 رنز بنا کر آؤٹ ہوئے")
    assert ("ہلفنہاس", "PERSON") in names
    assert ("جیمز ٹریڈویل", "PERSON") in names


def test_out_for_nought_and_not_out_are_not_part_of_the_batsman() -> None:
    names = _names("احمد شہزاد 10 ، وہاب ریاض صفر اور تھیسارا پریرا ناٹ آؤٹ 52 رنز بنا سکے")
    assert ("وہاب ریاض", "PERSON") in names
    assert ("تھیسارا پریرا", "PERSON") in names


def test_a_number_word_that_is_a_given_name_stays() -> None:
    words = ["میں", "راجا", "انیس", "نے", "کہا"]
    assert trim_trailing_numbers(words, [Mention(1, 3, "PERSON", 0.9)]) == [Mention(1, 3, "PERSON", 0.9)]


# --- trusted names cut by a later rule ----------------------------------------------------------------

def test_a_listed_name_cut_by_the_title_trim_is_whole_again() -> None:
    assert _names("قائد اعظم کی فیملی لائف کے بارے میں کتاب شائع ہوئی") == [("قائد اعظم", "PERSON")]
    assert ("جنرل اسمبلی", "ORG") in _names("وزیراعظم جمعہ کو جنرل اسمبلی سے خطاب کریں گے")
