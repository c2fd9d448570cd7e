"""Fifteenth pass: what a fresh blind set (``gold/events/dev24.tsv``) missed or misread on sports, showbiz
and business news; our own sentences."""

from tests.events.test_event_tenth_pass import _events


def test_a_manner_adverbial_may_stand_inside_the_predicate():
    # ``الزام عوامی طور پر لگایا``: "publicly" between the noun and its light verb
    assert _events("حکومت نے اپوزیشن پر دھاندلی کا الزام عوامی طور پر لگایا۔") == [("112", "حکومت", "اپوزیشن")]
    assert _events("وزیراعظم نے حملے کی مذمت سخت الفاظ میں کی۔") == [("111", "وزیراعظم", None)]
    # ``X کے طور پر`` (as X) is no manner adverb: the genitive says what the act counts as
    assert _events("پولیس نے اس بیان کو الزام کے طور پر پیش کیا۔") == []


def test_a_membership_cancelled_is_an_administrative_sanction():
    assert _events("فیفا نے پاکستان فٹ بال فیڈریشن کی رکنیت منسوخ کر دی۔") == [
        ("172", "فیفا", "پاکستان فٹ بال فیڈریشن")]
    assert _events("پارٹی نے رکن اسمبلی کی رکنیت ختم کر دی۔")[0][0] == "172"


def test_a_case_lodged_by_a_party_is_a_complaint():
    # the causative ``درج کرایا``: the complainant had the police register it (115); the police's own
    # ``مقدمہ درج کیا`` stays 173
    assert _events("اپوزیشن نے وزیر کے خلاف مقدمہ درج کرایا۔") == [("115", "اپوزیشن", "وزیر")]
    assert _events("اپوزیشن نے وزیر کے خلاف ایف آئی آر درج کرائی۔") == [("115", "اپوزیشن", "وزیر")]
    assert _events("پولیس نے ملزمان کے خلاف مقدمہ درج کیا۔")[0][0] == "173"


def test_a_call_from_an_agent_is_a_telephone_contact():
    # ``X کی جانب سے کال موصول ہوئی``: X called whoever received it
    assert _events("وزیراعظم کو ڈونلڈ ٹرمپ کی جانب سے کال موصول ہوئی۔") == [("041", "ڈونلڈ ٹرمپ", "وزیراعظم")]
    assert _events("صدر نے وزیراعظم کو کال کی۔") == [("041", "صدر", "وزیراعظم")]


def test_a_cricket_appeal_and_its_rejection_are_play():
    # an appeal for a catch or leg-before, and the umpire turning it down, are moves in the game
    assert _events("بولر کی جانب سے کیچ کی اپیل پر امپائر نے انگلی اٹھا دی۔") == []
    assert _events("باؤلر نے بلے باز کے خلاف ایل بی ڈبلیو کی زوردار اپیل کی جسے امپائر نے مسترد کر دیا۔") == []
    # an appeal to a government, or a board rejecting one, stay acts
    assert _events("حکومت کی جانب سے عوام سے امداد کی اپیل کی گئی۔")[0][:2] == ("020", "حکومت")
    assert _events("کرکٹ بورڈ نے کھلاڑی کی اپیل مسترد کر دی۔")[0][:2] == ("120", "کرکٹ بورڈ")


def test_an_assurance_named_with_its_agent_is_an_event():
    # ``X کی جانب سے ... کی یقین دہانی پر``: X's assurance, on which the main act was taken
    assert ("030", "پاکستان کرکٹ بورڈ", None) in _events(
        "پاکستان کرکٹ بورڈ کی جانب سے سکیورٹی کی یقین دہانی پر بنگلہ دیش نے ٹیم بھیج دی۔")
    # with a plain genitive it may be anyone's old promise: no event
    assert _events("حکومت کی یقین دہانی کے باوجود بجلی بحال نہ ہو سکی۔") == []




def test_a_reported_we_is_the_speaker_not_an_agent_inside_the_report():
    # ``X نے کہا کہ Y کی جانب سے ... پر ہم نے ...``: ``we`` is X speaking, not Y, the nearest named party
    assert ("030", "عمران خان", None) in _events(
        "عمران خان نے کہا کہ پاکستان کرکٹ بورڈ کی جانب سے یقین دہانی پر ہم نے رضامندی ظاہر کردی ہے۔")
    # with no speaker in the sentence ``we`` has no antecedent
    assert _events("ہم نے امریکہ کی شرائط مسترد کر دیں۔") == []


