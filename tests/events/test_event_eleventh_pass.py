"""Eleventh pass: object pronouns of a later clause, forces in named places, degree words, plural light-verb nouns; our own sentences."""

from tests.events.test_event_tenth_pass import _events


def test_a_singular_object_pronoun_of_a_later_clause_is_the_earlier_clauses_subject():
    # ``اس کے خلاف`` / ``اسے`` in a clause with a source of its own had no target
    assert _events("بی سی سی آئی نے پاکستان کے ساتھ سیریز کھیلنے سے انکار کر دیا جس پر پی سی بی نے اس کے خلاف "
                   "مقدمہ دائر کیا۔", tagged=True) == [("120", "بی سی سی آئی", None),
                                                     ("115", "پی سی بی", "بی سی سی آئی")]
    assert _events("فوج نے دیہاتیوں کو زخمی کیا جب پولیس نے اسے روکا اور اسے گرفتار کر لیا۔") == [
        ("180", "فوج", "دیہاتیوں"), ("173", "پولیس", "فوج")]


def test_an_object_pronoun_in_a_reported_clause_or_after_an_attribution_is_left_alone():
    # a ``کہ`` frame between: the pronoun is someone the speaker reports about
    assert _events("وزیر اعظم نے کہا کہ پولیس نے اسے گرفتار کر لیا۔") == [("173", "پولیس", None)]
    # the same clause's only phrase is no earlier clause's subject
    assert _events("پولیس نے اسے گرفتار کر لیا۔") == [("173", "پولیس", None)]


def test_a_headlines_force_acting_in_a_named_place_is_the_source():
    # ``X کے Y میں حملے``: the oblique ``کے`` was always read as owning the place after it
    assert _events("طالبان کے کابل میں حملے جاری", tagged=True) == [("190", "طالبان", None)]
    # a state or a town before a place in it owns the place
    assert _events("امریکہ کے شہر نیویارک میں حملے", tagged=True) == []


def test_a_degree_word_between_the_object_and_praise_keeps_the_object_as_the_target():
    # ``بے حد``، ``بہت``، ``خوب`` between the ``کو`` phrase and the verb hid the one praised
    assert _events("شائقین نے فلم کے ٹریلر کو بے حد سراہا۔") == [("051", "شائقین", "فلم کے ٹریلر")]
    assert _events("ناقدین نے ڈرامے کو خوب سراہا۔") == [("051", "ناقدین", "ڈرامے")]
    assert _events("صدر نے کھلاڑیوں کو بہت سراہا۔") == [("051", "صدر", "کھلاڑیوں")]


def test_the_plural_of_a_light_verb_noun_takes_the_same_verb():
    # ``دورے کر رہے ہیں``، ``مطالبے کیے``: only the singular in -ہ was a predicate with its light verb
    assert _events("وزیر اعلیٰ شہباز شریف بھی مسلسل متاثرہ علاقوں کے دورے کر رہے ہیں۔", tagged=True) == [
        ("042", "شہباز شریف", None)]
    assert _events("مظاہرین نے حکومت سے کئی مطالبے کیے۔") == [("100", "مظاہرین", "حکومت")]


def test_the_names_of_a_coordinated_clause_are_no_missed_party_of_the_other_clause():
    # ``X ... کرتا ہے اور ...``: the second clause's names lowered the first clause's event below the threshold
    assert _events("ایران پابندیوں کی مذمت کرتا ہے اور امریکہ سے مذاکرات کا مطالبہ کرتا ہے۔", tagged=True) == [
        ("111", "ایران", None), ("100", "ایران", "امریکہ")]
    # and the first clause's names the second's, whose subject is dropped
    assert _events("جاپان چین کی قربانیوں کی قدر کرتا ہے اور حالیہ آپریشن کی حمایت کرتا ہے۔", tagged=True) == [
        ("051", "جاپان", "چین"), ("051", "جاپان", None)]


def test_a_long_list_of_parties_is_read_whole():
    # the ten-word limit of a phrase cut a list after its first conjuncts (``مورانی برادرز، ...``)
    assert _events("گنگسٹر نے مورانی برادرز، فلم پروڈیوسر کریم علی اور اداکار شاہ رخ خان کو دھمکیاں دیں۔",
                   tagged=True) == [("130", "گنگسٹر", "مورانی برادرز"), ("130", "گنگسٹر", "کریم علی"),
                                    ("130", "گنگسٹر", "شاہ رخ خان")]


def test_a_teasers_credited_speaker_is_the_source_of_a_subjectless_past_act_and_of_a_states_organ():
    # ``... کی حمایت کی، X``: only a present or future predicate took the credited speaker
    assert _events("کسی ملک کے خلاف نہیں، ہمیشہ امن کی حمایت کی، ترجمان چینی وزارت خارجہ", tagged=True) == [
        ("051", "چینی وزارت خارجہ", None)]
    assert _events("ہم امن کی حمایت کرتے ہیں، ترجمان چینی وزارت خارجہ", tagged=True) == [
        ("051", "چینی وزارت خارجہ", None)]
    # a subjunctive look-alike asks for the act: the speaker does not do it
    assert _events("وزیر فوری طور پر معافی مانگیں، لیبر رہنما جان میکڈونل", tagged=True) == []


def test_thanks_for_an_act_go_to_its_agent():
    # ``X نے Y کی طرف سے ... امداد پر شکریہ ادا کیا``: the one thanked was not found behind the act
    assert ("051", "وزیر", "چین") in _events("وزیر نے چین کی جانب سے سیلاب زدگان کے لیے امداد پر شکریہ ادا کیا۔",
                                           tagged=True)
    # a plain reason leaves no target
    assert _events("وزیر نے امداد پر شکریہ ادا کیا۔") == [("051", "وزیر", None)]


def test_aid_named_with_its_agent_is_an_act():
    assert ("070", "جاپان", None) in _events("جاپان کی جانب سے مالی معاونت سے سکول تعمیر ہوا۔", tagged=True)
    # without an agent it is none
    assert _events("مالی معاونت سے سکول تعمیر ہوا۔") == []


def test_defending_a_title_and_a_toss_are_play_not_events():
    assert _events("قومی ٹیم ٹورنامنٹ میں اپنے ٹائٹل کا دفاع کرے گی۔") == []
    assert _events("کپتان نے ٹاس جیت کر مہمان ٹیم کو بیٹنگ کی دعوت دی۔") == []
    # an invitation to a visit and a defence of a party stay events
    assert _events("وزیر اعظم نے صدر کو دورے کی دعوت دی۔") == [("036", "وزیر اعظم", "صدر")]


def test_a_coordination_inside_the_genitive_of_an_office_names_one_person():
    # ``X کی وزارت توانائی اور معدنی وسائل کے وزیر Y``: the ministry was taken as a second source
    assert _events("سعودی عرب کی وزارت توانائی اور معدنی وسائل کے وزیر خالد الفالح نے مذاکرات پر زور دیا۔",
                   tagged=True) == [("020", "خالد الفالح", None)]
    # an office beside the person still acts too
    assert [a for _, a, _ in _events("فوج کے سربراہ اور قومی سلامتی کے مشیر ناصر جنجوعہ نے امریکی وفد سے ملاقات کی۔",
                                     tagged=True)] == ["فوج کے سربراہ", "ناصر جنجوعہ"]
