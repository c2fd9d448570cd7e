"""TIME mentions: ``صبح 10 بجے``، ``شام ساڑھے پانچ بجے``، ``10 بج کر 30 منٹ``، ``14:30``، ``10 pm``.

The value is an ISO 8601 local time with its designator, ``T14:30``. A part of the day before or
after the clock (صبح، دوپہر، سہ پہر، شام، رات; am/pm) turns the 12-hour clock into 24 hours; a bare
``10 بجے`` stays ``T10:00``.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.entities.numerals import LOOSE_WORD, number_at, number_before
from khabar.entities.value_data import (
    WORD_END,
    WORD_START,
    alternation,
    initials,
    lookup_key,
    read_table,
    table_map,
)
from khabar.entities.value_span import ValueSpan

_CLOCK = r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    periods = [r["word"] for r in read_table("periods.tsv")]
    period = WORD_START + "(?:" + alternation(periods) + ")"
    gate = initials(periods + [r["word"] for r in read_table("numbers.tsv")], "0123456789")
    words = rf"{LOOSE_WORD}(?:[^\S\n]+{LOOSE_WORD}){{0,2}}"
    return {
        # anchored on بجے; the hour is the number just before it (number_before)
        "bajay": re.compile(
            rf"(?<=\w)\s*(?:بجے|بجکر|بج\s*کر)(?!\w)"
            rf"(?:\s*(?P<min>{words})\s*منٹ(?!\w))?(?:\s+(?P<p2>{period}){WORD_END})?"),
        "period_tail": re.compile(rf"(?P<p>{period})(?:\s+کے)?\s+$"),
        "clock": re.compile(rf"{gate}(?:(?P<p>{period})(?:\s+کے)?\s+)?{_CLOCK}"
                            rf"(?:\s*(?P<p2>{period}){WORD_END})?"),
        "ampm": re.compile(r"(?=[0-9])(?<![\d.:])(?P<h>1[0-2]|0?[1-9])\s*(?P<p2>a\.m\.|p\.m\.|am|pm)(?![\w.])"),
    }


@cache
def _shifts() -> dict[str, str]:
    return table_map("periods.tsv", "word", "shift")


def _to_24(hour: int, shift: str | None) -> int | None:
    if not 0 <= hour <= 24:
        return None
    if shift is None:
        return hour % 24
    if hour > 12:
        return hour if shift in ("pm", "night", "noon") and hour < 24 else None
    if shift == "am":
        return 0 if hour == 12 else hour
    if shift == "pm":
        return hour if hour == 12 else hour + 12
    if shift == "noon":
        return hour if hour in (11, 12) else hour + 12 if hour <= 6 else None
    # night: 7-11 pm, 12 is midnight, small hours stay
    if hour == 12:
        return 0
    return hour + 12 if hour >= 7 else hour


def _value(hour: int, minute: int, word: str | None) -> str | None:
    shift = _shifts().get(lookup_key(word)) if word else None
    h = _to_24(hour, shift)
    if h is None or not 0 <= minute < 60:
        return None
    return f"T{h:02d}:{minute:02d}"


def find_times(prepared: str) -> list[ValueSpan]:
    """TIME candidates in prepared text."""
    found: list[ValueSpan] = []
    pats = _patterns()
    for m in pats["bajay"].finditer(prepared) if "بج" in prepared else ():
        number = number_before(prepared, m.start())
        if number is None or not 0 < number.value <= 24:
            continue
        n = number.value
        hour = int(n)
        minute = int((n - hour) * 60)
        if (n - hour) * 60 != minute:
            continue
        end = m.end()
        if m["min"]:
            extra = number_at(prepared, m.start("min"), m.end("min"))
            if extra is None or extra.end != m.end("min") or extra.value != int(extra.value) or minute:
                continue
            minute = int(extra.value)
        tail = pats["period_tail"].search(prepared, max(0, number.start - 20), number.start)
        start, period = (tail.start(), tail["p"]) if tail else (number.start, None)
        value = _value(hour, minute, period or m["p2"])
        if value:
            found.append(ValueSpan(start, end, "TIME", value))
    for m in pats["clock"].finditer(prepared) if ":" in prepared else ():
        value = _value(int(m["h"]), int(m["mm"]), m["p"] or m["p2"])
        if value:
            found.append(ValueSpan(m.start(), m.end(), "TIME", value))
    for m in pats["ampm"].finditer(prepared) if "m" in prepared else ():
        value = _value(int(m["h"]), 0, m["p2"])
        if value:
            found.append(ValueSpan(m.start(), m.end(), "TIME", value))
    return found
