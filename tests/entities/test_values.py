"""Value extraction: every row of value_suite.tsv, plus whole-document structure and edge cases."""

from __future__ import annotations

import datetime as dt
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from khabar.document import Document, Meta, Sentence
from khabar.entities.numerals import as_number
from khabar.entities.value_calendar import hijri_to_gregorian, weekday_date
from khabar.entities.value_data import read_table
from khabar.entities.values import extract_values
from khabar.eval.values import canonical_value, evaluate_values, read_suite
from khabar.pipeline import analyze

SUITE = Path(__file__).with_name("value_suite.tsv")
ROWS = read_suite(SUITE)


def _values(text: str, published: str | None = None) -> list:
    doc = analyze(text, published=published, stages=("normalize", "sentences", "tokens"))
    return extract_values(doc)


def _described(e) -> tuple:
    extra = e.unit if e.type in ("MONEY", "QUANTITY") else e.precision if e.type == "DATE" else None
    return e.type, e.text, canonical_value(e.value), extra or ""


def test_the_suite_has_at_least_300_expressions():
    assert len(ROWS) >= 300
    assert {r.type for r in ROWS} >= {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL",
                                     "CARDINAL", "NONE"}


@pytest.mark.parametrize("row", ROWS, ids=[f"line{r.line}-{r.type}" for r in ROWS])
def test_suite_row(row):
    found = _values(row.sentence, row.published)
    for e in found:
        assert row.sentence[e.start:e.end] == e.text
    if row.type == "NONE":
        m = re.search(r"(?<!\w)" + re.escape(row.text) + r"(?!\w)", row.sentence)
        assert m is not None
        assert [_described(e) for e in found if e.start < m.end() and m.start() < e.end] == []
        return
    same_text = [_described(e) for e in found if e.text == row.text]
    assert same_text == [(row.type, row.text, row.value, row.unit_precision)]


def test_evaluate_values_meets_the_98_percent_target():
    table = evaluate_values([str(SUITE)])
    assert table["overall"]["n"] == len(ROWS)
    assert table["overall"]["accuracy"] >= 0.98


ARTICLE = (
    "اسلام آباد: وفاقی کابینہ نے 15 دسمبر 2021ء کو 2 ارب 30 کروڑ روپے کے پیکج کی منظوری دی۔\n"
    "وزیر خزانہ کے مطابق مہنگائی ۲۵ فیصد کم ہو گی اور کل صبح 10 بجے پریس کانفرنس ہو گی۔\n"
    "سیلاب سے 112.5 ملی میٹر بارش ہوئی اور ایک اہم پل پہلی بار بند ہوا جبکہ تین لاکھ افراد متاثر ہوئے۔"
)


def test_a_whole_article_with_offsets_sentences_and_values():
    doc = analyze(ARTICLE, published="2021-12-20", stages=("normalize", "sentences", "tokens"))
    got = [e.to_dict() for e in extract_values(doc)]
    def at(s: str) -> tuple[int, int]:
        i = ARTICLE.index(s)
        return i, i + len(s)
    expected = [
        ("15 دسمبر 2021ء", "DATE", 0, "2021-12-15", None, "day"),
        ("2 ارب 30 کروڑ روپے", "MONEY", 0, 2300000000, "PKR", None),
        ("۲۵ فیصد", "PERCENT", 1, 25, None, None),
        ("کل", "DATE", 1, "2021-12-21", None, "day"),
        ("صبح 10 بجے", "TIME", 1, "T10:00", None, None),
        ("112.5 ملی میٹر", "QUANTITY", 2, 112.5, "mm", None),
        ("پہلی", "ORDINAL", 2, 1, None, None),
        ("تین لاکھ", "CARDINAL", 2, 300000, None, None),
    ]
    want = []
    for text, type_, sent, value, unit, precision in expected:
        start, end = at(text)
        d = {"start": start, "end": end, "text": text, "type": type_, "sentence": sent, "value": value}
        if unit:
            d["unit"] = unit
        if precision:
            d["precision"] = precision
        want.append(d)
    assert got == want


