"""normalize(): folds, offset map, presentation forms, data integrity."""

import unicodedata

import pytest

from khabar.errors import InputError
from khabar.text.normalize import (
    PRESENTATION_RANGES,
    Normalized,
    _aspirates,
    _presentation_text,
    _read_folds,
    _read_ligatures,
    normalize,
    normalize_word,
)


def _is_presentation(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in PRESENTATION_RANGES)


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        # Arabic keyboard: ي ك ه typed for ی ک ہ
        ("پشاور ميں پوليو مہم كا آغاز", "پشاور میں پولیو مہم کا آغاز"),
        ("وزير صحت نے اپيل كی", "وزیر صحت نے اپیل کی"),
        ("ى", "ی"),
        # Arabic ه types both hehs: ھ comes back where Urdu writes it (from the Makhzan table)
        ("وه بهی كهيل رها تها", "وہ بھی کھیل رہا تھا"),
        ("اس نے كها كه ٹهيك ہے", "اس نے کہا کہ ٹھیک ہے"),
        ("انهوں نے بهت كچه", "انہوں نے بہت کچھ"),
        ("ﺗﻬﺎ", "تھا"),
        ("مدرسة", "مدرسۃ"),
        ("ٱلله", "اللہ"),
        # presentation forms, including initial/medial yeh (ی, never ے)
        ("ﮨﻮ گیا", "ہو گیا"),
        ("ﯾﮧ", "یہ"),
        ("ﺑﻴﺖ", "بیت"),
        ("ﯿ ﯾ ﻳ ﻴ", "ی ی ی ی"),
        ("ﮮ", "ے"),
        ("ﻻﮨﻮﺭ", "لاہور"),
        ("ﷲ", "اللہ"),
        ("محمد ﷺ", "محمد صلی اللہ علیہ وسلم"),
        ("﷽", "بسم اللہ الرحمن الرحیم"),
        ("﴾قرآن﴿", "(قرآن)"),
        # hamza and madda written as marks compose onto the letter
        ("محکمہ\u0654 صحت", "محکمۂ صحت"),
        ("آی\u0654ی", "آئی"),
        ("جاو\u0654", "جاؤ"),
        ("ا\u0653ج", "آج"),
        ("ۀ", "ۂ"),
        # tatweel gone, diacritics gone (shadda, sukun, tanween, superscript alef)
        ("حكـــام", "حکام"),
        ("مُحکمۂ", "محکمۂ"),
        ("شدّت", "شدت"),
        ("فکْر", "فکر"),
        ("تقریباً", "تقریبا"),
        ("اعلیٰ", "اعلی"),
        # digits and separators
        ("۲۰۱۳ء", "2013ء"),
        ("٢٠٢١", "2021"),
        ("۱۲٫۵ فیصد", "12.5 فیصد"),
        ("۱۲۔۵ فیصد۔", "12.5 فیصد۔"),
        ("سال ۲۰۲۱۔ ۲۰۲۲ میں", "سال 2021۔ 2022 میں"),
        ("۱٬۰۰۰", "1,000"),
        ("۵۰٪", "50%"),
        # quotes: every form is one "
        ("’’سرد جنگ‘‘", '"سرد جنگ"'),
        ("''ہاں''", '"ہاں"'),
        ("“ووٹ”", '"ووٹ"'),
        ("«نہیں»", '"نہیں"'),
        ("‘محدود’", '"محدود"'),
        ("Pakistan's team", "Pakistan's team"),
        ("Pakistan’s team", "Pakistan's team"),
        # spaces and invisible controls
        ("کا\u00a0آغاز", "کا آغاز"),
        ("کا\u2009آغاز\u202fہوا", "کا آغاز ہوا"),
        ("کلام\u200cپاک", "کلامپاک"),
        ("\ufeffخبر", "خبر"),
        ("\u200fخبر\u200e", "خبر"),
        ("پہلا\u2029دوسرا", "پہلا\nدوسرا"),
        # yeh barree inside a word is a medial yeh
        ("مےں اےک", "میں ایک"),
        ("ہونےوالی", "ہونیوالی"),
        ("آئے گے", "آئے گے"),
        # punctuation variants
        ("رکو…", "رکو..."),
        ("کیا⹁ کب", "کیا، کب"),
        ("کیوں﹖ ＷＨＯ ２０２１！", "کیوں? WHO 2021!"),
        ("خبر۔", "خبر۔"),
        ("café", "café"),
        ("cafe\u0301", "café"),
        # line breaks of word processors and old systems are line breaks; other C0 controls blanks
        ("اجلاس ختم\x0bفیصلہ ہوا\x0cخبر\x1cختم", "اجلاس ختم\nفیصلہ ہوا\nخبر\nختم"),
        ("دوسری خبر\x01آئی\x1b\x7f", "دوسری خبر آئی  "),
    ],
)
def test_normalize_folds(text, norm):
    n = normalize(text)
    assert n.text == text
    assert n.norm == norm
    assert normalize_word(text) == norm
    assert len(n.to_original) == len(n.norm) + 1
    assert n.to_original[-1] == len(text)