def test_a_contrast_after_a_negated_clause_keeps_its_subject():
    # ``X نے A تو نہیں کیا تاہم B کیا``: "X did not do A, but did B" — the same X
    assert _events("بورڈ نے نقصان کی تفصیلات تو نہیں بتائیں تاہم سری لنکا کا شکریہ ادا کیا۔") == [
        ("051", "بورڈ", "سری لنکا")]
    assert _events("حکومت نے مذاکرات کی تاریخ نہیں بتائی لیکن طالبان پر تنقید کی۔") == [("111", "حکومت", "طالبان")]
    # after a clause that was not negated a contrast may switch subjects: no guess
    assert _events("حکومت نے پیغام بھیجا لیکن طالبان پر تنقید کی۔") == []


def test_thanks_to_a_pronoun_go_to_the_acts_agent():
    # ``Y کی جانب سے ... قبول کرنے پر ان کا شکریہ ادا کیا``: ``ان`` is the one whose act is thanked for
    assert _events("بورڈ نے سری لنکن کرکٹ بورڈ کی جانب سے دورہ قبول کرنے پر ان کا شکریہ ادا کیا۔") == [
        ("051", "بورڈ", "سری لنکن کرکٹ بورڈ")]


def test_a_reported_us_is_the_speaker():
    # ``X نے کہا کہ Y کی جانب سے ہمیں کال موصول ہوئی``: ``us`` is the speaker, who received the call
    assert _events("عمران خان نے کہا کہ ڈونلڈ ٹرمپ کی جانب سے ہمیں کال موصول ہوئی تھی۔") == [
        ("041", "ڈونلڈ ٹرمپ", "عمران خان")]
    assert _events("عمران خان نے کہا کہ ڈونلڈ ٹرمپ نے مجھے فون کیا۔") == [("041", "ڈونلڈ ٹرمپ", "عمران خان")]


def test_the_accuser_of_rejected_charges_about_a_third_party_is_the_target():
    # ``X کے Y پر الزامات کو مسترد``: X's charges about Y; the one answered is X
    assert _events("پاکستان نے بھارت کے کشمیر پر الزامات کو مسترد کر دیا۔") == [("120", "پاکستان", "بھارت")]
    # with no genitive before the ``پر`` phrase nobody is answered
    assert _events("پاکستان نے کشمیر پر الزامات کو مسترد کر دیا۔") == [("120", "پاکستان", None)]


def test_an_agent_phrase_names_who_did_the_act_before_the_main_one():
    # ``X کی جانب سے ... کرانے کے بعد Y نے ...``: X lodged the case, Y arrested
    assert _events("اپوزیشن کی جانب سے مقدمہ درج کرانے کے بعد پولیس نے وزیر کو گرفتار کرلیا۔") == [
        ("115", "اپوزیشن", None), ("173", "پولیس", "وزیر")]
    # without an agent phrase the act before is the main subject's
    assert _events("وزیراعظم سے ملاقات کرنے کے بعد طالبان نے بیان جاری کیا۔")[0][:2] == ("040", "طالبان")


def test_a_named_persons_relative_is_a_private_person():
    # ``X کے بھائی نے``: the brother acts, not X; an unnamed relative is no party
    assert _events("عمران خان کے بھائی نے وزیر پر تنقید کی۔") == []
    assert _events("عمران خان نے وزیر پر تنقید کی۔") == [("111", "عمران خان", "وزیر")]


def test_an_innings_that_helped_the_team_is_play():
    # a player's runs "helped" the side to a total: a move in the game, no aid
    assert _events("کپتان نے 77 رنز کی اننگز کھیل کر اپنی ٹیم کو اچھے مجموعے تک پہنچنے میں مدد دی۔") == []
    assert _events("چین نے سیلاب زدگان کی مدد کی۔") == [("070", "چین", "سیلاب زدگان")]


def test_a_dated_dateline_is_no_subject():
    # ``لاہور 26 جون (ایجنسی)``: the place and date of the report, not who acts
    assert _events("لاہور 26 جون (ایجنسی) بزرگ ایک عرصے سے لیموں کے استعمال پر زور دیتے آئے ہیں۔") == []
    assert _events("لاہور 26 جون (ایجنسی) طلبہ نے حکومت کے خلاف احتجاج کیا۔") == [("141", "طلبہ", "حکومت")]
