"""Twelfth pass: news vocabulary by CAMEO root (inverted izafat, spelling variants, idioms), acts not done
(``کیے بغیر``) and sports idioms; our own sentences."""

from tests.events.test_event_tenth_pass import _events


def test_the_inverted_izafat_of_an_expression_predicate_is_the_same_act():
    # ``اظہار تشویش کیا`` beside ``تشویش کا اظہار کیا``; condolence, reservations, displeasure
    assert _events("وزیر خارجہ نے سرحدی خلاف ورزی پر اظہار تشویش کیا۔") == [("110", "وزیر خارجہ", None)]
    assert _events("گورنر نے حادثے پر اظہار افسوس کیا۔") == [("018", "گورنر", None)]
    assert _events("تاجروں نے نئے قانون پر تحفظات کا اظہار کیا۔") == [("110", "تاجروں", None)]
    assert _events("کمیٹی نے حکومت کی پالیسی پر ناپسندیدگی کا اظہار کیا۔") == [("110", "کمیٹی", "حکومت")]


def test_idioms_of_criticism_and_support():
    # ``ہدف تنقید بنایا``، ``X پر برس پڑے`` (lashed out at X: an unmarked subject, as ``پڑنا`` is intransitive)
    assert _events("حکومت نے اپوزیشن کو ہدف تنقید بنایا۔") == [("111", "حکومت", "اپوزیشن")]
    assert _events("ہلیری کلنٹن امریکی صدر پر برس پڑیں", tagged=True) == [("111", "ہلیری کلنٹن", "امریکی")]
    assert _events("سری دیوی ہدایت کار پر پھٹ پڑیں", tagged=True) == [("111", "سری دیوی", None)]
    # a year (``برس``) before another verb is no idiom
    assert _events("گزشتہ برس پڑنے والی بارش سے نقصان ہوا۔") == []
    # the genitive right before ``تائید`` is the one endorsed, as for thanks (``X کا شکریہ``)
    assert _events("کئی افراد نے اداکارہ کی تائید میں بیان دیا۔") == [("051", "کئی افراد", "اداکارہ")]


def test_protest_days_notes_and_slogans():
    assert _events("وکلا نے یوم سیاہ منایا۔") == [("141", "وکلا", None)]
    assert _events("مظاہرین نے نعرے بازی کی۔") == [("141", "مظاہرین", None)]
    assert _events("پاکستان نے بھارتی سفیر کو احتجاجی مراسلہ حوالے کیا۔", tagged=True) == [
        ("114", "پاکستان", "بھارتی")]


def test_violence_idioms_and_variants():
    # ``موت کے گھاٹ اتار دیا``، ``نذر آتش``، ``زدوکوب``، ``گولیاں / گولے / بم برسائے``
    assert _events("ڈاکوؤں نے دکاندار کو موت کے گھاٹ اتار دیا۔") == [("180", "ڈاکوؤں", "دکاندار")]
    assert _events("مشتعل ہجوم نے پولیس چوکی کو نذر آتش کر دیا۔") == [("180", "مشتعل ہجوم", "پولیس چوکی")]
    assert _events("پولیس نے صحافیوں کو زدوکوب کیا۔") == [("182", "پولیس", "صحافیوں")]
    assert _events("فوج نے دیہات پر گولے برسائے۔") == [("194", "فوج", "دیہات")]
    assert _events("ڈاکوؤں نے گاڑی پر گولیاں برسا دیں۔") == [("190", "ڈاکوؤں", "گاڑی")]


def test_investigation_expulsion_and_arrest_vocabulary():
    assert _events("کمیٹی نے معاملے کی چھان بین کی۔") == [("090", "کمیٹی", None)]
    assert _events("حکومت نے غیر قانونی تارکین وطن کو ڈی پورٹ کر دیا۔") == [("174", "حکومت", "غیر قانونی تارکین وطن")]
    assert _events("پولیس نے ملزمان کی گرفتاری عمل میں لائی۔") == [("173", "پولیس", "ملزمان")]


