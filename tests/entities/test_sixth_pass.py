"""Sixth pass of the name rules: habits of Pakistani newspapers (offices read as organisations,
dateline credits, words split before their last letter, trusted names' types ...). The example
sentences are khabar's own."""

from __future__ import annotations

from khabar.entities.tag_lexicon import cut_into_function_word, phrase_tokens
from khabar.entities.tag_news import (
    add_named_streets,
    add_suffixed_places,
    cut_at_breaks,
    cut_places_at_offices,
    drop_dateline_credits,
    join_place_organisations,
    join_split_letters,
    name_streets,
    office_organisations,
    split_leading_names,
    trim_trailing_words,
    trusted_types,
    unjoin_mentions,
)
from khabar.entities.tag_rules import Mention
from khabar.entities.tagger import tag_words


def _tags(text: str) -> list[str]:
    return tag_words(text.split())


def _never_place(words: object) -> bool:
    return False


def _no_types(words: object) -> tuple[str, ...]:
    return ()


# --- an office and its jurisdiction are no organisation -------------------------------------------

def test_office_in_letters_leaves_its_place() -> None:
    assert _tags("ڈی سی او ملتان نے بازاروں کا دورہ کیا")[:5] == ["O", "O", "O", "B-GPE", "O"]
    assert _tags("پولیس کے مطابق ایس ایس پی گوجرانوالہ نے ہدایت دی")[3:8] == ["O", "O", "O", "B-GPE", "O"]


def test_office_alone_or_with_a_department_is_dropped() -> None:
    words = ["ایس", "ایچ", "او", "سٹی", "نے", "کہا"]
    found = [Mention(0, 4, "ORG", 0.7)]
    assert office_organisations(words, found, {}, {("ایس", "ایچ", "او")}, _never_place, _no_types) == []


def test_office_before_a_known_organisation_leaves_it() -> None:
    words = ["ڈی", "جی", "رینجرز", "نے", "کہا"]
    found = [Mention(0, 3, "ORG", 0.7)]

    def types(w: object) -> tuple[str, ...]:
        return ("k:ORG",) if list(w) == ["رینجرز"] else ()  # type: ignore[arg-type]

    assert office_organisations(words, found, {}, {("ڈی", "جی")}, _never_place, types) == [Mention(2, 3, "ORG", 0.7)]


def test_acronyms_beginning_with_office_letters_stay() -> None:
    words = ["ایم", "ایس", "ایم", "ای", "کی", "وزارت"]
    found = [Mention(0, 4, "ORG", 0.8)]
    assert office_organisations(words, found, {}, {("ایم", "ایس")}, _never_place, _no_types) == found


def test_organisations_without_an_office_stay() -> None:
    words = ["پاکستان", "کرکٹ", "بورڈ", "نے", "کہا"]
    found = [Mention(0, 3, "ORG", 0.9)]
    assert office_organisations(words, found, {}, {("ڈی", "جی")}, _never_place, _no_types) == found


# --- a trusted name keeps its class ---------------------------------------------------------------

def test_power_utility_is_an_organisation() -> None:
    assert _tags("گورنر نے کیسکو حکام کو طلب کر لیا")[2] == "B-ORG"


def test_trusted_type_needs_one_class_and_the_exact_span() -> None:
    found = [Mention(0, 1, "GPE", 0.8)]
    assert trusted_types(["کیسکو"], found, [(0, 1, ("k:ORG",))]) == [Mention(0, 1, "ORG", 0.8)]
    assert trusted_types(["کیسکو"], found, [(0, 1, ("k:ORG", "k:GPE"))]) == found
    assert trusted_types(["کیسکو", "حکام"], [Mention(0, 2, "GPE", 0.8)], [(0, 1, ("k:ORG",))]) == [
        Mention(0, 2, "GPE", 0.8)]


# --- a dateline's credit is no mention --------------------------------------------------------------

def test_agency_credit_after_a_dateline_is_dropped() -> None:
    tags = _tags("لاہور ( اے پی پی ) وزیر اعلی نے نئے منصوبے کا افتتاح کیا")
    assert tags[0] == "B-GPE"
    assert tags[1:6] == ["O"] * 5


def test_agency_named_in_the_story_stays() -> None:
    words = ["حکومت", "نے", "اے", "پی", "پی", "کو", "بتایا"]
    found = [Mention(2, 5, "ORG", 0.9)]
    assert drop_dateline_credits(words, found) == found
    words = ["لاہور", "(", "پ", "ر", ")", "واپڈا", "(", "اے", "پی", "پی", ")", "نے", "کہا"]
    found = [Mention(0, 1, "GPE", 0.9), Mention(5, 6, "ORG", 0.9), Mention(7, 10, "ORG", 0.9)]
    assert drop_dateline_credits(words, found) == found


