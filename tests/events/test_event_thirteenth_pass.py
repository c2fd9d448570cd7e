"""Thirteenth pass: precision on unseen text (admissions, habitual presents, animals, surgery, events that
have not happened); our own sentences."""

from tests.events.test_event_tenth_pass import _events


def test_recognition_needs_a_party_as_its_object():
    # ``تسلیم کیا`` without a party recognises nobody: it admits a fact or accepts a thing
    assert _events("کمپنی نے تسلیم کیا کہ اس کے نظام میں خامی تھی۔") == []
    assert _events("کھلاڑی نے اپنی غلطی تسلیم کر لی۔") == []
    # with a party as its object it is recognition (054)
    assert _events("کئی ممالک نے نئی حکومت کو تسلیم کر لیا۔") == [("054", "کئی ممالک", "نئی حکومت")]


def test_a_habitual_present_says_what_is_usually_done():
    # a present imperfective in a ``جو`` relative clause describes someone, it reports no act
    assert _events("سلمان خان اچھے انسان ہیں جو ہر کسی کی مدد کرتے ہیں۔") == []
    # the present passive of the imperfective (``کیا جاتا ہے``) is what is usually done
    assert _events("صارفین کی جانب سے بہتر سروس کا مطالبہ کیا جاتا ہے۔") == []
    # a main clause's present states a position and stays an event
    assert _events("حکومت اس حملے کی مذمت کرتی ہے۔") == [("111", "حکومت", None)]
    # a progressive in such a clause is going on now
    assert _events("پولیس جو حملے کی تحقیقات کر رہی ہے، کل رپورٹ دے گی۔") == [("090", "پولیس", None)]


def test_an_animal_is_no_party():
    assert _events("جنگل میں ریچھ نے سیاحوں پر حملہ کر دیا۔") == []
    assert _events("گاؤں میں تیندوے نے ایک بچے کو مار ڈالا۔") == []
    assert _events("چڑیا گھر میں دو شیروں نے ملازم پر حملہ کر دیا۔") == []
    assert _events("ڈاکوؤں نے سیاحوں پر حملہ کر دیا۔") == [("190", "ڈاکوؤں", "سیاحوں")]


def test_surgery_is_no_operation_of_force():
    # ``آپریشن کیا`` in a clause about medicine is surgery
    assert _events("ڈاکٹروں کی ٹیم نے مریض کا کامیاب آپریشن کیا۔") == []
    assert _events("رینجرز نے شہر میں آپریشن کیا۔") == [("170", "رینجرز", None)]


def test_an_event_noun_that_has_not_happened():
    # an expected, cancelled or postponed meeting or talks is no event
    assert _events("پاکستان اور بھارت کے درمیان مذاکرات متوقع ہیں۔") == []
    assert _events("وزیراعظم کی گورنر سے ملاقات بھی منسوخ") == []
    assert _events("وزیراعظم کی گورنر سے ملاقات") == [("040", "وزیراعظم", "گورنر")]


def test_an_unnamed_private_person_is_no_party():
    # one person named only by sex, age or kin: private life, not an actor of the guideline
    assert _events("دلہن نے شادی سے انکار کر دیا۔") == []
    assert _events("بیوی نے عدالت میں طلاق کی درخواست دی۔") == []
    # a group of them, a name, or an institution still acts
    assert _events("خواتین نے مہنگائی کے خلاف احتجاج کیا۔") == [("141", "خواتین", None)]
    assert _events("عدالت نے اپیل سننے سے انکار کر دیا۔") == [("120", "عدالت", None)]


def test_an_offer_of_a_role_or_of_marriage_is_show_business():
    assert _events("ہدایت کار نے اداکارہ کو نئی فلم میں مرکزی کردار کی پیشکش کی۔") == []
    assert _events("کھلاڑی نے ساتھی کو شادی کی پیشکش کر دی۔") == []
    # and so is refusing one (a plain verb, ``ٹھکرانا``, by its infinitive)
    assert _events("اداکارہ نے نئی فلم میں کام کرنے سے انکار کر دیا۔") == []
    assert _events("اداکار نے ڈرامے کی پیشکش ٹھکرا دی۔") == []
    assert _events("پاکستان نے بھارت کی پیشکش ٹھکرا دی۔", tagged=True) == [("120", "پاکستان", "بھارت")]
    # an offer between parties stays an intent (030)
    assert _events("چین نے پاکستان کو تعاون کی پیشکش کی۔", tagged=True) == [("030", "چین", "پاکستان")]


