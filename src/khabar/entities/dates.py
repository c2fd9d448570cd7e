"""DATE mentions: Gregorian and Hijri dates, years, ranges, decades, centuries, weekdays, relative days.

Values are ISO 8601 strings (see docs/values.md): ``2021-12-15`` (day), ``2021-12`` (month),
``2013`` (year), ``199`` (decade), ``20`` (century, = 2000-2099, the 21st), ``2021-W50`` (week),
``A/B`` for a range, ``XXXX-12-15`` when the year is unknown and there is no publication date to
guess it from. Hijri dates are converted to Gregorian with the tabular calendar
(:mod:`khabar.entities.value_calendar`). Relative dates (آج، کل، گزشتہ روز، اگلے ماہ ...) resolve
against ``published``; without it their value is None.

:func:`parse_date` is the one-call entry for other stages (the feed reader's Urdu dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from khabar.entities.numerals import (
    LOOSE_WORD,
    as_number,
    find_numbers,
    number_before,
    number_words,
    ordinal_words,
)
from khabar.entities.value_calendar import (
    hijri_month_span,
    hijri_to_gregorian,
    hijri_year_span,
    nearest_hijri_year,
    nearest_year,
    parse_published,
    safe_date,
)
from khabar.entities.value_data import (
    WORD_END,
    WORD_START,
    alternation,
    first_chars,
    initials,
    lookup_key,
    prepare,
    read_table,
)
from khabar.entities.value_relative import (
    AGO_UNITS,
    DateContext,
    date_lexicons,
    day_number,
    resolve_ago,
    resolve_day_of_month,
    resolve_relative,
    resolve_weekday,
)
from khabar.entities.value_span import ValueSpan
from khabar.text.normalize import normalize

#: (value, precision) of a date, or None
Resolved = tuple[str | None, str] | None
#: (start, end, (value, precision)) of one match, or None
Placed = tuple[int, int, Resolved] | None

_DAY = r"(?<![\d])(?<!\d[.,٫])(?:یکم|[12]\d|3[01]|0?[1-9])(?![\d])"
_YEAR = r"(?<![\d.,])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])"
#: ء after a year is its era mark even when the next word runs on (``2025ءتک``: no word starts with ء)
_ERA = r"(?:\s*(?:ء|(?:ع|عیسوی)(?!\w)))"
_HYEAR = r"(?<![\d.,])\d{3,4}(?![\d])"
_HMARK = r"(?:\s*(?:ھ|ہ|ہجری|ھجری)(?!\w))"
_SEP = r"[\s،,]*"
_RANGE = r"\s*(?:-|سے|تا|اور)\s*"
_YEAR_RANGE = r"\s*(?:-|/|سے|تا)\s*"
_REL_MONTH = r"(?:گزشتہ|گذشتہ|پچھلے|اگلے|آئندہ|رواں|اس)"
#: a Hijri month named alone (رمضان، محرم، شعبان are also names) needs a month's context
_BARE_HIJRI_OK = re.compile(r"\s+(?:میں|تک|سے|کے\s+(?:مہینے|دوران|آغاز|آخر|آخری|پہلے|بعد|اختتام)|کا\s+(?:چاند|مہینہ"
                            r"|آغاز|آخری|پہلا)|کی\s+(?:آمد|\d|پہلی|آخری))(?!\w)")
_BARE_HIJRI_BEFORE = re.compile(r"ماہ\s+$")
_UNTIL = re.compile(r"\s*تک(?!\w)")
_LETTER_START = r"(?<![^\W\d_])"
_LETTER_END = r"(?![^\W\d_])"
#: مارچ alone is as often a march as March: alone it needs one of these around it
_MARCH_BEFORE = re.compile(r"(?:ماہ|گزشتہ|گذشتہ|پچھلے|اگلے|آئندہ|رواں|سال|برس|اوائل|وسط|آخر)\s+$")
_MARCH_AFTER = re.compile(r"\s+(?:کے\s+(?:آخر|آغاز|وسط|مہینے|اوائل|پہلے|دوسرے|تیسرے|آخری)|(?:میں|تک|سے)(?!\s+(?:شرکت"
                          r"|شامل|شریک|حصہ|شرکا|ہزاروں|لاکھوں)))(?!\w)")


#: the gate of the patterns that begin on a digit (prepared text has only ASCII digits)
_DIGIT_GATE = "(?=[0-9])"
_DIGIT = re.compile("[0-9]")
#: a run of digits: a pattern that begins on a digit not preceded by one (every digit-led pattern
#: opens with a lookbehind ruling a digit out) can only match where such a run begins
_DIGIT_RUN = re.compile("[0-9]+")
#: the patterns whose match begins with a Gregorian month name at a letter start (``(?P<m>`` right
#: after the gate): a month name holds letters only, so each such start is one where the month
#: gate's scan finds a match (checked in tests/entities/test_values.py)
_MONTH_LED = frozenset({"my_words", "month_dom", "mdy", "md_glued", "my_latin"})


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months = read_table("months.tsv")
    greg = [r["name"] for r in months if r["calendar"] == "gregorian"]
    greg_urdu = [n for n in greg if not n.isascii()]
    hijri = [r["name"] for r in months if r["calendar"] == "hijri"]
    weekdays = [r["name"] for r in read_table("weekdays.tsv")]
    relative = [r["phrase"] for r in read_table("relative.tsv")]
    ords = list(ordinal_words())
    # months touch digits in careless typing (25اکتوبر، دسمبر2007): only letters end them
    gm, gm_urdu, hm = (_LETTER_START + "(?:" + alternation(x) + ")" + _LETTER_END
                       for x in (greg, greg_urdu, hijri))
    wd = WORD_START + "(?:" + alternation(weekdays) + ")" + WORD_END
    ordinal = alternation(ords, folded=True)
    words = rf"{LOOSE_WORD}(?:[^\S\n]+{LOOSE_WORD}){{0,3}}"
    day_words = [w for w, info in number_words().items()
                 if info.kind == "unit" and info.value <= 31 and not w.isascii()]
    day = rf"(?:{_DAY}|{WORD_START}(?:{alternation(day_words, folded=True)}){WORD_END})"
    day_initials = first_chars(day_words, "0123456789ی", folded=True)
    digit = _DIGIT_GATE
    rel_words = ["گزشتہ", "گذشتہ", "پچھلے", "اگلے", "آئندہ", "رواں", "اس"]
    pats = {
        "dmy": (initials(weekdays, day_initials),
                rf"(?:(?P<wd>{wd}){_SEP})?(?P<d1>{day})(?:{_RANGE}(?P<d2>{day}))?[\s\-./]*(?P<m>{gm})"
                rf"(?:[\s،,\-./]*(?P<y>{_YEAR})(?P<era>{_ERA})?)?"),
        "dmy_words": (initials([], day_initials),
                      rf"(?P<d1>{day})\s*(?P<m>{gm}){_SEP}(?=(?P<yw>{words}))"),
        "my_words": (initials(greg_urdu), rf"(?P<m>{gm_urdu}){_SEP}(?=(?P<yw>{words}))"),
        # colloquial: دسمبر کی 15 تاریخ، 15 تاریخ کو (the 15th of this month)
        "month_dom": (initials(greg_urdu), rf"(?P<m>{gm_urdu})\s+کی\s+(?P<d1>{day})\s*تاریخ(?!\w)"),
        "dom": (initials([], day_initials), rf"(?P<d1>{day})\s*تاریخ(?!\w)"),
        "mdy": (initials(greg), rf"(?P<m>{gm})\s+(?P<d1>{_DAY}){_SEP}(?P<y>{_YEAR})(?P<era>{_ERA})?"),
        "md_glued": (initials(greg), rf"(?P<m>{gm})(?P<d1>{_DAY})"),
        "my": (initials(greg_urdu + rel_words),
               rf"(?:{WORD_START}(?P<rel>{_REL_MONTH})[^\S\n]+)?(?P<m>{gm_urdu})(?:{_SEP}(?P<y>{_YEAR})(?P<era>{_ERA})?)?"),
        "my_latin": (initials(greg), rf"(?P<m>{gm})\s*,?\s*(?P<y>{_YEAR})"),
        "hijri": (initials(hijri, day_initials),
                  rf"(?:(?P<d1>{day})(?:{_RANGE}(?P<d2>{day}))?\s*)?(?P<m>{hm})"
                  rf"(?:{_SEP}(?P<y>{_HYEAR})(?P<era>{_HMARK})?)?"),
        "hyear": (digit, rf"(?P<y>{_HYEAR})(?P<era>{_HMARK})"),
        # 2021-2025, 2019 سے 2024; a two-digit end only after - or / (مالی سال 2021-22)
        "year_range": (digit, rf"(?P<y1>{_YEAR})(?:{_ERA})?(?:{_YEAR_RANGE}(?P<y2>{_YEAR})"
                              rf"|\s*[-/]\s*(?P<y2s>(?<![\d])\d\d(?![\d])))(?P<era>{_ERA})?"
                              r"(?!\s*(?:فیصد|%|فی\s*صد))"),
        "year_era": (digit, rf"(?P<y>{_YEAR})(?P<era>{_ERA})"),
        # the words after the cue are only looked at, so that a following سنہ starts its own match
        "year_cue": ("(?=[سب])", rf"{WORD_START}(?:سال|سنہ|سن|برس)\s*(?:(?P<y>{_YEAR}(?:{_ERA})?)"
                                 rf"(?!{_YEAR_RANGE}\d)|(?=(?P<yw>{words})(?!{_YEAR_RANGE}\d)))"),
        "year_cue_after": (digit, rf"(?P<y>{_YEAR})\s*سنہ(?!\w)"),
        "year_bare": (digit, rf"(?P<y>{_YEAR})(?=\s+(?:میں|تک|کے\s+دوران|کے\s+بعد|سے\s+پہلے|سے\s+قبل"
                             r"|کے\s+آخر|کے\s+اوائل|کے\s+وسط|کے\s+آغاز|کے\s+عام|کے\s+انتخابات|کے\s+اختتام"
                             r"|کا\s+بجٹ|کی\s+مردم|کی\s+جنگ|کے\s+زلزلے|کا\s+زلزلہ|کے\s+سیلاب|کا\s+سیلاب"
                             r"|کے\s+ورلڈ\s*کپ|کا\s+ورلڈ\s*کپ|کا\s+آئین|کے\s+آئین|کے\s+الیکشن|کے\s+اولمپکس)(?!\w))"),
        "numeric": (digit, r"(?<![\d./-])(?P<d>\d{1,2})(?P<s>[/.-])(?P<mo>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d])"),
        "iso": (digit, r"(?<![\d./-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d])"),
        # anchored on the words after the number; the number is read backwards (number_before)
        "decade": ("(?=[\\sءع])", rf"(?:{_ERA})?\s+کی\s+(?:دہائی|دہائیوں)(?!\w)"),
        "century": (initials(ords, "0123456789", folded=True),
                    rf"(?:(?P<ow>{WORD_START}(?:{ordinal}){WORD_END})|(?P<od>\d{{1,2}})\s*(?:ویں|واں))"
                    r"\s+صدی(?!\w)"),
        "ago": ("(?=\\s)", rf"\s+(?P<u>{'|'.join(AGO_UNITS)})\s+(?:قبل|پہلے)(?!\w)"),
        "relative": (initials(relative), WORD_START + "(?:" + alternation(relative) + ")" + WORD_END),
        "weekday": (initials(weekdays + rel_words, "ب"),
                    rf"(?:(?P<rel>اگلے|آئندہ|گزشتہ|گذشتہ|پچھلے)\s+)?(?P<bro>بروز\s+)?(?P<wd>{wd})"),
    }
    return {name: re.compile(gate + body) for name, (gate, body) in pats.items()}


def _gday(ctx: DateContext, year: str | None, month: int, day: int, pos: int = 0) -> str | None:
    if year:
        d = safe_date(int(year), month, day)
        return d.isoformat() if d else None
    if ctx.anchor is not None:
        tense = ctx.tense(pos, default=0)
        if tense < 0 and _UNTIL.match(ctx.text, pos):
            tense = 0  # 10 جنوری تک ملتوی کر دی: postponed (in the past) until a date ahead
        y = nearest_year(month, day, ctx.anchor, tense)
        if y is not None and safe_date(y, month, day):
            return f"{y:04d}-{month:02d}-{day:02d}"
    return f"XXXX-{month:02d}-{day:02d}" if safe_date(2000, month, day) else None


_ERA_AT = re.compile(_ERA)


def _year_in_words(t: str, start: int, end: int) -> tuple[int, int] | None:
    """(year, end) of a year written in words from ``start`` (سنہ دو ہزار چھ، انیس سینتالیس), with its ء."""
    spans = [n for n in find_numbers(t, start, end)]
    if not spans or spans[0].start != start:
        return None
    first = spans[0]
    value, stop = first.value, first.end
    if (len(spans) > 1 and 10 <= first.value <= 20 and spans[1].value < 100
            and not t[first.end:spans[1].start].strip()):
        value, stop = first.value * 100 + spans[1].value, spans[1].end  # انیس سینتالیس
    n = as_number(value)
    if not isinstance(n, int) or not 1000 <= n <= 2100:
        return None
    era = _ERA_AT.match(t, stop)
    return n, era.end() if era else stop


def _dmy(ctx: DateContext, m: re.Match[str]) -> tuple[str, str] | None:
    month = int(date_lexicons()["gregorian"][lookup_key(m["m"])])
    year = m.groupdict().get("y")
    if m.groupdict().get("d2"):
        # the range's end fixes the year (15 سے 20 دسمبر تک جاری رہے گی, read on the 20th)
        second = _gday(ctx, year, month, day_number(m["d2"]), m.end())
        if second is None:
            return None
        first = second[:8] + f"{day_number(m['d1']):02d}"
        if not first[8:] < second[8:] or (first[0] != "X" and safe_date(int(first[:4]), month, int(first[8:])) is None):
            return None
        return f"{first}/{second}", "day"
    if not year and ctx.anchor is not None:
        shift = _year_shift_before(ctx.text, m.start())
        if shift is not None:
            year = str(ctx.anchor.year + shift)  # رواں سال 25 دسمبر: this year's, whatever the tense
    first = _gday(ctx, year, month, day_number(m["d1"]), m.end())
    return (first, "day") if first else None


@cache
def _year_phrases() -> tuple[re.Pattern[str], dict[str, int]]:
    """A pattern for a relative year phrase (``رواں سال``، ``گزشتہ برس``) that ends right where a date
    starts (a genitive or ``میں`` may stand between), and each phrase's offset in years."""
    shifts = {r["phrase"]: int(r["offset"]) for r in read_table("relative.tsv")
              if r["unit"] == "year" and r["offset"].lstrip("-").isdigit()}
    return re.compile(f"({alternation(list(shifts))})(?:\\s+(?:کے|کی|کا|میں))?\\s+\\Z"), shifts