@pytest.mark.parametrize(
    ("text", "norm", "to_original"),
    [
        ("شدّت", "شدت", [0, 1, 3, 4]),
        ("ﻻ", "لا", [0, 0, 1]),
        ("''ہاں''", '"ہاں"', [0, 2, 3, 4, 5, 7]),
        ("\ufeffآ\u200cج", "آج", [1, 3, 4]),
        ("ی\u0654ہ", "ئہ", [0, 2, 3]),
        ("مےں", "میں", [0, 1, 2, 3]),
        ("حكـــام", "حکام", [0, 1, 5, 6, 7]),
    ],
)
def test_offset_map(text, norm, to_original):
    n = normalize(text)
    assert (n.norm, list(n.to_original)) == (norm, to_original)


@pytest.mark.parametrize(
    ("text", "norm_span", "original"),
    [
        # a word keeps the harakat that follow it
        ("مُحکمۂ صحت", (0, 5), "مُحکمۂ"),
        ("تقریباً دس", (0, 6), "تقریباً"),
        # but not an invisible control after it
        ("خبر\u200c نئی", (0, 3), "خبر"),
        # a span inside a ligature's expansion covers the whole ligature
        ("ﷺ", (0, 3), "ﷺ"),
        ("ﻻہور", (0, 1), "ﻻ"),
        ("''ہاں''", (0, 1), "''"),
        ("''ہاں''", (1, 4), "ہاں"),
    ],
)
def test_span_to_original(text, norm_span, original):
    n = normalize(text)
    s, e = n.span_to_original(*norm_span)
    assert text[s:e] == original


def test_empty_span_maps_to_a_point():
    n = normalize("شدّت ہے")
    assert n.span_to_original(3, 3) == (4, 4)


def test_every_presentation_form_is_folded_away():
    for lo, hi in PRESENTATION_RANGES:
        for cp in range(lo, hi + 1):
            n = normalize(chr(cp))
            assert not any(_is_presentation(c) for c in n.norm), f"U+{cp:04X} -> {n.norm!r}"
            assert all(o == 0 for o in n.to_original[:-1])


def test_forms_without_a_decomposition_expand_to_their_words():
    # The 22 forms Unicode gives no compatibility decomposition (ornate parentheses, honorifics).
    ligatures = _read_ligatures()
    assert len(ligatures) == 22
    for cp in ligatures:
        assert unicodedata.normalize("NFKC", chr(cp)) == chr(cp)
        assert normalize(chr(cp)).norm.strip()
    assert normalize("\ufd47").norm == "علیہ السلام"


@pytest.mark.parametrize("cp", [0xFEF3, 0xFEF4, 0xFBFE, 0xFBFF, 0xFBE8, 0xFBE9])
def test_initial_and_medial_yeh_is_never_barree(cp):
    assert normalize(chr(cp)).norm == "ی"


