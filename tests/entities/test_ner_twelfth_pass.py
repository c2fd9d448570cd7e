"""Twelfth pass of the name rules: false and mistyped names read off real news (teams, matches,
datelines, slogans, awards, loanwords, spans of time, Latin labels). The example sentences are
khabar's own; each of the behaviours below failed before the pass."""

from __future__ import annotations

from khabar.entities.tag_kinds import is_time_span, trim_latin_starts
from khabar.entities.tag_rules import Mention
from khabar.entities.tag_spans import bio_spans
from khabar.entities.tagger import tag_words


def _names(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[i:j]), t) for i, j, t in bio_spans(tag_words(words))]


# --- teams and matches -----------------------------------------------------------------------------

def test_a_place_and_a_franchise_word_are_a_team() -> None:
    assert ("راولپنڈی ریمز", "ORG") in _names("کل شام راولپنڈی ریمز اور پشاور پینتھرز کی ٹیموں کے درمیان مقابلہ ہو گا")


def test_a_captain_and_eleven_are_a_team_not_a_person() -> None:
    assert _names("مہمان ٹیم نے دھونی الیون کو دوسرے میچ میں ہرا دیا") == [("دھونی الیون", "ORG")]


def test_a_place_and_a_match_word_are_the_match() -> None:
    assert _names("کل سے شروع ہونے والے ابوظہبی ٹیسٹ میں قومی ٹیم کی پوزیشن مضبوط ہے") == [("ابوظہبی ٹیسٹ", "EVENT")]


# --- places the CRF reads as persons ---------------------------------------------------------------

def test_a_tribal_area_is_no_person() -> None:
    assert _names("آپریشن کے بعد دتہ خیل کا علاقہ کلیئر کر دیا گیا") == [("دتہ خیل", "GPE")]


def test_a_division_is_no_person() -> None:
    assert _names("لاہور ڈویژن نے دوسری پوزیشن حاصل کی")[0][1] == "GPE"


def test_a_dateline_before_an_agency_is_a_place() -> None:
    assert ("پورٹ الزبتھ", "GPE") in _names("پورٹ الزبتھ ( اے پی پی ) جنوبی افریقہ نے میچ جیت لیا")


# --- no names at all -------------------------------------------------------------------------------

def test_a_number_and_a_unit_of_time_are_no_place() -> None:
    assert _names("حکومت نے پونے چار ماہ میں محصولات کا ہدف پورا کر لیا") == []
    assert is_time_span(["پونے", "چار", "ماہ"]) and not is_time_span(["چار", "سدہ"])


def test_a_slogan_leaves_the_place_alone() -> None:
    assert _names("جلسے کے آخر میں پاکستان زندہ باد کے نعرے لگائے گئے") == [("پاکستان", "GPE")]


def test_an_award_is_no_person() -> None:
    assert _names("انہیں ہلال امتیاز ملٹری ، ستارہ امتیاز ملٹری ، تمغہ امتیاز ملٹری اور صدارتی میڈل دیے گئے") == []


def test_a_bowling_style_is_no_organisation() -> None:
    assert _names("سابق پاکستانی لیگ اسپنر پر پابندی لگا دی گئی") == []


def test_a_method_named_after_people_is_no_person() -> None:
    assert _names("بارش کے بعد ڈک ورتھ لوئس میتھڈ کے تحت ہدف دیا گیا") == []


def test_english_loanwords_make_no_person() -> None:
    assert _names("انہوں نے ریڈی میڈ گارمنٹس کی برآمدات بڑھانے کا اعلان کیا") == []


def test_plural_spinners_end_no_person() -> None:
    assert all(t != "PERSON" for _n, t in _names("سری لنکن سپنرز نے بلے بازوں کو قابو میں رکھا"))


def test_the_host_is_no_place() -> None:
    assert all(n != "میزبان" for n, _t in _names("ٹورنامنٹ میں اس کا مقابلہ میزبان پاکستان متحدہ عرب امارات اور افغانستان سے ہو گا"))


# --- Latin labels ----------------------------------------------------------------------------------

def test_a_latin_label_opens_no_urdu_name() -> None:
    assert _names("caption یوگیندر کا کہنا ہے کہ فصل خراب ہو گئی") == [("یوگیندر", "PERSON")]