def _year_shift_before(text: str, start: int) -> int | None:
    pattern, shifts = _year_phrases()
    m = pattern.search(text, max(0, start - 24), start)
    return shifts.get(m.group(1)) if m else None


def _my(ctx: DateContext, m: re.Match[str]) -> tuple[str, str] | None:
    month = int(date_lexicons()["gregorian"][lookup_key(m["m"])])
    if m["y"]:
        return f"{int(m['y']):04d}-{month:02d}", "month"
    rel = m.groupdict().get("rel")
    if ctx.anchor is None:
        return (None if rel else f"XXXX-{month:02d}"), "month"
    a = ctx.anchor
    if rel in ("گزشتہ", "گذشتہ", "پچھلے"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("اگلے", "آئندہ"):
        year = a.year if month > a.month else a.year + 1
    elif rel in ("رواں", "اس"):
        year = a.year
    else:
        year = nearest_year(month, 0, a, ctx.tense(m.end(), default=0)) or a.year
    return f"{year:04d}-{month:02d}", "month"


def _hijri(ctx: DateContext, m: re.Match[str]) -> tuple[str | None, str] | None:
    month = int(date_lexicons()["hijri"][lookup_key(m["m"])])
    if lookup_key(m["m"]) in ("صفر", "رجب") and not m["y"] and not (m["d1"] or "").isdigit():
        return None  # zero (ایک صفر = a 1-0 score) and a given name far more often than the months
    if not (m["d1"] or m["y"] or " " in m["m"].strip() or _BARE_HIJRI_OK.match(ctx.text, m.end())
            or _BARE_HIJRI_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())):
        return None  # رمضان نے کہا: a man called Ramzan; محرم: also a woman's mahram
    d1 = day_number(m["d1"]) if m["d1"] else 0
    if d1 > 30:
        return None
    if m["y"]:
        year = int(m["y"])
        if not 1 <= year <= 1600:
            return None
    elif ctx.anchor is not None:
        year = nearest_hijri_year(month, d1, ctx.anchor, ctx.tense(m.end(), default=0))
    else:
        return None, "day" if d1 else "month"
    if not d1:
        first, last = hijri_month_span(year, month)
        return f"{first.isoformat()}/{last.isoformat()}", "month"
    start = hijri_to_gregorian(year, month, d1).isoformat()
    if m["d2"]:
        d2 = day_number(m["d2"])
        if not d1 < d2 <= 30:
            return None
        return f"{start}/{hijri_to_gregorian(year, month, d2).isoformat()}", "day"
    return start, "day"