# --- a word split before its last letter ----------------------------------------------------------

def test_split_place_names_are_tagged_whole() -> None:
    assert _tags("سند ھ میں شدید بارش ہوئی")[:3] == ["B-GPE", "I-GPE", "O"]
    assert _tags("ملتا ن کے شہری پریشان ہیں")[:3] == ["B-GPE", "I-GPE", "O"]


def test_split_letters_join_only_into_known_name_words() -> None:
    assert join_split_letters(["فضل", "و", "کرم"], {"فضلو"}) is None
    assert join_split_letters(["پ", "ر", "نے"], {"سندھ"}) is None
    # a nisba ending cut off on purpose, a first part that is a name word itself, a joining letter
    assert join_split_letters(["پاکستان", "ی", "عوام"], {"پاکستانی"}) is None
    assert join_split_letters(["عمران", "م", "نے"], {"عمران", "عمرانم"}) is None
    assert join_split_letters(["حسن", "ی", "نے"], {"حسنی"}) is None
    joined, first = join_split_letters(["صوبہ", "سند", "ھ", "میں"], {"سندھ"}) or ([], [])
    assert joined == ["صوبہ", "سندھ", "میں"]
    assert first == [0, 1, 3]
    assert unjoin_mentions([Mention(1, 2, "GPE", 0.6)], first, 4) == [Mention(1, 3, "GPE", 0.6)]


# --- a place span run over an office ---------------------------------------------------------------

def test_dateline_and_office_are_cut_out_of_a_place() -> None:
    tags = _tags("کراچی سابق ناظم کراچی نے شہر کی صفائی کا مطالبہ کیا")
    assert tags[:5] == ["B-GPE", "O", "O", "B-GPE", "O"]


def test_known_names_and_facility_words_are_not_cut() -> None:
    cues = {"ناظم": frozenset({"role"}), "ایئر": frozenset({"title", "org_start"}), "وزیر": frozenset({"title"})}

    def known(w: object) -> bool:
        return list(w) in (["ناظم", "آباد"], ["کراچی"])  # type: ignore[arg-type]

    found = [Mention(0, 2, "LOC", 0.8)]
    assert cut_places_at_offices(["ناظم", "آباد", "میں"], found, cues, known) == found
    words = ["کراچی", "ایئر", "پورٹ", "پر"]
    assert cut_places_at_offices(words, [Mention(0, 3, "GPE", 0.8)], cues, known) == [Mention(0, 3, "GPE", 0.8)]
    words = ["شمالی", "وزیر", "ستان", "میں"]
    assert cut_places_at_offices(words, [Mention(0, 3, "GPE", 0.8)], cues, known, {"وزیرستان"}) == [
        Mention(0, 3, "GPE", 0.8)]


# --- legacy hamza ---------------------------------------------------------------------------------

def test_legacy_hamza_spelling_is_read_as_the_modern_one() -> None:
    assert _tags("پولیس نے ماڈل ٹاوٴن میں چھاپہ مارا")[2:5] == ["B-LOC", "I-LOC", "O"]


# --- streets and quarters named after people --------------------------------------------------------

def test_quarters_named_after_people_are_places() -> None:
    assert _tags("پٹیل پاڑہ میں فائرنگ سے ایک شخص زخمی ہو گیا")[:3] == ["B-LOC", "I-LOC", "O"]
    assert _tags("شہر میں علامہ اقبال ٹاؤن کے مکین پریشان ہیں")[2:6] == ["B-LOC", "I-LOC", "I-LOC", "O"]


def test_street_words_only_after_a_person() -> None:
    streets = {"روڈ": "FAC", "ٹاؤن": "LOC"}
    words = ["جلوس", "خواجہ", "صفدر", "روڈ", "سے", "گزرا"]
    assert name_streets(words, [Mention(1, 3, "PERSON", 0.9)], streets) == [Mention(1, 4, "FAC", 0.9)]
    assert name_streets(words, [Mention(1, 3, "ORG", 0.9)], streets) == [Mention(1, 3, "ORG", 0.9)]
    # Sandra Bullock: بلاک is no street word
    words = ["اداکارہ", "سینڈرا", "بلاک", "نے"]
    assert name_streets(words, [Mention(1, 3, "PERSON", 0.9)], streets) == [Mention(1, 3, "PERSON", 0.9)]


# --- words no name spans; ordinary words after a trusted name ---------------------------------------

