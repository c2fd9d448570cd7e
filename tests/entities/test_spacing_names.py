"""Seventh pass: trusted names found whatever their spacing (``چار سدہ`` for ``چارسدہ``), without
swallowing case markers, particles or pieces of acronyms. The example sentences are khabar's own."""

from __future__ import annotations

from khabar.entities.kb import KBEntry, KnowledgeBase
from khabar.entities.tag_lexicon import FUNCTION_WORDS, Gazetteer, SpacedGazetteer
from khabar.entities.tag_rules import INITIALS
from khabar.entities.tagger import tag_words


def _tags(text: str) -> list[str]:
    return tag_words(text.split())


def _w(text: str) -> list[str]:
    return text.split()


def _names(*entries: tuple[str, str]) -> SpacedGazetteer:
    return SpacedGazetteer(((name.split(), "k:" + type_) for name, type_ in entries),
                           edge_words=FUNCTION_WORDS | {"ہی", "اس"}, ordinary={"کار", "گل", "بے"},
                           letters=INITIALS)


# --- the matcher ----------------------------------------------------------------------------------

def test_a_listed_name_is_found_with_more_or_fewer_spaces() -> None:
    names = _names(("شاہین ائرلائنز", "ORG"), ("پیپلزپارٹی", "ORG"), ("ایم کیو ایم", "ORG"))
    assert names.match(_w("پرواز شاہین ائر لائنز کی تھی")) == [(1, 4, ("k:ORG",))]
    assert names.match(_w("جلسہ پیپلز پارٹی نے کیا")) == [(1, 3, ("k:ORG",))]
    assert names.match(_w("ایم کیوایم کے رہنما")) == [(0, 2, ("k:ORG",))]
    assert names.match(_w("کل ایمکیوایم نے کہا")) == [(1, 2, ("k:ORG",))]
    # the exact matcher the CRF's features come from does not see them
    exact = Gazetteer((n.split(), "k:ORG") for n in ("شاہین ائرلائنز", "پیپلزپارٹی", "ایم کیو ایم"))
    assert exact.match(_w("پرواز شاہین ائر لائنز کی تھی")) == []
    assert exact.match(_w("جلسہ پیپلز پارٹی نے کیا")) == []


def test_a_match_starts_and_ends_on_token_boundaries() -> None:
    names = _names(("چارسدہ", "GPE"))
    assert names.match(_w("وہ چار سدہ گئے")) == [(1, 3, ("k:GPE",))]
    assert names.match(_w("وہ چار سدہوں میں")) == []
    assert names.match(_w("انہوں نے چارس دہ لکھا")) == [(2, 4, ("k:GPE",))]


def test_the_longest_run_wins_over_a_shorter_listed_name() -> None:
    names = _names(("تھر", "GPE"), ("تھرپارکر", "GPE"))
    assert names.match(_w("ضلع تھر پار کر میں قحط")) == [(1, 4, ("k:GPE",))]
    assert names.match(_w("ضلع تھر پارکر میں قحط")) == [(1, 3, ("k:GPE",))]
    assert names.match(_w("ضلع تھر میں قحط")) == [(1, 2, ("k:GPE",))]


def test_a_case_marker_or_particle_at_the_edge_is_no_name() -> None:
    names = _names(("ترکی", "GPE"), ("ہیبے", "GPE"))
    assert names.match(_w("پھل تر کی طرح")) == []
    assert names.match(_w("یہ نہایت ہی بے وقوفی ہے")) == []
    # written as listed, the name stands
    assert names.match(_w("وہ ترکی گئے")) == [(1, 2, ("k:GPE",))]


def test_an_everyday_phrase_is_no_name() -> None:
    names = _names(("کارگل", "GPE"))
    assert names.match(_w("رضا کار گل خان آئے")) == []
    assert names.match(_w("کارگل کی جنگ")) == [(0, 1, ("k:GPE",))]


def test_a_piece_of_a_longer_acronym_is_no_name() -> None:
    names = _names(("سیبی", "ORG"), ("اویو", "GPE"))
    assert names.match(_w("پی سی بی کے چیئرمین")) == []
    assert names.match(_w("ایم او یو پر دستخط")) == []
    assert names.match(_w("سی بی نے کہا")) == [(0, 2, ("k:ORG",))]


def test_types_ignore_spacing_with_the_same_guards() -> None:
    names = _names(("نوشہرو فیروز", "GPE"), ("ترکی", "GPE"))
    assert names.types(["نو", "شہرو", "فیروز"]) == ("k:GPE",)
    assert names.types(["نوشہروفیروز"]) == ("k:GPE",)
    assert names.types(["تر", "کی"]) == ()


