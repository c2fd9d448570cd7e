"""Relative dates and the reading of a sentence's tense: آج، کل، گزشتہ روز، اگلے ماہ، پیر کو، دو روز قبل.

A relative date resolves against the publication date (``DateContext.anchor``). Where the
direction is not in the words (کل is yesterday or tomorrow, پیر last or next Monday, 15 دسمبر this
or last year), the verb after the expression in its sentence decides: :meth:`DateContext.tense`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from decimal import Decimal
from functools import cache

from khabar.entities.numerals import as_number, number_words
from khabar.entities.value_calendar import safe_date, shift, weekday_date
from khabar.entities.value_data import fold_entry, lookup_key, read_table

#: an infinitive clause (کرانے کا، ہونے والے) between a date and a past verb: the verb's time is not the date's
_INFINITIVE = re.compile(r"\wنے\s+(?:کا|کی|کے|والے|والی|والا)(?!\w)")
#: a present perfect after a participle (طلب کیا گیا ہے) says nothing of when
_PERFECT = re.compile(r"(?:\s+(?:گیا|گئی|گئے|گئیں|دیا|دی|دیے|لیا|لی|لیے|چکا|چکی|چکے))*\s*(?:ہے|ہیں)(?!\w)")
#: what makes a weekday name a day: کو، کے روز، کی صبح، a comma or a date after it
_DAY_CUE = (r"\s*(?:کو|کے\s*روز|کے\s*دن|کی\s*(?:صبح|شام|رات|دوپہر|سہ\s*پہر)|والے\s*دن|،|,)"
            r"|\s+" + r"(?:یکم|\d{1,2})\s")
_FUTURE = re.compile(r"(?<!\w)(?:گا|گی|گے|گیں)(?!\w)|\w(?:ےگا|ےگی|ےگے|یگا|یگی|یگے|ینگے|ینگی|ونگا|ونگی"
                     r"|ونگے|وگا|وگی|وگے|ئیگا|ئیگی|ئینگے|ئینگی|ئیں\s*گی)(?!\w)")
_PAST = re.compile(r"(?<!\w)(?:تھا|تھی|تھے|تھیں|ہوا|ہوئی|ہوئے|ہوئیں|گیا|گئی|گئے|گئیں|کیا|دیا|دی|لیا"
                   r"|چکا|چکی|چکے|چکیں|پڑا|پڑی|آیا|آئی|آئے)(?!\w)")
#: کل is also "total": before these words, after a genitive (کی کل قدر) or before a number
_NOT_KAL = re.compile(r"\s*(?:\d|(?:تعداد|رقم|آبادی|جماعتی|وقتی|ملا|مالیت|اخراجات|حجم|اثاثے|اثاثوں|لاگت|ووٹ"
                      r"|مالیاتی|قومی|پاکستان|ملکی|عالمی|نفری|سرمایہ|مقدار|ملاکر|رقبہ|رقبے|قدر|آمدنی|پیداوار"
                      r"|برآمدات|درآمدات|ملا\s*کر|نشستوں|ارکان|اراکین|کا\s+کل|طور)(?!\w))")
_NOT_KAL_BEFORE = re.compile(r"(?:کی|کا|کے|آج|بالکل)\s+$")
#: the furthest back "N units ago" still names a calendar date (about 2,000 years)
_AGO_LIMIT = {"day": 730000, "week": 104000, "month": 24000, "year": 2000}
#: the time words of "N units ago" (دو روز قبل، تین سال پہلے)
AGO_UNITS = {"دن": "day", "دنوں": "day", "روز": "day", "ہفتے": "week", "ہفتہ": "week",
             "ہفتوں": "week", "ماہ": "month", "مہینے": "month", "مہینوں": "month", "سال": "year",
             "برس": "year", "سالوں": "year", "برسوں": "year"}


@cache
def date_lexicons() -> dict[str, dict[str, str]]:
    """``{kind: {folded name: value}}`` for Gregorian and Hijri months, weekdays, relative phrases."""
    months = read_table("months.tsv")
    return {
        "gregorian": {lookup_key(fold_entry(r["name"])): r["month"] for r in months
                      if r["calendar"] == "gregorian"},
        "hijri": {lookup_key(fold_entry(r["name"])): r["month"] for r in months
                  if r["calendar"] == "hijri"},
        "weekday": {lookup_key(fold_entry(r["name"])): r["weekday"] for r in read_table("weekdays.tsv")},
        "relative": {lookup_key(fold_entry(r["phrase"])): f"{r['unit']}|{r['offset']}|{r['magnitude']}"
                     for r in read_table("relative.tsv")},
    }


class DateContext:
    """What resolving a date needs: the prepared text, the anchor (publication) date, sentence ends."""

    __slots__ = ("text", "anchor", "ends")

    def __init__(self, text: str, anchor: dt.date | None, ends: list[int]) -> None:
        self.text = text
        self.anchor = anchor
        self.ends = ends

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.ends, pos)
        return self.ends[i] if i < len(self.ends) else len(self.text)

    def tense(self, pos: int, *, default: int = -1) -> int:
        """+1 when the verb after ``pos`` in its sentence is future, -1 when past, else ``default``."""
        end = self.sentence_end(pos)
        fut = _FUTURE.search(self.text, pos, end)
        past = _PAST.search(self.text, pos, end)
        if fut is None:
            if past is None or _PERFECT.match(self.text, past.end()):
                return default  # no verb, or a present perfect (طلب کیا گیا ہے) that says nothing of when
        elif past is None or fut.start() < past.start() or fut.start() - past.end() < 12:
            return 1
        if _INFINITIVE.search(self.text, pos, past.start()):
            return default  # 14 مئی کو انتخابات کرانے کا حکم دیا: the date belongs to the infinitive
        return -1


def day_number(s: str) -> int:
    if s == "یکم":
        return 1
    if s.isdigit():
        return int(s)
    word = number_words().get(lookup_key(s))
    return int(word.value) if word is not None else 0


def resolve_day_of_month(ctx: DateContext, m: re.Match[str]) -> tuple[str, str] | None:
    """``15 تاریخ``: that day in the month around publication (by tense, else the nearest)."""
    day = day_number(m["d1"])
    if not 1 <= day <= 31:
        return None
    if ctx.anchor is None:
        return None, "day"  # neither month nor year is known: no ISO 8601 shape fits
    a = ctx.anchor
    tense = ctx.tense(m.end(), default=0)
    best: tuple[int, dt.date] | None = None
    for step in (-1, 0, 1):
        index = a.year * 12 + a.month - 1 + step
        d = safe_date(index // 12, index % 12 + 1, day)
        if d is None:
            continue
        delta = (d - a).days
        if (tense < 0 and delta > 1) or (tense > 0 and delta < -1):
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), d)
    return (best[1].isoformat(), "day") if best else None


def resolve_ago(ctx: DateContext, value: Decimal, unit: str) -> tuple[str | None, str] | None:
    """``دو روز قبل``: ``value`` days (weeks, months, years) before publication."""
    n = as_number(value)
    if not isinstance(n, int) or n > _AGO_LIMIT[unit]:
        return None  # ساڑھے چار ارب سال قبل is no calendar date
    if ctx.anchor is None:
        return None, unit
    return shift(ctx.anchor, unit, -n)


def resolve_relative(ctx: DateContext, m: re.Match[str]) -> tuple[str | None, str] | None:
    key = lookup_key(m.group())
    unit, offset, magnitude = date_lexicons()["relative"][key].split("|")
    if offset == "tense":
        t = ctx.text
        if key == "کل" and (_NOT_KAL_BEFORE.search(t, max(0, m.start() - 6), m.start())
                            or _NOT_KAL.match(t, m.end()) or _starts_number(t, m.end())):
            return None
        steps = int(magnitude) * ctx.tense(m.end())
    else:
        if key == "آج" and re.match(r"\s+کل(?!\w)", ctx.text[m.end():m.end() + 6]):
            return None  # آج کل: nowadays
        steps = int(offset)
    if ctx.anchor is None:
        return None, unit
    return shift(ctx.anchor, unit, steps)


def _starts_number(t: str, pos: int) -> bool:
    """Whether the next word after ``pos`` is a number (کل ارب پتیوں = the total of billionaires)."""
    m = re.match(r"\s+(\w+)", t[pos:pos + 24])
    return bool(m) and (m.group(1)[0].isdigit() or lookup_key(m.group(1)) in number_words())


def _paired_weekday(t: str, pos: int) -> bool:
    """``ہفتہ اور اتوار کو``: a weekday joined to a weekday that has its cue."""
    m = re.match(r"\s+(?:اور|یا|سے)\s+(\w+)", t[pos:pos + 24])
    return bool(m) and lookup_key(m.group(1)) in date_lexicons()["weekday"] and bool(
        re.match(_DAY_CUE, t[pos + m.end():pos + m.end() + 16]))


def resolve_weekday(ctx: DateContext, m: re.Match[str]) -> tuple[str | None, str] | None:
    t = ctx.text
    rel = m["rel"]
    if rel and lookup_key(m["wd"]) in ("ہفتہ", "ہفتے"):
        return None  # اگلے ہفتے is next week (a relative phrase), not next Saturday
    if not (rel or m["bro"] or re.match(_DAY_CUE, t[m.end():m.end() + 16]) or _paired_weekday(t, m.end())):
        return None
    if lookup_key(m["wd"]) in ("ہفتہ", "ہفتے"):
        before = t[max(0, m.start() - 12):m.start()].split()
        if before and (before[-1] in ("ایک", "اس", "ہر", "فی", "اگلے", "پچھلے", "گزشتہ", "آئندہ", "رواں")
                       or before[-1][:1].isdigit()):
            return None
    weekday = int(date_lexicons()["weekday"][lookup_key(m["wd"])])
    if ctx.anchor is None:
        return (None if rel else f"XXXX-WXX-{weekday}"), "day"
    if rel:  # اگلے پیر: the coming Monday after today; گزشتہ پیر: the last one before today
        step = dt.timedelta(days=1)
        if rel in ("اگلے", "آئندہ"):
            return weekday_date(ctx.anchor + step, weekday, 1).isoformat(), "day"
        return weekday_date(ctx.anchor - step, weekday, -1).isoformat(), "day"
    direction = ctx.tense(m.end(), default=0)
    if direction == 0:  # the nearer of last and next
        before = weekday_date(ctx.anchor, weekday, -1)
        after = weekday_date(ctx.anchor, weekday, 1)
        return (before if ctx.anchor - before <= after - ctx.anchor else after).isoformat(), "day"
    return weekday_date(ctx.anchor, weekday, direction).isoformat(), "day"