def test_an_act_followed_by_without_was_not_done():
    # ``کیے بغیر``: without investigating, without arresting
    assert _events("بورڈ نے مکمل چھان بین کیے بغیر کھلاڑی کو کلین چٹ دے دی۔") == []
    assert _events("پولیس نے ملزم کو گرفتار کیے بغیر چھوڑ دیا۔") == []
    assert _events("پولیس نے ملزم کو گرفتار کیا۔") == [("173", "پولیس", "ملزم")]


def test_two_tagged_names_side_by_side_are_the_subject_and_the_marked_object():
    # ``X Y پر برس پڑے``: an unmarked subject run on into a marked name was read as one marked phrase
    assert _events("شرجیل خان پی سی بی کے خلاف پھٹ پڑے", tagged=True) == [("111", "شرجیل خان", "پی سی بی")]
    assert _events("جاوید میانداد پی سی بی پر تنقید کرتے ہیں۔", tagged=True) == [
        ("111", "جاوید میانداد", "پی سی بی")]


def test_sports_idioms_in_a_clause_about_a_game_are_play():
    # gave up (``ہتھیار ڈال دیے``), won a trophy (``قبضہ``), a team camped (``ڈیرے ڈال لیے``)
    assert _events("قومی ٹیم نے دوسری اننگز میں 181 رنز پر ہتھیار ڈال دیے۔") == []
    assert _events("آسٹریلیا نے ٹرافی پر قبضہ کر لیا۔") == []
    assert _events("قومی ٹیم نے دوسرے ون ڈے کے لیے نیلسن میں ڈیرے ڈال لیے۔") == []
    # outside a game they are acts
    assert _events("درجنوں جنگجوؤں نے ہتھیار ڈال دیے۔") == [("087", "درجنوں جنگجوؤں", None)]
    assert _events("طالبان نے حریف گروپ کے علاقے پر قبضہ کر لیا۔") == [("192", "طالبان", "حریف گروپ")]
    assert _events("پولیس ٹیم نے اسلحہ قبضے میں لے لیا۔") == [("171", "پولیس ٹیم", "اسلحہ")]


def test_second_batch_of_vocabulary():
    # mockery, talks, arrests in the plural, a resolution of condemnation, an acid attack, a march, sit-ins
    assert _events("گلوکار نے اداکار پر طنز کیا۔") == [("111", "گلوکار", None)]
    assert _events("پولیس نے شہر میں کئی گرفتاریاں کیں۔") == [("173", "پولیس", None)]
    assert _events("اسمبلی نے مذمتی قرارداد منظور کی۔") == [("111", "اسمبلی", None)]
    assert _events("ملزمان نے طالبہ پر تیزاب پھینکا۔") == [("180", "ملزمان", "طالبہ")]
    assert _events("کسانوں نے اسلام آباد کی طرف لانگ مارچ کیا۔") == [("141", "کسانوں", None)]
    assert _events("مزدوروں نے کئی دن دھرنے دیے۔") == [("141", "مزدوروں", None)]


def test_burning_an_effigy_is_a_protest_not_a_killing():
    # ``X کا پتلا نذر آتش کیا``: read as ``نذر آتش`` (180) against X
    assert _events("مظاہرین نے وزیر اعظم کا پتلا نذر آتش کیا۔") == [("141", "مظاہرین", None)]
    assert _events("مشتعل ہجوم نے پولیس چوکی کو نذر آتش کر دیا۔") == [("180", "مشتعل ہجوم", "پولیس چوکی")]


def test_telephone_variants_and_their_headline_nominal():
    assert _events("وزیر اعظم نے ترک صدر سے ٹیلیفونک رابطہ کیا۔") == [("041", "وزیر اعظم", "ترک")]
    assert _events("وزیر اعظم نواز شریف کی ترک صدر طیب اردوان سے ٹیلیفونک گفتگو", tagged=True) == [
        ("041", "نواز شریف", "طیب اردوان")]
