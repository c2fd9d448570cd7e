"""Who owns what gets attacked, visits that did not happen, credit lines, messages (our own sentences)."""

from khabar.events.extract import extract_events
from khabar.pipeline import analyze


def _events(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, published="2024-03-05")
    return [(e.code, e.actor1.text, e.actor2 and e.actor2.text) for e in extract_events(doc)]


def test_the_person_whose_convoy_is_attacked_is_no_attacker():
    # headline: the oblique کے owns the common noun before پر
    assert _events("وزیر داخلہ ندیم بخاری کے قافلے پر حملہ") == []
    assert not any(a == "ندیم بخاری" for _, a, _ in _events("ندیم بخاری کے قافلے پر خودکش حملے کی کوشش ناکام"))


def test_a_force_owns_the_vehicle_or_post_fired_upon():
    assert _events("پولیس کی ایک بس پر فائرنگ سے تین اہلکار زخمی ہو گئے۔") == []
    assert _events("سکیورٹی فورسز کی ایک گاڑی پر حملہ") == []


def test_an_attacker_before_a_named_target_stays_the_source():
    assert _events("امریکہ کے شام پر فضائی حملے") == [("195", "امریکہ", "شام")]
    assert [e[:2] for e in _events("طالبان کی پولیس چوکی پر فائرنگ")] == [("190", "طالبان")]


def test_a_visit_cut_short_or_called_off_is_no_visit():
    events = _events("کھلاڑیوں نے تنازع کی وجہ سے دورہ بھارت ادھورا چھوڑ کر سیریز کھیلنے سے انکار کر دیا۔")
    assert not any(code == "042" for code, _, _ in events)
    assert ("042", "وزیراعظم", "چین") in _events("وزیراعظم نے دورہ چین کے دوران معاہدوں پر دستخط کیے۔")


def test_a_photo_credit_run_into_a_caption_is_nobody():
    # (campaigners, not experts: an experts' warning is a finding since the thirteenth pass)
    text = "تصویر کے کاپی رائٹ Getty Images Image caption کارکنوں نے خودکار ہتھیاروں کے خطرات سے اقوام متحدہ کو خبردار کیا ہے۔"
    assert [(code, source) for code, source, _ in _events(text)] == [("130", "کارکنوں")]


def test_messages_of_congratulation_and_condolence():
    assert _events("وزیراعظم نے ترک صدر رجب طیب اردوان کو مبارک باد کا پیغام دیا۔")[0][0] == "051"
    assert _events("صدر آصف علی زرداری نے ایرانی صدر کو تعزیتی پیغام بھیجا۔")[0][:2] == ("018", "آصف علی زرداری")


def test_a_feminine_genitive_owns_the_post_of_a_masculine_attack():
    # کی cannot agree with حملہ: the post is Hezbollah's, the attacker unnamed
    assert _events("لبنان: حزب اللہ کی چوکی پر خودکش حملہ، تین افراد ہلاک") == []
    assert _events("شدت پسندوں کا ایک چوکی پر خودکش حملہ")[0][:2] == ("183", "شدت پسندوں")


def test_places_that_own_the_areas_visited_are_no_visitors():
    assert _events("ملتان اور مظفر گڑھ کے سیلاب زدہ علاقوں کے دورہ پر متاثرین سے خطاب") == []
    assert ("042", "شہباز شریف", "ملتان") in _events("شہباز شریف نے ملتان کے سیلاب زدہ علاقوں کا دورہ کیا۔")


def test_a_homograph_in_its_ordinary_sense_is_no_actor():
    # مالی مشکلات: financial trouble, not Mali
    events = _events("مالی مشکلات اور دیگر مسائل کے باعث ویت نام نے میزبانی سے انکار کر دیا۔")
    assert [(code, source) for code, source, _ in events] == [("120", "ویت نام")]


def test_a_fine_showing_is_no_demonstration():
    assert _events("کروشیا نے لاجواب مظاہرہ کرتے ہوئے دوسرے ہاف میں دو گول کیے۔") == []
    assert _events("طلبہ نے حکومت کے خلاف پرامن مظاہرہ کیا۔")[0][:2] == ("141", "طلبہ")


def test_a_modal_verb_ends_a_clause_before_the_next_subject():
    text = "وفد نے پاکستان کا دورہ کیا تاکہ سرمایہ کاری پر بات ہو سکے اور اس وفد نے گوادر کا دورہ بھی کیا۔"
    assert ("042", "اس وفد", "گوادر") in _events(text)