@pytest.mark.parametrize(("text", "value_text", "type_", "value"), [
    # diacritics, tatweel and Arabic-keyboard letters before the value shift the normalized view,
    # not the offsets into the original
    ("مُحکمۂ صحـــت كے مطابق ۱۲ لاکھ بچوں كو قطرے پلائے گئے۔", "۱۲ لاکھ", "CARDINAL", 1200000),
    ("حكومت نے ٹيكس ميں ۱۰ فيصد اضافہ كيا۔", "۱۰ فيصد", "PERCENT", 10),
    ("زرِ مبادلہ کے ذخائر ۱۷٫۵ ارب ڈالر ہیں۔", "۱۷٫۵ ارب ڈالر", "MONEY", 17500000000),
    ("اجلاس ٢٠١٩ء میں ہوا۔", "٢٠١٩ء", "DATE", "2019"),
])
def test_offsets_point_into_the_original_text(text, value_text, type_, value):
    found = _values(text, "2021-12-20")
    start = text.index(value_text)
    assert [(e.start, e.end, e.text, e.type, e.value) for e in found] == [
        (start, start + len(value_text), value_text, type_, value)]


def test_works_on_a_bare_document_without_norm_or_sentences():
    doc = Document(text="مہم ۲۰ نومبر تک جاری رہے گی اور 5 لاکھ بچوں کو قطرے پلائے جائیں گے۔")
    got = [(e.text, e.type, e.value, e.sentence) for e in extract_values(doc)]
    assert got == [("۲۰ نومبر", "DATE", "XXXX-11-20", 0), ("5 لاکھ", "CARDINAL", 500000, 0)]


@pytest.mark.parametrize("published", ["2021-12-20", "2021-12-20T08:30:00+05:00", dt.date(2021, 12, 20),
                                       dt.datetime(2021, 12, 20, 8, 30)])
def test_the_publication_date_may_be_a_string_or_a_date(published):
    doc = Document(text="گزشتہ روز اجلاس ہوا۔", meta=Meta(published=published))
    assert [(e.text, e.value) for e in extract_values(doc)] == [("گزشتہ روز", "2021-12-19")]


@pytest.mark.parametrize("published", [None, "", "not a date", "2021-13-45"])
def test_relative_dates_without_a_usable_publication_date_have_no_value(published):
    doc = Document(text="گزشتہ روز اجلاس ہوا۔", meta=Meta(published=published),
                   sentences=[Sentence(0, 20)])
    assert [(e.text, e.type, e.value, e.precision) for e in extract_values(doc)] == [
        ("گزشتہ روز", "DATE", None, "day")]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "۔۔۔", "abc", "0", "ـــ", "دوسو" + "اسی" * 3000,
                                  "سوا" * 2000 + "ڑ", "ساڑھے " * 2000, "۱۲۳،" * 3000, "9" * 10000])
def test_odd_input_gives_a_list(text):
    # a hang guard, not a speed goal (speed is benchmarks/bench_ner.py's): CPU time of this process,
    # so a loaded machine does not fail it
    start = time.process_time()
    assert isinstance(_values(text), list)
    assert time.process_time() - start < 5


def test_value_entities_serialize_with_their_values():
    (money,) = _values("قرض 17.5 ارب ڈالر ہے۔")
    assert money.to_dict() == {"start": 4, "end": 17, "text": "17.5 ارب ڈالر", "type": "MONEY",
                               "sentence": 0, "value": 17500000000, "unit": "USD"}


# Every lexicon entry must work end to end: written in a sentence, run through normalize and the
# finders, it comes out with the code, unit or number its row gives.
def _rows(name: str) -> list[dict[str, str]]:
    return read_table(name)


@pytest.mark.parametrize("row", _rows("currencies.tsv"), ids=lambda r: r["name"])
def test_every_currency_name_reads_as_money(row):
    found = [(e.type, e.value, e.unit) for e in _values(f"قرض 25 {row['name']} ہے۔")]
    assert found == [("MONEY", 25, row["code"])]


@pytest.mark.parametrize("row", _rows("currency_symbols.tsv"), ids=lambda r: r["symbol"])
def test_every_currency_sign_reads_as_money(row):
    found = [(e.type, e.value, e.unit) for e in _values(f"قرض {row['symbol']} 25 ہے۔")]
    assert found == [("MONEY", 25, row["code"])]


@pytest.mark.parametrize("row", _rows("subunits.tsv"), ids=lambda r: r["name"])
def test_every_subunit_alone_is_a_hundredth(row):
    found = [(e.type, e.value, e.unit) for e in _values(f"قیمت 25 {row['name']} بڑھ گئی۔")]
    assert found == [("MONEY", 0.25, row["code"])]