def test_presentation_text_drops_the_space_of_isolated_harakat():
    assert _presentation_text(0xFE7C, {}) == "\u0651"
    assert normalize("\ufe7c").norm == ""


@pytest.mark.parametrize(
    "text",
    [
        "پشاور ميں ﮨﻮ گیا ہے جس ميں ۵ سال سے كم عمر كے ۱۲ لاکھ بچوں كو قطرے پلائے جائيں گے۔",
        "امریکی صدر نے ’’سرد جنگ‘‘ کی ''ذہنیت'' پر بات کی ﷺ ﻻ شدّت۔",
        "مےں اےک\u200cبار\u00a0گیا 12.5 فیصد",
    ],
)
def test_normalize_is_idempotent(text):
    once = normalize(text).norm
    assert normalize(once).norm == once


def test_identity_text_maps_one_to_one():
    n = normalize("پاکستان اور چین")
    assert n.norm == n.text
    assert list(n.to_original) == list(range(len(n.text) + 1))


def test_normalized_span_round_trip_over_a_sentence():
    text = "مُحکمۂ صحت كے حكـــام نے ’’اپيل‘‘ کی۔"
    n = normalize(text)
    assert isinstance(n, Normalized)
    assert len(n) == len(n.norm)
    s, e = n.span_to_original(n.norm.index("حکام"), n.norm.index("حکام") + 4)
    assert text[s:e] == "حكـــام"


@pytest.mark.parametrize("bad", [b"\xd8\xae\xd8\xa8\xd8\xb1", None, 42])
def test_non_text_input_raises_input_error(bad):
    with pytest.raises(InputError, match="str"):
        normalize(bad)
    with pytest.raises(InputError):
        normalize_word(bad)


def test_fold_table_targets_are_already_normal():
    # Every fold lands on text the table leaves alone, so normalize is idempotent by construction.
    for cp, target in _read_folds().items():
        assert normalize_word(target) == target, f"U+{cp:04X} -> {target!r}"


def test_offset_map_invariants_on_mixed_random_input():
    # Letters, digits, punctuation, every fold source and some presentation forms, mixed at random:
    # the map stays monotone, complete and consistent with normalize_word.
    import random

    pool = (list("ابپتٹجچدڈرڑسشکگلمنوہھءیےۓئؤۂۃآ") + list(" \n.۔؟?!،,:-—()\"'’‘“”«»0123456789abcXYZ@#")
            + [chr(cp) for cp in _read_folds()] + [chr(cp) for cp in range(0xFB50, 0xFB70)]
            + [chr(cp) for cp in range(0xFE70, 0xFE90)] + ["\u0301", "ﷺ", "ﻻ"])
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        n = normalize(text)
        m = list(n.to_original)
        assert len(m) == len(n.norm) + 1 and m[-1] == len(text)
        assert all(a <= b for a, b in zip(m, m[1:], strict=False)), text
        assert all(m[i] < len(text) for i in range(len(n.norm)))
        assert normalize_word(text) == n.norm
        for a in range(len(n.norm)):
            s, e = n.span_to_original(a, a + 1)
            assert 0 <= s < e <= len(text)


def test_aspirates_table_is_consistent():
    table = _aspirates()
    assert len(table) > 1000
    for typed, word in table.items():
        assert "ھ" in word and word.replace("ھ", "ہ") == typed
        assert normalize_word(word) == word
    # words written with ہ in edited Urdu are never in it
    assert not {"کہا", "بہت", "وہ", "رہا", "انہوں", "ہم"} & table.keys()