def _year_range(m: re.Match[str]) -> tuple[str, str] | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if m["y2"] else (y1 // 100) * 100 + int(m["y2s"])
    if not y1 < y2 <= y1 + 100:
        return None
    return f"{y1:04d}/{y2:04d}", "year"


def _decade(t: str, m: re.Match[str]) -> Placed:
    """``1990 کی دہائی`` / ``نوے کی دہائی``: the number before the anchor names the decade."""
    number = number_before(t, m.start())
    if number is None:
        return None
    return number.start, m.end(), _decade_value(number.value)


def _decade_value(value: Decimal) -> tuple[str, str] | None:
    n = as_number(value)
    if not isinstance(n, int) or n % 10:
        return None
    if n < 100:
        n += 1900 if n >= 20 else 2000
    if not 1000 <= n <= 2190:
        return None
    return str(n // 10), "decade"


def _century(m: re.Match[str]) -> tuple[str, str] | None:
    n = ordinal_words()[lookup_key(m["ow"])][0] if m["ow"] else int(m["od"])
    if not 1 <= n <= 30:
        return None
    return f"{n - 1:02d}", "century"


#: patterns that cannot match without one of these words (skipping them saves a scan)
_NEEDS = {"decade": ("دہائی",), "century": ("صدی",), "ago": ("قبل", "پہلے"), "dom": ("تاریخ",),
          "month_dom": ("تاریخ",), "year_cue": ("سال", "سن", "برس")}  # (سنہ holds سن)
_NEEDED_WORDS = frozenset(word for words in _NEEDS.values() for word in words)
#: patterns that cannot match unless a word of this kind is somewhere in the text
_GATED = {"dmy": "gregorian", "dmy_words": "gregorian", "my_words": "gregorian", "mdy": "gregorian",
          "md_glued": "gregorian", "my": "gregorian", "my_latin": "gregorian", "hijri": "hijri",
          "month_dom": "gregorian",
          "weekday": "weekday"}


@cache
def _gates() -> dict[str, re.Pattern[str]]:
    """One cheap search per word kind (no edges) deciding whether its patterns run at all."""
    months = read_table("months.tsv")
    return {"gregorian": re.compile(alternation([r["name"] for r in months if r["calendar"] == "gregorian"])),
            "hijri": re.compile(alternation([r["name"] for r in months if r["calendar"] == "hijri"])),
            "weekday": re.compile(alternation([r["name"] for r in read_table("weekdays.tsv")]))}


def _whole(resolve: Callable[[DateContext, re.Match[str]], Resolved]
           ) -> Callable[[DateContext, re.Match[str]], Placed]:
    """A resolver whose date spans the whole match."""
    return lambda ctx, m: (m.start(), m.end(), resolve(ctx, m))


def _words_date(ctx: DateContext, m: re.Match[str]) -> Placed:
    """``اٹھارہ اکتوبر دوہزارچودہ``، ``جنوری دوہزارچودہ``: a month with a year in words."""
    found_year = _year_in_words(ctx.text, m.start("yw"), m.end("yw"))
    if found_year is None:
        return None
    year, end = found_year
    month = int(date_lexicons()["gregorian"][lookup_key(m["m"])])
    if m.groupdict().get("d1") is None:
        return m.start(), end, (f"{year:04d}-{month:02d}", "month")
    d = safe_date(year, month, day_number(m["d1"]))
    return (m.start(), end, (d.isoformat(), "day")) if d else None


def _month_year(ctx: DateContext, m: re.Match[str]) -> Resolved:
    t = ctx.text
    if lookup_key(m["m"]) == "مارچ" and not m["y"] and (
            m["rel"] == "اس" or not (m["rel"] or _MARCH_BEFORE.search(t, max(0, m.start() - 8), m.start())
                                     or _MARCH_AFTER.match(t, m.end()))):
        return None  # لانگ مارچ، اس مارچ: a march
    return _my(ctx, m)


def _hijri_year(ctx: DateContext, m: re.Match[str]) -> Resolved:
    year = int(m["y"])
    if not 1 <= year <= 1600:
        return None
    first, last = hijri_year_span(year)
    return f"{first.isoformat()}/{last.isoformat()}", "year"


def _year_cue(ctx: DateContext, m: re.Match[str]) -> Placed:
    """``سنہ 2013``، ``سال 2020``، ``سنہ دوہزارچھ``: the cue word is part of the span."""
    if m["y"] is not None:
        year, end = int(m["y"][:4]), m.end()
    elif (found_year := _year_in_words(ctx.text, m.start("yw"), m.end("yw"))) is not None:
        year, end = found_year
    else:
        return None
    return (m.start(), end, (f"{year:04d}", "year")) if 1000 <= year <= 2100 else None


def _year_bare(ctx: DateContext, m: re.Match[str]) -> Placed:
    if not 1900 <= int(m["y"]) <= 2100:
        return None
    return m.start("y"), m.end("y"), (m["y"], "year")


def _numeric(ctx: DateContext, m: re.Match[str]) -> Resolved:
    d = safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return (d.isoformat(), "day") if d else None


def _ago(ctx: DateContext, m: re.Match[str]) -> Placed:
    number = number_before(ctx.text, m.start())
    if number is None:
        return None
    return number.start, m.end(), resolve_ago(ctx, number.value, AGO_UNITS[m["u"]])


#: how each pattern's matches become dates, in the order they are tried
_RESOLVERS: dict[str, Callable[[DateContext, re.Match[str]], Placed]] = {
    "dmy": _whole(_dmy),
    "dmy_words": _words_date,
    "my_words": _words_date,
    "month_dom": _whole(_dmy),
    "dom": _whole(resolve_day_of_month),
    "mdy": _whole(_dmy),
    "md_glued": _whole(_dmy),
    "my": _whole(_month_year),
    "my_latin": _whole(_my),
    "hijri": _whole(_hijri),
    "hyear": _whole(_hijri_year),
    "year_range": _whole(lambda ctx, m: _year_range(m)),
    "year_era": _whole(lambda ctx, m: (f"{int(m['y']):04d}", "year")),
    "year_cue": _year_cue,
    "year_cue_after": _whole(lambda ctx, m: (m["y"], "year")),
    "year_bare": _year_bare,
    "numeric": _whole(_numeric),
    "iso": _whole(_numeric),
    "decade": lambda ctx, m: _decade(ctx.text, m),
    "century": _whole(lambda ctx, m: _century(m)),
    "ago": _ago,
    "relative": _whole(resolve_relative),
    "weekday": _whole(resolve_weekday),
}


@cache
def _digit_led() -> frozenset[str]:
    """The patterns that match only from a digit on."""
    return frozenset(name for name, pat in _patterns().items() if pat.pattern.startswith(_DIGIT_GATE))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can match only at one of ``starts`` (ascending):
    one match call per start instead of a scan that enters the pattern at every position."""
    out = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:  # a lookbehind sees before start
            out.append(m)
            end = m.end()
    return out


def _dates_of(ctx: DateContext) -> list[ValueSpan]:
    t = ctx.text
    pats = _patterns()
    gates = _gates()
    # where a Gregorian month name begins (the month-led patterns are tried there only)
    month_starts = [m.start() for m in gates["gregorian"].finditer(t)]
    present = {kind: gate.search(t) is not None for kind, gate in gates.items() if kind != "gregorian"}
    present["gregorian"] = bool(month_starts)
    # most lines hold no digit, and the patterns that begin on one need not scan them at all; in a
    # line that holds one they are tried where a run of digits begins
    digit = _DIGIT.search(t)
    digit_starts = [m.start() for m in _DIGIT_RUN.finditer(t, digit.start())] if digit is not None else []
    digit_led = _digit_led()
    missing = {word for word in _NEEDED_WORDS if word not in t}  # each needed word looked for once
    found: list[ValueSpan] = []
    for name, resolve in _RESOLVERS.items():
        needs = _NEEDS.get(name)
        if (needs and missing.issuperset(needs)) or (name in _GATED and not present[_GATED[name]]):
            continue
        if name in digit_led:
            matches: Iterable[re.Match[str]] = _matches_at(pats[name], t, digit_starts)
        elif name in _MONTH_LED:
            matches = _matches_at(pats[name], t, month_starts)
        else:
            matches = pats[name].finditer(t)
        for m in matches:
            placed = resolve(ctx, m)
            if placed is not None and placed[2] is not None:
                start, end, (value, precision) = placed
                found.append(ValueSpan(start, end, "DATE", value, precision=precision))
    return found


def find_dates(prepared: str, *, published: str | None = None,
               sentence_ends: list[int] | None = None) -> list[ValueSpan]:
    """Every DATE candidate in prepared text (overlapping; the caller keeps the longest)."""
    ctx = DateContext(prepared, parse_published(published), sorted(sentence_ends or []))
    return _dates_of(ctx)


class ParsedDate(NamedTuple):
    """A date's ISO 8601 value and precision (a plain pair, with names)."""

    value: str
    precision: str


def parse_date(text: str, *, published: str | None = None) -> ParsedDate | None:
    """(ISO value, precision) of the longest date written in ``text``, or None.

    >>> parse_date("بدھ 15 دسمبر 2021ء")
    ('2021-12-15', 'day')
    """
    if not isinstance(text, str) or not text.strip():
        return None
    prepared = prepare(normalize(text).norm)
    spans = [s for s in find_dates(prepared, published=published) if s.value is not None]
    if not spans:
        return None
    best = max(spans, key=lambda s: (s.end - s.start, -s.start))
    return ParsedDate(best.value, best.precision or "day")