def test_a_subunit_joins_only_an_amount_of_its_own_currency():
    assert [(e.value, e.unit) for e in _values("سودا 13 ڈالر 16 سینٹ پر ہوا۔")] == [(13.16, "USD")]
    assert [(e.value, e.unit) for e in _values("نرخ 5 روپے 50 پیسے بڑھ گئے۔")] == [(5.5, "PKR")]
    # paisa after dollars is no dollar amount: two amounts
    assert [(e.value, e.unit) for e in _values("سودا 13 ڈالر 16 پیسے پر ہوا۔")] == [(13, "USD"), (0.16, "PKR")]


@pytest.mark.parametrize("sign", ["$", "€", "£"])
def test_a_currency_sign_after_the_amount(sign):
    assert [(e.type, e.value) for e in _values(f"ایک ٹوکن کی قیمت 0.5{sign} رہ گئی۔")] == [("MONEY", 0.5)]


def test_a_currency_run_on_to_its_neighbour_is_read_at_the_repair_seam():
    doc = analyze("کمپنی نے 20 کروڑڈالر لگائے اور مہنگائی میں 12 فیصداضافہ ہوا۔")
    found = [(e.text, e.type, e.value, e.unit) for e in doc.entities if e.is_value]
    assert found == [("20 کروڑڈالر", "MONEY", 200000000, "USD"), ("12 فیصد", "PERCENT", 12, None)]


@pytest.mark.parametrize("row", _rows("units.tsv"), ids=lambda r: r["name"])
def test_every_unit_reads_as_quantity(row):
    found = [(e.type, e.value, e.unit) for e in _values(f"مقدار 25 {row['name']} ہے۔")]
    assert found == [("QUANTITY", 25, row["unit"])]


@pytest.mark.parametrize("row", [r for r in _rows("months.tsv") if r["calendar"] == "gregorian"],
                         ids=lambda r: r["name"])
def test_every_gregorian_month_reads_in_a_date(row):
    found = [(e.type, e.value) for e in _values(f"اجلاس 15 {row['name']} 2021 کو ہوا۔")]
    assert found == [("DATE", f"2021-{int(row['month']):02d}-15")]


@pytest.mark.parametrize("row", [r for r in _rows("months.tsv") if r["calendar"] == "hijri"],
                         ids=lambda r: r["name"])
def test_every_hijri_month_reads_in_a_date(row):
    found = [(e.type, e.value) for e in _values(f"مجلس 10 {row['name']} 1443ھ کو ہوئی۔")]
    assert found == [("DATE", hijri_to_gregorian(1443, int(row["month"]), 10).isoformat())]


@pytest.mark.parametrize("row", _rows("weekdays.tsv"), ids=lambda r: r["name"])
def test_every_weekday_reads_with_a_day_cue(row):
    found = [(e.type, e.value) for e in _values(f"{row['name']} کو اجلاس ہوا۔", "2021-12-20")]
    assert found == [("DATE", weekday_date(dt.date(2021, 12, 20), int(row["weekday"]), -1).isoformat())]


@pytest.mark.parametrize("row", _rows("relative.tsv"), ids=lambda r: r["phrase"])
def test_every_relative_phrase_resolves(row):
    found = [(e.type, e.text) for e in _values(f"وفد {row['phrase']} واپس آیا۔", "2021-12-20")]
    assert found == [("DATE", row["phrase"])]


@pytest.mark.parametrize("row", [r for r in _rows("numbers.tsv") if r["kind"] in ("unit", "fraction", "hundred",
                                                                                   "scale")],
                         ids=lambda r: r["word"])
def test_every_number_word_reads_before_a_percent_sign(row):
    found = [(e.type, e.value) for e in _values(f"اضافہ {row['word']} فیصد ہوا۔")]
    assert found == [("PERCENT", as_number(Decimal(row["value"])))]


@pytest.mark.parametrize(("content", "message", "line"), [
    ("", "empty value suite", None),
    ("a\tb\n", "value suite header must be", 1),
    ("# comment\nsentence\tpublished\ttype\ttext\tvalue\tunit_precision\nonly\ttwo\n",
     "expected 6 tab-separated cells, got 2", 3),
])
def test_a_malformed_suite_names_the_problem(tmp_path, content, message, line):
    from khabar.errors import FormatError
    path = tmp_path / "suite.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_suite(path)
    assert message in str(info.value)
    assert info.value.line == line
    assert info.value.path == str(path)


def test_a_missing_suite_is_an_input_error(tmp_path):
    from khabar.errors import InputError
    with pytest.raises(InputError):
        evaluate_values([str(tmp_path / "none.tsv")])