def test_aspirates_builder_keeps_only_far_more_frequent_ھ_spellings():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_text_data.py"
    spec = importlib.util.spec_from_file_location("build_text_data", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    counts = [("تھا", 900), ("تہا", 2), ("کہا", 500), ("کھا", 40), ("انہوں", 300), ("انھوں", 400),
              ("بھی", 2), ("کچھ", 50)]
    assert mod.build_aspirates(counts) == {"تہا": "تھا", "کچہ": "کچھ"}


def test_normalized_views_are_hashable_and_compare_by_content():
    a, b = normalize("شدّت ہے"), normalize("شدّت" + " ہے")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1


@pytest.mark.parametrize(
    "text",
    ["مُحکمۂ صحت كے حكـــام نے ’’اپيل‘‘ کی ۔ﷺ برازیل ۲۰۱۳ء میں",
     "\u200fﻻ ﷲ اَللّٰہ\u200c پاک e\u0301 ’’سحر‘‘ —",
     "سادہ متن جس میں کچھ نہیں بدلتا"],
)
def test_many_spans_map_as_one_span_at_a_time(text):
    n = normalize(text)
    cuts = list(range(len(n.norm) + 1))
    starts, ends = cuts[:-1], cuts[1:]
    one_by_one = [n.span_to_original(a, b) for a, b in zip(starts, ends, strict=True)]
    assert list(zip(*n.spans_to_original(starts, ends), strict=True)) == one_by_one
    m = n.to_original
    assert [m[i] for i in range(len(m))] == list(m) == list(m[:])
    assert m[-1] == len(text)



@pytest.mark.parametrize(
    ("text", "norm"),
    [("don''t", "don't"), ("don’’t", "don't"), ('don"t', "don't"), ("''Hello'' کہا", '"Hello" کہا'),
     # an accented letter, composed or not, is a Latin letter too
     ("a''e\u0301t", "a'ét"), ("café’s", "café's")],
)
def test_quotes_between_latin_letters_fold_once(text, norm):
    assert normalize(text).norm == norm
    assert normalize(norm).norm == norm


# Regression, bug "decimal-fold-not-idempotent": ۔ between digits was folded before the invisible
# and dropped characters around it were gone, so 12<LRM>۔5 gave 12۔5, which folded again to 12.5.
@pytest.mark.parametrize(
    ("text", "norm", "to_original"),
    [
        ("شرح 12\u200e۔5 فیصد", "شرح 12.5 فیصد",
         [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14]),
        ("۱۲\u200c۔\u200d۵", "12.5", [0, 1, 3, 5, 6]),
        ("12\u200f۔\u200f5", "12.5", [0, 1, 3, 5, 6]),
        ("12\u0640۔\u06405 فیصد", "12.5 فیصد", [0, 1, 3, 5, 6, 7, 8, 9, 10, 11]),
        ("١٢\u064b\u200e۔\u064e٥", "12.5", [0, 1, 4, 6, 7]),
        ("نمبر 3\u200d۔\u200c4۔", "نمبر 3.4۔", [0, 1, 2, 3, 4, 5, 7, 9, 10, 11]),
    ],
)
def test_decimal_full_stop_is_seen_through_dropped_characters(text, norm, to_original):
    n = normalize(text)
    assert (n.norm, list(n.to_original)) == (norm, to_original)
    assert normalize(n.norm).norm == n.norm
    assert normalize_word(text) == norm


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        # a dropped character is no digit: the ۔ ends the sentence as before
        ("سال 2021\u200e۔ 2022", "سال 2021۔ 2022"),
        ("خبر\u200e۔5 افراد", "خبر۔5 افراد"),
        ("۵ \u200e۔۶", "5 ۔6"),
        ("ہوا\u0640۔", "ہوا۔"),
    ],
)
def test_full_stop_next_to_dropped_characters_stays_a_full_stop(text, norm):
    once = normalize(text).norm
    assert (once, normalize(once).norm) == (norm, norm)


@pytest.mark.parametrize("heh", ["\u0647", "\ufee9", "\ufeea", "\ufeeb", "\ufeec"])
def test_every_arabic_heh_form_is_found_by_the_quick_scan(heh):
    from khabar.text.normalize import _ARABIC_HEH, _has_arabic_heh

    for text in (heh, f"وہ ت{heh}ا", f"abc {heh}", "وہ تھا", "", "ہ ھ ۂ"):
        assert _has_arabic_heh(text) == bool(_ARABIC_HEH.search(text))