def test_declining_to_act_is_a_refusal():
    # ``X آنے سے معذرت کر لی`` declines, as ``آنے سے انکار``; an apology to someone stays an apology (055)
    assert _events("غیر ملکی کمنٹیٹرز نے پاکستان آنے سے معذرت کر لی۔") == [("120", "غیر ملکی کمنٹیٹرز", None)]
    assert _events("وزیر نے قوم سے معذرت کر لی۔") == [("055", "وزیر", None)]


def test_a_warning_of_a_danger_or_by_experts_is_a_forecast():
    assert _events("ماہرین نے خبردار کیا ہے کہ فضائی آلودگی بڑھ رہی ہے۔") == []
    assert _events("کمپنی نے صارفین کو ہیکنگ کے خطرے سے خبردار کر دیا۔") == []
    # a warning to a party, or one that names consequences, stays a threat (130)
    assert _events("امریکہ نے ایران کو جنگ کے خطرے سے خبردار کیا۔", tagged=True) == [("130", "امریکہ", "ایران")]
    assert _events("اپوزیشن نے خبردار کیا کہ اگر مطالبات نہ مانے گئے تو احتجاج ہوگا۔") == [("130", "اپوزیشن", None)]


def test_a_headline_genitive_that_owns_the_charge_is_no_accuser():
    # ``X کی Z کا الزام``: X is Z's genitive (the one supported or spied on), not the one who accuses
    assert _events("طالبان کی حمایت کا الزام", tagged=True) == []
    assert _events("وزیراعظم پر صحافیوں کی جاسوسی کا الزام", tagged=True) == []
    # the genitive right before the accusation is its author
    assert _events("اپوزیشن کا وزیراعظم پر جاسوسی کا الزام", tagged=True) == [("112", "اپوزیشن", "وزیراعظم")]


def test_a_pair_before_a_later_event_noun_is_that_noun_s():
    # the pair ``X اور Y کے درمیان`` runs on past an earlier event noun: it is neither that noun's parties nor
    # does the earlier noun's modifier (``حکومت مخالف``) join it
    found = _events("شہر میں حکومت مخالف مظاہرے، پولیس اور مظاہرین کے درمیان جھڑپیں جاری")
    assert sorted(found) == [("190", "مظاہرین", "پولیس"), ("190", "پولیس", "مظاہرین")]


def test_a_feminine_genitive_before_a_place_owns_the_place_of_a_masculine_attack():
    # ``کی`` agrees with the feminine place (``مسجد``), not with ``حملے``: the country is where, no attacker
    assert _events("نائجیریا کی مسجد میں خودکش حملے میں 20 افراد ہلاک", tagged=True) == []
    # a feminine event noun agrees with the genitive: its agent (``اسرائیلی فوج کی غزہ میں بمباری``)
    assert _events("اسرائیلی فوج کی غزہ میں بمباری", tagged=True) == [("195", "اسرائیلی", None)]


def test_a_condition_without_agar_is_a_supposition():
    # ``X نے ... کیا تو`` with a future or possible consequent supposes the act; the consequent is no act either
    assert _events("بھارت نے سرحد پر حملہ کیا تو جنگ چھڑ سکتی ہے۔", tagged=True) == []
    assert _events("روس نے پابندیاں لگائیں تو امریکا روس کی مذمت کرے گا۔", tagged=True) == []
    # a past consequent tells what happened
    assert _events("پولیس نے مظاہرین کو گرفتار کیا تو شہر میں کشیدگی پھیل گئی۔") == [("173", "پولیس", "مظاہرین")]


def test_a_bare_subjunctive_is_a_wish_or_advice():
    # ``X ... نہ کریں``، ``X ... انکار کر دیں، Y``: what someone should do, not what was done
    assert _events("شہری سڑکوں پر جانور ذبح نہ کریں۔") == []
    assert _events("فوجی نہتے شہریوں پر گولی چلانے سے انکار کر دیں، انسانی حقوق تنظیم") == []
    # a future, or a perfective look-alike after ``نے``, stays an event
    assert _events("فوجی شہریوں پر گولی چلانے سے انکار کر دیں گے۔") == [("120", "فوجی", None)]
    assert _events("کمیٹی نے تحقیقات شروع کر دیں۔") == [("090", "کمیٹی", None)]