def test_eval_values_command_prints_the_table(tmp_path):
    import json
    import subprocess
    import sys
    suite = tmp_path / "suite.tsv"
    suite.write_text("sentence\tpublished\ttype\ttext\tvalue\tunit_precision\n"
                     "قرض 17.5 ارب ڈالر ہے۔\t\tMONEY\t17.5 ارب ڈالر\t17500000000\tUSD\n"
                     "وہ ایک اچھا آدمی ہے۔\t\tNONE\tایک\t\t\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "khabar", "eval", "values", str(suite), "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == {
        "MONEY": {"n": 1, "exact": 1, "accuracy": 1.0},
        "NONE": {"n": 1, "exact": 1, "accuracy": 1.0},
        "overall": {"n": 2, "exact": 2, "accuracy": 1.0},
    }


def test_uner_lines_give_text_and_value_spans():
    from khabar.eval.values import read_uner_line
    text, spans = read_uner_line("<PERSON>علی</PERSON> نے <DATE>سنہ 2013</DATE> میں <NUMBER>تین</NUMBER> "
                                 "<LOCATION>شہر<NUMBER></LOCATION> دیکھے")
    assert text == "علی نے سنہ 2013 میں تین شہر دیکھے"
    assert [(text[s:e], t) for s, e, t in spans] == [("سنہ 2013", "DATE"), ("تین", "NUMBER")]


@pytest.mark.parametrize(("text", "expected"), [
    # a line break ends a sentence: no DATE '15\nدسمبر' (6..14) across it, no PERCENT '12\n%'
    ("اجلاس 15\nدسمبر کو ہوا۔ شرح 12\n% رہی۔",
     [("CARDINAL", "15", 6, 8, 15, 0), ("DATE", "دسمبر", 9, 14, "2021-12", 1),
      ("CARDINAL", "12", 27, 29, 12, 2)]),
    ("اجلاس 15 دسمبر\n2021 کو ہوا۔",
     [("DATE", "15 دسمبر", 6, 14, "2021-12-15", 0), ("CARDINAL", "2021", 15, 19, 2021, 1)]),
    # no blank at a value's end, even with two blanks after it
    ("قیمت 5 دسمبر  سے بڑھی۔", [("DATE", "5 دسمبر", 5, 12, "2021-12-05", 0)]),
    # اس only as a whole word (not the end of اجلاس or پاس), no day after a decimal point
    ("اجلاس اکتوبر میں ہوا۔ ان کے پاس ستمبر 2009 تک وقت تھا۔ شرح 12.5 دسمبر سے لاگو ہوئی۔",
     [("DATE", "اکتوبر", 6, 12, "2021-10", 0), ("DATE", "ستمبر 2009", 32, 42, "2009-09", 1),
      ("CARDINAL", "12.5", 59, 63, 12.5, 2), ("DATE", "دسمبر", 64, 69, "2021-12", 2)]),
])
def test_values_stay_inside_words_lines_and_sentences(text, expected):
    doc = analyze(text, published="2021-12-20", stages=("normalize", "sentences", "tokens"))
    assert [(e.type, e.text, e.start, e.end, e.value, e.sentence) for e in extract_values(doc)] == expected


def test_a_day_of_the_month_without_publication_date_has_no_value():
    found = extract_values(analyze("اجلاس 18 تاریخ کو ہوگا۔", stages=("normalize", "sentences", "tokens")))
    assert [(e.type, e.text, e.value, e.precision) for e in found] == [("DATE", "18 تاریخ", None, "day")]


def test_date_patterns_tried_at_starts_begin_where_the_starts_say():
    """dates._dates_of tries the digit-led patterns only where a run of digits begins and the
    month-led ones only where the month gate's scan finds a month: that misses no match only while
    each digit-led pattern opens with a lookbehind ruling a digit out, each month-led one opens
    with a Gregorian month at a letter start, and every month name is letters only."""
    from khabar.entities import dates
    from khabar.entities.value_data import fold_entry

    pats = dates._patterns()
    gate = re.compile(r"\(\?=\[[^\]]*\]\)")
    for name in dates._digit_led():
        body = pats[name].pattern[len(dates._DIGIT_GATE):]
        assert re.match(r"\(\?P<\w+>\(\?<!\[\\d[^\]]*\]\)|\(\?<!\[\\d[^\]]*\]\)", body), name
    for name in dates._MONTH_LED:
        start = gate.match(pats[name].pattern)
        assert start is not None, name
        assert pats[name].pattern[start.end():].startswith("(?P<m>" + dates._LETTER_START + "(?:"), name
    months = [r["name"] for r in read_table("months.tsv") if r["calendar"] == "gregorian"]
    assert all(fold_entry(m).isalpha() for m in months)
