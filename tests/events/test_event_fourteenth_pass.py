"""Fourteenth pass: sources and targets on unseen text (run-on words, participles, agents of infinitives,
praised qualities, comma lists, adjectives); our own sentences."""

from tests.events.test_event_tenth_pass import _events


def test_a_verb_run_on_to_the_coordinator_ends_its_clause():
    # ``گئیاور``: the finite verb and ``اور`` are two words, so the next clause's subject starts clean
    assert _events("شہر میں ہڑتال ہو گئیاور تاجروں نے حکومت پر تنقید کی۔") == [("111", "تاجروں", "حکومت")]
    assert _events("کمیٹی نے رپورٹ پیش کیااور اپوزیشن نے اسے مسترد کر دیا۔")[-1][1] == "اپوزیشن"


def test_a_rider_participle_has_its_own_pe_phrase():
    # ``موٹرسائیکل پر سوار``: the vehicle is where the riders sit, not whom they fired at
    assert _events("موٹرسائیکل پر سوار مسلح افراد نے فائرنگ کردی۔") == [("190", "مسلح افراد", None)]
    assert _events("ڈیوٹی پر مامور اہلکاروں نے ملزم کو گرفتار کر لیا۔") == [("173", "اہلکاروں", "ملزم")]
    # a plain ``پر`` target stays
    assert _events("مسلح افراد نے پولیس اہلکاروں پر فائرنگ کردی۔") == [("190", "مسلح افراد", "پولیس اہلکاروں")]


def test_an_agent_before_a_passive_infinitive_is_the_infinitives():
    # the protests answer what the agent did; the agent is not the protesters
    assert not any(e[1] == "امریکا" for e in _events(
        "امریکا کی جانب سے سفارت خانہ منتقل کیے جانے کے خلاف ملک بھر میں مظاہرے کیے جارہے ہیں۔"))
    # an agent right before a participle's infinitive (``کی جانے والی``) still acts
    assert _events("اسرائیل کی جانب سے کی جانے والی بمباری میں دس افراد ہلاک ہوگئے۔") == [("195", "اسرائیل", None)]


def test_a_praised_quality_is_no_target():
    # the courage or performance praised is its owner's; with no owner named there is no target
    assert _events("وزیراعلیٰ نے سیلاب کے دوران بے مثال ہمت کو سراہا۔") == [("051", "وزیراعلیٰ", None)]
    assert _events("کوچ نے میچ میں عمدہ پرفارمنس کو سراہا۔") == [("051", "کوچ", None)]
    assert _events("وزیر اعلیٰ نے ریسکیو اہلکاروں کی بہادری کو سراہا۔") == [("051", "وزیر اعلیٰ", "ریسکیو اہلکاروں")]


def test_pilgrims_are_a_party():
    assert _events("گورنر نے سکھ یاتریوں کا استقبال کیا۔") == [("043", "گورنر", "سکھ یاتریوں")]


def test_a_conjunct_naming_its_owners_thing_is_no_party():
    # a headline's comma joins a topic (``پاکستان کی دسویں پوزیشن``) and the next clause's subject
    assert [e[1] for e in _events(
        "عالمی درجہ بندی میں پاکستان کی دسویں پوزیشن، فیفا نے پاکستان کی رکنیت معطل کر دی۔")] == ["فیفا"]
    # a genitive shared by the list, and a list of owned things, keep every owner
    assert [e[1] for e in _events("بھارت، چین اور روس کے وزرائے خارجہ نے امریکہ پر تنقید کی۔")] \
        == ["بھارت", "چین", "روس"]


def test_pak_is_an_adjective():
    # ``پاک فوج``: Pakistan's army, one phrase; ``پاک`` is no subject split off before it
    assert not any(e[1] == "پاک" for e in _events("امن کے قیام میں پاک فوج کے کردار کو سراہتے ہیں۔"))
    assert _events("پاک فوج نے دہشت گردوں کے ٹھکانوں پر حملہ کیا۔") == [("190", "پاک فوج", "دہشت گردوں")]


def test_the_grounds_of_an_act_are_no_target():
    # ``X کی درخواست پر``: the one who asked for the act, not the one it is aimed at
    assert _events("لاہور کی رہائشی خاتون کی درخواست پر پولیس نے کارروائی شروع کردی۔") == [("170", "پولیس", None)]
    assert _events("پولیس نے ملزمان پر کارروائی شروع کردی۔") == [("170", "پولیس", "ملزمان")]


def test_a_matter_is_no_party():
    # ``اس بات کو تسلیم کیا``: admitting a matter recognises nobody
    assert _events("وزیر نے خود اس بات کو تسلیم کیا کہ معیشت کمزور ہے۔") == []
    assert _events("کئی ممالک نے نئی حکومت کو تسلیم کر لیا۔") == [("054", "کئی ممالک", "نئی حکومت")]
    # the owner of the matter pointed at is still the target of a rejection
    assert _events("وزیر نے امریکہ کی اس بات کو رد کیا ہے کہ معیشت کمزور ہے۔") == [("120", "وزیر", "امریکہ")]