def test_names_are_cut_at_including_and_others() -> None:
    assert _tags("ملتان سمیت جنوبی پنجاب میں شدید گرمی ہے")[:5] == ["B-GPE", "O", "B-GPE", "I-GPE", "O"]
    assert _tags("عدالت نے نعیم قریشی ودیگر کو نوٹس جاری کر دیا")[2:6] == ["B-PERSON", "I-PERSON", "O", "O"]


def test_break_words_cut_like_separators() -> None:
    words = ["رشیدہ", "نامی", "خاتون", "نے"]
    assert cut_at_breaks(words, [Mention(0, 2, "PERSON", 0.7)], frozenset({"نامی"})) == [Mention(0, 1, "PERSON", 0.7)]
    assert cut_at_breaks(words, [Mention(0, 1, "PERSON", 0.7)], frozenset({"نامی"})) == [Mention(0, 1, "PERSON", 0.7)]


def test_arrival_is_no_part_of_a_place() -> None:
    words = ["جنرل", "کی", "میرانشاہ", "آمد", "پر"]

    def types(w: object) -> tuple[str, ...]:
        return ("k:GPE",) if list(w) == ["میرانشاہ"] else ()  # type: ignore[arg-type]

    found = [Mention(2, 4, "GPE", 0.7)]
    assert trim_trailing_words(words, found, {"آمد"}, {}, types, set()) == [Mention(2, 3, "GPE", 0.7)]
    # not after a name the lists do not know, nor a head word or a word of a trusted name
    assert trim_trailing_words(words, found, {"آمد"}, {}, _no_types, set()) == found
    assert trim_trailing_words(words, found, {"آمد"}, {"آمد": frozenset({"org_head"})}, types, set()) == found
    assert trim_trailing_words(words, found, {"آمد"}, {}, types, {"آمد"}) == found


# --- tribal agencies ----------------------------------------------------------------------------------

def test_tribal_agencies_are_places() -> None:
    assert _tags("خیبر ایجنسی میں آپریشن جاری ہے")[:3] == ["B-GPE", "I-GPE", "O"]
    assert _tags("کرم ایجنسی کے عوام نے احتجاج کیا")[:3] == ["B-GPE", "I-GPE", "O"]


# --- a trusted name trimmed out of a longer span; run-together names cut into postpositions -----------

def test_district_after_an_office_is_a_place() -> None:
    assert _tags("ڈی سی جھل مگسی کے مطابق پانی اتر رہا ہے")[:5] == ["O", "O", "B-GPE", "I-GPE", "O"]


def test_run_together_names_cut_into_postpositions_are_not_trusted() -> None:
    assert _tags("ترقیاتی کاموں کی رفتار تیز کرنے کا حکم دیا گیا")[1:3] == ["O", "O"]
    assert _tags("اسے مار سے بچا لیا گیا")[1:3] == ["O", "O"]


def test_names_written_with_the_letter_apart_stay_trusted() -> None:
    assert cut_into_function_word("کاموںکی", phrase_tokens("کاموںکی"))
    assert not cut_into_function_word("یو کے", phrase_tokens("یو کے"))
    assert not cut_into_function_word("کے الیکٹرک", phrase_tokens("کے الیکٹرک"))
    assert not cut_into_function_word("اسلام آباد", phrase_tokens("اسلام آباد"))


# --- a place right before an organisation begins its name ---------------------------------------------

def test_place_begins_the_organisation_after_it() -> None:
    tags = _tags("امیدواروں نے سندھ پبلک سروس کمیشن کے دفتر کے باہر احتجاج کیا")
    assert tags[2:7] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    tags = _tags("وزیر نے کہا کہ پاکستان مسلم لیگ ( ن ) انتخابات جیتے گی")
    assert tags[4:11] == ["B-ORG"] + ["I-ORG"] * 5 + ["O"]


def test_no_join_after_a_dateline_or_before_a_nationality_or_acronym() -> None:
    assert _tags("کراچی متحدہ قومی موومنٹ کے رہنماؤں نے پریس کانفرنس کی")[:2] == ["B-GPE", "B-ORG"]
    assert _tags("اجلاس میں جرمنی یورپی یونین کا اہم رکن قرار پایا")[2:5] == ["B-GPE", "B-ORG", "I-ORG"]
    cues = {"مذاکرات": frozenset()}
    words = ["اب", "پاکستان", "آئی", "ایم", "ایف", "مذاکرات"]
    found = [Mention(1, 2, "GPE", 0.9), Mention(2, 5, "ORG", 0.9)]
    assert join_place_organisations(words, found, cues, _no_types, lambda w: False) == found


