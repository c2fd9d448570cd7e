"""Urdu number words, ordinals, dates (parse_date) and the tabular Hijri calendar."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from khabar.entities.dates import parse_date
from khabar.entities.numerals import find_numbers, ordinal_words, parse_number
from khabar.entities.value_calendar import (
    hijri_to_gregorian,
    hijri_to_ordinal,
    ordinal_to_hijri,
    weekday_date,
)
from khabar.entities.value_data import fold_entry, lookup_key, prepare, read_table

#: 1..99 in their common spelling, written out here independently of data/values/numbers.tsv
_TENS = (
    "ایک دو تین چار پانچ چھ سات آٹھ نو دس",
    "گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس",
    "اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس تیس",
    "اکتیس بتیس تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس چالیس",
    "اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس پچاس",
    "اکاون باون ترپن چون پچپن چھپن ستاون اٹھاون انسٹھ ساٹھ",
    "اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر ستر",
    "اکہتر بہتر تہتر چوہتر پچہتر چھہتر ستتر اٹھہتر اناسی اسی",
    "اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی نوے",
    "اکانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے",
)
ONE_TO_99 = [word for ten in _TENS for word in ten.split()]


def test_the_table_has_99_words():
    assert len(ONE_TO_99) == 99


@pytest.mark.parametrize(("number", "word"), list(enumerate(ONE_TO_99, start=1)))
def test_every_number_from_1_to_99_as_a_word(number, word):
    assert parse_number(word) == number


@pytest.mark.parametrize(("text", "value"), [
    ("سو", 100),
    ("ایک سو پچیس", 125),
    ("پانچ سو پچاس", 550),
    ("پندرہ سو", 1500),
    ("ایک ہزار پانچ سو", 1500),
    ("تین لاکھ پچاس ہزار", 350000),
    ("دو ارب تیس کروڑ", 2300000000),
    ("2 ارب 30 کروڑ", 2300000000),
    ("17.5 ارب", 17500000000),
    ("ڈیڑھ", 1.5),
    ("ڈیڑھ سو", 150),
    ("ڈیڑھ لاکھ", 150000),
    ("ڈھائی", 2.5),
    ("ڈھائی ہزار", 2500),
    ("اڑھائی ارب", 2500000000),
    ("سوا سو", 125),
    ("سوا ارب", 1250000000),
    ("سوا دو", 2.25),
    ("ساڑھے پانچ", 5.5),
    ("ساڑھے تین سو", 350),
    ("ساڑھے سات ہزار", 7500),
    ("پونے دو", 1.75),
    ("پونے تین سو", 275),
    ("ایک لاکھ کروڑ", 1000000000000),
    ("9 ہزار 500 ارب", 9500000000000),
    ("ایک لاکھ 20 ہزار کروڑ", 1200000000000),
    ("کھرب", 100000000000),
    ("5 ملین", 5000000),
    ("1.2 بلین", 1200000000),
    ("تین ٹریلین", 3000000000000),
    ("۲۵", 25),
    ("۱۸٫۵", 18.5),
    ("1,500", 1500),
    ("1,00,000", 100000),
    ("ڈیڈھ سو", 150),
])
def test_compounds_multipliers_and_digits(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "سوا", "دو تین", "5 ہزار 3 ہزار", "ہزاروں", "لاکھوں", "نہیں"])
def test_what_is_not_one_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "spans"), [
    ("دو تین دن", [(0, 2, 2), (3, 6, 3)]),
    ("5 ہزار 3 ہزار", [(0, 6, 5000), (7, 13, 3000)]),
    ("5 ہزار 3 لاکھ", [(0, 6, 5000), (7, 13, 300000)]),
    ("پانچ ساڑھے تین", [(0, 4, 5), (5, 14, 3.5)]),
])
def test_a_run_that_breaks_splits_into_numbers(text, spans):
    found = [(n.start, n.end, float(n.value)) for n in find_numbers(prepare(text))]
    assert found == [(s, e, float(v)) for s, e, v in spans]


@pytest.mark.parametrize(("word", "value"), [
    ("پہلا", 1), ("پہلی", 1), ("دوسرا", 2), ("تیسرا", 3), ("چوتھا", 4), ("پانچواں", 5),
    ("چھٹا", 6), ("ساتواں", 7), ("آٹھویں", 8), ("نواں", 9), ("دسویں", 10), ("گیارہویں", 11),
    ("گیارھواں", 11), ("اٹھارویں", 18), ("سترہویں", 17), ("سترویں", 70), ("بیسواں", 20),
    ("اکیسویں", 21), ("پچاسواں", 50), ("ننانوےواں", 99), ("سوواں", 100), ("ہزارواں", 1000),
])
def test_ordinal_words(word, value):
    assert ordinal_words()[lookup_key(fold_entry(word))][0] == value


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("15 دسمبر 2021ء", None, ("2021-12-15", "day")),
    ("۱۵ دسمبر ۲۰۲۱", None, ("2021-12-15", "day")),
    ("بدھ 15 دسمبر 2021ء", None, ("2021-12-15", "day")),
    ("بدھ، 15 دسمبر 2021 10:30", None, ("2021-12-15", "day")),
    ("15 دسمبر", "2021-12-20", ("2021-12-15", "day")),
    ("28 دسمبر", "2022-01-03", ("2021-12-28", "day")),
    ("15 دسمبر", None, ("XXXX-12-15", "day")),
    ("دسمبر 2021", None, ("2021-12", "month")),
    ("2013ء", None, ("2013", "year")),
    ("2019 ء", None, ("2019", "year")),
    ("2021-2025", None, ("2021/2025", "year")),
    ("15 سے 20 دسمبر 2021", None, ("2021-12-15/2021-12-20", "day")),
    ("10 محرم الحرام 1443ھ", None, ("2021-08-19", "day")),
    ("یکم شوال 1442 ہجری", None, ("2021-05-13", "day")),
    ("2021-12-15T10:30:00+05:00", None, ("2021-12-15", "day")),
    ("15/12/2021", None, ("2021-12-15", "day")),
    ("December 15, 2021", None, ("2021-12-15", "day")),
    ("15-Dec-2021", None, ("2021-12-15", "day")),
    ("Wed, 15 Dec 2021 10:00:00 +0500", None, ("2021-12-15", "day")),
    ("سنہ دوہزارچھ", None, ("2006", "year")),
    ("چار اپریل انیس سو اناسی", None, ("1979-04-04", "day")),
    ("گزشتہ روز", "2021-12-20", ("2021-12-19", "day")),
    ("1990 کی دہائی", None, ("199", "decade")),
    ("اکیسویں صدی", None, ("20", "century")),
])
def test_parse_date(text, published, expected):
    assert parse_date(text, published=published) == expected


def test_parse_date_names_its_parts():
    parsed = parse_date("۱۵ دسمبر ۲۰۲۱")
    assert (parsed.value, parsed.precision) == ("2021-12-15", "day")


@pytest.mark.parametrize("text", ["", "   ", "کوئی تاریخ نہیں", "گزشتہ روز", "ہزار", None, 42])
def test_parse_date_gives_none_when_there_is_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1443, 1, 10), dt.date(2021, 8, 19)),   # Ashura 1443
    ((1442, 10, 1), dt.date(2021, 5, 13)),   # Eid ul Fitr 1442
    ((1443, 3, 12), dt.date(2021, 10, 19)),  # 12 Rabi ul Awwal 1443
    ((1, 1, 1), dt.date(622, 7, 19)),        # the epoch (16 July 622 Julian)
])
def test_tabular_hijri_dates(hijri, gregorian):
    assert hijri_to_gregorian(*hijri) == gregorian
    assert ordinal_to_hijri(gregorian.toordinal()) == hijri


def test_hijri_conversion_round_trips():
    rng = random.Random(7)
    for _ in range(3000):
        ordinal = rng.randint(dt.date(1800, 1, 1).toordinal(), dt.date(2100, 1, 1).toordinal())
        year, month, day = ordinal_to_hijri(ordinal)
        assert 1 <= month <= 12 and 1 <= day <= 30
        assert hijri_to_ordinal(year, month, day) == ordinal


@pytest.mark.parametrize(("weekday", "direction", "expected"), [
    (1, -1, dt.date(2021, 12, 20)), (7, -1, dt.date(2021, 12, 19)), (5, -1, dt.date(2021, 12, 17)),
    (2, 1, dt.date(2021, 12, 21)), (6, 1, dt.date(2021, 12, 25)), (1, 1, dt.date(2021, 12, 20)),
])
def test_weekday_dates_around_a_monday(weekday, direction, expected):
    assert weekday_date(dt.date(2021, 12, 20), weekday, direction) == expected


@pytest.mark.parametrize("name", ["numbers.tsv", "ordinals.tsv", "months.tsv", "weekdays.tsv",
                                  "relative.tsv", "currencies.tsv", "currency_symbols.tsv",
                                  "units.tsv", "periods.tsv"])
def test_every_lexicon_entry_survives_normalization(name):
    rows = read_table(name)
    assert rows
    first = next(iter(rows[0]))
    for row in rows:
        entry = row[first]
        folded = fold_entry(entry)
        assert folded, entry
        # the entry, folded as the text it meets is folded, is found again in that text
        assert fold_entry(folded) == folded
        assert lookup_key(folded) == lookup_key(prepare(folded))
