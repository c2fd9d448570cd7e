"""A meeting with an office holder the article does not name is still an event (extract._office)."""

import pytest

from khabar.pipeline import analyze


@pytest.mark.parametrize(("text", "expected"), [
    ("عمران خان نے ولی عہد سے ملاقات کی۔", ("040", "عمران خان", "ولی عہد")),
    ("شہباز شریف نے وزیر خارجہ سے ملاقات کی۔", ("040", "شہباز شریف", "وزیر خارجہ")),
])
def test_a_meeting_with_an_unnamed_office_holder(text, expected):
    got = [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in analyze(text).events]
    assert got == [expected]



@pytest.mark.parametrize(("text", "target"), [
    ("چین نے امریکی اقدام کی مذمت کی۔", "United States"),
    ("پاکستان نے بھارتی فیصلے کو مسترد کر دیا۔", "India"),
    ("ایران نے امریکی پالیسی پر تنقید کی۔", "United States"),
])
def test_the_nation_whose_act_or_policy_is_condemned_is_the_target(text, target):
    (event,) = analyze(text).events
    assert event.actor2 is not None and event.actor2.name_en == target


@pytest.mark.parametrize(("text", "code"), [
    ("بھارت نے پاکستان کے ساتھ مذاکرات سے انکار کر دیا۔", "125"),  # a refused negotiation is no negotiation
    ("اپوزیشن جماعتوں نے حکومت کے خلاف احتجاجی تحریک چلانے کا اعلان کیا۔", "141"),
    ("فرانس نے مالی سے اپنی فوجیں واپس بلا لیں۔", "0874"),
])
def test_refusals_protest_campaigns_and_withdrawals(text, code):
    assert [e.code for e in analyze(text).events] == [code]


def test_a_completed_visit_is_a_visit():
    (event,) = analyze("ایرانی صدر نے عراق کا تین روزہ دورہ مکمل کر لیا۔").events
    assert (event.code, event.actor2.name_en) == ("042", "Iraq")


def test_a_ministry_after_a_nationality_adjective_is_that_country_acting():
    (event,) = analyze("چینی وزارت خارجہ نے امریکا کو خبردار کیا کہ وہ سرد جنگ کی ذہنیت ترک کرے۔").events
    assert (event.actor1.text, event.actor1.name_en, event.actor2.name_en) == (
        "چینی وزارت خارجہ", "China", "United States")


def test_restoring_trade_is_economic_cooperation():
    (event,) = analyze("پاکستان نے افغانستان کے ساتھ تجارت بحال کرنے کا فیصلہ کیا۔").events
    assert (event.code, event.actor1.name_en, event.actor2.name_en) == ("061", "Pakistan", "Afghanistan")


@pytest.mark.parametrize(("text", "target"), [
    ("امریکا نے کیوبا کے 15 سفارتکاروں کو ملک چھوڑنے کا الٹی میٹم دے دیا۔", "Cuba"),
    ("ایران نے برطانوی سفیر کو ملک چھوڑنے کا حکم دیا۔", "United Kingdom"),
])
def test_whoever_is_ordered_or_threatened_to_act_is_the_target(text, target):
    (event,) = analyze(text).events
    assert event.actor2 is not None and event.actor2.name_en == target


def test_fire_towards_a_country_targets_it():
    (event,) = analyze("شمالی کوریا نے جاپان کی جانب میزائل داغا۔").events
    assert (event.code[:2], event.actor1.name_en, event.actor2.name_en) == ("19", "North Korea", "Japan")


@pytest.mark.parametrize(("text", "code"), [
    ("آئی ایم ایف نے پاکستان کے لیے قرض کی قسط منظور کر لی۔", "071"),
    ("وزیراعظم نے سیلاب متاثرین کے لیے امدادی پیکج کا اعلان کیا۔", "070"),
    ("سعودی عرب نے قطر کا محاصرہ ختم کر دیا۔", "0872"),
])
def test_loans_aid_packages_and_lifted_blockades(text, code):
    assert [e.code for e in analyze(text).events] == [code]


def test_a_headline_states_sanctions_as_a_noun():
    (event,) = analyze("امریکا کی روس پر نئی پابندیاں").events
    assert (event.code, event.actor1.name_en, event.actor2.name_en) == ("163", "United States", "Russia")
    assert analyze("روس پر عائد پابندیاں برقرار ہیں۔").events == []  # no agent named: no event


def test_an_office_holder_opens_a_headline_event():
    (event,) = analyze("آرمی چیف کی امریکی وزیر دفاع سے ملاقات").events
    assert (event.code, event.actor1.text, event.actor2.name_en) == ("040", "آرمی چیف", "United States")


def test_an_office_alone_is_the_person_named_with_it_before():
    text = "وزیراعظم شہباز شریف نے اجلاس کی صدارت کی۔ بعد میں وزیراعظم نے چینی سفیر سے ملاقات کی۔"
    (event,) = analyze(text).events
    assert (event.actor1.text, event.actor1.name_en) == ("وزیراعظم", "Shehbaz Sharif")