# --- the tagger -----------------------------------------------------------------------------------

def test_respaced_places_are_tagged() -> None:
    assert _tags("چار سدہ میں پولیس نے تین ملزمان کو گرفتار کر لیا")[:3] == ["B-GPE", "I-GPE", "O"]
    assert _tags("منڈی بہاؤ الدین میں بارش سے کئی مکانات گر گئے")[:4] == ["B-GPE", "I-GPE", "I-GPE", "O"]
    assert _tags("آذر بائیجان کے وزیر خارجہ نے اسلام آباد کا دورہ کیا")[:3] == ["B-GPE", "I-GPE", "O"]
    assert _tags("نو شہرو فیروز کے کسانوں نے احتجاج کیا")[:4] == ["B-GPE", "I-GPE", "I-GPE", "O"]


def test_everyday_phrases_and_acronym_pieces_stay_untagged() -> None:
    assert set(_tags("یہ فیصلہ نہایت ہی بے وقوفی پر مبنی تھا")) == {"O"}
    assert set(_tags("دونوں ملکوں نے ایم او یو پر دستخط کیے")) == {"O"}
    assert set(_tags("اس تور کے بعد ٹیم واپس آئے گی")) == {"O"}


# --- several credits after a dateline, and a dateline place no list knows --------------------------

def test_several_agency_credits_after_a_dateline_are_dropped() -> None:
    tags = _tags("کراچی ( نوائے وقت نیوز + این این آئی ) وزیر اعلی سندھ نے نئے بجٹ کا اعلان کیا")
    assert tags[0] == "B-GPE"
    assert tags[1:10] == ["O"] * 9
    tags = _tags("سرگودھا ( نامہ نگار ، اے پی پی اور آن لائن ) شہر میں صفائی مہم شروع ہو گئی")
    assert tags[0] == "B-GPE"
    assert set(tags[1:]) == {"O"}


def test_a_reporters_byline_in_the_bracket_is_no_person() -> None:
    tags = _tags("لاہور ( رپورٹ : احمد فراز ) شہر میں ٹریفک کا نظام درہم برہم ہو گیا")
    assert tags[0] == "B-GPE"
    assert set(tags[1:]) == {"O"}


def test_an_unknown_dateline_place_before_credits_is_a_place() -> None:
    tags = _tags("کنگز ٹاؤن ( این این آئی ) ویسٹ انڈیز کی ٹیم نے دوسرا میچ جیت لیا")
    assert tags[:7] == ["B-GPE", "I-GPE", "O", "O", "O", "O", "O"]
    assert tags[7:9] == ["B-GPE", "I-GPE"]
    assert _tags("پالے کیلی ( سپورٹس ڈیسک ) سری لنکا نے سیریز جیت لی")[:2] == ["B-GPE", "I-GPE"]


def test_a_date_an_acronym_or_a_name_in_brackets_is_no_dateline() -> None:
    assert _tags("یکم دسمبر ( اے پی پی ) حکومت نے نئی پالیسی جاری کر دی")[:2] == ["O", "O"]
    tags = _tags("عالمی مالیاتی ادارے ( آئی ایم ایف ) نے قرض کی قسط جاری کر دی")
    assert tags[:7] == ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"]
    tags = _tags("وزیر اعظم ( نواز شریف ) نے اجلاس طلب کر لیا")
    assert tags[3:5] == ["B-PERSON", "I-PERSON"]


# --- the knowledge base's matcher ----------------------------------------------------------------

def _kb() -> KnowledgeBase:
    return KnowledgeBase([KBEntry("Q1", "Quito", "GPE", ("کیتو", "کیٹو")),
                          KBEntry("Q2", "Charsadda", "GPE", ("چارسدہ",)),
                          KBEntry("Q3", "United Kingdom", "GPE", ("یو کے",)),
                          KBEntry("Q4", "Oyo", "GPE", ("اویو",))])


def test_kb_finds_a_respaced_name() -> None:
    assert [(i, j, e.qid) for i, j, e in _kb().match(_w("وہ چار سدہ گئے"))] == [(1, 3, "Q2")]
    # a name written with a postposition apart stays a name (UK)
    assert [(i, j, e.qid) for i, j, e in _kb().match(_w("وہ یو کے گئے"))] == [(1, 3, "Q3")]


def test_kb_respaced_run_with_a_particle_at_its_edge_is_no_match() -> None:
    assert _kb().match(_w("انہوں نے بات کی تو سب خاموش ہو گئے")) == []
    assert _kb().match(_w("دونوں نے ایم او یو پر دستخط کیے")) == []