# --- offices, units and the police station ----------------------------------------------------------

def test_charge_d_affaires_is_an_office_not_a_person() -> None:
    assert _tags("بھارت کے ناظم الامور کو دفتر خارجہ طلب کیا گیا")[2:4] == ["O", "O"]


def test_police_station_is_no_place() -> None:
    assert _tags("ملزم کو تھانے کی حوالات میں بند کر دیا گیا")[2] == "O"
    assert _tags("شہری کو تھانے سے رہا کر دیا گیا")[2] == "O"


def test_stock_exchange_written_in_two_words_is_one_organisation() -> None:
    assert _tags("کراچی اسٹاک ایکس چینج میں تیزی رہی")[:5] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


# --- banned, and the body a person heads -----------------------------------------------------------

def test_banned_is_no_part_of_an_organisation() -> None:
    assert _tags("حکومت نے کالعدم تحریک طالبان کے ساتھ مذاکرات کیے")[2:6] == ["O", "B-ORG", "I-ORG", "O"]


def test_organisation_before_its_head_is_split_off() -> None:
    tags = _tags("چیئرمین نادرا عثمان مبین نے کہا کہ شناختی کارڈ جلد جاری ہوں گے")
    assert tags[1:5] == ["B-ORG", "B-PERSON", "I-PERSON", "O"]


def test_a_place_that_is_a_given_name_stays_in_the_name() -> None:
    assert _tags("فہمیدہ ریاض محبوب نے نظم سنائی")[:4] == ["B-PERSON", "I-PERSON", "I-PERSON", "O"]
    words = ["فہمیدہ", "ریاض", "محبوب", "نے"]
    found = [Mention(0, 3, "PERSON", 0.9)]
    assert split_leading_names(words, found, [(1, 2, ("k:GPE",))], {"ریاض", "محبوب"}) == found
    words = ["ریاض", "فصیح", "بخاری", "نے"]
    assert split_leading_names(words, found, [(0, 1, ("k:GPE",))], {"ریاض", "بخاری"}) == found


def test_place_span_run_into_a_person_is_split() -> None:
    words = ["سی", "سی", "پی", "او", "لاہور", "امین", "وینس", "اور"]
    found = [Mention(4, 7, "GPE", 0.7)]
    split = split_leading_names(words, found, [(4, 5, ("k:GPE",))], {"امین"}, lambda w: False, lambda w: w == "وینس")
    assert split == [Mention(4, 5, "GPE", 0.7), Mention(5, 7, "PERSON", 0.7)]
    # ordinary words after the place: no person (``اسرائیل معصوم فلسطینیوں``)
    words = ["اسرائیل", "معصوم", "فلسطینیوں", "پر"]
    found = [Mention(0, 3, "GPE", 0.7)]
    assert split_leading_names(words, found, [(0, 1, ("k:GPE",))], {"معصوم"}, lambda w: False, lambda w: False) == found


# --- towns whose names end in a word written apart ---------------------------------------------------

def test_town_ending_in_garh_is_a_place() -> None:
    assert _tags("ملزم کو لعل گڑھ سے گرفتار کیا گیا")[2:5] == ["B-LOC", "I-LOC", "O"]


def test_suffixed_places_need_a_rare_name_like_word() -> None:
    suffixes = frozenset({"پور", "کوٹ"})
    words = ["وہ", "نواں", "کوٹ", "کے", "رہائشی", "ہیں"]
    assert add_suffixed_places(words, [], suffixes, lambda w: w == "نواں") == [Mention(1, 3, "LOC", 0.45)]
    assert add_suffixed_places(words, [], suffixes, lambda w: False) == []
    words = ["سب", "جانے", "پور", "کو"]
    assert add_suffixed_places(words, [], suffixes, lambda w: True) == []


def test_roads_named_by_a_rare_word_are_facilities() -> None:
    assert _tags("کوئٹہ کے زرغون روڈ پر دھماکا ہوا")[2:5] == ["B-FAC", "I-FAC", "O"]
    assert _tags("جلوس لٹن روڈ سے ہوتا ہوا مال روڈ پہنچا")[1:4] == ["B-FAC", "I-FAC", "O"]


def test_person_only_street_words_need_a_person() -> None:
    # Eric Stonestreet: اسٹریٹ after a rare word is no street
    words = ["اداکار", "ایرک", "اسٹون", "اسٹریٹ", "نے"]
    assert add_named_streets(words, [], {"روڈ": "FAC"}, lambda w: True) == []
    assert add_named_streets(["لٹن", "روڈ"], [], {"روڈ": "FAC"}, lambda w: False) == []
