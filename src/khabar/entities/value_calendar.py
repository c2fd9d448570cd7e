"""Calendar arithmetic for dates: the tabular Islamic calendar, year guessing, relative shifts.

Hijri dates are converted with the arithmetical (tabular, civil epoch) Islamic calendar: a 30-year
cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29. Real months start on a sighted moon,
so a converted day can be one or two days off the date a Pakistani paper means.
"""

from __future__ import annotations

import datetime as dt
import math

#: proleptic Gregorian ordinal of 1 Muharram 1 AH (Friday, 16 July 622 Julian)
_HIJRI_EPOCH = 227015


def hijri_to_ordinal(year: int, month: int, day: int) -> int:
    """Gregorian ordinal (``date.toordinal()``) of a tabular Hijri date."""
    return (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
            + (3 + 11 * year) // 30 + _HIJRI_EPOCH - 1)


def ordinal_to_hijri(ordinal: int) -> tuple[int, int, int]:
    """Tabular Hijri (year, month, day) of a Gregorian ordinal."""
    year = (30 * (ordinal - _HIJRI_EPOCH) + 10646) // 10631
    month = min(12, math.ceil((ordinal - (29 + hijri_to_ordinal(year, 1, 1))) / 29.5) + 1)
    month = max(1, month)
    day = ordinal - hijri_to_ordinal(year, month, 1) + 1
    return year, month, day


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    return dt.date.fromordinal(hijri_to_ordinal(year, month, day))


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a tabular Hijri month."""
    first = hijri_to_ordinal(year, month, 1)
    nxt = hijri_to_ordinal(year + (month == 12), month % 12 + 1, 1)
    return dt.date.fromordinal(first), dt.date.fromordinal(nxt - 1)


def hijri_year_span(year: int) -> tuple[dt.date, dt.date]:
    return (dt.date.fromordinal(hijri_to_ordinal(year, 1, 1)),
            dt.date.fromordinal(hijri_to_ordinal(year + 1, 1, 1) - 1))


def parse_published(published: str | dt.date | None) -> dt.date | None:
    """The publication date from an ISO string (a date or a datetime) or a date object, or None."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if not published or not isinstance(published, str):
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: how far past the anchor a date told in the past tense may lie (and the reverse): publication
#: dates are often the local day after (or the UTC day before) the event
_SLACK_DAYS = 1


def nearest_year(month: int, day: int, anchor: dt.date, tense: int = 0) -> int | None:
    """The year putting month/day closest to ``anchor`` (a 28 December read on 3 January is last year's).

    ``tense`` -1 (past) keeps to dates before the anchor, +1 (future) to dates after it, 0 takes
    the nearest either way.
    """
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(year, month, min(day, 28) if day else 15)
        if d is None:
            continue
        delta = (d - anchor).days
        if (tense < 0 and delta > _SLACK_DAYS) or (tense > 0 and delta < -_SLACK_DAYS):
            continue
        gap = abs(delta)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def nearest_hijri_year(month: int, day: int, anchor: dt.date, tense: int = 0) -> int:
    """The Hijri year putting a Hijri month/day closest to ``anchor`` (``tense`` as in :func:`nearest_year`).

    A month without a day counts from its first day for a past verb, its last for a future one.
    """
    hy = ordinal_to_hijri(anchor.toordinal())[0]
    ref = day or (1 if tense < 0 else 29 if tense > 0 else 15)
    options = []
    for y in (hy - 1, hy, hy + 1):
        delta = hijri_to_ordinal(y, month, ref) - anchor.toordinal()
        if (tense < 0 and delta > _SLACK_DAYS) or (tense > 0 and delta < -_SLACK_DAYS):
            continue
        options.append((abs(delta), y))
    return min(options)[1] if options else hy


def shift(anchor: dt.date, unit: str, offset: int) -> tuple[str, str]:
    """(value, precision) of ``anchor`` moved by ``offset`` days, weeks, months or years."""
    if unit == "day":
        return (anchor + dt.timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        year, week, _ = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{anchor.year + offset:04d}", "year"


def weekday_date(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The given ISO weekday on or before (direction -1) or on or after (+1) ``anchor``."""
    gap = (weekday - anchor.isoweekday()) % 7
    if direction < 0:
        return anchor - dt.timedelta(days=(7 - gap) % 7)
    return anchor + dt.timedelta(days=gap)