def test_an_all_latin_span_keeps_its_words() -> None:
    words = ["BBC", "News", "کے", "مطابق"]
    assert trim_latin_starts(words, [Mention(0, 2, "ORG", 0.9)]) == [Mention(0, 2, "ORG", 0.9)]


# --- a dateline place owns no body -----------------------------------------------------------------

def _org_links(text: str) -> list[str | None]:
    import khabar
    return [e.entity_id for e in khabar.analyze(text).entities if e.type == "ORG"]


def test_a_party_after_a_dateline_keeps_its_link() -> None:
    assert _org_links("لندن۔۔۔۔۔۔۔ ایم کیو ایم کے قائد نے بیان جاری کیا۔") == _org_links("ایم کیو ایم کے قائد نے بیان جاری کیا۔")
    assert _org_links("لندن\nایم کیو ایم کے قائد نے بیان جاری کیا۔")[0] is not None


def test_a_foreign_court_still_loses_the_link() -> None:
    assert _org_links("بنگلہ دیش کی سپریم کورٹ نے فیصلہ سنایا۔") == [None]


def test_a_spelling_of_the_asian_games_is_linked() -> None:
    import khabar
    found = [(e.type, e.entity_id) for e in khabar.analyze("انہوں نے ایشیئن گیمز میں گولڈ میڈل جیتا۔").entities
             if e.type == "EVENT"]
    assert found == [("EVENT", "khabar:asian-games")]


def test_a_person_between_persons_of_a_list_is_no_place() -> None:
    names = _names("ٹیم میں کین ولیمسن ، روس ٹیلر ، ٹام لیتھم اور جمی نیشم شامل ہیں")
    assert ("روس ٹیلر", "PERSON") in names


def test_a_team_nickname_is_an_organisation() -> None:
    assert ("کینگروز", "ORG") in _names("پاکستان نے کینگروز کے خلاف دوسرے ٹیسٹ میں بڑا سکور کیا")


def test_a_dateline_before_a_desk_is_a_place() -> None:
    assert _names("ماؤنٹ مانگینی ( سپورٹس ڈیسک ) پہلے ون ڈے میں مہمان ٹیم جیت گئی") == [("ماؤنٹ مانگینی", "GPE")]


def test_a_ball_opens_no_person() -> None:
    from khabar.entities.tagger import tag_document_words
    text = ["وہ یاسر کی گیند اظہرعلی کے ہاتھوں میں دے کر لوٹ گئے", "اگلی گیند پر بھی وہ بچ نہ سکے"]
    tags = tag_document_words([s.split() for s in text])
    spans = [[" ".join(s.split()[i:j]) for i, j, t in bio_spans(tg) if t == "PERSON"] for s, tg in zip(text, tags, strict=True)]
    assert "گیند" not in " ".join(w for ws in spans for w in ws)


def test_a_city_before_a_match_word_is_the_match() -> None:
    names = _names("راجر فیڈرر اور ڈیوڈ فیرر نے سنسناٹی ماسٹرز کے سیمی فائنل کے لیے کوالیفائی کر لیا")
    assert ("سنسناٹی ماسٹرز", "EVENT") in names


def test_a_name_after_head_is_the_headworks() -> None:
    assert _names("سیلاب کے باعث ہیڈ محمد والا کی جانب سے زمینی رابطہ کٹ گیا") == [("ہیڈ محمد والا", "FAC")]


def test_fish_are_no_person() -> None:
    assert _names("بازار میں ٹونا سامن اور دوسری مچھلیاں مہنگی ہو گئیں") == []


def test_a_rare_name_ending_in_a_surname_is_no_place() -> None:
    assert ("اینجلییک کربر", "PERSON") in _names("جرمنی کی اینجلییک کربر کو سیمی فائنل میں شکست ہو گئی")


def test_new_south_wales_spelled_with_saath_is_linked() -> None:
    import khabar
    found = [(e.text, e.entity_id) for e in khabar.analyze("شیفیلڈ شیلڈ کے میچ میں نیو ساتھ ویلز کے بولر کا باؤنسر لگا").entities
             if e.type == "GPE"]
    assert ("نیو ساتھ ویلز", "Q3224") in found


def test_a_city_tagged_alone_before_a_match_word_stays_the_city() -> None:
    assert _names("قومی ٹیم ہرارے ٹیسٹ کے لیے تیار ہے") == [("ہرارے", "GPE")]
