"""Tenth pass: actors of agent phrases, receiving frames and thanks; our own sentences."""

from tests.events.test_event_ninth_pass import _events


def test_the_one_who_becomes_the_target_of_an_act_is_its_target_and_the_agent_its_source():
    # ``X، Y کی جانب سے تنقید کا نشانہ بنے``: ``کا نشانہ`` was read as another predicate's noun
    assert _events("حکومت اپوزیشن کی جانب سے شدید تنقید کا نشانہ بنی۔") == [("111", "اپوزیشن", "حکومت")]
    assert _events("پولیس مظاہرین کی طرف سے تنقید کا نشانہ بنی تھی۔") == [("111", "مظاہرین", "پولیس")]
    # without an agent phrase nobody is named as the source
    assert _events("وزیر تعلیم شدید تنقید کا نشانہ بنے۔") == []


def test_an_agent_phrase_before_a_participle_of_the_acts_own_noun_is_its_source():
    # ``ہونے والی`` / ``کی جانے والی`` detached the agent phrase from the noun the participle qualifies
    assert _events("پولیس کی جانب سے ہونے والی فائرنگ سے دو افراد زخمی ہوئے۔") == [("190", "پولیس", None)]
    # a participle that qualifies another noun still detaches it (the condemnation is not the police's)
    assert _events("وزیر نے پولیس کی جانب سے ہونے والی فائرنگ کی مذمت کی۔") == [("111", "وزیر", "پولیس")]


def test_sanctions_named_with_their_agent_are_an_act():
    assert _events("تنظیم کی جانب سے عائد کی جانے والی پابندیوں کے اثرات کم ہوں گے۔") == [("163", "تنظیم", None)]
    assert _events("یورپی یونین کی جانب سے روس پر پابندیوں کے بعد گیس مہنگی ہو گئی۔", tagged=True) == [
        ("163", "یورپی یونین", "روس")]
    # without an agent, or as an item of another noun's list, they are none
    assert _events("روس پر پابندیوں کے بعد گیس مہنگی ہو گئی۔") == []
    assert _events("تنظیم کی طرف سے سفری پابندیوں سمیت دیگر پابندیاں ہٹانے کی صورت میں بات ہو گی۔") == []


def test_the_genitive_before_thanks_is_the_one_thanked():
    # a common noun before ``کا شکریہ`` was refused as the target of a non-violent act
    assert _events("کمپنی نے اپنے صارفین کا شکریہ ادا کیا۔") == [("051", "کمپنی", "اپنے صارفین")]
    # a time phrase is no party
    assert _events("وزیر نے آج کا شکریہ ادا کیا۔") == [("051", "وزیر", None)]


def test_a_relative_subject_after_a_light_verb_takes_its_head_and_its_pronoun_object_the_main_subject():
    # ``... سے خطاب کیا جس نے``: ``کیا`` closed no clause for the extraposed relative, so it had no source
    assert _events("وزیر نے تاجروں کے وفد سے خطاب کیا جس نے ان سے ملاقات کی۔") == [
        ("040", "تاجروں کے وفد", "وزیر")]
    # a fronted object before the main subject is no part of it
    assert _events("ان خیالات کا اظہار وزیراعظم نے تاجروں کے وفد سے گفتگو کرتے ہوئے کیا جس نے ان سے ملاقات کی۔") == [
        ("040", "تاجروں کے وفد", "وزیراعظم")]


def test_a_demonstrative_subject_with_the_head_of_an_earlier_named_phrase_is_an_actor():
    # ``اس گروہ نے`` was dropped as pointing at nobody
    assert _events("پولیس نے بلیک ٹائیگرز گروہ کے ارکان کو گرفتار کیا، اس گروہ نے شہر میں کئی دکانوں پر حملہ کیا تھا۔") \
        == [("173", "پولیس", "بلیک ٹائیگرز گروہ کے ارکان"), ("190", "اس گروہ", "کئی دکانوں")]
    # an indefinite earlier phrase names nobody in particular
    assert _events("پولیس نے ایک گروہ کے ارکان کو گرفتار کیا، اس گروہ نے شہر میں کئی دکانوں پر حملہ کیا تھا۔") == [
        ("173", "پولیس", "ایک گروہ کے ارکان")]


def test_a_speaker_with_an_adverb_before_kehna_is_the_antecedent_of_the_reported_pronoun():
    # ``X کا مزید کہنا تھا کہ انہوں نے``: the speaker was not read across ``مزید``, so the request had no source
    assert _events("محکمہ صحت کے ترجمان کا مزید کہنا تھا کہ انہوں نے وزارت خزانہ سے درخواست کی ہے۔") == [
        ("020", "محکمہ صحت کے ترجمان", "وزارت خزانہ")]
